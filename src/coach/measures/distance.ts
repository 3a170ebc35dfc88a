/**
 * Distance: how far apart two places are, in lengths of a body segment (shoulder widths by
 * default), so it does not depend on how far away the person stands: hands apart, a hand at a
 * knee, the knees apart in hip widths, the trunk foreshortened to under a shoulder width.
 *
 * Maths: Euclidean length over Euclidean length, both in the same space (across the picture in
 * image space; 3-D in world space).
 */
import { msg } from '@lit/localize';
import type { LandmarkName } from '../../pose/landmarks';
import { fromPlaces, pairOf, pointAt, type Place } from './body';
import type { MeasureOptions, Ratio } from './measure';
import { spanOf, type PerOptions } from './offset';
import { RATIO_SMOOTHING, TRUNK_SMOOTHING } from './smoothing';

/**
 * The distance between two places in lengths of `per` (default: shoulder widths). Image by
 * default: faithful for points spread across the picture (a front view's hands, elbows,
 * shoulders and knees); "touching" is judged there too.
 */
export function distance(a: Place, b: Place, options: PerOptions = {}): Ratio {
  const space = options.space ?? 'image';
  return fromPlaces(
    {
      places: [a, b, ...(options.per ?? pairOf('shoulder'))],
      side: options.side,
      space,
      unit: 'ratio',
      label: msg('Distance apart'),
      smoothing: RATIO_SMOOTHING,
      compute: (p) => {
        const width = spanOf(pointAt(p, 2), pointAt(p, 3), space);
        return width ? spanOf(pointAt(p, 0), pointAt(p, 1), space) / width : null;
      },
    },
    options,
  );
}

/**
 * A typical adult's shoulder-to-ear distance in MediaPipe's world landmarks, which are scaled to
 * an adult body: 0.18–0.22 m with the shoulders down on the shared clips (neck-tilts-seated,
 * neck-roll-closeup, hans_shoulder_rolls), the puppet's 0.18 m.
 */
const TYPICAL_NECK_M = 0.19;

const EARS: readonly LandmarkName[] = pairOf('ear');
const SHOULDERS: readonly LandmarkName[] = pairOf('shoulder');

/**
 * The distance from the middle of the shoulders to the middle of the ears, in typical necks
 * (world landmarks). A tilt or a roll of the head turns it about the neck's base, which keeps it
 * (the shared clips: 0.97–1.15 while tilting; as low as 0.78 with the chin right down); a shrug
 * takes a third or more of it (hans_shoulder_rolls: 0.74 at the top of a roll). World, not
 * image: a front view sees the chin drop and the head turn end-on.
 */
export function neckLength(options: MeasureOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [EARS, SHOULDERS],
      space: 'world',
      unit: 'ratio',
      label: msg('Neck length'),
      smoothing: TRUNK_SMOOTHING,
      compute: (p) => spanOf(pointAt(p, 0), pointAt(p, 1), 'world') / TYPICAL_NECK_M,
    },
    options,
  );
}
