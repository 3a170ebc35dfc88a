/**
 * Visibility as MediaPipe reports it, from geometry:
 * - joints behind the body (the far side in a side view) are still reported, at ~0.5–0.8,
 *   lower the more body the line of sight crosses;
 * - face points fade when the face turns away from the camera;
 * - points outside the frame drop below 0.3 and keep falling with the distance outside.
 * Occlusion marches along the line of sight from the landmark toward the lens and measures how
 * much of it lies inside the body's capsules (landmarks ignore the segments they belong to).
 */
import { LANDMARK, LANDMARK_NAMES, type LandmarkName } from '../pose/landmarks';
import type { CameraModel } from './camera';
import type { Skeleton } from './skeleton';
import { add, distanceToSegment, dot, length, normalize, scale, sub, vec, type Vec3 } from './vec';

/** How sure MediaPipe is of a clear view of each kind of point (hands and feet a bit less). */
function baseVisibility(name: LandmarkName): number {
  if (/wrist|heel|foot_index|ankle/.test(name)) return 0.97;
  if (/pinky|index|thumb/.test(name)) return 0.95;
  return 0.995;
}

/** Capsules a landmark sits in or on, which cannot hide it. */
function ownCapsules(name: LandmarkName): readonly string[] {
  const side = name.startsWith('left') ? 'left' : 'right';
  if (/shoulder/.test(name)) return [`${side}.upperArm`];
  if (/elbow/.test(name)) return [`${side}.upperArm`, `${side}.forearm`];
  if (/wrist|pinky|index|thumb/.test(name) && !/foot/.test(name)) {
    return [`${side}.forearm`, `${side}.hand`];
  }
  if (/hip/.test(name)) return ['pelvis', `${side}.thigh`];
  if (/knee/.test(name)) return [`${side}.thigh`, `${side}.shin`];
  if (/ankle|heel|foot_index/.test(name)) return [`${side}.shin`, `${side}.foot`];
  return [];
}

const OWN = LANDMARK_NAMES.map((name) => new Set(ownCapsules(name)));
const BASE = LANDMARK_NAMES.map(baseVisibility);
const FACE = LANDMARK_NAMES.map((name) => /eye|mouth|nose/.test(name));
const EAR = LANDMARK_NAMES.map((name) => /ear/.test(name));
/** +1 for the person's left-side points, −1 for the right, 0 on the midline. */
const SIDE = LANDMARK_NAMES.map((name) => (/left/.test(name) ? 1 : /right/.test(name) ? -1 : 0));
const LEG = LANDMARK_NAMES.map((name) => /hip|knee|ankle|heel|foot/.test(name));

/** The person's left, from the hip line for leg points and the shoulder line for the rest. */
function leftAxis(skeleton: Skeleton, index: number): Vec3 {
  const [l, r] = LEG[index]
    ? [LANDMARK.left_hip, LANDMARK.right_hip]
    : [LANDMARK.left_shoulder, LANDMARK.right_shoulder];
  const left = skeleton.points[l];
  const right = skeleton.points[r];
  return left && right ? normalize(sub(left, right)) : vec(0, 0, 0);
}

const smoothstep = (edge0: number, edge1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
};

/** A capsule as bare numbers: the march below runs ~10⁴ times a frame, so no allocation. */
interface Prepared {
  readonly id: string;
  readonly a: Vec3;
  readonly d: Vec3;
  readonly lengthSq: number;
  readonly radiusSq: number;
  readonly centre: Vec3;
  /** Radius of a sphere around the whole capsule. */
  readonly bound: number;
}

function prepare(skeleton: Skeleton): Prepared[] {
  return skeleton.capsules.map((c) => {
    const d = sub(c.b, c.a);
    return {
      id: c.id,
      a: c.a,
      d,
      lengthSq: dot(d, d),
      radiusSq: c.radius * c.radius,
      centre: scale(add(c.a, c.b), 0.5),
      bound: c.radius + length(d) / 2,
    };
  });
}

