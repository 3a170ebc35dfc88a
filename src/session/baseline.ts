/**
 * The person's own baseline and how they have changed against it, honestly.
 *
 * The first sessions of an exercise set the baseline: its main range of motion (per side where
 * the exercise is sided) or, for a held stretch, the longest hold. Later sessions are compared
 * with it, and a change smaller than what the camera can tell apart (uncertainty.ts) is "no clear
 * change", never progress. Depth-based ranges are compared as a trend against the person's own
 * session-to-session spread, never in degrees.
 */
import { msg, str } from '../i18n/msg';
import type { ExerciseSpec } from '../coach/exercise';
import { formatMeasure, storedUnit, type Unit } from '../coach/measures';
import type { BodySide } from '../pose/body-side';
import type { SessionRecord } from './session-summary';
import { changeMargin, rangeTrust, sessionMargin, type RangeTrust } from './uncertainty';
import { shortDate } from '../i18n/dates';

/** Sessions that make the baseline: one is a single day's set-up; two average out a bad day. */
export const BASELINE_SESSIONS = 2;

/** One session's range of motion for one side (null: an exercise done both sides at once). */
export interface RangePoint {
  readonly at: string;
  readonly side: BodySide | null;
  /** Mean over the session's reps, weighted by reps. */
  readonly value: number;
  readonly reps: number;
}

