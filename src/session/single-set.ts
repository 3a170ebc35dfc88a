/**
 * A set done from the Exercises page, kept in history as a session of a one-item plan, so that the
 * store, the History page, progress, the export and the unfinished-session offer all treat it as
 * they treat a routine's session: no second record shape to keep in step.
 */
import type { CoachSummary } from '../coach/coach';
import { countOf } from '../coach/count';
import type { ExerciseSpec } from '../coach/exercise';
import type { PlannedItem } from './routine';
import { setRecord, type SessionRecord, type SetRecord } from './session-summary';

/** Single sets share this prefix in `routineId` (ids allow letters, digits and dashes only). */
export const SINGLE_PREFIX = 'single-';

export const singleRoutineId = (exercise: ExerciseSpec): string => `${SINGLE_PREFIX}${exercise.id}`;

/** The exercise a single set's session is of, or null for a routine's session. */
export function singleExerciseOf(session: Pick<SessionRecord, 'routineId' | 'plan'>): string | null {
  return session.routineId.startsWith(SINGLE_PREFIX) ? (session.plan[0]?.exercise ?? null) : null;
}

/** A new single set's session, before anything is counted. */
export function startSingle(exercise: ExerciseSpec, id: string, now: Date): SessionRecord {
  const at = now.toISOString();
  return {
    id,
    routineId: singleRoutineId(exercise),
    routineName: exercise.name,
    startedAt: at,
    updatedAt: at,
    status: 'in-progress',
    painBefore: null,
    painAfter: null,
    durationMs: 0,
    plan: [{ exercise: exercise.id, sets: 1 }],
    sets: [],
  };
}

/**
 * The session as it stands: `summary` is the coach's so far, `durationMs` measured on a monotonic
 * clock since the set began; `finished` once the person pressed Finish.
 */
export function updateSingle(
  session: SessionRecord,
  exercise: ExerciseSpec,
  summary: CoachSummary,
  durationMs: number,
  finished: boolean,
  now: Date,
): SessionRecord {
  const planned: PlannedItem = { exercise, item: session.plan[0] ?? { exercise: exercise.id, sets: 1 } };
  // No target: on the Exercises page the person decides when the set ends.
  const set: SetRecord = setRecord(
    planned,
    { item: 0, set: 1, side: null },
    countOf(exercise, summary.counts, null),
    0,
    summary,
    Math.round(durationMs), // whole milliseconds; kept within 0 and a day by setRecord
    finished ? 'completed' : 'in-progress',
  );
  return {
    ...session,
    updatedAt: now.toISOString(),
    status: finished ? 'finished' : 'in-progress',
    durationMs: set.durationMs,
    sets: [set],
  };
}
