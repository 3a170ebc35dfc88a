import { msg, str } from '@lit/localize';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';
import type { DecodePath } from './decode-path';
import { ABORTED, DecodeStalledError, FILE_STALL_MS, type FileBreak } from './file-break';
import { analyseDecoded, openDecodable, shownColorSpace } from './webcodecs-file';

/** Why a file could not be opened, in words that finish the sentence “<name> …”. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/**
 * Loads a video file into `video`; rejects with {@link UnreadableFileError} if it can't play, or
 * if its first picture has not come after `stallMs` (a file the browser reads but never decodes).
 */
export async function loadVideo(video: HTMLVideoElement, url: string, stallMs = FILE_STALL_MS): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      video.removeAttribute('src'); // stops the browser's reading of it
      reject(
        new UnreadableFileError(
          msg(str`did not load: its first picture had not come after ${Math.round(stallMs / 1000)} s`),
        ),
      );
    }, stallMs);
    const cleanup = () => {
      clearTimeout(timer);
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
            ? msg('is damaged: the browser could not decode it')
            : msg('is not a video this browser can play'),
        ),
      );
    };
    video.addEventListener('loadeddata', onLoaded);
    video.addEventListener('error', onError);
    video.src = url;
    video.load();
  });
  if (!(video.duration > 0) || !Number.isFinite(video.duration)) {
    throw new UnreadableFileError(msg('has no length the browser can read'));
  }
  if (video.videoWidth === 0) throw new UnreadableFileError(msg('has no picture (audio only?)'));
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
  /** No decoded frame or finished seek for this long is a stall (default `FILE_STALL_MS`). */
  readonly stallMs?: number;
  /** Decoded frames with the worker at once (default `FILE_FRAMES_IN_FLIGHT`; the bench compares). */
  readonly framesInFlight?: number;
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
  /** Frames analysed (fewer than asked when the run was aborted or broke off). */
  readonly frames: number;
  /**
   * Why the analysis stopped before the end, and where: the file broke off or stopped decoding.
   * The `frames` before it were analysed (and given to `onFrame`); null when it reached the end.
   */
  readonly broken: FileBreak | null;
}

/**
 * Analyses a recorded video at a fixed rate: decoded with WebCodecs where the browser can decode
 * the file, else seeked frame by frame in `video` (which must hold the file, loaded with
 * {@link loadVideo}: its duration fixes the analysed times for both paths, so they analyse the
 * same frames). Results go to `onFrame` in order and are not kept here: what to keep of each
 * frame is the caller's choice (a long video must not hold every landmark). Stops early,
 * resolving with what it did, when `signal` aborts, and when the file breaks off part-way or stops
 * decoding (see `FileAnalysis.broken`: what came before is not thrown away). Rejects when nothing
 * could be analysed, and when the detector fails.
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
  const stallMs = options.stallMs ?? FILE_STALL_MS;
  // The detector's own failures are not the file's: they are told apart from the decoder's here.
  const detectorFailure: { failed: boolean; error?: unknown } = { failed: false };
  const detector = {
    detect: (frame: Parameters<DetectorClient['detect']>[0], timestampMs: number, depth?: number) =>
      client.detect(frame, timestampMs, depth).catch((error: unknown) => {
        detectorFailure.failed = true;
        detectorFailure.error = error;
        throw error;
      }),
  };
  const decodable = prefer === 'seek' ? null : await openDecodable(file);
  if (decodable && decodable.path.kind === 'webcodecs' && 'track' in decodable) {
    options.onPath?.(decodable.path);
    let analysed = 0;
    try {
      const frames = await analyseDecoded(decodable.track, times, detector, {
        colorSpace: shownColorSpace(video),
        stallMs,
        ...(options.framesInFlight === undefined ? {} : { framesInFlight: options.framesInFlight }),
        ...(options.signal ? { signal: options.signal } : {}),
        onFrame: (result, index, total) => {
          analysed++;
          options.onFrame?.(result, index, total);
        },
      });
      return { path: decodable.path, frames, broken: null };
    } catch (error) {
      if (detectorFailure.failed) throw detectorFailure.error;
      // Part-way, the file broke off or the decoder stopped: what was analysed stands.
      if (analysed > 0) return { path: decodable.path, frames: analysed, broken: breakAt(error, times, analysed) };
      // A decoder that fails (or hangs) on the first frame (a profile it claimed but cannot do)
      // leaves the seek path to try.
      const reason = `decoding failed (${error instanceof Error ? error.message : String(error)})`;
      await client.reset();
      const path: DecodePath = { kind: 'seek', reason };
      options.onPath?.(path);
      return { path, ...(await seekThrough(video, detector, times, options, stallMs)) };
    } finally {
      decodable.input.dispose();
    }
  }
  const path: DecodePath = decodable?.path ?? { kind: 'seek', reason: 'the seek path was asked for' };
  options.onPath?.(path);
  return { path, ...(await seekThrough(video, detector, times, options, stallMs)) };
}

/** The break an error part-way means: a stall, or else a file that could not be decoded further. */
function breakAt(error: unknown, times: readonly number[], analysed: number): FileBreak {
  const atS = times[analysed] ?? times.at(-1) ?? 0;
  return error instanceof DecodeStalledError
    ? { kind: 'stalled', atS, waitedMs: error.waitedMs }
    : { kind: 'damaged', atS };
}

