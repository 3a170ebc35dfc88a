/**
 * The coach: frames of landmarks in, counts and corrections out, for one exercise.
 *
 * Per frame: check the set-up (person seen, the joints the exercise reads in the picture, the
 * right view) → measure and smooth → count (reps, holds or circles, per side where the exercise
 * is sided) → judge form (per frame, debounced; per rep, on the rep's extremes) → pick one cue.
 * A frame the coach cannot trust never advances a count or a hold and never fires a cue.
 */
import type { BodySide } from '../pose/body-side';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { OneEuroFilter } from '../pose/one-euro';
import type { Pose, PoseFrame } from '../pose/types';
import { usablePose } from '../pose/usable-pose';
import { ViewTracker, readView, type ViewState } from '../pose/view';
import { CueScheduler, type CueCandidate, type CueTiming, type ShownCue } from './cue-scheduler';
import {
  checkUses,
  type BandCheck,
  type CheckPhase,
  type ExerciseSpec,
  type FrameCheck,
  type RepCheck,
  type RepStats,
} from './exercise';
import type { MeasureInput } from './measures';
import { RestEstimate, restRange } from './rest';
import { isSeen, setupGuidance, type Guidance } from './setup';
import { Track, type CycleRecord, type HoldRecord, type PartialRecord, type RepRecord } from './track';

export type { CycleRecord, HoldRecord, PartialRecord, RepRecord } from './track';

/** The face's landmarks come first in MediaPipe's order, the mouth's last of them. */
const LAST_FACE = LANDMARK.mouth_right;
/** The set-up must stay right this long before counting starts (people settle into place). */
const SETTLE_MS = 500;
/**
 * Once settled, only a set-up lost for this long means settling again: a dropped frame or a
 * flicker of visibility is not a new set-up (those frames are still not counted).
 */
const UNSETTLE_MS = 1000;
/** A fault's debounce survives untrackable gaps up to this long. */
const FAULT_GAP_MS = 300;
/** A per-frame fault must last this long to count, unless the check says otherwise. */
const DEFAULT_FAULT_MS = 400;
/** A rep's faults stay candidates for a cue this long after the rep (another cue may be up). */
const REP_CUE_WINDOW_MS = 3000;
/** A measure unseen for longer than this restarts its smoothing. */
const SMOOTHING_GAP_MS = 500;
/**
 * Where a `fromRest` check's unlearnt rest is tried across its bound (FrameCheck.restBound), as
 * fractions of its span from the low end: every eighth (every quarter of a ± bound's half), so a fault either way of the rest is tried inside a gap of an
 * eighth of the bound's span (the knees' ±2 hip widths in 0.5 steps, against their 0.9-wide
 * band of "still").
 */
const REST_SPAN_STEPS = 8;
const REST_SPAN = Array.from({ length: REST_SPAN_STEPS + 1 }, (_, i) => i / REST_SPAN_STEPS);

export interface CueRecord {
  readonly id: string;
  readonly text: string;
  readonly timeMs: number;
}

export type CoachEvent<M extends string = string> =
  | { readonly type: 'rep'; readonly rep: RepRecord<M> }
  | { readonly type: 'partial'; readonly partial: PartialRecord }
  | { readonly type: 'hold'; readonly hold: HoldRecord }
  | { readonly type: 'cycle'; readonly cycle: CycleRecord }
  | { readonly type: 'cue'; readonly cue: CueRecord };

export interface SideCounts {
  readonly reps: number;
  readonly holds: number;
}

export interface CoachCounts {
  /** Completed reps (both sides), with or without faults. */
  readonly reps: number;
  readonly cleanReps: number;
  readonly faultyReps: number;
  readonly partialReps: number;
  /** Holds long enough to count (both sides). */
  readonly holds: number;
  readonly cycles: number;
  readonly left?: SideCounts;
  readonly right?: SideCounts;
}

