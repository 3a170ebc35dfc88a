/**
 * Where the camera sees the person from. The shoulder and hip lines run across the picture when
 * the person faces (or turns their back to) the camera, and along the camera's axis when they are
 * side-on — lying or standing alike. MediaPipe's world landmarks give those lines in 3-D; the
 * picture gives a second opinion (shoulders close together relative to the trunk = side-on).
 */
import type { BodySide } from './body-side';
import { LANDMARK } from './landmarks';
import type { Degrees, Landmark, Pose } from './types';

export type CameraView = 'front' | 'side';

export interface ViewReading {
  /** 0° when the shoulder and hip lines are square to the camera, 90° when side-on. */
  readonly turn: Degrees;
  /** The side of the body nearer the camera. */
  readonly near: BodySide;
  /**
   * How far the trunk is hinged forward from upright, in 3-D (0 upright, 90 level), when the hips
   * are seen; absent otherwise.
   */
  readonly hinge?: Degrees;
  /**
   * The person's back is to the camera: the nose lies behind the ears in MediaPipe's depth.
   * Absent when it cannot be told (the face's landmarks missing, or the trunk hinged or lying).
   */
  readonly away?: boolean;
}

const MIN_VISIBILITY = 0.3;

/**
 * A square turn (0°) is the same reading facing the camera or with the back to it: the shoulder
 * and hip lines run across the picture either way. What tells them apart is the face. In
 * MediaPipe's 3-D estimate the nose lies ahead of the ears by about a third of a shoulder width
 * when the person faces the camera (the shared front clips: −0.26 to −0.44 shoulder widths,
 * 10th–90th percentile), and behind them when the back is turned (the unlabelled
 * deep_shoulder_rolls_back_view: +0.44 to +0.50; the puppet turned 135–225°: +0.23 to +0.30).
 * The detector still reports the nose as seen (visibility 0.99 on that clip), and the picture's
 * left–right order of the shoulders flips too but also flips in a mirrored video (a phone's
 * front camera), so neither is used. Beyond 0.12 behind the ears is a back view.
 */
const NOSE_BEHIND_EARS = 0.12;
/**
 * Hinged forward or lying past this, the face points at the floor or the ceiling and the nose's
 * depth against the ears says nothing about which way the trunk faces.
 */
const AWAY_UPRIGHT_WITHIN: Degrees = 40;

/** Whether the nose lies behind the ears (the back to the camera); undefined when not told. */
function facingAway(pose: Pose, hinge: Degrees | undefined): boolean | undefined {
  if (hinge !== undefined && hinge > AWAY_UPRIGHT_WITHIN) return undefined;
  const w = (name: keyof typeof LANDMARK) => pose.world[LANDMARK[name]];
  const [nose, le, re, ls, rs] = [w('nose'), w('left_ear'), w('right_ear'), w('left_shoulder'), w('right_shoulder')];
  if (!nose || !le || !re || !ls || !rs) return undefined;
  const width = Math.hypot(ls.x - rs.x, ls.z - rs.z);
  if (width === 0) return undefined;
  return (nose.z - (le.z + re.z) / 2) / width > NOSE_BEHIND_EARS;
}

