/**
 * The catalog: every registered exercise as plain data — what `npm run catalog` prints, the
 * machine-readable view of what the app coaches.
 */
import { checkCues, type ExerciseSpec } from '../coach/exercise';

export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly phase: ExerciseSpec['phase'];
  readonly view: ExerciseSpec['view'];
  /** What is counted: 'reps', 'hold' or 'cycles'; `sided` when each side is counted apart. */
  readonly motion: ExerciseSpec['counting']['kind'];
  readonly sided: boolean;
  readonly dosage: ExerciseSpec['dosage'];
  readonly checks: readonly {
    readonly id: string;
    readonly cues: readonly string[];
    readonly measured: boolean;
    readonly notMeasuredReason?: string;
  }[];
}

export function catalogEntry(exercise: ExerciseSpec): CatalogEntry {
  return {
    id: exercise.id,
    name: exercise.name,
    phase: exercise.phase,
    view: exercise.view,
    motion: exercise.counting.kind,
    sided: exercise.sided,
    dosage: exercise.dosage,
    checks: exercise.checks.map((check) => ({
      id: check.id,
      cues: checkCues(check),
      measured: !check.notMeasuredReason,
      ...(check.notMeasuredReason ? { notMeasuredReason: check.notMeasuredReason } : {}),
    })),
  };
}