export interface CoachUpdate<M extends string = string> {
  readonly timestampMs: number;
  /** What to fix before anything is counted; null when the set-up is right. */
  readonly guidance: Guidance | null;
  /** This frame was counted and judged. */
  readonly trackable: boolean;
  readonly view: ViewState;
  /** Smoothed measures; null where the landmarks were not seen. */
  readonly values: Readonly<Record<M, number | null>>;
  readonly phase: CheckPhase | 'waiting' | null;
  readonly counts: CoachCounts;
  /** Time in position in the hold under way, for hold exercises. */
  readonly holdMs: number;
  readonly cue: ShownCue | null;
  /** Per-frame faults present now, and the landmarks they are about (to highlight). */
  readonly faults: readonly string[];
  readonly faultyJoints: readonly LandmarkName[];
  readonly events: readonly CoachEvent<M>[];
}

export interface CoachSummary<M extends string = string> {
  readonly exerciseId: string;
  readonly counts: CoachCounts;
  readonly reps: readonly RepRecord<M>[];
  readonly partials: readonly PartialRecord[];
  readonly holds: readonly HoldRecord[];
  readonly cycles: readonly CycleRecord<M>[];
  readonly cues: readonly CueRecord[];
  readonly frames: number;
  readonly trackableFrames: number;
}

export class Coach<M extends string = string> {
  private readonly view = new ViewTracker();
  private readonly tracks: Track<M>[];
  /** Its rep counters or hold clocks follow the person's rest (restBound): only then is rest observed. */
  private readonly learnsRest: boolean;
  private readonly filters = new Map<M, { filter: OneEuroFilter | null; lastMs: number }>();
  /** Where the measures of `fromRest` checks that are not counted rest (FrameCheck.restBound). */
  private readonly checkRests = new Map<M, RestEstimate>();
  /** Some frame check reads from the person's rest (FrameCheck.fromRest): known once, not per frame. */
  private readonly checksFromRest: boolean;
  /**
   * The landmarks each measure reads, and those counting needs, for either side near the camera.
   * Every frame asks and they depend only on the near side, so they are worked out once (a
   * composite measure builds its list afresh on each call).
   */
  private readonly joints: Record<
    BodySide,
    {
      measures: Record<M, readonly LandmarkName[]>;
      counting: readonly LandmarkName[];
      /**
       * A sided exercise filmed side-on: the joints both sides' measures read, and each side's
       * own (its knee, its arm). Null otherwise.
       */
      perSide: { shared: readonly LandmarkName[]; own: Record<BodySide, readonly LandmarkName[]> } | null;
    }
  >;
  /** Per check: since when its fault has been present, and when it was last seen. */
  private readonly faultSince = new Map<string, { sinceMs: number; lastMs: number }>();
  private readonly cues: CueScheduler;
  private readonly measureNames: M[];
  private readonly repCues: { candidate: CueCandidate; untilMs: number }[] = [];
  private readonly log = {
    reps: [] as RepRecord<M>[],
    partials: [] as PartialRecord[],
    holds: [] as HoldRecord[],
    cycles: [] as CycleRecord<M>[],
    cues: [] as CueRecord[],
  };
  /** Per-frame faults present at the last trackable frame. */
  private activeFaults = new Set<string>();
  private okSinceMs: number | null = null;
  private settled = false;
  private lastOkMs = Number.NEGATIVE_INFINITY;
  private frames = 0;
  /**
   * A front-view exercise reading the face (the ears' line for a shoulder roll, the nose for a
   * nod): from behind those readings are of the back of the head, so a person with their back to
   * the camera is asked to turn around (pose/view.ts). One reading none (a doorway stretch, filmed
   * from behind so the frame does not hide the forearms) is counted from behind too. Circles told
   * apart by their direction need the person facing the camera as well: the direction comes from
   * depth (forward brings the hands towards the camera), which reverses with the back turned, so
   * from behind backward circles would be called forward.
   */
  private readonly needsFacing: boolean;
  /** The last frame seen: when, and whether it was counted. */
  private lastFrame: { timeMs: number; trackable: boolean } | null = null;
  private trackableFrames = 0;

