import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import type { PoseFrame } from '../../pose/types';
import { describeDecodePath } from '../sources/decode-path';
import { describeBreak } from '../sources/file-break';
import { PlaybackPoses } from '../sources/playback-poses';
import { FILE_ANALYSIS_RATE, analyseFile, loadVideo } from '../sources/video-file';
import type { FileProgress } from '../time-left';

export { FILE_ANALYSIS_RATE };

/** The abort reason that keeps what was analysed (Cancel), unlike a stop or another file. */
const CANCELLED = 'cancelled';

/**
 * Owns one video file at a time: its object URL in the stage's video element, its analysis
 * (WebCodecs where the browser can, seeking where not; abortable, with progress and the time
 * left) and the playback that follows it. Always releases the URL and the element when stopped
 * or when its host leaves the page.
 */
export class VideoFileController implements ReactiveController {
  name = '';
  /** The analysis while it runs: frames done of the total, since `startedMs` (performance.now). */
  progress: FileProgress | null = null;
  /** How the file was read (“Decoded with WebCodecs”, …), from the start of its analysis until stop. */
  decodedWith = '';
  /**
   * Why the analysis stopped before the video's end, and where (the file broke off, or stopped
   * decoding); empty when it reached the end. What came before is kept, like after Cancel.
   */
  stoppedEarly = '';
  private file: File | null = null;
  private video: HTMLVideoElement | null = null;
  private url = '';
  private run: AbortController | null = null;
  private playback: { results: PlaybackPoses; handle: number } | null = null;

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
    this.file = file;
    this.video = video;
    this.url = URL.createObjectURL(file);
    await loadVideo(video, this.url);
  }

  /**
   * Analyses the loaded video at the fixed rate, each frame to `onFrame` as it comes. Resolves with
   * what playback needs of every analysed frame — all of them, or those before Cancel or before
   * the file broke off or stalled (`stoppedEarly` says where) — or null when stopped or replaced
   * meanwhile.
   */
  async analyse(client: DetectorClient, onFrame: (result: DetectionResult) => void): Promise<PlaybackPoses | null> {
    const { video, file } = this;
    if (!video || !file) return null;
    const run = new AbortController();
    this.run = run;
    const startedMs = performance.now();
    this.progress = { done: 0, total: 0, startedMs };
    this.host.requestUpdate();
    // Only what playback draws is kept of each frame: a long video's full results would not fit.
    const results = new PlaybackPoses();
    const analysis = await analyseFile(video, file, client, {
      ratePerSecond: FILE_ANALYSIS_RATE,
      signal: run.signal,
      onPath: (path) => {
        this.decodedWith = describeDecodePath(path);
        this.host.requestUpdate();
      },
      onFrame: (result, index, total) => {
        this.progress = { done: index + 1, total, startedMs };
        results.push(result);
        onFrame(result);
      },
    });
    if (run.signal.aborted && run.signal.reason !== CANCELLED) return null;
    this.stoppedEarly = analysis.broken ? describeBreak(analysis.broken) : '';
    this.run = null;
    this.progress = null;
    this.host.requestUpdate();
    return results;
  }

  /** Stops the analysis but keeps what was analysed: the summary and playback cover it. */
  cancel(): void {
    this.run?.abort(CANCELLED);
  }

  /** After analysis the video plays with what was analysed following it (`onIndex`: the frame shown). */
  play(results: PlaybackPoses, onIndex: (index: number, pose: PoseFrame) => void): void {
    const video = this.video;
    if (!video) return;
    video.controls = true;
    video.currentTime = 0;
    const follow = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (this.playback?.results !== results) return;
      const index = Math.min(results.length - 1, Math.floor(metadata.mediaTime * FILE_ANALYSIS_RATE));
      const result = results.at(index);
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
    this.decodedWith = '';
    this.stoppedEarly = '';
    const video = this.video;
    if (video) {
      if (this.playback) video.cancelVideoFrameCallback(this.playback.handle);
      video.pause();
      video.controls = false;
      video.removeAttribute('src');
    }
    this.file = null;
    this.video = null;
    this.playback = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.host.requestUpdate();
  }
}
