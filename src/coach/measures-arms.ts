/**
 * Measures for the shoulder and arm exercises seen from the front: where a hand or a shoulder is
 * relative to another point, how far a limb is raised from the side or points at the camera, which
 * way the trunk leans. They complement measures.ts (which they do not change) and follow its
 * contract: each names the landmarks it reads, so the engine gates frames on them.
 *
 * Points are named landmarks, or the midpoint of several (`['left_ear', 'right_ear']`), so a
 * measure can pair a left hand with the right shoulder. Distances are in shoulder widths ('×'),
 * measured in the same space as the points, so they do not depend on how far away the person
 * stands.
 */
import type { BodySide } from '../pose/body-side';
import { angleBetween2, sub2, type Vec3 } from '../pose/geometry';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { ANGLE_SMOOTHING, type OneEuroParams } from '../pose/one-euro';
import type { Measure, MeasureInput, Space } from './measures';

/** One landmark, or the midpoint of several. */
export type Point = LandmarkName | readonly LandmarkName[];

export interface PointMeasureOptions {
  readonly label?: string;
  /** Default 'image' (the picture), except where a builder says otherwise. */
  readonly space?: Space;
}

/**
 * Smoothing for measures in shoulder widths. The One Euro `beta` is per unit of speed, and a
 * hand moving a shoulder width a second is as brisk as a joint turning ~100°/s: so the angle
 * defaults (tuned in degrees) with `beta` scaled by 100.
 */
export const RATIO_SMOOTHING: OneEuroParams = { ...ANGLE_SMOOTHING, beta: ANGLE_SMOOTHING.beta * 100 };

const SHOULDERS: readonly LandmarkName[] = ['left_shoulder', 'right_shoulder'];
const names = (point: Point): readonly LandmarkName[] => (typeof point === 'string' ? [point] : point);

/** A point in pixel proportions (image) or metres (world); null when a landmark is missing. */
function locate(input: MeasureInput, point: Point, space: Space): Vec3 | null {
  const landmarks = space === 'image' ? input.pose.image : input.pose.world;
  const list = names(point);
  let x = 0;
  let y = 0;
  let z = 0;
  for (const name of list) {
    const landmark = landmarks[LANDMARK[name]];
    if (!landmark) return null;
    x += landmark.x;
    y += landmark.y;
    z += landmark.z;
  }
  const n = list.length;
  const sx = space === 'image' ? input.imageWidth : 1;
  const sy = space === 'image' ? input.imageHeight : 1;
  return { x: (x / n) * sx, y: (y / n) * sy, z: (z / n) * sx };
}

/** The shoulder width in the picture (x, y) or in the world (x, y, z). */
function shoulderWidth(input: MeasureInput, space: Space): number | null {
  const left = locate(input, 'left_shoulder', space);
  const right = locate(input, 'right_shoulder', space);
  if (!left || !right) return null;
  const width =
    space === 'image'
      ? Math.hypot(left.x - right.x, left.y - right.y)
      : Math.hypot(left.x - right.x, left.y - right.y, left.z - right.z);
  return width > 0 ? width : null;
}

function measure(
  points: readonly Point[],
  label: string,
  unit: Measure['unit'],
  space: Space,
  compute: (at: readonly Vec3[], input: MeasureInput) => number | null,
  smoothing: OneEuroParams = ANGLE_SMOOTHING,
): Measure {
  const joints = [...new Set(points.flatMap(names))];
  return {
    label,
    unit,
    space,
    smoothing,
    joints: () => joints,
    compute: (input) => {
      const at: Vec3[] = [];
      for (const point of points) {
        const p = locate(input, point, space);
        if (!p) return null;
        at.push(p);
      }
      const value = compute(at, input);
      return value === null || !Number.isFinite(value) ? null : value;
    },
  };
}

const get = (at: readonly Vec3[], i: number): Vec3 => at[i] ?? { x: Number.NaN, y: Number.NaN, z: Number.NaN };

/**
 * How far apart two points are, in shoulder widths (image by default: faithful for points
 * spread across the picture, which is what a front view shows of hands, elbows and shoulders).
 */
