/**
 * One frame of a demonstration: the props (floor, chair, wall…), the figure, and the angles that
 * matter drawn and labelled at their joints, read by the exercise's own measures from the very
 * landmarks the engine would see.
 */
import type { ExerciseSpec } from '../coach/exercise';
import type { Measure } from '../coach/measures';
import type { BodySide } from '../pose/body-side';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { Pose } from '../pose/types';
import { renderPose, type CameraSpec, type PuppetPose } from '../puppet';
import type { DemoMark, DemoProp, Demonstration } from './demonstration';
import { drawFigure, pixelsPerMetre, type FigureTone, type Framing, type Point } from './draw-figure';

const MARK_COLOUR = '#ffd166';
const FAULT_COLOUR = '#ff7b72';
const LABEL_FONT = '600 13px system-ui, sans-serif';

/** The landmarks of a puppet pose, as the demonstration's camera sees them. */
export const poseOf = (demo: Demonstration, puppet: PuppetPose): Pose => renderPose(puppet, { camera: demo.camera });

/** Poses across both takes, to frame the whole loop once. */
export function loopSamples(demo: Demonstration): Pose[] {
  const poses: Pose[] = [];
  for (const timeline of [demo.right.timeline, demo.fault.timeline]) {
    for (let i = 0; i <= 24; i++) poses.push(poseOf(demo, timeline.at((timeline.durationMs * i) / 24)));
  }
  return poses;
}

/** The right take's two key frames: where the move starts, and its peak. */
export function keyPoses(demo: Demonstration, take: 'right' | 'fault' = 'right'): { rest: Pose; peak: Pose } {
  const { timeline, restMs, peakMs } = demo[take];
  return { rest: poseOf(demo, timeline.at(restMs)), peak: poseOf(demo, timeline.at(peakMs)) };
}

/**
 * Fits the whole loop (right and fault takes) into a box, with room round it for the head and the
 * labels. Not clipped to the camera's picture: a demonstration shows the whole move even where
 * the person's own camera would cut off a raised hand.
 */
export function frameDemonstration(
  demo: Demonstration,
  poses: readonly Pose[],
  width: number,
  /** Height over width allowed: a person lying down gets a wide, low box, one standing a tall one. */
  aspect: { readonly min: number; readonly max: number },
): Framing & { readonly height: number } {
  const { imageWidth, imageHeight } = cameraSize(demo.camera);
  const pxPerM = Math.max(...poses.map((pose) => pixelsPerMetre(pose, imageWidth, imageHeight)));
  // A head's radius and its outline beyond the ears and the nose, and a label's height.
  const pad = 0.22 * pxPerM;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  // A neck stretch is framed from the hips up (the landmarks before the knees).
  const framed = demo.upperBody ? LANDMARK.left_knee : pose0Length(poses);
  for (const pose of poses) {
    for (const landmark of pose.image.slice(0, framed)) {
      x0 = Math.min(x0, landmark.x * imageWidth - pad);
      x1 = Math.max(x1, landmark.x * imageWidth + pad);
      y0 = Math.min(y0, landmark.y * imageHeight - pad);
      y1 = Math.max(y1, landmark.y * imageHeight + pad);
    }
  }
  const height = Math.round(width * Math.min(aspect.max, Math.max(aspect.min, (y1 - y0) / (x1 - x0))));
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  return {
    height,
    imageWidth,
    imageHeight,
    pxPerM,
    scale,
    dx: (width - (x1 - x0) * scale) / 2 - x0 * scale,
    dy: (height - (y1 - y0) * scale) / 2 - y0 * scale,
  };
}

const pose0Length = (poses: readonly Pose[]): number => poses[0]?.image.length ?? 0;

function cameraSize(camera: CameraSpec): { imageWidth: number; imageHeight: number } {
  return { imageWidth: camera.imageWidth, imageHeight: camera.imageHeight };
}

export interface SceneOptions {
  /** The canvas's size in CSS pixels (the context is scaled to them). */
  readonly width: number;
  readonly height: number;
  /** Draw the angle labels (not on the picker's small stills). */
  readonly marks: boolean;
  /** The pose the props are placed from (the take's rest: a chair does not move with the body). */
  readonly rest: Pose;
  /** The peak pose (a doorway is where the hands are in the stretch). */
  readonly peak: Pose;
}

