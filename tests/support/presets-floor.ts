/**
 * Puppet poses for the "side view and on the floor" exercises: cat-cow, knee to chest, thoracic
 * extension, scapular squeeze, reverse fly, child's pose, upper-back stretch and the lying trunk
 * rotation. Side presets show the RIGHT side to the camera (head or face toward the image's
 * right) unless they say otherwise, as presets.ts does; `mirrorPose` gives the other side.
 * presets-floor.test.ts checks that each looks like what it is named for.
 */
import { allFours, standing, supineKneesBent } from './presets';
import { mergePose, ZERO_POSE, type PosePatch, type PuppetPose } from './puppet-pose';
import { makeCamera } from './camera';

const pose = (...patches: readonly PosePatch[]): PuppetPose => mergePose(ZERO_POSE, ...patches);

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

// ---------------------------------------------------------------------------------------------
// Knee to chest: lying face up, side-on. supineKneesBent shows the LEFT side to the camera.

/** Face up, knees bent, feet flat: the rest between holds. */
export const kneeToChestRest = supineKneesBent;

/** One knee hugged to the chest, the other foot on the floor. */
export const kneeToChest = (side: 'left' | 'right'): PuppetPose =>
  mergePose(supineKneesBent, { [side]: { hipFlexion: 120, kneeFlexion: 125, shoulderFlexion: 35, elbowFlexion: 90 } });

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

// ---------------------------------------------------------------------------------------------
// Scapular squeeze: standing side-on, arms at the sides.

/** Standing side-on, shoulders relaxed (rounded forward a little, as most people stand). */
export const squeezeRest = mergePose(standing, { facing: 90, both: { shoulderProtraction: 5 } });

/** Shoulder blades squeezed together: the shoulders draw back. */
export const squeezeBack = mergePose(squeezeRest, { both: { shoulderProtraction: -22 } });

// ---------------------------------------------------------------------------------------------
// Reverse dumbbell fly: hinged 45°, both arms hanging, lifted out to the sides to shoulder height.

/** Hinged 45° with soft knees, arms hanging plumb (flexion 45° from a 45° trunk). */
export const flyHang = pose({
  facing: 90,
  torsoPitch: 45,
  both: { hipFlexion: 10, kneeFlexion: 20, ankleFlexion: 10, shoulderFlexion: 45, elbowFlexion: 12 },
});

/** Arms out to the sides at shoulder height, elbows soft, shoulder blades squeezed. */
export const flyTop = mergePose(flyHang, { both: { shoulderAbduction: 88, shoulderProtraction: -12 } });

// ---------------------------------------------------------------------------------------------
// Child's pose and the puppy-pose stretch (the shared clip childs-pose-puppy).

/** Hips back on the heels, chest on the thighs, arms reaching forward on the floor. */
export const childsPose = pose({
  posture: 'allFours',
  facing: 90,
  torsoPitch: 11,
  neckFlexion: 20,
  both: {
    shoulderFlexion: 175,
    forearmPronation: 90,
    hipFlexion: 150,
    kneeFlexion: 150,
    ankleFlexion: -75,
  },
});

/** Puppy pose: hips stay over the knees, chest sinks toward the floor, arms reach forward. */
export const puppyPose = pose({
  posture: 'allFours',
  facing: 90,
  torsoPitch: 30,
  spineFlexion: -15,
  both: {
    shoulderFlexion: 170,
    forearmPronation: 90,
    hipFlexion: 95,
    kneeFlexion: 90,
    ankleFlexion: -75,
  },
});

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

// ---------------------------------------------------------------------------------------------
// Trunk rotation (lying), seen from the feet: the camera stands beyond the feet, raised and
// tilted down to look along the body over the knees.

/** A laptop on a chair or low table beyond the feet, looking down along the body. */
export const FEET_CAMERA = makeCamera({ distanceM: 2.4, heightM: 1.0, tiltDeg: 22 });

/** Face up, knees bent together, feet flat, head away from the camera. */
export const rotationRest = mergePose(supineKneesBent, { facing: 180 });

/**
 * Both knees lowered together 50° to one side, shoulders flat. The thighs turn about their own
 * axes too (16°) so the feet stay on the floor instead of swinging through it.
 */
export const rotationKnees = (side: 'left' | 'right'): PuppetPose => {
  const toward = side === 'left' ? 1 : -1;
  return mergePose(rotationRest, {
    left: { hipAbduction: 50 * toward, hipRotation: 16 * toward },
    right: { hipAbduction: -50 * toward, hipRotation: -16 * toward },
  });
};
