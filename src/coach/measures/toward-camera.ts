/**
 * How much a segment points towards the camera, out of the picture's plane. World landmarks (the
 * picture cannot see depth); MediaPipe's depth is an estimate, so rules on it should be generous.
 *
 * Maths: the sine of the segment's angle out of the image plane is its depth component over its
 * length, −Δz / |Δ| (world z grows away from the camera).
 */
import { msg } from '@lit/localize';
import { DEG, length3, sub3 } from '../../pose/geometry';
import type { SidedOptions } from './angle';
import { fromPlaces, nameOf, pointAt, type Place } from './body';
import type { Angle, Ratio } from './measure';

/**
 * The sine of a segment's angle out of the picture: +1 straight at the camera, 0 across the
 * picture, −1 away. From a side view this is movement out to the side of the body (an elbow
 * flaring out from the near arm).
 */
export function towardCamera(from: Place, to: Place, options: SidedOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [from, to],
      side: options.side,
      space: 'world',
      unit: 'ratio',
      label: `${nameOf(to)} towards camera`,
      compute: (p) => {
        const d = sub3(pointAt(p, 1), pointAt(p, 0));
        const length = length3(d);
        return length > 0 ? -d.z / length : null;
      },
    },
    options,
  );
}

/** The same in degrees: +90 straight at the camera, 0 across the picture, −90 away. */
export function towardCameraAngle(from: Place, to: Place, options: SidedOptions = {}): Angle {
  return fromPlaces(
    {
      places: [from, to],
      side: options.side,
      space: 'world',
      unit: 'deg',
      label: msg('Towards the camera'),
      compute: (p) => {
        const a = pointAt(p, 0);
        const b = pointAt(p, 1);
        const length = length3(sub3(b, a));
        return length > 0 ? Math.asin(Math.max(-1, Math.min(1, (a.z - b.z) / length))) * DEG : null;
      },
    },
    options,
  );
}
