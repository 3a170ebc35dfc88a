/**
 * Whether the camera sees what an exercise needs, and if not, what to do about it. Nothing is
 * counted or judged until it does.
 */
import { msg, str } from '@lit/localize';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { SceneReport } from '../pose/scene';
import type { Pose } from '../pose/types';
import type { CameraView } from '../pose/view';

export type GuidanceId =
  'one-person' | 'too-dark' | 'step-in' | 'come-closer' | 'in-frame' | 'turn-side' | 'face-camera';

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

/**
 * Whether the landmarks not seen are all of one side of the body and inside the picture: hidden
 * behind the body by a side-on stance, not out of the frame. Moving cannot bring them into view;
 * facing the camera does (the shared clip hans_chest_opener, filmed side-on, was told to move so
 * that its arms were in view for the whole 16 s of a doorway stretch).
 */
function hiddenBehindBody(pose: Pose, joints: readonly LandmarkName[]): boolean {
  const unseen = joints.filter((name) => !isSeen(pose, name));
  const sides = new Set(unseen.map((name) => /^(left|right)_/.exec(name)?.[1] ?? 'mid'));
  const inPicture = unseen.every((name) => {
    const p = pose.image[LANDMARK[name]];
    return !!p && p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
  });
  return unseen.length > 0 && sides.size === 1 && !sides.has('mid') && inPicture;
}

/** The body parts (in head-to-toe order) whose landmarks are not seen. */
export function unseenParts(pose: Pose, joints: readonly LandmarkName[]): string[] {
  const parts = new Set(joints.filter((name) => !isSeen(pose, name)).map(bodyPart));
  return PART_ORDER.filter((part) => parts.has(part));
}

/** A body part (an id of `unseenParts`) as a person reads it. */
export function partName(part: string): string {
  switch (part) {
    case 'head':
      return msg('head');
    case 'shoulders':
      return msg('shoulders');
    case 'arms':
      return msg('arms');
    case 'hands':
      return msg('hands');
    case 'hips':
      return msg('hips');
    case 'knees':
      return msg('knees');
    case 'feet':
      return msg('feet');
    default:
      return msg('body');
  }
}

/** "head, shoulders and hips": the parts named and listed in the page's language. */
export function listParts(parts: readonly string[]): string {
  const names = parts.map(partName);
  const last = names.at(-1) ?? '';
  if (names.length <= 1) return last;
  const rest = names.slice(0, -1).join(', ');
  return msg(str`${rest} and ${last}`);
}

/** Whether the parts are one thing ("your head is") rather than several ("your hips are"). */
export const isSingular = (parts: readonly string[]): boolean => parts.length === 1 && parts[0] === 'head';

/**
 * What to do so that the parts come into view. Whole sentences per form (not a verb and a phrase
 * glued on), so each language can order them its own way.
 */
function inFrameText(parts: readonly string[]): string {
  const list = listParts(parts);
  const one = isSingular(parts);
  if (parts.includes('feet') || parts.includes('knees')) {
    return one ? msg(str`Step back until your ${list} is in view`) : msg(str`Step back until your ${list} are in view`);
  }
  return one ? msg(str`Move so that your ${list} is in view`) : msg(str`Move so that your ${list} are in view`);
}

/**
 * Mean luma (0–1) below which the picture is too dark to trust the landmarks unless the model sees
 * every landmark the exercise needs; and below which, when nobody is found, the light is the
 * likelier reason. Shared clips, indoors in ordinary light, read 0.35–0.75. The pose worker shows
 * the model a lifted copy of every picture this dark (assist.ts, `liftBelow`): unlifted, the chair
 * row dimmed to 0.078–0.108 undercounted (2 and 4 of 6), lifted it counted 6 of 6.
 */
export const TOO_DARK = 0.12;
export const DIM = 0.25;
/**
 * Below this, too dark unless the pose model was shown a lifted copy of the picture (the pose
 * worker brightens one this dark: `PoseFrame.lift`). The mean luma is the whole picture's, and a
 * dim room is not a dim person: the shared photos darkened in the browser to luma 0.086–0.17 (a lit
 * person in a dark studio) gave the same visibilities as the originals and landmarks a mean 4–10 px
 * (of 850) from theirs, so refusing them at 0.12 lost a person the model saw well (README, "Lying
 * down, small, dim"). Below it, the picture as it is misleads the model while it reports every
 * landmark at visibility ~0.95: the one-arm chair row at luma 0.053–0.063, unlifted, lay up to
 * 33–36 px (of 360, 95th percentile) from the undimmed copy's landmarks and counted 0 of 6 rows.
 */
export const NEAR_BLACK = 0.07;

