import { describe, expect, it } from 'vitest';
import type { Equipment } from '../coach/exercise';
import { findExercise } from '../exercises';
import { planRoutine, routineProblems, type Routine } from './routine';
import { UPPER_BACK_RELIEF } from './routines';

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

  it('never swaps in a move the routine already has: the next alternative stands in instead', () => {
    const routine2 = routine([
      { exercise: 'face-pull', sets: 2, reps: 12, alternatives: ['superman', 'scapular-squeeze'] },
      { exercise: 'superman', sets: 2, reps: 10 },
    ]);
    const planned = planRoutine(routine2, have('floor'), findExercise);
    expect(planned.items.map((p) => [p.exercise.id, p.swappedFrom?.id])).toEqual([
      ['scapular-squeeze', 'face-pull'],
      ['superman', undefined],
    ]);
  });

  it('leaves a move out when every alternative it could have is already in the routine, saying so', () => {
    // The app's default equipment: the built-in routine's row, face pull and their stand-ins.
    const planned = planRoutine(UPPER_BACK_RELIEF, have('chair', 'wall', 'floor'), findExercise);
    const ids = planned.items.map((p) => p.exercise.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(planned.left).toEqual([
      {
        exercise: 'row',
        reason:
          'needs a light dumbbell or a resistance band; Scapular squeeze, which could stand in, is already in the routine',
      },
      {
        exercise: 'face-pull',
        reason: 'needs a resistance band; Superman, which could stand in, is already in the routine',
      },
    ]);
  });

  it('lets a person’s own routine do a move twice', () => {
    const planned = planRoutine(
      routine([
        { exercise: 'superman', sets: 1, reps: 5 },
        { exercise: 'superman', sets: 1, reps: 5 },
      ]),
      have('floor'),
      findExercise,
    );
    expect(planned.items.map((p) => p.exercise.id)).toEqual(['superman', 'superman']);
  });
});
