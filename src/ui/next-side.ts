import type { CoachCounts } from '../coach/coach';
import type { ExerciseSpec } from '../coach/exercise';

/**
 * For an exercise done on each side: which side to do now, given the dosage (per side). The left
 * side first, then the right; null when the exercise is not sided or both sides are done.
 */
export function nextSide(exercise: ExerciseSpec, counts: CoachCounts | undefined): 'left' | 'right' | null {
  if (!exercise.sided) return null;
  const what = exercise.counting.kind === 'hold' ? 'holds' : 'reps';
  const target = (what === 'holds' ? exercise.dosage.holds : exercise.dosage.reps) ?? 1;
  const done = (side: 'left' | 'right') => counts?.[side]?.[what] ?? 0;
  if (done('left') < target) return 'left';
  if (done('right') < target) return 'right';
  return null;
}
