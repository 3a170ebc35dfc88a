import { describe, expect, it } from 'vitest';
import { findExercise } from '../exercises';
import { placeSets, resumePoint, type UnplacedSet } from './resume';
import { planRoutine, type Routine } from './routine';
import type { Position } from './session-machine';
import { setRecord, type SetRecord } from './session-summary';

/** A person's own routine may do a move twice: supermans to start and to finish. */
const twice: Routine = {
  id: 'own-twice',
  name: 'Supermans twice',
  description: '',
  items: [
    { exercise: 'superman', sets: 2, reps: 10 },
    { exercise: 'neck-tilts', sets: 1, holdS: 10 },
    { exercise: 'superman', sets: 2, reps: 10 },
  ],
};
const plan = planRoutine(twice, new Set(['floor', 'chair'] as const), findExercise).items;

/** A set as the session runner stores it, at its place in the plan. */
function done(at: Position, outcome: SetRecord['outcome'] = 'completed'): SetRecord {
  const planned = plan[at.item];
  if (!planned) throw new Error(`no item ${at.item}`);
  return setRecord(planned, at, 10, 10, null, 20_000, outcome);
}

describe('resuming a session closed part-way', () => {
  it('goes on at the repeated move the person was doing, not at its first place in the plan', () => {
    const sets = [
      done({ item: 0, set: 1, side: null }),
      done({ item: 0, set: 2, side: null }),
      done({ item: 1, set: 1, side: 'left' }),
      done({ item: 1, set: 1, side: 'right' }),
      done({ item: 2, set: 1, side: null }),
    ];
    expect(resumePoint(plan, sets)).toEqual({ item: 2, set: 2, side: null });
  });

  it('redoes the set that was cut short', () => {
    const sets = [
      done({ item: 0, set: 1, side: null }),
      done({ item: 0, set: 2, side: null }),
      done({ item: 1, set: 1, side: 'left' }),
      done({ item: 1, set: 1, side: 'right' }),
      done({ item: 2, set: 1, side: null }, 'ended'),
    ];
    expect(resumePoint(plan, sets)).toEqual({ item: 2, set: 1, side: null });
  });

  it('is over when the last set of the repeated move was done', () => {
    const sets = [0, 2].flatMap((item) => [1, 2].map((set) => done({ item, set, side: null })));
    expect(resumePoint(plan, sets)).toBeNull();
  });

  it('places again a set whose place is not its exercise in this plan (a move left out of it)', () => {
    // Saved against the plan with one more move first, which this plan has lost: places 1 to 3.
    const sets = [
      done({ item: 0, set: 1, side: null }),
      done({ item: 0, set: 2, side: null }),
      done({ item: 1, set: 1, side: 'left' }),
      done({ item: 1, set: 1, side: 'right' }),
      done({ item: 2, set: 1, side: null }),
    ].map((set) => ({ ...set, item: set.item + 1 }));
    expect(resumePoint(plan, sets)).toEqual({ item: 2, set: 2, side: null });
  });

  it('goes on at the next move after a skipped one', () => {
    const sets = [done({ item: 0, set: 1, side: null }, 'skipped')];
    expect(resumePoint(plan, sets)).toEqual({ item: 1, set: 1, side: 'left' });
  });
});

describe('sets saved before they kept their place in the plan', () => {
  const unplaced = (sets: SetRecord[]) => sets.map((set): UnplacedSet => ({ ...set, item: undefined }));

  it('are placed in order, never back on a repeated move already done', () => {
    const sets = [
      done({ item: 0, set: 1, side: null }),
      done({ item: 0, set: 2, side: null }),
      done({ item: 1, set: 1, side: 'left' }),
      done({ item: 1, set: 1, side: 'right' }),
      done({ item: 2, set: 1, side: null }, 'ended'),
      done({ item: 2, set: 1, side: null }),
    ];
    const placed = placeSets(twice.items, unplaced(sets));
    expect(placed).toEqual(sets);
    expect(resumePoint(plan, placed)).toEqual({ item: 2, set: 2, side: null });
  });

  it('keep a place they already have', () => {
    const sets = [done({ item: 2, set: 1, side: null })];
    expect(placeSets(twice.items, sets)).toEqual(sets);
  });
});