  constructor(
    readonly exercise: ExerciseSpec<M>,
    cueTiming?: CueTiming,
  ) {
    this.cues = new CueScheduler(cueTiming);
    this.measureNames = Object.keys(exercise.measures) as M[];
    this.joints = { left: this.findJoints('left'), right: this.findJoints('right') };
    const counting = exercise.counting;
    this.needsFacing =
      exercise.view === 'front' &&
      ((counting.kind === 'cycles' && counting.directions !== undefined) ||
        (['left', 'right'] as const).some((near) =>
          this.measureNames.some((name) =>
            this.joints[near].measures[name].some((joint) => LANDMARK[joint] <= LAST_FACE),
          ),
        ));
    this.learnsRest = counting.kind !== 'cycles' && counting.restBound !== undefined;
    const counted = new Set<M>(
      counting.kind === 'cycles'
        ? []
        : typeof counting.measure === 'string'
          ? [counting.measure]
          : [counting.measure.left, counting.measure.right],
    );
    this.checksFromRest = exercise.checks.some((check) => check.on !== 'rep' && check.fromRest);
    for (const check of exercise.checks) {
      if (check.on === 'rep' || !check.fromRest || check.restBound === undefined) continue;
      for (const name of checkUses(check)) {
        if (counted.has(name)) continue;
        // A frame check's rest is believed after 300 ms still, as a hold's (hold-clock.ts); a
        // band's is judged during reps, and learnt between them as a rep counter's is, at once.
        const rest =
          check.on === 'band'
            ? new RestEstimate(check.restBound, 0, check.restSpeed)
            : new RestEstimate(check.restBound, 300);
        this.checkRests.set(name, rest);
      }
    }
    const unit = (name: M) => exercise.measures[name].unit;
    if (counting.kind === 'cycles') this.tracks = [new Track<M>(null, counting.x, counting, unit(counting.x))];
    else if (typeof counting.measure === 'string') {
      this.tracks = [new Track<M>(null, counting.measure, counting, unit(counting.measure))];
    } else {
      this.tracks = [
        new Track<M>('left', counting.measure.left, counting, unit(counting.measure.left)),
        new Track<M>('right', counting.measure.right, counting, unit(counting.measure.right)),
      ];
    }
  }

  /** The landmarks that must be seen for counting, given which side is near the camera. */
  countingJoints(near: BodySide): readonly LandmarkName[] {
    return this.joints[near].counting;
  }

  private jointsOf(name: M, near: BodySide): readonly LandmarkName[] {
    return this.joints[near].measures[name];
  }

  private findJoints(near: BodySide) {
    const measures = {} as Record<M, readonly LandmarkName[]>;
    for (const name of this.measureNames) measures[name] = this.exercise.measures[name].joints(near);
    const counting = this.exercise.counting;
    const names: M[] =
      counting.kind === 'cycles'
        ? [counting.x, counting.y]
        : typeof counting.measure === 'string'
          ? [counting.measure]
          : [counting.measure.left, counting.measure.right];
    const needed = [...new Set(names.flatMap((name) => measures[name]))];
    return { measures, counting: needed, perSide: this.sidedJoints(measures) };
  }

  /**
   * Side-on, the far limb of a sided exercise is behind the body half the time: lying on the floor
   * for knee to chest, the far knee rests behind the near one (the model gives it visibility
   * ~0.25 once the person is small in the picture; README, "Lying down, small, dim"). Requiring
   * both sides' joints then stops coaching altogether, though the side the person is working is in
   * plain view. So side-on, the set-up needs the shared joints and one whole side; the other side's
   * measure reads null until its joints are seen (a far knee hugged to the chest is). Front-on both
   * sides face the camera, and a missing arm is worth saying.
   */
  private sidedJoints(measures: Record<M, readonly LandmarkName[]>) {
    const counting = this.exercise.counting;
    if (this.exercise.view !== 'side' || counting.kind === 'cycles' || typeof counting.measure === 'string')
      return null;
    const left = measures[counting.measure.left];
    const right = measures[counting.measure.right];
    const shared = left.filter((joint) => right.includes(joint));
    const own = {
      left: left.filter((joint) => !shared.includes(joint)),
      right: right.filter((j) => !shared.includes(j)),
    };
    return own.left.length > 0 && own.right.length > 0 ? { shared, own } : null;
  }

