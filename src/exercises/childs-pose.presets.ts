/**
 * The synthetic puppet's poses for childs-pose (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { mergePose, ZERO_POSE, type PosePatch, type PuppetPose } from '../puppet';

const pose = (...patches: readonly PosePatch[]): PuppetPose => mergePose(ZERO_POSE, ...patches);

// ---------------------------------------------------------------------------------------------
// Child's pose and the puppy-pose stretch (the shared clip childs-pose-puppy).

/** Hips back on the heels, chest on the thighs, arms reaching forward on the floor. */
export const childsPose = pose({
  posture: 'allFours',
  facing: 90,
  torsoPitch: 11,
  neckFlexion: 20,
  both: {
    shoulderFlexion: 175,
    forearmPronation: 90,
    hipFlexion: 150,
    kneeFlexion: 150,
    ankleFlexion: -75,
  },
});

/** Puppy pose: hips stay over the knees, chest sinks toward the floor, arms reach forward. */
export const puppyPose = pose({
  posture: 'allFours',
  facing: 90,
  torsoPitch: 30,
  spineFlexion: -15,
  both: {
    shoulderFlexion: 170,
    forearmPronation: 90,
    hipFlexion: 95,
    kneeFlexion: 90,
    ankleFlexion: -75,
  },
});
