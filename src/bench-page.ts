/**
 * The benchmark page (bench.html), driven by `npm run bench`: the bare model in the app's pose
 * worker, and the app's own per-frame path — capture at analysis size, the paced client, the
 * coaching engine and the overlay drawing — fed by a source faster than the model, so the ratio
 * of the two is what the pipeline costs. The clip is decoded to bitmaps first, so decoding is
 * not part of either measurement.
 */
import { Coach } from './coach/coach';
import { connectDetector } from './detection/connect-detector';
import type { DetectionResult, DetectorInfo, ModelVariant } from './detection/detector-api';
import { DetectorClient } from './detection/detector-client';
import { detectorAssets } from './detection/model-assets';
import { findExercise } from './exercises';
import { drawCoaching } from './ui/draw-coaching';
import { drawSkeleton } from './ui/draw-skeleton';
import { containRect } from './ui/geometry';
import { captureFrame } from './ui/sources/capture';
import { describeDecodePath } from './ui/sources/decode-path';
import { describeBreak } from './ui/sources/file-break';
import { analyseFile, FILE_ANALYSIS_RATE, loadVideo } from './ui/sources/video-file';

export interface BareModelRun {
  /** detectForVideo's own time per frame, in the worker. */
  readonly inferenceMs: readonly number[];
  readonly wallMs: number;
}

export interface PipelineRun {
  readonly frames: number;
  readonly wallMs: number;
  /** Main-thread time per analysed frame spent by the page's own code (capture call, engine, drawing). */
  readonly mainMs: readonly number[];
}

export interface FileAnalysisRun {
  readonly frames: number;
  readonly wallMs: number;
  /**
   * detectForVideo's own time, summed over the frames: against `wallMs`, how busy the model was
   * (gaps in the pipeline), and against the bare model's, how much decoding slowed it (the cores
   * it shares).
   */
  readonly inferenceMs: number;
  /** The page's words for the path that ran (“Decoded with WebCodecs”, …). */
  readonly decodedWith: string;
  readonly width: number;
  readonly height: number;
}

export interface BenchApi {
  init(model: ModelVariant): Promise<DetectorInfo>;
  /** Decodes `count` frames of the chosen clip, `fps` apart, at analysis size; returns their size. */
  decode(count: number, fps: number): Promise<{ width: number; height: number }>;
  bareModel(frames: number): Promise<BareModelRun>;
  pipeline(frames: number, exercise: string): Promise<PipelineRun>;
  /**
   * The app's analysis of the chosen file, as the app runs it (the fixed rate, the worker, one
   * frame in flight), over its first `seconds`: WebCodecs where possible, or the seek path.
   */
  fileAnalysis(decode: 'auto' | 'seek', seconds: number, framesInFlight?: number): Promise<FileAnalysisRun>;
  /**
   * The floor: the camera in a video of this size with a canvas over it, redrawn with a skeleton's
   * worth of lines on every camera frame and nothing else — what any live overlay costs the main
   * thread in this browser on this machine.
   */
  floor(width: number, height: number): Promise<void>;
}

declare global {
  interface Window {
    formCoachBench: BenchApi;
  }
}

const input = document.querySelector<HTMLInputElement>('#clip');
const video = document.querySelector<HTMLVideoElement>('#video');
const canvas = document.querySelector<HTMLCanvasElement>('#overlay');
const status = document.querySelector('#status');
let crashed = '';
const connection = connectDetector((message) => (crashed = message));
let decoded: ImageBitmap[] = [];
/** Detector timestamps only ever increase, across runs too. */
let clockMs = 0;
const FRAME_MS = 1000 / 30;

function ready(): void {
  if (crashed) throw new Error(crashed);
  if (decoded.length === 0) throw new Error('decode() first');
}

