/**
 * The synthetic puppet's poses for butterfly (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, type PuppetPose } from '../puppet';

/** Butterfly (self-hug): hands on the opposite shoulders, elbows together in front of the chest. */
export const butterflyHug: PuppetPose = mergePose(standing, {
  both: {
    shoulderFlexion: 45,
    shoulderAbduction: 20,
    shoulderHorizontalAdduction: 70,
    elbowFlexion: 90,
    forearmPronation: 60,
  },
});