  /** The joints the set-up needs in this frame (see sidedJoints). */
  private setupJoints(pose: Pose | undefined, near: BodySide): readonly LandmarkName[] {
    const { counting, perSide } = this.joints[near];
    if (!pose || !perSide) return counting;
    const seen = (joints: readonly LandmarkName[]) => joints.every((joint) => isSeen(pose, joint));
    for (const side of [near, near === 'left' ? 'right' : 'left'] as const) {
      if (seen(perSide.own[side])) return [...perSide.shared, ...perSide.own[side]];
    }
    return counting;
  }

  update(frame: PoseFrame): CoachUpdate<M> {
    const timeMs = frame.timestampMs;
    // Malformed input (truncated arrays, NaN, no usable frame size) is cleaned here, once, so
    // nothing downstream need doubt its landmarks (src/pose/usable-pose.ts says what is kept).
    const pose = usablePose(frame);
    this.frames++;
    const view = this.view.update(pose ? readView(pose, frame.imageWidth, frame.imageHeight) : null, timeMs);
    const joints = this.setupJoints(pose, view.near);
    const guidance = setupGuidance({
      pose,
      joints,
      view: this.exercise.view,
      seenView: view.view,
      scene: frame.scene,
      lifted: (frame.lift ?? 1) > 1,
      away: this.needsFacing && view.away === true,
      frame: { width: frame.imageWidth, height: frame.imageHeight },
    });
    const trackable = this.settle(guidance === null, timeMs);

    const values = {} as Record<M, number | null>;
    const input: MeasureInput | null = pose
      ? { pose, imageWidth: frame.imageWidth, imageHeight: frame.imageHeight, near: view.near }
      : null;
    for (const name of this.measureNames) values[name] = input ? this.measure(name, input, timeMs) : null;

    const events: CoachEvent<M>[] = [];
    let faults: string[] = [];
    if (trackable) {
      this.trackableFrames++;
      for (const track of this.tracks) {
        const wasBusy = track.busy;
        this.record(track.update(values, timeMs), events);
        // A rep or hold that starts now owns only the faults still present: one fixed while
        // setting up (standing upright before hinging for a row) is not charged to it.
        if (track.busy && !wasBusy)
          for (const id of track.faults) if (!this.activeFaults.has(id)) track.faults.delete(id);
      }
      this.observeRest(values, timeMs, true);
      const frameFaults = this.judgeFrame(values, timeMs);
      faults = frameFaults.map((fault) => fault.id);
      this.activeFaults = new Set(faults);
      const shown = this.cues.update([...frameFaults, ...this.pendingRepCues(timeMs)], timeMs);
      if (shown) {
        const cue = { id: shown.id, text: shown.text, timeMs };
        this.log.cues.push(cue);
        events.push({ type: 'cue', cue });
      }
    } else if (guidance === null) {
      // The set-up is right but the coach is still settling: rep counters follow the movement
      // without counting (anything ending in these 500 ms is too short to be a rep anyway), so a
      // rep begun while settling counts when it ends. A person who starts straight away, or a
      // clip that opens on the first pull (row-single-arm-chair: its first rep, 0.2–1.4 s, was
      // lost), is counted from the first rep.
      for (const track of this.tracks) {
        if (track.reps) track.update(values, timeMs);
        else this.record(track.lost(timeMs), events);
      }
      // The rep counters' rest too, as they follow: a rest they assume until they learn one
      // (RepRule.restBound as a range) would otherwise meet a first lift begun while settling.
      this.observeRest(values, timeMs, false);
    } else {
      for (const track of this.tracks) this.record(track.lost(timeMs), events);
    }
    this.lastFrame = { timeMs, trackable };

    return {
      timestampMs: timeMs,
      guidance,
      trackable,
      view,
      values,
      phase: this.phase(),
      counts: this.counts(),
      holdMs: Math.max(0, ...this.tracks.map((track) => track.hold?.currentMs ?? 0)),
      cue: trackable ? this.cues.current : null,
      faults,
      faultyJoints: this.faultyJoints(faults, view.near),
      events,
    };
  }