/**
 * The seek path: seek, capture, detect, for each time, waiting for each frame however long it
 * takes. Detector timestamps are the analysed times, so tracking and smoothing see the real motion.
 */
async function seekThrough(
  video: HTMLVideoElement,
  client: Pick<DetectorClient, 'detect'>,
  times: readonly number[],
  options: VideoAnalysisOptions,
  stallMs: number,
): Promise<{ frames: number; broken: FileBreak | null }> {
  let analysed = 0;
  for (const [index, time] of times.entries()) {
    if (options.signal?.aborted) break;
    try {
      if ((await seek(video, time, stallMs, options.signal)) === ABORTED) break;
    } catch (error) {
      // Nothing analysed: the file is unreadable (or never seeks), said as a problem.
      if (analysed === 0) {
        throw error instanceof DecodeStalledError
          ? new UnreadableFileError(msg(str`could not be read: ${error.message}`))
          : error;
      }
      return { frames: analysed, broken: breakAt(error, times, analysed) };
    }
    const result = await client.detect(await captureFrame(video), time * 1000);
    analysed++;
    options.onFrame?.(result, index, times.length);
  }
  return { frames: analysed, broken: null };
}

/**
 * Chromium fires `seeked` before the new frame is always what a capture gets (now and then the
 * previous frame came back, and the analysis differed between two runs). A video frame callback
 * fires once the sought frame is presented, even when it is the same frame; a short timeout covers
 * browsers that skip it (a hidden tab).
 */
const PRESENT_TIMEOUT_MS = 250;

/**
 * Seeks `video` to `timeS` and waits for the frame there. Rejects with `DecodeStalledError` when
 * `seeked` has not come after `stallMs` (a video element that stopped decoding fires nothing),
 * and resolves with {@link ABORTED} at once when `signal` aborts.
 */
function seek(
  video: HTMLVideoElement,
  timeS: number,
  stallMs: number,
  signal?: AbortSignal,
): Promise<'seeked' | typeof ABORTED> {
  if (signal?.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    let seeked = false;
    let presented = false;
    let timer = 0;
    const handle = video.requestVideoFrameCallback(() => {
      presented = true;
      if (seeked) finish();
    });
    const stall = window.setTimeout(() => {
      cleanup();
      reject(new DecodeStalledError(stallMs));
    }, stallMs);
    const finish = () => {
      cleanup();
      resolve('seeked');
    };
    const cleanup = () => {
      clearTimeout(timer);
      clearTimeout(stall);
      video.cancelVideoFrameCallback(handle);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onSeeked = () => {
      seeked = true;
      clearTimeout(stall);
      if (presented) finish();
      else timer = window.setTimeout(finish, PRESENT_TIMEOUT_MS);
    };
    const onError = () => {
      cleanup();
      reject(new UnreadableFileError(msg('is damaged: the browser could not decode it')));
    };
    const onAbort = () => {
      cleanup();
      resolve(ABORTED);
    };
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    video.currentTime = timeS;
  });
}
