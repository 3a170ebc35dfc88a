/**
 * The person's data, out and back in: a complete JSON export (re-importable), a CSV with one row
 * per set, and an import that checks a file against the schema before anything is written —
 * malformed, truncated, oversized or hostile files are refused with a message saying what is wrong.
 * Routines and sessions are checked by the app's one schema (./schema.ts), the editor's and the store's.
 */
import { msg, str } from '../i18n/msg';
import * as v from 'valibot';
import { storedUnit } from '../coach/measures';
import { SettingsBackupSchema, type SettingsBackup } from '../settings/schema';
import { placeSets } from './resume';
import { LIMITS, RoutineSchema, sessionSchema, SetSchema, SetV1Schema } from './schema';
import type { Routine } from './routine';
import type { SessionRecord } from './session-summary';
import { plural } from '../i18n/format';

export const EXPORT_FORMAT = 'form-coach-export';
/** 1: sets without their place in the plan. 2: each set keeps it (`item`). Older files are migrated on import. */
export const EXPORT_VERSION = 2;
/** Far above years of sessions (about 1 KB each), far below what would freeze the page. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** The person's settings (any subset: applied over what is set on import). */
export type Settings = SettingsBackup;

export function exportJson(
  routines: readonly Routine[],
  sessions: readonly SessionRecord[],
  settings: Settings,
): string {
  const file: Backup = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    routines,
    sessions,
    settings,
  };
  return JSON.stringify(file, null, 2);
}

const CSV_COLUMNS = [
  'session_id',
  'started_at',
  'routine',
  'exercise',
  'set',
  'side',
  'unit',
  'done',
  'target',
  'clean_reps',
  'faulty_reps',
  // The range's unit in a column of its own: body-length ratios are not degrees.
  'range_of_motion',
  'range_of_motion_unit',
  'longest_hold_s',
  'faults',
  'duration_s',
  'outcome',
  'pain_before',
  'pain_after',
] as const;

/** One row per set, for a spreadsheet. */
export function exportCsv(sessions: readonly SessionRecord[]): string {
  const rows = sessions.flatMap((session) =>
    session.sets.map((set) => [
      session.id,
      session.startedAt,
      session.routineName,
      set.exercise,
      set.set,
      set.side ?? '',
      set.unit,
      set.done,
      set.target,
      set.cleanReps,
      set.faultyReps,
      set.rangeOfMotion === null ? '' : set.rangeOfMotion.toFixed(storedUnit(set.rangeUnit) === 'deg' ? 1 : 3),
      set.rangeOfMotion === null ? '' : storedUnit(set.rangeUnit),
      (set.longestHoldMs / 1000).toFixed(1),
      set.faults.map((fault) => `${fault.id}×${fault.times}`).join('; '),
      (set.durationMs / 1000).toFixed(1),
      set.outcome,
      session.painBefore ?? '',
      session.painAfter ?? '',
    ]),
  );
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Quoted when needed, and a leading = + − @ defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// --- import -------------------------------------------------------------------------------------

/**
 * The backup file's top level, in one place: every version's schema is made here, so a field
 * added to the backup is added once.
 */
const backupSchema = <V extends number, S extends typeof SetV1Schema | typeof SetSchema>(version: V, set: S) =>
  v.strictObject({
    format: v.literal(EXPORT_FORMAT, msg('is not a Form Coach export')),
    version: v.literal(version),
    exportedAt: v.pipe(v.string(), v.isoTimestamp(msg('must be a date and time'))),
    routines: v.pipe(
      v.array(RoutineSchema),
      v.maxLength(LIMITS.routines, msg(str`has more than ${LIMITS.routines} entries`)),
      v.readonly(),
    ),
    sessions: v.pipe(
      v.array(sessionSchema(set)),
      v.maxLength(LIMITS.sessions, msg(str`has more than ${LIMITS.sessions} entries`)),
      v.readonly(),
    ),
    settings: v.optional(SettingsBackupSchema),
  });

/** The backup as this version writes it. */
export const BackupSchema = backupSchema(EXPORT_VERSION, SetSchema);
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Each older version: its schema, and the step to the next version. */
const BackupV1Schema = backupSchema(1, SetV1Schema);
const fromV1 = (file: v.InferOutput<typeof BackupV1Schema>): Backup => ({
  ...file,
  version: EXPORT_VERSION,
  // Version 1 sets lacked their place in the plan: given the one they most likely had.
  sessions: file.sessions.map((session) => ({ ...session, sets: placeSets(session.plan, session.sets) })),
});

export type ImportResult =
  | {
      readonly ok: true;
      readonly data: Backup;
      /** Durations out of range in the file (a wall clock's jump) that were brought within 0 and a day. */
      readonly clamped: number;
    }
  | { readonly ok: false; readonly problem: string };

/** Checks an export file completely, migrating an older version; nothing is written until it passes. */
export function parseImport(textContent: string): ImportResult {
  if (textContent.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problem: msg(str`The file is too large (over ${MAX_IMPORT_BYTES / 1e6} MB): it is not a Form Coach export.`),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (error) {
    return {
      ok: false,
      problem: msg(
        str`The file is not valid JSON — it may be cut short or damaged (${error instanceof Error ? error.message : msg('unreadable')}).`,
      ),
    };
  }
  if (typeof data !== 'object' || data === null || !('format' in data) || data.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      problem: msg('The file is not a Form Coach export (its format is not "form-coach-export").'),
    };
  }
  const version = 'version' in data ? data.version : undefined;
  if (version === 1) {
    const old = v.safeParse(BackupV1Schema, data);
    return old.success ? accepted(data, fromV1(old.output)) : refused(old.issues);
  }
  if (version !== EXPORT_VERSION) {
    return {
      ok: false,
      problem: msg(
        str`The file is a version ${typeof version === 'number' ? version : String(version)} export; this Form Coach reads versions 1 to ${EXPORT_VERSION}.`,
      ),
    };
  }
  const result = v.safeParse(BackupSchema, data);
  return result.success ? accepted(data, result.output) : refused(result.issues);
}

/** The checked file, counting the durations the schema had to bring within range. */
function accepted(raw: object, data: Backup): ImportResult {
  // The file passed, so its sessions and sets line up one for one with what was read.
  const sessions = 'sessions' in raw && Array.isArray(raw.sessions) ? (raw.sessions as unknown[]) : [];
  const durationOf = (record: unknown): unknown =>
    typeof record === 'object' && record !== null && 'durationMs' in record ? record.durationMs : undefined;
  let clamped = 0;
  data.sessions.forEach((session, i) => {
    const before = sessions[i];
    if (durationOf(before) !== session.durationMs) clamped++;
    const sets = typeof before === 'object' && before !== null && 'sets' in before ? before.sets : [];
    session.sets.forEach((set, j) => {
      if (Array.isArray(sets) && durationOf(sets[j]) !== set.durationMs) clamped++;
    });
  });
  return { ok: true, data, clamped };
}

function refused(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): ImportResult {
  const [first] = issues;
  const where = v.getDotPath(first) ?? msg('the file');
  const more = plural(issues.length - 1, {
    one: msg(str` (and ${issues.length - 1} more problem)`),
    other: msg(str` (and ${issues.length - 1} more problems)`),
  });
  return {
    ok: false,
    problem: msg(str`Not imported: ${where} ${first.message}${issues.length > 1 ? more : ''}. Nothing was changed.`),
  };
}
