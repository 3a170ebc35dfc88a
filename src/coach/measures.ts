/**
 * Measures: the body signals an exercise reads, built from named landmarks.
 *
 * Each measure knows the landmarks it reads, so the engine can tell when a frame lets it be
 * measured (visibility gating) without anybody listing joints twice. Each also says whether it is
 * computed from image landmarks (the picture: faithful for movements across the camera's view)
 * or world landmarks (MediaPipe's 3-D estimate: needed for movement towards the camera).
 */
import { resolveSide, sidedName, type BodySide, type PairedPart, type SideChoice } from '../pose/body-side';
import { angleBetween2, inclinationFromUp, jointAngle2, jointAngle3, sub2, type Vec3 } from '../pose/geometry';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { ANGLE_SMOOTHING, type OneEuroParams } from '../pose/one-euro';
import type { Landmark, Pose } from '../pose/types';

export type Space = 'image' | 'world';

/** What a measure sees of one frame. */
export interface MeasureInput {
  readonly pose: Pose;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** The body side nearer the camera (from view tracking). */
  readonly near: BodySide;
}

/**
 * Where a measure can be drawn as an arc: at a joint, between two rays ('up' = straight up,
 * 'level' = horizontal, on the side of `to`).
 */
export interface MeasureArc {
  readonly at: LandmarkName;
  readonly from: LandmarkName | 'up' | 'level';
  readonly to: LandmarkName;
}

export interface Measure {
  readonly label: string;
  readonly unit: '°' | '×';
  readonly space: Space;
  /** The landmarks read, given which side is near the camera. */
  readonly joints: (near: BodySide) => readonly LandmarkName[];
  /** The value, or null when it cannot be computed (a point missing). */
  readonly compute: (input: MeasureInput) => number | null;
  /** One Euro smoothing for this signal; null to use it raw. */
  readonly smoothing: OneEuroParams | null;
  /** How to draw it at a joint, when it is an angle at one. */
  readonly arc?: (near: BodySide) => MeasureArc;
}

/** A landmark: a paired part (read on the measure's side), or the nose. */
export type Joint = PairedPart | 'nose';

export interface MeasureOptions {
  /** Which of each pair to read (default: the side nearer the camera). */
  readonly side?: SideChoice;
  readonly space?: Space;
  readonly label?: string;
}

/** The landmark names a joint stands for on a side ('mid' reads both). */
function jointNames(joint: Joint, side: SideChoice, near: BodySide): LandmarkName[] {
  if (joint === 'nose') return ['nose'];
  if (side === 'mid') return [sidedName(joint, 'left'), sidedName(joint, 'right')];
  return [sidedName(joint, resolveSide(side, near))];
}

/** A point in pixel proportions (image) or metres (world); 'mid' averages the pair. */
function point(input: MeasureInput, joint: Joint, side: SideChoice, space: Space): Vec3 | null {
  const landmarks = space === 'image' ? input.pose.image : input.pose.world;
  const found: Landmark[] = [];
  for (const name of jointNames(joint, side, input.near)) {
    const landmark = landmarks[LANDMARK[name]];
    if (!landmark) return null;
    found.push(landmark);
  }
  const n = found.length;
  const sum = found.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y, z: acc.z + p.z }), { x: 0, y: 0, z: 0 });
  const scaleX = space === 'image' ? input.imageWidth : 1;
  const scaleY = space === 'image' ? input.imageHeight : 1;
  return { x: (sum.x / n) * scaleX, y: (sum.y / n) * scaleY, z: (sum.z / n) * scaleX };
}

function build(
  joints: readonly Joint[],
  options: MeasureOptions,
  defaults: { label: string; unit: Measure['unit']; space: Space; smoothing?: OneEuroParams | null },
  compute: (points: Vec3[], input: MeasureInput) => number | null,
  alsoReads: readonly LandmarkName[] = [],
  arc?: (name: (joint: Joint) => LandmarkName) => MeasureArc,
): Measure {
  const side = options.side ?? 'near';
  const space = options.space ?? defaults.space;
  const single = (near: BodySide) => (joint: Joint) => jointNames(joint, side, near)[0] ?? 'nose';
  return {
    ...(arc && side !== 'mid' ? { arc: (near: BodySide) => arc(single(near)) } : {}),
    label: options.label ?? defaults.label,
    unit: defaults.unit,
    space,
    smoothing: defaults.smoothing === undefined ? ANGLE_SMOOTHING : defaults.smoothing,
    joints: (near) => [...new Set([...joints.flatMap((joint) => jointNames(joint, side, near)), ...alsoReads])],
    compute: (input) => {
      const points: Vec3[] = [];
      for (const joint of joints) {
        const p = point(input, joint, side, space);
        if (!p) return null;
        points.push(p);
      }
      const value = compute(points, input);
      return value === null || Number.isNaN(value) ? null : value;
    },
  };
}

const at = (points: Vec3[], i: number): Vec3 => points[i] ?? { x: Number.NaN, y: Number.NaN, z: Number.NaN };

/** The angle at `b` in a–b–c, 180° when straight (e.g. the elbow: shoulder, elbow, wrist). */
export function angle(a: Joint, b: Joint, c: Joint, options: MeasureOptions = {}): Measure {
  const space = options.space ?? 'image';
  return build(
    [a, b, c],
    options,
    { label: `${b} angle`, unit: '°', space },
    (p) => (space === 'image' ? jointAngle2(at(p, 0), at(p, 1), at(p, 2)) : jointAngle3(at(p, 0), at(p, 1), at(p, 2))),
    [],
    (name) => ({ at: name(b), from: name(a), to: name(c) }),
  );
}

