/**
 * What counts as done, in one place: which of the coach's counts an exercise is counted by, and
 * what a person calls one of them. Everything that shows, says, saves or compares a count reads
 * it here (the HUD, the summaries, the routine runner, the saved sets, the evaluation), so a
 * circle is never called a rep, nor a hold counted as reps.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../i18n/format';
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

/**
 * The unit's noun for `n` of them: "1 rep", "2 circles" — the form the language's plural rules
 * pick (Intl), never a hand-made "s". Prefer `countText`, which writes the number too: some
 * languages place it differently.
 */
export function countNoun(unit: CountUnit, n: number): string {
  switch (unit) {
    case 'reps':
      return plural(n, { one: msg('rep'), other: msg('reps') });
    case 'holds':
      return plural(n, { one: msg('hold'), other: msg('holds') });
    case 'circles':
      return plural(n, { one: msg('circle'), other: msg('circles') });
  }
}

/** `n` of the unit as a person reads it: "1 rep", "2 circles" ("1 Wiederholung", "2 Kreise"). */
export function countText(unit: CountUnit, n: number): string {
  const count = formatNumber(n);
  switch (unit) {
    case 'reps':
      return plural(n, { one: msg(str`${count} rep`), other: msg(str`${count} reps`) });
    case 'holds':
      return plural(n, { one: msg(str`${count} hold`), other: msg(str`${count} holds`) });
    case 'circles':
      return plural(n, { one: msg(str`${count} circle`), other: msg(str`${count} circles`) });
  }
}
