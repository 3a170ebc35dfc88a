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
import { timeAtTop, type Sample } from './plateau';
import { RepCounter, type RepOutcome, type RepPhase } from './rep-counter';
import { passes } from './threshold';

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

/**
 * How far back the rest before a rep is looked for: a second and a half covers a slow start
 * (a superman at 0.6× tempo takes ~1 s from the floor to the counter's start threshold) while a
 * rep's turn back into the next one (turnBack) is still its own approach.
 */
const APPROACH_MS = 1500;

/** How far back before a rep its start (RepStats.start) is looked for: the last second of the approach. */
const START_WINDOW_MS = 1000;

/** A frame of the approach: the driving measure, and every measure for the rep's start. */
interface ApproachFrame<M extends string> extends Sample {
  readonly values: Readonly<Record<M, number | null>>;
}

export class Track<M extends string> {
  readonly reps: RepCounter | null;
  readonly hold: HoldClock | null;
  readonly cycles: CycleCounter | null;
  /** Faults seen since the last rep or hold ended: they belong to the next one. */
  readonly faults = new Set<string>();
  private extremes: Extremes<M> | null = null;
  /** The driving measure through the rep under way. */
  private samples: Sample[] = [];
  /** The frames of the last APPROACH_MS, in a rep or not. */
  private recent: ApproachFrame<M>[] = [];
  /** `recent` as the rep under way began: the rest it left, which its time at the top is measured from. */
  private approach: ApproachFrame<M>[] = [];
  /** Where the rep under way started from (RepStats.start). */
  private repStart: Partial<Record<M, number>> | null = null;

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

  /**
   * Whether the driving measure, read from its rest, is where a rep or hold starts from: past a
   * rep's start threshold, or out of a hold's position (its exit). Circles have no such place.
   */
  atStart(value: number): boolean {
    const counting = this.counting;
    if (counting.kind === 'cycles') return true;
    return passes(value - this.rest, counting.kind === 'reps' ? counting.start : counting.exit);
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
      this.repStart = null;
    }
    // Extremes cover the rest before a rep and the rep itself, so the range of motion is whole.
    if (this.reps.phase !== 'waiting') this.record(values);
    const result = outcome ? this.repEnded(outcome, values) : null;
    if (this.reps.inRep) {
      // A rep that ended on a turn back (RepRule.turnBack) opens the next on this frame.
      if (this.samples.length === 0) {
        this.approach = this.recent.slice();
        this.repStart = seen(this.startFrame(timeMs) ?? values);
      }
      this.samples.push({ timeMs, value });
    }
    // Kept in place (this runs on every frame); a rep takes its own copy as it begins.
    this.recent.push({ timeMs, value, values });
    while ((this.recent[0]?.timeMs ?? timeMs) < timeMs - APPROACH_MS) this.recent.shift();
    return result;
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
    const topMs = this.timeAtTop();
    const start = this.repStart ?? undefined;
    this.extremes = null;
    this.samples = [];
    this.approach = [];
    this.repStart = null;
    if (values) this.record(values);
    if (outcome.kind === 'partial') {
      this.faults.clear();
      return { type: 'partial', partial: { side: this.side, startMs: outcome.startMs, endMs: outcome.endMs } };
    }
    if (outcome.kind === 'too-fast' || !extremes) return null;
    const faults = [...this.faults];
    this.faults.clear();
    const stats = { durationMs: outcome.endMs - outcome.startMs, topMs, ...extremes, start } as RepStats<M>;
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

  /**
   * How long the rep under way stayed near its top (plateau.ts), its range measured from the
   * farthest point from the peak in the approach (the rest it left) or, without one, in the rep.
   */
  private timeAtTop(): number {
    const peakIsLow = this.reps?.peakIsLow ?? false;
    const values = [...this.approach, ...this.samples].map((sample) => sample.value);
    const from = peakIsLow ? Math.max(...values) : Math.min(...values);
    return timeAtTop(this.samples, from, peakIsLow);
  }

  /**
   * Where the person was before the rep under way, which began at `timeMs`: of the approach's
   * last second, the frame whose driving measure was farthest from the peak (the frame the rep
   * began on is already on its way).
   */
  private startFrame(timeMs: number): Readonly<Record<M, number | null>> | null {
    const low = this.reps?.peakIsLow ?? false;
    let best: ApproachFrame<M> | null = null;
    for (const frame of this.approach) {
      if (frame.timeMs < timeMs - START_WINDOW_MS) continue;
      if (!best || (low ? frame.value > best.value : frame.value < best.value)) best = frame;
    }
    return best?.values ?? null;
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

/** The values seen in a frame (null ones left out). */
function seen<M extends string>(values: Readonly<Record<M, number | null>>): Partial<Record<M, number>> {
  const out: Partial<Record<M, number>> = {};
  for (const name of Object.keys(values) as M[]) {
    const value = values[name];
    if (value !== null) out[name] = value;
  }
  return out;
}