/** Draws one frame: background props, the figure, then the marks. */
export function drawDemoFrame(
  context: CanvasRenderingContext2D,
  demo: Demonstration,
  exercise: ExerciseSpec,
  pose: Pose,
  framing: Framing,
  tone: FigureTone,
  scene: SceneOptions,
): void {
  const toCanvas = (p: Pose, name: LandmarkName): Point => {
    const l = p.image[LANDMARK[name]];
    return l
      ? {
          x: framing.dx + l.x * framing.imageWidth * framing.scale,
          y: framing.dy + l.y * framing.imageHeight * framing.scale,
        }
      : { x: Number.NaN, y: Number.NaN };
  };
  const m = framing.pxPerM * framing.scale;
  for (const prop of demo.props) drawPropBehind(context, prop, scene, toCanvas, m);
  drawFigure(context, pose, framing, tone);
  for (const prop of demo.props) drawPropInFront(context, prop, pose, toCanvas, m);
  if (!scene.marks) return;
  if (tone === 'fault') ringFault(context, demo, exercise, pose, toCanvas, m);
  // Labels placed beside the same joint stack downwards, one line each.
  const seen = new Map<string, number>();
  for (const mark of demo.marks) {
    const line = mark.at ? (seen.get(mark.at) ?? 0) : 0;
    if (mark.at) seen.set(mark.at, line + 1);
    drawMark(context, exercise, mark, pose, framing, toCanvas, tone, scene.width, line);
  }
}

type ToCanvas = (pose: Pose, name: LandmarkName) => Point;

const lowest = (pose: Pose, toCanvas: ToCanvas, names: readonly LandmarkName[]) =>
  Math.max(...names.map((name) => toCanvas(pose, name).y).filter(Number.isFinite));

const FEET: readonly LandmarkName[] = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'];

function drawPropBehind(
  context: CanvasRenderingContext2D,
  prop: DemoProp,
  scene: SceneOptions,
  toCanvas: ToCanvas,
  m: number,
) {
  const { rest, peak, width } = scene;
  const floorY = lowest(rest, toCanvas, FEET) + 0.03 * m;
  context.save();
  switch (prop) {
    case 'floor':
    case 'mat': {
      const gradient = context.createLinearGradient(0, floorY, 0, floorY + 0.4 * m);
      gradient.addColorStop(0, 'rgb(255 255 255 / 10%)');
      gradient.addColorStop(1, 'rgb(255 255 255 / 0%)');
      context.fillStyle = gradient;
      context.fillRect(0, floorY, width, 0.4 * m);
      context.strokeStyle = 'rgb(255 255 255 / 30%)';
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(0, floorY);
      context.lineTo(width, floorY);
      context.stroke();
      if (prop === 'mat') {
        const xs = rest.image.map((l, i) => toCanvas(rest, LANDMARK_BY_INDEX[i] ?? 'nose').x).filter(Number.isFinite);
        const left = Math.min(...xs) - 0.2 * m;
        const right = Math.max(...xs) + 0.2 * m;
        context.fillStyle = 'rgb(155 120 220 / 45%)';
        context.beginPath();
        context.roundRect(left, floorY - 0.03 * m, right - left, 0.05 * m, 0.02 * m);
        context.fill();
      }
      break;
    }
    case 'wall': {
      // The wall behind the person, in panels, so it reads as a wall and not as the background.
      context.fillStyle = 'rgb(214 200 180 / 16%)';
      context.fillRect(0, 0, width, floorY);
      context.strokeStyle = 'rgb(255 255 255 / 10%)';
      context.lineWidth = 1;
      for (let x = (width / 2) % (0.5 * m); x < width; x += 0.5 * m) {
        context.beginPath();
        context.moveTo(x, 0);
        context.lineTo(x, floorY);
        context.stroke();
      }
      context.fillStyle = 'rgb(255 255 255 / 22%)';
      context.fillRect(0, floorY - 0.1 * m, width, 0.1 * m);
      break;
    }
    case 'chair':
      drawChair(context, rest, toCanvas, m, floorY);
      break;
    case 'doorway': {
      // The frame's sides just outside the hands in the stretch.
      context.fillStyle = 'rgb(200 170 130 / 55%)';
      for (const wrist of ['left_wrist', 'right_wrist'] as const) {
        const hand = toCanvas(peak, wrist);
        const centre = toCanvas(peak, 'nose');
        const outward = Math.sign(hand.x - centre.x) || 1;
        const x = hand.x + outward * 0.06 * m;
        context.fillRect(outward > 0 ? x : x - 0.1 * m, 0, 0.1 * m, floorY);
      }
      context.strokeStyle = 'rgb(255 255 255 / 30%)';
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(0, floorY);
      context.lineTo(width, floorY);
      context.stroke();
      break;
    }
    default:
      break;
  }
  context.restore();
}

