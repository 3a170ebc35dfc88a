import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { analyseVideo, loadVideo } from '../sources/video-file';

/** Frames per second analysed in a video file: fixed, so every machine gets the same result. */
export const FILE_ANALYSIS_RATE = 30;

/**
 * Owns one video file at a time: its object URL in the stage's video element, its analysis
 * (abortable, with progress) and the playback that follows it. Always releases the URL and the
 * element when stopped or when its host leaves the page.
 */
export class VideoFileController implements ReactiveController {
  name = '';
  progress: { readonly done: number; readonly total: number } | null = null;
  private video: HTMLVideoElement | null = null;
  private url = '';
  private run: AbortController | null = null;
  private playback: { results: readonly DetectionResult[]; handle: number } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Loads `file` into `video`; rejects with `UnreadableFileError` when the browser can't play it. */
  async load(video: HTMLVideoElement, file: File): Promise<void> {
    this.stop();
    this.name = file.name;
    this.video = video;
    this.url = URL.createObjectURL(file);
    await loadVideo(video, this.url);
  }

  /**
   * Analyses the loaded video at the fixed rate, each frame to `onFrame` as it comes; the results,
   * or null when stopped meanwhile.
   */
  async analyse(client: DetectorClient, onFrame: (result: DetectionResult) => void): Promise<DetectionResult[] | null> {
    const video = this.video;
    if (!video) return null;
    const run = new AbortController();
    this.run = run;
    this.progress = { done: 0, total: 0 };
    this.host.requestUpdate();
    const results = await analyseVideo(video, client, {
      ratePerSecond: FILE_ANALYSIS_RATE,
      signal: run.signal,
      onFrame: (result, index, total) => {
        this.progress = { done: index + 1, total };
        onFrame(result);
      },
    });
    if (run.signal.aborted) return null;
    this.run = null;
    this.progress = null;
    this.host.requestUpdate();
    return results;
  }

  /** After analysis the video plays with what was analysed following it (`onIndex`: the frame shown). */
  play(results: readonly DetectionResult[], onIndex: (index: number, result: DetectionResult) => void): void {
    const video = this.video;
    if (!video) return;
    video.controls = true;
    video.currentTime = 0;
    const follow = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (this.playback?.results !== results) return;
      const index = Math.min(results.length - 1, Math.floor(metadata.mediaTime * FILE_ANALYSIS_RATE));
      const result = results[index];
      if (result) onIndex(index, result);
      this.playback.handle = video.requestVideoFrameCallback(follow);
    };
    this.playback = { results, handle: video.requestVideoFrameCallback(follow) };
  }

  /** True while this file's analysis runs (not stopped, not replaced). */
  get analysing(): boolean {
    return this.run !== null && !this.run.signal.aborted;
  }

  stop(): void {
    this.run?.abort();
    this.run = null;
    this.progress = null;
    const video = this.video;
    if (video) {
      if (this.playback) video.cancelVideoFrameCallback(this.playback.handle);
      video.pause();
      video.controls = false;
      video.removeAttribute('src');
    }
    this.video = null;
    this.playback = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.host.requestUpdate();
  }
}
