/**
 * Body places: the one place that turns a name for a point on the body into coordinates.
 *
 * A place is a landmark (`'left_wrist'`), a paired part read on the measure's side
 * (`'shoulder'`: the near one by default, or far, left, right, or the pair's midpoint 'mid'), a
 * part on a side of its own (`{ joint: 'hip', side: 'near' }` beside a `'knee'` read on each
 * side), or the midpoint of several landmarks (`['left_ear', 'right_ear']`).
 *
 * Image coordinates are scaled to pixel proportions (x by the width, y by the height, image z by
 * the width as MediaPipe does); world coordinates are MediaPipe's metres (camera axes: x right,
 * y down, z away).
 */
import { resolveSide, sidedName, type BodySide, type PairedPart, type SideChoice } from '../../pose/body-side';
import { length2, midpoint2, sub2, type Vec2, type Vec3 } from '../../pose/geometry';
import { LANDMARK, type LandmarkName } from '../../pose/landmarks';
import { ANGLE_SMOOTHING, type OneEuroParams } from '../../pose/one-euro';
import type { Measure, MeasureArc, MeasureInput, MeasureOptions, Space, Unit } from './measure';

/** A paired part, or the nose. */
export type Joint = PairedPart | 'nose';

export type Place =
  Joint | LandmarkName | { readonly joint: Joint; readonly side: SideChoice } | readonly LandmarkName[];

/** A segment between two places. */
export type Segment = readonly [Place, Place];

const isLandmarkName = (name: string): name is LandmarkName => Object.hasOwn(LANDMARK, name);

/** The landmarks a place stands for, given the measure's side and the near side. */
export function landmarksAt(place: Place, side: SideChoice, near: BodySide): LandmarkName[] {
  if (typeof place === 'object' && 'joint' in place) return landmarksAt(place.joint, place.side, near);
  if (typeof place !== 'string') return [...place];
  if (isLandmarkName(place)) return [place];
  const part = place;
  if (side === 'mid') return [sidedName(part, 'left'), sidedName(part, 'right')];
  return [sidedName(part, resolveSide(side, near))];
}

/** A place's coordinates (the mean of its landmarks), or null when one is missing. */
export function locate(input: MeasureInput, place: Place, side: SideChoice, space: Space): Vec3 | null {
  const landmarks = space === 'image' ? input.pose.image : input.pose.world;
  const names = landmarksAt(place, side, input.near);
  let x = 0;
  let y = 0;
  let z = 0;
  for (const name of names) {
    const landmark = landmarks[LANDMARK[name]];
    if (!landmark) return null;
    x += landmark.x;
    y += landmark.y;
    z += landmark.z;
  }
  const n = names.length;
  if (n === 0) return null;
  const sx = space === 'image' ? input.imageWidth : 1;
  const sy = space === 'image' ? input.imageHeight : 1;
  return { x: (x / n) * sx, y: (y / n) * sy, z: (z / n) * sx };
}

/** The distance between the left and right of a pair: across the picture, or in 3-D. */
export function pairWidth(input: MeasureInput, part: PairedPart, space: Space): number | null {
  const left = locate(input, sidedName(part, 'left'), 'near', space);
  const right = locate(input, sidedName(part, 'right'), 'near', space);
  if (!left || !right) return null;
  const width =
    space === 'image'
      ? Math.hypot(left.x - right.x, left.y - right.y)
      : Math.hypot(left.x - right.x, left.y - right.y, left.z - right.z);
  return width > 0 ? width : null;
}

/**
 * The frame of a left/right pair in the picture: `across` the unit vector from the right point to
 * the left one, `down` square to it pointing down the picture, `width` their distance in pixels.
 * A mirrored picture flips `across` with the points, so coordinates in this frame do not change.
 */
export interface PairFrame {
  readonly left: Vec2;
  readonly right: Vec2;
  readonly mid: Vec2;
  readonly across: Vec2;
  readonly down: Vec2;
  readonly width: number;
}

export function pairFrame(input: MeasureInput, part: PairedPart): PairFrame | null {
  const left = locate(input, sidedName(part, 'left'), 'near', 'image');
  const right = locate(input, sidedName(part, 'right'), 'near', 'image');
  if (!left || !right) return null;
  const width = length2(sub2(left, right));
  if (width === 0) return null;
  const across = { x: (left.x - right.x) / width, y: (left.y - right.y) / width };
  const square = { x: -across.y, y: across.x };
  const down = square.y >= 0 ? square : { x: -square.x, y: -square.y };
  return { left, right, mid: midpoint2(left, right), across, down, width };
}

/** Both landmarks of a pair, left first. */
export const pairOf = (part: PairedPart): [LandmarkName, LandmarkName] => [
  sidedName(part, 'left'),
  sidedName(part, 'right'),
];

/** A value with the sign of `toward`: measures are + towards the person's left unless told otherwise. */
export const signed = (value: number, toward: BodySide = 'left'): number => (toward === 'left' ? value : -value);

/** A place's name for labels. */
export const nameOf = (place: Place): string =>
  typeof place === 'string' ? place : 'joint' in place ? place.joint : place.join('+');

/** How to build a measure from places: see `fromPlaces`. */
export interface PlaceMeasure<U extends Unit> {
  readonly places: readonly Place[];
  /** Which of each pair a bare part is read on (default: the side nearer the camera). */
  readonly side?: SideChoice | undefined;
  readonly space: Space;
  readonly unit: U;
  readonly label: string;
  /** Default ANGLE_SMOOTHING. */
  readonly smoothing?: OneEuroParams | null | undefined;
  /** Landmarks read besides the places (for a `compute` that locates more itself). */
  readonly alsoReads?: readonly LandmarkName[];
  /** The value from the places' coordinates, in order; null, NaN or ±∞ when it cannot be told. */
  readonly compute: (points: readonly Vec3[], input: MeasureInput) => number | null;
  /** The arc to draw, from the first landmark of each place. */
  readonly arc?: (at: (place: Place) => LandmarkName) => MeasureArc;
}

/**
 * The one measure factory: locates the places (any one missing makes the value missing), and
 * turns NaN and infinities into null.
 */
export function fromPlaces<U extends Unit>(spec: PlaceMeasure<U>, options: MeasureOptions = {}): Measure<U> {
  const side = spec.side ?? 'near';
  const { places, space, compute, arc } = spec;
  const alsoReads = spec.alsoReads ?? [];
  const first = (near: BodySide) => (place: Place) => landmarksAt(place, side, near)[0] ?? 'nose';
  const smoothing = options.smoothing !== undefined ? options.smoothing : spec.smoothing;
  return {
    // Read on both sides' midpoint, there is no one joint to draw the arc at.
    ...(arc && side !== 'mid' ? { arc: (near: BodySide) => arc(first(near)) } : {}),
    label: options.label ?? spec.label,
    unit: spec.unit,
    space,
    smoothing: smoothing === undefined ? ANGLE_SMOOTHING : smoothing,
    joints: (near) => [...new Set([...places.flatMap((place) => landmarksAt(place, side, near)), ...alsoReads])],
    compute: (input) => {
      const points: Vec3[] = [];
      for (const place of places) {
        const p = locate(input, place, side, space);
        if (!p) return null;
        points.push(p);
      }
      const value = compute(points, input);
      return value === null || !Number.isFinite(value) ? null : value;
    },
  };
}

/** The i-th point (NaN when absent: `noUncheckedIndexedAccess`; `fromPlaces` gives them all). */
export const pointAt = (points: readonly Vec3[], i: number): Vec3 =>
  points[i] ?? { x: Number.NaN, y: Number.NaN, z: Number.NaN };
