/**
 * Measure builders for exercises seen side-on on the floor (all fours, lying) and for small
 * movements that need a body-sized unit: signed angles and offsets, where measures.ts has the
 * unsigned ones. All read the picture (image landmarks in pixel proportions): each says below
 * which plane it is faithful in.
 *
 * Signed side-view measures need to know which way the person faces, which a side view shows
 * only through the body itself: they take a `facing` segment (ear→nose, hip→knee…) whose
 * direction across the picture is "forward".
 */
import { resolveSide, sidedName, type SideChoice } from '../pose/body-side';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { ANGLE_SMOOTHING } from '../pose/one-euro';
import type { Landmark } from '../pose/types';
import type { Joint, Measure, MeasureArc, MeasureInput } from './measures';

const DEG = 180 / Math.PI;

interface Point {
  readonly x: number;
  readonly y: number;
}

/** A landmark read on a side ('mid' averages the pair). */
interface Spot {
  readonly joint: Joint;
  readonly side: SideChoice;
}

/**
 * A landmark for the builders that mix sides: a joint read on the measure's side, or a joint on
 * a side of its own (the near hip with the left knee, say: in a side view the far hip is hidden
 * behind the pelvis, while the far knee, when lifted, is not).
 */
export type Place = Joint | { readonly joint: Joint; readonly side: SideChoice };

const spotOf = (place: Place, side: SideChoice): Spot => (typeof place === 'string' ? { joint: place, side } : place);

/** The one landmark a spot names on a side (the first of the pair for 'mid'). */
const single = (spot: Spot, near: MeasureInput['near']): LandmarkName => names(spot, near)[0] ?? 'nose';

function names({ joint, side }: Spot, near: MeasureInput['near']): LandmarkName[] {
  if (joint === 'nose') return ['nose'];
  if (side === 'mid') return [sidedName(joint, 'left'), sidedName(joint, 'right')];
  return [sidedName(joint, resolveSide(side, near))];
}

/** The spot in pixel proportions, or null when a landmark is missing. */
function pixel(input: MeasureInput, spot: Spot): Point | null {
  const found: Landmark[] = [];
  for (const name of names(spot, input.near)) {
    const landmark = input.pose.image[LANDMARK[name]];
    if (!landmark) return null;
    found.push(landmark);
  }
  const n = found.length;
  if (n === 0) return null;
  const x = found.reduce((sum, p) => sum + p.x, 0) / n;
  const y = found.reduce((sum, p) => sum + p.y, 0) / n;
  return { x: x * input.imageWidth, y: y * input.imageHeight };
}

const minus = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const length = (v: Point): number => Math.hypot(v.x, v.y);

export interface FloorOptions {
  /** Which of each pair to read (default: the side nearer the camera). */
  readonly side?: SideChoice;
  readonly label?: string;
}

/**
 * A measure on image spots: `compute` gets their pixel positions in order and returns the value
 * (null or NaN when it cannot be told).
 */
function imageMeasure(
  spots: readonly Spot[],
  label: string,
  unit: Measure['unit'],
  compute: (points: Point[]) => number | null,
  arc?: (near: MeasureInput['near']) => MeasureArc,
): Measure {
  return {
    ...(arc ? { arc } : {}),
    label,
    unit,
    space: 'image',
    smoothing: ANGLE_SMOOTHING,
    joints: (near) => [...new Set(spots.flatMap((spot) => names(spot, near)))],
    compute: (input) => {
      const points: Point[] = [];
      for (const spot of spots) {
        const p = pixel(input, spot);
        if (!p) return null;
        points.push(p);
      }
      const value = compute(points);
      return value === null || !Number.isFinite(value) ? null : value;
    },
  };
}

