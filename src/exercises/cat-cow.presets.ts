/**
 * The synthetic puppet's poses for cat-cow (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { allFours, mergePose } from '../puppet';

// ---------------------------------------------------------------------------------------------
// Cat-cow: on all fours, the back rounds with the head dropping (cat), then dips with the head
// lifting (cow). The hands stay on the floor, so the shoulder flexes with the trunk's tilt.

/** All fours, back flat and head in line: the start of cat-cow. */
export const catCowNeutral = allFours;

/**
 * Cat: upper back rounded up, head dropped toward the floor (chin toward the chest). The trunk
 * hinge undoes half the curl so the hips and shoulders stay over the knees and hands.
 */
export const catCowCat = mergePose(allFours, {
  torsoPitch: -30,
  spineFlexion: 30,
  neckFlexion: 55,
  both: { shoulderFlexion: 90 },
});

/** Cow: back dipped, chest forward, head lifted to look ahead. */
export const catCowCow = mergePose(allFours, {
  torsoPitch: -5,
  spineFlexion: -20,
  neckFlexion: -30,
  both: { shoulderFlexion: 65 },
});