export function apart(a: Point, b: Point, options: PointMeasureOptions = {}): Measure {
  const space = options.space ?? 'image';
  return measure(
    [a, b, SHOULDERS],
    options.label ?? 'Distance apart',
    '×',
    space,
    (at, input) => {
      const width = shoulderWidth(input, space);
      const p = get(at, 0);
      const q = get(at, 1);
      const d = space === 'image' ? Math.hypot(p.x - q.x, p.y - q.y) : Math.hypot(p.x - q.x, p.y - q.y, p.z - q.z);
      return width ? d / width : null;
    },
    RATIO_SMOOTHING,
  );
}

/**
 * How far `point` is above `base`, in shoulder widths: + above, − below. Image by default; in
 * world space it is MediaPipe's metric estimate (y down from the hips), which is steadier when a
 * handheld camera zooms and tilts.
 */
export function heightAbove(point: Point, base: Point, options: PointMeasureOptions = {}): Measure {
  const space = options.space ?? 'image';
  return measure(
    [point, base, SHOULDERS],
    options.label ?? 'Height above',
    '×',
    space,
    (at, input) => {
      const width = shoulderWidth(input, space);
      return width ? (get(at, 1).y - get(at, 0).y) / width : null;
    },
    RATIO_SMOOTHING,
  );
}

/**
 * How far `point` is in front of `base` (nearer the camera), in shoulder widths. Always world
 * landmarks: depth is MediaPipe's estimate, so rules on it should be generous.
 */
export function aheadOf(point: Point, base: Point, options: Omit<PointMeasureOptions, 'space'> = {}): Measure {
  return measure(
    [point, base, SHOULDERS],
    options.label ?? 'In front of',
    '×',
    'world',
    (at, input) => {
      const width = shoulderWidth(input, 'world');
      return width ? (get(at, 1).z - get(at, 0).z) / width : null;
    },
    RATIO_SMOOTHING,
  );
}

/**
 * How far a limb is raised from the side, against the trunk's axis taken square to the shoulder
 * line (as `armRaise`, so the hips need not be seen): 0° hanging, 90° level, 180° straight up.
 * `to` chooses the limb's end: the elbow (upper arm) or the wrist (the whole arm).
 */
export function raisedTo(
  side: BodySide,
  to: 'elbow' | 'wrist',
  options: Omit<PointMeasureOptions, 'space'> = {},
): Measure {
  return measure(
    [`${side}_shoulder`, `${side}_${to}`, 'left_shoulder', 'right_shoulder'],
    options.label ?? `${side} arm raised`,
    '°',
    'image',
    (at) => {
      const line = sub2(get(at, 2), get(at, 3));
      const down = line.x >= 0 ? { x: -line.y, y: line.x } : { x: line.y, y: -line.x };
      return angleBetween2(sub2(get(at, 1), get(at, 0)), down);
    },
  );
}

/**
 * How far a segment points out of the picture, in degrees: +90 straight at the camera, 0 across
 * the picture, −90 away. World landmarks (the picture cannot see depth); MediaPipe's depth is an
 * estimate, so rules on it should be generous.
 */
export function outOfPicture(from: Point, to: Point, options: Omit<PointMeasureOptions, 'space'> = {}): Measure {
  return measure([from, to], options.label ?? 'Towards the camera', '°', 'world', (at) => {
    const a = get(at, 0);
    const b = get(at, 1);
    const length = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
    return length > 0 ? (Math.asin(Math.max(-1, Math.min(1, (a.z - b.z) / length))) * 180) / Math.PI : null;
  });
}

/**
 * The sideways lean of the segment from→to in the picture, in degrees from straight up: + towards
 * the person's LEFT, − towards their right (front or back view, mirrored or not: which way is the
 * person's left is read from the hip line). For a side bend: `lean(hips, shoulders)`.
 */
