/**
 * Forward kinematics: joint angles to 3-D points around the pelvis. Frames follow the body: x to
 * the person's left, y up, z forward. Each limb is built as a LEFT limb and mirrored (x → −x) for
 * the right, so both sides obey the same angle conventions.
 *
 * Rotation orders, chosen so each angle alone has its textbook meaning and common combinations
 * stay free of gimbal lock where the exercises need them:
 * - trunk: hinge (torsoPitch) → side bend → [mid-trunk] upper-back curl → twist;
 * - head: turn → nod → tilt, each about the head's own axes ("turn, then look into your pocket");
 *   the neck carries 60 % of the nod and tilt so the head also moves, not only turns;
 * - upper arm: axial rotation → abduction → flexion → horizontal adduction (the last three about
 *   the trunk's fixed axes). So abduction is how far the arm points out of the trunk's sagittal
 *   plane (its lateral component is sin(abduction) whatever the flexion), flexion turns it within
 *   that plane, and horizontal adduction swings it about the vertical: the only way to move an
 *   arm that points straight out to the side forward or back (face pull, doorway stretch);
 * - thigh: axial rotation → abduction → flexion, with the same meaning.
 */
import type { Proportions } from './body';
import type { PuppetPose, SideAngles } from './puppet-pose';
import { add, apply, mul, rotX, rotY, rotZ, scale, vec, type Mat3, type Vec3 } from './vec';

export interface ArmPoints {
  readonly shoulder: Vec3;
  readonly elbow: Vec3;
  readonly wrist: Vec3;
  readonly index: Vec3;
  readonly pinky: Vec3;
  readonly thumb: Vec3;
}

export interface LegPoints {
  readonly hip: Vec3;
  readonly knee: Vec3;
  readonly ankle: Vec3;
  readonly heel: Vec3;
  readonly toe: Vec3;
}

export interface HeadPoints {
  readonly nose: Vec3;
  readonly eyeInner: Vec3;
  readonly eye: Vec3;
  readonly eyeOuter: Vec3;
  readonly ear: Vec3;
  readonly mouth: Vec3;
}

/** Every point relative to the hip midpoint, in room axes (the posture's rotation applied). */
export interface BodyPoints {
  readonly midTrunk: Vec3;
  readonly shoulderMid: Vec3;
  readonly neckBase: Vec3;
  readonly headPivot: Vec3;
  readonly headCentre: Vec3;
  /** Unit vector out of the face. */
  readonly headForward: Vec3;
  readonly left: { readonly arm: ArmPoints; readonly leg: LegPoints; readonly head: HeadPoints };
  readonly right: { readonly arm: ArmPoints; readonly leg: LegPoints; readonly head: HeadPoints };
}

/** How much of the nod and tilt happens in the neck below the head pivot. */
const NECK_SHARE = 0.6;
const MIRROR: Mat3 = [-1, 0, 0, 0, 1, 0, 0, 0, 1];

/** Left arm, relative to the shoulder midpoint, in the upper-trunk frame. */
function leftArm(a: SideAngles, p: Proportions): ArmPoints {
  const girdle = mul(rotY(-a.shoulderProtraction), rotZ(a.shoulderElevation));
  const clavicle = vec(p.shoulderHalfWidth - p.claviclePivot, 0, 0);
  const shoulder = add(vec(p.claviclePivot, 0, 0), apply(girdle, clavicle));
  const upper = mul(
    rotY(-a.shoulderHorizontalAdduction),
    rotX(-a.shoulderFlexion),
    rotZ(a.shoulderAbduction),
    rotY(a.shoulderRotation),
  );
  const elbow = add(shoulder, apply(upper, vec(0, -p.upperArm, 0)));
  const fore = mul(upper, rotX(-a.elbowFlexion), rotY(-a.forearmPronation));
  const wrist = add(elbow, apply(fore, vec(0, -p.forearm, 0)));
  // Hand frame: long axis −y, thumb side +z, palm facing −x (toward the body when hanging).
  const hand = mul(fore, rotZ(-a.wristFlexion));
  return {
    shoulder,
    elbow,
    wrist,
    index: add(wrist, apply(hand, p.hand.index)),
    pinky: add(wrist, apply(hand, p.hand.pinky)),
    thumb: add(wrist, apply(hand, p.hand.thumb)),
  };
}

