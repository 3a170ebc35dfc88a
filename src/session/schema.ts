/**
 * What a valid routine and a valid session record are, in one place: the routine editor shows
 * these rules' messages, the store checks every record against them before writing it, and the
 * backup import checks files against them. So what the editor accepts the store keeps, and what
 * the store keeps the export writes and the import takes back (src/session/backup.test.ts proves
 * both). Pure: no DOM, no storage.
 */
import { msg, str } from '../i18n/msg';
import * as v from 'valibot';
import { UNITS } from '../coach/measures';
import type { Routine } from './routine';
import type { SessionRecord } from './session-summary';

/**
 * Every limit, once. The dosage limits sit well outside what the source material prescribes
 * (2–5 sets, 3–12 reps, holds of 5–30 s, warm-up moves of 30 s – 1 min) so a person can change
 * them freely, while a slip of the keyboard (1000 reps, a 3-hour hold) is caught where it is typed.
 */
export const LIMITS = {
  /** Characters (UTF-16 code units, as an input's `maxlength` counts them). */
  name: 80,
  description: 300,
  note: 200,
  cue: 200,
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdS: { min: 1, max: 600 },
  durationS: { min: 1, max: 300 },
  restS: { min: 0, max: 600 },
  alternatives: 10,
  items: 50,
  routines: 500,
  sessions: 20_000,
  setsPerSession: 500,
  faults: 50,
  /** Reps, holds or circles in one set. */
  count: 10_000,
  pain: { min: 0, max: 10 },
  /** A set or a session longer than a day is a clock fault, not exercise. */
  durationMs: 86_400_000,
  longestHoldMs: 3_600_000,
  /** Degrees; body-length ratios are far inside. */
  rangeOfMotion: 360,
} as const;

/**
 * A duration as kept: within 0 and a day. Durations are measured on a monotonic clock, but records
 * made before that (from the wall clock, which jumps) can hold a negative or absurd one; they are
 * brought within range rather than refused, so such a record still imports. A value in range is
 * kept exactly (monotonic deltas have fractions of a millisecond), so a clean round trip is exact.
 */
export function clampDurationMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(LIMITS.durationMs, Math.max(0, ms)) : 0;
}

// --- field rules ------------------------------------------------------------------------------

/** Plain text only: no markup, no control characters (names and notes are shown back as text). */
// eslint-disable-next-line no-control-regex -- the point: refuse control characters
const PLAIN = /^[^<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, msg(str`is longer than ${max} characters`)),
    v.regex(PLAIN, msg('must be plain text (no < or >)')),
  );
/** A routine's name: shown in lists and history, so never blank. */
const name = v.pipe(
  text(LIMITS.name),
  v.check((value) => value.trim().length > 0, msg('is empty: give it a name')),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/i, msg('must be an id (letters, digits and dashes)')));
const int = ({ min, max }: { readonly min: number; readonly max: number }) =>
  v.pipe(
    v.number(msg('must be a number')),
    v.integer(msg('must be a whole number')),
    v.minValue(min, msg(str`must be ${min} to ${max}`)),
    v.maxValue(max, msg(str`must be ${min} to ${max}`)),
  );
const num = ({ min, max }: { readonly min: number; readonly max: number }, unit = '') =>
  v.pipe(
    v.number(msg('must be a number')),
    v.finite(msg('must be a number')),
    v.minValue(min, msg(str`must be ${min} to ${max}${unit}`)),
    v.maxValue(max, msg(str`must be ${min} to ${max}${unit}`)),
  );
/** Any number is taken, and brought within 0 and a day (see {@link clampDurationMs}). */
const durationMs = v.pipe(v.number(msg('must be a number')), v.transform(clampDurationMs));
const timestamp = v.pipe(v.string(), v.isoTimestamp(msg('must be a date and time')));
/** Read-only, as the app's own types are. */
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, msg(str`has more than ${max} entries`)), v.readonly());

// --- routines -----------------------------------------------------------------------------------

