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
}

const MIN_VISIBILITY = 0.3;

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
    return { turn: lineTurn(ls, rs), near };
  }
  const worldTurn = (lineTurn(ls, rs) + lineTurn(lh, rh)) / 2;
  // The picture: shoulder width against trunk length (about 0.75 face-on, under 0.25 side-on).
  const px = (p: Landmark) => ({ x: p.x * imageWidth, y: p.y * imageHeight });
  const [a, b, c, d] = [px(ils), px(irs), px(ilh), px(irh)];
  const shoulderWidth = Math.hypot(a.x - b.x, a.y - b.y);
  const trunk = Math.hypot((a.x + b.x - c.x - d.x) / 2, (a.y + b.y - c.y - d.y) / 2);
  const ratio = trunk > 0 ? shoulderWidth / trunk : 1;
  const imageTurn = Math.acos(Math.min(1, ratio / 0.75)) * (180 / Math.PI);

  // Nearer side: closer in depth, and better seen.
  const depth = ls.z + lh.z - (rs.z + rh.z);
  const seen = ils.visibility + ilh.visibility - (irs.visibility + irh.visibility);
  const near: BodySide = depth - seen * 0.2 < 0 ? 'left' : 'right';
  return { turn: (worldTurn + imageTurn) / 2, near };
}

/** Thresholds with a gap between them, so a person standing at 45° does not flicker. */
const FRONT_BELOW: Degrees = 30;
const SIDE_ABOVE: Degrees = 55;
/**
 * A change of view must hold this long before it is believed. The first view is believed at once:
 * nothing is counted before it anyway (the set-up then settles for 0.5 s), and waiting for a second
 * clear reading waits a frame interval, 100 ms at 10 analysed frames a second, or far longer when
 * the next readings fall between the thresholds (issue 13).
 */
const SETTLE_MS = 600;
/** How quickly the near side follows the readings. */
const NEAR_TIME_CONSTANT_S = 0.3;

export interface ViewState {
  readonly view: CameraView | null;
  readonly near: BodySide;
  readonly turn: Degrees | null;
}

/** Follows the view over time, with hysteresis and a settling time. */
export class ViewTracker {
  private current: CameraView | null = null;
  private candidate: CameraView | null = null;
  private candidateSinceMs = 0;
  private near: BodySide = 'left';
  /** Evidence for the left side being near, −1…1, averaged over ~0.5 s so a front view does not flip. */
  private nearScore = 0;
  private lastMs: number | null = null;

  update(reading: ViewReading | null, timeMs: number): ViewState {
    if (!reading) return { view: this.current, near: this.near, turn: null };
    const seen: CameraView | null =
      reading.turn <= FRONT_BELOW ? 'front' : reading.turn >= SIDE_ABOVE ? 'side' : this.current;
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
    return { view: this.current, near: this.near, turn: reading.turn };
  }
}
