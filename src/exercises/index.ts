/**
 * The registry: every exercise the app coaches. Adding one is a file in this folder and a line
 * here (see README.md).
 */
import type { ExerciseSpec } from '../coach/exercise';
import { row } from './row';
import { superman } from './superman';
import { wallAngel } from './wall-angel';

export const EXERCISES: readonly ExerciseSpec[] = [row, wallAngel, superman];

export function findExercise(id: string): ExerciseSpec | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
