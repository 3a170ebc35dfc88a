/**
 * The person's data, out and back in: a complete JSON export (re-importable), a CSV with one row
 * per set, and an import that checks a file against the schema before anything is written —
 * malformed, truncated, oversized or hostile files are refused with a message saying what is wrong.
 */
import * as v from 'valibot';
import { storedUnit, UNITS } from '../coach/measures';
import { SettingsBackupSchema, type SettingsBackup } from '../settings/schema';
import { placeSets } from './resume';
import type { Routine } from './routine';
import type { SessionRecord } from './session-summary';

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

/** Plain text only: no markup, no control characters (names and notes are shown back as text). */
// eslint-disable-next-line no-control-regex -- the point: refuse control characters
const PLAIN = /^[^<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `is longer than ${max} characters`),
    v.regex(PLAIN, 'must be plain text (no markup)'),
  );
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/i, 'must be an id (letters, digits and dashes)'));
const int = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const num = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.finite('must be a number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const timestamp = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));
/** Read-only, as the app's own types are. */
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`), v.readonly());

const RoutineItemSchema = v.strictObject({
  exercise: id,
  sets: int(1, 10),
  reps: v.optional(int(1, 1000)),
  holdS: v.optional(num(0, 600)),
  durationS: v.optional(num(1, 300)),
  restS: v.optional(num(0, 600)),
  alternatives: v.optional(list(id, 10)),
  note: v.optional(text(200)),
});

const MAX_ITEMS = 50;

const RoutineSchema = v.strictObject({
  id,
  name: text(80),
  description: text(300),
  items: list(RoutineItemSchema, MAX_ITEMS),
  builtIn: v.optional(v.boolean()),
});

/** A set as version 1 kept it. */
const SetV1Schema = v.strictObject({
  exercise: id,
  set: int(1, 10),
  side: v.nullable(v.picklist(['left', 'right'])),
  unit: v.picklist(['reps', 'holds', 'circles']),
  done: int(0, 10_000),
  target: int(0, 10_000),
  cleanReps: int(0, 10_000),
  faultyReps: int(0, 10_000),
  rangeOfMotion: v.nullable(num(-360, 360)),
  // Absent in backups made before units were kept: those ranges were degrees.
  rangeUnit: v.optional(v.picklist(UNITS)),
  longestHoldMs: num(0, 3_600_000),
  faults: list(v.strictObject({ id, cue: text(200), times: int(0, 10_000) }), 50),
  durationMs: num(0, 86_400_000),
  outcome: v.picklist(['completed', 'time-up', 'skipped', 'ended', 'in-progress']),
});

const SetSchema = v.strictObject({ ...SetV1Schema.entries, item: int(0, MAX_ITEMS - 1) });

/** A set's place must be an item of its session's plan, and one for its exercise. */
function misplacedSet(session: {
  readonly plan: readonly { readonly exercise: string }[];
  readonly sets: readonly { readonly exercise: string; readonly item?: number }[];
}): string | null {
  const index = session.sets.findIndex(
    (set) => set.item !== undefined && session.plan[set.item]?.exercise !== set.exercise,
  );
  const set = session.sets[index];
  return set ? `set ${index + 1} placed at plan item ${(set.item ?? 0) + 1}, which is not ${set.exercise}` : null;
}

const sessionSchema = <S extends typeof SetV1Schema | typeof SetSchema>(set: S) =>
  v.pipe(
    v.strictObject({
      id,
      routineId: id,
      routineName: text(80),
      startedAt: timestamp,
      updatedAt: timestamp,
      status: v.picklist(['in-progress', 'finished', 'ended-early']),
      painBefore: v.nullable(int(0, 10)),
      painAfter: v.nullable(int(0, 10)),
      durationMs: num(0, 86_400_000),
      plan: list(RoutineItemSchema, MAX_ITEMS),
      sets: list(set, 500),
    }),
    v.check(
      (session) => misplacedSet(session) === null,
      (issue) => `has ${misplacedSet(issue.input) ?? 'a set out of place'}`,
    ),
  );

/**
 * The backup file's top level, in one place: every version's schema is made here, so a field
 * added to the backup is added once.
 */
const backupSchema = <V extends number, S extends typeof SetV1Schema | typeof SetSchema>(version: V, set: S) =>
  v.strictObject({
    format: v.literal(EXPORT_FORMAT, 'is not a Form Coach export'),
    version: v.literal(version),
    exportedAt: timestamp,
    routines: list(RoutineSchema, 500),
    sessions: list(sessionSchema(set), 20_000),
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

// The app's own types and the backup's must agree, both ways: what is exported can be imported
// and what is imported can be used as it is. (A field added to one and not the other fails here.)
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees = <T extends true>(value: T): T => value;
agrees<Agrees<Backup['sessions'][number], SessionRecord>>(true);
agrees<Agrees<Backup['routines'][number], Routine>>(true);

export type ImportResult =
  { readonly ok: true; readonly data: Backup } | { readonly ok: false; readonly problem: string };

/** Checks an export file completely, migrating an older version; nothing is written until it passes. */
export function parseImport(textContent: string): ImportResult {
  if (textContent.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problem: `The file is too large (over ${MAX_IMPORT_BYTES / 1e6} MB): it is not a Form Coach export.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (error) {
    return {
      ok: false,
      problem: `The file is not valid JSON — it may be cut short or damaged (${error instanceof Error ? error.message : 'unreadable'}).`,
    };
  }
  if (typeof data !== 'object' || data === null || !('format' in data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'The file is not a Form Coach export (its format is not "form-coach-export").' };
  }
  const version = 'version' in data ? data.version : undefined;
  if (version === 1) {
    const old = v.safeParse(BackupV1Schema, data);
    return old.success ? { ok: true, data: fromV1(old.output) } : refused(old.issues);
  }
  if (version !== EXPORT_VERSION) {
    return {
      ok: false,
      problem: `The file is a version ${typeof version === 'number' ? version : String(version)} export; this Form Coach reads versions 1 to ${EXPORT_VERSION}.`,
    };
  }
  const result = v.safeParse(BackupSchema, data);
  return result.success ? { ok: true, data: result.output } : refused(result.issues);
}

function refused(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): ImportResult {
  const [first] = issues;
  const where = v.getDotPath(first) ?? 'the file';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return { ok: false, problem: `Not imported: ${where} ${first.message}${more}. Nothing was changed.` };
}
