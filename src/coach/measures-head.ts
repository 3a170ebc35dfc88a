/**
 * Head and trunk measures for front views: how the head tilts, turns and nods relative to the
 * shoulders, how the shoulder line tilts or rises, how the trunk twists and bends.
 *
 * Front-view head angles are small and read off a handful of face points, so every measure here:
 * - is expressed in the body's own frame where it can be (x along the shoulder line from the
 *   right shoulder to the left, y square to it, down the picture), which makes it the same in a
 *   mirrored picture and when the whole person leans; the few read against the picture's level
 *   say so, and assume a level camera;
 * - is normalised by a body length seen in the same picture (shoulder or ear width; never pixels);
 * - keeps MediaPipe's sides: a positive value is towards the person's LEFT unless `toward` says
 *   otherwise (the puppet's sign convention too).
 * Image landmarks are used for everything across the picture (tilts, the nose's offset, a hand at
 * a knee); world landmarks only for what a front view sees end-on: the trunk's twist and forward
 * bend, and the shoulders-to-ears distance (which a chin drop or a turn foreshortens).
 */
import type { BodySide, PairedPart } from '../pose/body-side';
import { sidedName } from '../pose/body-side';
import type { Vec2, Vec3 } from '../pose/geometry';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { OneEuroParams } from '../pose/one-euro';
import type { Measure, MeasureInput } from './measures';

const DEG = 180 / Math.PI;

/**
 * Smoothing for head signals read in the picture: slower than the limbs' (0.5 Hz at rest, not
 * 1.2), because they are read off points a few centimetres apart (the ears are ~30 px apart for
 * a 640 px camera 2.5 m away, where the puppet's 1.5 px jitter swings the ear line ±9° raw, ±6°
 * smoothed; 110 px at 0.9 m: ±1.5°) and these moves are slow. The speed term (beta) is a third of
 * the limbs': with theirs, the jitter's own speed opened the filter right back up. Lag at rest is
 * ~0.3 s; more, and the shared clip neck-tilts-seated loses its last (cut-short) hold.
 */
export const HEAD_SMOOTHING: OneEuroParams = { minCutoffHz: 0.5, beta: 0.005, derivativeCutoffHz: 1 };

/**
 * Smoothing for the trunk's turns and lean, read from MediaPipe's depth estimate: slower still
 * (0.4 Hz, almost no speed term), since the puppet's 1 cm of world jitter on a 25 cm hip line
 * swings a still twist by ±4° even so. Trunk rotations are held, not hurried.
 */
export const TRUNK_SMOOTHING: OneEuroParams = { minCutoffHz: 0.4, beta: 0.001, derivativeCutoffHz: 1 };

export interface HeadMeasureOptions {
  readonly label?: string;
  /** The side a positive value leans, turns or twists towards (default 'left'). */
  readonly toward?: BodySide;
}

/** A landmark in pixel proportions (image x by width, y by height), or null if absent. */
function pixel(input: MeasureInput, name: LandmarkName): Vec2 | null {
  const p = input.pose.image[LANDMARK[name]];
  return p ? { x: p.x * input.imageWidth, y: p.y * input.imageHeight } : null;
}

/** A world landmark (metres, camera axes: x right, y down, z away), or null if absent. */
function metres(input: MeasureInput, name: LandmarkName): Vec3 | null {
  const p = input.pose.world[LANDMARK[name]];
  return p ? { x: p.x, y: p.y, z: p.z } : null;
}

const pair = (part: PairedPart): [LandmarkName, LandmarkName] => [sidedName(part, 'left'), sidedName(part, 'right')];
const midpoint = (a: Vec2, b: Vec2): Vec2 => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dot = (a: Vec2, b: Vec2): number => a.x * b.x + a.y * b.y;
const minus = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x - b.x, y: a.y - b.y });

/**
 * The frame of a left/right pair in the picture: `across` the unit vector from the right point to
 * the left one, `down` square to it pointing down the picture, `width` their distance in pixels.
 * A mirrored picture flips `across` with the points, so coordinates in this frame do not change.
 */
