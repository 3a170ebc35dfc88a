/**
 * The synthetic puppet's poses for scapular-squeeze (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose } from '../puppet';

// ---------------------------------------------------------------------------------------------
// Scapular squeeze: standing side-on, arms at the sides.

/** Standing side-on, shoulders relaxed (rounded forward a little, as most people stand). */
export const squeezeRest = mergePose(standing, { facing: 90, both: { shoulderProtraction: 5 } });

/** Shoulder blades squeezed together: the shoulders draw back. */
export const squeezeBack = mergePose(squeezeRest, { both: { shoulderProtraction: -22 } });
