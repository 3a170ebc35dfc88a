/**
 * Pain-aware progression: what the next session of a routine might change, and why. The app only
 * suggests; the person decides (the readiness screen offers it, with their usual plan beside it).
 *
 * - **Ease off** when pain after the last session was clearly higher than before it, or when pain
 *   after sessions has kept rising over the past week. "Clearly" is 2 points on the 0–10 scale: the
 *   smallest change in a pain rating people reliably notice (the minimal clinically important
 *   difference for a numeric pain scale is about 2 points, or 30 %). Easing off is one set fewer
 *   and holds a third shorter, nothing else: the move stays in the routine.
 * - **Progress** only after the last three sessions were pain-stable (pain after no higher than
 *   before), finished with every set done, and mostly clean (at least 80 % of reps without a form
 *   cue): two more reps a set, up to four over the prescription; then one more set; holds five
 *   seconds longer, below a minute (longer holds need a reason, see routine.ts).
 * - Otherwise nothing: no nudges.
 */
import { msg, str } from '../i18n/msg';
import type { ExerciseSpec } from '../coach/exercise';
import { LONG_HOLD_S, type Find, type Routine, type RoutineItem } from './routine';
import type { SessionRecord } from './session-summary';

/** A rise of this much pain (0–10) is one a person notices. */
export const CLEAR_PAIN_RISE = 2;
/** Sessions in a row that must be stable and clean before more is suggested. */
export const STABLE_SESSIONS = 3;
/** Share of reps without a cue that counts as "mostly clean". */
export const CLEAN_SHARE = 0.8;
const WEEK_MS = 7 * 86_400_000;

export interface Advice {
  readonly kind: 'ease' | 'progress';
  /** Why, in the person's words. */
  readonly why: string;
  /** What would change, one line per exercise ("Row: 3 sets → 2"). */
  readonly changes: readonly string[];
  /** The routine's items with the change made; the person may take it for one session. */
  readonly items: readonly RoutineItem[];
}

const rated = (s: SessionRecord): s is SessionRecord & { painBefore: number; painAfter: number } =>
  s.painBefore !== null && s.painAfter !== null && s.status !== 'in-progress';

export function adviseNext(routine: Routine, sessions: readonly SessionRecord[], now: Date, find: Find): Advice | null {
  const own = sessions
    .filter((s) => s.routineId === routine.id && rated(s))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .filter(rated);
  const last = own.at(-1);
  if (!last) return null;

  const rise = last.painAfter - last.painBefore;
  const week = own.filter((s) => now.getTime() - Date.parse(s.startedAt) <= WEEK_MS);
  const risingWeek =
    week.length >= 3 &&
    week.every((s, i) => i === 0 || s.painAfter >= (week[i - 1]?.painAfter ?? 0)) &&
    (week.at(-1)?.painAfter ?? 0) - (week[0]?.painAfter ?? 0) >= CLEAR_PAIN_RISE;
  if (rise >= CLEAR_PAIN_RISE || risingWeek) {
    const why =
      rise >= CLEAR_PAIN_RISE
        ? msg(str`Your pain went from ${last.painBefore} to ${last.painAfter} during your last session.`)
        : msg(str`Your pain after sessions has risen this week, from ${week[0]?.painAfter} to ${last.painAfter}.`);
    return change(routine, find, 'ease', msg(str`${why} Easing off for a session or two lets it settle.`), ease);
  }

  const recent = own.slice(-STABLE_SESSIONS);
  if (recent.length < STABLE_SESSIONS) return null;
  const stable = recent.every((s) => s.painAfter <= s.painBefore);
  const finished = recent.every(
    (s) => s.status === 'finished' && s.sets.every((set) => set.outcome === 'skipped' || set.done >= set.target),
  );
  const reps = recent.flatMap((s) => s.sets).reduce((n, set) => n + set.cleanReps + set.faultyReps, 0);
  const clean = recent.flatMap((s) => s.sets).reduce((n, set) => n + set.cleanReps, 0);
  if (!stable || !finished || (reps > 0 && clean / reps < CLEAN_SHARE)) return null;
  return change(
    routine,
    find,
    'progress',
    msg(str`Your last ${STABLE_SESSIONS} sessions were done in full, mostly in good form, and your pain did not rise.`),
    progress,
  );
}

type Adjust = (item: RoutineItem, spec: ExerciseSpec) => RoutineItem;

function change(routine: Routine, find: Find, kind: Advice['kind'], why: string, adjust: Adjust): Advice | null {
  const changes: string[] = [];
  const items = routine.items.map((item) => {
    const spec = find(item.exercise);
    if (!spec) return item;
    const next = adjust(item, spec);
    const said = describeChange(item, next);
    if (said) changes.push(`${spec.name}: ${said}`);
    return next;
  });
  return changes.length > 0 ? { kind, why, changes, items } : null;
}

const ease: Adjust = (item) => ({
  ...item,
  sets: Math.max(1, item.sets - 1),
  ...(item.holdS !== undefined ? { holdS: Math.max(5, Math.round((item.holdS * 2) / 3 / 5) * 5) } : {}),
});

const progress: Adjust = (item, spec) => {
  if (item.durationS !== undefined) return item;
  if (item.holdS !== undefined) return { ...item, holdS: Math.min(LONG_HOLD_S - 5, item.holdS + 5) };
  if (item.reps === undefined) return item;
  const cap = (spec.dosage.reps ?? item.reps) + 4;
  if (item.reps + 2 <= cap) return { ...item, reps: item.reps + 2 };
  return { ...item, sets: Math.min(Math.max(item.sets, (spec.dosage.sets ?? 3) + 1), item.sets + 1) };
};

function describeChange(before: RoutineItem, after: RoutineItem): string | null {
  const parts: string[] = [];
  if (after.sets !== before.sets) parts.push(msg(str`${before.sets} sets → ${after.sets}`));
  if (after.reps !== before.reps) parts.push(msg(str`${before.reps} reps a set → ${after.reps}`));
  if (after.holdS !== before.holdS) parts.push(msg(str`holds of ${before.holdS} s → ${after.holdS} s`));
  return parts.length > 0 ? parts.join(', ') : null;
}
