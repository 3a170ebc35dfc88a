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

/** A bitmap of what the video shows now, at analysis size. */
export function captureFrame(source: HTMLVideoElement | ImageBitmap): Promise<ImageBitmap> {
  const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  const size = analysisSize(width, height);
  return createImageBitmap(source, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
}
