/**
 * Counts circles: two measures (say, the head's side tilt and its nod) trace a loop, and the
 * angle of the point around the loop's centre sweeps 360° per circle. The centre follows the
 * person slowly (they drift); sweeps are counted only while the loop is wide enough to be a
 * deliberate circle, and the direction is the sign of the sweep.
 */

export interface CycleRule {
  /** Below this distance from the centre (in the measures' units) the point is not circling. */
  readonly minRadius: number;
  /** A circle quicker than this is not one (circles are slow moves). */
  readonly minCycleMs?: number;
  /** How quickly the centre follows the person (seconds). */
  readonly centreTimeConstantS?: number;
}

export type Direction = 'clockwise' | 'counter-clockwise';

export interface CycleOutcome {
  readonly direction: Direction;
  readonly startMs: number;
  readonly endMs: number;
}

const DEFAULT_MIN_CYCLE_MS = 1500;
const DEFAULT_CENTRE_TIME_CONSTANT_S = 4;
/** Sweeping back more than this abandons the circle under way (the person changed direction). */
const REVERSAL_DEGREES = 90;
/**
 * A circle counts this close to a full turn: a set's last circle ends where the first began, and
 * smoothing or jitter can leave it a few degrees short. The next circle still needs a full turn more,
 * so the slack is given once per set, never once per circle.
 */
const SLACK_DEGREES = 30;

export class CycleCounter {
  private centre: { x: number; y: number } | null = null;
  private lastAngle: number | null = null;
  private lastMs: number | null = null;
  private swept = 0;
  private sweepStartMs = 0;
  /** Degrees gone back from the furthest point reached in the circle under way. */
  private reversed = 0;

  constructor(private readonly rule: CycleRule) {}

  /** Degrees swept in the circle under way (signed: + is counter-clockwise in the measures' axes). */
  get progress(): number {
    return this.swept;
  }

  update(x: number, y: number, timeMs: number): CycleOutcome | null {
    const dtS = this.lastMs === null ? 0 : (timeMs - this.lastMs) / 1000;
    this.lastMs = timeMs;
    if (!this.centre) this.centre = { x, y };
    const k = 1 - Math.exp(-dtS / (this.rule.centreTimeConstantS ?? DEFAULT_CENTRE_TIME_CONSTANT_S));
    this.centre = { x: this.centre.x + k * (x - this.centre.x), y: this.centre.y + k * (y - this.centre.y) };
    const dx = x - this.centre.x;
    const dy = y - this.centre.y;
    if (Math.hypot(dx, dy) < this.rule.minRadius) {
      this.lastAngle = null; // too small to tell an angle: not circling now
      return null;
    }
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (this.lastAngle === null) {
      this.lastAngle = angle;
      if (this.swept === 0) this.sweepStartMs = timeMs;
      return null;
    }
    let step = angle - this.lastAngle;
    if (step > 180) step -= 360;
    if (step < -180) step += 360;
    this.lastAngle = angle;
    if (this.swept === 0) this.sweepStartMs = timeMs;
    // Going back undoes progress, so jitter and rocking to and fro never add up to a circle; going
    // back far enough from the furthest point reached is a change of direction.
    const back = this.swept !== 0 && Math.sign(step) === -Math.sign(this.swept);
    this.reversed = back ? this.reversed + Math.abs(step) : Math.max(0, this.reversed - Math.abs(step));
    if (this.reversed > REVERSAL_DEGREES) {
      this.swept = -Math.sign(this.swept) * this.reversed;
      this.reversed = 0;
      this.sweepStartMs = timeMs;
      return null;
    }
    this.swept += step;
    if (Math.abs(this.swept) < 360 - SLACK_DEGREES) return null;
    const direction: Direction = this.swept > 0 ? 'counter-clockwise' : 'clockwise';
    const outcome = { direction, startMs: this.sweepStartMs, endMs: timeMs };
    this.swept -= 360 * Math.sign(this.swept);
    this.sweepStartMs = timeMs;
    if (timeMs - outcome.startMs < (this.rule.minCycleMs ?? DEFAULT_MIN_CYCLE_MS)) return null;
    return outcome;
  }

  reset(): void {
    this.centre = null;
    this.lastAngle = null;
    this.lastMs = null;
    this.swept = 0;
    this.reversed = 0;
  }
}
