/**
 * The synthetic puppet's poses for chair-rotation (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose } from '../puppet';

/**
 * Chair rotation to the left: seated tall, the shoulders turned 40° to the left of the hips and
 * the head a little further; hips and knees still facing forward.
 */
export const chairTwistLeft = mergePose(seated, { torsoYaw: 40, headYaw: 15 });