export function lean(from: Point, to: Point, options: Omit<PointMeasureOptions, 'space'> = {}): Measure {
  return measure([from, to, 'left_hip', 'right_hip'], options.label ?? 'Sideways lean', '°', 'image', (at) => {
    const d = sub2(get(at, 1), get(at, 0));
    const leftward = Math.sign(get(at, 2).x - get(at, 3).x) || 1;
    return (Math.atan2(d.x * leftward, -d.y) * 180) / Math.PI;
  });
}

/**
 * How much a limb points out to its own side, from 3-D world landmarks: +1 straight out sideways,
 * 0 forward, up or down, −1 across the body. The side is the shoulder line's direction (the other
 * shoulder to this one), so it needs no hips and follows a turn of the trunk.
 */
export function sideways(
  side: BodySide,
  to: 'elbow' | 'wrist',
  options: Omit<PointMeasureOptions, 'space'> = {},
): Measure {
  const other = side === 'left' ? 'right' : 'left';
  return measure(
    [`${side}_shoulder`, `${side}_${to}`, `${other}_shoulder`],
    options.label ?? `${side} arm out to the side`,
    '×',
    'world',
    (at) => {
      const s = get(at, 0);
      const d = { x: get(at, 1).x - s.x, y: get(at, 1).y - s.y, z: get(at, 1).z - s.z };
      const a = { x: s.x - get(at, 2).x, y: s.y - get(at, 2).y, z: s.z - get(at, 2).z };
      const lengths = Math.hypot(d.x, d.y, d.z) * Math.hypot(a.x, a.y, a.z);
      return lengths > 0 ? (d.x * a.x + d.y * a.y + d.z * a.z) / lengths : null;
    },
    RATIO_SMOOTHING,
  );
}

/**
 * `source`, only while `gate` says the body is in the position the measure is about (an arm
 * circle is drawn with the arm out to the side); null otherwise, as if unseen, so nothing is
 * counted from it. Reads the landmarks of both.
 */
export function gated(source: Measure, gate: Measure, open: (gateValue: number) => boolean): Measure {
  return {
    ...source,
    joints: (near) => [...new Set([...source.joints(near), ...gate.joints(near)])],
    compute: (input) => {
      const g = gate.compute(input);
      return g !== null && open(g) ? source.compute(input) : null;
    },
  };
}

/**
 * How far a limb is raised from hanging, in 3-D (world landmarks): 0° straight down, 90° level in
 * any direction (out to the side or pointing at the camera), 180° straight up. Unlike the
 * picture's raise it is not fooled by an arm pointing at the camera; "down" is the camera's, so a
 * camera tilted down adds its tilt for an arm pointing at it.
 */
export function elevation(
  side: BodySide,
  to: 'elbow' | 'wrist',
  options: Omit<PointMeasureOptions, 'space'> = {},
): Measure {
  return measure(
    [`${side}_shoulder`, `${side}_${to}`],
    options.label ?? `${side} arm elevation`,
    '°',
    'world',
    (at) => {
      const a = get(at, 0);
      const b = get(at, 1);
      const length = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
      // World y points down.
      return length > 0 ? (Math.acos(Math.max(-1, Math.min(1, (b.y - a.y) / length))) * 180) / Math.PI : null;
    },
  );
}

/**
 * Where `point` lies along the line from `from` to `to`, in the picture: 0 level with `from`, 1
 * level with `to` (its projection onto the line, so height off the line does not count). For a
 * hand crossing the body: `along('left_wrist', shoulders, 'right_shoulder')` is 0 at the
 * midline and 1 at the other shoulder.
 */
export function along(point: Point, from: Point, to: Point, options: Omit<PointMeasureOptions, 'space'> = {}): Measure {
  return measure(
    [point, from, to],
    options.label ?? 'Along',
    '×',
    'image',
    (at) => {
      const p = sub2(get(at, 0), get(at, 1));
      const line = sub2(get(at, 2), get(at, 1));
      const lengthSq = line.x * line.x + line.y * line.y;
      return lengthSq > 0 ? (p.x * line.x + p.y * line.y) / lengthSq : null;
    },
    RATIO_SMOOTHING,
  );
}
