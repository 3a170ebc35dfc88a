import { describe, expect, it } from 'vitest';
import { renderFrames, replay, reps, rowStart, rowTop, mergePose } from '../../tests/support';
import { row } from '../exercises/row';
import { superman } from '../exercises/superman';
import { summarizeExercises } from './session-summary';

describe('summarizeExercises', () => {
  it('adds up the sets of each exercise, with clean and faulty reps, range of motion and faults', () => {
    const clean = replay(row, renderFrames(reps(rowStart, { to: rowTop, count: 3 }))).summary;
    const upright = mergePose(rowStart, { torsoPitch: 15 });
    const faulty = replay(
      row,
      renderFrames(reps(upright, { to: mergePose(rowTop, { torsoPitch: 15 }), count: 3 })),
    ).summary;
    const plan = [
      { exercise: row, item: { exercise: 'row', sets: 2, reps: 3 } },
      { exercise: superman, item: { exercise: 'superman', sets: 1, reps: 10 } },
    ];
    const block = (set: number, done: number) => ({
      item: 0,
      set,
      side: null,
      exercise: 'row',
      done,
      target: 3,
      durationMs: 9000,
      outcome: 'completed' as const,
    });
    const [rows, supermans] = summarizeExercises(plan, [
      { block: block(1, 3), summary: clean },
      { block: block(2, 3), summary: faulty },
    ]);
    expect(rows).toMatchObject({
      exercise: 'row',
      unit: 'reps',
      done: 6,
      target: 6,
      sets: 2,
      cleanReps: 3,
      faultyReps: 3,
      skipped: false,
    });
    expect(rows?.rangeOfMotion).toBeGreaterThan(70);
    expect(rows?.faults).toEqual([{ id: 'hinge-45', times: 3, cue: 'Hinge forward a bit more, to about 45°' }]);
    expect(supermans).toMatchObject({ exercise: 'superman', done: 0, target: 10, skipped: true });
  });
});
