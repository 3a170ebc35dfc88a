/**
 * Samples a timeline at a frame rate into the `PoseFrame[]` the engine consumes, optionally
 * passing it through the noise model.
 */
import { LANDMARK } from '../../src/pose/landmarks';
import type { PoseFrame } from '../../src/pose/types';
import { DEFAULT_CAMERA } from '../../src/puppet/camera';
import { addNoise, type NoiseOptions } from './noise';
import { renderFrame, type RenderOptions } from '../../src/puppet/render';
import type { Timeline } from '../../src/puppet/timeline';

export interface FrameOptions extends RenderOptions {
  /** Default 30. */
  readonly fps?: number;
  /** Timestamp of the first frame. Default 0. */
  readonly startMs?: number;
  /** Detector noise and faults; none by default. */
  readonly noise?: NoiseOptions;
}

/**
 * One frame every 1000 / fps ms from the start of the timeline to its end inclusive.
 * Timestamps are whole milliseconds (as a browser's are), strictly increasing, and the pose is
 * sampled at exactly the stamped time.
 */
export function renderFrames(timeline: Timeline, options: FrameOptions = {}): PoseFrame[] {
  const { fps = 30, startMs = 0 } = options;
  const camera = options.camera ?? DEFAULT_CAMERA;
  const count = Math.floor((timeline.durationMs * fps) / 1000 + 1e-9) + 1;
  const frames: PoseFrame[] = [];
  for (let i = 0; i < count; i++) {
    const tMs = Math.round((i * 1000) / fps);
    const nudge = timeline.camera?.(tMs);
    frames.push(
      renderFrame(timeline.at(tMs), startMs + tMs, {
        ...options,
        camera: nudge ? { ...camera, ...nudge } : camera,
      }),
    );
  }
  return options.noise ? addNoise(frames, options.noise) : frames;
}

/**
 * The frames as MediaPipe reads a person with their back to the camera: it still reports the face
 * (nose, eyes, ears) as seen, at 0.99 on the shared back-view clips, where the puppet hides it.
 */
export function faceSeenFromBehind(frames: readonly PoseFrame[]): PoseFrame[] {
  return frames.map((frame) => ({
    ...frame,
    poses: frame.poses.map((pose) => ({
      ...pose,
      image: pose.image.map((landmark, i) => (i <= LANDMARK.right_ear ? { ...landmark, visibility: 0.99 } : landmark)),
    })),
  }));
}
