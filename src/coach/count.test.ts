import { describe, expect, it } from 'vitest';
import { armCircles } from '../exercises/arm-circles';
import { kneeToChest } from '../exercises/knee-to-chest';
import { row } from '../exercises/row';
import type { CoachCounts } from './coach';
import { countNoun, countOf, countText, dosageCount, unitOf } from './count';

const counts: CoachCounts = {
  reps: 7,
  cleanReps: 5,
  faultyReps: 2,
  partialReps: 3,
  holds: 4,
  cycles: 6,
  left: { reps: 3, holds: 1 },
  right: { reps: 4, holds: 3 },
};

describe('what counts as done', () => {
  it('counts reps (clean or faulty, never partial), holds or circles, as the exercise is counted', () => {
    expect([unitOf(row), countOf(row, counts, null)]).toEqual(['reps', 7]);
    expect([unitOf(kneeToChest), countOf(kneeToChest, counts, null)]).toEqual(['holds', 4]);
    expect([unitOf(armCircles), countOf(armCircles, counts, null)]).toEqual(['circles', 6]);
  });

  it('counts one side of a sided exercise, and circles for both sides together', () => {
    expect(countOf(kneeToChest, counts, 'left')).toBe(1);
    expect(countOf(kneeToChest, counts, 'right')).toBe(3);
    const unsided: CoachCounts = { reps: 7, cleanReps: 5, faultyReps: 2, partialReps: 3, holds: 4, cycles: 6 };
    expect(countOf(row, unsided, 'left')).toBe(0);
    expect(countOf(armCircles, counts, 'left')).toBe(6);
  });

  it('reads the dosage in the same unit', () => {
    expect(dosageCount(kneeToChest)).toBe(kneeToChest.dosage.holds);
    expect(dosageCount(row)).toBe(row.dosage.reps);
  });

  it('names one and many', () => {
    expect(countNoun('reps', 1)).toBe('rep');
    expect(countNoun('circles', 1)).toBe('circle');
    expect(countNoun('holds', 0)).toBe('holds');
    expect(countNoun('circles', 3)).toBe('circles');
  });

  it('writes the count with its noun, by the plural rules of the language', () => {
    expect([0, 1, 2].map((n) => countText('reps', n))).toEqual(['0 reps', '1 rep', '2 reps']);
    expect(countText('holds', 1)).toBe('1 hold');
    expect(countText('circles', 1500)).toBe('1,500 circles');
  });
});
