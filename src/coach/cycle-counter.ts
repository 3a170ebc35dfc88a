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
 *
 *   A swing is found from its own turning points, not from a middle: the axis has turned once it
 *   has come back far enough from the furthest point since the last turn. The detector's slow
 *   wander moves the whole loop up or down (on the world landmarks, ~0.025 shoulder widths over a
 *   second or two), so a middle taken from the last seconds' extremes can sit so high that one
 *   circle's top never gets past it, although that circle rose from its own bottom as plainly as
 *   its neighbours. How far is far enough comes from the person's own circles once they are
 *   known (two whole swings, clearly larger than the least circle): a share of their recent
 *   swings, bounded below by `minRadius` — so a circle the wander halves still counts, and jitter
 *   inside a large circle never does. Until then (and once the person stops or slows right down)
 *   a swing must span the whole least circle, twice `minRadius` (then two thirds of the swing so
 *   far), and also cross the middle of the last seconds' extremes by a third of their half-range,
 *   as it always had to: a still person's wander turns back often, but seldom that far.
 */

export interface CycleRule {
  /**
   * Below this distance from the centre (in the measures' units) the point is not circling; in
   * `countOn` mode, half the least swing that starts a set (a swing must then span twice this),
   * and the least that still counts once the person's own circles are known.
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
/**
 * `countOn` mode: once the person's circles are known, the axis has turned when it comes back this
 * share of their recent swings (the median of the last few) from its furthest point. A turn is
 * about half-way (a circle's swing crosses its middle there), and under the fitted detector noise
 * one circle in a set can span half of its neighbours while the others vary by a quarter: 0.4
 * counts that one, and still asks jitter inside a circle to undo 40 % of a whole swing.
 */
const SWING_SHARE = 0.4;
/**
 * Until the person's circles are known (`ESTABLISHED`: the swings so far could be a single shrug,
 * a slow sway or wander), a turn after the first must undo two thirds of the recent swings, and
 * at least two thirds of the least circle: what crossing a swing's middle by a third of its
 * half-range asks, which it must do as well.
 */
const FIRST_SWING_SHARE = 2 / 3;
/**
 * The person's circles are known once two whole swings have been seen and their median spans this
 * many times `minRadius`: a quarter more than the least circle. The fitted detector noise on a
 * still person (population, 40 people, 30 s each) swings the shoulders' lift 0.05–0.19 within 3 s;
 * a 70 % roll lifts them ~0.15. Below this, swings are judged as when nothing is known.
 */
const ESTABLISHED = 2.5;
/** How many recent swings set the person's own size (their median: one odd swing does not). */
const RECENT_SWINGS = 4;
/**
 * The person's own swings stop setting the turn once the swing under way, out to its furthest
 * point or back from it, has taken this many times their recent half-circles: a pause, the end of
 * the set, or slow drift, which must again span the whole least circle.
 */
const RHYTHM_SLACK = 2.5;

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

interface Extremes {
  readonly low: number;
  readonly lowMs: number;
  readonly high: number;
  readonly highMs: number;
}

/** A turning point of the counted axis: the furthest point a swing reached. */
interface Turn {
  readonly value: number;
  readonly timeMs: number;
}

/** A swing of the counted axis from one turn to the next: how far, and how long it took. */
interface Swing {
  readonly size: number;
  readonly ms: number;
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

  /** The lowest and highest value on an axis since `fromMs`, and when each was seen. */
  extremesSince(axis: 'x' | 'y', fromMs: number): Extremes {
    let low: Sample | undefined;
    let high: Sample | undefined;
    for (const sample of this.samples) {
      if (sample.timeMs < fromMs) continue;
      if (!low || sample[axis] < low[axis]) low = sample;
      if (!high || sample[axis] > high[axis]) high = sample;
    }
    return {
      low: low?.[axis] ?? 0,
      lowMs: low?.timeMs ?? fromMs,
      high: high?.[axis] ?? 0,
      highMs: high?.timeMs ?? fromMs,
    };
  }

