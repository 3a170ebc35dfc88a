/**
 * Where a measure rests as the person holds it, learnt from still frames between reps or holds
 * (the engine decides when the person is at rest), within a bound (either side of 0, or a range). For a head
 * turn read against the camera, a person seated 20° off the camera's axis rests at "20°", and
 * their turns the other way read 20° short: counters subtract this estimate before their
 * thresholds (RepRule.restBound, HoldRule.restBound).
 */

/**
 * How far the rest may lie: a number is a bound either side of 0 (a turn read against the camera's
 * axis rests near 0); a range `[low, high]` is for a measure whose rest lies away from 0 (a lift
 * whose flat reads below level, a joint angle that rests bent).
 */
export type RestBound = number | readonly [low: number, high: number];

/** The ends of a bound, low first. */
export function restRange(bound: RestBound): readonly [number, number] {
  return typeof bound === 'number' ? [-bound, bound] : bound;
}

/** The estimate follows still frames at rest with this time constant. */
const REST_TIME_CONSTANT_MS = 1000;
/**
 * With `slowTowards`, the estimate follows still frames that way with this time constant: the
 * slow start of a movement, before it leaves the counter's start, is still enough to be taken
 * for rest, and at the 1 s pace a few reps in a row would carry the rest up the movement's way.
 */
const REST_SLOW_TIME_CONSTANT_MS = 6000;
/** Moving faster than this (degrees per second, for a turn) is not resting, unless the rule says otherwise. */
const REST_MAX_SPEED = 15;

export class RestEstimate {
  private restAt: number;
  private readonly low: number;
  private readonly high: number;
  private last: { value: number; timeMs: number } | null = null;
  private isLearnt = false;
  /** Since when the measure has stayed still (null while it moves). */
  private stillSinceMs: number | null = null;

  /**
   * @param bound where the rest may be: how far from 0, or a range.
   * @param settleMs how long the measure must stay still before it counts as rest: a held
   *   position is eased into, and the slow end of that approach is no rest.
   * @param maxSpeed moving faster than this (the measure's unit per second) is not resting: the
   *   default suits degrees; a ratio moves in far smaller numbers.
   * @param options.assumed the estimate until it is learnt (0 unless said; kept within the bound).
   * @param options.slowTowards the way the measure goes to its peak: the estimate follows it that
   *   way only slowly (REST_SLOW_TIME_CONSTANT_MS), the other way as fast as ever.
   */
  constructor(
    bound: RestBound,
    private readonly settleMs = 0,
    private readonly maxSpeed = REST_MAX_SPEED,
    options: { readonly assumed?: number; readonly slowTowards?: 'low' | 'high' } = {},
  ) {
    [this.low, this.high] = restRange(bound);
    this.restAt = this.clamp(options.assumed ?? 0);
    this.slowTowards = options.slowTowards ?? null;
  }

  private readonly slowTowards: 'low' | 'high' | null;

  private clamp(value: number): number {
    return Math.max(this.low, Math.min(this.high, value));
  }

  /** Whether a still frame at rest has been seen yet. */
  get learnt(): boolean {
    return this.isLearnt;
  }

  /** The estimate now. */
  get at(): number {
    return this.restAt;
  }

  /** A frame on which the person is at rest: the estimate follows the measure where it stays still. */
  observe(value: number, timeMs: number): void {
    const last = this.last;
    this.last = { value, timeMs };
    if (!last || timeMs <= last.timeMs || timeMs - last.timeMs > 200) {
      this.stillSinceMs = null;
      return;
    }
    const dtMs = timeMs - last.timeMs;
    if ((Math.abs(value - last.value) * 1000) / dtMs > this.maxSpeed) {
      this.stillSinceMs = null;
      return;
    }
    this.stillSinceMs ??= last.timeMs;
    if (timeMs - this.stillSinceMs < this.settleMs) return;
    // The first still frame at rest sets it outright: a set starts facing forward, and its first
    // turn must count.
    const way = value > this.restAt ? 'high' : 'low';
    const tauMs = way === this.slowTowards ? REST_SLOW_TIME_CONSTANT_MS : REST_TIME_CONSTANT_MS;
    const k = this.isLearnt ? 1 - Math.exp(-dtMs / tauMs) : 1;
    this.isLearnt = true;
    this.restAt = this.clamp(this.restAt + k * (value - this.restAt));
  }
}