function insideCapsule(x: number, y: number, z: number, c: Prepared): boolean {
  const px = x - c.a.x;
  const py = y - c.a.y;
  const pz = z - c.a.z;
  const along = c.lengthSq === 0 ? 0 : (px * c.d.x + py * c.d.y + pz * c.d.z) / c.lengthSq;
  const t = along < 0 ? 0 : along > 1 ? 1 : along;
  const qx = px - t * c.d.x;
  const qy = py - t * c.d.y;
  const qz = pz - t * c.d.z;
  return qx * qx + qy * qy + qz * qz < c.radiusSq;
}

/** Metres of body the line of sight from `index` to the lens passes through. */
function bodyInTheWay(skeleton: Skeleton, capsules: readonly Prepared[], camera: CameraModel, index: number): number {
  const point = skeleton.points[index];
  const own = OWN[index];
  if (!point || !own) return 0;
  const toLens = sub(camera.position, point);
  const reach = Math.min(length(toLens), 0.7);
  const direction = normalize(toLens);
  const end = add(point, scale(direction, reach));
  // Only capsules whose bounding sphere touches the line of sight need the march.
  const near = capsules.filter((c) => !own.has(c.id) && distanceToSegment(c.centre, point, end) < c.bound);
  if (near.length === 0) return 0;
  const step = 0.015;
  let inside = 0;
  for (let s = step / 2; s < reach; s += step) {
    const x = point.x + direction.x * s;
    const y = point.y + direction.y * s;
    const z = point.z + direction.z * s;
    if (near.some((c) => insideCapsule(x, y, z, c))) inside += step;
  }
  return inside;
}

export interface VisibilityOptions {
  /**
   * Metres of body along the line of sight that still count as a clear view: surface points
   * (eyes, ears) sit just inside the head sphere, and joints just inside their neighbours.
   */
  readonly freeDepthM?: number;
}

export function visibilities(
  skeleton: Skeleton,
  camera: CameraModel,
  pixels: readonly { readonly u: number; readonly v: number; readonly depth: number }[],
  options: VisibilityOptions = {},
): number[] {
  const free = options.freeDepthM ?? 0.035;
  const { imageWidth: w, imageHeight: h } = camera.spec;
  const toLens = normalize(sub(camera.position, skeleton.body.headCentre));
  const facing = dot(skeleton.headForward, toLens);
  // The face fades as it turns more than ~95° from the lens (a profile stays clear); the ears
  // go only when the back of the head is toward the camera.
  const faceFactor = 0.1 + 0.9 * smoothstep(-0.7, -0.1, facing);
  const earFactor = 0.15 + 0.85 * smoothstep(-0.95, -0.6, facing);

  const capsules = prepare(skeleton);
  const toLensOf = (i: number): Vec3 => {
    const point = skeleton.points[i];
    return point ? normalize(sub(camera.position, point)) : vec(0, 0, 0);
  };

  return skeleton.points.map((_, i) => {
    const px = pixels[i];
    if (!px || px.depth <= 0) return 0;
    let visibility = BASE[i] ?? 0.99;
    const hidden = bodyInTheWay(skeleton, capsules, camera, i) - free;
    // Through a limb (~5 cm) ≈ 0.85, through the whole chest (~25 cm) ≈ 0.6.
    if (hidden > 0) visibility *= 0.9 - 0.3 * smoothstep(0, 0.2, hidden);
    // The detector is less sure of the far side even where the camera sees it over the body.
    const side = SIDE[i];
    if (side) visibility *= 1 - 0.15 * Math.max(0, -side * dot(leftAxis(skeleton, i), toLensOf(i)));
    if (FACE[i]) visibility *= faceFactor;
    if (EAR[i]) visibility *= earFactor;
    const outside = Math.max(0, -px.u, px.u - w, -px.v, px.v - h) / w;
    if (outside > 0) visibility = Math.min(visibility, 0.25 * Math.exp(-outside / 0.08));
    return visibility;
  });
}