  /**
   * Whether the point came into a turn on that side: some sample before it lay at least `by`
   * back towards the other side (else it set off from there, from rest).
   */
  cameInto(axis: 'x' | 'y', turn: Turn, which: 'low' | 'high', by: number): boolean {
    return this.samples.some(
      (sample) =>
        sample.timeMs < turn.timeMs && (which === 'low' ? sample[axis] - turn.value : turn.value - sample[axis]) >= by,
    );
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
  /** When the swing was plainly out, away from home. */
  private wentOutMs = 0;
  private area = 0;
  /** The counted axis's last two turning points, oldest first. */
  private turns: Turn[] = [];
  /** The person's own recent swings between turns, oldest first. */
  private swings: Swing[] = [];
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
    // Until the person's circles are known, a swing must also cross the middle of the last
    // seconds' extremes by a third of their half-range, at least minRadius / 2 (and span
    // minRadius each way): a still person's wander turns back often enough, but seldom that far.
    const offset = axis === 'x' ? x - cx : y - cy;
    const reach = axis === 'x' ? rx : ry;
    const past = Math.max(this.rule.minRadius / 2, reach / 3);
    const crossed = reach < this.rule.minRadius ? null : offset > past ? 'high' : offset < -past ? 'low' : null;
    const side = this.turned(axis === 'x' ? x : y, timeMs, axis, crossed);
    if (this.home !== null && this.side === this.home && !this.away) {
      // Still home: the next loop starts when the point leaves.
      this.leftHomeMs = timeMs;
      this.area = 0;
    }
    if (this.away && timeMs - this.leftHomeMs > (this.rule.maxCycleMs ?? DEFAULT_MAX_CYCLE_MS)) {
      this.home = null; // out and never back: not a circle; start afresh from wherever it settles
      this.away = false;
    }
    if (side === null) return null;
    // The swing turned at `side`'s opposite extreme: it is now on its way to `side`.
    const from = this.turns.at(-1);
    if (this.home === null) {
      if (this.rule.home && side === this.rule.home) {
        // Coming down to rest from where the person began: every circle starts and ends here.
        this.home = side;
        this.arrivedHomeMs = timeMs;
        this.leftHomeMs = timeMs;
        this.area = 0;
        return null;
      }
      if (this.rule.home) {
        // Out from rest: the circle began at the rest's extreme.
        this.home = this.rule.home;
        this.away = true;
        this.wentOutMs = timeMs;
        this.arrivedHomeMs = from?.timeMs ?? timeMs;
        this.leftHomeMs = this.arrivedHomeMs;
        this.area = 0;
        return null;
      }
      // Without a rest side, circles start and end at the first extreme the movement turned at
      // (a small circle is only sized once it has gone out and back, and by then it has been to
      // the other side: the circle under way began there, or the first of a set goes uncounted).
      // An extreme the point never came into — where it held still before setting off, arms out
      // at the circle's middle — is no side: circles counted from there would count a half
      // circle at the start and another as the arms come back to the middle at the end.
      const opposite = side === 'high' ? 'low' : 'high';
      if (!from || !this.window.cameInto(axis, from, opposite, this.rule.minRadius)) return null;
      this.home = opposite;
      this.away = true;
      this.wentOutMs = timeMs;
      this.arrivedHomeMs = from.timeMs;
      this.leftHomeMs = from.timeMs;
      return null;
    }
    if (side !== this.home) {
      this.away = true;
      this.wentOutMs = timeMs;
      return null;
    }
    if (!this.away) return null;
    // Out to the other side and home again: a circle.
    // The circle ran from the last one's end, less any rest at home beyond a pause.
    const startMs = Math.max(this.arrivedHomeMs, this.leftHomeMs - MAX_PAUSE_MS);
    const area = this.area;
    this.arrivedHomeMs = timeMs;
    this.leftHomeMs = timeMs;
    this.away = false;
    // A circle ends once the way home is plain, some way short of home; the first of a set began
    // at home itself, so it reads short by that much (a quick roll then looks like a twitch). The
    // swing was plainly out half a circle before it was plainly home, however it began.
    const halfMs = timeMs - this.wentOutMs;
    if (Math.max(timeMs - startMs, 2 * halfMs) < (this.rule.minCycleMs ?? DEFAULT_MIN_CYCLE_MS)) return null;
    const direction: Direction | null =
      Math.abs(area) < MIN_LOOP_AREA ? null : area > 0 ? 'counter-clockwise' : 'clockwise';
    if (this.rule.requireLoop) {
      const reach = axis === 'x' ? rx : ry;
      const across = axis === 'x' ? ry : rx;
      if (direction === null || across < (this.rule.minLoopRatio ?? 0) * reach) return null;
    }
    return { direction, startMs, endMs: timeMs };
  }

