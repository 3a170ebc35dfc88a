/**
 * Counts circles: two measures (say, the head's side tilt and its nod) trace a loop.
 *
 * The loop's centre and its size on each axis come from the extremes of the last few seconds of
 * movement (not an average, which leans towards wherever the person pauses), and each axis is
 * scaled by its own half-range, so a flat ellipse — a head that travels twice as far sideways as
 * up and down — is read as the circle it is. Then, one of two ways:
 *
 * - **Sweep** (the default): the angle of the point around the centre sweeps 360° per circle;
 *   going back undoes progress, so rocking to and fro never adds up to a circle, and the direction
 *   is the sign of the sweep.
 * - **Swings of one axis** (`countOn`): for a loop the camera sees well on one axis only (the
 *   shoulders' lift is plain from the front, their forward/back travel is faint depth), each swing
 *   of that axis up and back is a circle, and the way round is the sign of the area the loop
 *   encloses — told only when the loop is open enough to tell it, otherwise left unsaid.
 */

export interface CycleRule {
  /**
   * Below this distance from the centre (in the measures' units) the point is not circling; in
   * `countOn` mode, the least swing either side of the middle that counts.
   */
  readonly minRadius: number;
  /** A circle quicker than this is not one (circles are slow moves). */
  readonly minCycleMs?: number;
  /** A sweep slower than this is not a circle but a drift; it starts again. */
  readonly maxCycleMs?: number;
  /** Sweep mode: how quickly the centre follows the person (seconds). */
  readonly centreTimeConstantS?: number;
  /**
   * Seconds of movement whose extremes set each axis's size (and in `countOn` mode the centre):
   * about a circle's length.
   */
  readonly centreWindowS?: number;
  /** Count swings of this axis alone, the way round from the loop's area (see above). */
  readonly countOn?: 'x' | 'y';
  /**
   * `countOn` mode: the side of that axis a circle starts and ends on, where the person rests
   * (the shoulders' bottom). Without it, the first side reached.
   */
  readonly home?: 'low' | 'high';
  /**
   * `countOn` mode: a swing counts only when its loop is open enough to tell the way round. A
   * swing up and back along a line (an arm raised and lowered in the picture's plane, an overhead
   * clap) is then no circle, however large; the loop's area is read on axes scaled by their own
   * half-ranges, so a depth axis that MediaPipe compresses or a small circle still encloses its π.
   */
  readonly requireLoop?: boolean;
  /**
   * `countOn` mode with `requireLoop`, for two axes in the same unit: the least width of the loop
   * across (the other axis's half-range) as a share of its length along the counted axis. A circle
   * is round, even with its depth half lost; a clap or a raise up and back traces a thin sliver
   * that smoothing lag or the camera's perspective can open just enough to enclose some area.
   */
  readonly minLoopRatio?: number;
}

export type Direction = 'clockwise' | 'counter-clockwise';

export interface CycleOutcome {
  /** Null when the loop was too flat to tell the way round (`countOn` mode only). */
  readonly direction: Direction | null;
  readonly startMs: number;
  readonly endMs: number;
}

const DEFAULT_MIN_CYCLE_MS = 1500;
const DEFAULT_MAX_CYCLE_MS = 15_000;
const DEFAULT_CENTRE_WINDOW_S = 6;
const DEFAULT_CENTRE_TIME_CONSTANT_S = 4;
/** Sweeping back more than this abandons the circle under way (the person changed direction). */
const REVERSAL_DEGREES = 90;
/**
 * A circle counts this close to a full turn: a set's last circle ends where the first began, and
 * smoothing or jitter can leave it a few degrees short. The next circle still needs a full turn more,
 * so the slack is given once per set, never once per circle.
 */
const SLACK_DEGREES = 30;
/** Unseen for longer than this, the angle starts afresh: the way it went meanwhile is unknown. */
const MAX_GAP_MS = 400;
/** A stay at home longer than this is rest between circles, not part of the next. */
const MAX_PAUSE_MS = 2000;
/**
 * The area a swing's loop must enclose, in the scaled axes, for its way round to be told: a round
 * loop encloses π, a line 0. 0.4 is an eighth of a circle: a loop open enough that the hand-drawn
 * shape, not jitter, sets the sign.
 */
const MIN_LOOP_AREA = 0.4;

interface Sample {
  readonly timeMs: number;
  readonly x: number;
  readonly y: number;
}

interface Frame {
  readonly cx: number;
  readonly cy: number;
  /** Half-ranges, at least the floor: for scaling. */
  readonly hx: number;
  readonly hy: number;
  /** Half-ranges as measured. */
  readonly rx: number;
  readonly ry: number;
}

/** Extremes of the last `windowMs` of samples, on each axis. */
class Window {
  private samples: Sample[] = [];

  constructor(private readonly windowMs: number) {}

  add(sample: Sample): void {
    this.samples.push(sample);
    const from = sample.timeMs - this.windowMs;
    let drop = 0;
    while (drop < this.samples.length - 1 && (this.samples[drop]?.timeMs ?? from) < from) drop++;
    if (drop > 0) this.samples = this.samples.slice(drop);
  }

