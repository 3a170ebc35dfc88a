/**
 * The person's data, out and back in: a complete JSON export (re-importable), a CSV with one row
 * per set, and an import that checks a file against the schema before anything is written —
 * malformed, truncated, oversized or hostile files are refused with a message saying what is wrong.
 */
import * as v from 'valibot';
import { EQUIPMENT, type Equipment } from '../coach/exercise';
import { storedUnit, UNITS } from '../coach/measures';
import type { Routine } from './routine';
import type { SessionRecord } from './session-summary';

export const EXPORT_FORMAT = 'form-coach-export';
export const EXPORT_VERSION = 1;
/** Far above years of sessions (about 1 KB each), far below what would freeze the page. */
export const MAX_IMPORT_BYTES = 5_000_000;

export interface Settings {
  readonly weeklyGoal: number;
  readonly equipment: readonly Equipment[];
}

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly routines: readonly Routine[];
  readonly sessions: readonly SessionRecord[];
  readonly settings: Settings;
}

export function exportJson(
  routines: readonly Routine[],
  sessions: readonly SessionRecord[],
  settings: Settings,
): string {
  const file: ExportFile = {
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
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));

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

const RoutineSchema = v.strictObject({
  id,
  name: text(80),
  description: text(300),
  items: list(RoutineItemSchema, 50),
  builtIn: v.optional(v.boolean()),
});

const SetSchema = v.strictObject({
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

const SessionSchema = v.strictObject({
  id,
  routineId: id,
  routineName: text(80),
  startedAt: timestamp,
  updatedAt: timestamp,
  status: v.picklist(['in-progress', 'finished', 'ended-early']),
  painBefore: v.nullable(int(0, 10)),
  painAfter: v.nullable(int(0, 10)),
  durationMs: num(0, 86_400_000),
  plan: list(RoutineItemSchema, 50),
  sets: list(SetSchema, 500),
});

const ExportSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT, 'is not a Form Coach export'),
  version: v.literal(EXPORT_VERSION),
  exportedAt: timestamp,
  routines: list(RoutineSchema, 500),
  sessions: list(SessionSchema, 20_000),
  settings: v.strictObject({ weeklyGoal: int(1, 14), equipment: list(v.picklist(EQUIPMENT), EQUIPMENT.length) }),
});

export type ImportResult =
  { readonly ok: true; readonly data: ExportFile } | { readonly ok: false; readonly problem: string };

/** Checks an export file completely; nothing is written until it passes. */
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
  if ('version' in data && data.version !== EXPORT_VERSION) {
    const version = typeof data.version === 'number' ? data.version : String(data.version);
    return {
      ok: false,
      problem: `The file is a version ${version} export; this Form Coach reads version ${EXPORT_VERSION}.`,
    };
  }
  const result = v.safeParse(ExportSchema, data);
  if (result.success) return { ok: true, data: result.output };
  const [first] = result.issues;
  const where = v.getDotPath(first) ?? 'the file';
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
  return { ok: false, problem: `Not imported: ${where} ${first.message}${more}. Nothing was changed.` };
}
