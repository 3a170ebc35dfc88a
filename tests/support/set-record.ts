/** A finished set as history keeps it, for the progress tests: ten clean rows at 90°; `extra` overrides any field. */
import type { SetRecord } from '../../src/session/session-summary';

export const aSet = (extra: Partial<SetRecord> = {}): SetRecord => ({
  exercise: 'row',
  item: 0,
  set: 1,
  side: null,
  unit: 'reps',
  done: 10,
  target: 10,
  cleanReps: 10,
  faultyReps: 0,
  rangeOfMotion: 90,
  rangeUnit: 'deg',
  longestHoldMs: 0,
  faults: [],
  durationMs: 30_000,
  outcome: 'completed',
  ...extra,
});