const LANDMARK_BY_INDEX = Object.keys(LANDMARK) as LandmarkName[];

/** A plain chair under the hips: seat from behind the hips to the knees, legs to the floor, a back. */
function drawChair(context: CanvasRenderingContext2D, rest: Pose, toCanvas: ToCanvas, m: number, floorY: number) {
  const [leftHip, rightHip] = [toCanvas(rest, 'left_hip'), toCanvas(rest, 'right_hip')];
  const [leftKnee, rightKnee] = [toCanvas(rest, 'left_knee'), toCanvas(rest, 'right_knee')];
  const hipX = (leftHip.x + rightHip.x) / 2;
  const kneeX = (leftKnee.x + rightKnee.x) / 2;
  const seatY = Math.max(leftHip.y, rightHip.y) + 0.08 * m;
  const sideOn = Math.abs(kneeX - hipX) > 0.2 * m;
  const [left, right] = sideOn
    ? kneeX > hipX
      ? [hipX - 0.15 * m, kneeX]
      : [kneeX, hipX + 0.15 * m]
    : [hipX - 0.26 * m, hipX + 0.26 * m];
  const back = sideOn ? (kneeX > hipX ? left : right - 0.05 * m) : left + 0.04 * m;
  context.fillStyle = '#6b5646';
  context.strokeStyle = '#2a211a';
  context.lineWidth = 1.5;
  // The back rest: behind the trunk (drawn before the figure, so the body covers it).
  if (sideOn) {
    context.fillRect(back, seatY - 0.45 * m, 0.05 * m, 0.45 * m);
  } else {
    context.fillRect(back, seatY - 0.45 * m, right - left - 0.08 * m, 0.4 * m);
  }
  // Legs.
  const legs = sideOn ? [left + 0.02 * m, right - 0.06 * m] : [left + 0.02 * m, right - 0.06 * m];
  for (const x of legs) context.fillRect(x, seatY, 0.04 * m, Math.max(0, floorY - seatY));
  context.beginPath();
  context.roundRect(left, seatY - 0.02 * m, right - left, 0.05 * m, 0.015 * m);
  context.fill();
  context.stroke();
}

/** Props held in the hands, drawn over the figure. */
function drawPropInFront(context: CanvasRenderingContext2D, prop: DemoProp, pose: Pose, toCanvas: ToCanvas, m: number) {
  const hands = (['left', 'right'] as const).map((side) => {
    const wrist = toCanvas(pose, `${side}_wrist`);
    const index = toCanvas(pose, `${side}_index`);
    return { x: (wrist.x + index.x) / 2, y: (wrist.y + index.y) / 2 };
  });
  const [left, right] = hands as [Point, Point];
  context.save();
  context.lineCap = 'round';
  switch (prop) {
    case 'dumbbells':
      for (const hand of hands) {
        context.fillStyle = '#9aa4b2';
        context.strokeStyle = '#20262f';
        context.lineWidth = 1.5;
        context.beginPath();
        context.roundRect(hand.x - 0.09 * m, hand.y - 0.02 * m, 0.18 * m, 0.04 * m, 0.01 * m);
        context.fill();
        context.stroke();
        for (const end of [-1, 1]) {
          context.beginPath();
          context.roundRect(hand.x + end * 0.09 * m - 0.03 * m, hand.y - 0.055 * m, 0.06 * m, 0.11 * m, 0.015 * m);
          context.fill();
          context.stroke();
        }
      }
      break;
    case 'band':
      context.strokeStyle = '#f7b267';
      context.lineWidth = Math.max(2, 0.025 * m);
      context.beginPath();
      context.moveTo(left.x, left.y);
      context.lineTo(right.x, right.y);
      context.stroke();
      break;
    case 'anchor': {
      // The anchor is ahead of the person at head height: in a front view, between the hands' start.
      const nose = toCanvas(pose, 'nose');
      const anchor = { x: nose.x, y: nose.y + 0.02 * m };
      context.strokeStyle = '#f7b267';
      context.lineWidth = Math.max(2, 0.02 * m);
      context.beginPath();
      context.moveTo(left.x, left.y);
      context.lineTo(anchor.x, anchor.y);
      context.lineTo(right.x, right.y);
      context.stroke();
      context.fillStyle = '#f7b267';
      context.beginPath();
      context.arc(anchor.x, anchor.y, Math.max(3, 0.025 * m), 0, 2 * Math.PI);
      context.fill();
      break;
    }
    default:
      break;
  }
  context.restore();
}

