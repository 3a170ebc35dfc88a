/**
 * Where a measure rests as the person holds it, learnt from still frames between reps or holds
 * (the engine decides when the person is at rest), within a bound either side of 0. For a head
 * turn read against the camera, a person seated 20° off the camera's axis rests at "20°", and
 * their turns the other way read 20° short: counters subtract this estimate before their
 * thresholds (RepRule.restBound, HoldRule.restBound).
 */

/** The estimate follows still frames at rest with this time constant. */
const REST_TIME_CONSTANT_MS = 1000;
/** Moving faster than this (degrees per second, for a turn) is not resting, unless the rule says otherwise. */
const REST_MAX_SPEED = 15;

export class RestEstimate {
  private restAt = 0;
  private last: { value: number; timeMs: number } | null = null;
  private isLearnt = false;
  /** Since when the measure has stayed still (null while it moves). */
  private stillSinceMs: number | null = null;

  /**
   * @param bound how far from 0 the rest may be.
   * @param settleMs how long the measure must stay still before it counts as rest: a held
   *   position is eased into, and the slow end of that approach is no rest.
   * @param maxSpeed moving faster than this (the measure's unit per second) is not resting: the
   *   default suits degrees; a ratio moves in far smaller numbers.
   */
  constructor(
    private readonly bound: number,
    private readonly settleMs = 0,
    private readonly maxSpeed = REST_MAX_SPEED,
  ) {}

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
    const k = this.isLearnt ? 1 - Math.exp(-dtMs / REST_TIME_CONSTANT_MS) : 1;
    this.isLearnt = true;
    this.restAt = Math.max(-this.bound, Math.min(this.bound, this.restAt + k * (value - this.restAt)));
  }
}