/** One frame's reading, or null when the shoulders are not seen well enough. */
export function readView(pose: Pose, imageWidth: number, imageHeight: number): ViewReading | null {
  const w = (name: keyof typeof LANDMARK) => pose.world[LANDMARK[name]];
  const i = (name: keyof typeof LANDMARK) => pose.image[LANDMARK[name]];
  const [ls, rs, lh, rh] = [w('left_shoulder'), w('right_shoulder'), w('left_hip'), w('right_hip')];
  const [ils, irs, ilh, irh] = [i('left_shoulder'), i('right_shoulder'), i('left_hip'), i('right_hip')];
  if (!ls || !rs || !ils || !irs || Math.min(ils.visibility, irs.visibility) < MIN_VISIBILITY) return null;

  const lineTurn = (a: Landmark, b: Landmark) => (Math.atan2(Math.abs(a.z - b.z), Math.abs(a.x - b.x)) * 180) / Math.PI;
  if (!lh || !rh || !ilh || !irh || Math.min(ilh.visibility, irh.visibility) < MIN_VISIBILITY) {
    // Upper body only (a laptop framing the head and shoulders): the shoulder line alone.
    const near: BodySide = ls.z < rs.z ? 'left' : 'right';
    return withAway({ turn: lineTurn(ls, rs), near }, facingAway(pose, undefined));
  }
  const worldTurn = (lineTurn(ls, rs) + lineTurn(lh, rh)) / 2;
  // The picture: shoulder width against trunk length (about 0.75 face-on, under 0.25 side-on).
  const px = (p: Landmark) => ({ x: p.x * imageWidth, y: p.y * imageHeight });
  const [a, b, c, d] = [px(ils), px(irs), px(ilh), px(irh)];
  const shoulderWidth = Math.hypot(a.x - b.x, a.y - b.y);
  const { share, hinge } = trunkInWorld(ls, rs, lh, rh);
  const trunk = Math.hypot((a.x + b.x - c.x - d.x) / 2, (a.y + b.y - c.y - d.y) / 2) / share;
  const ratio = trunk > 0 ? shoulderWidth / trunk : 1;
  const imageTurn = Math.acos(Math.min(1, ratio / 0.75)) * (180 / Math.PI);
  // The picture's opinion counts as much as the depth's for an upright trunk; for one hinged
  // towards the camera it rests on the depth's own reading of the trunk (the share) and on a
  // trunk the picture foreshortens, so it counts for less (share²): the chest-supported reverse
  // flyes seen ~30° from the front read 31–37° with it, not 40–47°.
  const imageWeight = share * share;

  // Nearer side: closer in depth, and better seen.
  const depth = ls.z + lh.z - (rs.z + rh.z);
  const seen = ils.visibility + ilh.visibility - (irs.visibility + irh.visibility);
  const near: BodySide = depth - seen * 0.2 < 0 ? 'left' : 'right';
  return withAway(
    { turn: (worldTurn + imageWeight * imageTurn) / (1 + imageWeight), near, hinge },
    facingAway(pose, hinge),
  );
}

const withAway = (reading: ViewReading, away: boolean | undefined): ViewReading =>
  away === undefined ? reading : { ...reading, away };

/**
 * The trunk (hips' middle to shoulders') in MediaPipe's 3-D estimate: the share of its length that
 * lies in the picture's plane (1 upright, or leaning across the picture) and its hinge from
 * upright. The picture's reading assumes an upright trunk: a trunk hinged forward (a bent-over
 * row, a reverse fly) and seen obliquely leans partly towards the camera, so the picture shows it
 * shortened and the shoulders read wide against it — square to the camera. A ~45° front-oblique
 * bent-over row (hinged ~60°) read 0° in the picture while MediaPipe's depth read 45°; its trunk
 * points 0.7 of its length towards the camera. Dividing the picture's trunk by the share gives its
 * true length back. The trunk's depth is the steadiest MediaPipe gives
 * (tests/support/real-depth.ts), and the share is held at or above 0.5 (a trunk within 60° of
 * pointing at the lens) so that depth noise on a trunk folded straight at the camera cannot
 * stretch it without bound.
 */
function trunkInWorld(
  ls: Landmark,
  rs: Landmark,
  lh: Landmark,
  rh: Landmark,
): { readonly share: number; readonly hinge: Degrees } {
  const x = (ls.x + rs.x - lh.x - rh.x) / 2;
  const y = (ls.y + rs.y - lh.y - rh.y) / 2;
  const z = (ls.z + rs.z - lh.z - rh.z) / 2;
  const length = Math.hypot(x, y, z);
  if (length === 0) return { share: 1, hinge: 0 };
  // World y grows downwards: an upright trunk runs towards −y.
  const hinge = (Math.acos(Math.max(-1, Math.min(1, -y / length))) * 180) / Math.PI;
  return { share: Math.max(MIN_IN_PICTURE, Math.hypot(x, y) / length), hinge };
}
const MIN_IN_PICTURE = 0.5;

