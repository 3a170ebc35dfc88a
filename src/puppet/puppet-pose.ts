/**
 * What the puppet is doing: where it is, how it is placed (standing, lying…) and its joint
 * angles. Angles are in degrees and are not clamped, so a test can ask for an impossible pose on
 * purpose. Signs: flexion is forward, side-to-side angles are positive toward the person's LEFT.
 */
import type { Degrees } from '../pose/types';

/**
 * How the body rests in the room. Each fixes the pelvis orientation and height:
 * - `standing`: upright, lowered until the lower foot touches the floor (so knees bend into it);
 * - `seated`: upright, hip joints a chair's height above the floor (feet go where the legs put them);
 * - `kneeling`: upright, lowered until the knees (or shins, feet) touch the floor;
 * - `allFours`: trunk tipped forward 90°, lowered until knees or hands touch the floor;
 * - `prone`: face down, `supine`: face up; hips at lying height.
 */
export type Posture = 'standing' | 'seated' | 'kneeling' | 'allFours' | 'prone' | 'supine';

/** One side's limb angles. "Lateral" is toward that side (left for the left limbs). */
export interface SideAngles {
  /** Shrug: + raises the shoulder (clavicle angle; 30° ≈ 8 cm), − depresses. Range −10…40. */
  readonly shoulderElevation: Degrees;
  /** + rounds the shoulder forward, − squeezes the shoulder blade back. Range −25…30. */
  readonly shoulderProtraction: Degrees;
  /**
   * Arm forward within the trunk's sagittal plane: 0 hanging, 90 forward, 180 overhead, −
   * behind (extension). Turns the arm in whatever plane abduction has tipped it into.
   */
  readonly shoulderFlexion: Degrees;
  /**
   * Arm out of the sagittal plane, toward the side: 0 hanging, 90 level to the side, 150 up in
   * a V, 180 overhead; with the arm forward or overhead (flexion 90…180) it spreads the arms
   * apart (superman "Y"). The arm's sideways component is sin(abduction).
   */
  readonly shoulderAbduction: Degrees;
  /** Arm swung about the trunk's vertical axis: + across the front, − back behind. */
  readonly shoulderHorizontalAdduction: Degrees;
  /** About the upper arm's own axis: + external (forearm swings outward / up in the 90/90). */
  readonly shoulderRotation: Degrees;
  /** 0 straight arm, 90 right angle, ~150 fully bent. */
  readonly elbowFlexion: Degrees;
  /** 0 thumb forward with the arm hanging (handshake), + palm turns back/down, − palm forward/up. */
  readonly forearmPronation: Degrees;
  /** + bends the hand toward the palm, − back. */
  readonly wristFlexion: Degrees;
  /** Thigh forward of the pelvis: 0 straight down, 90 level, − behind. See `PuppetPose.torsoPitch`. */
  readonly hipFlexion: Degrees;
  /** Thigh out to the side. */
  readonly hipAbduction: Degrees;
  /** About the thigh's axis: + turns knee and foot outward. */
  readonly hipRotation: Degrees;
  /** 0 straight leg, 90 right angle, ~150 fully bent (shin goes back). */
  readonly kneeFlexion: Degrees;
  /**
   * Foot relative to the shin, 0 at a right angle: + toes up (dorsiflexion), − pointed. Upright
   * with the legs in the sagittal plane, the foot is flat when it equals kneeFlexion − hipFlexion.
   */
  readonly ankleFlexion: Degrees;
}

export interface PuppetPose {
  readonly posture: Posture;
  /** Pelvis position in the room: metres to the camera's right of the camera axis. */
  readonly xM: number;
  /** Metres farther from the camera than its nominal distance (− = closer). */
  readonly depthM: number;
  /**
   * Which way the body points, turned about the vertical: 0 faces the camera, +90 turns the
   * person to their left (they face the image's right, right side toward the camera), −90 the
   * other way, 180 their back to the camera. Lying and on all fours, it is where the head points:
   * 0 head toward the camera, ±90 side-on.
   */
  readonly facing: Degrees;
  /** Lifts the pelvis off its resting height (hips off the chair or the heels), metres. */
  readonly pelvisLiftM: number;
  /**
   * Hinge of the whole trunk about the hip joints, forward from the posture's vertical; the
   * pelvis and thighs do not move with it. So in a sagittal pose the shoulder–hip–knee angle is
   * 180 − torsoPitch − spineFlexion / 2 − hipFlexion. Range −40…110.
   */
  readonly torsoPitch: Degrees;
  /** Side bend at the hips, + toward the person's left. Range −40…40. */
  readonly torsoRoll: Degrees;
  /** Upper-body twist about the spine, + shoulders turn to the person's left. Range −60…60. */
  readonly torsoYaw: Degrees;
  /**
   * Curl of the upper back about mid-trunk (slump, "cat", rounding): + forward, − arched
   * (thoracic extension). Tilts the hip–shoulder line by half its value and the shoulders,
   * neck and head by all of it.
   */
  readonly spineFlexion: Degrees;
  /** Head and neck relative to the upper trunk: + chin toward the chest, − looking up. ±60. */
  readonly neckFlexion: Degrees;
  /** Ear toward the shoulder, + toward the LEFT shoulder. ±45. */
  readonly headTilt: Degrees;
  /** Head turn, + looking to the person's left. ±80. */
  readonly headYaw: Degrees;
  readonly left: SideAngles;
  readonly right: SideAngles;
}

