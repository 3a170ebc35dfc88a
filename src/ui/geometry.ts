/**
 * Mapping normalised landmarks onto the overlay canvas, which covers the same box as the video.
 * The video is letterboxed (`object-fit: contain`) and, for a selfie view, mirrored with CSS;
 * landmark data keeps MediaPipe's left/right and mirroring happens only here, when drawing.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a `sourceWidth`×`sourceHeight` frame lands inside a box with `object-fit: contain`. */
export function containRect(sourceWidth: number, sourceHeight: number, boxWidth: number, boxHeight: number): Rect {
  if (sourceWidth <= 0 || sourceHeight <= 0 || boxWidth <= 0 || boxHeight <= 0) {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  const scale = Math.min(boxWidth / sourceWidth, boxHeight / sourceHeight);
  const width = sourceWidth * scale;
  const height = sourceHeight * scale;
  return { x: (boxWidth - width) / 2, y: (boxHeight - height) / 2, width, height };
}

/** A normalised image point (0–1) in box pixels; `mirrored` flips it as the mirrored video is. */
export function toBoxPoint(normalized: Point, frame: Rect, mirrored: boolean): Point {
  const x = mirrored ? 1 - normalized.x : normalized.x;
  return { x: frame.x + x * frame.width, y: frame.y + normalized.y * frame.height };
}
