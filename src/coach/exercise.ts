/**
 * The shape of an exercise: plain data plus small predicates, checked by the compiler. The
 * engine (coach.ts) knows no exercise by name; exercises are files in src/exercises.
 */
import type { CameraView } from '../pose/view';
import type { CycleRule } from './cycle-counter';
import type { HoldRule } from './hold-clock';
import type { Measure, Unit } from './measures';
import type { RepPhase, RepRule } from './rep-counter';
import type { RestBound } from './rest';

export type ExercisePhase = 'warm-up' | 'strength' | 'cool-down';

/** What the source material prescribes; the default target, which the person can change. */
export interface Dosage {
  readonly sets?: number;
  /** Repetitions (or circles) per set, per side for sided exercises. */
  readonly reps?: number;
  /** Seconds per hold. */
  readonly holdS?: number;
  /** Holds per set, per side for sided exercises. */
  readonly holds?: number;
  /** The prescription in words, as a person reads it. */
  readonly text: string;
}

/** Which measure drives a counter: one, or one per side for exercises done on each side. */
export type Driver<M extends string> = M | { readonly left: M; readonly right: M };

export type Counting<M extends string> =
  | ({ readonly kind: 'reps'; readonly measure: Driver<M> } & RepRule)
  | ({ readonly kind: 'hold'; readonly measure: Driver<M>; readonly minHoldS: number } & HoldRule)
  | ({
      readonly kind: 'cycles';
      readonly x: M;
      readonly y: M;
      /**
       * What each way round means to the person ("backwards", "clockwise as you see it"), with the
       * measures' axes: counter-clockwise turns from +x towards +y. Absent when the view cannot
       * tell the direction: it is then said to be not checked.
       */
      readonly directions?: { readonly 'counter-clockwise': string; readonly clockwise: string };
    } & CycleRule);

/**
 * Everything one repetition (a rep, or a circle) did: the extremes of every measure, how long it
 * took, time at the top.
 */
export interface RepStats<M extends string> {
  readonly durationMs: number;
  /**
   * How long the driving measure stayed within 20% of its range (from the rest the rep left) of
   * the level it dwelt at near its peak: a pause (src/coach/plateau.ts).
   */
  readonly topMs: number;
  readonly min: Readonly<Record<M, number>>;
  readonly max: Readonly<Record<M, number>>;
  /**
   * Each measure where the person was before the rep (of the last second's frames before it, the
   * one farthest from the peak), to judge a change against; not for circles. A measure unseen
   * there is absent.
   */
  readonly start?: Readonly<Partial<Record<M, number>>>;
}

/** The phases a per-frame check applies in ('hold' = while a hold's clock runs). */
export type CheckPhase = Exclude<RepPhase, 'waiting'> | 'hold';

interface CheckBase<M extends string> {
  /** Stable id (a contract where the catalog names it: evaluation manifests use it). */
  readonly id: string;
  /** Short and positive: what to do, not what went wrong. */
  readonly cue: string;
  /** Higher wins when several faults are present. */
  readonly priority?: number;
  /** The measures the check reads: it is judged only on frames where they are all seen. */
  readonly uses: readonly M[];
  /** Why this check is not judged from the exercise's view, when it cannot be. */
  readonly notMeasuredReason?: string;
}

export interface FrameCheck<M extends string> extends CheckBase<M> {
  readonly on: 'frame';
  /** Only judged in these phases (default: all once counting has begun). */
  readonly during?: readonly CheckPhase[];
  /** A fault must last this long before it counts (debounce). */
  readonly forMs?: number;
  /**
   * Judged only in the first this many ms of a hold (its clock's time), never outside one: for a
   * fault that is also how the stretch ends (letting go of the knees before rolling up), so the
   * way out is not told off. A fault must have lasted `forMs` within it.
   */
  readonly firstMs?: number;
  /**
   * Read the counting measures from where the person rests (the counting's `restBound`): each
   * side's driving measure less its counter's rest estimate, as the counter itself reads it
   * (until the rest is learnt, its assumed start: 0, or a range's end towards the peak). Other measures are read as they are. A check on how far a head
   * turns must judge the turn from where the head rests, not from the camera's axis: seated a
   * little off square, a full turn away from the camera reads short of it.
   */
  readonly fromRest?: boolean;
  /**
   * With `fromRest`, for the measures it uses that are not counted: each one's rest is learnt as
   * a counter learns its own (still frames between reps or holds, while the counted movement is
   * at its start), within this bound (a number: that far either side of 0; or a range), in its
   * unit. Until it is learnt, a fault must hold with the rest anywhere within the bound (judged at
   * nine points across it: coach.ts REST_SPAN), so an unknown rest never makes a fault.
   */
  readonly restBound?: RestBound;
  readonly fault: (values: Readonly<Record<M, number>>) => boolean;
}

