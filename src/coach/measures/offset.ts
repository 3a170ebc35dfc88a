/**
 * Offset: where one point sits relative to others, in a body length (so it does not depend on
 * how far away the person stands): above (`heightAbove`), in front (`aheadOf`), along a line
 * (`along`), off a line square to it (`offsetFromLine`), a pair's middle off another's
 * (`offsetAcross`, `sideShift`), the nose off the shoulders (`nosePosition`).
 *
 * Maths: a difference of positions projected onto an axis (the picture's vertical, depth, a
 * line's direction or its normal), divided by a length measured in the same picture.
 */
import { msg } from '@lit/localize';
import type { PairedPart } from '../../pose/body-side';
import { dot2, length2, sub2, type Vec3 } from '../../pose/geometry';
import type { LandmarkName } from '../../pose/landmarks';
import type { SidedOptions } from './angle';
import { fromPlaces, nameOf, pairFrame, pairOf, pointAt, signed, type Place, type Segment } from './body';
import type { FacingOptions } from './inclination';
import { acrossSign } from './inclination';
import type { MeasureOptions, Ratio, Space } from './measure';
import { HEAD_SMOOTHING, RATIO_SMOOTHING } from './smoothing';
import type { TowardOptions } from './tilt';

export const SHOULDERS: readonly LandmarkName[] = pairOf('shoulder');
const SHOULDER_WIDTH: Segment = ['left_shoulder', 'right_shoulder'];

/** A segment's length in its space: across the picture, or in 3-D. */
export const spanOf = (a: Vec3, b: Vec3, space: Space): number =>
  space === 'image' ? Math.hypot(a.x - b.x, a.y - b.y) : Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

export interface PerOptions extends SidedOptions {
  /** The length the value is counted in (default: the shoulder width). */
  readonly per?: Segment;
  /** Default 'image'. */
  readonly space?: Space;
}

/**
 * How far `point` is above `base`, in lengths of `per` (default shoulder widths): + above, −
 * below. Image by default; in world space it is MediaPipe's metric estimate (y down from the
 * hips), which is steadier when a handheld camera zooms and tilts. The shoulders above the
 * wrists in trunk lengths (reverse fly): a height that stays true when the arm points at the
 * camera, where its own length in the picture does not.
 */
export function heightAbove(point: Place, base: Place, options: PerOptions = {}): Ratio {
  const space = options.space ?? 'image';
  const per = options.per ?? SHOULDER_WIDTH;
  return fromPlaces(
    {
      places: [point, base, ...per],
      side: options.side,
      space,
      unit: 'ratio',
      label: msg('Height above'),
      smoothing: RATIO_SMOOTHING,
      compute: (p) => {
        const width = spanOf(pointAt(p, 2), pointAt(p, 3), space);
        return width ? (pointAt(p, 1).y - pointAt(p, 0).y) / width : null;
      },
    },
    options,
  );
}

/**
 * How far `point` is in front of `base` (nearer the camera), in shoulder widths. Always world
 * landmarks: depth is MediaPipe's estimate, so rules on it should be generous.
 */
export function aheadOf(point: Place, base: Place, options: MeasureOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [point, base, ...SHOULDER_WIDTH],
      space: 'world',
      unit: 'ratio',
      label: msg('In front of'),
      smoothing: RATIO_SMOOTHING,
      compute: (p) => {
        const width = spanOf(pointAt(p, 2), pointAt(p, 3), 'world');
        return width ? (pointAt(p, 1).z - pointAt(p, 0).z) / width : null;
      },
    },
    options,
  );
}

/**
 * Where `point` lies along the line from `line[0]` to `line[1]`, in the picture: 0 level with the
 * first, 1 with the second (its projection onto the line, so height off the line does not
 * count). A hand crossing the body: `along('left_wrist', [shoulders, 'right_shoulder'])` is 0 at
 * the midline and 1 at the other shoulder; a shoulder rising along the hip–ear line: a shrug,
 * seen side-on.
 */
export function along(point: Place, line: Segment, options: SidedOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [point, ...line],
      side: options.side,
      space: 'image',
      unit: 'ratio',
      label: `${nameOf(point)} along ${nameOf(line[0])}–${nameOf(line[1])}`,
      smoothing: RATIO_SMOOTHING,
      compute: (p) => {
        const v = sub2(pointAt(p, 0), pointAt(p, 1));
        const d = sub2(pointAt(p, 2), pointAt(p, 1));
        const squared = d.x * d.x + d.y * d.y;
        return squared > 0 ? dot2(v, d) / squared : null;
      },
    },
    options,
  );
}