  /** Centre and half-range of each axis (as measured, and at least `floor`). */
  frame(floor: number): Frame {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const { x, y } of this.samples) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return {
      cx: (minX + maxX) / 2,
      cy: (minY + maxY) / 2,
      hx: Math.max((maxX - minX) / 2, floor),
      hy: Math.max((maxY - minY) / 2, floor),
      rx: (maxX - minX) / 2,
      ry: (maxY - minY) / 2,
    };
  }

  /** When the window's lowest (or highest) value on an axis was seen. */
  timeOfExtreme(axis: 'x' | 'y', which: 'low' | 'high'): number {
    let best: Sample | undefined;
    for (const sample of this.samples) {
      if (!best || (which === 'low' ? sample[axis] < best[axis] : sample[axis] > best[axis])) best = sample;
    }
    return best?.timeMs ?? 0;
  }

  /** Whether a sample went `past` beyond `middle` on that side of the axis. */
  reached(axis: 'x' | 'y', which: 'low' | 'high', middle: number, past: number): boolean {
    return this.samples.some((sample) => (which === 'low' ? middle - sample[axis] : sample[axis] - middle) > past);
  }

  clear(): void {
    this.samples = [];
  }
}

export class CycleCounter {
  private readonly window: Window;
  private lastMs: number | null = null;
  // Sweep mode.
  private centre: { x: number; y: number } | null = null;
  private lastAngle: number | null = null;
  private swept = 0;
  private sweepStartMs = 0;
  /** Degrees gone back from the furthest point reached in the circle under way. */
  private reversed = 0;
  /** When the furthest point was reached: where a circle begun by a change of direction starts. */
  private furthestMs = 0;
  // Swing mode.
  private side: 'low' | 'high' | null = null;
  /** The side circles start and end on (the first reached), and whether the other was reached. */
  private home: 'low' | 'high' | null = null;
  private away = false;
  private arrivedHomeMs = 0;
  private leftHomeMs = 0;
  private area = 0;
  private lastScaled: { u: number; v: number } | null = null;

  constructor(private readonly rule: CycleRule) {
    this.window = new Window((rule.centreWindowS ?? DEFAULT_CENTRE_WINDOW_S) * 1000);
  }

  /**
   * How far the circle under way has gone: signed degrees of sweep, or in swing mode 180 once
   * the other side is reached (0 when no circle is under way).
   */
  get progress(): number {
    if (this.rule.countOn) return this.away ? 180 : 0;
    return this.swept;
  }

  update(x: number, y: number, timeMs: number): CycleOutcome | null {
    if (this.lastMs !== null && timeMs - this.lastMs > MAX_GAP_MS) {
      this.lastAngle = null;
      this.lastScaled = null;
    }
    const dtS = this.lastMs === null ? 0 : (timeMs - this.lastMs) / 1000;
    this.lastMs = timeMs;
    this.window.add({ timeMs, x, y });
    const frame = this.window.frame(this.rule.minRadius);
    if (this.rule.countOn) return this.swing(x, y, frame, timeMs, this.rule.countOn);
    // The sweep's centre follows the person smoothly: it must not jump as the window's extremes
    // change, or the angle would turn with it.
    const k = 1 - Math.exp(-dtS / (this.rule.centreTimeConstantS ?? DEFAULT_CENTRE_TIME_CONSTANT_S));
    const centre = this.centre ?? { x, y };
    this.centre = { x: centre.x + k * (x - centre.x), y: centre.y + k * (y - centre.y) };
    const dx = x - this.centre.x;
    const dy = y - this.centre.y;
    return this.sweep(dx, dy, dx / frame.hx, dy / frame.hy, timeMs);
  }

  private sweep(dx: number, dy: number, u: number, v: number, timeMs: number): CycleOutcome | null {
    if (Math.hypot(dx, dy) < this.rule.minRadius) {
      this.lastAngle = null; // too close to the centre to tell an angle: not circling now
      return null;
    }
    const angle = (Math.atan2(v, u) * 180) / Math.PI;
    if (this.lastAngle === null) {
      this.lastAngle = angle;
      if (this.swept === 0) this.startSweep(timeMs);
      return null;
    }
    let step = angle - this.lastAngle;
    if (step > 180) step -= 360;
    if (step < -180) step += 360;
    this.lastAngle = angle;
    if (this.swept === 0) this.startSweep(timeMs);
    if (timeMs - this.sweepStartMs > (this.rule.maxCycleMs ?? DEFAULT_MAX_CYCLE_MS)) {
      // Creeping round over many seconds of uneven to and fro is not a circle.
      this.swept = 0;
      this.reversed = 0;
      this.startSweep(timeMs);
    }
    // Going back undoes progress, so jitter and rocking to and fro never add up to a circle; going
    // back far enough from the furthest point reached is a change of direction, and the circle
    // the other way began at that furthest point.
    const back = this.swept !== 0 && Math.sign(step) === -Math.sign(this.swept);
    this.reversed = back ? this.reversed + Math.abs(step) : Math.max(0, this.reversed - Math.abs(step));
    if (this.reversed === 0) this.furthestMs = timeMs;
    if (this.reversed > REVERSAL_DEGREES) {
      this.swept = -Math.sign(this.swept) * this.reversed;
      this.reversed = 0;
      this.sweepStartMs = this.furthestMs;
      this.furthestMs = timeMs;
      return null;
    }
    this.swept += step;
    if (Math.abs(this.swept) < 360 - SLACK_DEGREES) return null;
    const direction: Direction = this.swept > 0 ? 'counter-clockwise' : 'clockwise';
    const outcome = { direction, startMs: this.sweepStartMs, endMs: timeMs };
    this.swept -= 360 * Math.sign(this.swept);
    this.startSweep(timeMs);
    if (timeMs - outcome.startMs < (this.rule.minCycleMs ?? DEFAULT_MIN_CYCLE_MS)) return null;
    return outcome;
  }

