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

/** The box around all of a pose's landmarks (MediaPipe places every one, seen or not), 0–1. */
function box(pose: Pose): { x0: number; y0: number; x1: number; y1: number } {
  const xs = pose.image.map((p) => p.x);
  const ys = pose.image.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * A pose this much smaller than another (the larger side of its box, as a share of the other's)
 * and lying within it ({@link WITHIN} of its box inside the other's) is a part of that body read
 * as a whole person, not a second person. Measured (README, "Lying down, small, dim"): the one-arm
 * bench row dimmed to luma 0.078, the scene landmarker's look at 3.1 s returned the person (box
 * 172 × 126 px of 396 × 270) and a second "person", every landmark at visibility ~1 but 77 ×
 * 49 px (0.45 of the person's size) and 96 % inside the person's box, on the trunk and the
 * dumbbell arm — "someone else is in view" for the rest of the clip, its one rep lost. A real
 * second person overlapping the first at under 0.6 of their size stands over 1.7 times as far
 * from the camera, behind them: the tracker, following the near person, is not drawn to them. A
 * second person beside the first, or as large, still counts.
 */
const PART_OF_BODY = 0.6;
const WITHIN = 0.8;

function partOf(pose: Pose, other: Pose): boolean {
  const a = box(pose);
  const b = box(other);
  const size = (r: typeof a) => Math.max(r.x1 - r.x0, r.y1 - r.y0);
  if (size(b) <= 0 || size(a) > PART_OF_BODY * size(b)) return false;
  const inside =
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  const area = (a.x1 - a.x0) * (a.y1 - a.y0);
  return area > 0 && inside >= WITHIN * area;
}

/**
 * The people clearly in view: a head and a shoulder (side-on, the far one is hidden) seen with
 * confidence and inside the picture. A half-hidden passer-by at the edge does not count, nor a
 * pose found within a larger one's body ({@link PART_OF_BODY}).
 */
export function countPeople(poses: readonly Pose[]): number {
  const clearly = poses.filter(
    (pose) => clear(pose, 'nose') && (clear(pose, 'left_shoulder') || clear(pose, 'right_shoulder')),
  );
  return clearly.filter((pose) => !clearly.some((other) => other !== pose && partOf(pose, other))).length;
}
