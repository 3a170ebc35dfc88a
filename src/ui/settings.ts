/**
 * The person's small settings, kept in localStorage: what equipment they have, and their weekly
 * goal. A damaged value falls back to the default rather than breaking the page.
 */
import { EQUIPMENT, type Equipment } from '../coach/exercise';

const EQUIPMENT_KEY = 'form-coach:equipment';
const GOAL_KEY = 'form-coach:weekly-goal';
const DEFAULT_EQUIPMENT: readonly Equipment[] = ['chair', 'wall', 'floor'];
const DEFAULT_GOAL = 3;

export function readEquipment(): readonly Equipment[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(EQUIPMENT_KEY) ?? 'null');
    if (Array.isArray(saved)) return EQUIPMENT.filter((thing) => saved.includes(thing));
  } catch {
    // Damaged: the default.
  }
  return DEFAULT_EQUIPMENT;
}

export function saveEquipment(equipment: readonly Equipment[]): void {
  localStorage.setItem(EQUIPMENT_KEY, JSON.stringify(equipment));
}

export function readGoal(): number {
  const goal = Number(localStorage.getItem(GOAL_KEY) ?? DEFAULT_GOAL);
  return Number.isInteger(goal) && goal >= 1 && goal <= 14 ? goal : DEFAULT_GOAL;
}

export function saveGoal(goal: number): void {
  localStorage.setItem(GOAL_KEY, String(goal));
}
