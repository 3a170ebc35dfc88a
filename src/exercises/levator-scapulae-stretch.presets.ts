/**
 * The synthetic puppet's poses for levator-scapulae-stretch (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose } from '../puppet';

/**
 * Levator-scapulae stretch to the left: the head turned 45° to the left and the chin dropped
 * 30°, looking into the left shirt pocket. Stretches the right side of the neck.
 */
export const levatorLeft = mergePose(seated, { headYaw: 45, neckFlexion: 30 });
