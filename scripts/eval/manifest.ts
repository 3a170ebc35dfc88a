/**
 * The evaluation manifest (format: ../shared/footage/README.md, version 1): which clips to run, which
 * exercise each shows, and what a correct coach would count and say. A manifest that cannot be read
 * at all stops the run (ManifestError); a bad clip entry only becomes an error row, so one typo does
 * not hide the other clips' results. An entry is checked by a valibot schema, from which its
 * types are inferred; each message names the field (its path is put in front of it) and shows the
 * value as written. The checks that need the disk or the registry are in clip-checks.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';

export const MANIFEST_VERSION = 1;

/** A value as the person wrote it, short enough for a one-line message. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify would show Infinity (from 1e999) as null.
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// Messages follow the field's path (see `reason`): " must be…" after "expect.reps" reads
// "expect.reps must be…".
const got = (what: string) => (issue: { input: unknown }) => ` ${what}, got ${shown(issue.input)}`;
const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? ' is missing' : ` ${what}, got ${shown(issue.input)}`;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const notBlank = (value: string) => value.trim() !== '';

const path = (optional: boolean) => {
  const message = optional ? got('must be a path') : required('must be a path');
  return v.pipe(v.string(message), v.check(notBlank, message));
};
// JSON.parse turns 1e999 into Infinity, so "a number" is not enough.
const seconds = (what = 'must be a number of seconds ≥ 0') =>
  v.pipe(v.number(got(what)), v.finite(got(what)), v.minValue(0, got(what)));
const count = () => {
  const message = got('must be a non-negative integer');
  return v.pipe(v.number(message), v.safeInteger(message), v.minValue(0, message));
};
const cueList = v.pipe(
  v.array(
    v.pipe(v.string(got('must be a check id')), v.check(notBlank, got('must be a check id'))),
    got('must be an array of check ids'),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    dataset.value.forEach((cue, i) => {
      if (dataset.value.indexOf(cue) < i) addIssue({ message: ` lists "${cue}" twice` });
    });
  }),
);

/** Where the person is in the exercise, for a photo: the two ends of a rep, or in or out of a hold. */
export const POSITIONS = ['start', 'peak', 'hold', 'out'] as const;

/**
 * `expect`: reps or holds (with `min_hold_s`), a tolerance and optional sides — or, for a photo,
 * the position the person is in. Turned into the runner's {@link Expectation}.
 */
const expectSchema = v.pipe(
  v.looseObject(
    {
      reps: v.optional(count()),
      holds: v.optional(count()),
      tolerance: v.optional(count(), 0),
      min_hold_s: v.optional(v.unknown()),
      left: v.optional(count()),
      right: v.optional(count()),
      position: v.optional(v.picklist(POSITIONS, got(`must be one of ${POSITIONS.join(', ')}`))),
    },
    (issue) =>
      issue.input === undefined
        ? ' is missing (it needs reps or holds)'
        : got('must be an object like {"reps": 5}')(issue),
  ),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const { reps, holds, tolerance, min_hold_s: minHold, left, right, position } = dataset.value;
    if (position !== undefined && reps === undefined && holds === undefined) {
      return { unit: 'position' as const, position };
    }
    if ((reps === undefined) === (holds === undefined)) {
      addIssue({ message: reps === undefined ? ' needs reps or holds' : ' must give reps or holds, not both' });
      return NEVER;
    }
    const unit = holds === undefined ? 'reps' : 'holds';
    const total = holds ?? reps ?? 0;
    const problems: string[] = [];
    let minHoldS: number | undefined;
    if (unit === 'holds') {
      if (typeof minHold === 'number' && Number.isFinite(minHold) && minHold >= 0) minHoldS = minHold;
      else problems.push(`.min_hold_s must be a number of seconds ≥ 0 beside holds, got ${shown(minHold)}`);
    } else if (minHold !== undefined) {
      problems.push('.min_hold_s only applies to holds');
    }
    let sides: Sides | undefined;
    if (left !== undefined && right !== undefined) {
      if (left + right === total) sides = { left, right };
      else problems.push(`.left (${left}) + expect.right (${right}) must equal expect.${unit} (${total})`);
    } else if (left !== undefined) {
      if (left <= total) sides = { left, right: total - left };
      else problems.push(`.left (${left}) is more than expect.${unit} (${total})`);
    } else if (right !== undefined) {
      if (right <= total) sides = { left: total - right, right };
      else problems.push(`.right (${right}) is more than expect.${unit} (${total})`);
    }
    for (const message of problems) addIssue({ message });
    if (problems.length > 0) return NEVER;
    const common = { count: total, ...(sides === undefined ? {} : { sides }), tolerance };
    return minHoldS === undefined
      ? { unit: 'reps' as const, ...common }
      : { unit: 'holds' as const, minHoldS, ...common };
  }),
);

