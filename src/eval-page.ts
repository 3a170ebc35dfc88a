/**
 * The evaluation page (eval.html): the app's own pipeline — the pose worker, the fixed-rate video
 * analysis and the coaching engine — without the UI, for `npm run eval` to drive clip by clip.
 * One worker serves every clip; each clip starts with the detector's tracking reset. Photos go
 * the way the app's photo mode takes them: a still scene, placed by `placeStill`.
 */
import { Coach } from './coach/coach';
import { countOf } from './coach/count';
import { connectDetector } from './detection/connect-detector';
import type { DetectionResult, DetectorInfo, ModelVariant } from './detection/detector-api';
import { DetectorClient } from './detection/detector-client';
import { detectorAssets } from './detection/model-assets';
import { placeStill, positionOf, stillSentence, type Position } from './coach/still';
import { findExercise } from './exercises';
import { makeTrace, type PoseTrace } from './pose/trace';
import { describeDecodePath } from './ui/sources/decode-path';
import { describeBreak } from './ui/sources/file-break';
import { detectStill } from './ui/sources/still-scene';
import { captureFrame } from './ui/sources/capture';
import { analyseFile, loadVideo } from './ui/sources/video-file';

export interface EvalRequest {
  readonly exercise: string;
  readonly ratePerSecond: number;
  readonly startS?: number;
  readonly endS?: number;
  /** Also return the landmark trace (for replay in tests). */
  readonly withTrace?: boolean;
  /** `seek`: the seek path even where WebCodecs could decode (to compare the two). */
  readonly decode?: 'auto' | 'seek';
}

export interface EvalResponse {
  readonly counted: { readonly reps: number; readonly holds: number; readonly cycles: number };
  readonly sides: { readonly left: number; readonly right: number } | null;
  /** Every hold, with its side: the runner counts those reaching the manifest's minimum. */
  readonly holds: readonly { readonly side: 'left' | 'right' | null; readonly heldMs: number }[];
  readonly cues: readonly { readonly id: string; readonly tS: number }[];
  readonly frames: number;
  readonly trackableFrames: number;
  /** Frames analysed per second of wall time. */
  readonly analysedFps: number;
  /** The analysis's wall time, and the model's own share of it (detectForVideo, summed). */
  readonly analysisS: number;
  readonly inferenceS: number;
  readonly durationS: number;
  /** Which path read the file, in the app's words (“Decoded with WebCodecs”, …). */
  readonly decodedWith: string;
  readonly trace?: PoseTrace;
}

/** Where the chosen photo places the person, as the app's photo mode says it. */
export interface PlaceResponse {
  /** Null when the coach is not sure (it says why in `sentence`). */
  readonly position: Position | null;
  readonly sentence: string;
  /** Frames of the still scene where the pose model found the person. */
  readonly foundFrames: number;
  readonly frames: number;
  /** The still scene's landmarks, when asked for (to replay in tests). */
  readonly trace?: PoseTrace;
}

/** The bare model on frames of the chosen clip: nothing but `detectForVideo`, one frame at a time. */
export interface BareModelResponse {
  readonly frames: number;
  /** detectForVideo's own time, summed. */
  readonly inferenceS: number;
  /** This measurement's wall time (taken out of the run's overhead). */
  readonly wallS: number;
}

export interface EvalApi {
  /** `assist` false: without the detection assist (to measure what it costs or brings). */
  init(model: ModelVariant, assist?: boolean): Promise<DetectorInfo>;
  /**
   * The bare model's rate now, on `frames` inferences over a few pictures of the chosen clip at
   * analysis size: the runner compares the clip's analysis with it (the machine's load changes
   * over a run, so each clip gets its own).
   */
  bareModel(frames: number): Promise<BareModelResponse>;
  run(request: EvalRequest): Promise<EvalResponse>;
  /** The chosen file is a photo: shown as a still scene, and the person placed in `exercise`. */
  place(exercise: string, withTrace?: boolean): Promise<PlaceResponse>;
}

declare global {
  interface Window {
    formCoachEval: EvalApi;
    /** Exposed by the runner to hear progress. */
    formCoachEvalProgress?: (done: number, total: number) => void;
  }
}

const input = document.querySelector<HTMLInputElement>('#clip');
const video = document.querySelector<HTMLVideoElement>('#video');
const status = document.querySelector('#status');
let crashed = '';
const connection = connectDetector((message) => (crashed = message));
let client: DetectorClient | null = null;
let model: ModelVariant = 'lite';
/** Pictures of a clip the bare model cycles through (spread over the clip: the person in view). */
const BARE_PICTURES = 6;

