/**
 * The synthetic puppet's poses for knee-to-chest (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { supineKneesBent, mergePose, type PuppetPose } from '../puppet';

// ---------------------------------------------------------------------------------------------
// Knee to chest: lying face up, side-on. supineKneesBent shows the LEFT side to the camera.

/** Face up, knees bent, feet flat: the rest between holds. */
export const kneeToChestRest = supineKneesBent;

/** One knee hugged to the chest, the other foot on the floor. */
export const kneeToChest = (side: 'left' | 'right'): PuppetPose =>
  mergePose(supineKneesBent, { [side]: { hipFlexion: 120, kneeFlexion: 125, shoulderFlexion: 35, elbowFlexion: 90 } });