/** A check on each repetition as a whole: a rep, or a circle for circling exercises. */
export interface RepCheck<M extends string> extends CheckBase<M> {
  readonly on: 'rep';
  readonly fault: (rep: RepStats<M>) => boolean;
}

/**
 * A per-frame check that a measure stays inside a band, with a cue for each way out of it
 * ("hinge a bit more" below, "lift your chest" above).
 */
export interface BandCheck<M extends string> extends Omit<CheckBase<M>, 'cue' | 'uses'> {
  readonly on: 'band';
  readonly measure: M;
  readonly min: number;
  readonly max: number;
  /** Cue when the measure is below `min`, and when above `max`. */
  readonly low: string;
  readonly high: string;
  readonly during?: readonly CheckPhase[];
  readonly forMs?: number;
  /**
   * The band is around where the measure rests, as a frame check's (FrameCheck.fromRest with its
   * restBound): `min` and `max` are then offsets from the rest learnt between reps, and until it
   * is learnt a cue needs the measure out of the band from either end of the bound. For a
   * reading whose resting value the camera moves (a short segment seen at an angle: the face
   * against the trunk of someone lying side-on) while the fault is a change from it.
   */
  readonly fromRest?: boolean;
  readonly restBound?: RestBound;
  /** With restBound: moving faster than this (the measure's unit per second) is not resting. Default 15. */
  readonly restSpeed?: number;
  /**
   * With fromRest: the measure itself past these is out of the band wherever it rests (`low`
   * under `min`, `high` over `max`). A fault held all along is learnt as the person's rest, so the
   * band around the rest alone never sees it: a head tilted back through the whole set.
   */
  readonly beyond?: { readonly min?: number; readonly max?: number };
}

export type Check<M extends string> = FrameCheck<M> | RepCheck<M> | BandCheck<M>;

/** The measures a check reads. */
export function checkUses<M extends string>(check: Check<M>): readonly M[] {
  return check.on === 'band' ? [check.measure] : check.uses;
}

/** Every cue a check can give, for people and for the catalog. */
export function checkCues(check: Check<string>): string[] {
  return check.on === 'band' ? [check.low, check.high] : [check.cue];
}

/** What a person may have at hand; routines swap moves that need something they lack. */
export type Equipment = 'chair' | 'wall' | 'doorway' | 'band' | 'dumbbell' | 'foam-roller' | 'floor';

export const EQUIPMENT: readonly Equipment[] = ['chair', 'wall', 'doorway', 'band', 'dumbbell', 'foam-roller', 'floor'];

/** Whether someone with `have` can do an exercise that `needs` these. */
export function canDo(needs: ExerciseSpec['needs'], have: ReadonlySet<Equipment>): boolean {
  return (needs ?? []).every((need) => (typeof need === 'string' ? have.has(need) : need.some((one) => have.has(one))));
}

/** How to place the camera and oneself, and what the movement is, in our own words. */
export interface InstructionCard {
  readonly equipment: readonly string[];
  readonly camera: string;
  readonly steps: readonly string[];
  readonly feel?: string;
  readonly stop?: string;
}

export interface ExerciseSpec<M extends string = string> {
  /** Stable id from the catalog: a contract. */
  readonly id: string;
  readonly name: string;
  readonly phase: ExercisePhase;
  readonly view: CameraView;
  readonly sided: boolean;
  readonly dosage: Dosage;
  readonly measures: Readonly<Record<M, Measure>>;
  /** Names for the rep phases a person sees ("arm long", "pulled"). */
  readonly phaseLabels?: { readonly start: string; readonly peak: string };
  // NoInfer: the measure names come from `measures` alone; a typo elsewhere is an error.
  readonly counting: Counting<NoInfer<M>>;
  /** Measures drawn as arcs at their joints while coaching (angles a person can picture). */
  readonly show?: readonly NoInfer<M>[];
  readonly checks: readonly Check<NoInfer<M>>[];
  readonly card: InstructionCard;
  /** What it needs: every entry; an entry listing several means any one of them. None: nothing. */
  readonly needs?: readonly (Equipment | readonly Equipment[])[];
}

/** The measure a repetition's range of motion is taken of: the counter's (left side), or circles' x. */
export function drivingMeasure(spec: ExerciseSpec): Measure | undefined {
  const counting = spec.counting;
  const driver =
    counting.kind === 'cycles'
      ? counting.x
      : typeof counting.measure === 'string'
        ? counting.measure
        : counting.measure.left;
  return spec.measures[driver];
}

/** The unit of a repetition's range of motion: its driving measure's (for circles, the x measure's). */
export function rangeUnitOf(spec: ExerciseSpec): Unit {
  return drivingMeasure(spec)?.unit ?? 'deg';
}

/** Identity with inference: lets an exercise file name its measures once and use them typed. */
export function defineExercise<M extends string>(spec: ExerciseSpec<M>): ExerciseSpec<M> {
  return spec;
}
