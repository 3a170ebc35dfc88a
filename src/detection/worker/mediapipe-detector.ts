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
import type { Landmark, Pose } from '../../pose/types';
import { planDelegates, probeWebGl } from './delegate';
import { fetchWithProgress } from './fetch-with-progress';

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
  private fileset: WasmFileset | null = null;
  private moduleFactory: ModuleFactory | null = null;
  private modelBuffer: Uint8Array | null = null;
  private options: DetectorOptions | null = null;
  private info: DetectorInfo | null = null;

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

    const plan = planDelegates(options.delegate, gl);
    let gpuError = '';
    for (const delegate of plan.order) {
      try {
        this.landmarker = await this.create(delegate);
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

  private async create(delegate: DetectorInfo['delegate']): Promise<PoseLandmarker> {
    const { fileset, modelBuffer, options, moduleFactory } = this;
    if (!fileset || !modelBuffer || !options || !moduleFactory) throw failure('not-ready', 'init() first');
    // tasks-vision clears `self.ModuleFactory` after it builds a module and the loader is an ES
    // module (evaluated once), so a second landmarker in the same worker needs it put back.
    (self as unknown as { ModuleFactory?: ModuleFactory }).ModuleFactory = moduleFactory;
    return PoseLandmarker.createFromOptions(fileset, {
      baseOptions: { modelAssetBuffer: modelBuffer, delegate },
      runningMode: 'VIDEO',
      numPoses: options.numPoses,
    });
  }

  detect(frame: AnalysisFrame, timestampMs: number): Promise<DetectionResult> {
    try {
      if (!this.landmarker) throw failure('not-ready', 'The pose model is not loaded yet');
      const started = performance.now();
      const result = this.landmarker.detectForVideo(frame, timestampMs);
      const inferenceMs = performance.now() - started;
      const size = frameSize(frame);
      return Promise.resolve({
        timestampMs,
        imageWidth: size.width,
        imageHeight: size.height,
        poses: toPoses(result),
        inferenceMs,
      });
    } catch (error) {
      return Promise.reject(
        error instanceof Error && error.name === 'not-ready'
          ? error
          : failure('detect', 'Pose detection failed', error),
      );
    } finally {
      frame.close();
    }
  }

  async reset(): Promise<void> {
    if (!this.landmarker || !this.info) throw failure('not-ready', 'The pose model is not loaded yet');
    this.landmarker.close();
    this.landmarker = null;
    this.landmarker = await this.create(this.info.delegate);
  }

  close(): Promise<void> {
    this.landmarker?.close();
    this.landmarker = null;
    if (this.fileset) URL.revokeObjectURL(this.fileset.wasmBinaryPath);
    this.fileset = null;
    this.modelBuffer = null;
    this.info = null;
    return Promise.resolve();
  }
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