  /**
   * Whether the counted axis has just turned, and towards which side: it has come back far enough
   * from its furthest point since the last turn (within the window: an extreme from long ago is
   * not this swing's). Null when it has not turned.
   */
  private turned(
    value: number,
    timeMs: number,
    axis: 'x' | 'y',
    crossed: 'low' | 'high' | null,
  ): 'low' | 'high' | null {
    const last = this.turns.at(-1);
    const since = this.window.extremesSince(axis, last?.timeMs ?? -Infinity);
    // The furthest point of the swing under way: where it would turn.
    const furthestMs = this.side === 'high' ? since.highMs : this.side === 'low' ? since.lowMs : timeMs;
    const rhythm = this.rhythm(furthestMs, timeMs);
    // The swing under way counts among the recent ones as far as it has gone: at least that big.
    const under = last ? Math.abs((this.side === 'high' ? since.high : since.low) - last.value) : 0;
    const size = rhythm ? median([...rhythm.map((swing) => swing.size), under]) : 0;
    const known = rhythm !== null && rhythm.length > 1 && size >= ESTABLISHED * this.rule.minRadius;
    const enough = !rhythm
      ? 2 * this.rule.minRadius
      : known
        ? Math.max(this.rule.minRadius, SWING_SHARE * size)
        : Math.max(FIRST_SWING_SHARE * 2 * this.rule.minRadius, FIRST_SWING_SHARE * size);
    let turn: Turn;
    let side: 'low' | 'high';
    if (this.side !== 'high' && value - since.low >= enough && (known || crossed === 'high')) {
      turn = { value: since.low, timeMs: since.lowMs };
      side = 'high';
    } else if (this.side !== 'low' && since.high - value >= enough && (known || crossed === 'low')) {
      turn = { value: since.high, timeMs: since.highMs };
      side = 'low';
    } else {
      return null;
    }
    this.side = side;
    // The swing that ended at this turn. The first of a rhythm is only known from the way back
    // from it so far: at least the whole least circle, which is all it can be taken to be.
    this.swings =
      rhythm && last
        ? [...rhythm, { size: Math.abs(turn.value - last.value), ms: turn.timeMs - last.timeMs }]
        : [{ size: Math.abs(value - turn.value), ms: timeMs - turn.timeMs }];
    if (this.swings.length > RECENT_SWINGS) this.swings.shift();
    this.turns.push(turn);
    if (this.turns.length > 2) this.turns.shift();
    return side;
  }

  /**
   * The person's recent swings while they keep circling at their pace: none once the swing under
   * way, out to its furthest point (`furthestMs`) or back from it, has taken much longer than the
   * swings before it (a pause, the end of the set, a slow drift).
   */
  private rhythm(furthestMs: number, timeMs: number): readonly Swing[] | null {
    const last = this.turns.at(-1);
    if (!last || this.swings.length === 0) return null;
    const longest = RHYTHM_SLACK * median(this.swings.map((swing) => swing.ms));
    if (furthestMs - last.timeMs > longest || timeMs - furthestMs > longest) return null;
    return this.swings;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
