import { LANDMARK, SKELETON_EDGES } from '../pose/landmarks';
import type { Pose } from '../pose/types';
import { toBoxPoint, type Rect } from './geometry';

export interface SkeletonStyle {
  readonly bone: string;
  readonly joint: string;
  /** Line width and joint radius in CSS pixels. */
  readonly lineWidth: number;
  readonly jointRadius: number;
}

export const DEFAULT_SKELETON_STYLE: SkeletonStyle = {
  bone: 'rgb(64, 224, 208)',
  joint: 'rgb(255, 255, 255)',
  lineWidth: 4,
  jointRadius: 5,
};

/** Below this visibility a point is not drawn at all; above, it fades in with its visibility. */
export const MIN_DRAWN_VISIBILITY = 0.2;

/** Face points other than the nose, eyes and ears are left out: they crowd the head. */
const DRAWN_JOINTS = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_index',
  'right_index',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const;

/**
 * Draws one pose on a 2-D context whose units are CSS pixels of the box `frame` was computed in.
 * Bones and joints fade with the model's visibility, so a guessed limb looks guessed.
 */
export function drawSkeleton(
  context: CanvasRenderingContext2D,
  pose: Pose,
  frame: Rect,
  mirrored: boolean,
  style: SkeletonStyle = DEFAULT_SKELETON_STYLE,
): void {
  const points = pose.image.map((landmark) => toBoxPoint(landmark, frame, mirrored));
  const visibility = pose.image.map((landmark) => landmark.visibility);
  context.save();
  context.lineCap = 'round';
  context.lineWidth = style.lineWidth;
  context.strokeStyle = style.bone;
  for (const [from, to] of SKELETON_EDGES) {
    const a = LANDMARK[from];
    const b = LANDMARK[to];
    const alpha = Math.min(visibility[a] ?? 0, visibility[b] ?? 0);
    const p = points[a];
    const q = points[b];
    if (!p || !q || alpha < MIN_DRAWN_VISIBILITY) continue;
    context.globalAlpha = alpha;
    context.beginPath();
    context.moveTo(p.x, p.y);
    context.lineTo(q.x, q.y);
    context.stroke();
  }
  context.fillStyle = style.joint;
  for (const name of DRAWN_JOINTS) {
    const index = LANDMARK[name];
    const p = points[index];
    const alpha = visibility[index] ?? 0;
    if (!p || alpha < MIN_DRAWN_VISIBILITY) continue;
    context.globalAlpha = alpha;
    context.beginPath();
    context.arc(p.x, p.y, style.jointRadius, 0, 2 * Math.PI);
    context.fill();
  }
  context.restore();
}
