/**
 * "Report for my physio": what a clinician would ask about a date range, from history alone —
 * adherence per week against the goal, each exercise's sets, reps, holds and form, the range of
 * motion against the person's own baseline with its uncertainty, pain before and after each
 * session, and a plain statement of what the camera can and cannot measure. Pure: the page
 * (fc-report) renders it and the browser prints it; nothing leaves the device.
 */
import { msg, str } from '../i18n/msg';
import type { CountUnit } from '../coach/count';
import { countText } from '../i18n/counts';
import type { ExerciseSpec } from '../coach/exercise';
import {
  describeAsymmetry,
  describeHold,
  describeRange,
  exerciseProgress,
  type ExerciseProgress,
  type RangePoint,
} from './baseline';
import { weekStart } from './progress';
import { cueNow, type SessionRecord } from './session-summary';
import { sessionMargin } from './uncertainty';

export interface ReportRange {
  /** First and last day included (local dates, inclusive). */
  readonly from: Date;
  readonly to: Date;
  readonly weeklyGoal: number;
}

export interface ReportWeek {
  readonly start: Date;
  readonly sessions: number;
  readonly goal: number;
}

export interface ReportExercise {
  readonly id: string;
  readonly name: string;
  readonly unit: CountUnit;
  readonly sessions: number;
  readonly sets: number;
  readonly done: number;
  /** Share of reps with no form cue; null when nothing was counted as a rep. */
  readonly cleanShare: number | null;
  readonly topCue: { readonly cue: string; readonly times: number } | null;
  readonly progress: ExerciseProgress;
  /** One line per side, in words, with the uncertainty. */
  readonly rangeLines: readonly string[];
  readonly asymmetry: string | null;
  readonly hold: string | null;
  /** Each session's range with its ± (for the chart's band), per side. */
  readonly bands: readonly {
    readonly side: RangePoint['side'];
    readonly points: readonly (RangePoint & { readonly margin: number | null })[];
  }[];
}

export interface ReportSession {
  readonly at: string;
  readonly routine: string;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly done: number;
  readonly status: SessionRecord['status'];
}

export interface Report {
  readonly range: ReportRange;
  readonly weeks: readonly ReportWeek[];
  readonly sessions: readonly ReportSession[];
  readonly exercises: readonly ReportExercise[];
  /** What the app can and cannot measure, for these exercises. */
  readonly limits: readonly string[];
}

const DAY_MS = 86_400_000;

const startOfDay = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** Sessions in the range (by start time, the whole of the last day included), finished or stopped. */
function inRange(sessions: readonly SessionRecord[], range: ReportRange): SessionRecord[] {
  const from = startOfDay(range.from);
  const to = startOfDay(range.to) + DAY_MS;
  return sessions
    .filter((s) => s.status !== 'in-progress')
    .filter((s) => {
      const t = Date.parse(s.startedAt);
      return t >= from && t < to;
    })
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export function buildReport(
  all: readonly SessionRecord[],
  range: ReportRange,
  find: (id: string) => ExerciseSpec | undefined,
): Report {
  const sessions = inRange(all, range);
  // The baseline is the person's own first sessions, even before the range; the latest is in it.
  const upTo = all.filter((s) => s.status !== 'in-progress' && Date.parse(s.startedAt) < startOfDay(range.to) + DAY_MS);
  const ids = [...new Set(sessions.flatMap((s) => s.sets.map((set) => set.exercise)))];
  const exercises = ids.flatMap((id): ReportExercise[] => {
    const spec = find(id);
    if (!spec) return [];
    const sets = sessions.flatMap((s) => s.sets.filter((set) => set.exercise === id && set.outcome !== 'skipped'));
    if (sets.length === 0) return [];
    const reps = sets.reduce((n, set) => n + set.cleanReps + set.faultyReps, 0);
    const cues = new Map<string, number>();
    for (const tally of sets.flatMap((set) => set.faults)) {
      const cue = cueNow(spec, tally);
      cues.set(cue, (cues.get(cue) ?? 0) + tally.times);
    }
    const [topCue] = [...cues].sort((a, b) => b[1] - a[1]);
    const progress = exerciseProgress(upTo, spec);
    const trust = progress.trust;
    return [
      {
        id,
        name: spec.name,
        unit: sets[0]?.unit ?? 'reps',
        sessions: new Set(sessions.filter((s) => s.sets.some((set) => set.exercise === id)).map((s) => s.id)).size,
        sets: sets.length,
        done: sets.reduce((n, set) => n + set.done, 0),
        cleanShare: reps > 0 ? sets.reduce((n, set) => n + set.cleanReps, 0) / reps : null,
        topCue: topCue ? { cue: topCue[0], times: topCue[1] } : null,
        progress,
        rangeLines: progress.ranges.map(describeRange),
        asymmetry: describeAsymmetry(progress),
        hold: progress.hold ? describeHold(progress.hold) : null,
        bands: progress.ranges.map((r) => ({
          side: r.side,
          points: r.series.map((p) => ({
            ...p,
            margin: trust.kind === 'measured' ? sessionMargin(trust, p.reps) : null,
          })),
        })),
      },
    ];
  });
  return {
    range,
    weeks: weeksOf(sessions, range),
    sessions: sessions.map((s) => ({
      at: s.startedAt,
      routine: s.routineName,
      painBefore: s.painBefore,
      painAfter: s.painAfter,
      done: s.sets.reduce((n, set) => n + set.done, 0),
      status: s.status,
    })),
    exercises,
    limits: limitsOf(exercises),
  };
}

function weeksOf(sessions: readonly SessionRecord[], range: ReportRange): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  for (let start = weekStart(range.from); start.getTime() <= range.to.getTime();) {
    const next = new Date(start);
    next.setDate(next.getDate() + 7);
    const count = sessions.filter((s) => {
      const t = Date.parse(s.startedAt);
      return t >= start.getTime() && t < next.getTime();
    }).length;
    weeks.push({ start, sessions: count, goal: range.weeklyGoal });
    start = next;
  }
  return weeks;
}

/** The plain statement, with the exercises whose range is a trend named. */
function limitsOf(exercises: readonly ReportExercise[]): string[] {
  const trends = exercises.filter((e) => e.progress.trust.kind === 'trend').map((e) => e.name);
  return [
    msg(
      'Form Coach counts reps and times holds from a laptop camera with a pose model (MediaPipe). It measures angles in the picture, so a range of motion depends on where the camera stood: every range is shown with its uncertainty (±, about 95 %), and a change smaller than that is reported as “no clear change”.',
    ),
    msg('Ranges are compared with the person’s own first sessions (their baseline), never with a norm.'),
    ...(trends.length > 0
      ? [
          msg(
            str`${trends.join(', ')}: read from the camera’s depth estimate, which is too rough for degrees; shown as a trend only.`,
          ),
        ]
      : []),
    msg('Holds are timed by the clock while the position is seen; they are exact to a frame.'),
    msg(
      'It cannot measure strength, pain, muscle activity or how a movement feels, and it does not diagnose. Pain ratings are the person’s own, 0 (none) to 10 (worst imaginable), before and after each session.',
    ),
    msg(
      'Counts were checked against real footage and a synthetic body; see the app’s Accuracy page for each exercise’s evidence.',
    ),
  ];
}

/** “12 reps”, “1 hold”. */
export const doneText = (n: number, unit: CountUnit): string => countText(unit, n);