/** Left leg, relative to the hip midpoint, in the pelvis frame. */
function leftLeg(a: SideAngles, p: Proportions): LegPoints {
  const hip = vec(p.hipHalfWidth, 0, 0);
  const thigh = mul(rotX(-a.hipFlexion), rotZ(a.hipAbduction), rotY(a.hipRotation));
  const knee = add(hip, apply(thigh, vec(0, -p.thigh, 0)));
  const shin = mul(thigh, rotX(a.kneeFlexion));
  const ankle = add(knee, apply(shin, vec(0, -p.shin, 0)));
  const foot = mul(shin, rotX(-a.ankleFlexion));
  return {
    hip,
    knee,
    ankle,
    heel: add(ankle, apply(foot, p.foot.heel)),
    toe: add(ankle, apply(foot, p.foot.toe)),
  };
}

function placeAll<T extends object>(points: T, frame: Mat3, origin: Vec3): T {
  const out: Record<string, Vec3> = {};
  for (const [key, value] of Object.entries(points) as [string, Vec3][]) {
    out[key] = add(origin, apply(frame, value));
  }
  return out as T;
}

/**
 * The body's points for a pose. `root` orients the pelvis in the room (posture and facing);
 * positions are relative to the hip midpoint.
 */
export function bodyPoints(pose: PuppetPose, p: Proportions, root: Mat3): BodyPoints {
  const lower = mul(root, rotX(pose.torsoPitch), rotZ(-pose.torsoRoll));
  const midTrunk = apply(lower, vec(0, p.trunk / 2, 0));
  const upper = mul(lower, rotX(pose.spineFlexion), rotY(pose.torsoYaw));
  const shoulderMid = add(midTrunk, apply(upper, vec(0, p.trunk / 2, 0)));

  const neckBase = add(shoulderMid, apply(upper, p.neckBase));
  const neck = mul(upper, rotX(NECK_SHARE * pose.neckFlexion), rotZ(-NECK_SHARE * pose.headTilt));
  const headPivot = add(neckBase, apply(neck, p.neck));
  const head = mul(upper, rotY(pose.headYaw), rotX(pose.neckFlexion), rotZ(-pose.headTilt));
  const h = p.head;
  const leftHead: HeadPoints = {
    nose: h.nose,
    eyeInner: h.eyeInner,
    eye: h.eye,
    eyeOuter: h.eyeOuter,
    ear: h.ear,
    mouth: h.mouth,
  };

  const side = (angles: SideAngles, mirror: boolean) => {
    const m = mirror ? MIRROR : mul();
    return {
      arm: placeAll(leftArm(angles, p), mul(upper, m), shoulderMid),
      leg: placeAll(leftLeg(angles, p), mul(root, m), vec(0, 0, 0)),
      head: placeAll(leftHead, mul(head, m), headPivot),
    };
  };

  return {
    midTrunk,
    shoulderMid,
    neckBase,
    headPivot,
    headCentre: add(headPivot, apply(head, h.centre)),
    headForward: apply(head, vec(0, 0, 1)),
    left: side(pose.left, false),
    right: side(pose.right, true),
  };
}

/** Moves every point of a body by an offset (used once the posture has fixed the height). */
export function translateBody(body: BodyPoints, offset: Vec3): BodyPoints {
  const moveSide = (s: BodyPoints['left']) => ({
    arm: placeAll(s.arm, mul(), offset),
    leg: placeAll(s.leg, mul(), offset),
    head: placeAll(s.head, mul(), offset),
  });
  return {
    midTrunk: add(body.midTrunk, offset),
    shoulderMid: add(body.shoulderMid, offset),
    neckBase: add(body.neckBase, offset),
    headPivot: add(body.headPivot, offset),
    headCentre: add(body.headCentre, offset),
    headForward: body.headForward,
    left: moveSide(body.left),
    right: moveSide(body.right),
  };
}

export const hipMidOf = (body: BodyPoints): Vec3 => scale(add(body.left.leg.hip, body.right.leg.hip), 0.5);
