/**
 * What a session came to — kept per set (one side of a set, for sided exercises), which is what
 * history stores, exports one CSV row per, and sums into the per-exercise summary a person sees.
 */
import { msg } from '../i18n/msg';
import type { CoachSummary, CycleRecord } from '../coach/coach';
import { unitOf, type CountUnit } from '../coach/count';
import { checkCues, rangeUnitOf, type ExerciseSpec } from '../coach/exercise';
import { storedUnit, type Unit } from '../coach/measures';
import type { BodySide } from '../pose/body-side';
import type { PlannedItem, RoutineItem } from './routine';
import { clampDurationMs } from './schema';
import type { Block } from './session-machine';

export type { CountUnit } from '../coach/count';

export interface FaultTally {
  readonly id: string;
  /** The cue the person got for it (a band check has one for each way out). */
  readonly cue: string;
  readonly times: number;
}

export interface SetRecord {
  readonly exercise: string;
  /**
   * Its place in the session's plan (an index into `plan`): a routine may do a move twice, so the
   * exercise alone does not say which of them a set belongs to.
   */
  readonly item: number;
  readonly set: number;
  readonly side: BodySide | null;
  readonly unit: CountUnit;
  readonly done: number;
  /** 0 for a set on the clock. */
  readonly target: number;
  readonly cleanReps: number;
  readonly faultyReps: number;
  /** Mean range of motion of the driving measure over the reps, if any. */
  readonly rangeOfMotion: number | null;
  /** Its unit (the driving measure's). Absent in sets saved before units were kept: degrees. */
  readonly rangeUnit?: Unit;
  readonly longestHoldMs: number;
  readonly faults: readonly FaultTally[];
  readonly durationMs: number;
  readonly outcome: Block['outcome'] | 'in-progress';
}

export type SessionStatus = 'in-progress' | 'finished' | 'ended-early';

export interface SessionRecord {
  readonly id: string;
  readonly routineId: string;
  readonly routineName: string;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly status: SessionStatus;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly durationMs: number;
  /** The plan as run (after equipment swaps), so an unfinished session can be resumed. */
  readonly plan: readonly RoutineItem[];
  readonly sets: readonly SetRecord[];
}

export interface ExerciseResult {
  readonly exercise: string;
  readonly name: string;
  readonly unit: CountUnit;
  readonly done: number;
  readonly target: number;
  readonly sets: number;
  readonly cleanReps: number;
  readonly faultyReps: number;
  readonly rangeOfMotion: number | null;
  readonly rangeUnit: Unit;
  readonly longestHoldMs: number;
  readonly faults: readonly FaultTally[];
  readonly skipped: boolean;
}

/**
 * One set as history keeps it, from where it was in the plan and what the coach saw. `durationMs`
 * is measured on a monotonic clock; it is kept within 0 and a day, as the schema keeps it.
 */
