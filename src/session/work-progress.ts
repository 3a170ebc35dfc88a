import type { CoachSummary, CoachUpdate } from '../coach/coach';
import { countOf } from '../coach/count';
import type { BodySide } from '../pose/body-side';
import type { PlannedItem } from './routine';

/**
 * How far the current block has got, from the coach: reps or circles (on the side being worked),
 * or for a hold, 1 once a hold has lasted the routine's seconds — the moment it does, not when the
 * person lets go.
 */
export function workDone(
  planned: PlannedItem,
  side: BodySide | null,
  update: CoachUpdate | null,
  summary: CoachSummary | null,
): number {
  const counts = update?.counts ?? summary?.counts;
  if (!counts) return 0;
  const { exercise, item } = planned;
  if (exercise.counting.kind === 'hold') {
    const needMs = (item.holdS ?? exercise.dosage.holdS ?? 0) * 1000;
    if (item.durationS !== undefined) return countOf(exercise, counts, side);
    const holdingLongEnough = (update?.holdMs ?? 0) >= needMs;
    const held = (summary?.holds ?? []).some((hold) => hold.heldMs >= needMs && (side === null || hold.side === side));
    return holdingLongEnough || held ? 1 : 0;
  }
  return countOf(exercise, counts, side);
}