  /** Ends what is under way (a hold in progress) and returns everything so far. */
  finish(): CoachSummary<M> {
    // A set that ends with the person still in view and a rep held at its peak (a turn held as the
    // clip ends) ends with that rep done. Not when the person was out of view at the end: they may
    // have walked to the screen with their arms bent.
    if (this.lastFrame?.trackable) {
      for (const track of this.tracks) this.record(track.endUnderWay(this.lastFrame.timeMs), []);
    }
    for (const track of this.tracks) {
      const hold = track.hold?.end();
      if (hold && this.exercise.counting.kind === 'hold') {
        const counted = hold.heldMs >= this.exercise.counting.minHoldS * 1000;
        this.log.holds.push({ side: track.side, ...hold, counted, faults: [...track.faults] });
      }
    }
    return this.summary();
  }

  summary(): CoachSummary<M> {
    return {
      exerciseId: this.exercise.id,
      counts: this.counts(),
      ...this.log,
      frames: this.frames,
      trackableFrames: this.trackableFrames,
    };
  }

  /**
   * Counters that follow the person's rest (RepRule.restBound) learn it while every counter of
   * the exercise is out of a rep: a turn to one side is no rest for the other side's. While the
   * coach settles (`counted` false) only the rep counters learn, as only they follow.
   */
  private observeRest(values: Readonly<Record<M, number | null>>, timeMs: number, counted: boolean): void {
    const resting = this.tracks.every((track) => !track.reps?.inRep && !track.hold?.underWay);
    if (!resting) return;
    // A check's own measures rest where they are while the counted movement is at its start, not
    // on the way into a rep or hold before it is under way: the knees swinging with the hips as a
    // chair twist turns towards its hold would otherwise be learnt as their rest.
    const atStart = (track: Track<M>): boolean => {
      const value = values[track.measure];
      return value !== null && track.atStart(value);
    };
    if (counted && this.checkRests.size > 0 && this.tracks.every(atStart)) {
      for (const [name, rest] of this.checkRests) {
        const value = values[name];
        if (value !== null) rest.observe(value, timeMs);
      }
    }
    if (!this.learnsRest) return;
    for (const track of this.tracks) {
      const value = values[track.measure];
      if (value === null) continue;
      track.reps?.observeRest(value, timeMs);
      if (counted) track.hold?.observeRest(value, timeMs);
    }
  }

  /** Whether this frame counts: the set-up is right now, and has been settled. */
  private settle(ok: boolean, timeMs: number): boolean {
    if (ok) {
      this.okSinceMs ??= timeMs;
      this.lastOkMs = timeMs;
      if (timeMs - this.okSinceMs >= SETTLE_MS) this.settled = true;
    } else if (timeMs - this.lastOkMs > UNSETTLE_MS) {
      this.settled = false;
      this.okSinceMs = null;
    }
    return ok && this.settled;
  }

  private measure(name: M, input: MeasureInput, timeMs: number): number | null {
    const measure = this.exercise.measures[name];
    const seen = this.jointsOf(name, input.near).every((joint) => isSeen(input.pose, joint));
    const raw = seen ? measure.compute(input) : null;
    let state = this.filters.get(name);
    if (raw === null) return null;
    if (!state || timeMs - state.lastMs > SMOOTHING_GAP_MS) {
      state = { filter: measure.smoothing ? new OneEuroFilter(measure.smoothing) : null, lastMs: timeMs };
      this.filters.set(name, state);
    }
    state.lastMs = timeMs;
    return state.filter ? state.filter.filter(raw, timeMs) : raw;
  }