/**
 * The fault's joints ringed in red, as live coaching rings them: the landmarks the fault check's
 * own measures read (the ears and shoulders of a shrug).
 */
function ringFault(
  context: CanvasRenderingContext2D,
  demo: Demonstration,
  exercise: ExerciseSpec,
  pose: Pose,
  toCanvas: ToCanvas,
  m: number,
) {
  const check = exercise.checks.find((candidate) => candidate.id === demo.fault.check);
  if (!check) return;
  const names = check.on === 'band' ? [check.measure] : check.uses;
  const measures = exercise.measures as Record<string, Measure | undefined>;
  const near = nearSide(pose);
  const joints = new Set(names.flatMap((name) => measures[name]?.joints(near) ?? []));
  context.save();
  context.strokeStyle = FAULT_COLOUR;
  context.lineWidth = 2.5;
  // The face's landmarks (nose, eyes, ears, mouth: the first eleven) are one ring round the head,
  // not a cluster of rings over the face the fault is about.
  const face = [...joints].filter((joint) => LANDMARK[joint] <= LANDMARK.mouth_right);
  if (face.length > 0) {
    const left = toCanvas(pose, 'left_ear');
    const right = toCanvas(pose, 'right_ear');
    context.beginPath();
    context.arc((left.x + right.x) / 2, (left.y + right.y) / 2, 0.16 * m, 0, 2 * Math.PI);
    context.stroke();
  }
  for (const joint of joints) {
    if (LANDMARK[joint] <= LANDMARK.mouth_right) continue;
    const p = toCanvas(pose, joint);
    if (!Number.isFinite(p.x)) continue;
    context.beginPath();
    context.arc(p.x, p.y, Math.max(7, 0.07 * m), 0, 2 * Math.PI);
    context.stroke();
  }
  context.restore();
}

/** Which side is nearer the camera, from the world landmarks (z grows away from it). */
function nearSide(pose: Pose): BodySide {
  const left = pose.world[LANDMARK.left_shoulder]?.z ?? 0;
  const right = pose.world[LANDMARK.right_shoulder]?.z ?? 0;
  return left <= right ? 'left' : 'right';
}

