/**
 * Whether the camera sees what an exercise needs, and if not, what to do about it. Nothing is
 * counted or judged until it does.
 */
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { SceneReport } from '../pose/scene';
import type { Pose } from '../pose/types';
import type { CameraView } from '../pose/view';

export type GuidanceId = 'one-person' | 'too-dark' | 'step-in' | 'in-frame' | 'turn-side' | 'face-camera';

export interface Guidance {
  readonly id: GuidanceId;
  readonly text: string;
}

/** A landmark counts as seen when the model is this sure it is visible and it is in the picture. */
export const MIN_VISIBILITY = 0.5;
const FRAME_MARGIN = 0.01;

export function isSeen(pose: Pose, name: LandmarkName): boolean {
  const p = pose.image[LANDMARK[name]];
  return (
    !!p &&
    p.visibility >= MIN_VISIBILITY &&
    p.x >= -FRAME_MARGIN &&
    p.x <= 1 + FRAME_MARGIN &&
    p.y >= -FRAME_MARGIN &&
    p.y <= 1 + FRAME_MARGIN
  );
}

const PART_OF: Record<string, string> = {
  nose: 'head',
  eye: 'head',
  ear: 'head',
  mouth: 'head',
  shoulder: 'shoulders',
  elbow: 'arms',
  wrist: 'hands',
  pinky: 'hands',
  index: 'hands',
  thumb: 'hands',
  hip: 'hips',
  knee: 'knees',
  ankle: 'feet',
  heel: 'feet',
  foot: 'feet',
};
const PART_ORDER = ['head', 'shoulders', 'arms', 'hands', 'hips', 'knees', 'feet'];

function bodyPart(name: LandmarkName): string {
  const key = name.replace(/^(left|right)_/, '').replace(/_.*$/, '');
  return PART_OF[key] ?? 'body';
}

/** The body parts (in head-to-toe order) whose landmarks are not seen. */
export function unseenParts(pose: Pose, joints: readonly LandmarkName[]): string[] {
  const parts = new Set(joints.filter((name) => !isSeen(pose, name)).map(bodyPart));
  return PART_ORDER.filter((part) => parts.has(part));
}

const listed = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

/**
 * Mean luma (0–1) below which the picture is too dark to trust the landmarks, even when a pose is
 * found; and below which, when nobody is found, the light is the likelier reason. Shared clips,
 * indoors in ordinary light, read 0.35–0.75.
 */
export const TOO_DARK = 0.12;
export const DIM = 0.25;

/**
 * What to do so that the camera sees `joints` from `view`; null when it already does. `scene`
 * is the detector's latest look at the whole picture: a second person or a dark room come first,
 * because they make every landmark doubtful.
 */
export function setupGuidance(
  pose: Pose | undefined,
  joints: readonly LandmarkName[],
  view: CameraView,
  seenView: CameraView | null,
  scene?: SceneReport,
): Guidance | null {
  if (scene && scene.people >= 2) {
    return { id: 'one-person', text: 'Someone else is in view: make sure only you are in the picture' };
  }
  if (scene && (scene.brightness < TOO_DARK || (!pose && scene.brightness < DIM))) {
    return { id: 'too-dark', text: 'It is too dark to see you well: turn on a light or face a window' };
  }
  if (!pose) return { id: 'step-in', text: 'Step into view of the camera' };
  const unseen = unseenParts(pose, joints);
  if (unseen.length > 0) {
    const verb = unseen.length === 1 && unseen[0] === 'head' ? 'is' : 'are';
    const low = unseen.includes('feet') || unseen.includes('knees');
    return {
      id: 'in-frame',
      text: `${low ? 'Step back until' : 'Move so that'} your ${listed(unseen)} ${verb} in view`,
    };
  }
  if (seenView !== view) {
    return view === 'side'
      ? { id: 'turn-side', text: 'Turn side-on to the camera' }
      : { id: 'face-camera', text: 'Face the camera' };
  }
  return null;
}
