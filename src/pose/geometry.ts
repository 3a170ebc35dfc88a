/**
 * Geometry on landmarks, in degrees: the only vector helpers in the app (measures use these, and
 * keep no private copies).
 *
 * Image landmarks are normalised separately in x (by width) and y (by height), so they are first
 * scaled to pixel proportions: an angle in a 16:9 frame is only right after that. World landmarks
 * are already metres.
 */
import type { Degrees } from './types';

export interface Vec2 {
  readonly x: number;
  readonly y: number;
}

export interface Vec3 extends Vec2 {
  readonly z: number;
}

/** Degrees per radian: the one conversion factor in the app. */
export const DEG = 180 / Math.PI;

export const sub2 = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x - b.x, y: a.y - b.y });
export const dot2 = (a: Vec2, b: Vec2): number => a.x * b.x + a.y * b.y;
export const length2 = (v: Vec2): number => Math.hypot(v.x, v.y);
export const midpoint2 = (a: Vec2, b: Vec2): Vec2 => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
export const sub3 = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
export const dot3 = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const length3 = (v: Vec3): number => Math.hypot(v.x, v.y, v.z);
export const cross3 = (a: Vec3, b: Vec3): Vec3 => ({
  x: a.y * b.z - a.z * b.y,
  y: a.z * b.x - a.x * b.z,
  z: a.x * b.y - a.y * b.x,
});

/** A vector scaled to length 1, or null for a zero vector. */
export function normalize3(v: Vec3): Vec3 | null {
  const length = length3(v);
  return length > 0 ? { x: v.x / length, y: v.y / length, z: v.z / length } : null;
}

/** A vector with its component along `axis` (a unit vector) removed. */
export function reject3(v: Vec3, axis: Vec3): Vec3 {
  const along = dot3(v, axis);
  return { x: v.x - along * axis.x, y: v.y - along * axis.y, z: v.z - along * axis.z };
}

/** Unsigned angle between two vectors (0–180°); NaN when either is zero. */
export function angleBetween3(a: Vec3, b: Vec3): Degrees {
  const lengths = length3(a) * length3(b);
  if (lengths === 0) return Number.NaN;
  return Math.acos(Math.max(-1, Math.min(1, dot3(a, b) / lengths))) * DEG;
}

export function angleBetween2(a: Vec2, b: Vec2): Degrees {
  return angleBetween3({ ...a, z: 0 }, { ...b, z: 0 });
}

/** The angle at `b` in the chain a–b–c (180° = straight). */
export function jointAngle3(a: Vec3, b: Vec3, c: Vec3): Degrees {
  return angleBetween3(sub3(a, b), sub3(c, b));
}

export function jointAngle2(a: Vec2, b: Vec2, c: Vec2): Degrees {
  return angleBetween2(sub2(a, b), sub2(c, b));
}

/**
 * How far the segment from→to leans from straight up, 0–180° (0 = pointing up, 90 = level,
 * 180 = pointing down). Image and world y both grow downwards.
 */
export function inclinationFromUp(from: Vec2, to: Vec2): Degrees {
  return angleBetween2(sub2(to, from), { x: 0, y: -1 });
}