window.formCoachBench = {
  async init(model) {
    const info = await connection.api.init({ model, delegate: 'auto', numPoses: 1, assets: detectorAssets(model) });
    if (status) status.textContent = 'ready';
    return info;
  },

  async decode(count, fps) {
    const file = input?.files?.[0];
    if (!file || !video) throw new Error('no clip chosen');
    const url = URL.createObjectURL(file);
    try {
      await loadVideo(video, url);
      for (const bitmap of decoded) bitmap.close();
      decoded = [];
      for (let i = 0; i < count; i++) {
        const time = (i / fps) % video.duration;
        await new Promise<void>((resolve) => {
          video.addEventListener('seeked', () => resolve(), { once: true });
          video.currentTime = time;
        });
        decoded.push(await captureFrame(video));
      }
      const first = decoded[0];
      return { width: first?.width ?? 0, height: first?.height ?? 0 };
    } finally {
      video.removeAttribute('src');
      URL.revokeObjectURL(url);
    }
  },

  async bareModel(frames) {
    ready();
    await connection.api.reset();
    const inferenceMs: number[] = [];
    const started = performance.now();
    for (let i = 0; i < frames; i++) {
      const copy = await createImageBitmap(decoded[i % decoded.length] as ImageBitmap);
      clockMs += FRAME_MS;
      const result = await connection.api.detect(copy, clockMs);
      inferenceMs.push(result.inferenceMs);
    }
    return { inferenceMs, wallMs: performance.now() - started };
  },

  async floor(width, height) {
    if (!video || !canvas) throw new Error('the page is incomplete');
    video.style.width = `${width}px`;
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
    await video.play();
    canvas.width = width;
    canvas.height = height;
    canvas.style.cssText = 'position: absolute; left: 0; top: 0';
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    let t = 0;
    const draw = (): void => {
      t++;
      context.clearRect(0, 0, width, height);
      context.lineWidth = 4;
      context.strokeStyle = '#fff';
      context.beginPath();
      for (let i = 0; i < 35; i++) {
        const x = (Math.sin(i + t / 30) * 0.4 + 0.5) * width;
        const y = (Math.cos(i * 1.7 + t / 30) * 0.4 + 0.5) * height;
        context.moveTo(x, y);
        context.lineTo(x + 40, y + 30);
      }
      context.stroke();
      video.requestVideoFrameCallback(draw);
    };
    video.requestVideoFrameCallback(draw);
  },

  async fileAnalysis(decode, seconds, framesInFlight) {
    const file = input?.files?.[0];
    if (!file || !video) throw new Error('no clip chosen');
    if (crashed) throw new Error(crashed);
    const url = URL.createObjectURL(file);
    try {
      await loadVideo(video, url);
      const client = new DetectorClient(connection.api, { onResult: () => undefined, onError: () => undefined });
      let inferenceMs = 0;
      const started = performance.now();
      const analysis = await analyseFile(
        video,
        file,
        client,
        {
          ratePerSecond: FILE_ANALYSIS_RATE,
          endS: seconds,
          ...(framesInFlight === undefined ? {} : { framesInFlight }),
          onFrame: (result) => (inferenceMs += result.inferenceMs),
        },
        decode,
      );
      // A clip that broke off part-way would score a partial count as if whole.
      if (analysis.broken) throw new Error(`${file.name}: ${describeBreak(analysis.broken)}`);
      return {
        frames: analysis.frames,
        wallMs: performance.now() - started,
        inferenceMs,
        decodedWith: describeDecodePath(analysis.path),
        width: video.videoWidth,
        height: video.videoHeight,
      };
    } finally {
      video.removeAttribute('src');
      URL.revokeObjectURL(url);
    }
  },

  pipeline(frames, exerciseId) {
    ready();
    const exercise = findExercise(exerciseId);
    const context = canvas?.getContext('2d');
    if (!exercise || !canvas || !context) throw new Error(`cannot run the pipeline for "${exerciseId}"`);
    const coach = new Coach(exercise);
    const mainMs: number[] = [];
    return new Promise<PipelineRun>((resolve, reject) => {
      let offered = 0;
      let analysed = 0;
      let started = 0;
      // The camera here is faster than the model: a frame is always waiting when the worker frees.
      const offerNext = async (): Promise<void> => {
        const source = decoded[offered % decoded.length] as ImageBitmap;
        offered++;
        const frame = await captureFrame(source);
        clockMs += FRAME_MS;
        client.offer(frame, clockMs);
      };
      const onResult = (result: DetectionResult): void => {
        const begun = performance.now();
        const update = coach.update(result);
        context.clearRect(0, 0, canvas.width, canvas.height);
        const pose = result.poses[0];
        if (pose) {
          const picture = containRect(result.imageWidth, result.imageHeight, canvas.width, canvas.height);
          drawSkeleton(context, pose, picture, true);
          drawCoaching(context, pose, picture, true, [], update.faultyJoints);
        }
        analysed++;
        if (analysed === 1) started = performance.now(); // the first frame warms the pipeline up
        if (analysed > frames) {
          resolve({ frames: analysed - 1, wallMs: performance.now() - started, mainMs });
          return;
        }
        const next = offerNext();
        mainMs.push(performance.now() - begun);
        next.catch(reject);
      };
      const client = new DetectorClient(connection.api, { onResult, onError: reject });
      void client
        .reset()
        .then(() => Promise.all([offerNext(), offerNext()]))
        .catch(reject);
    });
  },
};
