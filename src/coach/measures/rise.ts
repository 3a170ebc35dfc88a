/**
 * Rise: how far a segment climbs above the picture's horizontal, whichever way it points (+90°
 * straight up, 0 level, − sloping down): lying exercises seen side-on, where the body runs across
 * the picture and lifts off the floor.
 *
 * Maths: the elevation angle atan2(up, |across|), with up = −y (image y grows downwards).
 */
import { DEG, length2, sub2 } from '../../pose/geometry';
import type { SidedOptions } from './angle';
import { fromPlaces, nameOf, pointAt, type Place } from './body';
import type { Angle } from './measure';

/**
 * How far the segment from→to rises above the picture's horizontal, with each end on a side of
 * its own where given (a foot lifting off the floor, seen from the near hip). Null for a
 * zero-length segment.
 */
export function rise(from: Place, to: Place, options: SidedOptions = {}): Angle {
  return fromPlaces(
    {
      places: [from, to],
      side: options.side,
      space: 'image',
      unit: 'deg',
      label: `${nameOf(from)}–${nameOf(to)} rise`,
      compute: (p) => {
        const d = sub2(pointAt(p, 1), pointAt(p, 0));
        return length2(d) === 0 ? null : Math.atan2(-d.y, Math.abs(d.x)) * DEG;
      },
      arc: (at) => ({ at: at(from), from: 'level', to: at(to) }),
    },
    options,
  );
}
