/**
 * The evaluation manifest (format: ../shared/footage/README.md, version 1): which clips to run, which
 * exercise each shows, and what a correct coach would count and say. A manifest that cannot be read
 * at all stops the run (ManifestError); a bad clip entry only becomes an error row, so one typo does
 * not hide the other clips' results. The file runs past 300 lines because every field's message
 * lives here; the checks that need the disk or the registry are in clip-checks.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const MANIFEST_VERSION = 1;

export type CameraView = 'front' | 'side';
/** How sure the ground truth is: A = shipped labels or on-screen counter, B = counted by eye, C = approximate. */
export type Grade = 'A' | 'B' | 'C';

export interface Sides {
  readonly left: number;
  readonly right: number;
}

interface CountExpectation {
  /** Reps (full cycles for circular moves) or holds, both sides together. */
  readonly count: number;
  /** Present when the manifest gives a side; one given side implies the other (count − it). */
  readonly sides?: Sides;
  /** How far off still counts as right for this clip; 0 = exact. */
  readonly tolerance: number;
}

export interface RepsExpectation extends CountExpectation {
  readonly unit: 'reps';
}

export interface HoldsExpectation extends CountExpectation {
  readonly unit: 'holds';
  /** A hold counts once it lasts this long. */
  readonly minHoldS: number;
}

export type Expectation = RepsExpectation | HoldsExpectation;

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

/** A clip entry that cannot be run, with what to fix. */
export interface ClipError {
  /** The entry's id, or `clip #n` when it has no usable one. */
  readonly id: string;
  readonly index: number;
  /** The entry's exercise when it gave a string, for the error row. */
  readonly exercise?: string;
  readonly reason: string;
}

export type ManifestEntry =
  { readonly ok: true; readonly clip: ClipSpec } | { readonly ok: false; readonly error: ClipError };

