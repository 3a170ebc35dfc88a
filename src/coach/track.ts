/**
 * One counter with its bookkeeping: the rep phase machine or the hold clock (or the circle
 * counter), the extremes of every measure during the rep under way, and the faults seen in it.
 * A sided exercise has one track per side.
 */
import type { BodySide } from '../pose/body-side';
import { CycleCounter, type Direction } from './cycle-counter';
import type { Counting, RepStats } from './exercise';
import { HoldClock } from './hold-clock';
import type { Unit } from './measures';
import { RepCounter, type RepOutcome, type RepPhase } from './rep-counter';

export interface RepRecord<M extends string = string> {
  readonly side: BodySide | null;
  readonly startMs: number;
  readonly endMs: number;
  /** How far the driving measure travelled in this rep, in `rangeUnit`. */
  readonly rangeOfMotion: number;
  /** The driving measure's unit: a body-length ratio must never read as degrees. */
  readonly rangeUnit: Unit;
  readonly faults: readonly string[];
  readonly stats: RepStats<M>;
}

export interface PartialRecord {
  readonly side: BodySide | null;
  readonly startMs: number;
  readonly endMs: number;
}

export interface HoldRecord {
  readonly side: BodySide | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly heldMs: number;
  /** Long enough to count as a hold. */
  readonly counted: boolean;
  readonly faults: readonly string[];
}

export interface CycleRecord<M extends string = string> {
  /** Null when the view could not tell the way round. */
  readonly direction: Direction | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly faults: string[];
  /** The circle's extremes and duration, for the same checks as a rep's. */
  readonly stats: RepStats<M>;
}

export type TrackOutcome<M extends string> =
  | { readonly type: 'rep'; readonly rep: Omit<RepRecord<M>, 'faults'> & { readonly faults: string[] } }
  | { readonly type: 'partial'; readonly partial: PartialRecord }
  | { readonly type: 'hold'; readonly hold: HoldRecord }
  | { readonly type: 'cycle'; readonly cycle: CycleRecord<M> };

/** Measures not seen during a rep are absent: rep checks on them are not judged. */
type Extremes<M extends string> = { min: Partial<Record<M, number>>; max: Partial<Record<M, number>> };

export class Track<M extends string> {
  readonly reps: RepCounter | null;
  readonly hold: HoldClock | null;
  readonly cycles: CycleCounter | null;
  /** Faults seen since the last rep or hold ended: they belong to the next one. */
  readonly faults = new Set<string>();
  private extremes: Extremes<M> | null = null;
  /** The driving measure through the rep under way. */
  private samples: { timeMs: number; value: number }[] = [];

  constructor(
    readonly side: BodySide | null,
    /** The measure this track counts (or, for circles, the x measure). */
    readonly measure: M,
    private readonly counting: Counting<M>,
    /** The unit of `measure`, carried into each rep's range of motion. */
    private readonly rangeUnit: Unit,
  ) {
    this.reps = counting.kind === 'reps' ? new RepCounter(counting) : null;
    this.hold = counting.kind === 'hold' ? new HoldClock(counting) : null;
    this.cycles = counting.kind === 'cycles' ? new CycleCounter(counting) : null;
  }

  /** Where the driving measure rests, as the counter reads it (RepRule/HoldRule.restBound; else 0). */
  get rest(): number {
    return this.reps?.rest ?? this.hold?.rest ?? 0;
  }

  get phase(): RepPhase | 'holding' | null {
    if (this.reps) return this.reps.phase;
    if (this.hold) return this.hold.running ? 'holding' : null;
    return null;
  }

  /** A rep, hold or circle is under way (faults now belong to it). */
  get busy(): boolean {
    return (this.reps?.inRep ?? false) || (this.hold?.running ?? false) || (this.cycles?.progress ?? 0) !== 0;
  }

