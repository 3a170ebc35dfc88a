import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult, ModelVariant } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { AdaptiveQuality, MIN_ANALYSED_FPS, type QualityStep } from '../adaptive-quality';
import type { PoseFrame } from '../../pose/types';
import { FrameWatch } from '../frame-watch';
import { detectorProblem, fileProblem, type Problem } from '../problems';
import { RateMeter } from '../rate-meter';
import { LiveFrames } from '../sources/live-frames';
import { UnreadableFileError } from '../sources/video-file';
import type { FileProgress } from '../time-left';
import { CameraController } from './camera-controller';
import { DetectorController } from './detector-controller';
import { PhotoController } from './photo-controller';
import { VideoFileController } from './video-file-controller';

export type Source = 'none' | 'camera' | 'video' | 'photo';

export interface PipelineHost extends ReactiveControllerHost, HTMLElement {
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
  /** A photo's still scene was analysed (its frames, which went to `onResult` too). */
  readonly onStill?: (scene: readonly DetectionResult[]) => void;
  /** Live analysis fell behind and a lighter model took over (for the person's settings). */
  readonly onModelAdapted?: (model: ModelVariant) => void;
}

/** How often the status line's rate and timing change: often enough to read, rarely enough to be cheap. */
const STATUS_EVERY_MS = 500;

const STALL_CHECK_MS = 500;

const MODEL_NAMES: Readonly<Record<ModelVariant, string>> = { lite: 'Lite', full: 'Full', heavy: 'Heavy' };

/**
 * The camera-or-file → worker → results pipeline: which source runs, the detector and camera it
 * needs, file analysis and playback, the live rate, and every problem on the way.
 */
export class PipelineController implements ReactiveController {
  source: Source = 'none';
  problem: Problem | null = null;
  model: ModelVariant = 'lite';
  pose: PoseFrame | null = null;
  fps = 0;
  inferenceMs = 0;
  /** Step down to a lighter model or a smaller picture when live analysis falls behind. */
  adapt = true;
  /** What the app changed by itself, and why (shown until the person stops or chooses). */
  notice = '';
  /** The camera runs but no picture arrives (muted, or frozen): nothing is analysed meanwhile. */
  stalled = false;

  readonly detector: DetectorController;
  readonly camera: CameraController;
  private readonly file: VideoFileController;
  private readonly photo: PhotoController;
  private readonly rate = new RateMeter();
  private readonly quality = new AdaptiveQuality({ model: 'lite', inputWidth: 1280 });
  private statusShownMs = 0;
  private readonly watch = new FrameWatch();
  /** Checks twice a second whether the camera's pictures still arrive (a frozen one fires nothing). */
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private live: LiveFrames | null = null;
  /**
   * Counts stops: a camera start that awaited (the stream, the picture, the tracker's reset)
   * while it was stopped or started again goes no further, or two live loops would share a video.
   */
  private stops = 0;
  /** The stage's video while a camera or file plays in it. */
  private video: HTMLVideoElement | null = null;

  constructor(
    private readonly host: PipelineHost,
    private readonly listener: PipelineListener,
  ) {
    host.addController(this);
    this.detector = new DetectorController(host, {
      onResult: (result) => this.show(result),
      onError: (error) => this.failDetector(error),
      // The seconds a restarted worker took are not slow analysis: no step down for them.
      onRestarted: () => this.quality.restart(),
    });
    this.camera = new CameraController(
      host,
      (problem) => this.stopWith(problem),
      (muted) => {
        this.watch.setMuted(muted);
        this.checkStall();
      },
    );
    this.file = new VideoFileController(host);
    this.photo = new PhotoController(host);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /**
   * A hidden page is shown no camera frames (the browser stops presenting them), which is not the
   * camera's fault: no "no picture" meanwhile, and frames are awaited afresh on return.
   */
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden' || !this.live) return;
    this.watch.restart(performance.now(), this.camera.muted);
    this.checkStall();
  };

  async startCamera(deviceId?: string): Promise<void> {
    this.stop();
    const run = this.stops;
    this.problem = null;
    this.source = 'camera';
    this.host.requestUpdate();
    const [stream, client] = await Promise.all([this.camera.start(deviceId), this.detector.load(this.model)]);
    if (run !== this.stops) return;
    if (!stream) {
      this.stopWith(this.camera.problem);
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const video = await this.host.stageVideo();
    if (run !== this.stops) return;
    this.video = video;
    video.srcObject = stream;
    try {
      await video.play();
      await client.reset(); // a new source: tracking starts afresh
    } catch (error) {
      // Stopped meanwhile (the picture taken away, the camera retried): not this start's failure.
      if (run !== this.stops) return;
      throw error;
    }
    if (run !== this.stops) return;
    this.quality.restart({ model: this.model, inputWidth: this.camera.width });
    this.startLive(video, client);
    clearInterval(this.watchTimer);
    this.watchTimer = setInterval(() => this.checkStall(), STALL_CHECK_MS);
  }

  /**
   * Uses `model` from now on. With the camera running, the new model takes over at once, without
   * restarting the camera or the set: the coach keeps what it has counted. `notice` says why, when
   * the app chose it (shown at once: the new model can take a while to load).
   */
  async useModel(model: ModelVariant, notice = ''): Promise<void> {
    this.model = model;
    this.notice = notice;
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
      (nowMs) => {
        this.quality.frameArrived(nowMs);
        this.watch.frameArrived(nowMs);
        if (this.stalled) this.checkStall(); // frames are back: say so at once
      },
    );
    // Frames are awaited afresh (a model change paused them; that is not the camera's doing).
    this.watch.restart(performance.now(), this.camera.muted);
    this.live.start();
    this.checkStall();
  }

