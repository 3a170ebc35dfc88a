/**
 * How well the coach did on a set of clips: per-clip verdicts and the one-line summary that
 * `npm run eval` ends with, plus the same results as JSON. Definitions follow the eval issue:
 * exact = within the clip's tolerance, obo = within ±max(1, tolerance), mae = mean of
 * |counted − expected| / max(expected, 1), phantom = counts where nothing should be counted.
 */
import type { ClipError, ClipSpec } from './manifest';

export interface FiredCue {
  readonly id: string;
  /** Seconds from the start of the clip file (not of the segment), so a person can seek to it. */
  readonly tS: number;
}

/** A clip that could not run: malformed entry, unregistered exercise, missing or undecodable file. */
export interface ClipFailure {
  readonly id: string;
  /** Empty when the entry gave no usable exercise. */
  readonly exercise: string;
  readonly error: string;
  /** The manifest's expectation, when the entry was valid enough to give one. */
  readonly expected?: number;
  /** A valid entry of a kind eval cannot run yet (a photo): shown, not counted as an error. */
  readonly skipped?: true;
}

export interface ClipResult {
  readonly id: string;
  readonly exercise: string;
  /** What is counted, for the table: 'reps', 'holds', or 'cycles' for circular moves. */
  readonly unit?: string;
  readonly expected: number;
  readonly counted: number;
  /** Expected per side, when the manifest gives sides. */
  readonly left?: number;
  readonly right?: number;
  /** Counted per side, when the exercise counts sides. */
  readonly countedLeft?: number;
  readonly countedRight?: number;
  readonly tolerance: number;
  readonly expectCues: readonly string[];
  readonly forbidCues: readonly string[];
  /** Every cue that fired, in time order. */
  readonly cues: readonly FiredCue[];
  /** Share (0–1) of analysed frames with a trackable pose. */
  readonly trackableShare: number;
  /** Frames analysed per second of wall time (how fast the pipeline ran on this machine). */
  readonly fps: number;
  /** Length of the analysed segment. */
  readonly durationS: number;
}

export type ClipOutcome = ClipFailure | ClipResult;

export const isFailure = (outcome: ClipOutcome): outcome is ClipFailure => 'error' in outcome;

/** What the runner measured on one clip. */
export interface ClipRun {
  readonly counted: number;
  readonly countedLeft?: number;
  readonly countedRight?: number;
  readonly cues: readonly FiredCue[];
  readonly trackableShare: number;
  readonly fps: number;
  readonly durationS: number;
  /** Overrides the manifest's unit in the table, e.g. 'cycles' for a circular motion. */
  readonly unit?: string;
}

/** Joins a manifest clip with its run, so the runner cannot mix up expectation fields. */
export function clipResult(clip: ClipSpec, run: ClipRun): ClipResult {
  const { expect } = clip;
  return {
    id: clip.id,
    exercise: clip.exercise,
    unit: run.unit ?? expect.unit,
    expected: expect.count,
    counted: run.counted,
    ...(expect.sides ?? {}),
    ...(run.countedLeft === undefined ? {} : { countedLeft: run.countedLeft }),
    ...(run.countedRight === undefined ? {} : { countedRight: run.countedRight }),
    tolerance: expect.tolerance,
    expectCues: clip.expectCues,
    forbidCues: clip.forbidCues,
    cues: run.cues,
    trackableShare: run.trackableShare,
    fps: run.fps,
    durationS: run.durationS,
  };
}

/** A valid clip that the runner could not run (unregistered exercise, missing file…). */
export function clipFailure(clip: ClipSpec, reason: string): ClipFailure {
  return { id: clip.id, exercise: clip.exercise, error: reason, expected: clip.expect.count };
}

/** A manifest entry that was malformed. */
export function entryFailure(error: ClipError): ClipFailure {
  return {
    id: error.id,
    exercise: error.exercise ?? '',
    error: error.reason,
    ...(error.skipped ? { skipped: true } : {}),
  };
}

export interface ClipScore {
  /** counted − expected: positive = counted too many. */
  readonly difference: number;
  readonly exact: boolean;
  readonly obo: boolean;
  /** |counted − expected| / max(expected, 1). */
  readonly relativeError: number;
  readonly cuesHit: readonly string[];
  readonly cuesMissed: readonly string[];
  /** Firings of cues the clip forbids. */
  readonly falseCues: readonly FiredCue[];
}