/**
 * How far a point sits off the line through two others, square to it, in lengths of that line: +
 * on the side the person faces, − behind. Side views: the shoulder drawn back behind the ear–hip
 * line (a scapular squeeze) is −; the body-sized unit keeps it the same near and far.
 */
export function offsetFromLine(point: Place, line: Segment, options: FacingOptions): Ratio {
  return fromPlaces(
    {
      places: [point, ...line, ...options.facing],
      side: options.side,
      space: 'image',
      unit: 'ratio',
      label: `${nameOf(point)} off the ${nameOf(line[0])}–${nameOf(line[1])} line`,
      compute: (p) => {
        const d = sub2(pointAt(p, 2), pointAt(p, 1));
        const span = length2(d);
        if (span === 0) return null;
        // The line's normal, turned to the side the person faces.
        const facing = sub2(pointAt(p, 4), pointAt(p, 3));
        let normal = { x: -d.y / span, y: d.x / span };
        if (dot2(normal, facing) < 0) normal = { x: -normal.x, y: -normal.y };
        return dot2(sub2(pointAt(p, 0), pointAt(p, 1)), normal) / span;
      },
    },
    options,
  );
}

/**
 * How far the middle of one pair sits from the middle of another, along the reference pair's
 * line, in that pair's widths (image): the knees swinging sideways off the hips as the pelvis
 * turns, the shoulders swaying off the hips. + towards the `toward` side.
 */
export function offsetAcross(part: PairedPart, reference: PairedPart, options: TowardOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [...pairOf(part), ...pairOf(reference)],
      space: 'image',
      unit: 'ratio',
      label: `${part} off the ${reference}s`,
      smoothing: HEAD_SMOOTHING,
      compute: (_, input) => {
        const moved = pairFrame(input, part);
        const base = pairFrame(input, reference);
        if (!moved || !base) return null;
        return signed(dot2(sub2(moved.mid, base.mid), base.across) / base.width, options.toward);
      },
    },
    options,
  );
}

/**
 * Front view (or a camera at the feet of someone lying down): how far the midpoint of a pair
 * sits to the person's LEFT of the midpoint of another, straight across the picture (not along
 * the reference line, which turns with a rolling pelvis), in widths of the `width` pair. The
 * person's left is read from that pair, so a mirrored picture reads the same. Knees lowered to
 * the left of the hips read +, to the right −.
 */
export function sideShift(
  part: PairedPart,
  reference: PairedPart,
  width: PairedPart,
  options: MeasureOptions = {},
): Ratio {
  return fromPlaces(
    {
      places: [{ joint: part, side: 'mid' }, { joint: reference, side: 'mid' }, ...pairOf(width)],
      space: 'image',
      unit: 'ratio',
      label: `${part} to the left of the ${reference}`,
      compute: (p) => {
        const size = length2(sub2(pointAt(p, 2), pointAt(p, 3)));
        if (size === 0) return null;
        return ((pointAt(p, 0).x - pointAt(p, 1).x) * acrossSign(pointAt(p, 3), pointAt(p, 2))) / size;
      },
    },
    options,
  );
}

/**
 * The nose's position relative to the middle of the shoulders, in shoulder widths, along the
 * shoulder line ('across': + towards the `toward` side) or square to it ('up': + above). Traces
 * the head's circle in a neck roll: sideways as it tilts, down as the chin drops, up as it tips
 * back.
 */
export function nosePosition(axis: 'across' | 'up', options: TowardOptions = {}): Ratio {
  return fromPlaces(
    {
      places: ['nose', ...SHOULDERS],
      space: 'image',
      unit: 'ratio',
      label: axis === 'across' ? msg('Head across') : msg('Head height'),
      smoothing: HEAD_SMOOTHING,
      compute: ([nose], input) => {
        const shoulders = pairFrame(input, 'shoulder');
        if (!shoulders || !nose) return null;
        const offset = sub2(nose, shoulders.mid);
        return axis === 'across'
          ? signed(dot2(offset, shoulders.across) / shoulders.width, options.toward)
          : -dot2(offset, shoulders.down) / shoulders.width;
      },
    },
    options,
  );
}
