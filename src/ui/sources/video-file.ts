import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';

/** Why a file could not be opened, in words that finish the sentence “<name> …”. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** Loads a video file into `video`; rejects with {@link UnreadableFileError} if it can't play. */
export async function loadVideo(video: HTMLVideoElement, url: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      video.removeEventListener('loadeddata', onLoaded);
      video.removeEventListener('error', onError);
    };
    const onLoaded = () => {
      cleanup();
      resolve();
    };
    const onError = () => {
      cleanup();
      const code = video.error?.code;
      reject(
        new UnreadableFileError(
          code === MediaError.MEDIA_ERR_DECODE
            ? 'is damaged: the browser could not decode it'
            : 'is not a video this browser can play',
        ),
      );
    };
    video.addEventListener('loadeddata', onLoaded);
    video.addEventListener('error', onError);
    video.src = url;
    video.load();
  });
  if (!(video.duration > 0) || !Number.isFinite(video.duration)) {
    throw new UnreadableFileError('has no length the browser can read');
  }
  if (video.videoWidth === 0) throw new UnreadableFileError('has no picture (audio only?)');
}

export interface VideoAnalysisOptions {
  /** Frames analysed per second of video: fixed, so any machine gets the same result. */
  readonly ratePerSecond: number;
  readonly startS?: number;
  readonly endS?: number;
  readonly signal?: AbortSignal;
  readonly onFrame?: (result: DetectionResult, index: number, total: number) => void;
}

/** The times (s) analysed in [start, end): the middle of each 1/rate slot, clear of frame edges. */
export function analysisTimes(
  durationS: number,
  { ratePerSecond, startS = 0, endS = durationS }: VideoAnalysisOptions,
): number[] {
  const end = Math.min(endS, durationS);
  const count = Math.max(0, Math.floor((end - startS) * ratePerSecond + 1e-6));
  return Array.from({ length: count }, (_, i) => startS + (i + 0.5) / ratePerSecond);
}

/**
 * Analyses a loaded video frame by frame: seek, capture, detect, at a fixed rate, waiting for each
 * frame however long it takes. Detector timestamps are the analysed times, so tracking and
 * smoothing see the real motion. Stops early (resolving with what it has) when `signal` aborts.
 */
export async function analyseVideo(
  video: HTMLVideoElement,
  client: DetectorClient,
  options: VideoAnalysisOptions,
): Promise<DetectionResult[]> {
  const times = analysisTimes(video.duration, options);
  const results: DetectionResult[] = [];
  await client.reset();
  for (const [index, time] of times.entries()) {
    if (options.signal?.aborted) break;
    await seek(video, time);
    const result = await client.detect(await captureFrame(video), time * 1000);
    results.push(result);
    options.onFrame?.(result, index, times.length);
  }
  return results;
}

/**
 * Chromium fires `seeked` before the new frame is always what a capture gets (now and then the
 * previous frame came back, and the analysis differed between two runs). A video frame callback
 * fires once the sought frame is presented, even when it is the same frame; a short timeout covers
 * browsers that skip it (a hidden tab).
 */
const PRESENT_TIMEOUT_MS = 250;

function seek(video: HTMLVideoElement, timeS: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seeked = false;
    let presented = false;
    let timer = 0;
    const handle = video.requestVideoFrameCallback(() => {
      presented = true;
      if (seeked) finish();
    });
    const finish = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      video.cancelVideoFrameCallback(handle);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('error', onError);
    };
    const onSeeked = () => {
      seeked = true;
      if (presented) finish();
      else timer = window.setTimeout(finish, PRESENT_TIMEOUT_MS);
    };
    const onError = () => {
      cleanup();
      reject(new UnreadableFileError('is damaged: the browser could not decode it'));
    };
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('error', onError);
    video.currentTime = timeS;
  });
}
