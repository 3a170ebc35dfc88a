/**
 * The engine's cost per frame, for every registered exercise: `npm run bench:engine`. Each
 * exercise runs on 60 s of its own movement from the puppet (with jitter), one frame per call.
 */
import { bench, describe } from 'vitest';
import { EXERCISES } from '../exercises';
import type { PoseFrame } from '../pose/types';
import {
  hold,
  renderFrames,
  reps,
  rowStart,
  rowTop,
  standing,
  supermanLift,
  supermanRest,
  wallAngelGoalPost,
  wallAngelOverhead,
  type Timeline,
} from '../../tests/support';
import { Coach } from './coach';

const MOVEMENTS: Record<string, Timeline> = {
  row: reps(rowStart, { to: rowTop, count: 24 }),
  'wall-angel': reps(wallAngelGoalPost, { to: wallAngelOverhead, count: 18 }),
  superman: reps(supermanRest, { to: supermanLift, count: 18 }),
};

describe('Coach.update, one frame', () => {
  for (const exercise of EXERCISES) {
    const frames: PoseFrame[] = renderFrames(MOVEMENTS[exercise.id] ?? hold(standing, 60_000), { noise: { seed: 1 } });
    let coach = new Coach(exercise);
    let i = 0;
    bench(exercise.id, () => {
      const frame = frames[i++];
      if (!frame) {
        coach = new Coach(exercise); // a new set: timestamps start again
        i = 0;
        return;
      }
      coach.update(frame);
    });
  }
});