const spotsOf = (places: readonly Place[], side: SideChoice): Spot[] => places.map((place) => spotOf(place, side));
/** A place's name for labels. */
const named = (place: Place): string => (typeof place === 'string' ? place : place.joint);
const spotAt = (spots: readonly Spot[], i: number): Spot => spots[i] ?? { joint: 'nose', side: 'near' };
const get = (points: readonly Point[], i: number): Point => points[i] ?? { x: Number.NaN, y: Number.NaN };
/** +1 when the segment points to the picture's right, −1 to its left (0 counts as right). */
const across = (from: Point, to: Point): number => (to.x - from.x < 0 ? -1 : 1);

/**
 * The angle at `b` in a–b–c in the picture, 180° straight, with each landmark on a side of its
 * own where given: the near shoulder and hip with either knee (knee to chest, side-on).
 */
export function angleOf(a: Place, b: Place, c: Place, options: FloorOptions = {}): Measure {
  const spots = spotsOf([a, b, c], options.side ?? 'near');
  return imageMeasure(
    spots,
    options.label ?? `${named(b)} angle`,
    '°',
    (p) => {
      const u = minus(get(p, 0), get(p, 1));
      const v = minus(get(p, 2), get(p, 1));
      const lengths = length(u) * length(v);
      if (lengths === 0) return null;
      return Math.acos(Math.max(-1, Math.min(1, (u.x * v.x + u.y * v.y) / lengths))) * DEG;
    },
    (near) => ({
      at: single(spotAt(spots, 1), near),
      from: single(spotAt(spots, 0), near),
      to: single(spotAt(spots, 2), near),
    }),
  );
}

/**
 * How far a segment rises above the picture's horizontal, whichever way it points (+90 straight
 * up, − sloping down), with each end on a side of its own where given: a foot lifting off the
 * floor, seen from the near hip.
 */
export function riseOf(from: Place, to: Place, options: FloorOptions = {}): Measure {
  const spots = spotsOf([from, to], options.side ?? 'near');
  return imageMeasure(
    spots,
    options.label ?? `${named(from)}–${named(to)} rise`,
    '°',
    (p) => {
      const d = minus(get(p, 1), get(p, 0));
      return length(d) === 0 ? null : Math.atan2(-d.y, Math.abs(d.x)) * DEG;
    },
    (near) => ({ at: single(spotAt(spots, 0), near), from: 'level', to: single(spotAt(spots, 1), near) }),
  );
}

/**
 * How far a segment turns away from a reference segment, in the picture: 0 in line with it, +
 * turned towards the top of the picture, − towards the bottom, up to ±180°. The picture is
 * mirrored first so the reference points right, so the person may face either way. For bodies
 * lying or on all fours seen side-on, whose reference (the trunk) runs across the picture: the
 * head dropping below the trunk line (cat) reads −, lifting above it (cow) +.
 */
export function turn(
  reference: readonly [Place, Place],
  segment: readonly [Place, Place],
  options: FloorOptions = {},
): Measure {
  const side = options.side ?? 'near';
  return imageMeasure(
    spotsOf([...reference, ...segment], side),
    options.label ?? `${named(segment[1])} against ${named(reference[0])}–${named(reference[1])}`,
    '°',
    (p) => {
      const r = minus(get(p, 1), get(p, 0));
      const s = minus(get(p, 3), get(p, 2));
      if (length(r) === 0 || length(s) === 0) return null;
      const flip = r.x < 0 ? -1 : 1;
      // Angles counter-clockwise with y up, after mirroring so the reference points right.
      const difference = Math.atan2(-s.y, flip * s.x) - Math.atan2(-r.y, flip * r.x);
      const wrapped = Math.atan2(Math.sin(difference), Math.cos(difference));
      return wrapped * DEG;
    },
  );
}

export interface FacingOptions extends FloorOptions {
  /** A segment pointing the way the person faces, across the picture (e.g. ['ear', 'nose']). */
  readonly facing: readonly [Place, Place];
}

/**
 * The length of one segment in lengths of another, in the picture. Seen from the feet of someone
 * lying down, the trunk (shoulder midpoint to hip midpoint) is foreshortened to well under a
 * shoulder width; sitting or standing it is longer than one.
 */