/** One clip entry as the manifest gives it (unknown keys are ignored: the format may grow). */
const entrySchema = v.pipe(
  v.looseObject(
    {
      id: v.pipe(
        v.string(required('must be a non-empty string')),
        v.check(notBlank, got('must be a non-empty string')),
      ),
      file: path(false),
      camera: v.optional(path(true)),
      exercise: v.pipe(
        v.string(required('must be a kebab-case id like "neck-tilts"')),
        v.regex(KEBAB_ID, got('must be a kebab-case id like "neck-tilts"')),
      ),
      view: v.optional(v.picklist(['front', 'side'], got('must be one of front, side'))),
      grade: v.optional(v.picklist(['A', 'B', 'C'], got('must be one of A, B, C'))),
      start_s: v.optional(seconds()),
      end_s: v.optional(seconds()),
      expect: expectSchema,
      expect_cues: v.optional(cueList, []),
      forbid_cues: v.optional(cueList, []),
      notes: v.optional(v.string(got('must be a string'))),
    },
    (issue) => `entry must be an object, got ${shown(issue.input)}`,
  ),
  v.forward(
    v.partialCheck(
      [['start_s'], ['end_s']],
      ({ start_s: start, end_s: end }) => start === undefined || end === undefined || start < end,
      (issue) => {
        const { start_s: start, end_s: end } = issue.input as { start_s: number; end_s: number };
        return ` (${start}) must be before end_s (${end})`;
      },
    ),
    ['start_s'],
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { expect_cues: expected, forbid_cues: forbidden } = dataset.value;
    for (const cue of expected.filter((c) => forbidden.includes(c))) {
      addIssue({ message: `"${cue}" is in both expect_cues and forbid_cues` });
    }
  }),
);

export type ManifestClipEntry = v.InferOutput<typeof entrySchema>;
type AnyExpectation = v.InferOutput<typeof expectSchema>;
export type RepsExpectation = Extract<AnyExpectation, { unit: 'reps' }>;
export type HoldsExpectation = Extract<AnyExpectation, { unit: 'holds' }>;
/** What a video clip is checked against: a count of reps or of holds. */
export type Expectation = RepsExpectation | HoldsExpectation;
/** A photo's expectation: which position the person is in. */
export type PositionExpectation = Extract<AnyExpectation, { unit: 'position' }>;
export type CameraView = NonNullable<ManifestClipEntry['view']>;
/** How sure the ground truth is: A = shipped labels or on-screen counter, B = counted by eye, C = approximate. */
export type Grade = NonNullable<ManifestClipEntry['grade']>;

export interface Sides {
  readonly left: number;
  readonly right: number;
}

