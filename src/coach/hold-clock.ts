/**
 * Times a held position. The clock runs only while the position is right; it starts when the
 * measure passes `enter` and stops when it passes `exit` (the gap between them is hysteresis), and
 * a slip shorter than the grace period does not end the hold (its time is not counted either).
 *
 * Each analysed frame stands for the interval around it, so a run of in-position frames from t1 to
 * tN counts tN − t1 plus one frame interval (estimated from the frame spacing). Counting only the
 * gaps between the frames would make a hold seen on N frames last (N − 1) frames: one frame short,
 * a third of a frame-time more at 10 frames a second than at 30, so a hold just over a minimum
 * would pass or fail with the laptop's speed (issue 13).
 */
import { RestEstimate } from './rest';
import { passes, type Threshold } from './threshold';

export interface HoldRule {
  readonly enter: Threshold;
  readonly exit: Threshold;
  /** A slip out of position (or out of sight) shorter than this does not end the hold. */
  readonly graceMs?: number;
  /**
   * The rest position as the person holds it, as for reps (RepRule.restBound): the thresholds
   * apply to the measure less a running estimate of where it rests between holds, at most this
   * far either side of 0. The engine feeds the estimate (see `observeRest`).
   */
  readonly restBound?: number;
  /**
   * With restBound: moving faster than this (the measure's unit per second) is not resting.
   * Default 15, for degrees; a ratio needs its own (knees lowering in hip widths).
   */
  readonly restSpeed?: number;
  /**
   * A hold begins past `enter` only on the way in from out of position: when the measure was
   * past `exit` within `fromOut.withinMs`; otherwise only past `fromOut.enter`. And a hold begun
   * below `fromOut.enter` must pass it within `fromOut.confirmMs`, or it was none: it is dropped
   * (no outcome), and the next must come in from out of position again. For a stretch whose
   * `enter` lies where a person may simply sit (a chair twist read from noisy depth): one
   * sitting still a little turned reads there without having just come in from the middle, or
   * wanders there and back without ever reading as far as a real hold does; one plainly in
   * position (a photo of the held twist, a set begun in it) passes the higher bar at once.
   */
  readonly fromOut?: { readonly withinMs: number; readonly enter: Threshold; readonly confirmMs?: number };
}

export interface HoldOutcome {
  readonly startMs: number;
  readonly endMs: number;
  /** Time actually in position. */
  readonly heldMs: number;
}

const DEFAULT_GRACE_MS = 800;
/**
 * Rest between holds is believed after this long still: a stretch is eased into, and the slow
 * last part of the way in (before the clock starts) must not be taken for where the person rests.
 */
const REST_SETTLE_MS = 300;
/**
 * The most a frame can stand for: a stall in the analysis (a tab in the background, a slow
 * frame) is not time seen in position. 200 ms is 5 frames a second, below any rate we run at.
 */
const MAX_FRAME_MS = 200;

export class HoldClock {
  private holding = false;
  private slipping = false;
  private startMs = 0;
  private heldMs = 0;
  private lastMs: number | null = null;
  private slipSinceMs = 0;
  /** The last frame without a sample (the person out of sight), from expire(). */
  private unseenMs = Number.NEGATIVE_INFINITY;
  /** The last frame seen at all (update or expire), for the frame spacing. */
  private lastFrameMs: number | null = null;
  /** The spacing of the last two frames: the interval one frame stands for. */
  private frameMs = 0;
  /** A run began on the very first frame, before the spacing was known: its interval is owed. */
  private owed = false;

  private readonly restEstimate: RestEstimate | null;
  /** When the measure was last out of position (HoldRule.fromOut). */
  private outMs = Number.NEGATIVE_INFINITY;
  /** The hold under way has passed `fromOut.enter` (or need not). */
  private confirmed = true;

  constructor(private readonly rule: HoldRule) {
    this.restEstimate =
      rule.restBound === undefined ? null : new RestEstimate(rule.restBound, REST_SETTLE_MS, rule.restSpeed);
  }

  /** The rest estimate now (0 without restBound). */
  get rest(): number {
    return this.restEstimate?.at ?? 0;
  }

  /** A frame on which the person is at rest (the engine decides: no hold under way on any side). */
  observeRest(value: number, timeMs: number): void {
    this.restEstimate?.observe(value, timeMs);
  }

  /** Before the rest is known: whether the measure is in position wherever within its bound it rests. */
  private beyondAnyRest(measured: number): boolean {
    const bound = this.rule.restBound;
    if (bound === undefined || this.restEstimate?.learnt) return true;
    return passes(measured - ('above' in this.rule.enter ? bound : -bound), this.rule.enter);
  }

