import { PoseLandmarker, type PoseLandmarkerResult } from '@mediapipe/tasks-vision';
import {
  frameSize,
  type AnalysisFrame,
  type DetectionResult,
  type DetectorErrorCode,
  type DetectorInfo,
  type DetectorOptions,
  type LoadProgress,
  type PoseDetectorApi,
} from '../detector-api';
import { countPeople, meanLuma, SCENE_INTERVAL_MS, type SceneReport } from '../../pose/scene';
import type { Landmark, Pose } from '../../pose/types';
import { DetectionAssist, isWholeFrame, poseToFrame, WHOLE_FRAME, type AssistPlan } from './assist';
import { planDelegates, probeWebGl } from './delegate';
import { fetchWithProgress } from './fetch-with-progress';
import { oneAtATime } from './one-at-a-time';

type WasmFileset = Parameters<typeof PoseLandmarker.createFromOptions>[0];
type ModuleFactory = (module: unknown) => Promise<unknown>;

/** An Error whose `name` tells the page what went wrong (it survives Comlink's error transfer). */
function failure(code: DetectorErrorCode, message: string, cause?: unknown): Error {
  const detail = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  const error = new Error(detail ? `${message}: ${detail}` : message);
  error.name = code;
  return error;
}

/** The worker side of {@link PoseDetectorApi}: MediaPipe's PoseLandmarker in VIDEO mode. */
export class MediaPipePoseDetector implements PoseDetectorApi {
  private landmarker: PoseLandmarker | null = null;
  /**
   * A second landmarker, on single images, that may find two people: the tracker follows one
   * person (`numPoses` 1, its detector idle while it tracks), so who else is in the picture is
   * looked for separately, every {@link SCENE_INTERVAL_MS}.
   */
  private sceneLandmarker: Promise<PoseLandmarker | null> | null = null;
  private scene: SceneReport | null = null;
  /** The scene landmarker is built; until then a restarted worker tracks without it. */
  private sceneReady = false;
  private waitForScene = true;
  private building: Promise<unknown> = Promise.resolve();
  private lookCanvas: OffscreenCanvasRenderingContext2D | null = null;
  /** Finds people the detector misses on the whole frame: small or in the dark (`assist.ts`). */
  private readonly assist = new DetectionAssist();
  /**
   * The model's copy of a crop or a brightened frame: one canvas, reused, of the frame's aspect
   * (its long side at most {@link CROP_LONG_SIDE}); remade only when the frame's size changes.
   */
  private cropCanvas: OffscreenCanvasRenderingContext2D | null = null;
  private fileset: WasmFileset | null = null;
  private moduleFactory: ModuleFactory | null = null;
  private modelBuffer: Uint8Array | null = null;
  private options: DetectorOptions | null = null;
  private info: DetectorInfo | null = null;
  /**
   * The landmarkers' WebGL canvases (given to MediaPipe rather than made by it) so that a lost
   * context (a GPU reset, a driver update) is heard: MediaPipe itself never says so, its next
   * inference just fails or returns nothing.
   */
  private readonly watched = new Map<'VIDEO' | 'IMAGE', { canvas: OffscreenCanvas; stop: AbortController }>();
  private contextLost = false;

  /** The canvases of the landmarkers in use (a test loses their contexts to simulate a GPU reset). */
  get canvases(): OffscreenCanvas[] {
    return [...this.watched.values()].map((entry) => entry.canvas);
  }

