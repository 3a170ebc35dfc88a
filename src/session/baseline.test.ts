import { describe, expect, it } from 'vitest';
import { need } from '../../tests/support/need';
import { aSet } from '../../tests/support/set-record';
import { findExercise } from '../exercises';
import { describeAsymmetry, describeHold, describeRange, exerciseProgress, rangePoints } from './baseline';
import type { SessionRecord, SetRecord } from './session-summary';

const set = (exercise: string, rom: number | null, extra: Partial<SetRecord> = {}): SetRecord =>
  aSet({ exercise, rangeOfMotion: rom, ...extra });
const session = (day: number, sets: SetRecord[]): SessionRecord => ({
  id: `s${day}`,
  routineId: 'r',
  routineName: 'R',
  startedAt: new Date(Date.UTC(2026, 10, day, 9)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 10, day, 9, 20)).toISOString(),
  status: 'finished',
  painBefore: 3,
  painAfter: 2,
  durationMs: 600_000,
  plan: [],
  sets,
});

const row = need(findExercise('row'), 'row');
const neck = need(findExercise('neck-rotation'), 'neck-rotation');

describe('range points', () => {
  it('weights sets by reps, per side, and skips other units and empty sets', () => {
    const points = rangePoints(
      [
        session(3, [
          set('row', 100, { cleanReps: 6, faultyReps: 0 }),
          set('row', 90, { cleanReps: 2, faultyReps: 2 }),
          set('row', 50, { rangeUnit: 'ratio' }),
          set('row', 70, { cleanReps: 0, faultyReps: 0 }),
        ]),
      ],
      'row',
      'deg',
    );
    expect(points).toEqual([{ at: '2026-11-03T09:00:00.000Z', side: null, value: 96, reps: 10 }]);
  });
});

describe('a baseline, then change against it', () => {
  it('first sessions set the starting point, nothing is called progress yet', () => {
    const p = exerciseProgress([session(3, [set('row', 95)])], row);
    expect(p.ranges[0]?.state).toBe('baseline');
    expect(describeRange(need(p.ranges[0], 'a range'))).toMatch(/^your starting point: 95° ± \d+° \(session 1 of 2\)$/);
  });

  it('a clear improvement is shown with its margin and the date of the baseline', () => {
    const p = exerciseProgress(
      [session(3, [set('row', 90)]), session(5, [set('row', 92)]), session(20, [set('row', 112)])],
      row,
    );
    const r = need(p.ranges[0], 'a range');
    expect(r.verdict).toBe('more');
    expect(r.change).toBeCloseTo(21, 5);
    expect(describeRange(r)).toMatch(/^\+21° since 3 Nov \(91° → 112°, ± \d+°\)$/);
  });

  it('a change within what the camera can tell apart is "no clear change", never progress', () => {
    const p = exerciseProgress(
      [session(3, [set('row', 90)]), session(5, [set('row', 92)]), session(20, [set('row', 97)])],
      row,
    );
    expect(p.ranges[0]?.verdict).toBe('no clear change');
    expect(describeRange(need(p.ranges[0], 'a range'))).toMatch(
      /^no clear change since 3 Nov \(91° → 97°; less than the \d+°/,
    );
  });

  it('depth-based exercises are a trend against the person’s own spread, never degrees', () => {
    const facePull = need(findExercise('face-pull'), 'face-pull');
    const days = [1, 3, 5, 7, 9, 11];
    const values = [60, 62, 61, 63, 80, 82];
    const p = exerciseProgress(
      days.map((d, i) => session(d, [set('face-pull', need(values[i], 'a value'))])),
      facePull,
    );
    const text = describeRange(need(p.ranges[0], 'a range'));
    expect(text).not.toMatch(/°/);
    expect(text).toMatch(/as a trend$/);
    expect(
      exerciseProgress(
        [session(1, [set('face-pull', 60)]), session(2, [set('face-pull', 70)]), session(3, [set('face-pull', 80)])],
        facePull,
      ).ranges[0]?.state,
    ).toBe('too few for a trend');
  });
});

describe('sides', () => {
  const turn = (day: number, left: number, right: number) =>
    session(day, [
      set('neck-rotation', left, { side: 'left', cleanReps: 5 }),
      set('neck-rotation', right, { side: 'right', cleanReps: 5 }),
    ]);

  it('each side against its own baseline', () => {
    const p = exerciseProgress([turn(3, 50, 52), turn(4, 52, 54), turn(20, 85, 55)], neck);
    expect(p.ranges.map((r) => [r.side, r.verdict])).toEqual([
      ['left', 'more'],
      ['right', 'no clear change'],
    ]);
    expect(describeRange(need(p.ranges[0], 'a range'))).toMatch(/^Left: \+34° since 3 Nov/);
  });

  it('calls out asymmetry only beyond what the camera position can explain', () => {
    expect(describeAsymmetry(exerciseProgress([turn(3, 30, 75)], neck))).toBeNull();
    expect(describeAsymmetry(exerciseProgress([turn(3, 20, 85)], neck))).toMatch(
      /^Your left side reaches 65° less than your right \(more than the \d+° the camera can tell apart\)\.$/,
    );
  });
});

describe('holds', () => {
  const stretch = need(findExercise('upper-back-stretch'), 'upper-back-stretch');
  const held = (day: number, ms: number) =>
    session(day, [set('upper-back-stretch', null, { unit: 'holds', longestHoldMs: ms, cleanReps: 0 })]);

  it('the longest hold against the first sessions’', () => {
    const p = exerciseProgress([held(3, 20_000), held(4, 18_000), held(20, 30_400)], stretch);
    expect(p.ranges).toEqual([]);
    expect(describeHold(need(p.hold, 'a hold'))).toBe('Longest hold 30 s, up from 20 s since 3 Nov');
    expect(
      describeHold(
        need(exerciseProgress([held(3, 20_000), held(4, 18_000), held(20, 20_400)], stretch).hold, 'a hold'),
      ),
    ).toBe('Longest hold 20 s, as on 3 Nov');
  });
});
