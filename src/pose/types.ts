import type { SceneReport } from './scene';

/** Angles are in degrees everywhere in Form Coach. */
export type Degrees = number;

/**
 * One landmark as MediaPipe reports it.
 * - Image landmarks: `x`, `y` normalised to the frame (0–1, y down); `z` is depth on roughly the
 *   scale of `x`, negative towards the camera, relative to the hips.
 * - World landmarks: metres, origin between the hips, y down.
 * `visibility` is the model's confidence that the point is in view and not occluded (0–1).
 */
export interface Landmark {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly visibility: number;
}

/** One person's 33 landmarks, in the image and in the world. */
export interface Pose {
  readonly image: readonly Landmark[];
  readonly world: readonly Landmark[];
}

/** What the detector saw in one frame. */
export interface PoseFrame {
  /** Capture time of the frame, strictly increasing within a source. */
  readonly timestampMs: number;
  /** Frame size in pixels: image landmarks are normalised to it. */
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** People found, most prominent first (at most the detector's `numPoses`). */
  readonly poses: readonly Pose[];
  /** The latest look at the whole picture (light, people in it), when the detector has made one. */
  readonly scene?: SceneReport;
  /**
   * How many times brighter the copy of this frame that the pose model was shown was (the pose
   * worker lifts a dark picture: src/detection/worker/assist.ts); absent when it saw the frame's
   * own light.
   */
  readonly lift?: number;
}
