import type { Landmark, Pose, PoseFrame } from '../../pose/types';

/** Landmarks per pose (MediaPipe's BlazePose topology). */
const LANDMARKS = 33;
/** x, y and visibility per landmark: what the overlay draws (it never reads z or world). */
const VALUES = LANDMARKS * 3;
/** Normalised x and y leave the 0–1 frame when a limb is out of view; ±4 frames is plenty. */
const XY_RANGE = 4;
const XY_SCALE = 32767 / XY_RANGE;
const VISIBILITY_SCALE = 32767;
/** Frames per chunk: storage grows a chunk at a time, never by copying what it holds. */
const CHUNK_FRAMES = 4096;
/** Marks a frame with nobody in it. */
const NO_POSE = -32768;

/**
 * What playback after a file's analysis needs of each analysed frame — the first person's image
 * landmarks, for the skeleton — packed into 16-bit integers: 198 bytes a frame (a 2-hour video at
 * 30 frames a second holds 43 MB), where the full results (image and world landmarks as objects,
 * the scene report) take several kilobytes a frame. Precision: 1/16 000 of the frame (an eighth
 * of a pixel at 1080p). The coaching of each frame is kept by the coach controller.
 */
export class PlaybackPoses {
  private readonly chunks: Int16Array[] = [];
  private readonly timestampsMs: Float64Array[] = [];
  private size = { width: 0, height: 0 };
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Bytes held (the chunks allocated so far). */
  get bytes(): number {
    return this.chunks.length * CHUNK_FRAMES * (VALUES * 2 + 8);
  }

  push(frame: PoseFrame): void {
    const slot = this.count % CHUNK_FRAMES;
    if (slot === 0) {
      this.chunks.push(new Int16Array(CHUNK_FRAMES * VALUES));
      this.timestampsMs.push(new Float64Array(CHUNK_FRAMES));
    }
    const chunk = this.chunks.at(-1) as Int16Array;
    (this.timestampsMs.at(-1) as Float64Array)[slot] = frame.timestampMs;
    this.size = { width: frame.imageWidth, height: frame.imageHeight };
    const base = slot * VALUES;
    const image = frame.poses[0]?.image;
    if (!image || image.length < LANDMARKS) {
      chunk[base] = NO_POSE;
    } else {
      for (let i = 0; i < LANDMARKS; i++) {
        const landmark = image[i] as Landmark;
        chunk[base + i * 3] = packXY(landmark.x);
        chunk[base + i * 3 + 1] = packXY(landmark.y);
        chunk[base + i * 3 + 2] = Math.round(Math.min(1, Math.max(0, landmark.visibility)) * VISIBILITY_SCALE);
      }
    }
    this.count++;
  }

  /** The frame at `index` as the overlay draws it (z and world landmarks are not kept), or null. */
  at(index: number): PoseFrame | null {
    if (!(index >= 0 && index < this.count)) return null;
    const chunk = this.chunks[Math.floor(index / CHUNK_FRAMES)] as Int16Array;
    const slot = index % CHUNK_FRAMES;
    const base = slot * VALUES;
    const timestampMs = (this.timestampsMs[Math.floor(index / CHUNK_FRAMES)] as Float64Array)[slot] ?? 0;
    const poses: Pose[] = [];
    if (chunk[base] !== NO_POSE) {
      const image: Landmark[] = [];
      for (let i = 0; i < LANDMARKS; i++) {
        image.push({
          x: (chunk[base + i * 3] ?? 0) / XY_SCALE,
          y: (chunk[base + i * 3 + 1] ?? 0) / XY_SCALE,
          z: 0,
          visibility: (chunk[base + i * 3 + 2] ?? 0) / VISIBILITY_SCALE,
        });
      }
      poses.push({ image, world: [] });
    }
    return { timestampMs, imageWidth: this.size.width, imageHeight: this.size.height, poses };
  }
}

function packXY(value: number): number {
  // -32768 is kept for "no pose": clamp one step inside it.
  return Math.round(Math.min(XY_RANGE, Math.max(-XY_RANGE, value)) * XY_SCALE) || 0;
}