/** Thresholds with a gap between them, so a person standing at 45° does not flicker. */
const FRONT_BELOW: Degrees = 30;
const SIDE_ABOVE: Degrees = 55;
/**
 * For a trunk hinged forward past HINGED, side-on begins at 40°. What a side view is for in a
 * hinged exercise — the hinge itself, the arms' pull and lift — lies in the body's own plane,
 * which a camera turned 40° from the front sees at sin 40° ≈ 0.64 of its size: enough to tell an
 * arm hanging (~175°) from one pulled (~90°), where an upright person at 40° is more often in the
 * middle of turning. Between 30° and 40° stays undecided, as a chest-supported reverse fly seen
 * ~30° from the front reads (31–37°); a bent-over row ~45° from the front reads 43–45°.
 */
const SIDE_ABOVE_HINGED: Degrees = 40;
const HINGED: Degrees = 40;
/**
 * A change of view must hold this long before it is believed. The first view is believed at once:
 * nothing is counted before it anyway (the set-up then settles for 0.5 s), and waiting for a second
 * clear reading waits a frame interval, 100 ms at 10 analysed frames a second, or far longer when
 * the next readings fall between the thresholds (issue 13).
 */
const SETTLE_MS = 600;
/** How quickly the near side follows the readings. */
const NEAR_TIME_CONSTANT_S = 0.3;
/** How quickly "back to the camera" follows the readings: a turn round takes a second or so. */
const AWAY_TIME_CONSTANT_S = 0.5;

export interface ViewState {
  readonly view: CameraView | null;
  readonly near: BodySide;
  readonly turn: Degrees | null;
  /** The person's back is to the camera (see ViewReading.away), settled over about half a second. */
  readonly away?: boolean;
}

/** Follows the view over time, with hysteresis and a settling time. */
export class ViewTracker {
  private current: CameraView | null = null;
  private candidate: CameraView | null = null;
  private candidateSinceMs = 0;
  private near: BodySide = 'left';
  /** Evidence for the left side being near, −1…1, averaged over ~0.5 s so a front view does not flip. */
  private nearScore = 0;
  /** Evidence for the back being to the camera, −1…1, averaged like the near side's. */
  private awayScore = 0;
  private away = false;
  private lastMs: number | null = null;

  update(reading: ViewReading | null, timeMs: number): ViewState {
    if (!reading) return { view: this.current, near: this.near, turn: null, away: this.away };
    const sideAbove = (reading.hinge ?? 0) >= HINGED ? SIDE_ABOVE_HINGED : SIDE_ABOVE;
    const seen: CameraView | null =
      reading.turn <= FRONT_BELOW ? 'front' : reading.turn >= sideAbove ? 'side' : this.current;
    if (seen !== this.current && this.current === null) {
      this.current = seen;
      this.candidate = null;
    } else if (seen !== this.current) {
      if (seen !== this.candidate) {
        this.candidate = seen;
        this.candidateSinceMs = timeMs;
      } else if (timeMs - this.candidateSinceMs >= SETTLE_MS) {
        this.current = seen;
      }
    } else {
      this.candidate = null;
    }
    const dtS = this.lastMs === null ? 1 : Math.max(0, (timeMs - this.lastMs) / 1000);
    this.lastMs = timeMs;
    const k = 1 - Math.exp(-dtS / NEAR_TIME_CONSTANT_S);
    this.nearScore += k * ((reading.near === 'left' ? 1 : -1) - this.nearScore);
    if (Math.abs(this.nearScore) > 0.2) this.near = this.nearScore > 0 ? 'left' : 'right';
    if (reading.away !== undefined) {
      const ka = 1 - Math.exp(-dtS / AWAY_TIME_CONSTANT_S);
      this.awayScore += ka * ((reading.away ? 1 : -1) - this.awayScore);
      // A gap between the two lines: a reading or two either way does not flip it.
      if (this.awayScore > 0.5) this.away = true;
      else if (this.awayScore < -0.5) this.away = false;
    }
    return { view: this.current, near: this.near, turn: reading.turn, away: this.away };
  }
}
