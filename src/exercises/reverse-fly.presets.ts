/**
 * The synthetic puppet's poses for reverse-fly (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { mergePose, ZERO_POSE, type PosePatch, type PuppetPose } from '../puppet';

const pose = (...patches: readonly PosePatch[]): PuppetPose => mergePose(ZERO_POSE, ...patches);

// ---------------------------------------------------------------------------------------------
// Reverse dumbbell fly: hinged 45°, both arms hanging, lifted out to the sides to shoulder height.

/** Hinged 45° with soft knees, arms hanging plumb (flexion 45° from a 45° trunk). */
export const flyHang = pose({
  facing: 90,
  torsoPitch: 45,
  both: { hipFlexion: 10, kneeFlexion: 20, ankleFlexion: 10, shoulderFlexion: 45, elbowFlexion: 12 },
});

/** Arms out to the sides at shoulder height, elbows soft, shoulder blades squeezed. */
export const flyTop = mergePose(flyHang, { both: { shoulderAbduction: 88, shoulderProtraction: -12 } });