export interface ClipSpec {
  readonly id: string;
  /** 1-based position in the manifest's `clips`, for messages. */
  readonly index: number;
  /** Absolute path. */
  readonly file: string;
  /** Absolute path of the fake-camera re-encode of the segment, when there is one. */
  readonly camera?: string;
  readonly exercise: string;
  readonly view?: CameraView;
  /** Segment bounds in seconds of the clip file; absent = from the start / to the end. */
  readonly startS?: number;
  readonly endS?: number;
  readonly expect: Expectation;
  /** Check ids that must fire at least once. */
  readonly expectCues: readonly string[];
  /** Check ids that must not fire. */
  readonly forbidCues: readonly string[];
  readonly grade?: Grade;
  readonly notes?: string;
}

/**
 * A photo entry: an image file whose expectation is the position the person is in, checked by
 * showing the photo to the coach as a still scene (src/coach/still.ts).
 */
export interface PhotoSpec {
  readonly id: string;
  /** 1-based position in the manifest's `clips`, for messages. */
  readonly index: number;
  /** Absolute path. */
  readonly file: string;
  readonly exercise: string;
  readonly view?: CameraView;
  readonly expect: PositionExpectation;
  readonly grade?: Grade;
  readonly notes?: string;
}

/** Files a photo entry may name: the still-image formats Chromium decodes. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'avif'] as const;

export const isPhotoFile = (file: string): boolean =>
  (PHOTO_EXTENSIONS as readonly string[]).includes(file.split('.').at(-1)?.toLowerCase() ?? '');

/** A clip entry that cannot be run, with what to fix. */
export interface ClipError {
  /** The entry's id, or `clip #n` when it has no usable one. */
  readonly id: string;
  readonly index: number;
  /** The entry's exercise when it gave a string, for the error row. */
  readonly exercise?: string;
  readonly reason: string;
  /** A valid entry of a kind eval cannot run yet (a photo): reported, not an error. */
  readonly skipped?: true;
}

export type ManifestEntry =
  { readonly ok: true; readonly clip: ClipSpec } | { readonly ok: false; readonly error: ClipError };

export interface Manifest {
  /** Absolute path of the manifest file. */
  readonly path: string;
  /** The folder clip paths are relative to. */
  readonly dir: string;
  /** Clips and unusable entries, in manifest order, so the report follows the file. */
  readonly entries: readonly ManifestEntry[];
  /** Photo entries, in manifest order (reported after the clips, with their own columns). */
  readonly photos: readonly PhotoSpec[];
}

