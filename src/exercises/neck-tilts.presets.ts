/**
 * The synthetic puppet's poses for neck-tilts (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose } from '../puppet';

/** Neck tilt to the left: left ear towards the left shoulder, about 30°, shoulders level. */
export const neckTiltLeft = mergePose(seated, { headTilt: 30 });