  /** A hold is under way (in position, or slipping within the grace period). */
  get underWay(): boolean {
    return this.holding;
  }

  /** Time in position in the hold under way (0 when not holding). */
  get currentMs(): number {
    return this.holding ? this.heldMs : 0;
  }

  get running(): boolean {
    return this.holding && !this.slipping;
  }

  /** Feeds one trackable sample; returns a hold that ended at this sample, if any. */
  update(measured: number, timeMs: number): HoldOutcome | null {
    const value = measured - this.rest;
    this.spacing(timeMs);
    const ended = this.outlasted(timeMs);
    if (passes(value, this.rule.exit)) this.outMs = timeMs;
    const fromOut = this.rule.fromOut;
    const enter = !fromOut || timeMs - this.outMs <= fromOut.withinMs ? this.rule.enter : fromOut.enter;
    const inPosition = this.holding && !this.slipping ? !passes(value, this.rule.exit) : passes(value, enter);
    // A hold begun low that never read as far as a real one within its time: dropped, untimed.
    if (this.holding && fromOut?.confirmMs !== undefined) {
      if (passes(value, fromOut.enter)) this.confirmed = true;
      else if (!this.confirmed && timeMs - this.startMs > fromOut.confirmMs) {
        this.holding = false;
        this.slipping = false;
        this.outMs = Number.NEGATIVE_INFINITY;
        this.lastMs = timeMs;
        return ended;
      }
    }
    const last = this.lastMs;
    this.lastMs = timeMs;
    // Out of sight since the last sample: that time was not seen in position, so it is not held.
    const unseen = last !== null && this.unseenMs > last && this.unseenMs < timeMs;
    if (!this.holding) {
      // Following the rest, a hold begins before the rest is known only if it would with the rest
      // anywhere within its bound: a head at rest 20° off the camera's axis already reads 25°
      // turned (the puppet at a desk), and is no hold; one turned 45° at once is.
      if (inPosition && this.beyondAnyRest(measured)) {
        this.holding = true;
        this.slipping = false;
        this.startMs = timeMs;
        this.confirmed = !fromOut || passes(value, fromOut.enter);
        // The first frame of the hold stands for one frame interval (see the top of the file).
        this.heldMs = this.frameMs;
        this.owed = this.frameMs === 0;
      }
      return ended;
    }
    if (inPosition) {
      // Continuing a run of in-position frames: the time since the last one. Starting a new run
      // (after a slip or an absence, whose time is not held): the one frame interval this frame stands for.
      const continuing = !this.slipping && !unseen && last !== null;
      this.heldMs += continuing ? timeMs - last : this.frameMs;
      if (continuing && this.owed) this.heldMs += this.frameMs;
      this.owed = false;
      this.slipping = false;
    } else if (!this.slipping) {
      this.slipping = true;
      this.slipSinceMs = timeMs;
    }
    return ended;
  }

  /** Ends a hold whose slip (or absence) outlasted the grace period; call on frames without a sample. */
  expire(timeMs: number): HoldOutcome | null {
    this.spacing(timeMs);
    this.unseenMs = timeMs;
    return this.outlasted(timeMs);
  }

  private spacing(timeMs: number): void {
    if (this.lastFrameMs !== null && timeMs > this.lastFrameMs) {
      this.frameMs = Math.min(timeMs - this.lastFrameMs, MAX_FRAME_MS);
    }
    this.lastFrameMs = timeMs;
  }

  private outlasted(timeMs: number): HoldOutcome | null {
    if (!this.holding) return null;
    const away = this.slipping ? timeMs - this.slipSinceMs : this.lastMs === null ? 0 : timeMs - this.lastMs;
    if (away <= (this.rule.graceMs ?? DEFAULT_GRACE_MS)) return null;
    return this.end();
  }

  /**
   * Ends the hold under way now (e.g. the set is over, or its slip outlasted the grace). A hold
   * begun low that never read as far as a real one (fromOut.confirmMs) was none, however it ends:
   * dropped, and the next must come in from out of position again.
   */
  end(): HoldOutcome | null {
    if (!this.holding) return null;
    this.holding = false;
    const endMs = this.slipping ? this.slipSinceMs : (this.lastMs ?? this.startMs);
    this.slipping = false;
    if (this.rule.fromOut?.confirmMs !== undefined && !this.confirmed) {
      this.outMs = Number.NEGATIVE_INFINITY;
      return null;
    }
    return { startMs: this.startMs, endMs, heldMs: this.heldMs };
  }
}
