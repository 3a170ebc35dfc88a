/**
 * The synthetic puppet's poses for neck-rotation (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { seated, mergePose } from '../puppet';

/** Neck rotation to the left: looking over the left shoulder, 60°. */
export const neckTurnLeft = mergePose(seated, { headYaw: 60 });
