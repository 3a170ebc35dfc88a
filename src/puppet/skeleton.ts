/**
 * The posed body in the room: posture placement (orientation, floor contact) plus the 33
 * BlazePose points in MediaPipe's order, and the capsules that stand for the body's volume when
 * deciding what the camera can see.
 *
 * Room frame: origin on the floor at the camera's nominal spot for the person, X to the
 * camera's right, Y up, Z toward the camera (right-handed). A person with facing 0 has their
 * left along +X.
 */
import { LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import { DEFAULT_BODY, proportions, type BodyShape, type Proportions } from './body';
import { bodyPoints, hipMidOf, translateBody, type BodyPoints } from './kinematics';
import type { Posture, PuppetPose } from './puppet-pose';
import { mid, mul, rotX, rotY, vec, type Mat3, type Vec3 } from './vec';

export interface Capsule {
  readonly id: string;
  readonly a: Vec3;
  readonly b: Vec3;
  readonly radius: number;
}

export interface Skeleton {
  /** The 33 landmarks in the room frame, MediaPipe order. */
  readonly points: readonly Vec3[];
  readonly hipMid: Vec3;
  /** Unit vector out of the face, room frame. */
  readonly headForward: Vec3;
  readonly capsules: readonly Capsule[];
  readonly body: BodyPoints;
}

/** Orientation of the pelvis in the room for a posture and facing. */
export function rootRotation(posture: Posture, facing: number): Mat3 {
  switch (posture) {
    case 'prone':
    case 'allFours':
      // Tipped forward: the head points where a standing person would face.
      return mul(rotY(facing), rotX(90));
    case 'supine':
      // Tipped backward and turned round, so the head still points along `facing`.
      return mul(rotY(facing + 180), rotX(-90));
    default:
      return rotY(facing);
  }
}

/** Height of the hip midpoint above the floor that rests the body on its support. */
function restingHeight(posture: Posture, b: BodyPoints, p: Proportions): number {
  const c = p.clearance;
  const lowest = (pairs: readonly (readonly [Vec3, number])[]): number =>
    -Math.min(...pairs.map(([point, clearance]) => point.y - clearance));
  const feet = (['left', 'right'] as const).flatMap((s) => [
    [b[s].leg.heel, c.foot] as const,
    [b[s].leg.toe, c.foot] as const,
  ]);
  const knees = (['left', 'right'] as const).flatMap((s) => [
    [b[s].leg.knee, c.knee] as const,
    [b[s].leg.ankle, c.knee] as const,
  ]);
  const hands = (['left', 'right'] as const).map((s) => [b[s].arm.wrist, c.hand] as const);
  switch (posture) {
    case 'standing':
      return lowest(feet);
    case 'seated':
      return p.seatHeight + p.hipAboveSeat;
    case 'kneeling':
      return lowest([...knees, ...feet]);
    case 'allFours':
      return lowest([...knees, ...feet, ...hands]);
    case 'prone':
    case 'supine':
      return p.lyingHipHeight;
  }
}

export function buildSkeleton(pose: PuppetPose, shape: BodyShape = DEFAULT_BODY): Skeleton {
  const p = proportions(shape);
  const local = bodyPoints(pose, p, rootRotation(pose.posture, pose.facing));
  const height = restingHeight(pose.posture, local, p) + pose.pelvisLiftM;
  const body = translateBody(local, vec(pose.xM, height, -pose.depthM));
  const { left: l, right: r } = body;

  const byName: Record<LandmarkName, Vec3> = {
    nose: l.head.nose,
    left_eye_inner: l.head.eyeInner,
    left_eye: l.head.eye,
    left_eye_outer: l.head.eyeOuter,
    right_eye_inner: r.head.eyeInner,
    right_eye: r.head.eye,
    right_eye_outer: r.head.eyeOuter,
    left_ear: l.head.ear,
    right_ear: r.head.ear,
    mouth_left: l.head.mouth,
    mouth_right: r.head.mouth,
    left_shoulder: l.arm.shoulder,
    right_shoulder: r.arm.shoulder,
    left_elbow: l.arm.elbow,
    right_elbow: r.arm.elbow,
    left_wrist: l.arm.wrist,
    right_wrist: r.arm.wrist,
    left_pinky: l.arm.pinky,
    right_pinky: r.arm.pinky,
    left_index: l.arm.index,
    right_index: r.arm.index,
    left_thumb: l.arm.thumb,
    right_thumb: r.arm.thumb,
    left_hip: l.leg.hip,
    right_hip: r.leg.hip,
    left_knee: l.leg.knee,
    right_knee: r.leg.knee,
    left_ankle: l.leg.ankle,
    right_ankle: r.leg.ankle,
    left_heel: l.leg.heel,
    right_heel: r.leg.heel,
    left_foot_index: l.leg.toe,
    right_foot_index: r.leg.toe,
  };
  // Object key order is insertion order, which the record literal above keeps in MediaPipe order.
  const points = Object.values(byName);
  if (points.length !== LANDMARK_COUNT) throw new Error('skeleton lost a landmark');

  const rad = p.radius;
  const capsules: Capsule[] = [
    { id: 'head', a: body.headCentre, b: body.headCentre, radius: p.head.radius },
    { id: 'neck', a: body.neckBase, b: body.headPivot, radius: rad.neck },
    { id: 'spineLower', a: hipMidOf(body), b: body.midTrunk, radius: rad.spine },
    { id: 'spineUpper', a: body.midTrunk, b: body.shoulderMid, radius: rad.spine },
    { id: 'pelvis', a: l.leg.hip, b: r.leg.hip, radius: rad.pelvis },
  ];
  for (const [name, s] of [
    ['left', l],
    ['right', r],
  ] as const) {
    capsules.push(
      { id: `${name}.upperArm`, a: s.arm.shoulder, b: s.arm.elbow, radius: rad.upperArm },
      { id: `${name}.forearm`, a: s.arm.elbow, b: s.arm.wrist, radius: rad.forearm },
      { id: `${name}.hand`, a: s.arm.wrist, b: mid(s.arm.index, s.arm.pinky), radius: rad.hand },
      { id: `${name}.thigh`, a: s.leg.hip, b: s.leg.knee, radius: rad.thigh },
      { id: `${name}.shin`, a: s.leg.knee, b: s.leg.ankle, radius: rad.shin },
      { id: `${name}.foot`, a: s.leg.heel, b: s.leg.toe, radius: rad.foot },
    );
  }

  return { points, hipMid: hipMidOf(body), headForward: body.headForward, capsules, body };
}