window.formCoachEval = {
  async init(variant, assist = true) {
    model = variant;
    const info = await connection.api.init({
      model,
      delegate: 'auto',
      numPoses: 1,
      assets: detectorAssets(model),
      ...(assist ? {} : { assist: false }),
    });
    client = new DetectorClient(connection.api, { onResult: () => undefined, onError: () => undefined });
    if (status) status.textContent = 'ready';
    return info;
  },

  async bareModel(frames) {
    const file = input?.files?.[0];
    if (!client || !video) throw new Error(crashed || 'init() first');
    if (!file) throw new Error('no clip chosen');
    const started = performance.now();
    const url = URL.createObjectURL(file);
    const pictures: ImageBitmap[] = [];
    try {
      await loadVideo(video, url);
      for (let i = 0; i < BARE_PICTURES; i++) {
        await new Promise<void>((resolve) => {
          video.addEventListener('seeked', () => resolve(), { once: true });
          video.currentTime = ((i + 0.5) / BARE_PICTURES) * video.duration;
        });
        pictures.push(await captureFrame(video));
      }
      await client.reset();
      let inferenceMs = 0;
      for (let i = 0; i < frames; i++) {
        const picture = pictures[i % pictures.length];
        if (!picture) break;
        const result = await client.detect(await createImageBitmap(picture), (i * 1000) / 30);
        inferenceMs += result.inferenceMs;
      }
      return { frames, inferenceS: inferenceMs / 1000, wallS: (performance.now() - started) / 1000 };
    } finally {
      for (const picture of pictures) picture.close();
      video.removeAttribute('src');
      URL.revokeObjectURL(url);
    }
  },

  async run(request) {
    const exercise = findExercise(request.exercise);
    const file = input?.files?.[0];
    if (!exercise) throw new Error(`exercise "${request.exercise}" is not registered`);
    if (!client || !video) throw new Error(crashed || 'init() first');
    if (!file) throw new Error('no clip chosen');
    const url = URL.createObjectURL(file);
    try {
      await loadVideo(video, url);
      const coach = new Coach(exercise);
      const results: DetectionResult[] = [];
      let inferenceMs = 0;
      const started = performance.now();
      const analysis = await analyseFile(
        video,
        file,
        client,
        {
          ratePerSecond: request.ratePerSecond,
          ...(request.startS === undefined ? {} : { startS: request.startS }),
          ...(request.endS === undefined ? {} : { endS: request.endS }),
          onFrame: (result, index, total) => {
            inferenceMs += result.inferenceMs;
            coach.update(result);
            if (request.withTrace) results.push(result);
            window.formCoachEvalProgress?.(index + 1, total);
          },
        },
        request.decode ?? 'auto',
      );
      // A clip that broke off part-way would score a partial count as if whole.
      if (analysis.broken) throw new Error(`${file.name}: ${describeBreak(analysis.broken)}`);
      const elapsedS = (performance.now() - started) / 1000;
      const summary = coach.finish();
      const startS = request.startS ?? 0;
      const durationS = Math.min(request.endS ?? video.duration, video.duration) - startS;
      return {
        counted: { reps: summary.counts.reps, holds: summary.counts.holds, cycles: summary.counts.cycles },
        sides:
          summary.counts.left && summary.counts.right
            ? {
                left: countOf(exercise, summary.counts, 'left'),
                right: countOf(exercise, summary.counts, 'right'),
              }
            : null,
        holds: summary.holds.map((hold) => ({ side: hold.side, heldMs: hold.heldMs })),
        cues: summary.cues.map((cue) => ({ id: cue.id, tS: cue.timeMs / 1000 })),
        frames: summary.frames,
        trackableFrames: summary.trackableFrames,
        analysedFps: summary.frames / elapsedS,
        analysisS: elapsedS,
        inferenceS: inferenceMs / 1000,
        durationS,
        decodedWith: describeDecodePath(analysis.path),
        ...(request.withTrace
          ? { trace: makeTrace(results, { source: file.name, model, exercise: exercise.id }) }
          : {}),
      };
    } finally {
      video.removeAttribute('src');
      URL.revokeObjectURL(url);
    }
  },

  async place(exerciseId, withTrace = false) {
    const exercise = findExercise(exerciseId);
    const file = input?.files?.[0];
    if (!exercise) throw new Error(`exercise "${exerciseId}" is not registered`);
    if (!client) throw new Error(crashed || 'init() first');
    if (!file) throw new Error('no photo chosen');
    let picture: ImageBitmap;
    try {
      picture = await createImageBitmap(file);
    } catch {
      throw new Error('not an image this browser can read');
    }
    try {
      const results = (await detectStill(client, picture)) ?? [];
      const verdict = placeStill(exercise, results);
      return {
        position: positionOf(verdict),
        sentence: stillSentence(exercise, verdict),
        foundFrames: results.filter((result) => result.poses.length > 0).length,
        frames: results.length,
        ...(withTrace ? { trace: makeTrace(results, { source: file.name, model, exercise: exercise.id }) } : {}),
      };
    } finally {
      picture.close();
    }
  },
};
