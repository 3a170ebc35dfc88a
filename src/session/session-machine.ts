/**
 * A guided session as a state machine: for each exercise of the plan, get ready (the card, the
 * camera set-up), a countdown, work until the target is reached (or the clock runs out), then
 * the other side, rest between sets, and on to the next exercise. Pause, skip and end early at
 * any point. Pure: time comes in with the events, so it is tested without timers.
 */
import type { BodySide } from '../pose/body-side';
import type { PlannedItem } from './routine';

export const COUNTDOWN_MS = 3000;
/** A pause between the two sides of a sided exercise. */
export const SWITCH_SIDES_MS = 5000;
/** Rest between sets when the routine does not say. */
export const DEFAULT_REST_S = { strength: 45, other: 15 } as const;

export interface Position {
  readonly item: number;
  /** 1-based. */
  readonly set: number;
  /** For sided exercises, the side being worked; left first. */
  readonly side: BodySide | null;
}

export type Step =
  /** The card and camera set-up; moves on when the person is ready (or says so). */
  | ({ readonly kind: 'prepare' } & Position)
  | ({ readonly kind: 'countdown'; readonly remainingMs: number } & Position)
  | ({ readonly kind: 'work'; readonly elapsedMs: number } & Position)
  /** Rest before `next` (the next set), or the pause to switch sides. */
  | ({ readonly kind: 'rest'; readonly remainingMs: number; readonly switchSides: boolean } & Position)
  | { readonly kind: 'done'; readonly endedEarly: boolean };

/** One block of work: a set (one side of it, for sided exercises). */
export interface Block extends Position {
  readonly exercise: string;
  /** Reps, circles or holds reached; for timed blocks, whatever was counted. */
  readonly done: number;
  /** The count aimed for (0 for blocks on the clock). */
  readonly target: number;
  readonly durationMs: number;
  readonly outcome: 'completed' | 'time-up' | 'skipped' | 'ended';
}

export interface SessionState {
  readonly plan: readonly PlannedItem[];
  readonly step: Step;
  readonly paused: boolean;
  readonly blocks: readonly Block[];
  /** What the current work block has reached so far. */
  readonly done: number;
  /** Time of the last event, for the clocks. */
  readonly clockMs: number;
}

export type SessionEvent =
  | { readonly type: 'tick'; readonly nowMs: number }
  /** The person is in position (the coach's set-up checks pass), or pressed Start. */
  | { readonly type: 'ready'; readonly nowMs: number }
  /** The coach's count for the current block. */
  | { readonly type: 'progress'; readonly nowMs: number; readonly done: number }
  | { readonly type: 'pause'; readonly nowMs: number }
  | { readonly type: 'resume'; readonly nowMs: number }
  | { readonly type: 'skip-rest'; readonly nowMs: number }
  /** Leave the current exercise and go to the next. */
  | { readonly type: 'skip'; readonly nowMs: number }
  | { readonly type: 'end'; readonly nowMs: number };

/** A session from the start, or (resuming) from `from`: that block's set-up comes first. */
export function startSession(plan: readonly PlannedItem[], nowMs: number, from?: Position): SessionState {
  const step: Step = from
    ? { kind: 'prepare', ...from }
    : plan.length > 0
      ? { kind: 'prepare', ...firstPosition(plan, 0) }
      : { kind: 'done', endedEarly: false };
  return { plan, step, paused: false, blocks: [], done: 0, clockMs: nowMs };
}

/**
 * Where to go on after the blocks already done (a session closed part-way): the block after the
 * last one finished, or null when nothing is left.
 */
export function resumeAt(plan: readonly PlannedItem[], finished: readonly Position[]): Position | null {
  const last = finished.at(-1);
  if (!last) return plan.length > 0 ? firstPosition(plan, 0) : null;
  const next = afterBlock(plan, last);
  return next.kind === 'done' ? null : position(next);
}

/** What the current work block aims for: a count, or time on the clock. */
export function blockTarget(planned: PlannedItem): { readonly count: number; readonly durationMs: number | null } {
  const { item, exercise } = planned;
  if (item.durationS !== undefined) return { count: 0, durationMs: item.durationS * 1000 };
  return { count: exercise.counting.kind === 'hold' ? 1 : (item.reps ?? 1), durationMs: null };
}