  /** Whether the camera's pictures stopped or came back; shown, and counted nothing meanwhile. */
  private checkStall(): void {
    if (document.visibilityState === 'hidden') return; // see onVisibility
    const stalled = this.source === 'camera' && this.live !== null && this.watch.stalled(performance.now());
    if (stalled === this.stalled) return;
    this.stalled = stalled;
    if (stalled) this.pose = null; // the skeleton of a frozen picture would claim it still tracks
    this.host.requestUpdate();
  }

  /** Live analysis fell behind: takes the step, and says what it did and why. */
  private async stepDown(step: QualityStep): Promise<void> {
    const fps = this.quality.analysedFps.toFixed(0);
    const why = msg(
      str`Analysis ran at ${fps} frames a second (under ${MIN_ANALYSED_FPS}, too few to follow movement well)`,
    );
    if (step.kind === 'model') {
      await this.useModel(
        step.model,
        msg(
          str`${why}, so Form Coach switched to the ${MODEL_NAMES[step.model]} model. You can choose the model yourself, and turn this off, beside “Pose model”.`,
        ),
      );
      this.listener.onModelAdapted?.(step.model);
    } else {
      await this.camera.setWidth(step.width);
      this.notice = msg(str`${why}, so Form Coach asked the camera for a smaller picture (${step.width} pixels wide).`);
    }
    this.host.requestUpdate();
  }

  async openFile(file: File): Promise<void> {
    this.stop();
    this.problem = null;
    if (file.type.startsWith('image/')) {
      await this.openPhoto(file);
      return;
    }
    this.source = 'video';
    this.host.requestUpdate();
    const video = await this.host.stageVideo();
    this.video = video;
    const [loadError, client] = await Promise.all([
      this.file.load(video, file).then(
        () => null,
        (error: unknown) => error,
      ),
      this.detector.load(this.model),
    ]);
    if (loadError) {
      this.stopWith(this.fileFailure(file.name, loadError));
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    try {
      const results = await this.file.analyse(client, (result) => this.show(result));
      if (!results) return; // stopped, or another file, meanwhile
      this.file.play(results, (index, pose) => {
        this.pose = pose;
        this.listener.onPlayback(index);
        this.host.requestUpdate();
      });
      this.listener.onEnded('analysed');
    } catch (error) {
      if (this.file.analysing) this.stopWith(this.fileFailure(file.name, error)); // else stopped meanwhile
    }
  }

  private async openPhoto(file: File): Promise<void> {
    try {
      await this.photo.open(file);
    } catch (error) {
      this.stopWith(this.fileFailure(file.name, error));
      return;
    }
    this.source = 'photo';
    this.host.requestUpdate();
    const client = await this.detector.load(this.model);
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const scene = await this.photo.detect(client, (result) => this.show(result));
    if (scene) this.listener.onStill?.(scene); // null: the photo was closed meanwhile
  }

  /** The open file's name (video or photo). */
  get fileName(): string {
    return this.source === 'photo' ? this.photo.name : this.source === 'video' ? this.file.name : '';
  }

  get photoUrl(): string {
    return this.photo.url;
  }

  get fileProgress(): FileProgress | null {
    return this.file.progress;
  }

  /** How the open video is read (“Decoded with WebCodecs”, …); empty before it is known. */
  get decodedWith(): string {
    return this.source === 'video' ? this.file.decodedWith : '';
  }

  /** Why the open video's analysis stopped before its end, and where; empty when it did not. */
  get fileStoppedEarly(): string {
    return this.source === 'video' ? this.file.stoppedEarly : '';
  }

  /** Stops a file's analysis but keeps what was analysed: the summary and playback cover it. */
  cancelAnalysis(): void {
    this.file.cancel();
  }

  /** Stops whatever runs and releases the camera; the page goes back to choosing a source. */
  stop(): void {
    this.stops++;
    this.live?.stop();
    this.live = null;
    clearInterval(this.watchTimer);
    this.watchTimer = undefined;
    this.stalled = false;
    this.notice = '';
    if (this.video && this.source === 'camera') {
      this.video.pause();
      this.video.srcObject = null;
    }
    this.video = null;
    this.camera.stop();
    this.file.stop();
    this.photo.stop();
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
    // Frames of a muted or frozen camera are the same picture again: analysed, they would count
    // a person who may have left long ago.
    if (this.source === 'camera' && this.stalled) return;
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

  /** A file the browser cannot read is the file's problem; anything else is the detector's. */
  private fileFailure(name: string, error: unknown): Problem {
    return error instanceof UnreadableFileError ? fileProblem(name, error.message) : detectorProblem(error);
  }
}
