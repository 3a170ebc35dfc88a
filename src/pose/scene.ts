/**
 * What the camera's picture is like, beyond the person tracked: how bright it is and how many
 * people are in it. The pose worker looks now and then (the person tracker follows one person
 * and says nothing of light), and the coach turns a dark room or a second person into set-up
 * guidance instead of counting from landmarks it cannot trust.
 */
import { LANDMARK, type LandmarkName } from './landmarks';
import type { Pose } from './types';

export interface SceneReport {
  /** Mean luma of the picture, 0 (black) to 1 (white). */
  readonly brightness: number;
  /** People clearly in view (a head and a shoulder seen). */
  readonly people: number;
  /** The timestamp of the frame looked at. */
  readonly atMs: number;
}

/**
 * How often the worker looks: within a few seconds of someone walking in, and rarely enough that
 * the extra inference (one every 90 frames at 30 fps) keeps the pipeline within 5 % of the bare
 * model. At 1.5 s it cost 6 % in \`npm run bench\`.
 */
export const SCENE_INTERVAL_MS = 3000;

/** Mean Rec. 601 luma of RGBA pixels, 0–1. */
export function meanLuma(rgba: Uint8ClampedArray): number {
  let sum = 0;
  const pixels = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    sum += 0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0);
  }
  return pixels > 0 ? sum / pixels / 255 : 0;
}

const SURE = 0.6;

function clear(pose: Pose, name: LandmarkName): boolean {
  const p = pose.image[LANDMARK[name]];
  return !!p && p.visibility >= SURE && p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
}

/**
 * The people clearly in view: a head and a shoulder (side-on, the far one is hidden) seen with
 * confidence and inside the picture. A half-hidden passer-by at the edge does not count.
 */
export function countPeople(poses: readonly Pose[]): number {
  return poses.filter((pose) => clear(pose, 'nose') && (clear(pose, 'left_shoulder') || clear(pose, 'right_shoulder')))
    .length;
}