export function reduce(state: SessionState, event: SessionEvent): SessionState {
  const { step } = state;
  if (step.kind === 'done') return state;
  const elapsed = Math.max(0, event.nowMs - state.clockMs);
  const at = { ...state, clockMs: event.nowMs };

  switch (event.type) {
    case 'pause':
      return { ...advance(state, elapsed), clockMs: event.nowMs, paused: true };
    case 'resume':
      return { ...at, paused: false };
    case 'end':
      return {
        ...at,
        blocks: step.kind === 'work' ? [...state.blocks, block(state, step, elapsed, 'ended')] : state.blocks,
        step: { kind: 'done', endedEarly: true },
        paused: false,
      };
    case 'skip': {
      const blocks = step.kind === 'work' ? [...state.blocks, block(state, step, elapsed, 'skipped')] : state.blocks;
      return { ...at, blocks, done: 0, paused: false, step: nextExercise(state.plan, step.item) };
    }
    default:
      break;
  }
  if (state.paused) return at;
  const moved = advance(state, elapsed);
  const current = { ...moved, clockMs: event.nowMs };

  switch (event.type) {
    case 'ready':
      return step.kind === 'prepare'
        ? { ...current, step: { ...position(step), kind: 'countdown', remainingMs: COUNTDOWN_MS } }
        : current;
    case 'skip-rest':
      return current.step.kind === 'rest' ? { ...current, step: countdown(current.step) } : current;
    case 'progress':
      return current.step.kind === 'work' ? finishIfDone({ ...current, done: event.done }) : current;
    case 'tick':
      return current;
  }
}

/** Runs the clocks forward by `elapsedMs` (not while paused), moving on when one runs out. */
function advance(state: SessionState, elapsedMs: number): SessionState {
  if (state.paused) return state;
  const { step } = state;
  if (step.kind === 'countdown') {
    const remainingMs = step.remainingMs - elapsedMs;
    return remainingMs > 0
      ? { ...state, step: { ...step, remainingMs } }
      : { ...state, done: 0, step: { ...position(step), kind: 'work', elapsedMs: 0 - remainingMs } };
  }
  if (step.kind === 'rest') {
    const remainingMs = step.remainingMs - elapsedMs;
    return remainingMs > 0 ? { ...state, step: { ...step, remainingMs } } : { ...state, step: countdown(step) };
  }
  if (step.kind === 'work') return finishIfDone({ ...state, step: { ...step, elapsedMs: step.elapsedMs + elapsedMs } });
  return state;
}

/** Ends the work block when its count is reached or its clock has run out. */
function finishIfDone(state: SessionState): SessionState {
  const { step } = state;
  if (step.kind !== 'work') return state;
  const planned = state.plan[step.item];
  if (!planned) return state;
  const target = blockTarget(planned);
  const timeUp = target.durationMs !== null && step.elapsedMs >= target.durationMs;
  const reached = target.durationMs === null && state.done >= target.count;
  if (!timeUp && !reached) return state;
  const blocks = [...state.blocks, block(state, step, 0, timeUp ? 'time-up' : 'completed')];
  return { ...state, blocks, done: 0, step: afterBlock(state.plan, step) };
}

function block(
  state: SessionState,
  step: Extract<Step, { kind: 'work' }>,
  extraMs: number,
  outcome: Block['outcome'],
): Block {
  const planned = state.plan[step.item];
  return {
    ...position(step),
    exercise: planned?.exercise.id ?? '',
    done: state.done,
    target: planned ? blockTarget(planned).count : 0,
    durationMs: step.elapsedMs + extraMs,
    outcome,
  };
}

/** Where a finished block leads: the other side, a rest before the next set, or the next exercise. */
function afterBlock(plan: readonly PlannedItem[], at: Position): Step {
  const planned = plan[at.item];
  if (!planned) return { kind: 'done', endedEarly: false };
  if (at.side === 'left') {
    return { kind: 'rest', item: at.item, set: at.set, side: 'right', remainingMs: SWITCH_SIDES_MS, switchSides: true };
  }
  if (at.set < planned.item.sets) {
    const restS =
      planned.item.restS ?? (planned.exercise.phase === 'strength' ? DEFAULT_REST_S.strength : DEFAULT_REST_S.other);
    const next = { item: at.item, set: at.set + 1, side: planned.exercise.sided ? ('left' as const) : null };
    return restS > 0
      ? { kind: 'rest', ...next, remainingMs: restS * 1000, switchSides: false }
      : { kind: 'countdown', ...next, remainingMs: COUNTDOWN_MS };
  }
  return nextExercise(plan, at.item);
}

function nextExercise(plan: readonly PlannedItem[], item: number): Step {
  return item + 1 < plan.length
    ? { kind: 'prepare', ...firstPosition(plan, item + 1) }
    : { kind: 'done', endedEarly: false };
}

function firstPosition(plan: readonly PlannedItem[], item: number): Position {
  return { item, set: 1, side: plan[item]?.exercise.sided ? 'left' : null };
}

const position = ({ item, set, side }: Position): Position => ({ item, set, side });
const countdown = (at: Position): Step => ({ ...position(at), kind: 'countdown', remainingMs: COUNTDOWN_MS });
