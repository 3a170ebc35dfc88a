/**
 * Counts repetitions of one measure as a phase machine: rest at `start`, work to `peak`, back to
 * `start` is one rep. Each phase is entered only when the measure passes that phase's own
 * threshold, so the gap between the two thresholds is the hysteresis: jitter around either one
 * never counts. Time, not frames, decides what is too fast, so 15 and 30 fps count alike.
 */
import { RestEstimate, restRange, type RestBound } from './rest';
import { passes, type Threshold } from './threshold';

export type RepPhase = 'waiting' | 'start' | 'out' | 'peak' | 'back';

export interface RepRule {
  /** Rest position: the rep starts when the measure leaves it and ends when it comes back. */
  readonly start: Threshold;
  /** The working end of the movement: a rep must reach it. */
  readonly peak: Threshold;
  /** Leaving the start this far without reaching the peak, and coming back, is a partial rep. */
  readonly partial?: Threshold;
  /** A "rep" quicker than this is a twitch or a glitch, not a rep. */
  readonly minRepMs?: number;
  /** Losing sight of the person longer than this abandons the rep under way. */
  readonly maxGapMs?: number;
  /**
   * The start as the person reaches it: a rep also ends where the measure, on its way back from
   * the peak, turns towards the peak again by `by` (in the measure's unit) after getting past
   * `past` — a bound short of `start` that still means the movement came back (arms back above
   * 130° for a pulldown). People doing fast reps stop short of the full return that `start` asks
   * for; without this their reps run together into one. The next rep starts at that turn.
   */
  readonly turnBack?: {
    readonly past: Threshold;
    readonly by: number;
    /**
     * The way back must also cover this share of the way from the rep's deepest reading to
     * `start`: a return sized on the person's own rep, so a small wobble in a shallow held rep
     * that happens to cross `past` is not a return, while a deep rep that comes back short of
     * `start` (a detector's drift) is one.
     */
    readonly share?: number;
  };
  /**
   * The rest position as the person holds it: the thresholds apply to the measure less a running
   * estimate of where it rests, at most `bound` (in the measure's unit) either side of 0. For a
   * head turn read against the camera, a person seated 20° off the camera's axis rests at "20°"
   * and their turns the other way read 20° short. The engine feeds the estimate (see `rest`).
   *
   * Or a range `[low, high]` the rest lies in, for a measure that does not rest near 0 (a
   * superman's lift seen from above the floor rests 10–25° below level). Until a rest is learnt
   * it is taken at the end towards the peak: resting then never reads as out of the start (a rep
   * under way learns no rest, so one begun on a guess would never end), and a lift must clear
   * the peak from there. The rest then follows still frames towards the peak only slowly (the
   * slow start of each lift would carry it up, rep by rep), away from it as fast as ever.
   */
  readonly restBound?: RestBound;
  /**
   * With restBound: moving faster than this (the measure's unit per second) is not resting.
   * Default 15, for degrees; a ratio needs its own.
   */
  readonly restSpeed?: number;
}

export type RepOutcome =
  | { readonly kind: 'rep'; readonly startMs: number; readonly endMs: number }
  | { readonly kind: 'partial'; readonly startMs: number; readonly endMs: number }
  | { readonly kind: 'too-fast'; readonly startMs: number; readonly endMs: number };

const DEFAULT_MIN_REP_MS = 600;
const DEFAULT_MAX_GAP_MS = 1500;
/** A set ending at a rep's peak counts that rep only if it has been at the peak this long. */
const END_AT_PEAK_MS = 300;

export class RepCounter {
  phase: RepPhase = 'waiting';
  private repStartMs = 0;
  private reachedPartial = false;
  /** When the phase last became 'peak'. */
  private peakSinceMs = 0;
  private lastSeenMs: number | null = null;
  /** Back from the peak: the point nearest the start so far (turnBack). */
  private turn: { value: number; timeMs: number } | null = null;
  /** The rep's reading furthest towards the peak so far (turnBack.share). */
  private deepest = 0;

  constructor(private readonly rule: RepRule) {
    const bound = rule.restBound;
    if (bound === undefined) this.restEstimate = null;
    else {
      const [low, high] = restRange(bound);
      const range = typeof bound !== 'number';
      const peakIsLow = 'below' in rule.peak;
      this.restEstimate = new RestEstimate(
        bound,
        0,
        rule.restSpeed,
        range ? { assumed: peakIsLow ? low : high, slowTowards: peakIsLow ? 'low' : 'high' } : {},
      );
    }
  }

  /** Where the measure rests (restBound), subtracted before the thresholds. */
  private readonly restEstimate: RestEstimate | null;

  /** The rest estimate now (0 without restBound). */
  get rest(): number {
    return this.restEstimate?.at ?? 0;
  }

  /**
   * A frame on which the person is at rest (the engine decides: every counter of the exercise
   * out of a rep): the estimate follows the measure where it stays still, within the bound.
   */
  observeRest(value: number, timeMs: number): void {
    this.restEstimate?.observe(value, timeMs);
  }

