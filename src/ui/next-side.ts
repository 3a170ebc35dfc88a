import type { CoachCounts } from '../coach/coach';
import { countOf, dosageCount } from '../coach/count';
import type { ExerciseSpec } from '../coach/exercise';

/**
 * For an exercise done on each side: which side to do now, given the dosage (per side). The left
 * side first, then the right; null when the exercise is not sided or both sides are done.
 */
export function nextSide(exercise: ExerciseSpec, counts: CoachCounts | undefined): 'left' | 'right' | null {
  if (!exercise.sided) return null;
  const target = dosageCount(exercise) ?? 1;
  const done = (side: 'left' | 'right') => (counts ? countOf(exercise, counts, side) : 0);
  if (done('left') < target) return 'left';
  if (done('right') < target) return 'right';
  return null;
}