/**
 * Below this, too dark whatever the model says, lifted or not. The pose worker lifts at most 5×,
 * so a picture at 0.04 reaches 0.2 (the dimmest the worker leaves as it is when it finds nobody),
 * and a darker one stays dark, its few levels of grey drowned in compression. Measured (lite; the
 * one-arm chair row, the prone superman and the two-arm row dimmed in the browser, lifted; README,
 * "Lying down, small, dim"): at luma 0.043–0.063 all counted right (6 of 6, 3 of 3, 2 of 2) with
 * landmarks a mean 2–10 px from the undimmed copy's; at 0.033 the chair row counted 5 of 6 and the
 * two-arm row's landmarks lay up to 172 px (of 640, 95th percentile) off, at 0.023 the chair row
 * counted 0 of 6 and the superman fired a false cue — every needed landmark still at visibility
 * ~0.93, so the landmarks being "seen" is no guard down there. The app's own dark-room test is a
 * photo at 4 % of its light (luma 0.027).
 */
export const BLACK = 0.04;

/**
 * A person smaller than this in the picture (the larger side of the box around their
 * landmarks, in pixels: {@link personSizePx}) is found — the pose worker's detection assist finds people a fifth of the
 * picture tall and less — but too few pixels carry their joints to count on. Measured on the
 * one-arm chair row (a 360 px tall clip) shrunk in the browser: at 33 px tall it was followed on
 * 90 % of frames and counted 0 of 6 rows, at 53 px 5 of 6, at 75 px 6 of 6 (README, "Lying down,
 * small, dim"). Between the two: step closer, rather than rows counted from guesses.
 */
export const MIN_PERSON_PX = 40;

/**
 * The larger side, in pixels, of the box around all the landmarks, seen or not: a body cut by the
 * picture's edge (a close camera) is large, its unseen joints placed beyond the edge, and a far
 * body small, every joint placed within it.
 */
export function personSizePx(pose: Pose, frame: { readonly width: number; readonly height: number }): number {
  if (pose.image.length === 0) return 0;
  const xs = pose.image.map((p) => p.x * frame.width);
  const ys = pose.image.map((p) => p.y * frame.height);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** What the set-up looks at in one frame: {@link setupGuidance}'s input. */
export interface SetupLook {
  /** The person found in this frame, if anyone is. */
  readonly pose: Pose | undefined;
  /** The landmarks the exercise needs seen in this frame. */
  readonly joints: readonly LandmarkName[];
  /** The view the exercise is filmed from. */
  readonly view: CameraView;
  /** The view the camera has of the person, once it is known. */
  readonly seenView: CameraView | null;
  /**
   * The detector's latest look at the whole picture: a second person or a dark room come first,
   * because they make every landmark doubtful. Without it, the set-up goes by the pose alone.
   */
  readonly scene?: SceneReport | undefined;
  /**
   * The pose model was shown a lifted (brightened) copy of this frame (`PoseFrame.lift`): the only
   * way a picture under {@link NEAR_BLACK} is trusted.
   */
  readonly lifted?: boolean | undefined;
  /** The person has their back to the camera (only read for a front-view exercise). */
  readonly away?: boolean | undefined;
  /** The picture's size in pixels; when given, a person too small in it is asked to come closer. */
  readonly frame?: { readonly width: number; readonly height: number } | undefined;
}

/** What to do so that the camera sees the look's `joints` from its `view`; null when it already does. */
export function setupGuidance(look: SetupLook): Guidance | null {
  const { pose, joints, view, seenView, scene, lifted = false, away = false, frame } = look;
  if (scene && scene.people >= 2) {
    return { id: 'one-person', text: msg('Someone else is in view: make sure only you are in the picture') };
  }
  const unseen = pose ? unseenParts(pose, joints) : [];
  if (
    scene &&
    (scene.brightness < BLACK ||
      (scene.brightness < NEAR_BLACK && !lifted) ||
      (scene.brightness < TOO_DARK && (!pose || unseen.length > 0)) ||
      (!pose && scene.brightness < DIM))
  ) {
    return { id: 'too-dark', text: msg('It is too dark to see you well: turn on a light or face a window') };
  }
  if (!pose) return { id: 'step-in', text: msg('Step into view of the camera') };
  // The back to the camera for a front-view exercise: turning round comes before any part out of
  // view (the face and the arms' far side are hidden from behind) or the turn, which reads square
  // from behind as from the front (pose/view.ts).
  if (away && view === 'front') return { id: 'face-camera', text: msg('Turn around to face the camera') };
  // Before the parts out of view: a person this small is asked to come closer, not to step back.
  if (frame && personSizePx(pose, frame) < MIN_PERSON_PX) {
    return { id: 'come-closer', text: msg('Come closer to the camera: you are too small in the picture to follow') };
  }
  // Getting into the picture comes before turning, except for a front view seen side-on with one
  // side's limbs hidden behind the body: there turning is what brings them into view.
  const turnFirst = view === 'front' && seenView === 'side' && hiddenBehindBody(pose, joints);
  if (unseen.length > 0 && !turnFirst) {
    return { id: 'in-frame', text: inFrameText(unseen) };
  }
  if (seenView !== view) {
    return view === 'side'
      ? { id: 'turn-side', text: msg('Turn side-on to the camera') }
      : { id: 'face-camera', text: msg('Face the camera') };
  }
  return null;
}