  async init(options: DetectorOptions, onProgress?: (progress: LoadProgress) => void): Promise<DetectorInfo> {
    await this.close();
    const gl = probeWebGl();
    if (!gl.available) throw failure('no-webgl', 'This browser gives the pose worker no WebGL');

    let runtime = { loaded: 0, total: 0 };
    let model = { loaded: 0, total: 0 };
    const report = (phase: LoadProgress['phase']) =>
      onProgress?.({
        phase,
        loadedBytes: runtime.loaded + model.loaded,
        totalBytes: runtime.total && model.total ? runtime.total + model.total : 0,
      });
    const [wasmBinary, modelBuffer] = await Promise.all([
      fetchWithProgress(options.assets.wasmBinaryUrl, (loaded, total) => {
        runtime = { loaded, total };
        report('runtime');
      }).catch((error: unknown) => {
        throw failure('runtime-load', 'Could not download the pose runtime', error);
      }),
      fetchWithProgress(options.assets.modelUrl, (loaded, total) => {
        model = { loaded, total };
        report('model');
      }).catch((error: unknown) => {
        throw failure('model-load', 'Could not download the pose model', error);
      }),
    ]);
    report('starting');
    try {
      const loader = (await import(/* @vite-ignore */ options.assets.wasmLoaderUrl)) as { default: ModuleFactory };
      this.moduleFactory = loader.default;
    } catch (error) {
      throw failure('runtime-load', 'Could not load the pose runtime', error);
    }
    this.fileset = {
      wasmLoaderPath: options.assets.wasmLoaderUrl,
      // Already downloaded (with progress): MediaPipe instantiates it from memory.
      wasmBinaryPath: URL.createObjectURL(new Blob([wasmBinary as BlobPart], { type: 'application/wasm' })),
    };
    this.modelBuffer = modelBuffer;
    this.options = options;
    this.assist.reset();

    const plan = planDelegates(options.delegate, gl);
    let gpuError = '';
    for (const delegate of plan.order) {
      try {
        this.landmarker = await this.create(delegate);
        this.scene = null;
        this.sceneReady = false;
        this.waitForScene = !options.restart;
        this.sceneLandmarker = this.create(delegate, 'IMAGE', 2).then(
          (landmarker) => {
            this.sceneReady = true;
            return landmarker;
          },
          () => null,
        );
        const reason = gpuError ? `GPU failed (${gpuError}); using the CPU` : plan.reason;
        this.info = { model: options.model, delegate, delegateReason: reason, renderer: gl.renderer };
        return this.info;
      } catch (error) {
        if (delegate === 'GPU')
          gpuError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown error';
        else throw failure('model-invalid', 'The pose model could not be started', error);
      }
    }
    throw failure('model-invalid', 'No delegate could run the pose model');
  }

  /**
   * Landmarkers are made one at a time: each build takes `self.ModuleFactory` and tasks-vision
   * clears it when done, so two builds at once (the scene landmarker still being made when the
   * page resets the tracker) would leave the second without its runtime.
   */
  private create(
    delegate: DetectorInfo['delegate'],
    runningMode: 'VIDEO' | 'IMAGE' = 'VIDEO',
    numPoses?: number,
  ): Promise<PoseLandmarker> {
    const made = this.building.then(() => this.build(delegate, runningMode, numPoses));
    this.building = made.catch(() => undefined);
    return made;
  }

  private async build(
    delegate: DetectorInfo['delegate'],
    runningMode: 'VIDEO' | 'IMAGE',
    numPoses: number | undefined,
  ): Promise<PoseLandmarker> {
    const { fileset, modelBuffer, options, moduleFactory } = this;
    if (!fileset || !modelBuffer || !options || !moduleFactory) throw failure('not-ready', 'init() first');
    // tasks-vision clears `self.ModuleFactory` after it builds a module and the loader is an ES
    // module (evaluated once), so a second landmarker in the same worker needs it put back.
    (self as unknown as { ModuleFactory?: ModuleFactory }).ModuleFactory = moduleFactory;
    return PoseLandmarker.createFromOptions(fileset, {
      canvas: this.watchedCanvas(runningMode),
      baseOptions: { modelAssetBuffer: modelBuffer, delegate },
      runningMode,
      numPoses: numPoses ?? options.numPoses,
    });
  }

