/**
 * Named starting poses for tests. Side-view presets put the person's RIGHT side toward the
 * camera (facing +90, head or face toward the image's right); `mirrorPose` gives the other side.
 * Numbers were checked against the default body and camera (presets.test.ts): feet, knees and
 * hands that should rest on the floor, a chair or a thigh do so within a few centimetres.
 */
import { mergePose, mirrorPose, ZERO_POSE, type PosePatch, type PuppetPose } from './puppet-pose';

const pose = (...patches: readonly PosePatch[]): PuppetPose => mergePose(ZERO_POSE, ...patches);

/** Relaxed arms: hands just clear of the thighs, elbows soft. */
const RELAXED_ARMS: PosePatch = { both: { shoulderAbduction: 7, elbowFlexion: 8 } };

/** Standing tall facing the camera, arms relaxed at the sides. */
export const standing = pose(RELAXED_ARMS);

/** On a chair facing the camera: thighs level, shins vertical, hands resting on the thighs. */
export const seated = pose({
  posture: 'seated',
  both: {
    hipFlexion: 85,
    kneeFlexion: 85,
    shoulderFlexion: 12,
    shoulderAbduction: 8,
    elbowFlexion: 62,
    forearmPronation: 80,
  },
});

/** Face down, side-on, arms along the body, legs straight, feet pointed, head in line. */
export const prone = pose({
  posture: 'prone',
  facing: 90,
  both: { shoulderAbduction: 8, forearmPronation: 90, hipFlexion: 4, ankleFlexion: -70 },
});

/** Face up, side-on (left side toward the camera), knees bent with the feet flat on the floor. */
export const supineKneesBent = pose({
  posture: 'supine',
  facing: 90,
  both: { shoulderAbduction: 10, hipFlexion: 45, kneeFlexion: 105, ankleFlexion: -30 },
});

/** Hands under the shoulders, knees under the hips, side-on, back flat, head in line. */
export const allFours = pose({
  posture: 'allFours',
  facing: 90,
  torsoPitch: -15,
  both: {
    shoulderFlexion: 75,
    forearmPronation: 90,
    wristFlexion: -85,
    hipFlexion: 90,
    kneeFlexion: 90,
    ankleFlexion: -75,
  },
});

/** Kneeling upright facing the camera, shins on the floor behind. */
export const kneeling = pose(RELAXED_ARMS, {
  posture: 'kneeling',
  both: { kneeFlexion: 90, ankleFlexion: -75 },
});

/**
 * One-arm dumbbell row, side view, right arm pulling (near the camera). Split stance: the left
 * foot forward with the left hand braced on that thigh just above the knee; trunk hinged 45°
 * from vertical, back knee soft (~20°), head in line with the trunk. The pulling arm hangs
 * plumb at the start (shoulder flexion 45° relative to a 45° trunk) with the shoulder blade let
 * forward by the weight.
 */
export const rowStart = pose({
  facing: 90,
  torsoPitch: 45,
  left: {
    hipFlexion: 40,
    kneeFlexion: 40,
    shoulderFlexion: 33,
    // Adducted, because the shoulders are wider than the knee the hand rests on.
    shoulderAbduction: -6,
    elbowFlexion: 8,
    forearmPronation: 60,
  },
  right: {
    hipFlexion: -15,
    kneeFlexion: 20,
    ankleFlexion: 35,
    shoulderFlexion: 45,
    shoulderProtraction: 12,
    elbowFlexion: 5,
  },
});

/**
 * Top of the row: upper arm just above level behind the trunk, elbow ~90° and tucked, forearm
 * plumb, hand beside the hip, shoulder blade squeezed back.
 */
export const rowTop = mergePose(rowStart, {
  right: {
    shoulderFlexion: -45,
    shoulderAbduction: 8,
    shoulderProtraction: -15,
    elbowFlexion: 90,
  },
});

/** Wall angel, front view, back to the wall: upper arms level, elbows 90°, forearms vertical. */
export const wallAngelGoalPost = pose({
  both: { shoulderAbduction: 90, shoulderRotation: 90, elbowFlexion: 90, kneeFlexion: 5, ankleFlexion: 5 },
});

/**
 * Wall angel at the top: arms up in a V, elbows nearly straight. The shoulders ride up ~1.5 cm
 * as the shoulder blades rotate; that is normal, not a shrug.
 */
export const wallAngelOverhead = mergePose(wallAngelGoalPost, {
  both: { shoulderAbduction: 150, elbowFlexion: 15, shoulderElevation: 5 },
});

/** Superman rest: prone, side-on, arms reaching forward with the hands on the floor. */
export const supermanRest = pose({
  posture: 'prone',
  facing: 90,
  both: {
    shoulderFlexion: 168,
    shoulderAbduction: 12,
    elbowFlexion: 5,
    forearmPronation: 90,
    hipFlexion: 4,
    ankleFlexion: -70,
  },
});

/** Superman lift: arms, chest and legs ~15–20 cm off the floor together, head in line. */
export const supermanLift = mergePose(supermanRest, {
  torsoPitch: -8,
  both: { shoulderFlexion: 172, hipFlexion: -8 },
});

/** The superman fault: at the top, looking up (head extended relative to the trunk). */
export const supermanLiftLookingUp = mergePose(supermanLift, { neckFlexion: -35 });

export const PRESETS = {
  standing,
  seated,
  prone,
  supineKneesBent,
  allFours,
  kneeling,
  rowStart,
  rowTop,
  wallAngelGoalPost,
  wallAngelOverhead,
  supermanRest,
  supermanLift,
  supermanLiftLookingUp,
} as const satisfies Record<string, PuppetPose>;

export type PresetName = keyof typeof PRESETS;

/** The same pose done to the other side: the mirror image, kept facing the camera. */
export const toRight = (pose: PuppetPose): PuppetPose => mirrorPose(pose);

/** Seated tall on a chair, hands on the thighs, head level: where every neck exercise starts. */
export const seatedTall: PuppetPose = seated;
