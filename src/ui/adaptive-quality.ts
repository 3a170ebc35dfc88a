import type { ModelVariant } from '../detection/detector-api';

/**
 * Keeps live analysis fast enough to coach: when fewer than 15 frames a second are analysed while
 * the camera delivers more (the model cannot keep up, frames are being dropped), it steps down —
 * a lighter model first (heavy → full → lite), then a smaller camera picture — one step at a time,
 * each judged afresh after a settling period. A camera that is itself slow (dim light often halves
 * its rate) is not the model's fault and changes nothing.
 */

export type QualityStep =
  { readonly kind: 'model'; readonly model: ModelVariant } | { readonly kind: 'input'; readonly width: number };

export interface QualityState {
  readonly model: ModelVariant;
  /** The camera picture's width asked for. */
  readonly inputWidth: number;
}

/** Below this many analysed frames a second, movement is sampled too coarsely to coach. */
export const MIN_ANALYSED_FPS = 15;
/** Smaller camera pictures to try, widest first, after the lightest model. */
export const INPUT_WIDTHS: readonly number[] = [1280, 640, 320];
const LIGHTER: Readonly<Record<ModelVariant, ModelVariant | null>> = { heavy: 'full', full: 'lite', lite: null };
/** Judged over this long, after this long to settle (model load, tracking start). */
const WINDOW_MS = 5000;
const SETTLE_MS = 3000;
/** Analysis keeps up if it analyses at least this share of the camera's frames. */
const KEEPS_UP = 0.9;

/** The next step down from `state`, or null when there is none left. */
export function nextStep(state: QualityState): QualityStep | null {
  const model = LIGHTER[state.model];
  if (model) return { kind: 'model', model };
  const width = INPUT_WIDTHS.find((candidate) => candidate < state.inputWidth);
  return width === undefined ? null : { kind: 'input', width };
}

export class AdaptiveQuality {
  private readonly analysed: number[] = [];
  private readonly arrived: number[] = [];
  private startMs: number | null = null;

  /** Frames a second analysed and delivered by the camera over the last window (0 until known). */
  analysedFps = 0;
  cameraFps = 0;

  constructor(private state: QualityState) {}

  get current(): QualityState {
    return this.state;
  }

  /** A camera frame arrived. */
  frameArrived(nowMs: number): void {
    this.startMs ??= nowMs;
    push(this.arrived, nowMs);
  }

  /**
   * A frame was analysed: returns the step to take now, if analysis has fallen behind for a whole
   * window and there is a step left (the state is then the stepped-down one, settling afresh).
   */
  frameAnalysed(nowMs: number): QualityStep | null {
    this.startMs ??= nowMs;
    push(this.analysed, nowMs);
    if (nowMs - this.startMs < SETTLE_MS + WINDOW_MS) return null;
    this.analysedFps = rate(this.analysed, nowMs);
    this.cameraFps = rate(this.arrived, nowMs);
    const behind = this.analysedFps < MIN_ANALYSED_FPS && this.analysedFps < KEEPS_UP * this.cameraFps;
    if (!behind) return null;
    const step = nextStep(this.state);
    if (!step) return null;
    this.state =
      step.kind === 'model' ? { ...this.state, model: step.model } : { ...this.state, inputWidth: step.width };
    this.restart();
    return step;
  }

  /** A new source or model: judge afresh after settling. */
  restart(state: QualityState = this.state): void {
    this.state = state;
    this.analysed.length = 0;
    this.arrived.length = 0;
    this.startMs = null;
  }
}

function push(times: number[], nowMs: number): void {
  times.push(nowMs);
  while (times.length > 0 && (times[0] ?? nowMs) < nowMs - WINDOW_MS) times.shift();
}

function rate(times: readonly number[], nowMs: number): number {
  const recent = times.filter((time) => time >= nowMs - WINDOW_MS);
  return (recent.length * 1000) / WINDOW_MS;
}
