/**
 * The engine's cost per frame, for every registered exercise: `npm run bench:engine`. Each
 * exercise runs on about a minute of its own movement (or held position) from the puppet, with
 * jitter, one frame per call.
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
  seated,
  shoulderRolls,
  standing,
  supermanLift,
  supermanRest,
  wallAngelGoalPost,
  wallAngelOverhead,
  type Timeline,
} from '../../tests/support';
import { armCirclesAround, armsOut } from '../exercises/arm-circles.presets';
import { butterflyHug } from '../exercises/butterfly.presets';
import { doorwayStretch } from '../exercises/doorway-pec-stretch.presets';
import { facePullEnd, facePullStart } from '../exercises/face-pull.presets';
import { pulldownBottom, pulldownTop } from '../exercises/lat-pulldown.presets';
import { reachLeft, reachRest } from '../exercises/overhead-arm-reach.presets';
import { catCowCat, catCowNeutral } from '../exercises/cat-cow.presets';
import { childsPose } from '../exercises/childs-pose.presets';
import { flyHang, flyTop } from '../exercises/reverse-fly.presets';
import { kneeToChest } from '../exercises/knee-to-chest.presets';
import { rotationKnees } from '../exercises/trunk-rotation.presets';
import { squeezeBack, squeezeRest } from '../exercises/scapular-squeeze.presets';
import { thoracicExtended, thoracicUpright } from '../exercises/thoracic-extension.presets';
import { upperBackStretch } from '../exercises/upper-back-stretch.presets';
import { chairTwistLeft } from '../exercises/chair-rotation.presets';
import { kneeGrab } from '../exercises/knee-grab-back-stretch.presets';
import { levatorLeft } from '../exercises/levator-scapulae-stretch.presets';
import { neckRolls } from '../exercises/neck-roll.presets';
import { neckTiltLeft } from '../exercises/neck-tilts.presets';
import { neckTurnLeft } from '../exercises/neck-rotation.presets';
import { upperTrapLeft } from '../exercises/upper-trap-stretch.presets';
import { Coach } from './coach';

const MINUTE = 60_000;

/** A minute of each exercise's own movement, or of its held position. */
const MOVEMENTS: Record<string, Timeline> = {
  'neck-roll': neckRolls(seated, { count: 10, direction: 'clockwise' }),
  'shoulder-roll': shoulderRolls(standing, { count: 24, direction: 'backward' }),
  'arm-circles': armCirclesAround(armsOut, { count: 30, direction: 'forward' }),
  'overhead-arm-reach': reps(reachRest, { to: reachLeft, count: 18 }),
  'chair-rotation': hold(chairTwistLeft, MINUTE),
  'cat-cow': reps(catCowNeutral, { to: catCowCat, count: 12, pauseTopMs: 1500 }),
  'knee-to-chest': hold(kneeToChest('left'), MINUTE),
  'thoracic-extension': reps(thoracicUpright, { to: thoracicExtended, count: 10, pauseTopMs: 2000 }),
  row: reps(rowStart, { to: rowTop, count: 24 }),
  'face-pull': reps(facePullStart, { to: facePullEnd, count: 20 }),
  'scapular-squeeze': reps(squeezeRest, { to: squeezeBack, count: 12, pauseTopMs: 1500 }),
  'wall-angel': reps(wallAngelGoalPost, { to: wallAngelOverhead, count: 18 }),
  'reverse-fly': reps(flyHang, { to: flyTop, count: 18 }),
  'lat-pulldown': reps(pulldownTop, { to: pulldownBottom, count: 18 }),
  superman: reps(supermanRest, { to: supermanLift, count: 18 }),
  'doorway-pec-stretch': hold(doorwayStretch, MINUTE),
  'childs-pose': hold(childsPose, MINUTE),
  butterfly: hold(butterflyHug, MINUTE),
  'upper-trap-stretch': hold(upperTrapLeft, MINUTE),
  'levator-scapulae-stretch': hold(levatorLeft, MINUTE),
  'neck-tilts': hold(neckTiltLeft, MINUTE),
  'trunk-rotation': hold(rotationKnees('left'), MINUTE),
  'upper-back-stretch': hold(upperBackStretch, MINUTE),
  'knee-grab-back-stretch': hold(kneeGrab, MINUTE),
  'neck-rotation': hold(neckTurnLeft, MINUTE),
};

describe('Coach.update, one frame', () => {
  for (const exercise of EXERCISES) {
    const movement = MOVEMENTS[exercise.id];
    if (!movement) throw new Error(`no movement to benchmark ${exercise.id} with`);
    const frames: PoseFrame[] = renderFrames(movement, { noise: { seed: 1 } });
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