/** The manifest as a whole is unusable; the run cannot start. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`manifest ${path}: ${problem}`);
    this.path = path;
  }
}

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads and parses a manifest file; only an unreadable or unusable manifest throws. */
export function loadManifest(manifestPath: string): Manifest {
  const path = resolve(manifestPath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ManifestError(path, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseManifest(text, path);
}

export function parseManifest(text: string, manifestPath: string): Manifest {
  const path = resolve(manifestPath);
  const dir = dirname(path);
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw new ManifestError(path, jsonProblem(json, error));
  }
  if (!isObject(root)) throw new ManifestError(path, `must be a JSON object, got ${shown(root)}`);
  if (root['version'] === undefined) {
    throw new ManifestError(path, `"version" is missing (expected ${MANIFEST_VERSION})`);
  }
  if (root['version'] !== MANIFEST_VERSION) {
    throw new ManifestError(path, `"version" must be ${MANIFEST_VERSION}, got ${shown(root['version'])}`);
  }
  const clips = root['clips'];
  if (!Array.isArray(clips)) throw new ManifestError(path, `"clips" must be an array, got ${shown(clips)}`);

  const firstIndexOfId = new Map<string, number>();
  const parsed = clips.map((raw: unknown, i) => parseEntry(raw, i + 1, dir, firstIndexOfId));
  const entries = parsed.filter((entry): entry is ManifestEntry => !('photo' in entry));
  const photos = parsed.flatMap((entry) => ('photo' in entry ? [entry.photo] : []));
  return { path, dir, entries, photos };
}

/** Node 20 reports only a character position; people look for a line and column. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /\s*in JSON at position (\d+)(?:\s*\(line \d+ column \d+\))?/.exec(message);
  const position = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (position === undefined) return `is not valid JSON (${message})`;
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const what = at ? message.slice(0, at.index) + message.slice(at.index + at[0].length) : message;
  return `is not valid JSON at line ${line}, column ${column} (${what})`;
}

function parseEntry(
  raw: unknown,
  index: number,
  dir: string,
  firstIndexOfId: Map<string, number>,
): ManifestEntry | { readonly photo: PhotoSpec } {
  const fallbackId = `clip #${index}`;
  const problems: string[] = [];
  let id = fallbackId;
  if (isObject(raw) && typeof raw['id'] === 'string' && notBlank(raw['id'])) {
    const rawId = raw['id'];
    id = rawId;
    const first = firstIndexOfId.get(rawId);
    if (first === undefined) firstIndexOfId.set(rawId, index);
    else problems.push(`duplicate id "${rawId}" (already used by clip #${first})`);
  }
  const parsed = v.safeParse(entrySchema, raw);
  if (!parsed.success) problems.push(...parsed.issues.map(reason));
  if (!parsed.success || problems.length > 0) {
    const exercise = isObject(raw) && typeof raw['exercise'] === 'string' ? raw['exercise'] : undefined;
    const reason = problems.join('; ');
    return { ok: false, error: { id, index, ...(exercise === undefined ? {} : { exercise }), reason } };
  }
  const entry = parsed.output;
  const expect = entry.expect;
  const photoFile = isPhotoFile(entry.file);
  if (expect.unit === 'position' || photoFile) {
    const reason =
      expect.unit !== 'position'
        ? `file ${shown(entry.file)} is a photo: a photo's expect gives the position, like {"position": "start"}`
        : !photoFile
          ? `expect.position is for photos (${PHOTO_EXTENSIONS.join(', ')}), got file ${shown(entry.file)}`
          : entry.start_s !== undefined || entry.end_s !== undefined
            ? 'start_s and end_s are for clips: a photo has no segment'
            : null;
    if (reason !== null || expect.unit !== 'position') {
      return { ok: false, error: { id, index, exercise: entry.exercise, reason: reason ?? '' } };
    }
    const photo: PhotoSpec = {
      id,
      index,
      file: resolve(dir, entry.file),
      exercise: entry.exercise,
      ...(entry.view === undefined ? {} : { view: entry.view }),
      expect,
      ...(entry.grade === undefined ? {} : { grade: entry.grade }),
      ...(entry.notes === undefined ? {} : { notes: entry.notes }),
    };
    return { photo };
  }
  const clip: ClipSpec = {
    id,
    index,
    file: resolve(dir, entry.file),
    ...(entry.camera === undefined ? {} : { camera: resolve(dir, entry.camera) }),
    exercise: entry.exercise,
    ...(entry.view === undefined ? {} : { view: entry.view }),
    ...(entry.start_s === undefined ? {} : { startS: entry.start_s }),
    ...(entry.end_s === undefined ? {} : { endS: entry.end_s }),
    expect,
    expectCues: entry.expect_cues,
    forbidCues: entry.forbid_cues,
    ...(entry.grade === undefined ? {} : { grade: entry.grade }),
    ...(entry.notes === undefined ? {} : { notes: entry.notes }),
  };
  return { ok: true, clip };
}

/** An issue as one line: the field's path (`expect.reps`, `expect_cues[1]`), then its message. */
function reason(issue: v.BaseIssue<unknown>): string {
  const where = (issue.path ?? [])
    .map((item) => item.key)
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  // A missing key is reported by its object, whose message is about the object.
  if (issue.type === 'loose_object' && issue.input === undefined && where !== '') {
    return `${where} is missing${where === 'expect' ? ' (it needs reps or holds)' : ''}`;
  }
  return where === '' ? issue.message.trimStart() : `${where}${issue.message}`;
}