  /** Feeds one trackable frame's values (all present); returns what finished. */
  update(values: Readonly<Record<M, number | null>>, timeMs: number): TrackOutcome<M> | null {
    const value = values[this.measure];
    if (value === null) return this.hold ? this.holdEnded(this.hold.expire(timeMs)) : null;
    if (this.cycles && this.counting.kind === 'cycles') {
      const y = values[this.counting.y];
      if (y === null) return null;
      this.record(values);
      const cycle = this.cycles.update(value, y, timeMs);
      if (!cycle) return null;
      const extremes = this.extremes ?? { min: {}, max: {} };
      this.extremes = null;
      this.record(values);
      const faults = [...this.faults];
      this.faults.clear();
      const stats = { durationMs: cycle.endMs - cycle.startMs, topMs: 0, ...extremes } as RepStats<M>;
      return { type: 'cycle', cycle: { ...cycle, faults, stats } };
    }
    if (this.hold) return this.holdEnded(this.hold.update(value, timeMs));
    if (!this.reps) return null;
    const wasInRep = this.reps.inRep;
    const outcome = this.reps.update(value, timeMs);
    const inRep = this.reps.inRep;
    // A rep given up (lost from sight, or a twitch back to the start): its extremes and samples
    // are not the next rep's.
    if (wasInRep && !inRep && !outcome) {
      this.extremes = null;
      this.samples = [];
    }
    // Extremes cover the rest before a rep and the rep itself, so the range of motion is whole.
    if (this.reps.phase !== 'waiting') this.record(values);
    if (this.reps.inRep) this.samples.push({ timeMs, value });
    if (!outcome) return null;
    return this.repEnded(outcome, values);
  }

  /**
   * The set ends: a rep held at its peak counts as done (see RepCounter.endUnderWay), timed to
   * `timeMs`, the last frame counted.
   */
  endUnderWay(timeMs: number): TrackOutcome<M> | null {
    const outcome = this.reps?.endUnderWay(timeMs);
    return outcome ? this.repEnded(outcome, null) : null;
  }

  /** The record of a rep (or partial) that just ended; `values` (the frame it ended on) opens the next. */
  private repEnded(outcome: RepOutcome, values: Readonly<Record<M, number | null>> | null): TrackOutcome<M> | null {
    const extremes = this.extremes;
    const topMs = timeAtTop(this.samples, this.reps?.peakIsLow ?? false);
    this.extremes = null;
    this.samples = [];
    if (values) this.record(values);
    if (outcome.kind === 'partial') {
      this.faults.clear();
      return { type: 'partial', partial: { side: this.side, startMs: outcome.startMs, endMs: outcome.endMs } };
    }
    if (outcome.kind === 'too-fast' || !extremes) return null;
    const faults = [...this.faults];
    this.faults.clear();
    const stats = { durationMs: outcome.endMs - outcome.startMs, topMs, ...extremes } as RepStats<M>;
    return {
      type: 'rep',
      rep: {
        side: this.side,
        startMs: outcome.startMs,
        endMs: outcome.endMs,
        rangeOfMotion: (extremes.max[this.measure] ?? 0) - (extremes.min[this.measure] ?? 0),
        rangeUnit: this.rangeUnit,
        faults,
        stats,
      },
    };
  }

  /** Called on frames where the person cannot be seen: a hold's grace period runs out. */
  lost(timeMs: number): TrackOutcome<M> | null {
    return this.hold ? this.holdEnded(this.hold.expire(timeMs)) : null;
  }

  private holdEnded(outcome: ReturnType<HoldClock['update']>): TrackOutcome<M> | null {
    if (!outcome || this.counting.kind !== 'hold') return null;
    const faults = [...this.faults];
    this.faults.clear();
    const counted = outcome.heldMs >= this.counting.minHoldS * 1000;
    return { type: 'hold', hold: { side: this.side, ...outcome, counted, faults } };
  }

  private record(values: Readonly<Record<M, number | null>>): void {
    this.extremes ??= { min: {}, max: {} };
    const { min, max } = this.extremes;
    for (const name of Object.keys(values) as M[]) {
      const value = values[name];
      if (value === null) continue;
      min[name] = Math.min(min[name] ?? value, value);
      max[name] = Math.max(max[name] ?? value, value);
    }
  }
}

/**
 * How long a rep stayed near its peak: from the first to the last sample within 20% of its range
 * from the peak value (a span, so a flicker of noise in the middle of a pause does not cut it).
 */
function timeAtTop(samples: readonly { timeMs: number; value: number }[], peakIsLow: boolean): number {
  const values = samples.map((sample) => sample.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const band = (high - low) * 0.2;
  const near = samples.filter((sample) => (peakIsLow ? sample.value <= low + band : sample.value >= high - band));
  const first = near[0];
  const last = near.at(-1);
  return first && last ? last.timeMs - first.timeMs : 0;
}