export interface Manifest {
  /** Absolute path of the manifest file. */
  readonly path: string;
  /** The folder clip paths are relative to. */
  readonly dir: string;
  /** In manifest order, so the report follows the file. */
  readonly entries: readonly ManifestEntry[];
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

/** A value as the person wrote it, short enough for a one-line message. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify would show Infinity (from 1e999) as null.
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
// JSON.parse turns 1e999 into Infinity, so "a number" is not enough.
const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const entries = clips.map((raw: unknown, i) => parseEntry(raw, i + 1, dir, firstIndexOfId));
  return { path, dir, entries };
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

function parseEntry(raw: unknown, index: number, dir: string, firstIndexOfId: Map<string, number>): ManifestEntry {
  const fallbackId = `clip #${index}`;
  if (!isObject(raw)) {
    return { ok: false, error: { id: fallbackId, index, reason: `entry must be an object, got ${shown(raw)}` } };
  }
  const problems: string[] = [];

  let id = fallbackId;
  const rawId = raw['id'];
  if (typeof rawId === 'string' && rawId.trim() !== '') {
    id = rawId;
    const first = firstIndexOfId.get(rawId);
    if (first === undefined) firstIndexOfId.set(rawId, index);
    else problems.push(`duplicate id "${rawId}" (already used by clip #${first})`);
  } else {
    problems.push(rawId === undefined ? 'id is missing' : `id must be a non-empty string, got ${shown(rawId)}`);
  }

  const file = requiredPath(raw, 'file', problems);
  const camera = raw['camera'] === undefined ? undefined : requiredPath(raw, 'camera', problems);

  const rawExercise = raw['exercise'];
  const exercise = typeof rawExercise === 'string' ? rawExercise : undefined;
  if (rawExercise === undefined) problems.push('exercise is missing');
  else if (exercise === undefined || !KEBAB_ID.test(exercise)) {
    problems.push(`exercise must be a kebab-case id like "neck-tilts", got ${shown(rawExercise)}`);
  }

  const view = oneOf(raw, 'view', ['front', 'side'] as const, problems);
  const grade = oneOf(raw, 'grade', ['A', 'B', 'C'] as const, problems);
  const startS = optionalSeconds(raw, 'start_s', problems);
  const endS = optionalSeconds(raw, 'end_s', problems);
  if (startS !== undefined && endS !== undefined && startS >= endS) {
    problems.push(`start_s (${startS}) must be before end_s (${endS})`);
  }
  const expect = parseExpect(raw['expect'], problems);
  const expectCues = cueList(raw, 'expect_cues', problems);
  const forbidCues = cueList(raw, 'forbid_cues', problems);
  for (const cue of expectCues.filter((c) => forbidCues.includes(c))) {
    problems.push(`"${cue}" is in both expect_cues and forbid_cues`);
  }
  const notes = raw['notes'];
  if (notes !== undefined && typeof notes !== 'string') problems.push(`notes must be a string, got ${shown(notes)}`);

  if (problems.length > 0 || file === undefined || exercise === undefined || expect === undefined) {
    const reason = problems.join('; ');
    return { ok: false, error: { id, index, ...(exercise === undefined ? {} : { exercise }), reason } };
  }
  const clip: ClipSpec = {
    id,
    index,
    file: resolve(dir, file),
    ...(camera === undefined ? {} : { camera: resolve(dir, camera) }),
    exercise,
    ...(view === undefined ? {} : { view }),
    ...(startS === undefined ? {} : { startS }),
    ...(endS === undefined ? {} : { endS }),
    expect,
    expectCues,
    forbidCues,
    ...(grade === undefined ? {} : { grade }),
    ...(typeof notes === 'string' ? { notes } : {}),
  };
  return { ok: true, clip };
}

function requiredPath(entry: JsonObject, key: string, problems: string[]): string | undefined {
  const value = entry[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.push(value === undefined ? `${key} is missing` : `${key} must be a path, got ${shown(value)}`);
  return undefined;
}

function oneOf<T extends string>(
  entry: JsonObject,
  key: string,
  allowed: readonly T[],
  problems: string[],
): T | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  const match = allowed.find((option) => option === value);
  if (match === undefined) problems.push(`${key} must be one of ${allowed.join(', ')}, got ${shown(value)}`);
  return match;
}

function optionalSeconds(entry: JsonObject, key: string, problems: string[]): number | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (isSeconds(value)) return value;
  problems.push(`${key} must be a number of seconds ≥ 0, got ${shown(value)}`);
  return undefined;
}

function optionalCount(entry: JsonObject, key: string, problems: string[]): number | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (isCount(value)) return value;
  problems.push(`expect.${key} must be a non-negative integer, got ${shown(value)}`);
  return undefined;
}

function parseExpect(value: unknown, problems: string[]): Expectation | undefined {
  if (value === undefined) {
    problems.push('expect is missing (it needs reps or holds)');
    return undefined;
  }
  if (!isObject(value)) {
    problems.push(`expect must be an object like {"reps": 5}, got ${shown(value)}`);
    return undefined;
  }
  const before = problems.length;
  const hasReps = value['reps'] !== undefined;
  const hasHolds = value['holds'] !== undefined;
  if (hasReps === hasHolds) {
    problems.push(hasReps ? 'expect must give reps or holds, not both' : 'expect needs reps or holds');
  }
  const unit = hasHolds ? 'holds' : 'reps';
  const count = optionalCount(value, unit, problems);
  const tolerance = optionalCount(value, 'tolerance', problems) ?? 0;

  let minHoldS: number | undefined;
  if (hasHolds) {
    minHoldS = isSeconds(value['min_hold_s']) ? value['min_hold_s'] : undefined;
    if (minHoldS === undefined) {
      problems.push(
        `expect.min_hold_s must be a number of seconds ≥ 0 beside holds, got ${shown(value['min_hold_s'])}`,
      );
    }
  } else if (value['min_hold_s'] !== undefined) {
    problems.push('expect.min_hold_s only applies to holds');
  }

  const left = optionalCount(value, 'left', problems);
  const right = optionalCount(value, 'right', problems);
  let sides: Sides | undefined;
  if (count !== undefined && (left !== undefined || right !== undefined)) {
    if (left !== undefined && right !== undefined) {
      if (left + right === count) sides = { left, right };
      else problems.push(`expect.left (${left}) + expect.right (${right}) must equal expect.${unit} (${count})`);
    } else if (left !== undefined) {
      if (left <= count) sides = { left, right: count - left };
      else problems.push(`expect.left (${left}) is more than expect.${unit} (${count})`);
    } else if (right !== undefined) {
      if (right <= count) sides = { left: count - right, right };
      else problems.push(`expect.right (${right}) is more than expect.${unit} (${count})`);
    }
  }

  if (problems.length > before || count === undefined) return undefined;
  const common = { count, ...(sides === undefined ? {} : { sides }), tolerance };
  return minHoldS === undefined ? { unit: 'reps', ...common } : { unit: 'holds', minHoldS, ...common };
}

function cueList(entry: JsonObject, key: string, problems: string[]): readonly string[] {
  const value = entry[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${key} must be an array of check ids, got ${shown(value)}`);
    return [];
  }
  const cues: string[] = [];
  value.forEach((cue: unknown, i) => {
    if (typeof cue !== 'string' || cue.trim() === '')
      problems.push(`${key}[${i}] must be a check id, got ${shown(cue)}`);
    else if (cues.includes(cue)) problems.push(`${key} lists "${cue}" twice`);
    else cues.push(cue);
  });
  return cues;
}
