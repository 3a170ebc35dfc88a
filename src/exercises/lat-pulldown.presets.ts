/**
 * The synthetic puppet's poses for lat-pulldown (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, type PuppetPose } from '../puppet';

/** Lat pulldown with a band, top: arms up in a wide V, elbows nearly straight. */
export const pulldownTop: PuppetPose = mergePose(standing, {
  both: { shoulderAbduction: 160, shoulderRotation: 90, elbowFlexion: 15, shoulderElevation: 5 },
});

/** Lat pulldown, bottom: upper arms level with the floor, elbows bent 90°, forearms upright. */
export const pulldownBottom: PuppetPose = mergePose(standing, {
  both: { shoulderAbduction: 90, shoulderRotation: 90, elbowFlexion: 90 },
});