/** Every session's range, per side, oldest first; only sets in the exercise's current unit. */
export function rangePoints(sessions: readonly SessionRecord[], exercise: string, unit: Unit): RangePoint[] {
  const points: RangePoint[] = [];
  for (const session of [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    const bySide = new Map<BodySide | null, { sum: number; reps: number }>();
    for (const set of session.sets) {
      if (set.exercise !== exercise || set.rangeOfMotion === null || storedUnit(set.rangeUnit) !== unit) continue;
      const reps = set.cleanReps + set.faultyReps;
      if (reps === 0 || !Number.isFinite(set.rangeOfMotion)) continue;
      const acc = bySide.get(set.side) ?? { sum: 0, reps: 0 };
      bySide.set(set.side, { sum: acc.sum + set.rangeOfMotion * reps, reps: acc.reps + reps });
    }
    for (const [side, { sum, reps }] of bySide) points.push({ at: session.startedAt, side, value: sum / reps, reps });
  }
  return points;
}

export type ChangeVerdict = 'more' | 'less' | 'no clear change';

export interface RangeProgress {
  readonly side: BodySide | null;
  readonly unit: Unit;
  /** The baseline: the first sessions' mean, when they were, and its ± (null for a trend). */
  readonly baseline: { readonly value: number; readonly since: string; readonly sessions: number };
  readonly latest: RangePoint;
  /** latest − baseline. */
  readonly change: number;
  /** What a change must exceed to be one (for a trend: twice the person's own session spread). */
  readonly margin: number;
  /** The ± of the latest session's value; null for a trend. */
  readonly latestMargin: number | null;
  readonly verdict: ChangeVerdict;
  /** How the later sessions compare; 'baseline' while the baseline itself is still being set. */
  readonly state: 'baseline' | 'compared' | 'too few for a trend';
  /** Each session's value, oldest first (for a sparkline). */
  readonly series: readonly RangePoint[];
}

export interface ExerciseProgress {
  readonly exercise: string;
  readonly trust: RangeTrust;
  readonly ranges: readonly RangeProgress[];
  /** Sided exercises: the sides differ by more than the camera can be trusted to tell apart. */
  readonly asymmetry: { readonly less: BodySide; readonly by: number; readonly margin: number } | null;
  readonly hold: HoldProgress | null;
}

/** Held stretches: the longest hold, from the clock (no camera uncertainty beyond a frame). */
export interface HoldProgress {
  readonly baselineMs: number;
  readonly since: string;
  readonly latestMs: number;
  readonly verdict: ChangeVerdict;
  readonly state: 'baseline' | 'compared';
}

/** A hold must change by a whole second to be a change: the clock is exact to a frame. */
const HOLD_MARGIN_MS = 1000;

export function exerciseProgress(sessions: readonly SessionRecord[], spec: ExerciseSpec): ExerciseProgress {
  const trust = rangeTrust(spec);
  const points = rangePoints(sessions, spec.id, trust.unit);
  const sides = [...new Set(points.map((p) => p.side))];
  const ranges = sides.flatMap((side) => {
    const progress = rangeProgress(
      points.filter((p) => p.side === side),
      trust,
    );
    return progress ? [progress] : [];
  });
  return { exercise: spec.id, trust, ranges, asymmetry: asymmetry(ranges, trust), hold: holdProgress(sessions, spec) };
}

function mean(points: readonly RangePoint[]): { value: number; reps: number } {
  const reps = points.reduce((sum, p) => sum + p.reps, 0);
  return { value: points.reduce((sum, p) => sum + p.value * p.reps, 0) / reps, reps };
}

function rangeProgress(series: readonly RangePoint[], trust: RangeTrust): RangeProgress | null {
  const first = series[0];
  const latest = series.at(-1);
  if (!first || !latest) return null;
  const basePoints = series.slice(0, BASELINE_SESSIONS);
  const base = mean(basePoints);
  const change = latest.value - base.value;
  const baseline = { value: base.value, since: first.at, sessions: basePoints.length };
  const later = series.length > BASELINE_SESSIONS;
  const common = { side: latest.side, unit: trust.unit, baseline, latest, change, series };
  if (trust.kind === 'measured') {
    // The baseline averages its sessions' set-ups; see uncertainty.ts.
    const margin = changeMargin(trust, base.reps, latest.reps) * baselineShrink(basePoints.length);
    return {
      ...common,
      margin,
      latestMargin: sessionMargin(trust, latest.reps),
      verdict: later ? verdictOf(change, margin) : 'no clear change',
      state: later ? 'compared' : 'baseline',
    };
  }
  // A trend: against the person's own spread from session to session, which needs a few sessions.
  const enough = series.length >= BASELINE_SESSIONS + 2;
  const margin = 2 * standardDeviation(series.map((p) => p.value));
  return {
    ...common,
    margin,
    latestMargin: null,
    verdict: enough ? verdictOf(change, margin) : 'no clear change',
    state: !later ? 'baseline' : enough ? 'compared' : 'too few for a trend',
  };
}

/**
 * changeMargin treats the baseline as one session; averaging k sessions' set-ups narrows its share.
 * A factor between √((1/k + 1)/2) and 1: exact when the set-up term dominates, which it does here.
 */
const baselineShrink = (k: number): number => Math.sqrt((1 / k + 1) / 2);

const verdictOf = (change: number, margin: number): ChangeVerdict =>
  Math.abs(change) <= margin ? 'no clear change' : change > 0 ? 'more' : 'less';

function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/**
 * The sides of the latest session compared: beyond the change margin and the bias a camera off to
 * one side puts between the sides (uncertainty.ts), or not at all.
 */
function asymmetry(ranges: readonly RangeProgress[], trust: RangeTrust): ExerciseProgress['asymmetry'] {
  const left = ranges.find((r) => r.side === 'left');
  const right = ranges.find((r) => r.side === 'right');
  if (!left || !right || trust.kind !== 'measured') return null;
  const by = Math.abs(left.latest.value - right.latest.value);
  const margin = changeMargin(trust, left.latest.reps, right.latest.reps) + trust.sideBias;
  if (by <= margin) return null;
  return { less: left.latest.value < right.latest.value ? 'left' : 'right', by, margin };
}

function holdProgress(sessions: readonly SessionRecord[], spec: ExerciseSpec): HoldProgress | null {
  if (spec.counting.kind !== 'hold') return null;
  const longest = [...sessions]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .flatMap((session) => {
      const holds = session.sets.filter((set) => set.exercise === spec.id).map((set) => set.longestHoldMs);
      const best = Math.max(0, ...holds);
      return best > 0 ? [{ at: session.startedAt, ms: best }] : [];
    });
  const first = longest[0];
  const latest = longest.at(-1);
  if (!first || !latest) return null;
  const baselineMs = Math.max(...longest.slice(0, BASELINE_SESSIONS).map((h) => h.ms));
  const later = longest.length > BASELINE_SESSIONS;
  const change = latest.ms - baselineMs;
  return {
    baselineMs,
    since: first.at,
    latestMs: latest.ms,
    verdict: later ? verdictOf(change, HOLD_MARGIN_MS) : 'no clear change',
    state: later ? 'compared' : 'baseline',
  };
}

const day = (at: string): string => shortDate(at);

const signed = (value: number, unit: Unit): string =>
  `${value >= 0 ? '+' : '−'}${formatMeasure(Math.abs(value), unit)}`;

const sideName = (side: BodySide | null): string =>
  side === null ? '' : side === 'left' ? msg('Left: ') : msg('Right: ');

/** One line per side, in the person's words ("Right: +12° since 3 Nov (68° → 80°, ± 9°)"). */
export function describeRange(range: RangeProgress): string {
  const { unit } = range;
  const since = day(range.baseline.since);
  const from = formatMeasure(range.baseline.value, unit);
  const to = formatMeasure(range.latest.value, unit);
  const prefix = sideName(range.side);
  if (range.latestMargin === null) {
    if (range.state === 'baseline')
      return msg(str`${prefix}setting your starting point (shown as a trend, not a number)`);
    if (range.state === 'too few for a trend') return msg(str`${prefix}a few more sessions before a trend shows`);
    return range.verdict === 'no clear change'
      ? msg(str`${prefix}about the same as at the start (${since}), as a trend`)
      : range.verdict === 'more'
        ? msg(str`${prefix}more than at the start (${since}), as a trend`)
        : msg(str`${prefix}less than at the start (${since}), as a trend`);
  }
  const pm = `± ${formatMeasure(range.latestMargin, unit)}`;
  if (range.state === 'baseline') {
    return msg(str`${prefix}your starting point: ${to} ${pm} (session ${range.series.length} of ${BASELINE_SESSIONS})`);
  }
  if (range.verdict === 'no clear change') {
    return msg(
      str`${prefix}no clear change since ${since} (${from} → ${to}; less than the ${formatMeasure(range.margin, unit)} the camera can tell apart)`,
    );
  }
  return msg(str`${prefix}${signed(range.change, unit)} since ${since} (${from} → ${to}, ${pm})`);
}

export function describeAsymmetry(progress: ExerciseProgress): string | null {
  const a = progress.asymmetry;
  if (!a || progress.trust.kind !== 'measured') return null;
  const by = formatMeasure(a.by, progress.trust.unit);
  const margin = formatMeasure(a.margin, progress.trust.unit);
  return a.less === 'left'
    ? msg(str`Your left side reaches ${by} less than your right (more than the ${margin} the camera can tell apart).`)
    : msg(str`Your right side reaches ${by} less than your left (more than the ${margin} the camera can tell apart).`);
}

export function describeHold(hold: HoldProgress): string {
  const s = (ms: number) => `${Math.round(ms / 1000)} s`;
  if (hold.state === 'baseline') return msg(str`Longest hold ${s(hold.latestMs)}: your starting point`);
  if (hold.verdict === 'no clear change') return msg(str`Longest hold ${s(hold.latestMs)}, as on ${day(hold.since)}`);
  return hold.verdict === 'more'
    ? msg(str`Longest hold ${s(hold.latestMs)}, up from ${s(hold.baselineMs)} since ${day(hold.since)}`)
    : msg(str`Longest hold ${s(hold.latestMs)}, down from ${s(hold.baselineMs)} since ${day(hold.since)}`);
}
