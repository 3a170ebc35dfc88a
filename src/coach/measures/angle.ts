/**
 * Angles between body segments: at a joint, and between two segments anywhere on the body.
 *
 * Maths: the unsigned angle between two vectors, acos(u·v / |u||v|) (pose/geometry.ts), on
 * pixel-proportioned image points (a 16:9 frame's normalised x and y are not the same length) or
 * world points.
 */
import { msg } from '@lit/localize';
import type { SideChoice } from '../../pose/body-side';
import { angleBetween2, jointAngle2, jointAngle3, sub2 } from '../../pose/geometry';
import { fromPlaces, nameOf, pointAt, type Place, type Segment } from './body';
import type { Angle, MeasureOptions, Space } from './measure';

export interface SidedOptions extends MeasureOptions {
  /** Which of each pair a bare part is read on (default: the side nearer the camera). */
  readonly side?: SideChoice;
}

export interface AngleOptions extends SidedOptions {
  /** Default 'image'. */
  readonly space?: Space;
}

/**
 * The angle at `b` in a–b–c, 180° when straight (the elbow: shoulder, elbow, wrist). A place may
 * carry a side of its own: the near shoulder and hip with either knee (knee to chest, side-on).
 */
export function angle(a: Place, b: Place, c: Place, options: AngleOptions = {}): Angle {
  const space = options.space ?? 'image';
  return fromPlaces(
    {
      places: [a, b, c],
      side: options.side,
      space,
      unit: 'deg',
      label: angleLabel(b),
      compute: (p) =>
        space === 'image'
          ? jointAngle2(pointAt(p, 0), pointAt(p, 1), pointAt(p, 2))
          : jointAngle3(pointAt(p, 0), pointAt(p, 1), pointAt(p, 2)),
      arc: (at) => ({ at: at(b), from: at(a), to: at(c) }),
    },
    options,
  );
}

/** The unsigned angle between two segments, 0–180° (the upper arm against the trunk). */
export function between(segment: Segment, reference: Segment, options: SidedOptions = {}): Angle {
  return fromPlaces(
    {
      places: [...segment, ...reference],
      side: options.side,
      space: 'image',
      unit: 'deg',
      label: angleLabel(segment[1]),
      compute: (p) => angleBetween2(sub2(pointAt(p, 1), pointAt(p, 0)), sub2(pointAt(p, 3), pointAt(p, 2))),
    },
    options,
  );
}

/**
 * "elbow angle": a whole message for each joint an exercise measures, so each language names it
 * its own way; other places keep their landmark name (no exercise shows one: the German catalog
 * test fails on any English label).
 */
function angleLabel(place: Place): string {
  const name = nameOf(place);
  switch (name) {
    case 'elbow':
      return msg('elbow angle');
    case 'knee':
      return msg('knee angle');
    case 'hip':
      return msg('hip angle');
    case 'shoulder':
      return msg('shoulder angle');
    default:
      return `${name} angle`;
  }
}
