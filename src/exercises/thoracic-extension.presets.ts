/**
 * The synthetic puppet's poses for thoracic-extension (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { mergePose, ZERO_POSE, type PosePatch, type PuppetPose } from '../puppet';

const pose = (...patches: readonly PosePatch[]): PuppetPose => mergePose(ZERO_POSE, ...patches);

// ---------------------------------------------------------------------------------------------
// Thoracic extension over a chair back: seated side-on, arms overhead.

/** Sitting tall side-on, arms overhead: the start of each extension. */
export const thoracicUpright = pose({
  posture: 'seated',
  facing: 90,
  both: { hipFlexion: 85, kneeFlexion: 85, shoulderFlexion: 165, elbowFlexion: 15 },
});

/** Arched back over the chair back through the upper back: the trunk leans back, the hips stay. */
export const thoracicExtended = mergePose(thoracicUpright, { spineFlexion: -32, torsoPitch: -4 });
