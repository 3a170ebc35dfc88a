/**
 * Counts repetitions of one measure as a phase machine: rest at `start`, work to `peak`, back to
 * `start` is one rep. Each phase is entered only when the measure passes that phase's own
 * threshold, so the gap between the two thresholds is the hysteresis: jitter around either one
 * never counts. Time, not frames, decides what is too fast, so 15 and 30 fps count alike.
 */
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
   * When set, the thresholds are offsets from the person's resting level rather than absolute
   * values: the level follows the measure at once towards rest and drifts back at this rate (units
   * per second). For measures whose resting value depends on the camera's angle and the body
   * (a lift seen from an oblique floor-level camera).
   */
  readonly restDriftPerS?: number;
}

export type RepOutcome =
  | { readonly kind: 'rep'; readonly startMs: number; readonly endMs: number; readonly peakMs: number }
  | { readonly kind: 'partial'; readonly startMs: number; readonly endMs: number }
  | { readonly kind: 'too-fast'; readonly startMs: number; readonly endMs: number };

const DEFAULT_MIN_REP_MS = 600;
const DEFAULT_MAX_GAP_MS = 1500;

export class RepCounter {
  phase: RepPhase = 'waiting';
  private repStartMs = 0;
  private peakEnteredMs = 0;
  private peakTotalMs = 0;
  private reachedPartial = false;
  private lastSeenMs: number | null = null;
  private rest: number | null = null;

  constructor(private readonly rule: RepRule) {}

  /** Feeds one trackable sample; returns what finished at this sample, if anything. */
  update(sample: number, timeMs: number): RepOutcome | null {
    const gap = this.lastSeenMs === null ? 0 : timeMs - this.lastSeenMs;
    this.lastSeenMs = timeMs;
    const value = this.rule.restDriftPerS === undefined ? sample : sample - this.followRest(sample, gap);
    if (gap > (this.rule.maxGapMs ?? DEFAULT_MAX_GAP_MS) && this.phase !== 'waiting' && this.phase !== 'start') {
      this.phase = 'waiting'; // what happened while unseen is unknown: start over
    }
    const atStart = passes(value, this.rule.start);
    const atPeak = passes(value, this.rule.peak);
    switch (this.phase) {
      case 'waiting':
        if (atStart) this.phase = 'start';
        return null;
      case 'start':
        if (!atStart) {
          this.phase = atPeak ? 'peak' : 'out';
          this.repStartMs = timeMs;
          this.peakTotalMs = 0;
          this.reachedPartial = this.rule.partial ? passes(value, this.rule.partial) : false;
          if (atPeak) this.peakEnteredMs = timeMs;
        }
        return null;
      case 'out':
        if (this.rule.partial && passes(value, this.rule.partial)) this.reachedPartial = true;
        if (atPeak) {
          this.phase = 'peak';
          this.peakEnteredMs = timeMs;
        } else if (atStart) {
          this.phase = 'start';
          return this.reachedPartial ? { kind: 'partial', startMs: this.repStartMs, endMs: timeMs } : null;
        }
        return null;
      case 'peak':
        if (!atPeak) {
          this.phase = atStart ? 'start' : 'back';
          this.peakTotalMs += timeMs - this.peakEnteredMs;
          if (atStart) return this.finish(timeMs);
        }
        return null;
      case 'back':
        if (atPeak) {
          this.phase = 'peak';
          this.peakEnteredMs = timeMs;
        } else if (atStart) {
          this.phase = 'start';
          return this.finish(timeMs);
        }
        return null;
    }
  }

  /** The resting level: rest is low when the start threshold is a `below` (and high otherwise). */
  private followRest(sample: number, gapMs: number): number {
    const restIsLow = 'below' in this.rule.start;
    const drift = ((this.rule.restDriftPerS ?? 0) * gapMs) / 1000;
    if (this.rest === null) this.rest = sample;
    else this.rest = restIsLow ? Math.min(sample, this.rest + drift) : Math.max(sample, this.rest - drift);
    return this.rest;
  }

  /** The rep under way has started (it left the start position). */
  get inRep(): boolean {
    return this.phase === 'out' || this.phase === 'peak' || this.phase === 'back';
  }

  get currentRepStartMs(): number {
    return this.repStartMs;
  }

  reset(): void {
    this.phase = 'waiting';
    this.lastSeenMs = null;
    this.rest = null;
  }

  private finish(timeMs: number): RepOutcome {
    const startMs = this.repStartMs;
    if (timeMs - startMs < (this.rule.minRepMs ?? DEFAULT_MIN_REP_MS)) {
      return { kind: 'too-fast', startMs, endMs: timeMs };
    }
    return { kind: 'rep', startMs, endMs: timeMs, peakMs: this.peakTotalMs };
  }
}
