/**
 * Times a held position. The clock runs only while the position is right; it starts when the
 * measure passes `enter` and stops when it passes `exit` (the gap between them is hysteresis), and
 * a slip shorter than the grace period does not end the hold (its time is not counted either).
 */
import { passes, type Threshold } from './threshold';

export interface HoldRule {
  readonly enter: Threshold;
  readonly exit: Threshold;
  /** A slip out of position (or out of sight) shorter than this does not end the hold. */
  readonly graceMs?: number;
}

export interface HoldOutcome {
  readonly startMs: number;
  readonly endMs: number;
  /** Time actually in position. */
  readonly heldMs: number;
}

const DEFAULT_GRACE_MS = 800;

export class HoldClock {
  private holding = false;
  private slipping = false;
  private startMs = 0;
  private heldMs = 0;
  private lastMs: number | null = null;
  private slipSinceMs = 0;
  /** The last frame without a sample (the person out of sight), from expire(). */
  private unseenMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly rule: HoldRule) {}

  /** Time in position in the hold under way (0 when not holding). */
  get currentMs(): number {
    return this.holding ? this.heldMs : 0;
  }

  get running(): boolean {
    return this.holding && !this.slipping;
  }

  /** Feeds one trackable sample; returns a hold that ended at this sample, if any. */
  update(value: number, timeMs: number): HoldOutcome | null {
    const ended = this.outlasted(timeMs);
    const inPosition = this.holding && !this.slipping ? !passes(value, this.rule.exit) : passes(value, this.rule.enter);
    const last = this.lastMs;
    this.lastMs = timeMs;
    // Out of sight since the last sample: that time was not seen in position, so it is not held.
    const unseen = last !== null && this.unseenMs > last && this.unseenMs < timeMs;
    if (!this.holding) {
      if (inPosition) {
        this.holding = true;
        this.slipping = false;
        this.startMs = timeMs;
        this.heldMs = 0;
      }
      return ended;
    }
    if (inPosition) {
      if (!this.slipping && !unseen && last !== null) this.heldMs += timeMs - last;
      this.slipping = false;
    } else if (!this.slipping) {
      this.slipping = true;
      this.slipSinceMs = timeMs;
    }
    return ended;
  }

  /** Ends a hold whose slip (or absence) outlasted the grace period; call on frames without a sample. */
  expire(timeMs: number): HoldOutcome | null {
    this.unseenMs = timeMs;
    return this.outlasted(timeMs);
  }

  private outlasted(timeMs: number): HoldOutcome | null {
    if (!this.holding) return null;
    const away = this.slipping ? timeMs - this.slipSinceMs : this.lastMs === null ? 0 : timeMs - this.lastMs;
    if (away <= (this.rule.graceMs ?? DEFAULT_GRACE_MS)) return null;
    return this.end();
  }

  /** Ends the hold under way now (e.g. the set is over). */
  end(): HoldOutcome | null {
    if (!this.holding) return null;
    this.holding = false;
    const endMs = this.slipping ? this.slipSinceMs : (this.lastMs ?? this.startMs);
    this.slipping = false;
    return { startMs: this.startMs, endMs, heldMs: this.heldMs };
  }
}
