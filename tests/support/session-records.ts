/**
 * A saved session as the session tests need one: the desk break with one set of neck rotations
 * done (plan item 2), ready to be stored, exported, imported or damaged.
 */
import { DESK_BREAK } from '../../src/session/routines';
import type { SessionRecord, SetRecord } from '../../src/session/session-summary';

/** Five neck rotations to the left, one of them with the shoulders moving. */
export const NECK_ROTATION_SET: SetRecord = {
  exercise: 'neck-rotation',
  item: 2,
  set: 1,
  side: 'left',
  unit: 'reps',
  done: 5,
  target: 5,
  cleanReps: 4,
  faultyReps: 1,
  rangeOfMotion: 61.5,
  longestHoldMs: 0,
  faults: [{ id: 'shoulders-still', cue: 'Keep your shoulders still', times: 1 }],
  durationMs: 20_000,
  outcome: 'completed',
};

/** A finished desk break of six minutes, pain 4 before and 2 after; `extra` overrides any field. */
export function deskBreakSession(extra: Partial<SessionRecord> = {}): SessionRecord {
  const startedAt = extra.startedAt ?? '2026-11-20T09:00:00.000Z';
  return {
    id: 's1',
    routineId: 'own-desk',
    routineName: 'My desk break',
    startedAt,
    updatedAt: startedAt,
    status: 'finished',
    painBefore: 4,
    painAfter: 2,
    durationMs: 360_000,
    plan: DESK_BREAK.items,
    sets: [NECK_ROTATION_SET],
    ...extra,
  };
}
