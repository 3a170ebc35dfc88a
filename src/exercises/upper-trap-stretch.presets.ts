/**
 * The synthetic puppet's poses for upper-trap-stretch (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose } from '../puppet';

/**
 * Upper-trapezius stretch to the left: the head tilted 35° towards the left shoulder, the left
 * hand over the top of the head resting above the right ear (a search over the arm's angles put
 * the wrist within 4 cm of there), the right arm resting. Stretches the right side of the neck.
 */
export const upperTrapLeft = mergePose(seated, {
  headTilt: 35,
  left: { shoulderFlexion: 100, shoulderHorizontalAdduction: 80, elbowFlexion: 120, shoulderAbduction: 0 },
});
