import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult, ModelVariant } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { AdaptiveQuality, MIN_ANALYSED_FPS, type QualityStep } from '../adaptive-quality';
import type { PoseFrame } from '../../pose/types';
import { detectorProblem, fileProblem, type Problem } from '../problems';
import { RateMeter } from '../rate-meter';
import type { FileProgress } from '../time-left';
import { captureFrame } from '../sources/capture';
import { describeDecodePath } from '../sources/decode-path';
import { LiveFrames } from '../sources/live-frames';
import { PlaybackPoses } from '../sources/playback-poses';
import { FILE_ANALYSIS_RATE, UnreadableFileError, analyseFile, loadVideo } from '../sources/video-file';
import { CameraController } from './camera-controller';
import { DetectorController } from './detector-controller';

export type Source = 'none' | 'camera' | 'video' | 'photo';

export { FILE_ANALYSIS_RATE };

export interface PipelineHost extends ReactiveControllerHost {
  /** The stage's video element, once the stage is on the page. */
  stageVideo(): Promise<HTMLVideoElement>;
}

export interface PipelineListener {
  /** Every analysed frame, in order (live, or a file as it is analysed). */
  readonly onResult: (result: DetectionResult) => void;
  /** A file's playback reached analysed frame `index`. */
  readonly onPlayback: (index: number) => void;
  /** The source stopped by itself (a problem) or the file's analysis finished. */
  readonly onEnded: (reason: 'problem' | 'analysed') => void;
  /** Live analysis fell behind and a lighter model took over (for the person's settings). */
  readonly onModelAdapted?: (model: ModelVariant) => void;
}

/** The abort reason of a file analysis the person cancelled (others are stops). */
const CANCELLED = 'cancelled';

/** How often the status line's rate and timing change: often enough to read, rarely enough to be cheap. */
const STATUS_EVERY_MS = 500;

const MODEL_NAMES: Readonly<Record<ModelVariant, string>> = { lite: 'Lite', full: 'Full', heavy: 'Heavy' };

/**
 * The camera-or-file → worker → results pipeline: which source runs, the detector and camera it
 * needs, file analysis and playback, the live rate, and every problem on the way.
 */
export class PipelineController implements ReactiveController {
  source: Source = 'none';
  problem: Problem | null = null;
  model: ModelVariant = 'lite';
  fileName = '';
  photoUrl = '';
  /** A file's analysis while it runs: frames done of the total, since `startedMs` (performance.now). */
  fileProgress: FileProgress | null = null;
  /** How the file was read (“Decoded with WebCodecs”, …), from the start of its analysis until stop. */
  decodedWith = '';
  pose: PoseFrame | null = null;
  fps = 0;
  inferenceMs = 0;
  /** Step down to a lighter model or a smaller picture when live analysis falls behind. */
  adapt = true;
  /** What the app changed by itself, and why (shown until the person stops or chooses). */
  notice = '';

  readonly detector: DetectorController;
  readonly camera: CameraController;
  private readonly rate = new RateMeter();
  private readonly quality = new AdaptiveQuality({ model: 'lite', inputWidth: 1280 });
  private statusShownMs = 0;
  private live: LiveFrames | null = null;
  private fileRun: AbortController | null = null;
  private playback: { results: PlaybackPoses; handle: number } | null = null;
  /** The stage's video while a camera or file plays in it. */
  private video: HTMLVideoElement | null = null;
  private objectUrl = '';