  /** Feeds one trackable sample; returns what finished at this sample, if anything. */
  update(measured: number, timeMs: number): RepOutcome | null {
    const value = measured - this.rest;
    const gap = this.lastSeenMs === null ? 0 : timeMs - this.lastSeenMs;
    this.lastSeenMs = timeMs;
    if (gap > (this.rule.maxGapMs ?? DEFAULT_MAX_GAP_MS) && this.inRep) {
      this.phase = 'waiting'; // what happened while unseen is unknown: start over
    }
    const atStart = passes(value, this.rule.start);
    const atPeak = passes(value, this.rule.peak);
    if (this.inRep && (value - this.deepest) * (this.peakIsLow ? -1 : 1) > 0) this.deepest = value;
    switch (this.phase) {
      case 'waiting':
        if (atStart) this.phase = 'start';
        return null;
      case 'start':
        if (!atStart) {
          this.phase = atPeak ? 'peak' : 'out';
          this.repStartMs = timeMs;
          this.deepest = value;
          this.peakSinceMs = timeMs;
          this.reachedPartial = this.rule.partial ? passes(value, this.rule.partial) : false;
        }
        return null;
      case 'out':
        if (this.rule.partial && passes(value, this.rule.partial)) this.reachedPartial = true;
        if (atPeak) this.enterPeak(timeMs);
        else if (atStart) {
          this.phase = 'start';
          return this.reachedPartial ? { kind: 'partial', startMs: this.repStartMs, endMs: timeMs } : null;
        }
        return null;
      case 'peak':
        if (atStart) {
          this.phase = 'start';
          return this.finish(timeMs);
        }
        if (!atPeak) {
          this.phase = 'back';
          this.turn = { value, timeMs };
        }
        return null;
      case 'back': {
        if (atStart) {
          this.phase = 'start';
          return this.finish(timeMs);
        }
        // Back at the peak after getting past the person's own top (`turnBack.past`): the next
        // rep is under way however quickly it came (a few frames a second, or a peak threshold
        // closer to `past` than `by`), so the rep ends at its turn.
        const turned = this.turnedBack(value, timeMs, atPeak);
        if (atPeak) this.enterPeak(timeMs);
        return turned;
      }
    }
  }

  /** A rep is under way (the measure has left the start position). */
  get inRep(): boolean {
    return this.phase === 'out' || this.phase === 'peak' || this.phase === 'back';
  }

  /**
   * The set ends (the video runs out, or the person stops) with this rep held at its peak: its
   * work is done, so it is a rep if it took long enough (a turn held as the clip ends). Only when
   * it has stayed past the peak threshold a moment (END_AT_PEAK_MS): a measure hovering near the
   * threshold that jitter carries across is not a rep. Null otherwise.
   */
  endUnderWay(timeMs: number): RepOutcome | null {
    const turnBack = this.rule.turnBack;
    if (this.phase === 'back' && turnBack && this.turn && passes(this.turn.value, turnBack.past)) {
      // On the way back and already past the person's own top (turnBack): that rep is done.
      this.phase = 'waiting';
      return this.finish(this.turn.timeMs);
    }
    if (this.phase !== 'peak' || timeMs - this.peakSinceMs < END_AT_PEAK_MS) return null;
    this.phase = 'waiting';
    return this.finish(timeMs);
  }

  /** Which way the peak lies: the measure falls (elbow bending) or rises (arms lifting) to it. */
  get peakIsLow(): boolean {
    return 'below' in this.rule.peak;
  }

  /** turnBack: the way back turned towards the peak again, short of the start (see RepRule). */
  private turnedBack(value: number, timeMs: number, atPeak = false): RepOutcome | null {
    const rule = this.rule.turnBack;
    if (!rule || !this.turn) return null;
    const towardStart = this.peakIsLow ? 1 : -1;
    if ((value - this.turn.value) * towardStart > 0) this.turn = { value, timeMs };
    if (!passes(this.turn.value, rule.past)) return null;
    if (rule.share !== undefined) {
      const start = 'below' in this.rule.start ? this.rule.start.below : this.rule.start.above;
      if ((this.turn.value - this.deepest) * towardStart < rule.share * (start - this.deepest) * towardStart)
        return null;
    }
    if (!atPeak && (this.turn.value - value) * towardStart < rule.by) return null;
    const outcome = this.finish(this.turn.timeMs);
    this.phase = 'out';
    this.repStartMs = this.turn.timeMs;
    this.reachedPartial = this.rule.partial ? passes(value, this.rule.partial) : false;
    this.deepest = value;
    this.turn = null;
    return outcome;
  }

  private enterPeak(timeMs: number): void {
    this.phase = 'peak';
    this.peakSinceMs = timeMs;
  }

  private finish(timeMs: number): RepOutcome {
    const startMs = this.repStartMs;
    const kind = timeMs - startMs < (this.rule.minRepMs ?? DEFAULT_MIN_REP_MS) ? 'too-fast' : 'rep';
    return { kind, startMs, endMs: timeMs };
  }
}
