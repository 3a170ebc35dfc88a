/**
 * Routines: the shape the source material prescribes — warm-up moves on the clock, strength in
 * sets and reps with rest, static stretches held — as data a person can edit, plus planning it
 * for the equipment they have.
 */
import { msg, str } from '../i18n/msg';
import { unitOf, type CountUnit } from '../coach/count';
import { canDo, type Equipment, type ExerciseSpec } from '../coach/exercise';
import { check, RoutineSchema, type Issue } from './schema';

export interface RoutineItem {
  /** Catalog id. */
  readonly exercise: string;
  readonly sets: number;
  /** Per set, per side for sided exercises: reps (or circles) to do. */
  readonly reps?: number;
  /** Per set, per side: one hold of this many seconds. */
  readonly holdS?: number;
  /** Per set: this many seconds on the clock instead of a count (warm-up moves), counting what it can. */
  readonly durationS?: number;
  /** Rest after each set. */
  readonly restS?: number;
  /** If the person lacks what `exercise` needs, the first of these they can do replaces it. */
  readonly alternatives?: readonly string[];
  /** Why a hold longer than 60 s is fine here; such a hold needs one. */
  readonly note?: string;
}

export interface Routine {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly items: readonly RoutineItem[];
  /** A built-in routine; edits are saved as the person's own copy. */
  readonly builtIn?: boolean;
}

/** Static holds in a warm-up are kept short: longer ones belong after the workout (source material). */
export const WARM_UP_HOLD_CAP_S = 20;
/** Static holds of 60 s or more can reduce strength for a while (source material). */
export const LONG_HOLD_S = 60;

export type Find = (id: string) => ExerciseSpec | undefined;

/** The person's words for a routine item's fields, in the editor's messages. */
const FIELD_NAMES: Record<string, string> = {
  exercise: msg('the exercise'),
  sets: msg('sets'),
  reps: msg('reps'),
  holdS: msg('each hold'),
  durationS: msg('time on the clock'),
  restS: msg('rest'),
  alternatives: msg('the alternatives'),
  note: msg('the note'),
};
/** A count's unit as the editor's messages name it ("how many circles?"). */
const UNIT_NAMES: Record<CountUnit, string> = { reps: msg('reps'), holds: msg('holds'), circles: msg('circles') };
const TOP_NAMES: Record<string, string> = {
  id: msg('The routine’s id'),
  name: msg('The name'),
  description: msg('The description'),
  items: msg('The list of exercises'),
};

/**
 * What is wrong with a routine, in words; empty when it can be saved and run. First what the
 * app's one schema refuses (./schema.ts: the store and the backup import use the same rules, so
 * a routine the editor saves always exports and imports back), then what would stop it running.
 */
export function routineProblems(routine: Routine, find: Find): string[] {
  const checked = check(RoutineSchema, routine);
  const problems: string[] = checked.ok ? [] : checked.issues.map((issue) => describe(routine, issue, find));
  if (routine.items.length === 0) problems.push(msg('The routine has no exercises.'));
  routine.items.forEach((item, index) => {
    const exercise = find(item.exercise);
    const where = `${index + 1}. ${exercise?.name ?? item.exercise}`;
    if (!exercise) {
      problems.push(msg(str`${where}: not an exercise Form Coach knows.`));
      return;
    }
    const hold = exercise.counting.kind === 'hold';
    // Numbers out of range are the schema's to say; here only what is missing for this exercise.
    if (item.durationS === undefined) {
      if (hold && item.holdS === undefined) problems.push(msg(str`${where}: how long is each hold?`));
      if (!hold && item.reps === undefined)
        problems.push(msg(str`${where}: how many ${UNIT_NAMES[unitOf(exercise)]}?`));
    }
    if (hold && exercise.phase === 'warm-up' && (item.holdS ?? 0) > WARM_UP_HOLD_CAP_S) {
      problems.push(
        msg(
          str`${where}: static holds in a warm-up are kept to ${WARM_UP_HOLD_CAP_S} s; hold longer after the workout.`,
        ),
      );
    }
    if ((item.holdS ?? 0) >= LONG_HOLD_S && !item.note?.trim()) {
      problems.push(
        msg(str`${where}: holds of ${LONG_HOLD_S} s or more can reduce strength for a while; add a note saying why.`),
      );
    }
  });
  return problems;
}

