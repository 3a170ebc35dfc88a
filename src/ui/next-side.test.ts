import { describe, expect, it } from 'vitest';
import type { CoachCounts } from '../coach/coach';
import { row } from '../exercises/row';
import type { ExerciseSpec } from '../coach/exercise';
import { nextSide } from './next-side';

const sidedHolds: ExerciseSpec = {
  ...row,
  sided: true,
  counting: {
    kind: 'hold',
    measure: { left: 'elbow', right: 'elbow' },
    enter: { above: 1 },
    exit: { below: 0 },
    minHoldS: 5,
  },
  dosage: { holds: 3, holdS: 10, text: '3 × 10 s each side' },
};
const counts = (left: number, right: number): CoachCounts => ({
  reps: 0,
  cleanReps: 0,
  faultyReps: 0,
  partialReps: 0,
  holds: left + right,
  cycles: 0,
  left: { reps: 0, holds: left },
  right: { reps: 0, holds: right },
});

describe('nextSide', () => {
  it('starts on the left, moves to the right once the left has its dosage, then is done', () => {
    expect(nextSide(sidedHolds, undefined)).toBe('left');
    expect(nextSide(sidedHolds, counts(2, 0))).toBe('left');
    expect(nextSide(sidedHolds, counts(3, 0))).toBe('right');
    expect(nextSide(sidedHolds, counts(3, 3))).toBeNull();
  });

  it('says nothing for an exercise that is not done per side', () => {
    expect(nextSide(row, counts(0, 0))).toBeNull();
  });
});
