/**
 * What counts as done, in one place: which of the coach's counts an exercise is counted by, and
 * what a person calls one of them. Everything that shows, says, saves or compares a count reads
 * it here (the HUD, the summaries, the routine runner, the saved sets, the evaluation), so a
 * circle is never called a rep, nor a hold counted as reps.
 */
import type { BodySide } from '../pose/body-side';
import type { CoachCounts } from './coach';
import type { ExerciseSpec } from './exercise';

/** What is counted, as saved sets and the export name it (plural). */
export type CountUnit = 'reps' | 'holds' | 'circles';

export const COUNT_UNITS: readonly CountUnit[] = ['reps', 'holds', 'circles'];

/** The unit an exercise is counted in: its counting kind, in the person's words. */
export function unitOf(spec: ExerciseSpec): CountUnit {
  const kind = spec.counting.kind;
  return kind === 'hold' ? 'holds' : kind === 'cycles' ? 'circles' : 'reps';
}

/**
 * How many of the exercise's unit are done: holds long enough to count, circles, or completed
 * reps (clean or faulty); on one side for a sided exercise (circles are counted for both sides
 * together), or both sides with `side` null.
 */
export function countOf(spec: ExerciseSpec, counts: CoachCounts, side: BodySide | null): number {
  const unit = unitOf(spec);
  if (unit === 'circles') return counts.cycles;
  const what = unit === 'holds' ? 'holds' : 'reps';
  return side ? (counts[side]?.[what] ?? 0) : counts[what];
}

/** The dosage's count per set (per side for a sided exercise): holds, or reps and circles. */
export function dosageCount(spec: ExerciseSpec): number | undefined {
  return unitOf(spec) === 'holds' ? spec.dosage.holds : spec.dosage.reps;
}

const SINGULAR: Readonly<Record<CountUnit, string>> = { reps: 'rep', holds: 'hold', circles: 'circle' };

/** The unit's noun for `n` of them: "1 rep", "2 circles" ("rep" when n is 1, else the plural). */
export function countNoun(unit: CountUnit, n: number): string {
  return n === 1 ? SINGULAR[unit] : unit;
}
