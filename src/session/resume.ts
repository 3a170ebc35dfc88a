/**
 * Going on with a session that was closed part-way: where in the plan to pick up, from the sets
 * it kept — and, for sets saved before they carried their place in the plan, that place worked out.
 */
import type { PlannedItem } from './routine';
import { resumeAt, type Position } from './session-machine';
import type { SetRecord } from './session-summary';

/** Cut short (the tab closed, or the person stopped): done again on resuming. */
const cutShort = (set: Pick<SetRecord, 'outcome'>): boolean => set.outcome === 'ended' || set.outcome === 'in-progress';

/**
 * Where to go on from, or null when nothing is left of the plan. A set whose place is not an item
 * of this plan with its exercise (a move the app no longer knows was left out of the plan, moving
 * the others up) is placed again by its exercise.
 */
export function resumePoint(plan: readonly PlannedItem[], sets: readonly SetRecord[]): Position | null {
  const checked = sets.map((set) => (plan[set.item]?.exercise.id === set.exercise ? set : { ...set, item: undefined }));
  const placed = placeSets(
    plan.map((planned) => ({ exercise: planned.exercise.id })),
    checked,
  );
  const last = placed.filter((set) => !cutShort(set)).at(-1);
  if (!last) return resumeAt(plan, []);
  const planned = plan[last.item];
  // A skipped set left its exercise (the session went on to the next one), so resume after its
  // last block rather than at its next set.
  const at: Position =
    last.outcome === 'skipped' && planned
      ? { item: last.item, set: planned.item.sets, side: planned.exercise.sided ? 'right' : null }
      : { item: last.item, set: last.set, side: last.side };
  return resumeAt(plan, [at]);
}

/** A set as saved before sets carried their place in the plan. */
export type UnplacedSet = Omit<SetRecord, 'item'> & { readonly item?: number };

/**
 * Gives each set saved without its place in the plan the one it most likely had: sessions only go
 * forward, so a set belongs to the first item with its exercise, from the previous set's item on,
 * whose block (set and side) is not already finished. A move the plan does twice is then not
 * mapped back to its first place once that is done. A set whose exercise the plan lacks keeps the
 * previous set's place (its exercise differs, so no summary counts it there).
 */
export function placeSets(plan: readonly { readonly exercise: string }[], sets: readonly UnplacedSet[]): SetRecord[] {
  const finished = new Set<string>();
  const key = (item: number, set: UnplacedSet) => `${item}/${set.set}/${set.side ?? ''}`;
  let from = 0;
  return sets.map((set): SetRecord => {
    let item = set.item;
    if (item === undefined) {
      const candidates = plan.flatMap((planned, index) => (planned.exercise === set.exercise ? [index] : []));
      item =
        candidates.find((index) => index >= from && !finished.has(key(index, set))) ??
        candidates.find((index) => index >= from) ??
        candidates[0] ??
        from;
    }
    if (!cutShort(set)) finished.add(key(item, set));
    from = Math.max(from, item);
    return { ...set, item };
  });
}