  /**
   * A canvas for a landmarker's WebGL context, whose loss is remembered (1×1: MediaPipe sizes it).
   * The replaced landmarker's canvas is no longer listened to: Chromium force-loses the oldest
   * contexts when a page has too many, which is no reason to restart.
   */
  private watchedCanvas(mode: 'VIDEO' | 'IMAGE'): OffscreenCanvas {
    this.watched.get(mode)?.stop.abort();
    const canvas = new OffscreenCanvas(1, 1);
    const stop = new AbortController();
    const lost = (event: Event) => {
      event.preventDefault();
      this.contextLost = true;
    };
    canvas.addEventListener('webglcontextlost', lost, { signal: stop.signal });
    canvas.addEventListener('contextlost', lost, { signal: stop.signal });
    this.watched.set(mode, { canvas, stop });
    return canvas;
  }

  /**
   * One frame at a time, in the order sent: a file keeps a second frame queued here while the
   * first is analysed (see `DetectorClient.detect`).
   */
  readonly detect: (frame: AnalysisFrame, timestampMs: number) => Promise<DetectionResult> = oneAtATime(
    (frame: AnalysisFrame, timestampMs: number) => this.detectNow(frame, timestampMs),
  );

  private async detectNow(frame: AnalysisFrame, timestampMs: number): Promise<DetectionResult> {
    try {
      // Graphs built on a lost context do not come back: the page restarts the worker.
      if (this.contextLost) throw failure('context-lost', 'The graphics context of the pose model was lost');
      if (!this.landmarker) throw failure('not-ready', 'The pose model is not loaded yet');
      const due = !this.scene || timestampMs - this.scene.atMs >= SCENE_INTERVAL_MS || timestampMs < this.scene.atMs;
      // A restart mid-set does not hold tracking back for the scene landmarker (seconds on a slow
      // machine): who else is in view is looked at once it is built.
      if (due && (this.waitForScene || this.sceneReady)) {
        this.scene = await this.look(frame, timestampMs);
      }
      const size = frameSize(frame);
      const plan: AssistPlan =
        this.options?.assist === false
          ? { window: WHOLE_FRAME, gain: 1 }
          : this.assist.plan(this.scene?.brightness ?? null);
      const input = this.modelInput(frame, size, plan);
      const started = performance.now();
      const result = this.landmarker.detectForVideo(input, timestampMs);
      const inferenceMs = performance.now() - started;
      // Every consumer (overlay, set-up, photo mode, eval) sees the whole frame's coordinates.
      const poses = toPoses(result).map((pose) => poseToFrame(pose, plan.window));
      this.assist.observe(poses);
      return {
        timestampMs,
        imageWidth: size.width,
        imageHeight: size.height,
        poses,
        inferenceMs,
        ...(this.scene ? { scene: this.scene } : {}),
        ...(plan.gain > 1 ? { lift: plan.gain } : {}),
      };
    } catch (error) {
      if (error instanceof Error && (error.name === 'not-ready' || error.name === 'context-lost')) throw error;
      // A GPU reset can surface first as MediaPipe failing on the frame, before the event arrives.
      throw this.contextLost
        ? failure('context-lost', 'The graphics context of the pose model was lost', error)
        : failure('detect', 'Pose detection failed', error);
    } finally {
      frame.close();
    }
  }

  /**
   * What the model is shown: the frame itself (the ordinary case: no copy), or the planned window of
   * it, brightened by the planned gain, drawn into the reused canvas.
   */
  private modelInput(
    frame: AnalysisFrame,
    size: { width: number; height: number },
    plan: AssistPlan,
  ): AnalysisFrame | OffscreenCanvas {
    if (isWholeFrame(plan.window) && plan.gain === 1) return frame;
    const scale = Math.min(1, CROP_LONG_SIDE / Math.max(size.width, size.height));
    const width = Math.max(1, Math.round(size.width * scale));
    const height = Math.max(1, Math.round(size.height * scale));
    if (!this.cropCanvas || this.cropCanvas.canvas.width !== width || this.cropCanvas.canvas.height !== height) {
      this.cropCanvas = new OffscreenCanvas(width, height).getContext('2d');
    }
    const context = this.cropCanvas;
    if (!context) return frame;
    context.filter = plan.gain === 1 ? 'none' : `brightness(${plan.gain.toFixed(3)})`;
    const { x, y, size: part } = plan.window;
    context.drawImage(
      frame,
      x * size.width,
      y * size.height,
      part * size.width,
      part * size.height,
      0,
      0,
      width,
      height,
    );
    return context.canvas;
  }