  private startSweep(timeMs: number): void {
    this.sweepStartMs = timeMs;
    this.furthestMs = timeMs;
  }

  private swing(
    x: number,
    y: number,
    { cx, cy, hx, hy, rx, ry }: Frame,
    timeMs: number,
    axis: 'x' | 'y',
  ): CycleOutcome | null {
    // The loop's area, by the shoelace formula on the scaled point around the current centre.
    const scaled = { u: (x - cx) / hx, v: (y - cy) / hy };
    if (this.lastScaled) this.area += (this.lastScaled.u * scaled.v - this.lastScaled.v * scaled.u) / 2;
    this.lastScaled = scaled;
    // A swing is at least minRadius either side of the middle; it is out (or home) a third of the
    // way to its extreme, so a swing that falls a little short of the last one still counts.
    const offset = axis === 'x' ? x - cx : y - cy;
    const reach = axis === 'x' ? rx : ry;
    const past = Math.max(this.rule.minRadius / 2, reach / 3);
    const side = reach < this.rule.minRadius ? this.side : offset > past ? 'high' : offset < -past ? 'low' : this.side;
    if (this.home !== null && side === this.home && !this.away) {
      // Still home: the next loop starts when the point leaves.
      this.leftHomeMs = timeMs;
      this.area = 0;
    }
    if (this.away && timeMs - this.leftHomeMs > (this.rule.maxCycleMs ?? DEFAULT_MAX_CYCLE_MS)) {
      this.home = null; // out and never back: not a circle; start afresh from wherever it settles
      this.away = false;
    }
    if (side === this.side) return null;
    this.side = side;
    if (side === null) return null;
    if (this.home === null && this.rule.home && side !== this.rule.home) {
      // Out from rest before home was ever seen as a side (the person began there, before there
      // was a swing to measure it against): the circle began at the rest's extreme.
      this.home = this.rule.home;
      this.away = true;
      this.arrivedHomeMs = this.window.timeOfExtreme(axis, this.rule.home);
      this.leftHomeMs = this.arrivedHomeMs;
      this.area = 0;
      return null;
    }
    const other = side === 'high' ? 'low' : 'high';
    if (this.home === null && !this.rule.home && this.window.reached(axis, other, axis === 'x' ? cx : cy, past)) {
      // The first side told is not where the movement began: a small circle is only sized once
      // it has gone round, and by then it had already been to the other side. Circles start and
      // end there (else the first circle of a set goes uncounted), and this one is half-way.
      this.home = other;
      this.away = true;
      this.arrivedHomeMs = this.window.timeOfExtreme(axis, other);
      this.leftHomeMs = this.arrivedHomeMs;
      return null;
    }
    if (this.home === null) {
      // Every circle starts and ends here.
      this.home = side;
      this.arrivedHomeMs = timeMs;
      this.leftHomeMs = timeMs;
      this.area = 0;
      return null;
    }
    if (side !== this.home) {
      this.away = true;
      return null;
    }
    // Out to the other side and home again: a circle.
    // The circle ran from the last one's end, less any rest at home beyond a pause.
    const startMs = Math.max(this.arrivedHomeMs, this.leftHomeMs - MAX_PAUSE_MS);
    const area = this.area;
    this.arrivedHomeMs = timeMs;
    this.leftHomeMs = timeMs;
    this.away = false;
    if (timeMs - startMs < (this.rule.minCycleMs ?? DEFAULT_MIN_CYCLE_MS)) return null;
    const direction: Direction | null =
      Math.abs(area) < MIN_LOOP_AREA ? null : area > 0 ? 'counter-clockwise' : 'clockwise';
    if (this.rule.requireLoop) {
      const across = axis === 'x' ? ry : rx;
      if (direction === null || across < (this.rule.minLoopRatio ?? 0) * reach) return null;
    }
    return { direction, startMs, endMs: timeMs };
  }
}
