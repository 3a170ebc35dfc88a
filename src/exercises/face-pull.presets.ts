/**
 * The synthetic puppet's poses for face-pull (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, type PuppetPose } from '../puppet';

/** Face pull, start: both arms straight out in front at shoulder height, holding the band. */
export const facePullStart: PuppetPose = mergePose(standing, {
  both: { shoulderFlexion: 85, shoulderAbduction: 12, elbowFlexion: 8, forearmPronation: 80 },
});

/**
 * Face pull, end: elbows out to the sides at shoulder height, bent about 90°, hands beside the
 * face (upper arms level, turned out so the forearms point up).
 */
export const facePullEnd: PuppetPose = mergePose(standing, {
  both: {
    shoulderFlexion: 0,
    shoulderAbduction: 88,
    shoulderHorizontalAdduction: 15,
    shoulderRotation: 80,
    elbowFlexion: 95,
    forearmPronation: 80,
  },
});
