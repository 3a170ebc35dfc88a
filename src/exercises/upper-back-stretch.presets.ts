/**
 * The synthetic puppet's poses for upper-back-stretch (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose } from '../puppet';

// ---------------------------------------------------------------------------------------------
// Upper-back stretch: standing side-on, fingers interlaced, arms pushed forward, back rounded.

/** Standing side-on, hands clasped in front at shoulder height, upper back rounded, chin in. */
export const upperBackStretch = mergePose(standing, {
  facing: 90,
  spineFlexion: 30,
  neckFlexion: 15,
  both: {
    shoulderFlexion: 120,
    shoulderAbduction: 0,
    shoulderHorizontalAdduction: 18,
    shoulderProtraction: 20,
    elbowFlexion: 8,
  },
});