interface PairFrame {
  readonly left: Vec2;
  readonly right: Vec2;
  readonly mid: Vec2;
  readonly across: Vec2;
  readonly down: Vec2;
  readonly width: number;
}

function pairFrame(input: MeasureInput, part: PairedPart): PairFrame | null {
  const [l, r] = pair(part);
  const left = pixel(input, l);
  const right = pixel(input, r);
  if (!left || !right) return null;
  const width = Math.hypot(left.x - right.x, left.y - right.y);
  if (width === 0) return null;
  const across = { x: (left.x - right.x) / width, y: (left.y - right.y) / width };
  const square = { x: -across.y, y: across.x };
  const down = square.y >= 0 ? square : { x: -square.x, y: -square.y };
  return { left, right, mid: midpoint(left, right), across, down, width };
}

/** The measure's value with the sign of `toward` (positive towards the person's left by default). */
const signed = (value: number, toward: BodySide = 'left'): number => (toward === 'left' ? value : -value);

function measure(
  reads: readonly LandmarkName[],
  defaults: { label: string; unit: Measure['unit']; space: Measure['space'] },
  options: { label?: string },
  compute: (input: MeasureInput) => number | null,
): Measure {
  return {
    label: options.label ?? defaults.label,
    unit: defaults.unit,
    space: defaults.space,
    smoothing: defaults.space === 'world' ? TRUNK_SMOOTHING : HEAD_SMOOTHING,
    joints: () => reads,
    compute: (input) => {
      const value = compute(input);
      return value === null || !Number.isFinite(value) ? null : value;
    },
  };
}

const EARS_AND_SHOULDERS: readonly LandmarkName[] = ['left_ear', 'right_ear', 'left_shoulder', 'right_shoulder'];

/**
 * Sideways tilt of the head (ear towards shoulder), in degrees: the ear line against the shoulder
 * line ('shoulders', default: the neck's own bend), or against the picture's horizontal ('level':
 * the whole tilt a person sees, shoulders included; assumes a level camera). + when the ear on
 * the `toward` side is lower.
 */
export function headTilt(options: HeadMeasureOptions & { readonly from?: 'shoulders' | 'level' } = {}): Measure {
  const from = options.from ?? 'shoulders';
  return measure(
    from === 'shoulders' ? EARS_AND_SHOULDERS : ['left_ear', 'right_ear'],
    { label: 'Head tilt', unit: '°', space: 'image' },
    options,
    (input) => {
      const ears = pairFrame(input, 'ear');
      if (!ears) return null;
      if (from === 'level') return signed(lineSlope(ears), options.toward);
      const shoulders = pairFrame(input, 'shoulder');
      if (!shoulders) return null;
      const line = minus(ears.left, ears.right);
      return signed(Math.atan2(dot(line, shoulders.down), dot(line, shoulders.across)) * DEG, options.toward);
    },
  );
}

/** A pair's line against the picture's horizontal, + when its left point is lower. */
function lineSlope(frame: PairFrame): number {
  return Math.atan2(frame.left.y - frame.right.y, Math.abs(frame.left.x - frame.right.x)) * DEG;
}

/**
 * The shoulder line against the picture's horizontal, in degrees: + when the shoulder on the
 * `toward` side is lower (the trunk leaning or the other shoulder hitched up). Assumes a level
 * camera, as a laptop's is.
 */