  private judgeFrame(values: Readonly<Record<M, number | null>>, timeMs: number): CueCandidate[] {
    const phase = this.phase();
    const active: CueCandidate[] = [];
    const heldMs = Math.max(0, ...this.tracks.map((track) => track.hold?.currentMs ?? 0));
    const fromRest = this.checksFromRest ? this.fromRest(values) : values;
    for (const check of this.exercise.checks) {
      // A check the view cannot judge is shown as not measured, never judged.
      if (check.on === 'rep' || check.notMeasuredReason) continue;
      const early =
        check.on !== 'frame' || check.firstMs === undefined || (phase === 'hold' && heldMs <= check.firstMs);
      const inPhase = early && phase !== null && phase !== 'waiting' && (!check.during || check.during.includes(phase));
      // Circles have no phases: their checks apply on every counted frame (unless limited to phases).
      const circling = phase === null && this.exercise.counting.kind === 'cycles' && !check.during;
      const applies = (inPhase || circling) && checkUses(check).every((name) => values[name] !== null);
      const cue = !applies
        ? null
        : check.fromRest
          ? (beyondCue(check, values as Record<M, number>) ?? this.restFault(check, fromRest as Record<M, number>))
          : faultCue(check, values as Record<M, number>);
      if (cue === null) {
        this.faultSince.delete(check.id);
        continue;
      }
      const previous = this.faultSince.get(check.id);
      const sinceMs = previous && timeMs - previous.lastMs <= FAULT_GAP_MS ? previous.sinceMs : timeMs;
      this.faultSince.set(check.id, { sinceMs, lastMs: timeMs });
      if (timeMs - sinceMs < (check.forMs ?? DEFAULT_FAULT_MS)) continue;
      active.push({ id: check.id, text: cue, priority: check.priority ?? 1 });
      for (const track of this.tracks) track.faults.add(check.id);
    }
    return active;
  }

  /**
   * A `fromRest` check's cue, or null: its counted measures are already read from their rest; the
   * others from theirs once learnt, and until then with the rest anywhere within their bound (the
   * fault must hold at every one of the REST_SPAN points across it). Both ends are enough for a
   * fault one way (a lean past 15°), not for one either way: knees more than 0.45 hip widths off
   * their rest, either side, are "off" at both ends of a ±2 bound wherever they are.
   */
  private restFault(check: FrameCheck<M> | BandCheck<M>, read: Readonly<Record<M, number>>): string | null {
    const uses = checkUses(check);
    const [low, high] = restRange(check.restBound ?? 0);
    const at = (point: number | null): Record<M, number> => {
      const shifted: Record<M, number> = { ...read };
      for (const name of uses) {
        const rest = this.checkRests.get(name);
        if (!rest) continue;
        shifted[name] -= rest.learnt || point === null ? rest.at : point;
      }
      return shifted;
    };
    const learnt = uses.every((name) => this.checkRests.get(name)?.learnt ?? true);
    if (learnt) return faultCue(check, at(null));
    // The same cue with the rest at every point across its bound (a band's low and high cues differ).
    const cues = REST_SPAN.map((share) => faultCue(check, at(low + share * (high - low))));
    const first = cues[0] ?? null;
    return first !== null && cues.every((cue) => cue === first) ? first : null;
  }

  /** The values with each counter's driving measure read from where it rests (FrameCheck.fromRest). */
  private fromRest(values: Readonly<Record<M, number | null>>): Readonly<Record<M, number | null>> {
    const read: Record<M, number | null> = { ...values };
    for (const track of this.tracks) {
      const value = values[track.measure];
      if (value !== null) read[track.measure] = value - track.rest;
    }
    return read;
  }