export const RoutineItemSchema = v.strictObject({
  exercise: id,
  sets: int(LIMITS.sets),
  reps: v.optional(int(LIMITS.reps)),
  holdS: v.optional(num(LIMITS.holdS, msg(' seconds'))),
  durationS: v.optional(num(LIMITS.durationS, msg(' seconds'))),
  restS: v.optional(num(LIMITS.restS, msg(' seconds'))),
  alternatives: v.optional(list(id, LIMITS.alternatives)),
  note: v.optional(text(LIMITS.note)),
});

export const RoutineSchema = v.strictObject({
  id,
  name,
  description: text(LIMITS.description),
  items: list(RoutineItemSchema, LIMITS.items),
  builtIn: v.optional(v.boolean()),
});

// --- sessions -----------------------------------------------------------------------------------

/** A set as backup version 1 kept it (without its place in the plan). */
export const SetV1Schema = v.strictObject({
  exercise: id,
  set: int(LIMITS.sets),
  side: v.nullable(v.picklist(['left', 'right'])),
  unit: v.picklist(['reps', 'holds', 'circles']),
  done: int({ min: 0, max: LIMITS.count }),
  target: int({ min: 0, max: LIMITS.count }),
  cleanReps: int({ min: 0, max: LIMITS.count }),
  faultyReps: int({ min: 0, max: LIMITS.count }),
  rangeOfMotion: v.nullable(num({ min: -LIMITS.rangeOfMotion, max: LIMITS.rangeOfMotion })),
  // Absent in records made before units were kept: those ranges were degrees.
  rangeUnit: v.optional(v.picklist(UNITS)),
  longestHoldMs: num({ min: 0, max: LIMITS.longestHoldMs }),
  faults: list(v.strictObject({ id, cue: text(LIMITS.cue), times: int({ min: 0, max: LIMITS.count }) }), LIMITS.faults),
  durationMs,
  outcome: v.picklist(['completed', 'time-up', 'skipped', 'ended', 'in-progress']),
});

export const SetSchema = v.strictObject({ ...SetV1Schema.entries, item: int({ min: 0, max: LIMITS.items - 1 }) });

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

/** A session record, with the sets of a given backup version. */
export const sessionSchema = <S extends typeof SetV1Schema | typeof SetSchema>(set: S) =>
  v.pipe(
    v.strictObject({
      id,
      routineId: id,
      routineName: name,
      startedAt: timestamp,
      updatedAt: timestamp,
      status: v.picklist(['in-progress', 'finished', 'ended-early']),
      painBefore: v.nullable(int(LIMITS.pain)),
      painAfter: v.nullable(int(LIMITS.pain)),
      durationMs,
      plan: list(RoutineItemSchema, LIMITS.items),
      sets: list(set, LIMITS.setsPerSession),
    }),
    v.check(
      (session) => misplacedSet(session) === null,
      (issue) => `has ${misplacedSet(issue.input) ?? 'a set out of place'}`,
    ),
  );

export const SessionSchema = sessionSchema(SetSchema);

// The app's own types and the schema's must agree, both ways: what is kept can be checked and what
// passes can be used as it is. (A field added to one and not the other fails here.)
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees = <T extends true>(value: T): T => value;
agrees<Agrees<v.InferOutput<typeof SessionSchema>, SessionRecord>>(true);
agrees<Agrees<v.InferOutput<typeof RoutineSchema>, Routine>>(true);

// --- checking -----------------------------------------------------------------------------------

/** One rule a record breaks: where (keys from the record's top) and what is wrong. */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks `value` against `schema`: the value as kept (durations within range), or every issue. */
export function check<S extends v.GenericSchema>(schema: S, value: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((step) => (typeof step.key === 'number' ? step.key : String(step.key))),
      message: issue.message,
    })),
  };
}

/** "items.0.reps must be 1 to 100": an issue in one line, for messages that name the field. */
export const describeIssue = (issue: Issue): string =>
  `${issue.path.length > 0 ? issue.path.join('.') : 'the record'} ${issue.message}`;
