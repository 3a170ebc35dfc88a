/**
 * Tilt: how far a left–right line (the ears, the shoulders) slopes, and the head's own tilts
 * (sideways, and forward as a chin drop), for front views.
 *
 * Front-view head angles are small and read off a handful of face points, so these are expressed
 * in the body's own frame where they can be (pairFrame: x along the shoulder line, y square to
 * it), which makes them the same in a mirrored picture and when the whole person leans; the few
 * read against the picture's level say so, and assume a level camera. A positive value is
 * towards the person's LEFT unless `toward` says otherwise (the puppet's sign convention too).
 *
 * Maths: slopes are atan2(rise, run) of the line, in the picture or in the shoulders' frame.
 */
import { msg } from '@lit/localize';
import type { BodySide, PairedPart } from '../../pose/body-side';
import { DEG, dot2, sub2 } from '../../pose/geometry';
import type { LandmarkName } from '../../pose/landmarks';
import { fromPlaces, pairFrame, pairOf, signed, type PairFrame } from './body';
import type { Angle, MeasureOptions } from './measure';
import { HEAD_SMOOTHING } from './smoothing';

export interface TowardOptions extends MeasureOptions {
  /** The side a positive value leans, turns or twists towards (default 'left'). */
  readonly toward?: BodySide;
}

export const EARS_AND_SHOULDERS: readonly LandmarkName[] = [...pairOf('ear'), ...pairOf('shoulder')];

/** A pair's line against the picture's horizontal, + when its left point is lower. */
function lineSlope(frame: PairFrame): number {
  return Math.atan2(frame.left.y - frame.right.y, Math.abs(frame.left.x - frame.right.x)) * DEG;
}

/**
 * Sideways tilt of the head (ear towards shoulder), in degrees: the ear line against the shoulder
 * line ('shoulders', default: the neck's own bend), or against the picture's horizontal ('level':
 * the whole tilt a person sees, shoulders included; assumes a level camera). + when the ear on
 * the `toward` side is lower.
 */
export function headTilt(options: TowardOptions & { readonly from?: 'shoulders' | 'level' } = {}): Angle {
  const from = options.from ?? 'shoulders';
  return fromPlaces(
    {
      places: from === 'shoulders' ? EARS_AND_SHOULDERS : pairOf('ear'),
      space: 'image',
      unit: 'deg',
      label: msg('Head tilt'),
      smoothing: HEAD_SMOOTHING,
      compute: (_, input) => {
        const ears = pairFrame(input, 'ear');
        if (!ears) return null;
        if (from === 'level') return signed(lineSlope(ears), options.toward);
        const shoulders = pairFrame(input, 'shoulder');
        if (!shoulders) return null;
        const line = sub2(ears.left, ears.right);
        return signed(Math.atan2(dot2(line, shoulders.down), dot2(line, shoulders.across)) * DEG, options.toward);
      },
    },
    options,
  );
}

/**
 * A pair's line (the shoulders) against the picture's horizontal, in degrees: + when the point on
 * the `toward` side is lower (the trunk leaning or the other shoulder hitched up), or with
 * `toward: 'either'` unsigned, 0–90° (a camera at the feet of someone lying down sees one
 * shoulder lifting off the floor as the shoulder line tilting). Assumes a level camera, as a
 * laptop's is.
 */
export function lineTilt(
  part: PairedPart,
  options: MeasureOptions & { readonly toward?: BodySide | 'either' } = {},
): Angle {
  const toward = options.toward ?? 'left';
  return fromPlaces(
    {
      places: pairOf(part),
      space: 'image',
      unit: 'deg',
      label: `${part[0]?.toUpperCase() ?? ''}${part.slice(1)} line tilt`,
      smoothing: HEAD_SMOOTHING,
      compute: (_, input) => {
        const line = pairFrame(input, part);
        if (!line) return null;
        return toward === 'either' ? Math.abs(lineSlope(line)) : signed(lineSlope(line), toward);
      },
    },
    options,
  );
}

/**
 * The nose tip's reach from the ear midpoint, in shoulder widths (BlazePose: ~10.5 cm of a
 * ~37 cm shoulder width; the puppet's 0.29), and how far below the ears it sits with the head
 * level (~13°).
 */
export const NOSE_REACH_SW = 0.29;
const LEVEL_NOSE_DROP_DEG = 13;

/**
 * Chin drop (head flexion), in degrees: + chin towards the chest, − looking up, 0 with the face
 * straight ahead of a camera at face height. From how far the nose sits below the middle of the
 * ears, square to the shoulder line, in shoulder widths: the arcsine of that drop over the nose's
 * reach. Square to the shoulders rather than to the ear line: a turned head tips the ear line in
 * the picture by perspective (the near ear is larger; 9–11° at 45° from a camera below the face)
 * and would lend the drop part of the nose's sideways slide, while a tilt of the head changes
 * this by under 3° (the nose sits only ~2 cm below the ears). A camera below the face reads the
 * head a few degrees further back (≈ its angle of view up to it).
 */
export function chinDrop(options: MeasureOptions = {}): Angle {
  return fromPlaces(
    {
      places: ['nose', ...EARS_AND_SHOULDERS],
      space: 'image',
      unit: 'deg',
      label: msg('Chin drop'),
      smoothing: HEAD_SMOOTHING,
      compute: ([nose], input) => {
        const ears = pairFrame(input, 'ear');
        const shoulders = pairFrame(input, 'shoulder');
        if (!ears || !shoulders || !nose) return null;
        const drop = dot2(sub2(nose, ears.mid), shoulders.down) / shoulders.width / NOSE_REACH_SW;
        return Math.asin(Math.max(-1, Math.min(1, drop))) * DEG - LEVEL_NOSE_DROP_DEG;
      },
    },
    options,
  );
}
