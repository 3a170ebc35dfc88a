/**
 * The synthetic puppet's poses for trunk-rotation (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { supineKneesBent, mergePose, makeCamera, type PuppetPose } from '../puppet';

// ---------------------------------------------------------------------------------------------
// Trunk rotation (lying), seen from the feet: the camera stands beyond the feet, raised and
// tilted down to look along the body over the knees.

/** A laptop on a chair or low table beyond the feet, looking down along the body. */
export const FEET_CAMERA = makeCamera({ distanceM: 2.4, heightM: 1.0, tiltDeg: 22 });

/** Face up, knees bent together, feet flat, head away from the camera. */
export const rotationRest = mergePose(supineKneesBent, { facing: 180 });

/**
 * Both knees lowered together 50° to one side, shoulders flat. The thighs turn about their own
 * axes too (16°) so the feet stay on the floor instead of swinging through it.
 */
export const rotationKnees = (side: 'left' | 'right'): PuppetPose => {
  const toward = side === 'left' ? 1 : -1;
  return mergePose(rotationRest, {
    left: { hipAbduction: 50 * toward, hipRotation: 16 * toward },
    right: { hipAbduction: -50 * toward, hipRotation: -16 * toward },
  });
};
