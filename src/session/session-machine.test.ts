import { describe, expect, it } from 'vitest';
import type { ExerciseSpec } from '../coach/exercise';
import { row } from '../exercises/row';
import { superman } from '../exercises/superman';
import { wallAngel } from '../exercises/wall-angel';
import type { PlannedItem } from './routine';
import {
  COUNTDOWN_MS,
  DEFAULT_REST_S,
  SWITCH_SIDES_MS,
  reduce,
  resumeAt,
  startSession,
  type SessionEvent,
  type SessionState,
} from './session-machine';

/** A sided hold, like a stretch done on each side. */
const sidedStretch: ExerciseSpec = {
  ...wallAngel,
  id: 'test-stretch',
  phase: 'cool-down',
  sided: true,
  counting: {
    kind: 'hold',
    measure: { left: 'leftElbow', right: 'rightElbow' },
    enter: { above: 1 },
    exit: { below: 0 },
    minHoldS: 5,
  },
};

const plan: PlannedItem[] = [
  { exercise: superman, item: { exercise: 'superman', sets: 1, durationS: 30 } }, // on the clock
  { exercise: row, item: { exercise: 'row', sets: 2, reps: 3 } },
  { exercise: sidedStretch, item: { exercise: 'test-stretch', sets: 1, holdS: 10 } },
];

/** Applies events in order, each at its own time. */
function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  return events.reduce(reduce, state);
}
const at = (nowMs: number) => ({ nowMs });

