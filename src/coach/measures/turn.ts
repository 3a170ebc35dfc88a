/**
 * Turn: signed rotation. A segment turned away from a reference segment in the picture (`turn`,
 * side views of bodies lying or on all fours), the head's yaw (`headTurn`), and the shoulder or
 * hip line turned about the vertical or about the trunk's own axis (`lineTurn`, `trunkTurn`,
 * world landmarks: a front view sees these end-on). + is towards the person's LEFT unless
 * `toward` says otherwise.
 *
 * Maths: signed angles are atan2(sine, cosine), the sine from a cross product about the axis of
 * turning (or, in the picture, the difference of two atan2 directions wrapped to ±180°).
 */
import { msg } from '@lit/localize';
import { DEG, cross3, dot2, dot3, length2, normalize3, reject3, sub2, sub3, type Vec3 } from '../../pose/geometry';
import type { SidedOptions } from './angle';
import { fromPlaces, nameOf, pairFrame, pairOf, pointAt, signed, type Segment } from './body';
import type { Angle } from './measure';
import { HEAD_SMOOTHING, TRUNK_SMOOTHING } from './smoothing';
import type { TowardOptions } from './tilt';

/**
 * How far a segment turns away from a reference segment, in the picture: 0 in line with it, +
 * turned towards the top of the picture, − towards the bottom, up to ±180°. The picture is
 * mirrored first so the reference points right, so the person may face either way. For bodies
 * lying or on all fours seen side-on, whose reference (the trunk) runs across the picture: the
 * head dropping below the trunk line (cat) reads −, lifting above it (cow) +.
 */
export function turn(reference: Segment, segment: Segment, options: SidedOptions = {}): Angle {
  return fromPlaces(
    {
      places: [...reference, ...segment],
      side: options.side,
      space: 'image',
      unit: 'deg',
      label: `${nameOf(segment[1])} against ${nameOf(reference[0])}–${nameOf(reference[1])}`,
      compute: (p) => {
        const r = sub2(pointAt(p, 1), pointAt(p, 0));
        const s = sub2(pointAt(p, 3), pointAt(p, 2));
        if (length2(r) === 0 || length2(s) === 0) return null;
        const flip = r.x < 0 ? -1 : 1;
        // Angles counter-clockwise with y up, after mirroring so the reference points right.
        const difference = Math.atan2(-s.y, flip * s.x) - Math.atan2(-r.y, flip * r.x);
        return Math.atan2(Math.sin(difference), Math.cos(difference)) * DEG;
      },
    },
    options,
  );
}

/**
 * How far the nose sits ahead of the ear midpoint, per half the ear distance, when the head is
 * turned 45° (the tangent's scale). BlazePose's ears sit at the tragus, ~7.5 cm either side of the
 * midline, and its nose tip ~10 cm ahead of them: 1.3 (the puppet's head reads 1.27).
 */
export const NOSE_AHEAD_PER_HALF_EAR = 1.3;

/**
 * A webcam's horizontal field of view, for the one correction below that needs the focal length:
 * laptop cameras span ~55–80°; 65° is typical and the puppet's. A wrong guess by 15° leaves
 * ~20% of the correction.
 */
const WEBCAM_FOV_DEG = 65;

/**
 * Head turn (yaw) relative to the camera's axis, in degrees, from where the nose sits between the
 * ears: in the picture the nose slides along the ear line by (nose depth) × sin(turn) while the
 * ears close up by cos(turn), so their ratio gives tan(turn) whatever the person's size or
 * distance. A head off to one side of the picture is seen a little from that side (the nose is
 * 10 cm nearer the lens than the ears), which reads as a turn of the head's angle off the axis
 * (the puppet 13 cm off-centre at 0.9 m: 10°); that angle is taken off (pinhole camera: the
 * angle off the axis is atan(offset / focal length)). + when looking towards the `toward` side.
 * Faithful to about 60°; beyond that the far ear hides behind the head and the detector guesses
 * it. From close up the nearer nose looks ~10% larger, so turns read ~10% high.
 */
