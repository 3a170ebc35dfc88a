import { describe, expect, it } from 'vitest';
import type { Equipment } from '../coach/exercise';
import { findExercise } from '../exercises';
import { planRoutine, routineProblems, type Routine } from './routine';

const routine = (items: Routine['items']): Routine => ({ id: 'mine', name: 'Mine', description: '', items });

describe('routineProblems', () => {
  it('accepts a sound routine', () => {
    expect(routineProblems(routine([{ exercise: 'row', sets: 2, reps: 10 }]), findExercise)).toEqual([]);
  });

  it.each([
    [[], 'The routine has no exercises.'],
    [[{ exercise: 'no-such', sets: 1, reps: 5 }], '1. no-such: not an exercise Form Coach knows.'],
    [[{ exercise: 'row', sets: 0, reps: 5 }], '1. Row: sets must be 1 to 10.'],
    [[{ exercise: 'row', sets: 2 }], '1. Row: how many reps?'],
    [[{ exercise: 'superman', sets: 1, durationS: 900 }], '1. Superman: time on the clock must be 1 to 300 seconds.'],
  ] as const)('refuses %j: %s', (items, problem) => {
    expect(routineProblems(routine(items), findExercise)).toEqual([problem]);
  });
});

describe('planRoutine', () => {
  const have = (...things: Equipment[]) => new Set(things);
  const plan = routine([
    { exercise: 'row', sets: 2, reps: 10, alternatives: ['superman'] },
    { exercise: 'wall-angel', sets: 2, reps: 10 },
  ]);

  it('keeps every move when the equipment is there', () => {
    const planned = planRoutine(plan, have('dumbbell', 'wall'), findExercise);
    expect(planned.items.map((p) => p.exercise.id)).toEqual(['row', 'wall-angel']);
    expect(planned.left).toEqual([]);
  });

  it('swaps a move for its first possible alternative, keeping the sets and reps', () => {
    const planned = planRoutine(plan, have('floor', 'wall'), findExercise);
    expect(planned.items[0]).toMatchObject({
      exercise: { id: 'superman' },
      swappedFrom: { id: 'row' },
      item: { sets: 2, reps: 10 },
    });
  });

  it('leaves out a move nothing can replace, saying what it needs', () => {
    const planned = planRoutine(plan, have(), findExercise);
    expect(planned.items).toEqual([]);
    expect(planned.left).toEqual([
      { exercise: 'row', reason: 'needs a light dumbbell or a resistance band' },
      { exercise: 'wall-angel', reason: 'needs a wall' },
    ]);
  });
});
