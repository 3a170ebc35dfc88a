/**
 * Runs frames through a coach, as the app does frame by frame, and keeps what a test asserts on:
 * the summary, the cue ids that fired, and every update.
 */
import { Coach, type CoachSummary, type CoachUpdate } from '../../src/coach/coach';
import type { ExerciseSpec } from '../../src/coach/exercise';
import type { PoseFrame } from '../../src/pose/types';

export interface Replay<M extends string = string> {
  readonly summary: CoachSummary<M>;
  readonly updates: readonly CoachUpdate<M>[];
  /** Ids of the cues that fired, in order, without repeats. */
  readonly cueIds: readonly string[];
}

export function replay<M extends string>(exercise: ExerciseSpec<M>, frames: readonly PoseFrame[]): Replay<M> {
  const coach = new Coach(exercise);
  const updates = frames.map((frame) => coach.update(frame));
  const summary = coach.finish();
  return { summary, updates, cueIds: [...new Set(summary.cues.map((cue) => cue.id))] };
}