export function scoreClip(result: ClipResult): ClipScore {
  const difference = result.counted - result.expected;
  const off = Math.abs(difference);
  const fired = new Set(result.cues.map((cue) => cue.id));
  return {
    difference,
    exact: off <= result.tolerance,
    obo: off <= Math.max(1, result.tolerance),
    relativeError: off / Math.max(result.expected, 1),
    cuesHit: result.expectCues.filter((id) => fired.has(id)),
    cuesMissed: result.expectCues.filter((id) => !fired.has(id)),
    falseCues: result.cues.filter((cue) => result.forbidCues.includes(cue.id)),
  };
}

export interface EvalSummary {
  /** Clips that ran. */
  readonly clips: number;
  /** Clips that could not run. */
  readonly errors: number;
  readonly exact: number;
  readonly obo: number;
  /** 0 when no clip ran. */
  readonly mae: number;
  /** Reps (or holds) counted in segments whose expectation is 0. */
  readonly phantom: number;
  readonly cuesHit: number;
  readonly cuesExpected: number;
  /** Forbidden cue firings per minute of analysed footage; 0 when there is none. */
  readonly falseCuesPerMin: number;
}

export function summarize(outcomes: readonly ClipOutcome[]): EvalSummary {
  const results = outcomes.filter((outcome): outcome is ClipResult => !isFailure(outcome));
  const scores = results.map(scoreClip);
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
  const minutes = sum(results.map((result) => result.durationS)) / 60;
  const falseCues = sum(scores.map((score) => score.falseCues.length));
  return {
    clips: results.length,
    errors: outcomes.filter((outcome) => isFailure(outcome) && !outcome.skipped).length,
    exact: scores.filter((score) => score.exact).length,
    obo: scores.filter((score) => score.obo).length,
    mae: results.length === 0 ? 0 : sum(scores.map((score) => score.relativeError)) / results.length,
    phantom: sum(results.filter((result) => result.expected === 0).map((result) => result.counted)),
    cuesHit: sum(scores.map((score) => score.cuesHit.length)),
    cuesExpected: sum(results.map((result) => result.expectCues.length)),
    falseCuesPerMin: minutes > 0 ? falseCues / minutes : 0,
  };
}

export interface EvalJson {
  readonly summary: {
    readonly clips: number;
    readonly errors: number;
    readonly exact: number;
    readonly obo: number;
    readonly mae: number;
    readonly phantom: number;
    readonly cues_hit: number;
    readonly cues_expected: number;
    readonly false_cues_per_min: number;
  };
  readonly clips: readonly ClipJson[];
}

/**
 * One clip as data. `expected` / `counted` are totals; `left` / `right` are the *counted* per-side
 * values (null when the run did not count sides), present only when the manifest gives sides — the
 * expected sides are in the manifest. Error rows carry `error`, null measurements and no cues.
 */
export interface ClipJson {
  readonly id: string;
  readonly exercise: string;
  readonly expected: number | null;
  readonly counted: number | null;
  readonly left?: number | null;
  readonly right?: number | null;
  readonly error?: string;
  readonly trackable_share: number | null;
  readonly fps: number | null;
  readonly cues: readonly { readonly id: string; readonly t_s: number }[];
}

const centiseconds = (seconds: number): number => Math.round(seconds * 100) / 100;

export function clipJson(outcome: ClipOutcome): ClipJson {
  if (isFailure(outcome)) {
    return {
      id: outcome.id,
      exercise: outcome.exercise,
      expected: outcome.expected ?? null,
      counted: null,
      error: outcome.error,
      trackable_share: null,
      fps: null,
      cues: [],
    };
  }
  const hasSides = outcome.left !== undefined || outcome.right !== undefined;
  return {
    id: outcome.id,
    exercise: outcome.exercise,
    expected: outcome.expected,
    counted: outcome.counted,
    ...(hasSides ? { left: outcome.countedLeft ?? null, right: outcome.countedRight ?? null } : {}),
    trackable_share: outcome.trackableShare,
    fps: outcome.fps,
    cues: outcome.cues.map((cue) => ({ id: cue.id, t_s: centiseconds(cue.tS) })),
  };
}

/** The `--json` document; numbers other than cue times are left unrounded so they can be recomputed. */
export function evalJson(outcomes: readonly ClipOutcome[]): EvalJson {
  const summary = summarize(outcomes);
  return {
    summary: {
      clips: summary.clips,
      errors: summary.errors,
      exact: summary.exact,
      obo: summary.obo,
      mae: summary.mae,
      phantom: summary.phantom,
      cues_hit: summary.cuesHit,
      cues_expected: summary.cuesExpected,
      false_cues_per_min: summary.falseCuesPerMin,
    },
    clips: outcomes.map(clipJson),
  };
}
