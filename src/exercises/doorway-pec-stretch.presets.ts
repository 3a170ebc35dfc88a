/**
 * The synthetic puppet's poses for doorway-pec-stretch (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, type PuppetPose } from '../puppet';

/**
 * Doorway chest stretch: upper arms at shoulder height against the frame, elbows at 90°, forearms
 * upright, the arms drawn back as the body leans forward through the doorway.
 */
export const doorwayStretch: PuppetPose = mergePose(standing, {
  torsoPitch: 10,
  both: { shoulderAbduction: 90, shoulderHorizontalAdduction: -20, shoulderRotation: 90, elbowFlexion: 90 },
});
