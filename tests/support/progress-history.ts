/**
 * A month of desk breaks as the progress tests need one, with known answers: neck turns to the
 * left that clearly improve on the first two sessions (51° → 74°) while the right stays put
 * (53° → 56°), upper-trap holds that grow from 15 s to 22 s, a shrug cue twice, and a last
 * session where pain rose from 2 to 5 (so the next one suggests easing off).
 */
import { DESK_BREAK } from '../../src/session/routines';
import type { SessionRecord, SetRecord } from '../../src/session/session-summary';

const turns = (side: 'left' | 'right', rangeOfMotion: number, faulty = 0): SetRecord => ({
  exercise: 'neck-rotation',
  item: 2,
  set: 1,
  side,
  unit: 'reps',
  done: 5,
  target: 5,
  cleanReps: 5 - faulty,
  faultyReps: faulty,
  rangeOfMotion,
  rangeUnit: 'deg',
  longestHoldMs: 0,
  faults: faulty > 0 ? [{ id: 'shoulders-still', cue: 'Keep your shoulders still', times: faulty }] : [],
  durationMs: 25_000,
  outcome: 'completed',
});

const trapHold = (side: 'left' | 'right', heldS: number): SetRecord => ({
  exercise: 'upper-trap-stretch',
  item: 4,
  set: 1,
  side,
  unit: 'holds',
  done: 1,
  target: 1,
  cleanReps: 0,
  faultyReps: 0,
  rangeOfMotion: null,
  rangeUnit: 'deg',
  longestHoldMs: heldS * 1000,
  faults: [],
  durationMs: heldS * 1000 + 3000,
  outcome: 'completed',
});

function deskBreak(
  day: number,
  pain: [number, number],
  left: number,
  right: number,
  holdS: number,
  faulty = 0,
): SessionRecord {
  const startedAt = new Date(2026, 10, day, 9, 0).toISOString();
  return {
    id: `desk-${day}`,
    routineId: DESK_BREAK.id,
    routineName: DESK_BREAK.name,
    startedAt,
    updatedAt: new Date(2026, 10, day, 9, 6).toISOString(),
    status: 'finished',
    painBefore: pain[0],
    painAfter: pain[1],
    durationMs: 360_000,
    plan: DESK_BREAK.items,
    sets: [turns('left', left, faulty), turns('right', right), trapHold('left', holdS), trapHold('right', holdS)],
  };
}

/** Four sessions in November 2026 (local time): 3rd, 5th, 24th, 26th. */
export const PROGRESS_HISTORY: readonly SessionRecord[] = [
  deskBreak(3, [4, 3], 50, 52, 15),
  deskBreak(5, [4, 3], 52, 54, 16),
  deskBreak(24, [3, 3], 72, 58, 20, 1),
  deskBreak(26, [2, 5], 74, 56, 22, 1),
];
