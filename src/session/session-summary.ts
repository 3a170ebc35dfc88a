/**
 * What a session came to, per exercise: reps or holds done against the target, range of motion,
 * the faults that came up most, and the pain ratings — the record history keeps.
 */
import type { CoachSummary } from '../coach/coach';
import { checkCues } from '../coach/exercise';
import type { PlannedItem } from './routine';
import type { Block } from './session-machine';

export interface ExerciseResult {
  readonly exercise: string;
  readonly name: string;
  readonly unit: 'reps' | 'holds' | 'circles';
  /** Done against target, summed over sets (and sides). */
  readonly done: number;
  readonly target: number;
  readonly sets: number;
  readonly cleanReps: number;
  readonly faultyReps: number;
  /** Mean range of motion of the driving measure over the reps, when it has reps. */
  readonly rangeOfMotion: number | null;
  readonly longestHoldMs: number;
  /** The faults that came up, most frequent first, as the cue a person reads. */
  readonly faults: readonly { readonly id: string; readonly cue: string; readonly times: number }[];
  readonly skipped: boolean;
}

export interface SessionSummary {
  readonly routine: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly endedEarly: boolean;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly exercises: readonly ExerciseResult[];
}

/** One coached block: where it was in the plan, and what the coach saw in it. */
export interface CoachedBlock {
  readonly block: Block;
  readonly summary: CoachSummary | null;
}

export function summarizeExercises(plan: readonly PlannedItem[], blocks: readonly CoachedBlock[]): ExerciseResult[] {
  return plan.map((planned, index): ExerciseResult => {
    const own = blocks.filter(({ block }) => block.item === index);
    const { exercise, item } = planned;
    const sides = exercise.sided ? 2 : 1;
    const timed = item.durationS !== undefined;
    const unit = exercise.counting.kind === 'hold' ? 'holds' : exercise.counting.kind === 'cycles' ? 'circles' : 'reps';
    const reps = own.flatMap(({ summary }) => summary?.reps ?? []);
    const tally = new Map<string, number>();
    for (const rep of [
      ...reps,
      ...own.flatMap(({ summary }) => [...(summary?.holds ?? []), ...(summary?.cycles ?? [])]),
    ]) {
      for (const id of rep.faults) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    const said = new Map(own.flatMap(({ summary }) => summary?.cues ?? []).map((cue) => [cue.id, cue.text]));
    return {
      exercise: exercise.id,
      name: exercise.name,
      unit,
      done: own.reduce((sum, { block }) => sum + block.done, 0),
      target: timed ? 0 : item.sets * sides * (unit === 'holds' ? 1 : (item.reps ?? 0)),
      sets: new Set(own.map(({ block }) => block.set)).size,
      cleanReps: reps.filter((rep) => rep.faults.length === 0).length,
      faultyReps: reps.filter((rep) => rep.faults.length > 0).length,
      rangeOfMotion: reps.length > 0 ? reps.reduce((sum, rep) => sum + rep.rangeOfMotion, 0) / reps.length : null,
      longestHoldMs: Math.max(0, ...own.flatMap(({ summary }) => summary?.holds ?? []).map((hold) => hold.heldMs)),
      faults: [...tally.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([id, times]) => {
          const check = exercise.checks.find((c) => c.id === id);
          return { id, times, cue: said.get(id) ?? (check ? checkCues(check)[0] : undefined) ?? id };
        }),
      skipped: own.length === 0 || own.every(({ block }) => block.outcome === 'skipped' && block.done === 0),
    };
  });
}
