/**
 * The few 3-D vector and rotation helpers the puppet needs. Kept local so the puppet depends on
 * nothing in src/ except the shared landmark types: the engine's own geometry is what the puppet
 * is meant to test.
 */

export interface Vec3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A rotation matrix, row-major. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

export const vec = (x: number, y: number, z: number): Vec3 => ({ x, y, z });
export const ZERO: Vec3 = vec(0, 0, 0);

export const add = (a: Vec3, b: Vec3): Vec3 => vec(a.x + b.x, a.y + b.y, a.z + b.z);
export const sub = (a: Vec3, b: Vec3): Vec3 => vec(a.x - b.x, a.y - b.y, a.z - b.z);
export const scale = (a: Vec3, k: number): Vec3 => vec(a.x * k, a.y * k, a.z * k);
export const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const length = (a: Vec3): number => Math.hypot(a.x, a.y, a.z);
export const mid = (a: Vec3, b: Vec3): Vec3 => scale(add(a, b), 0.5);
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t));

export const normalize = (a: Vec3): Vec3 => {
  const n = length(a);
  return n === 0 ? ZERO : scale(a, 1 / n);
};

export const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

export const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** Rotation about x; with x = left, y = up, z = forward a positive angle tips up toward forward. */
export function rotX(degrees: number): Mat3 {
  const c = Math.cos(toRadians(degrees));
  const s = Math.sin(toRadians(degrees));
  return [1, 0, 0, 0, c, -s, 0, s, c];
}

/** Rotation about y; a positive angle turns forward (z) toward x. */
export function rotY(degrees: number): Mat3 {
  const c = Math.cos(toRadians(degrees));
  const s = Math.sin(toRadians(degrees));
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}

/** Rotation about z; a positive angle turns x toward y. */
export function rotZ(degrees: number): Mat3 {
  const c = Math.cos(toRadians(degrees));
  const s = Math.sin(toRadians(degrees));
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

export function apply(m: Mat3, v: Vec3): Vec3 {
  return vec(
    m[0] * v.x + m[1] * v.y + m[2] * v.z,
    m[3] * v.x + m[4] * v.y + m[5] * v.z,
    m[6] * v.x + m[7] * v.y + m[8] * v.z,
  );
}

/** Product of rotations, applied right to left: `mul(a, b)` rotates by b, then by a. */
export function mul(...ms: readonly Mat3[]): Mat3 {
  let r = IDENTITY;
  for (const m of ms) {
    r = [
      r[0] * m[0] + r[1] * m[3] + r[2] * m[6],
      r[0] * m[1] + r[1] * m[4] + r[2] * m[7],
      r[0] * m[2] + r[1] * m[5] + r[2] * m[8],
      r[3] * m[0] + r[4] * m[3] + r[5] * m[6],
      r[3] * m[1] + r[4] * m[4] + r[5] * m[7],
      r[3] * m[2] + r[4] * m[5] + r[5] * m[8],
      r[6] * m[0] + r[7] * m[3] + r[8] * m[6],
      r[6] * m[1] + r[7] * m[4] + r[8] * m[7],
      r[6] * m[2] + r[7] * m[5] + r[8] * m[8],
    ];
  }
  return r;
}

export const transpose = (m: Mat3): Mat3 => [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const denominator = dot(ab, ab);
  const t = denominator === 0 ? 0 : Math.min(1, Math.max(0, dot(sub(p, a), ab) / denominator));
  return length(sub(p, add(a, scale(ab, t))));
}