/** An angle: the exercise's measure's value ("elbow 90°"), as an arc at its joint when it has one. */
function drawMark(
  context: CanvasRenderingContext2D,
  exercise: ExerciseSpec,
  mark: DemoMark,
  pose: Pose,
  framing: Framing,
  toCanvas: ToCanvas,
  tone: FigureTone,
  width: number,
  line: number,
) {
  const measure = (exercise.measures as Record<string, Measure | undefined>)[mark.measure];
  if (!measure) return;
  const near = nearSide(pose);
  const value = measure.compute({ pose, imageWidth: framing.imageWidth, imageHeight: framing.imageHeight, near });
  const colour = tone === 'right' ? MARK_COLOUR : FAULT_COLOUR;
  // Rounded to 5°: the figure's angle to the degree would flicker and teaches nothing more.
  const text =
    mark.text ??
    (value === null || measure.unit !== 'deg' ? mark.name : `${mark.name} ${Math.round(Math.abs(value) / 5) * 5}°`);
  const arc = measure.arc?.(near);
  context.save();
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  if (mark.line) {
    drawLine(context, mark, pose, near, framing, toCanvas, tone, width);
    context.restore();
    return;
  }
  // A fixed instruction ("shoulders flat") is the right form's label: on the fault it would lie.
  if (mark.text && tone === 'fault') {
    context.restore();
    return;
  }
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  if (arc) {
    const centre = toCanvas(pose, arc.at);
    const end = toCanvas(pose, arc.to);
    const toAngle = Math.atan2(end.y - centre.y, end.x - centre.x);
    const fromAngle = rayAngle(arc.from, centre, end, (name) => toCanvas(pose, name));
    let sweep = toAngle - fromAngle;
    while (sweep > Math.PI) sweep -= 2 * Math.PI;
    while (sweep < -Math.PI) sweep += 2 * Math.PI;
    const radius = Math.max(14, 0.12 * framing.pxPerM * framing.scale);
    context.strokeStyle = colour;
    context.lineWidth = 2.5;
    if (arc.from === 'up') {
      // The vertical it is measured from, dashed.
      context.setLineDash([4, 4]);
      context.beginPath();
      context.moveTo(centre.x, centre.y);
      context.lineTo(centre.x, centre.y - radius * 1.4);
      context.stroke();
      context.setLineDash([]);
    }
    context.beginPath();
    context.arc(centre.x, centre.y, radius, fromAngle, fromAngle + sweep, sweep < 0);
    context.stroke();
    const middle = fromAngle + sweep / 2;
    // The label sits outside the angle, away from the limbs that make it.
    pill(
      context,
      text,
      centre.x - Math.cos(middle) * (radius + 26),
      centre.y - Math.sin(middle) * (radius + 14),
      colour,
      width,
    );
  } else if (mark.at) {
    // Beside the place, up and out, clear of the head.
    const p = toCanvas(pose, mark.at);
    const m = framing.pxPerM * framing.scale;
    const centre = toCanvas(pose, 'left_hip').x / 2 + toCanvas(pose, 'right_hip').x / 2;
    const outward = p.x >= centre ? 1 : -1;
    pill(context, text, p.x + outward * 0.3 * m, Math.max(14, p.y - 0.16 * m) + line * 26, colour, width);
  }
  context.restore();
}

/** The back's line carried on past the shoulder, dashed: where the head belongs. */
function drawLine(
  context: CanvasRenderingContext2D,
  mark: DemoMark,
  pose: Pose,
  near: BodySide,
  framing: Framing,
  toCanvas: ToCanvas,
  tone: FigureTone,
  width: number,
) {
  if (!mark.line) return;
  const a = toCanvas(pose, `${near}_${mark.line[0]}`);
  const b = toCanvas(pose, `${near}_${mark.line[1]}`);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(length > 1)) return;
  const reach = 0.5 * framing.pxPerM * framing.scale;
  const end = { x: b.x + ((b.x - a.x) / length) * reach, y: b.y + ((b.y - a.y) / length) * reach };
  context.strokeStyle = tone === 'right' ? MARK_COLOUR : FAULT_COLOUR;
  context.lineWidth = 2;
  context.setLineDash([6, 5]);
  context.beginPath();
  context.moveTo(a.x, a.y);
  context.lineTo(end.x, end.y);
  context.stroke();
  context.setLineDash([]);
  if (tone === 'right' && mark.text) {
    pill(context, mark.text, end.x, end.y - 22, MARK_COLOUR, width);
  }
}

/** The direction of an arc's first ray: straight up, level towards its end, or towards a joint. */
function rayAngle(from: LandmarkName | 'up' | 'level', centre: Point, end: Point, at: (name: LandmarkName) => Point) {
  if (from === 'up') return -Math.PI / 2;
  if (from === 'level') return end.x >= centre.x ? 0 : Math.PI;
  const start = at(from);
  return Math.atan2(start.y - centre.y, start.x - centre.x);
}

/** A label on a dark pill, readable over the body or the background. */
function pill(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  colour: string,
  canvasWidth: number,
) {
  const width = context.measureText(text).width + 12;
  const left = Math.min(Math.max(2, x - width / 2), canvasWidth - width - 2);
  context.fillStyle = 'rgb(8 12 18 / 78%)';
  context.beginPath();
  context.roundRect(left, y - 11, width, 22, 11);
  context.fill();
  context.fillStyle = colour;
  context.fillText(text, left + 6, y + 1);
}
