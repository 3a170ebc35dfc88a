import { describe, expect, it } from 'vitest';
import { findExercise } from '../exercises';
import { adviseNext } from './advice';
import type { Routine } from './routine';
import type { SessionRecord } from './session-summary';
import { aSet } from '../../tests/support/set-record';

const routine: Routine = {
  id: 'mine',
  name: 'Mine',
  description: '',
  items: [
    { exercise: 'row', sets: 3, reps: 10 },
    { exercise: 'upper-trap-stretch', sets: 2, holdS: 30 },
  ],
};

const set = aSet;

const NOW = new Date(Date.UTC(2026, 10, 20, 12));
const session = (day: number, before: number, after: number, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `s${day}`,
  routineId: 'mine',
  routineName: 'Mine',
  startedAt: new Date(Date.UTC(2026, 10, day, 9)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 10, day, 9, 20)).toISOString(),
  status: 'finished',
  painBefore: before,
  painAfter: after,
  durationMs: 600_000,
  plan: routine.items,
  sets: [set()],
  ...extra,
});
const advise = (sessions: SessionRecord[]) => adviseNext(routine, sessions, NOW, findExercise);

describe('easing off', () => {
  it('after a session where pain clearly rose: one set fewer, holds a third shorter, and why', () => {
    const advice = advise([session(18, 2, 2), session(19, 3, 5)]);
    expect(advice?.kind).toBe('ease');
    expect(advice?.why).toMatch(/^Your pain went from 3 to 5 during your last session\./);
    expect(advice?.changes).toEqual(['Row: 3 sets → 2', 'Upper trapezius stretch: 2 sets → 1, holds of 30 s → 20 s']);
    expect(advice?.items).toEqual([
      { exercise: 'row', sets: 2, reps: 10 },
      { exercise: 'upper-trap-stretch', sets: 1, holdS: 20 },
    ]);
  });

  it('when pain after sessions keeps rising over the week, though no one session jumped', () => {
    const advice = advise([session(15, 2, 2), session(17, 3, 3), session(19, 4, 4)]);
    expect(advice?.kind).toBe('ease');
    expect(advice?.why).toMatch(/risen this week, from 2 to 4/);
  });

  it('not for a one-point rise (within what a person notices)', () => {
    expect(advise([session(19, 3, 4)])).toBeNull();
  });
});

describe('progressing', () => {
  it('after three pain-stable, complete, clean sessions: two more reps, holds 5 s longer', () => {
    const advice = advise([session(14, 3, 2), session(16, 3, 3), session(18, 2, 2)]);
    expect(advice?.kind).toBe('progress');
    expect(advice?.changes).toEqual(['Row: 10 reps a set → 12', 'Upper trapezius stretch: holds of 30 s → 35 s']);
  });

  it('never after fewer than three, a rise in pain, an unfinished set or mostly faulty reps', () => {
    expect(advise([session(16, 3, 3), session(18, 2, 2)])).toBeNull();
    expect(advise([session(14, 3, 2), session(16, 3, 4), session(18, 2, 2)])).toBeNull();
    expect(advise([session(14, 3, 2), session(16, 3, 3), session(18, 2, 2, { sets: [set({ done: 7 })] })])).toBeNull();
    expect(
      advise([
        session(14, 3, 2),
        session(16, 3, 3),
        session(18, 2, 2, { sets: [set({ cleanReps: 1, faultyReps: 9 })] }),
      ]),
    ).toBeNull();
    expect(advise([session(14, 3, 2), session(16, 3, 3), session(18, 2, 2, { status: 'ended-early' })])).toBeNull();
  });

  it('reps stop four over the prescription; then one more set', () => {
    const high: Routine = { ...routine, items: [{ exercise: 'row', sets: 3, reps: 14 }] };
    const sessions = [session(14, 3, 2), session(16, 3, 3), session(18, 2, 2)];
    expect(adviseNext(high, sessions, NOW, findExercise)?.changes).toEqual(['Row: 3 sets → 4']);
  });

  it('ignores other routines and unrated sessions', () => {
    const other = (day: number) => session(day, 2, 6, { routineId: 'other' });
    expect(advise([other(18), other(19)])).toBeNull();
    expect(advise([session(19, 3, 6, { painAfter: null })])).toBeNull();
  });
});
