import { describe, expect, it } from 'vitest';
import { exerciseSeries, personalBests, recentWeeks, weekStart } from './progress';
import type { SessionRecord, SetRecord } from './session-summary';

const set = (exercise: string, done: number, extra: Partial<SetRecord> = {}): SetRecord => ({
  exercise,
  item: 0,
  set: 1,
  side: null,
  unit: 'reps',
  done,
  target: 10,
  cleanReps: done,
  faultyReps: 0,
  rangeOfMotion: 80,
  longestHoldMs: 0,
  faults: [],
  durationMs: 30_000,
  outcome: 'completed',
  ...extra,
});
const session = (startedAt: string, sets: SetRecord[], pain: [number, number] = [3, 2]): SessionRecord => ({
  id: startedAt,
  routineId: 'r',
  routineName: 'R',
  startedAt,
  updatedAt: startedAt,
  status: 'finished',
  painBefore: pain[0],
  painAfter: pain[1],
  durationMs: 600_000,
  plan: [],
  sets,
});

describe('weeks', () => {
  it('start on Monday', () => {
    expect(weekStart(new Date(2026, 10, 26, 15))).toEqual(new Date(2026, 10, 23)); // a Thursday
    expect(weekStart(new Date(2026, 10, 23, 0, 5))).toEqual(new Date(2026, 10, 23));
    expect(weekStart(new Date(2026, 10, 29, 23))).toEqual(new Date(2026, 10, 23)); // Sunday
  });

  it('count the sessions of each day of the last weeks, this week last', () => {
    const now = new Date(2026, 10, 26, 12);
    const sessions = [
      session(new Date(2026, 10, 24, 9).toISOString(), []),
      session(new Date(2026, 10, 24, 18).toISOString(), []),
      session(new Date(2026, 10, 17, 9).toISOString(), []),
      session(new Date(2026, 8, 1, 9).toISOString(), []), // too long ago
    ];
    const weeks = recentWeeks(sessions, now, 2);
    expect(weeks.map((w) => w.total)).toEqual([1, 2]);
    expect(weeks[1]?.days).toEqual([0, 2, 0, 0, 0, 0, 0]);
  });
});

describe('an exercise over time', () => {
  const sessions = [
    session(
      '2026-11-20T09:00:00.000Z',
      [set('row', 8, { rangeOfMotion: 70, faults: [{ id: 'hinge-45', cue: '', times: 2 }] }), set('row', 10)],
      [5, 3],
    ),
    session('2026-11-10T09:00:00.000Z', [set('row', 6, { rangeOfMotion: 60 })], [6, 4]),
    session('2026-11-15T09:00:00.000Z', [set('superman', 10)]),
  ];

  it('gives one point per session that included it, oldest first', () => {
    const series = exerciseSeries(sessions, 'row');
    expect(series.times).toEqual([
      Date.parse('2026-11-10T09:00:00.000Z') / 1000,
      Date.parse('2026-11-20T09:00:00.000Z') / 1000,
    ]);
    expect(series.done).toEqual([6, 18]);
    expect(series.rangeOfMotion[1]).toBeCloseTo((70 * 8 + 80 * 10) / 18);
    expect(series.faultsPerSet).toEqual([0, 1]);
    expect(series.painBefore).toEqual([6, 5]);
    expect(series.painAfter).toEqual([4, 3]);
  });

  it('keeps personal bests', () => {
    const [row, superman] = personalBests(sessions);
    expect(row).toMatchObject({
      exercise: 'row',
      mostDone: 18,
      mostDoneAt: '2026-11-20T09:00:00.000Z',
      bestRangeOfMotion: 80,
    });
    expect(superman).toMatchObject({ exercise: 'superman', mostDone: 10 });
  });
});