describe('a guided session', () => {
  it('gets ready, counts down, works on the clock, and moves to the next exercise', () => {
    let s = startSession(plan, 0);
    expect(s.step).toEqual({ kind: 'prepare', item: 0, set: 1, side: null });
    s = reduce(s, { type: 'ready', ...at(1000) });
    expect(s.step).toMatchObject({ kind: 'countdown', remainingMs: COUNTDOWN_MS });
    s = reduce(s, { type: 'tick', ...at(1000 + COUNTDOWN_MS) });
    expect(s.step).toMatchObject({ kind: 'work', item: 0, elapsedMs: 0 });
    s = run(s, { type: 'progress', done: 2, ...at(10_000) }, { type: 'tick', ...at(4000 + 30_000) });
    expect(s.blocks).toEqual([
      { item: 0, set: 1, side: null, exercise: 'superman', done: 2, target: 0, durationMs: 30_000, outcome: 'time-up' },
    ]);
    expect(s.step).toEqual({ kind: 'prepare', item: 1, set: 1, side: null });
  });

  it('moves to the next set when the reps are reached, after the strength rest (skippable)', () => {
    let s = startSession(plan.slice(1), 0);
    s = run(s, { type: 'ready', ...at(0) }, { type: 'tick', ...at(COUNTDOWN_MS) });
    s = reduce(s, { type: 'progress', done: 2, ...at(5000) });
    expect(s.step.kind).toBe('work');
    s = reduce(s, { type: 'progress', done: 3, ...at(8000) });
    expect(s.blocks.at(-1)).toMatchObject({ set: 1, done: 3, target: 3, outcome: 'completed', durationMs: 5000 });
    expect(s.step).toMatchObject({ kind: 'rest', set: 2, remainingMs: DEFAULT_REST_S.strength * 1000 });
    s = reduce(s, { type: 'tick', ...at(20_000) });
    expect(s.step).toMatchObject({ kind: 'rest', remainingMs: 33_000 });
    s = reduce(s, { type: 'skip-rest', ...at(21_000) });
    expect(s.step).toMatchObject({ kind: 'countdown', set: 2 });
    s = run(s, { type: 'tick', ...at(21_000 + COUNTDOWN_MS) }, { type: 'progress', done: 3, ...at(30_000) });
    // Next, the sided stretch: its left side first.
    expect(s.step).toEqual({ kind: 'prepare', item: 1, set: 1, side: 'left' });
    expect(s.blocks.map((b) => b.set)).toEqual([1, 2]);
  });

  it('does one side, then the other after a short switch, for sided exercises', () => {
    let s = startSession(plan.slice(2), 0);
    expect(s.step).toMatchObject({ kind: 'prepare', side: 'left' });
    s = run(
      s,
      { type: 'ready', ...at(0) },
      { type: 'tick', ...at(COUNTDOWN_MS) },
      { type: 'progress', done: 1, ...at(15_000) },
    );
    expect(s.step).toMatchObject({ kind: 'rest', side: 'right', switchSides: true, remainingMs: SWITCH_SIDES_MS });
    s = run(
      s,
      { type: 'tick', ...at(15_000 + SWITCH_SIDES_MS) },
      { type: 'tick', ...at(15_000 + SWITCH_SIDES_MS + COUNTDOWN_MS) },
    );
    expect(s.step).toMatchObject({ kind: 'work', side: 'right' });
    s = reduce(s, { type: 'progress', done: 1, ...at(40_000) });
    expect(s.step).toEqual({ kind: 'done', endedEarly: false });
    expect(s.blocks.map((b) => [b.side, b.outcome])).toEqual([
      ['left', 'completed'],
      ['right', 'completed'],
    ]);
  });

  it('stops every clock while paused, and counts nothing', () => {
    let s = startSession(plan, 0);
    s = run(s, { type: 'ready', ...at(0) }, { type: 'tick', ...at(1000) }, { type: 'pause', ...at(1500) });
    expect(s.step).toMatchObject({ kind: 'countdown', remainingMs: 1500 });
    s = run(s, { type: 'tick', ...at(60_000) }, { type: 'progress', done: 9, ...at(60_000) });
    expect(s.step).toMatchObject({ kind: 'countdown', remainingMs: 1500 });
    s = run(s, { type: 'resume', ...at(61_000) }, { type: 'tick', ...at(62_500) });
    expect(s.step).toMatchObject({ kind: 'work', elapsedMs: 0 });
    // 30 s on the clock: 10 s, a 100 s pause, then 20 s more.
    s = run(s, { type: 'tick', ...at(72_500) }, { type: 'pause', ...at(72_500) }, { type: 'resume', ...at(172_500) });
    s = reduce(s, { type: 'tick', ...at(172_500 + 19_000) });
    expect(s.step).toMatchObject({ kind: 'work', elapsedMs: 29_000 });
    s = reduce(s, { type: 'tick', ...at(172_500 + 20_000) });
    expect(s.blocks[0]).toMatchObject({ outcome: 'time-up', durationMs: 30_000 });
  });

  it('skips the rest of an exercise, keeping what was done', () => {
    let s = startSession(plan.slice(1), 0);
    s = run(
      s,
      { type: 'ready', ...at(0) },
      { type: 'tick', ...at(COUNTDOWN_MS) },
      { type: 'progress', done: 1, ...at(5000) },
    );
    s = reduce(s, { type: 'skip', ...at(6000) });
    expect(s.blocks).toEqual([
      expect.objectContaining({ exercise: 'row', done: 1, outcome: 'skipped', durationMs: 3000 }),
    ]);
    expect(s.step).toMatchObject({ kind: 'prepare', item: 1 });
  });

  it('ends early from anywhere, keeping the block under way', () => {
    let s = startSession(plan, 0);
    s = run(
      s,
      { type: 'ready', ...at(0) },
      { type: 'tick', ...at(COUNTDOWN_MS) },
      { type: 'progress', done: 4, ...at(9000) },
    );
    s = reduce(s, { type: 'end', ...at(9000) });
    expect(s.step).toEqual({ kind: 'done', endedEarly: true });
    expect(s.blocks).toEqual([expect.objectContaining({ done: 4, outcome: 'ended', durationMs: 6000 })]);
    expect(reduce(s, { type: 'ready', ...at(10_000) })).toBe(s);
  });

  it('is done at once for an empty plan', () => {
    expect(startSession([], 0).step).toEqual({ kind: 'done', endedEarly: false });
  });

  it('resumes after the last block finished: the next set, the other side or the next exercise', () => {
    expect(resumeAt(plan, [])).toEqual({ item: 0, set: 1, side: null });
    expect(resumeAt(plan, [{ item: 1, set: 1, side: null }])).toEqual({ item: 1, set: 2, side: null });
    expect(resumeAt(plan, [{ item: 1, set: 2, side: null }])).toEqual({ item: 2, set: 1, side: 'left' });
    expect(resumeAt(plan, [{ item: 2, set: 1, side: 'left' }])).toEqual({ item: 2, set: 1, side: 'right' });
    expect(resumeAt(plan, [{ item: 2, set: 1, side: 'right' }])).toBeNull();
    expect(startSession(plan, 0, { item: 1, set: 2, side: null }).step).toEqual({
      kind: 'prepare',
      item: 1,
      set: 2,
      side: null,
    });
  });
});
