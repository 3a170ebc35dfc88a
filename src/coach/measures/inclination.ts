/**
 * Inclination: how far a segment leans from straight up. Unsigned (`inclination`), signed
 * towards where the person faces (`leanForward`, side views), signed towards the person's left
 * (`leanSideways`, front views), and the trunk's forward bend seen end-on (`trunkBend`, world).
 *
 * Maths: the angle of a direction against the vertical, atan2(horizontal, up) (or acos against
 * the up vector for the unsigned one); image and world y both grow downwards, so up is −y.
 */
import { msg } from '@lit/localize';
import { DEG, inclinationFromUp, length2, sub2 } from '../../pose/geometry';
import type { SidedOptions } from './angle';
import { fromPlaces, nameOf, pointAt, type Place, type Segment } from './body';
import type { Angle, MeasureOptions } from './measure';
import { TRUNK_SMOOTHING } from './smoothing';

/** How far the segment from→to leans from straight up in the picture: 0° up, 90° level, 180° down. */
export function inclination(from: Place, to: Place, options: SidedOptions = {}): Angle {
  return fromPlaces(
    {
      places: [from, to],
      side: options.side,
      space: 'image',
      unit: 'deg',
      label: `${nameOf(from)}–${nameOf(to)} lean`,
      compute: (p) => inclinationFromUp(pointAt(p, 0), pointAt(p, 1)),
      arc: (at) => ({ at: at(from), from: 'up', to: at(to) }),
    },
    options,
  );
}

export interface FacingOptions extends SidedOptions {
  /** A segment pointing the way the person faces, across the picture (e.g. ['ear', 'nose']). */
  readonly facing: Segment;
}

/** +1 when the segment points to the picture's right, −1 to its left (0 counts as right). */
export const acrossSign = (from: { x: number }, to: { x: number }): number => (to.x - from.x < 0 ? -1 : 1);

/**
 * How far a segment leans from straight up in the picture, signed: + towards where the person
 * faces, − away (0 upright, +90 level in front, −30 leaning back). Side views, where the lean is
 * across the picture: the trunk leaning back over a chair, or rounding forward.
 */
export function leanForward(from: Place, to: Place, options: FacingOptions): Angle {
  return fromPlaces(
    {
      places: [from, to, ...options.facing],
      side: options.side,
      space: 'image',
      unit: 'deg',
      label: `${nameOf(from)}–${nameOf(to)} lean`,
      compute: (p) => {
        const d = sub2(pointAt(p, 1), pointAt(p, 0));
        if (length2(d) === 0) return null;
        const forward = acrossSign(pointAt(p, 2), pointAt(p, 3));
        return Math.atan2(forward * d.x, -d.y) * DEG;
      },
      arc: (at) => ({ at: at(from), from: 'up', to: at(to) }),
    },
    options,
  );
}

/**
 * The sideways lean of the segment from→to in the picture, in degrees from straight up: + towards
 * the person's LEFT, − towards their right (front or back view, mirrored or not: which way is the
 * person's left is read from the hip line). For a side bend: `leanSideways(hips, shoulders)`.
 */
export function leanSideways(from: Place, to: Place, options: MeasureOptions = {}): Angle {
  return fromPlaces(
    {
      places: [from, to, 'left_hip', 'right_hip'],
      space: 'image',
      unit: 'deg',
      label: msg('Sideways lean'),
      compute: (p) => {
        const d = sub2(pointAt(p, 1), pointAt(p, 0));
        const leftward = Math.sign(pointAt(p, 2).x - pointAt(p, 3).x) || 1;
        return Math.atan2(d.x * leftward, -d.y) * DEG;
      },
    },
    options,
  );
}

/**
 * The trunk bent forward towards the camera, in degrees from upright (world landmarks: a front
 * view sees the bend end-on, as the trunk shortening). The hip-to-shoulder midline's lean in the
 * body's forward–up plane; a side bend does not count. The camera's own tilt adds to it.
 */
export function trunkBend(options: MeasureOptions = {}): Angle {
  return fromPlaces(
    {
      places: ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'],
      space: 'world',
      unit: 'deg',
      label: msg('Trunk bent forward'),
      smoothing: TRUNK_SMOOTHING,
      compute: ([ls, rs, lh, rh]) => {
        if (!ls || !rs || !lh || !rh) return null;
        // From the shoulders down to the hips: upright it points down (+y); bent towards the camera
        // the shoulders come nearer (−z), so it points away (+z).
        const down = { y: (lh.y + rh.y - ls.y - rs.y) / 2, z: (lh.z + rh.z - ls.z - rs.z) / 2 };
        return Math.atan2(down.z, down.y) * DEG;
      },
    },
    options,
  );
}