export function lengthRatio(
  segment: readonly [Place, Place],
  unit: readonly [Place, Place],
  options: FloorOptions = {},
): Measure {
  return imageMeasure(
    spotsOf([...segment, ...unit], options.side ?? 'near'),
    options.label ?? `${named(segment[0])}–${named(segment[1])} in ${named(unit[0])}–${named(unit[1])} lengths`,
    '×',
    (p) => {
      const size = length(minus(get(p, 3), get(p, 2)));
      return size === 0 ? null : length(minus(get(p, 1), get(p, 0))) / size;
    },
  );
}

/**
 * How far a segment leans from straight up in the picture, signed: + towards where the person
 * faces, − away (0 upright, +90 level in front, −30 leaning back). Side views, where the lean is
 * across the picture: the trunk leaning back over a chair, or rounding forward.
 */
export function lean(from: Place, to: Place, options: FacingOptions): Measure {
  const side = options.side ?? 'near';
  const spots = spotsOf([from, to, ...options.facing], side);
  return imageMeasure(
    spots,
    options.label ?? `${named(from)}–${named(to)} lean`,
    '°',
    (p) => {
      const d = minus(get(p, 1), get(p, 0));
      if (length(d) === 0) return null;
      const forward = across(get(p, 2), get(p, 3));
      return Math.atan2(forward * d.x, -d.y) * DEG;
    },
    (near) => ({ at: single(spotAt(spots, 0), near), from: 'up', to: single(spotAt(spots, 1), near) }),
  );
}

/**
 * How far a point sits off the line through two others, square to it, in lengths of that line: +
 * on the side the person faces, − behind. Side views: the shoulder drawn back behind the ear–hip
 * line (a scapular squeeze) is −; the body-sized unit keeps it the same near and far.
 */
export function offsetFromLine(point: Place, line: readonly [Place, Place], options: FacingOptions): Measure {
  const side = options.side ?? 'near';
  return imageMeasure(
    spotsOf([point, ...line, ...options.facing], side),
    options.label ?? `${named(point)} off the ${named(line[0])}–${named(line[1])} line`,
    '×',
    (p) => {
      const d = minus(get(p, 2), get(p, 1));
      const span = length(d);
      if (span === 0) return null;
      // The line's normal, turned to the side the person faces.
      const facing = minus(get(p, 4), get(p, 3));
      let normal = { x: -d.y / span, y: d.x / span };
      if (normal.x * facing.x + normal.y * facing.y < 0) normal = { x: -normal.x, y: -normal.y };
      const v = minus(get(p, 0), get(p, 1));
      return (v.x * normal.x + v.y * normal.y) / span;
    },
  );
}

/**
 * Where a point sits along the line from `line[0]` to `line[1]`: 0 level with the first, 1 with
 * the second (its projection, in the picture). A shoulder rising towards the ear moves along the
 * hip–ear line: a shrug, seen side-on.
 */
export function alongLine(point: Place, line: readonly [Place, Place], options: FloorOptions = {}): Measure {
  const side = options.side ?? 'near';
  return imageMeasure(
    spotsOf([point, ...line], side),
    options.label ?? `${named(point)} along ${named(line[0])}–${named(line[1])}`,
    '×',
    (p) => {
      const d = minus(get(p, 2), get(p, 1));
      const squared = d.x * d.x + d.y * d.y;
      if (squared === 0) return null;
      const v = minus(get(p, 0), get(p, 1));
      return (v.x * d.x + v.y * d.y) / squared;
    },
  );
}

/**
 * How far `to` sits below `from` in the picture, in lengths of the `scale` segment (− above). The
 * hands below the shoulders in trunk lengths: a height that stays true when the arm points at
 * the camera (side view of a reverse fly), where its own length in the picture does not.
 */
export function heightBelow(
  from: Place,
  to: Place,
  scale: readonly [Place, Place],
  options: FloorOptions = {},
): Measure {
  const side = options.side ?? 'near';
  return imageMeasure(
    spotsOf([from, to, ...scale], side),
    options.label ?? `${named(to)} below ${named(from)}`,
    '×',
    (p) => {
      const unit = length(minus(get(p, 3), get(p, 2)));
      return unit === 0 ? null : (get(p, 1).y - get(p, 0).y) / unit;
    },
  );
}