  /** How bright the picture is and how many people are in it (null when it cannot tell). */
  private async look(frame: AnalysisFrame, timestampMs: number): Promise<SceneReport | null> {
    const landmarker = await this.sceneLandmarker;
    if (!landmarker) return null;
    this.lookCanvas ??= new OffscreenCanvas(64, 36).getContext('2d', { willReadFrequently: true });
    if (!this.lookCanvas) return null;
    this.lookCanvas.drawImage(frame, 0, 0, 64, 36);
    const brightness = meanLuma(this.lookCanvas.getImageData(0, 0, 64, 36).data);
    const people = countPeople(toPoses(landmarker.detect(frame)));
    return { brightness, people, atMs: timestampMs };
  }

  /**
   * A new source: the landmarker is rebuilt, so tracking and timestamps start afresh. One reset at
   * a time: a camera retried or switched while the last reset still rebuilds (seconds on a slow
   * machine) waits for it, rather than finding no landmarker and failing as "not loaded yet" —
   * which the page showed as "The camera could not start".
   */
  readonly reset: () => Promise<void> = oneAtATime(() => this.resetNow());

  private async resetNow(): Promise<void> {
    if (!this.landmarker || !this.info) throw failure('not-ready', 'The pose model is not loaded yet');
    // Closing a landmarker is no GPU reset: its canvas is no longer listened to, and its context
    // is given back at once. Left to the garbage collector, contexts pile up over resets (one per
    // set or file) until Chromium force-loses the oldest one still in use — the scene
    // landmarker's — which read as a lost GPU (an eval run failed every clip after the fifth).
    const old = this.watched.get('VIDEO');
    this.watched.delete('VIDEO');
    old?.stop.abort();
    this.landmarker.close();
    if (old) releaseContext(old.canvas);
    this.landmarker = null;
    this.scene = null;
    this.assist.reset();
    this.landmarker = await this.create(this.info.delegate);
  }

  async close(): Promise<void> {
    for (const entry of this.watched.values()) entry.stop.abort(); // closing is no GPU reset
    this.landmarker?.close();
    this.landmarker = null;
    const scene = this.sceneLandmarker;
    this.sceneLandmarker = null;
    this.scene = null;
    (await scene)?.close();
    if (this.fileset) URL.revokeObjectURL(this.fileset.wasmBinaryPath);
    this.fileset = null;
    this.modelBuffer = null;
    this.info = null;
    for (const entry of this.watched.values()) releaseContext(entry.canvas);
    this.watched.clear();
    this.contextLost = false;
  }
}

/**
 * The long side of the model's copy of a crop: a window of half a 1080p frame keeps its pixels
 * (the landmark model crops the person from it at this resolution), and the copy stays small.
 */
const CROP_LONG_SIDE = 960;

/** Gives a closed landmarker's WebGL context back now, rather than when it is collected. */
function releaseContext(canvas: OffscreenCanvas): void {
  const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  context?.getExtension('WEBGL_lose_context')?.loseContext();
}

function toPoses(result: PoseLandmarkerResult): Pose[] {
  return result.landmarks.map((image, i) => ({
    image: image.map(toLandmark),
    world: (result.worldLandmarks[i] ?? []).map(toLandmark),
  }));
}

function toLandmark(point: { x: number; y: number; z: number; visibility?: number }): Landmark {
  return { x: point.x, y: point.y, z: point.z, visibility: point.visibility ?? 0 };
}