export function headTurn(options: TowardOptions = {}): Angle {
  return fromPlaces(
    {
      places: ['nose', ...pairOf('ear')],
      space: 'image',
      unit: 'deg',
      label: msg('Head turn'),
      smoothing: HEAD_SMOOTHING,
      compute: ([nose], input) => {
        const ears = pairFrame(input, 'ear');
        if (!ears || !nose) return null;
        // Which way the person's left lies in the picture is taken from the shoulders, which stay
        // square while the head turns, not from the ears alone: turned ~80° or more, the far ear
        // (hidden, guessed) comes level with the near one or crosses over it, and the ears' own
        // order then read the turn as one to the OTHER side (the puppet turning 85° right read −8°
        // for a frame: a turn counted on each side; on real footage, turns to one side counted to
        // the other). The ear line is measured along itself while it lies within 45° of the
        // shoulder line (so a tilted head reads no turn), its sign from the shoulders; nearer
        // upright than that the ears are all but on top of each other, and the shoulder line is
        // the axis. Crossed ears make the half-width negative: the turn reads past 90°, on its own
        // side. The shoulders are only this hint (not required to be seen); the ears' order when
        // they are absent.
        const axis = pairFrame(input, 'shoulder')?.across ?? ears.across;
        const along = dot2(sub2(ears.left, ears.right), axis);
        const alongItself = Math.abs(along) >= ears.width * Math.SQRT1_2;
        const across = !alongItself ? axis : along >= 0 ? ears.across : { x: -ears.across.x, y: -ears.across.y };
        const halfWidth = (alongItself ? Math.sign(along) * ears.width : along) / 2;
        const offset = dot2(sub2(nose, ears.mid), across);
        const focal = input.imageWidth / 2 / Math.tan(WEBCAM_FOV_DEG / 2 / DEG);
        // How far off the camera's axis the head sits, towards the person's left (+).
        const offAxis = Math.atan(((ears.mid.x - input.imageWidth / 2) * Math.sign(across.x)) / focal) * DEG;
        // atan2 is atan(offset / (1.3 half-width)) while the ears are in order, and goes on past 90°.
        return signed(Math.atan2(offset / NOSE_AHEAD_PER_HALF_EAR, halfWidth) * DEG - offAxis, options.toward);
      },
    },
    options,
  );
}

/**
 * The shoulder or hip line turned about the vertical relative to the camera, in degrees (world
 * landmarks): + when the `toward` side's point is farther from the camera (the body turning to
 * that side). Measured as the line's depth against its width, so a mirrored picture reads the same.
 */
export function lineTurn(part: 'shoulder' | 'hip', options: TowardOptions = {}): Angle {
  return fromPlaces(
    {
      places: pairOf(part),
      space: 'world',
      unit: 'deg',
      label: part === 'shoulder' ? msg('Shoulders turned') : msg('Hips turned'),
      smoothing: TRUNK_SMOOTHING,
      compute: ([left, right]) => {
        if (!left || !right) return null;
        const width = Math.hypot(left.x - right.x, left.y - right.y);
        return signed(Math.atan2(left.z - right.z, width) * DEG, options.toward);
      },
    },
    options,
  );
}

/**
 * +1 for a picture as the camera sees it, −1 for a mirrored one (the person's left on the
 * picture's left): a mirror flips the sense of every rotation about a vertical axis.
 */
const handedness = (left: Vec3, right: Vec3): number => (left.x >= right.x ? 1 : -1);

/**
 * Trunk rotation: the shoulder line turned relative to the hip line about the trunk's own axis
 * (hips' middle to shoulders' middle), in degrees (world landmarks). About the trunk's axis, not
 * the vertical, so that a trunk leaning or rounding forward into the twist does not read less of
 * it (about the vertical, the puppet's 40° twist with the upper back rounded 40° read 22–24°).
 * + when the shoulders turn towards the `toward` side.
 */
export function trunkTurn(options: TowardOptions = {}): Angle {
  return fromPlaces(
    {
      places: [...pairOf('shoulder'), ...pairOf('hip')],
      space: 'world',
      unit: 'deg',
      label: msg('Trunk rotation'),
      smoothing: TRUNK_SMOOTHING,
      compute: ([ls, rs, lh, rh]) => {
        if (!ls || !rs || !lh || !rh) return null;
        // Up the trunk: from the hips' middle to the shoulders' (world y grows downwards).
        const axis = normalize3({
          x: (ls.x + rs.x - lh.x - rh.x) / 2,
          y: (ls.y + rs.y - lh.y - rh.y) / 2,
          z: (ls.z + rs.z - lh.z - rh.z) / 2,
        });
        if (!axis) return null;
        const shoulders = reject3(sub3(ls, rs), axis);
        const hips = reject3(sub3(lh, rh), axis);
        // Signed angle from the hip line to the shoulder line about the axis. With the axis pointing
        // up the trunk (−y) and the lines pointing to the person's left, turning the shoulders to the
        // left carries the left shoulder away from the camera (+z): that is the + sense.
        const sine = dot3(cross3(hips, shoulders), axis);
        const cosine = dot3(hips, shoulders);
        return signed(Math.atan2(sine, cosine) * DEG * handedness(ls, rs), options.toward);
      },
    },
    options,
  );
}
