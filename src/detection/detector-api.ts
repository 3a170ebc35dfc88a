/**
 * The pose worker's API: the only contract between the page and the worker (types only).
 * Only plain data crosses, plus the frame, which is transferred and closed in the worker.
 */
import type { PoseFrame } from '../pose/types';

export type ModelVariant = 'lite' | 'full' | 'heavy';
export const MODEL_VARIANTS: readonly ModelVariant[] = ['lite', 'full', 'heavy'];

export type Delegate = 'GPU' | 'CPU';
/** `auto`: the GPU when there is a hardware one, else the CPU; GPU failures fall back to the CPU. */
export type DelegatePreference = Delegate | 'auto';

export interface DetectorAssets {
  /** Absolute URLs: the worker resolves nothing itself. */
  readonly wasmLoaderUrl: string;
  readonly wasmBinaryUrl: string;
  readonly modelUrl: string;
}

export interface DetectorOptions {
  readonly model: ModelVariant;
  readonly delegate: DelegatePreference;
  /** People to look for; the first is the most prominent. */
  readonly numPoses: number;
  readonly assets: DetectorAssets;
  /**
   * A worker replacing one that failed mid-set: tracking resumes as soon as the pose model is up,
   * without waiting for the second (scene) landmarker.
   */
  readonly restart?: boolean;
  /**
   * The detection assist (zoomed crops and a gain for people small in the picture or in the dark;
   * `worker/assist.ts`); on unless false — off only to measure what it costs.
   */
  readonly assist?: boolean;
}

export type LoadPhase = 'runtime' | 'model' | 'starting';

export interface LoadProgress {
  readonly phase: LoadPhase;
  /** Bytes of the runtime and the model received so far, and expected (0 when unknown). */
  readonly loadedBytes: number;
  readonly totalBytes: number;
}

export interface DetectorInfo {
  readonly model: ModelVariant;
  readonly delegate: Delegate;
  /** Why this delegate: e.g. "no hardware GPU (SwiftShader)" or the GPU error that forced the CPU. */
  readonly delegateReason: string;
  /** The WebGL renderer the worker sees, for the status line and bug reports. */
  readonly renderer: string;
}

/**
 * A picture to analyse: a bitmap (files, photos), or a camera frame wrapped as a VideoFrame, which
 * costs the page nothing to make and is transferred without a copy (the worker scales it).
 */
export type AnalysisFrame = ImageBitmap | VideoFrame;

/** A frame's size in pixels, whichever kind it is. */
export function frameSize(frame: AnalysisFrame): { width: number; height: number } {
  return 'displayWidth' in frame
    ? { width: frame.displayWidth, height: frame.displayHeight }
    : { width: frame.width, height: frame.height };
}

export interface DetectionResult extends PoseFrame {
  /** Wall time of `detectForVideo` in the worker. */
  readonly inferenceMs: number;
}

/**
 * Why the detector failed; carried as the `name` of the Error the worker throws, so that the page
 * can say what to do about it.
 */
export type DetectorErrorCode =
  | 'no-webgl' // the browser gives the worker no WebGL: MediaPipe needs it even on the CPU
  | 'runtime-load' // the wasm runtime could not be downloaded or started
  | 'model-load' // the model could not be downloaded
  | 'model-invalid' // the model was downloaded but MediaPipe refused it
  | 'not-ready' // detect() before init() finished
  | 'detect' // MediaPipe failed on a frame
  | 'context-lost'; // the worker's WebGL context was lost (GPU reset): the worker must be restarted

export const DETECTOR_ERROR_CODES: readonly DetectorErrorCode[] = [
  'no-webgl',
  'runtime-load',
  'model-load',
  'model-invalid',
  'not-ready',
  'detect',
  'context-lost',
];

/** Faults a browser test may inject into the worker (only when the page was opened to allow it). */
export type WorkerFault = 'crash' | 'hang' | 'context-lost';

export interface PoseDetectorApi {
  /** Downloads the runtime and model (reporting progress) and starts the landmarker. */
  init(options: DetectorOptions, onProgress?: (progress: LoadProgress) => void): Promise<DetectorInfo>;
  /**
   * Finds poses in one frame. `timestampMs` must be strictly greater than the previous call's
   * since the last init/reset (MediaPipe's VIDEO mode tracks across frames). Closes `frame`.
   */
  detect(frame: AnalysisFrame, timestampMs: number): Promise<DetectionResult>;
  /** Forgets tracking state, so a new source starts as if the detector were new (deterministic). */
  reset(): Promise<void>;
  close(): Promise<void>;
}