/** A schema issue in the editor's words: "2. Row: reps must be 1 to 100." */
function describe(routine: Routine, issue: Issue, find: Find): string {
  const [top, index, field] = issue.path;
  if (top === 'items' && typeof index === 'number') {
    const id = routine.items[index]?.exercise ?? '';
    const exercise = find(id);
    // Reps are circles for a circling move, as the editor's field says.
    const what =
      field === undefined
        ? msg('this exercise')
        : field === 'reps' && exercise
          ? UNIT_NAMES[unitOf(exercise)]
          : (FIELD_NAMES[String(field)] ?? String(field));
    return msg(str`${index + 1}. ${exercise?.name ?? id}: ${what} ${issue.message}.`);
  }
  return msg(str`${TOP_NAMES[String(top)] ?? msg('The routine')} ${issue.message}.`);
}

export interface PlannedItem {
  readonly item: RoutineItem;
  readonly exercise: ExerciseSpec;
  /** The exercise it replaces, when swapped for the equipment at hand. */
  readonly swappedFrom?: ExerciseSpec;
}

export interface Plan {
  readonly items: readonly PlannedItem[];
  /** Exercises left out: nothing the person has can do them, not even an alternative. */
  readonly left: readonly { readonly exercise: string; readonly reason: string }[];
}

/**
 * The routine for the equipment at hand: moves swapped for alternatives, or left out. A stand-in
 * is never a move the routine already has (as its own item or as an earlier stand-in): the same
 * move twice in a row of strength work is not what the source material prescribes ("mix band,
 * dumbbell and body-weight moves"), and it made the list and the summary read oddly. When every
 * possible alternative is already there, the move is left out, saying so. A routine that lists a
 * move twice itself (the person chose it) keeps both.
 */
export function planRoutine(routine: Routine, have: ReadonlySet<Equipment>, find: Find): Plan {
  const items: PlannedItem[] = [];
  const left: { exercise: string; reason: string }[] = [];
  const inRoutine = new Set(
    routine.items.flatMap((item) => {
      const own = find(item.exercise);
      return own && canDo(own.needs, have) ? [own.id] : [];
    }),
  );
  for (const item of routine.items) {
    const wanted = find(item.exercise);
    if (!wanted) {
      left.push({ exercise: item.exercise, reason: msg('not an exercise Form Coach knows') });
      continue;
    }
    if (canDo(wanted.needs, have)) {
      items.push({ item, exercise: wanted });
      continue;
    }
    const possible = (item.alternatives ?? [])
      .map(find)
      .filter((alternative): alternative is ExerciseSpec => !!alternative && canDo(alternative.needs, have));
    const swap = possible.find((alternative) => !inRoutine.has(alternative.id));
    if (swap) {
      inRoutine.add(swap.id);
      items.push({ item: { ...item, exercise: swap.id }, exercise: swap, swappedFrom: wanted });
      continue;
    }
    const there = possible.map((alternative) => alternative.name);
    left.push({
      exercise: wanted.id,
      reason:
        there.length === 0
          ? msg(str`needs ${describeNeeds(wanted)}`)
          : there.length > 1
            ? msg(
                str`needs ${describeNeeds(wanted)}; ${there.join(msg(' and '))}, which could stand in, are already in the routine`,
              )
            : msg(
                str`needs ${describeNeeds(wanted)}; ${there.join(msg(' and '))}, which could stand in, is already in the routine`,
              ),
    });
  }
  return { items, left };
}

export function describeNeeds(exercise: ExerciseSpec): string {
  return (exercise.needs ?? [])
    .map((need) =>
      typeof need === 'string' ? EQUIPMENT_NAMES[need] : need.map((one) => EQUIPMENT_NAMES[one]).join(msg(' or ')),
    )
    .join(msg(' and '));
}

export const EQUIPMENT_NAMES: Record<Equipment, string> = {
  chair: msg('a chair'),
  wall: msg('a wall'),
  doorway: msg('a doorway'),
  band: msg('a resistance band'),
  dumbbell: msg('a light dumbbell'),
  'foam-roller': msg('a foam roller'),
  floor: msg('floor space'),
};

/** Rough length, for choosing: ~3 s a rep, the holds and clocks as set, rest, 20 s to set up each move. */
export function estimateMinutes(plan: Plan): number {
  let seconds = 0;
  for (const { item, exercise } of plan.items) {
    const sides = exercise.sided ? 2 : 1;
    const perSet = item.durationS ?? (item.holdS ?? 0) + (item.reps ?? 0) * 3;
    seconds += 20 + item.sets * (perSet * sides + (item.restS ?? 0));
  }
  return Math.round(seconds / 60);
}
