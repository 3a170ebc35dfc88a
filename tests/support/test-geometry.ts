/**
 * Measuring helpers for the puppet's own tests. Written against plain landmarks with their own
 * arithmetic, independent of the puppet's vector code, so a test checks the puppet rather than
 * agreeing with itself.
 */
import { LANDMARK, type LandmarkName } from '../../src/pose/landmarks';
import type { Landmark, Pose, PoseFrame } from '../../src/pose/types';

export type Point = readonly [number, number, number];

export function point(landmarks: readonly Landmark[], name: LandmarkName): Point {
  const l = landmarks[LANDMARK[name]];
  if (!l) throw new Error(`missing landmark ${name}`);
  return [l.x, l.y, l.z];
}

/** Image landmark in pixels (z stays in normalised units), so angles are not squashed. */
export function pixel(frameOrPose: Pose, name: LandmarkName, width = 640, height = 480): Point {
  const [x, y, z] = point(frameOrPose.image, name);
  return [x * width, y * height, z];
}

export const minus = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
export const norm = (a: Point): number => Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
export const distance = (a: Point, b: Point): number => norm(minus(a, b));

/** Angle between two vectors in degrees. */
export function angleBetween(u: Point, v: Point): number {
  const cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (norm(u) * norm(v));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

/** Interior angle at b of the chain a–b–c, degrees (180 = straight). */
export const jointAngle = (a: Point, b: Point, c: Point): number => angleBetween(minus(a, b), minus(c, b));

/** Angle of a vector from straight up (y is down in both of MediaPipe's systems). */
export const fromVertical = (v: Point): number => angleBetween(v, [0, -1, 0]);

/** Same, in the image plane only (x, y). */
export const fromVertical2d = (v: Point): number => angleBetween([v[0], v[1], 0], [0, -1, 0]);

/** Signed angle of the line a→b against the image or world horizontal, degrees, y down. */
export const slope = (a: Point, b: Point): number => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

export function onlyPose(frame: PoseFrame): Pose {
  const pose = frame.poses[0];
  if (!pose) throw new Error(`no pose at ${frame.timestampMs} ms`);
  return pose;
}

/** Times the series rises above `high` after having been below `low` (a Schmitt trigger). */
export function countCycles(series: readonly number[], low: number, high: number): number {
  let armed = false;
  let cycles = 0;
  for (const v of series) {
    if (v < low) armed = true;
    if (armed && v > high) {
      cycles++;
      armed = false;
    }
  }
  return cycles;
}

export function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}
