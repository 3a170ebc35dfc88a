import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';
import type { DecodePath } from './decode-path';
import { analyseDecoded, openDecodable, shownColorSpace } from './webcodecs-file';

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

/** Frames per second analysed in a video file in the app: fixed, so every machine gets the same result. */
export const FILE_ANALYSIS_RATE = 30;

export interface VideoAnalysisOptions {
  /** Frames analysed per second of video: fixed, so any machine gets the same result. */
  readonly ratePerSecond: number;
  readonly startS?: number;
  readonly endS?: number;
  readonly signal?: AbortSignal;
  readonly onFrame?: (result: DetectionResult, index: number, total: number) => void;
  /** Which path reads the file, once chosen (before the first frame). */
  readonly onPath?: (path: DecodePath) => void;
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

export interface FileAnalysis {
  /** How the file was read: decoded straight through, or seeked frame by frame. */
  readonly path: DecodePath;
  /** Frames analysed (fewer than asked when the run was aborted). */
  readonly frames: number;
}

/**
 * Analyses a recorded video at a fixed rate: decoded with WebCodecs where the browser can decode
 * the file, else seeked frame by frame in `video` (which must hold the file, loaded with
 * {@link loadVideo}: its duration fixes the analysed times for both paths, so they analyse the
 * same frames). Results go to `onFrame` in order and are not kept here: what to keep of each
 * frame is the caller's choice (a long video must not hold every landmark). Stops early,
 * resolving with what it did, when `signal` aborts.
 */
export async function analyseFile(
  video: HTMLVideoElement,
  file: Blob,
  client: DetectorClient,
  options: VideoAnalysisOptions,
  /** Force a path (benchmarks and tests compare the two); by default WebCodecs where possible. */
  prefer: 'auto' | 'seek' = 'auto',
): Promise<FileAnalysis> {
  const times = analysisTimes(video.duration, options);
  await client.reset();
  const decodable = prefer === 'seek' ? null : await openDecodable(file);
  if (decodable && decodable.path.kind === 'webcodecs' && 'track' in decodable) {
    options.onPath?.(decodable.path);
    let analysed = 0;
    try {
      const frames = await analyseDecoded(decodable.track, times, client, {
        colorSpace: shownColorSpace(video),
        ...(options.signal ? { signal: options.signal } : {}),
        onFrame: (result, index, total) => {
          analysed++;
          options.onFrame?.(result, index, total);
        },
      });
      return { path: decodable.path, frames };
    } catch (error) {
      // A decoder that fails on the first frame (a profile it claimed but cannot do) leaves the
      // seek path to try; a failure after frames were analysed is a damaged file.
      if (analysed > 0) throw new UnreadableFileError('is damaged: the browser could not decode it');
      const reason = `decoding failed (${error instanceof Error ? error.message : String(error)})`;
      await client.reset();
      const path: DecodePath = { kind: 'seek', reason };
      options.onPath?.(path);
      return { path, frames: await seekThrough(video, client, times, options) };
    } finally {
      decodable.input.dispose();
    }
  }
  const path: DecodePath = decodable?.path ?? { kind: 'seek', reason: 'the seek path was asked for' };
  options.onPath?.(path);
  return { path, frames: await seekThrough(video, client, times, options) };
}

/**
 * The seek path: seek, capture, detect, for each time, waiting for each frame however long it
 * takes. Detector timestamps are the analysed times, so tracking and smoothing see the real motion.
 */
async function seekThrough(
  video: HTMLVideoElement,
  client: DetectorClient,
  times: readonly number[],
  options: VideoAnalysisOptions,
): Promise<number> {
  let analysed = 0;
  for (const [index, time] of times.entries()) {
    if (options.signal?.aborted) break;
    await seek(video, time);
    const result = await client.detect(await captureFrame(video), time * 1000);
    analysed++;
    options.onFrame?.(result, index, times.length);
  }
  return analysed;
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