  constructor(
    private readonly host: PipelineHost,
    private readonly listener: PipelineListener,
  ) {
    host.addController(this);
    this.detector = new DetectorController(host, {
      onResult: (result) => this.show(result),
      onError: (error) => this.failDetector(error),
    });
    this.camera = new CameraController(host, (problem) => this.stopWith(problem));
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  async startCamera(deviceId?: string): Promise<void> {
    this.stop();
    this.problem = null;
    this.source = 'camera';
    this.host.requestUpdate();
    const [stream, client] = await Promise.all([this.camera.start(deviceId), this.detector.load(this.model)]);
    if (!stream) {
      this.stopWith(this.camera.problem);
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const video = await this.host.stageVideo();
    this.video = video;
    video.srcObject = stream;
    await video.play();
    await client.reset(); // a new source: tracking starts afresh
    this.quality.restart({ model: this.model, inputWidth: this.camera.width });
    this.startLive(video, client);
  }

  /**
   * Uses `model` from now on. With the camera running, the new model takes over at once, without
   * restarting the camera or the set: the coach keeps what it has counted.
   */
  async useModel(model: ModelVariant): Promise<void> {
    this.model = model;
    this.notice = '';
    const video = this.video;
    if (!video || !this.isLive(video)) return;
    this.live?.stop();
    this.live = null;
    this.host.requestUpdate();
    const client = await this.detector.load(model);
    if (!this.isLive(video)) return; // stopped, or another source, meanwhile
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    await client.reset();
    this.quality.restart({ model, inputWidth: this.camera.width });
    this.startLive(video, client);
  }

  /** The camera still plays into `video` (nothing stopped or replaced it). */
  private isLive(video: HTMLVideoElement): boolean {
    return this.source === 'camera' && this.video === video;
  }

  private startLive(video: HTMLVideoElement, client: DetectorClient): void {
    this.live = new LiveFrames(
      video,
      client,
      (error) => this.failDetector(error),
      (nowMs) => this.quality.frameArrived(nowMs),
    );
    this.live.start();
  }

  /** Live analysis fell behind: takes the step, and says what it did and why. */
  private async stepDown(step: QualityStep): Promise<void> {
    const fps = this.quality.analysedFps.toFixed(0);
    const why = `Analysis ran at ${fps} frames a second (under ${MIN_ANALYSED_FPS}, too few to follow movement well)`;
    if (step.kind === 'model') {
      await this.useModel(step.model);
      this.notice = `${why}, so Form Coach switched to the ${MODEL_NAMES[step.model]} model. You can choose the model yourself, and turn this off, beside “Pose model”.`;
      this.listener.onModelAdapted?.(step.model);
    } else {
      await this.camera.setWidth(step.width);
      this.notice = `${why}, so Form Coach asked the camera for a smaller picture (${step.width} pixels wide).`;
    }
    this.host.requestUpdate();
  }

  async openFile(file: File): Promise<void> {
    this.stop();
    this.problem = null;
    this.fileName = file.name;
    if (file.type.startsWith('image/')) {
      await this.openPhoto(file);
      return;
    }
    this.source = 'video';
    this.host.requestUpdate();
    const video = await this.host.stageVideo();
    this.video = video;
    this.objectUrl = URL.createObjectURL(file);
    const [loadError, client] = await Promise.all([
      loadVideo(video, this.objectUrl).then(
        () => null,
        (error: unknown) => error,
      ),
      this.detector.load(this.model),
    ]);
    if (loadError) {
      this.stopWith(this.fileFailure(file.name, loadError) ?? detectorProblem(loadError));
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const run = new AbortController();
    this.fileRun = run;
    const startedMs = performance.now();
    this.fileProgress = { done: 0, total: 0, startedMs };
    // Only what playback draws is kept of each frame: a long video's full results would not fit.
    const results = new PlaybackPoses();
    try {
      await analyseFile(video, file, client, {
        ratePerSecond: FILE_ANALYSIS_RATE,
        signal: run.signal,
        onPath: (path) => (this.decodedWith = describeDecodePath(path)),
        onFrame: (result, index, total) => {
          this.fileProgress = { done: index + 1, total, startedMs };
          results.push(result);
          this.show(result);
        },
      });
      // Stopped: nothing more to do. Cancelled: what was analysed is kept and played back.
      if (run.signal.aborted && run.signal.reason !== CANCELLED) return;
      this.fileRun = null;
      this.fileProgress = null;
      this.startPlayback(video, results);
      this.listener.onEnded('analysed');
    } catch (error) {
      if (!run.signal.aborted) this.stopWith(this.fileFailure(file.name, error) ?? detectorProblem(error));
    }
  }

  private async openPhoto(file: File): Promise<void> {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      this.stopWith(fileProblem(file.name, 'is not an image this browser can read'));
      return;
    }
    this.objectUrl = URL.createObjectURL(file);
    this.photoUrl = this.objectUrl;
    this.source = 'photo';
    this.host.requestUpdate();
    const client = await this.detector.load(this.model);
    if (!client) {
      bitmap.close();
      this.stopWith(this.detectorFailure());
      return;
    }
    try {
      await client.reset();
      this.show(await client.detect(await captureFrame(bitmap), 0));
    } finally {
      bitmap.close();
    }
  }

  /** Stops a file's analysis but keeps what was analysed: the summary and playback cover it. */
  cancelAnalysis(): void {
    this.fileRun?.abort(CANCELLED);
  }

  /** After analysis the video plays with what was analysed following it. */
  private startPlayback(video: HTMLVideoElement, results: PlaybackPoses): void {
    video.controls = true;
    video.currentTime = 0;
    const follow = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (this.playback?.results !== results) return;
      const index = Math.min(results.length - 1, Math.floor(metadata.mediaTime * FILE_ANALYSIS_RATE));
      const result = results.at(index);
      if (result) {
        this.pose = result;
        this.listener.onPlayback(index);
        this.host.requestUpdate();
      }
      this.playback.handle = video.requestVideoFrameCallback(follow);
    };
    this.playback = { results, handle: video.requestVideoFrameCallback(follow) };
  }

  /** Stops whatever runs and releases the camera; the page goes back to choosing a source. */
  stop(): void {
    this.live?.stop();
    this.live = null;
    this.fileRun?.abort();
    this.fileRun = null;
    this.fileProgress = null;
    this.decodedWith = '';
    this.notice = '';
    const video = this.video;
    if (video) {
      if (this.playback) video.cancelVideoFrameCallback(this.playback.handle);
      video.pause();
      video.controls = false;
      video.srcObject = null;
      video.removeAttribute('src');
    }
    this.video = null;
    this.playback = null;
    this.camera.stop();
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = '';
    this.photoUrl = '';
    this.pose = null;
    this.rate.reset();
    this.fps = 0;
    this.source = 'none';
    this.host.requestUpdate();
  }

  private stopWith(problem: Problem | null): void {
    this.stop();
    this.problem = problem;
    this.listener.onEnded('problem');
  }

  private show(result: DetectionResult): void {
    this.pose = result;
    const now = performance.now();
    this.rate.tick(now);
    // The status line's numbers change twice a second, not every frame: each change costs a layout.
    if (now - this.statusShownMs >= STATUS_EVERY_MS) {
      this.statusShownMs = now;
      this.fps = this.rate.perSecond;
      this.inferenceMs = result.inferenceMs;
    }
    if (this.source === 'camera' && this.adapt) {
      const step = this.quality.frameAnalysed(now);
      if (step) void this.stepDown(step);
    }
    this.listener.onResult(result);
    this.host.requestUpdate();
  }

  private failDetector(error: unknown): void {
    this.detector.fail(error);
    this.stopWith(this.detectorFailure());
  }

  private detectorFailure(): Problem {
    const status = this.detector.status;
    return status.state === 'failed' ? status.problem : detectorProblem(new Error('The pose model is not ready'));
  }

  private fileFailure(name: string, error: unknown): Problem | null {
    return error instanceof UnreadableFileError ? fileProblem(name, error.message) : null;
  }
}
