/**
 * The synthetic puppet's poses for overhead-arm-reach (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose, type PuppetPose } from '../puppet';

/** Seated overhead reach, at rest: sitting tall, hands on the thighs. */
export const reachRest: PuppetPose = seated;

/** The reach on the LEFT side: left arm straight up overhead, trunk bent 20° to the right. */
export const reachLeft: PuppetPose = mergePose(seated, {
  torsoRoll: -20,
  left: { shoulderFlexion: 0, shoulderAbduction: 170, elbowFlexion: 10, forearmPronation: 0 },
});

/** The reach on the RIGHT side. */
export const reachRight: PuppetPose = mergePose(seated, {
  torsoRoll: 20,
  right: { shoulderFlexion: 0, shoulderAbduction: 170, elbowFlexion: 10, forearmPronation: 0 },
});