/** How far the segment from→to leans from straight up: 0° up, 90° level, 180° down. */
export function inclination(from: Joint, to: Joint, options: MeasureOptions = {}): Measure {
  return build(
    [from, to],
    options,
    { label: `${from}–${to} lean`, unit: '°', space: 'image' },
    (p) => inclinationFromUp(at(p, 0), at(p, 1)),
    [],
    (name) => ({ at: name(from), from: 'up', to: name(to) }),
  );
}

/** The unsigned angle between two segments (e.g. upper arm against the trunk). */
export function between(
  segment: readonly [Joint, Joint],
  reference: readonly [Joint, Joint],
  options: MeasureOptions = {},
): Measure {
  return build([...segment, ...reference], options, { label: `${segment[1]} angle`, unit: '°', space: 'image' }, (p) =>
    angleBetween2(sub2(at(p, 1), at(p, 0)), sub2(at(p, 3), at(p, 2))),
  );
}

/**
 * How far the upper arm is raised from the side (front view): 0° hanging, 90° level, 180°
 * straight up. The trunk's axis is taken square to the shoulder line, so the hips need not be in
 * the picture (a laptop camera often frames the upper body only).
 */
export function armRaise(options: MeasureOptions = {}): Measure {
  return build(
    ['shoulder', 'elbow'],
    options,
    { label: 'Arm raised', unit: '°', space: 'image' },
    (p, input) => {
      const left = point(input, 'shoulder', 'left', 'image');
      const right = point(input, 'shoulder', 'right', 'image');
      if (!left || !right) return null;
      // Square to the shoulder line, pointing down the picture.
      const line = sub2(left, right);
      const down = line.x >= 0 ? { x: -line.y, y: line.x } : { x: line.y, y: -line.x };
      return angleBetween2(sub2(at(p, 1), at(p, 0)), down);
    },
    ['left_shoulder', 'right_shoulder'],
  );
}

/**
 * How far a segment rises above the picture's horizontal, whichever way it points: +90° straight
 * up, 0 level, − sloping down. For lying exercises seen side-on.
 */
export function rise(from: Joint, to: Joint, options: MeasureOptions = {}): Measure {
  return build(
    [from, to],
    options,
    { label: `${from}–${to} rise`, unit: '°', space: 'image' },
    (p) => {
      const d = sub2(at(p, 1), at(p, 0));
      return (Math.atan2(-d.y, Math.abs(d.x)) * 180) / Math.PI;
    },
    [],
    (name) => ({ at: name(from), from: 'level', to: name(to) }),
  );
}

/**
 * A measure read on both sides and combined: 'min'/'max'/'mean' of the two, or 'diff' (left
 * minus right). Either side missing makes the whole missing.
 */
export function bothSides(
  make: (side: BodySide) => Measure,
  combine: 'min' | 'max' | 'mean' | 'diff',
  label?: string,
): Measure {
  const left = make('left');
  const right = make('right');
  const combined = (a: number, b: number) =>
    combine === 'min' ? Math.min(a, b) : combine === 'max' ? Math.max(a, b) : combine === 'mean' ? (a + b) / 2 : a - b;
  return {
    label: label ?? `${left.label} (${combine})`,
    unit: left.unit,
    space: left.space,
    smoothing: left.smoothing,
    joints: (near) => [...new Set([...left.joints(near), ...right.joints(near)])],
    compute: (input) => {
      const a = left.compute(input);
      const b = right.compute(input);
      return a === null || b === null ? null : combined(a, b);
    },
  };
}

/** Several measures combined into one (e.g. the sum of the trunk's, arms' and legs' lift). */
export function combine(parts: readonly Measure[], how: (values: number[]) => number, label: string): Measure {
  const first = parts[0];
  return {
    label,
    unit: first?.unit ?? '°',
    space: first?.space ?? 'image',
    smoothing: first?.smoothing ?? null,
    joints: (near) => [...new Set(parts.flatMap((part) => part.joints(near)))],
    compute: (input) => {
      const values: number[] = [];
      for (const part of parts) {
        const value = part.compute(input);
        if (value === null) return null;
        values.push(value);
      }
      return how(values);
    },
  };
}

/**
 * The gap between the ear line and the shoulder line, in shoulder widths (front view). It
 * shrinks when the shoulders rise towards the ears (a shrug).
 */
export function earShoulderGap(options: Omit<MeasureOptions, 'side'> = {}): Measure {
  return build(
    ['ear', 'shoulder'],
    { ...options, side: 'mid' },
    { label: 'ear–shoulder gap', unit: '×', space: 'image' },
    (p, input) => {
      const left = point(input, 'shoulder', 'left', 'image');
      const right = point(input, 'shoulder', 'right', 'image');
      const width = left && right ? Math.hypot(left.x - right.x, left.y - right.y) : 0;
      return width > 0 ? (at(p, 1).y - at(p, 0).y) / width : null;
    },
  );
}

/**
 * How much a segment points towards the camera: the sine of its angle out of the picture's plane,
 * +1 straight at the camera, 0 across the picture, −1 away. From a side view this is movement out
 * to the side of the body (an elbow flaring out from the near arm). World landmarks: MediaPipe's
 * depth is an estimate, so rules on it should be generous.
 */
export function towardCamera(from: Joint, to: Joint, options: Omit<MeasureOptions, 'space'> = {}): Measure {
  return build(
    [from, to],
    { ...options, space: 'world' },
    { label: `${to} towards camera`, unit: '×', space: 'world' },
    (p) => {
      const d = { x: at(p, 1).x - at(p, 0).x, y: at(p, 1).y - at(p, 0).y, z: at(p, 1).z - at(p, 0).z };
      const length = Math.hypot(d.x, d.y, d.z);
      return length > 0 ? -d.z / length : null;
    },
  );
}