export function shoulderTilt(options: HeadMeasureOptions = {}): Measure {
  return measure(
    ['left_shoulder', 'right_shoulder'],
    { label: 'Shoulder line tilt', unit: '°', space: 'image' },
    options,
    (input) => {
      const shoulders = pairFrame(input, 'shoulder');
      return shoulders ? signed(lineSlope(shoulders), options.toward) : null;
    },
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
 * (the puppet 13 cm off-centre at 0.9 m: 10°); that angle is taken off. + when looking towards
 * the `toward` side. Faithful to about 60°; beyond that the far ear hides behind the head and the
 * detector guesses it. From close up the nearer nose looks ~10% larger, so turns read ~10% high.
 */
export function headTurn(options: HeadMeasureOptions = {}): Measure {
  return measure(
    ['nose', 'left_ear', 'right_ear'],
    { label: 'Head turn', unit: '°', space: 'image' },
    options,
    (input) => {
      const ears = pairFrame(input, 'ear');
      const nose = pixel(input, 'nose');
      if (!ears || !nose) return null;
      const offset = dot(minus(nose, ears.mid), ears.across) / (ears.width / 2);
      const focal = input.imageWidth / 2 / Math.tan(WEBCAM_FOV_DEG / 2 / DEG);
      // How far off the camera's axis the head sits, towards the person's left (+).
      const offAxis = Math.atan(((ears.mid.x - input.imageWidth / 2) * Math.sign(ears.across.x)) / focal) * DEG;
      return signed(Math.atan(offset / NOSE_AHEAD_PER_HALF_EAR) * DEG - offAxis, options.toward);
    },
  );
}

/**
 * The nose tip's reach from the ear midpoint, in shoulder widths (BlazePose: ~10.5 cm of a
 * ~37 cm shoulder width; the puppet's 0.29), and how far below the ears it sits with the head
 * level (~13°).
 */
const NOSE_REACH_SW = 0.29;
const LEVEL_NOSE_DROP_DEG = 13;

/**
 * Chin drop (head flexion), in degrees: + chin towards the chest, − looking up, 0 with the face
 * straight ahead of a camera at face height. From how far the nose sits below the middle of the
 * ears, square to the shoulder line, in shoulder widths. Square to the shoulders rather than to
 * the ear line: a turned head tips the ear line in the picture by perspective (the near ear is
 * larger; 9–11° at 45° from a camera below the face) and would lend the drop part of the nose's
 * sideways slide, while a tilt of the head changes this by under 3° (the nose sits only ~2 cm
 * below the ears). A camera below the face reads the head a few degrees further back (≈ its
 * angle of view up to it).
 */
export function chinDrop(options: { readonly label?: string } = {}): Measure {
  return measure(
    ['nose', ...EARS_AND_SHOULDERS],
    { label: 'Chin drop', unit: '°', space: 'image' },
    options,
    (input) => {
      const ears = pairFrame(input, 'ear');
      const shoulders = pairFrame(input, 'shoulder');
      const nose = pixel(input, 'nose');
      if (!ears || !shoulders || !nose) return null;
      const drop = dot(minus(nose, ears.mid), shoulders.down) / shoulders.width / NOSE_REACH_SW;
      return Math.asin(Math.max(-1, Math.min(1, drop))) * DEG - LEVEL_NOSE_DROP_DEG;
    },
  );
}

/**
 * The nose's position relative to the middle of the shoulders, in shoulder widths, along the
 * shoulder line ('across': + towards the `toward` side) or square to it ('up': + above). Traces
 * the head's circle in a neck roll: sideways as it tilts, down as the chin drops, up as it tips
 * back.
 */
export function nosePosition(axis: 'across' | 'up', options: HeadMeasureOptions = {}): Measure {
  return measure(
    ['nose', 'left_shoulder', 'right_shoulder'],
    { label: axis === 'across' ? 'Head across' : 'Head height', unit: '×', space: 'image' },
    options,
    (input) => {
      const shoulders = pairFrame(input, 'shoulder');
      const nose = pixel(input, 'nose');
      if (!shoulders || !nose) return null;
      const offset = minus(nose, shoulders.mid);
      return axis === 'across'
        ? signed(dot(offset, shoulders.across) / shoulders.width, options.toward)
        : -dot(offset, shoulders.down) / shoulders.width;
    },
  );
}

/**
 * A typical adult's shoulder-to-ear distance in MediaPipe's world landmarks, which are scaled to
 * an adult body: 0.18–0.22 m with the shoulders down on the shared clips (neck-tilts-seated,
 * neck-roll-closeup, hans_shoulder_rolls), the puppet's 0.18 m.
 */
const TYPICAL_NECK_M = 0.19;

/**
 * The distance from the middle of the shoulders to the middle of the ears, in typical necks
 * (world landmarks). A tilt or a roll of the head turns it about the neck's base, which keeps it
 * (the shared clips: 0.97–1.15 while tilting; as low as 0.78 with the chin right down); a shrug
 * takes a third or more of it (hans_shoulder_rolls: 0.74 at the top of a roll). World, not
 * image: a front view sees the chin drop and the head turn end-on.
 */
export function neckLength(options: { readonly label?: string } = {}): Measure {
  return measure(EARS_AND_SHOULDERS, { label: 'Neck length', unit: '×', space: 'world' }, options, (input) => {
    const [le, re, ls, rs] = EARS_AND_SHOULDERS.map((name) => metres(input, name));
    if (!le || !re || !ls || !rs) return null;
    const ears = { x: (le.x + re.x) / 2, y: (le.y + re.y) / 2, z: (le.z + re.z) / 2 };
    const shoulders = { x: (ls.x + rs.x) / 2, y: (ls.y + rs.y) / 2, z: (ls.z + rs.z) / 2 };
    return Math.hypot(ears.x - shoulders.x, ears.y - shoulders.y, ears.z - shoulders.z) / TYPICAL_NECK_M;
  });
}

/**
 * How far the middle of one pair sits from the middle of another, along the reference pair's
 * line, in that pair's widths (image): the knees swinging sideways off the hips as the pelvis
 * turns, the shoulders swaying off the hips. + towards the `toward` side.
 */
export function offsetAcross(part: PairedPart, reference: PairedPart, options: HeadMeasureOptions = {}): Measure {
  return measure(
    [...pair(part), ...pair(reference)],
    { label: `${part} off the ${reference}s`, unit: '×', space: 'image' },
    options,
    (input) => {
      const moved = pairFrame(input, part);
      const base = pairFrame(input, reference);
      if (!moved || !base) return null;
      return signed(dot(minus(moved.mid, base.mid), base.across) / base.width, options.toward);
    },
  );
}

/**
 * How far a left/right line is turned about the vertical, in degrees (world landmarks: a front
 * view sees this turn end-on): + when the `toward` side's point is farther from the camera, i.e.
 * the body turns to that side. Measured as the line's depth against its width, so a mirrored
 * picture reads the same.
 */
function turnOf(input: MeasureInput, part: PairedPart): number | null {
  const [l, r] = pair(part);
  const left = metres(input, l);
  const right = metres(input, r);
  if (!left || !right) return null;
  const width = Math.hypot(left.x - right.x, left.y - right.y);
  return Math.atan2(left.z - right.z, width) * DEG;
}

/** The shoulder or hip line turned about the vertical relative to the camera, in degrees. */
export function lineTurn(part: 'shoulder' | 'hip', options: HeadMeasureOptions = {}): Measure {
  return measure(
    pair(part),
    { label: part === 'shoulder' ? 'Shoulders turned' : 'Hips turned', unit: '°', space: 'world' },
    options,
    (input) => {
      const turn = turnOf(input, part);
      return turn === null ? null : signed(turn, options.toward);
    },
  );
}

/**
 * Trunk rotation: the shoulder line turned relative to the hip line about the trunk's own axis
 * (hips' middle to shoulders' middle), in degrees (world landmarks). About the trunk's axis, not
 * the vertical, so that a trunk leaning or rounding forward into the twist does not read less of
 * it (about the vertical, the puppet's 40° twist with the upper back rounded 40° read 22–24°).
 * + when the shoulders turn towards the `toward` side.
 */
export function trunkTurn(options: HeadMeasureOptions = {}): Measure {
  return measure(
    [...pair('shoulder'), ...pair('hip')],
    { label: 'Trunk rotation', unit: '°', space: 'world' },
    options,
    (input) => {
      const [ls, rs, lh, rh] = [...pair('shoulder'), ...pair('hip')].map((name) => metres(input, name));
      if (!ls || !rs || !lh || !rh) return null;
      // Up the trunk: from the hips' middle to the shoulders' (world y grows downwards).
      const axis = unit3({
        x: (ls.x + rs.x - lh.x - rh.x) / 2,
        y: (ls.y + rs.y - lh.y - rh.y) / 2,
        z: (ls.z + rs.z - lh.z - rh.z) / 2,
      });
      if (!axis) return null;
      const across = (l: Vec3, r: Vec3) => flatten({ x: l.x - r.x, y: l.y - r.y, z: l.z - r.z }, axis);
      const shoulders = across(ls, rs);
      const hips = across(lh, rh);
      // Signed angle from the hip line to the shoulder line about the axis. With the axis pointing
      // up the trunk (−y) and the lines pointing to the person's left, turning the shoulders to the
      // left carries the left shoulder away from the camera (+z): that is the + sense.
      const cross = {
        x: hips.y * shoulders.z - hips.z * shoulders.y,
        y: hips.z * shoulders.x - hips.x * shoulders.z,
        z: hips.x * shoulders.y - hips.y * shoulders.x,
      };
      const sine = cross.x * axis.x + cross.y * axis.y + cross.z * axis.z;
      const cosine = hips.x * shoulders.x + hips.y * shoulders.y + hips.z * shoulders.z;
      return signed(Math.atan2(sine, cosine) * DEG * handedness(ls, rs), options.toward);
    },
  );
}

/** A vector scaled to length 1, or null for a zero vector. */
function unit3(v: Vec3): Vec3 | null {
  const length = Math.hypot(v.x, v.y, v.z);
  return length > 0 ? { x: v.x / length, y: v.y / length, z: v.z / length } : null;
}

/** A vector with its component along `axis` (a unit vector) removed. */
function flatten(v: Vec3, axis: Vec3): Vec3 {
  const along = v.x * axis.x + v.y * axis.y + v.z * axis.z;
  return { x: v.x - along * axis.x, y: v.y - along * axis.y, z: v.z - along * axis.z };
}

/**
 * +1 for a picture as the camera sees it, −1 for a mirrored one (the person's left on the
 * picture's left): a mirror flips the sense of every rotation about a vertical axis.
 */
function handedness(left: Vec3, right: Vec3): number {
  return left.x >= right.x ? 1 : -1;
}

/**
 * The trunk bent forward towards the camera, in degrees from upright (world landmarks: a front
 * view sees the bend end-on, as the trunk shortening). The hip-to-shoulder midline's lean in the
 * body's forward–up plane; a side bend does not count. The camera's own tilt adds to it.
 */
export function trunkBend(options: { readonly label?: string } = {}): Measure {
  return measure(
    [...pair('shoulder'), ...pair('hip')],
    { label: 'Trunk bent forward', unit: '°', space: 'world' },
    options,
    (input) => {
      const [ls, rs, lh, rh] = [...pair('shoulder'), ...pair('hip')].map((name) => metres(input, name));
      if (!ls || !rs || !lh || !rh) return null;
      // From the shoulders down to the hips: upright it points down (+y); bent towards the camera
      // the shoulders come nearer (−z), so it points away (+z).
      const down = { y: (lh.y + rh.y - ls.y - rs.y) / 2, z: (lh.z + rh.z - ls.z - rs.z) / 2 };
      return Math.atan2(down.z, down.y) * DEG;
    },
  );
}

/**
 * The distance between two landmarks in the picture, in shoulder widths: a hand reaching a knee,
 * a hand on the head. Image landmarks: "touching" is judged across the picture, where the
 * detector is faithful.
 */
export function reach(from: LandmarkName, to: LandmarkName, options: { readonly label?: string } = {}): Measure {
  return measure(
    [from, to, 'left_shoulder', 'right_shoulder'],
    { label: `${from} to ${to}`, unit: '×', space: 'image' },
    options,
    (input) => {
      const a = pixel(input, from);
      const b = pixel(input, to);
      const shoulders = pairFrame(input, 'shoulder');
      return a && b && shoulders ? Math.hypot(a.x - b.x, a.y - b.y) / shoulders.width : null;
    },
  );
}
