import type { AnalysisFrame } from '../../detection/detector-api';
import { probe } from '../../perf/probe';

/**
 * The worker gets a downscaled copy of each frame: the landmark model looks at 256×256 anyway,
 * and a smaller bitmap is cheaper to copy, transfer and upload.
 */
export const ANALYSIS_MAX_SIDE = 640;

export function analysisSize(
  width: number,
  height: number,
  maxSide = ANALYSIS_MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A bitmap of what the video shows now, at analysis size (at most `maxSide` on its longer side). */
export async function captureFrame(
  source: HTMLVideoElement | ImageBitmap | VideoFrame,
  maxSide = ANALYSIS_MAX_SIDE,
): Promise<ImageBitmap> {
  const { width, height } = sourceSize(source);
  const size = analysisSize(width, height, maxSide);
  const bitmap = await createImageBitmap(source, {
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: 'medium',
  });
  probe.bitmapMade();
  return bitmap;
}

function sourceSize(source: HTMLVideoElement | ImageBitmap | VideoFrame): { width: number; height: number } {
  if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
  if ('displayWidth' in source) return { width: source.displayWidth, height: source.displayHeight };
  return { width: source.width, height: source.height };
}

/**
 * A live camera frame for the worker: a VideoFrame of what the video shows now, which costs the
 * page next to nothing (no copy, no scaling on the main thread: the worker's model scales it).
 * Where VideoFrame is missing, a bitmap at analysis size, as for files.
 */
export function captureLive(video: HTMLVideoElement): Promise<AnalysisFrame> {
  if (typeof VideoFrame === 'undefined') return captureFrame(video);
  const frame = new VideoFrame(video);
  probe.bitmapMade();
  return Promise.resolve(frame);
}
