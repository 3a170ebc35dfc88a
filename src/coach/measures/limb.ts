/**
 * Where a limb points relative to the body: raised from the side in the picture (`armRaise`),
 * raised from hanging in 3-D (`armElevation`), and out to its own side (`armSideways`).
 *
 * Maths: unsigned angles and direction cosines between the limb (shoulder → elbow or wrist) and
 * a body axis: the trunk's axis taken square to the shoulder line, world "down", or the shoulder
 * line itself.
 */
import { msg } from '@lit/localize';
import { otherSide, type BodySide, type SideChoice } from '../../pose/body-side';
import { angleBetween2, DEG, dot3, length3, sub2, sub3 } from '../../pose/geometry';
import { fromPlaces, pointAt } from './body';
import type { Angle, MeasureOptions, Ratio } from './measure';
import { RATIO_SMOOTHING } from './smoothing';

export interface LimbOptions extends MeasureOptions {
  /** The arm (default: the side nearer the camera). */
  readonly side?: Exclude<SideChoice, 'mid'>;
  /** The limb's end: the elbow (upper arm, default) or the wrist (the whole arm). */
  readonly to?: 'elbow' | 'wrist';
}

/**
 * How far an arm is raised from the side in the picture (front view): 0° hanging, 90° level,
 * 180° straight up. The trunk's axis is taken square to the shoulder line, so the hips need not
 * be in the picture (a laptop camera often frames the upper body only).
 */
export function armRaise(options: LimbOptions = {}): Angle {
  const side = options.side ?? 'near';
  return fromPlaces(
    {
      places: ['shoulder', options.to ?? 'elbow', 'left_shoulder', 'right_shoulder'],
      side,
      space: 'image',
      unit: 'deg',
      label: side === 'left' ? msg('left arm raised') : side === 'right' ? msg('right arm raised') : msg('Arm raised'),
      compute: (p) => {
        // Square to the shoulder line (left minus right), pointing down the picture.
        const line = sub2(pointAt(p, 2), pointAt(p, 3));
        const down = line.x >= 0 ? { x: -line.y, y: line.x } : { x: line.y, y: -line.x };
        return angleBetween2(sub2(pointAt(p, 1), pointAt(p, 0)), down);
      },
    },
    options,
  );
}

/**
 * How far a limb is raised from hanging, in 3-D (world landmarks): 0° straight down, 90° level in
 * any direction (out to the side or pointing at the camera), 180° straight up. Unlike the
 * picture's raise it is not fooled by an arm pointing at the camera; "down" is the camera's, so a
 * camera tilted down adds its tilt for an arm pointing at it.
 */
export function armElevation(side: BodySide, to: 'elbow' | 'wrist', options: MeasureOptions = {}): Angle {
  return fromPlaces(
    {
      places: [`${side}_shoulder`, `${side}_${to}`],
      space: 'world',
      unit: 'deg',
      label: side === 'left' ? msg('left arm elevation') : msg('right arm elevation'),
      compute: (p) => {
        const d = sub3(pointAt(p, 1), pointAt(p, 0));
        const length = length3(d);
        // World y points down: the cosine against down is d.y over the length.
        return length > 0 ? Math.acos(Math.max(-1, Math.min(1, d.y / length))) * DEG : null;
      },
    },
    options,
  );
}

/**
 * How much a limb points out to its own side, from 3-D world landmarks: +1 straight out sideways,
 * 0 forward, up or down, −1 across the body (the cosine against the shoulder line, from the other
 * shoulder to this one). Needs no hips and follows a turn of the trunk.
 */
export function armSideways(side: BodySide, to: 'elbow' | 'wrist', options: MeasureOptions = {}): Ratio {
  return fromPlaces(
    {
      places: [`${side}_shoulder`, `${side}_${to}`, `${otherSide(side)}_shoulder`],
      space: 'world',
      unit: 'ratio',
      label: side === 'left' ? msg('left arm out to the side') : msg('right arm out to the side'),
      smoothing: RATIO_SMOOTHING,
      compute: (p) => {
        const d = sub3(pointAt(p, 1), pointAt(p, 0));
        const a = sub3(pointAt(p, 0), pointAt(p, 2));
        const lengths = length3(d) * length3(a);
        return lengths > 0 ? dot3(d, a) / lengths : null;
      },
    },
    options,
  );
}