  private record(outcome: ReturnType<Track<M>['update']>, events: CoachEvent<M>[]): void {
    if (!outcome) return;
    if (outcome.type === 'rep') {
      this.judgeRepetition(outcome.rep.stats, outcome.rep.faults, outcome.rep.endMs);
      this.log.reps.push(outcome.rep);
      events.push({ type: 'rep', rep: outcome.rep });
    } else if (outcome.type === 'partial') {
      this.log.partials.push(outcome.partial);
      events.push(outcome);
    } else if (outcome.type === 'hold') {
      this.log.holds.push(outcome.hold);
      events.push(outcome);
    } else {
      this.judgeRepetition(outcome.cycle.stats, outcome.cycle.faults, outcome.cycle.endMs);
      this.log.cycles.push(outcome.cycle);
      events.push(outcome);
    }
  }

  /** Per-repetition checks (a rep or a circle) on its stats; faults found join `faults`. */
  private judgeRepetition(stats: RepStats<M>, faults: string[], endMs: number): void {
    for (const check of this.exercise.checks) {
      if (check.on !== 'rep' || check.notMeasuredReason || !hasStats(stats, check) || !check.fault(stats)) continue;
      if (!faults.includes(check.id)) faults.push(check.id);
      this.repCues.push({ candidate: this.candidate(check), untilMs: endMs + REP_CUE_WINDOW_MS });
    }
  }

  private pendingRepCues(timeMs: number): CueCandidate[] {
    const live = this.repCues.filter((entry) => entry.untilMs >= timeMs);
    this.repCues.splice(0, this.repCues.length, ...live);
    return live.map((entry) => entry.candidate);
  }

  private candidate(check: RepCheck<M>): CueCandidate {
    return { id: check.id, text: check.cue, priority: check.priority ?? 1 };
  }

  private phase(): CheckPhase | 'waiting' | null {
    const phases = this.tracks.map((track) => track.phase);
    for (const wanted of ['holding', 'peak', 'back', 'out', 'start', 'waiting'] as const) {
      if (phases.includes(wanted)) return wanted === 'holding' ? 'hold' : wanted;
    }
    return null;
  }

  private counts(): CoachCounts {
    const reps = this.log.reps;
    const holds = this.log.holds.filter((hold) => hold.counted);
    const perSide = (side: BodySide): SideCounts => ({
      reps: reps.filter((rep) => rep.side === side).length,
      holds: holds.filter((hold) => hold.side === side).length,
    });
    const sided = this.exercise.sided && this.tracks.length === 2;
    return {
      reps: reps.length,
      cleanReps: reps.filter((rep) => rep.faults.length === 0).length,
      faultyReps: reps.filter((rep) => rep.faults.length > 0).length,
      partialReps: this.log.partials.length,
      holds: holds.length,
      cycles: this.log.cycles.length,
      ...(sided ? { left: perSide('left'), right: perSide('right') } : {}),
    };
  }

  private faultyJoints(faults: readonly string[], near: BodySide): LandmarkName[] {
    const joints = new Set<LandmarkName>();
    for (const id of faults) {
      const check = this.exercise.checks.find((c) => c.id === id);
      const uses = check ? checkUses(check) : [];
      for (const name of uses) for (const joint of this.jointsOf(name, near)) joints.add(joint);
    }
    return [...joints];
  }
}

/** The cue for a fault seen in this frame's values, or null when the check passes. */
function faultCue<M extends string>(
  check: FrameCheck<M> | BandCheck<M>,
  values: Readonly<Record<M, number>>,
): string | null {
  if (check.on === 'frame') return check.fault(values) ? check.cue : null;
  const value = values[check.measure];
  return value < check.min ? check.low : value > check.max ? check.high : null;
}

/** A band check's cue for the measure itself past its absolute limits (BandCheck.beyond), or null. */
function beyondCue<M extends string>(
  check: FrameCheck<M> | BandCheck<M>,
  values: Readonly<Record<M, number>>,
): string | null {
  if (check.on !== 'band' || !check.beyond) return null;
  const value = values[check.measure];
  const { min, max } = check.beyond;
  return min !== undefined && value < min ? check.low : max !== undefined && value > max ? check.high : null;
}

function hasStats<M extends string>(stats: RepStats<M>, check: RepCheck<M>): boolean {
  return check.uses.every((name) => (stats.max as Partial<Record<M, number>>)[name] !== undefined);
}
