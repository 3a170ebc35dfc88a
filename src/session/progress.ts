/**
 * Progress over weeks, from the stored sessions: how often against the weekly goal, how each
 * exercise has gone session by session, and personal bests.
 */
import { storedUnit, type Unit } from '../coach/measures';
import type { SessionRecord, SetRecord } from './session-summary';

const DAY_MS = 86_400_000;

/** Monday 00:00 (local time) of the week containing `date`. */
export function weekStart(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const fromMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - fromMonday);
  return start;
}

export interface Week {
  readonly start: Date;
  /** Sessions per day, Monday first. */
  readonly days: readonly number[];
  readonly total: number;
}

/** The last `count` weeks (oldest first, this week last) with the sessions done each day. */
export function recentWeeks(sessions: readonly SessionRecord[], now: Date, count = 8): Week[] {
  const thisWeek = weekStart(now);
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(thisWeek);
    start.setDate(start.getDate() - 7 * (count - 1 - i));
    const days = Array.from({ length: 7 }, () => 0);
    for (const session of sessions) {
      const day = Math.floor((weekDayStart(new Date(session.startedAt)) - start.getTime()) / DAY_MS);
      if (day >= 0 && day < 7) days[day] = (days[day] ?? 0) + 1;
    }
    return { start, days, total: days.reduce((a, b) => a + b, 0) };
  });
}

const weekDayStart = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

export interface ExerciseSeries {
  /** Session start times, seconds since 1970 (what a time axis wants). */
  readonly times: number[];
  /** Reps, circles or holds done in the session. */
  readonly done: number[];
  readonly rangeOfMotion: (number | null)[];
  /** The unit of `rangeOfMotion`: the latest sets'; sets recorded in another unit are left out. */
  readonly rangeUnit: Unit;
  readonly faultsPerSet: number[];
  readonly painBefore: (number | null)[];
  readonly painAfter: (number | null)[];
}

/** How an exercise went in each session that included it, oldest first. */
export function exerciseSeries(sessions: readonly SessionRecord[], exercise: string): ExerciseSeries {
  const sorted = [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const rangeUnit = latestRangeUnit(
    sorted.flatMap((session) => session.sets.filter((set) => set.exercise === exercise)),
  );
  const series: ExerciseSeries = {
    times: [],
    done: [],
    rangeOfMotion: [],
    rangeUnit,
    faultsPerSet: [],
    painBefore: [],
    painAfter: [],
  };
  for (const session of sorted) {
    const sets = session.sets.filter((set) => set.exercise === exercise && set.outcome !== 'skipped');
    if (sets.length === 0) continue;
    const withRom = sets.filter((set) => set.rangeOfMotion !== null && storedUnit(set.rangeUnit) === rangeUnit);
    series.times.push(Date.parse(session.startedAt) / 1000);
    series.done.push(sets.reduce((sum, set) => sum + set.done, 0));
    series.rangeOfMotion.push(withRom.length > 0 ? weightedRange(withRom) : null);
    series.faultsPerSet.push(
      sets.reduce((sum, set) => sum + set.faults.reduce((n, f) => n + f.times, 0), 0) / sets.length,
    );
    series.painBefore.push(session.painBefore);
    series.painAfter.push(session.painAfter);
  }
  return series;
}

/** The unit of the latest set with a range of motion (sets in time order); degrees if none. */
function latestRangeUnit(sets: readonly SetRecord[]): Unit {
  const withRom = sets.filter((set) => set.rangeOfMotion !== null);
  return storedUnit(withRom[withRom.length - 1]?.rangeUnit);
}

/** The sets' mean range of motion, weighted by their reps. */
function weightedRange(sets: readonly SetRecord[]): number | null {
  const reps = sets.reduce((sum, set) => sum + set.cleanReps + set.faultyReps, 0);
  return reps > 0
    ? sets.reduce((sum, set) => sum + (set.rangeOfMotion ?? 0) * (set.cleanReps + set.faultyReps), 0) / reps
    : null;
}

export interface PersonalBest {
  readonly exercise: string;
  /** Most reps, circles or holds in one session, and when. */
  readonly mostDone: number;
  readonly mostDoneAt: string;
  readonly longestHoldMs: number;
  readonly bestRangeOfMotion: number | null;
  /** Its unit: the exercise's latest; bests in another unit are not compared with it. */
  readonly bestRangeUnit: Unit;
}

export function personalBests(sessions: readonly SessionRecord[]): PersonalBest[] {
  const bests = new Map<string, PersonalBest>();
  const sorted = [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const units = new Map<string, Unit>();
  for (const exercise of new Set(sorted.flatMap((session) => session.sets.map((set) => set.exercise)))) {
    units.set(
      exercise,
      latestRangeUnit(sorted.flatMap((session) => session.sets.filter((set) => set.exercise === exercise))),
    );
  }
  for (const session of sessions) {
    const exercises = new Set(session.sets.map((set) => set.exercise));
    for (const exercise of exercises) {
      const sets = session.sets.filter((set) => set.exercise === exercise);
      const done = sets.reduce((sum, set) => sum + set.done, 0);
      const hold = Math.max(0, ...sets.map((set) => set.longestHoldMs));
      const unit = units.get(exercise) ?? 'deg';
      const roms = sets
        .filter((set) => storedUnit(set.rangeUnit) === unit)
        .map((set) => set.rangeOfMotion)
        .filter((rom): rom is number => rom !== null);
      const best = bests.get(exercise);
      const rom = roms.length > 0 ? Math.max(...roms) : null;
      bests.set(exercise, {
        exercise,
        mostDone: Math.max(best?.mostDone ?? 0, done),
        mostDoneAt: best && best.mostDone >= done ? best.mostDoneAt : session.startedAt,
        longestHoldMs: Math.max(best?.longestHoldMs ?? 0, hold),
        bestRangeOfMotion:
          rom === null
            ? (best?.bestRangeOfMotion ?? null)
            : Math.max(best?.bestRangeOfMotion ?? Number.NEGATIVE_INFINITY, rom),
        bestRangeUnit: unit,
      });
    }
  }
  return [...bests.values()].sort((a, b) => a.exercise.localeCompare(b.exercise));
}