/**
 * Front view (or a camera at the feet of someone lying down): how far the midpoint of a pair
 * sits to the person's LEFT of the midpoint of another, across the picture, in widths of the
 * `width` pair. The person's left is read from that pair, so a mirrored picture reads the same.
 * Knees lowered to the left of the hips read +, to the right −.
 */
export function sideShift(
  part: Exclude<Joint, 'nose'>,
  reference: Exclude<Joint, 'nose'>,
  width: Exclude<Joint, 'nose'>,
  options: Omit<FloorOptions, 'side'> = {},
): Measure {
  const spots: Spot[] = [
    { joint: part, side: 'mid' },
    { joint: reference, side: 'mid' },
    { joint: width, side: 'left' },
    { joint: width, side: 'right' },
  ];
  return imageMeasure(spots, options.label ?? `${part} to the left of the ${reference}`, '×', (p) => {
    const span = minus(get(p, 2), get(p, 3));
    const size = length(span);
    if (size === 0) return null;
    return ((get(p, 0).x - get(p, 1).x) * across(get(p, 3), get(p, 2))) / size;
  });
}

/**
 * The distance between the left and right of a pair in the picture, in widths of another pair
 * (knees apart in hip widths). Front views, where both pairs lie across the picture.
 */
export function pairGap(
  part: Exclude<Joint, 'nose'>,
  width: Exclude<Joint, 'nose'>,
  options: Omit<FloorOptions, 'side'> = {},
): Measure {
  const spots: Spot[] = [
    { joint: part, side: 'left' },
    { joint: part, side: 'right' },
    { joint: width, side: 'left' },
    { joint: width, side: 'right' },
  ];
  return imageMeasure(spots, options.label ?? `${part}s apart`, '×', (p) => {
    const size = length(minus(get(p, 2), get(p, 3)));
    return size === 0 ? null : length(minus(get(p, 0), get(p, 1))) / size;
  });
}

/**
 * How far the line between the left and right of a pair tilts from the picture's horizontal,
 * 0–90° (front view; a camera at the feet of someone lying down sees one shoulder lifting off
 * the floor as the shoulder line tilting).
 */
export function pairTilt(part: Exclude<Joint, 'nose'>, options: Omit<FloorOptions, 'side'> = {}): Measure {
  const spots: Spot[] = [
    { joint: part, side: 'left' },
    { joint: part, side: 'right' },
  ];
  return imageMeasure(spots, options.label ?? `${part} line tilt`, '°', (p) => {
    const d = minus(get(p, 1), get(p, 0));
    return length(d) === 0 ? null : Math.atan2(Math.abs(d.y), Math.abs(d.x)) * DEG;
  });
}

/**
 * A measure that holds only while another passes a test: e.g. the head's turn against the trunk,
 * counted for cat-cow only while the hands are under the shoulders, so a stretch reaching forward
 * is not taken for a cat. The gate's landmarks must be seen too. When the gate fails the value is
 * `otherwise`: null (not measured: a rep under way waits, a hold's grace period runs), or a value
 * that is plainly out of position (a hold then slips at once, and its checks stop).
 */
export function onlyWhen(
  measure: Measure,
  gate: Measure,
  test: (value: number) => boolean,
  otherwise: number | null = null,
): Measure {
  return {
    ...measure,
    joints: (near) => [...new Set([...measure.joints(near), ...gate.joints(near)])],
    compute: (input) => {
      const open = gate.compute(input);
      if (open === null) return null;
      return test(open) ? measure.compute(input) : otherwise;
    },
  };
}

/** The opposite of a measure (the knees to the right, from their shift to the left). */
export function negated(measure: Measure, label: string): Measure {
  return {
    ...measure,
    label,
    compute: (input) => {
      const value = measure.compute(input);
      return value === null ? null : -value;
    },
  };
}