/** A partial pose to merge over a base; `both` applies to both sides before `left`/`right`. */
export type PosePatch = Partial<Omit<PuppetPose, 'left' | 'right'>> & {
  readonly left?: Partial<SideAngles>;
  readonly right?: Partial<SideAngles>;
  readonly both?: Partial<SideAngles>;
};

export const NEUTRAL_SIDE: SideAngles = {
  shoulderElevation: 0,
  shoulderProtraction: 0,
  shoulderFlexion: 0,
  shoulderAbduction: 0,
  shoulderHorizontalAdduction: 0,
  shoulderRotation: 0,
  elbowFlexion: 0,
  forearmPronation: 0,
  wristFlexion: 0,
  hipFlexion: 0,
  hipAbduction: 0,
  hipRotation: 0,
  kneeFlexion: 0,
  ankleFlexion: 0,
};

/** Anatomical zero: standing straight, arms hanging, facing the camera at its nominal spot. */
export const ZERO_POSE: PuppetPose = {
  posture: 'standing',
  xM: 0,
  depthM: 0,
  facing: 0,
  pelvisLiftM: 0,
  torsoPitch: 0,
  torsoRoll: 0,
  torsoYaw: 0,
  spineFlexion: 0,
  neckFlexion: 0,
  headTilt: 0,
  headYaw: 0,
  left: NEUTRAL_SIDE,
  right: NEUTRAL_SIDE,
};

/** The base with each patch merged over it in turn. */
export function mergePose(base: PuppetPose, ...patches: readonly PosePatch[]): PuppetPose {
  let pose = base;
  for (const patch of patches) {
    const { left, right, both, ...rest } = patch;
    pose = {
      ...pose,
      ...rest,
      left: { ...pose.left, ...both, ...left },
      right: { ...pose.right, ...both, ...right },
    };
  }
  return pose;
}

const SIDE_KEYS = Object.keys(NEUTRAL_SIDE) as (keyof SideAngles)[];
const NUMBER_KEYS = (Object.keys(ZERO_POSE) as (keyof PuppetPose)[]).filter(
  (key): key is Exclude<keyof PuppetPose, 'posture' | 'left' | 'right'> =>
    key !== 'posture' && key !== 'left' && key !== 'right',
);

function lerpSide(a: SideAngles, b: SideAngles, t: number): SideAngles {
  const out: Record<keyof SideAngles, number> = { ...a };
  for (const key of SIDE_KEYS) out[key] = a[key] + (b[key] - a[key]) * t;
  return out;
}

/**
 * Straight-line blend of every number (angles do not wrap: 350 → 10 goes the long way). The
 * posture is discrete and switches halfway, so a change of posture is a jump.
 */
export function lerpPose(a: PuppetPose, b: PuppetPose, t: number): PuppetPose {
  const numbers: Record<(typeof NUMBER_KEYS)[number], number> = { ...a };
  for (const key of NUMBER_KEYS) numbers[key] = a[key] + (b[key] - a[key]) * t;
  return {
    ...numbers,
    posture: t < 0.5 ? a.posture : b.posture,
    left: lerpSide(a.left, b.left, t),
    right: lerpSide(a.right, b.right, t),
  };
}

/** The patch with its left and right limb angles exchanged (for "now the other side"). */
export function swapSides(patch: PosePatch): PosePatch {
  const { left, right, ...rest } = patch;
  return { ...rest, ...(right ? { left: right } : {}), ...(left ? { right: left } : {}) };
}

/**
 * The mirror image of a pose across the camera's vertical plane: sides swapped, sideways angles
 * and the facing negated. Rendering it gives the original image flipped (x → 1 − x) with the
 * labels swapped — the same person seen from the other side.
 */
export function mirrorPose(pose: PuppetPose): PuppetPose {
  return {
    ...pose,
    xM: -pose.xM,
    facing: -pose.facing,
    torsoRoll: -pose.torsoRoll,
    torsoYaw: -pose.torsoYaw,
    headTilt: -pose.headTilt,
    headYaw: -pose.headYaw,
    left: pose.right,
    right: pose.left,
  };
}