export function setRecord(
  planned: PlannedItem,
  position: { readonly item: number; readonly set: number; readonly side: BodySide | null },
  done: number,
  target: number,
  summary: CoachSummary | null,
  durationMs: number,
  outcome: SetRecord['outcome'],
): SetRecord {
  const { exercise } = planned;
  const reps = summary?.reps ?? [];
  const tally = new Map<string, number>();
  for (const item of [...reps, ...(summary?.holds ?? []), ...(summary?.cycles ?? [])]) {
    for (const id of item.faults) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  const said = new Map((summary?.cues ?? []).map((cue) => [cue.id, cue.text]));
  return {
    exercise: exercise.id,
    item: position.item,
    set: position.set,
    side: position.side,
    unit: unitOf(exercise),
    done,
    target,
    cleanReps: reps.filter((rep) => rep.faults.length === 0).length,
    faultyReps: reps.filter((rep) => rep.faults.length > 0).length,
    rangeOfMotion: reps.length > 0 ? reps.reduce((sum, rep) => sum + rep.rangeOfMotion, 0) / reps.length : null,
    rangeUnit: rangeUnitOf(exercise),
    longestHoldMs: Math.max(0, ...(summary?.holds ?? []).map((hold) => hold.heldMs)),
    faults: [...tally.entries()].map(([id, times]) => ({ id, times, cue: said.get(id) ?? cueOf(exercise, id) })),
    durationMs: clampDurationMs(durationMs),
    outcome,
  };
}

function cueOf(exercise: ExerciseSpec, id: string): string {
  const check = exercise.checks.find((c) => c.id === id);
  return (check ? checkCues(check)[0] : undefined) ?? id;
}

/**
 * A saved fault's cue in the language the app speaks now. History keeps the words the person was
 * given, in the language of that day; a check with one cue is looked up by its id, so a set saved
 * in English reads in German after a switch. A band check has a cue for each way out, and the
 * saved words say which: those stay as saved unless they are one of today's cues.
 */
export function cueNow(exercise: ExerciseSpec | undefined, tally: Pick<FaultTally, 'id' | 'cue'>): string {
  const check = exercise?.checks.find((c) => c.id === tally.id);
  if (!check) return tally.cue;
  const cues = checkCues(check);
  return cues.length === 1 && cues[0] !== undefined ? cues[0] : tally.cue;
}

/** Per item of the plan, in order: its own sets added up (a move the plan does twice, once each). */
export function summarizeSets(
  plan: readonly RoutineItem[],
  sets: readonly SetRecord[],
  find: (id: string) => ExerciseSpec | undefined,
): ExerciseResult[] {
  return plan.map((item, index): ExerciseResult => {
    const exercise = find(item.exercise);
    const own = sets.filter((set) => set.item === index && set.exercise === item.exercise);
    const unit = exercise ? unitOf(exercise) : (own[0]?.unit ?? 'reps');
    const sides = exercise?.sided ? 2 : 1;
    const faults = new Map<string, FaultTally>();
    for (const tally of own.flatMap((set) => set.faults)) {
      const before = faults.get(tally.id);
      faults.set(tally.id, { ...tally, cue: cueNow(exercise, tally), times: (before?.times ?? 0) + tally.times });
    }
    const rangeUnit = exercise ? rangeUnitOf(exercise) : storedUnit(own[0]?.rangeUnit);
    // Only ranges in the exercise's unit add up (an old set read a ratio as degrees).
    const withRom = own.filter((set) => set.rangeOfMotion !== null && storedUnit(set.rangeUnit) === rangeUnit);
    const reps = withRom.reduce((sum, set) => sum + set.cleanReps + set.faultyReps, 0);
    return {
      exercise: item.exercise,
      name: exercise?.name ?? item.exercise,
      unit,
      done: own.reduce((sum, set) => sum + set.done, 0),
      target: item.durationS === undefined ? item.sets * sides * (unit === 'holds' ? 1 : (item.reps ?? 0)) : 0,
      sets: new Set(own.map((set) => set.set)).size,
      cleanReps: own.reduce((sum, set) => sum + set.cleanReps, 0),
      faultyReps: own.reduce((sum, set) => sum + set.faultyReps, 0),
      rangeOfMotion:
        reps > 0
          ? withRom.reduce((sum, set) => sum + (set.rangeOfMotion ?? 0) * (set.cleanReps + set.faultyReps), 0) / reps
          : null,
      rangeUnit,
      longestHoldMs: Math.max(0, ...own.map((set) => set.longestHoldMs)),
      faults: [...faults.values()].sort((a, b) => b.times - a.times),
      skipped: own.length === 0 || own.every((set) => set.outcome === 'skipped' && set.done === 0),
    };
  });
}

/**
 * How many circles went each way, in the person's words ("3 backward · 2 forward"). Circles whose
 * way round could not be seen are said to be so, never guessed; an exercise whose view cannot tell
 * the way round at all says it is not checked.
 */
export function describeWayRound(exercise: ExerciseSpec, cycles: readonly CycleRecord[]): string {
  const counting = exercise.counting;
  if (counting.kind !== 'cycles' || !counting.directions) return msg('not checked from this view');
  const names = counting.directions;
  const tally = new Map<string, number>();
  for (const cycle of cycles) {
    const name = cycle.direction ? names[cycle.direction] : msg('way round not seen');
    tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  return [...tally].map(([name, count]) => `${count} ${name}`).join(' · ');
}
