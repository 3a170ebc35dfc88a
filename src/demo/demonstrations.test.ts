import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../exercises';
import { renderFrames, replay } from '../../tests/support';
import { DEMONSTRATIONS } from './demonstrations';

/** Detector jitter and a dropped frame now and then, as a real camera gives. */
const NOISE = { seed: 5, dropRate: 0.02 };
/** A take is up to 40 s of frames (two held stretches): on a busy 2-core machine that is seconds. */
const TAKE_TIMEOUT_MS = 30_000;

describe('demonstrations', () => {
  it('every exercise has exactly one', () => {
    expect(DEMONSTRATIONS.map((demo) => demo.exercise).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  describe.each(DEMONSTRATIONS.map((demo) => [demo.exercise, demo] as const))('%s', (id, demo) => {
    const exercise = findExercise(id);
    if (!exercise) throw new Error(`no exercise ${id}`);

    it(
      'the right take counts what it shows, with no cue',
      () => {
        const frames = renderFrames(demo.right.timeline, { camera: demo.camera, noise: NOISE });
        const { summary, cueIds } = replay(exercise, frames);
        expect(cueIds).toEqual([]);
        expect(summary.counts).toMatchObject(demo.shows);
      },
      TAKE_TIMEOUT_MS,
    );

    it(
      'the fault take fires its named check',
      () => {
        expect(exercise.checks.map((check) => check.id)).toContain(demo.fault.check);
        const frames = renderFrames(demo.fault.timeline, { camera: demo.camera, noise: NOISE });
        expect(replay(exercise, frames).cueIds).toContain(demo.fault.check);
      },
      TAKE_TIMEOUT_MS,
    );

    it('marks only measures the exercise has', () => {
      for (const mark of demo.marks) expect(Object.keys(exercise.measures)).toContain(mark.measure);
    });
  });
});
