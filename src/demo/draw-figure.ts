/**
 * A person drawn over the 33 landmarks: shaded capsules for the limbs, a rounded torso, a head
 * with a face (nose, eyes, hair at the back, so which way it looks is plain), far-side limbs
 * darker and drawn first. Canvas 2D, no libraries: it is a few dozen paths a frame.
 *
 * Everything is laid out in the camera's pixels and mapped into the box by a `Framing` that is
 * fixed for a whole demonstration, so the figure does not zoom as it moves.
 */
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { Landmark, Pose } from '../pose/types';

/** Where a demonstration's camera pixels land in the canvas (CSS pixels). */
export interface Framing {
  /** The camera image's size, which the normalised landmarks are fractions of. */
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** Canvas pixels per camera pixel, and the canvas position of camera pixel (0, 0). */
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
  /** Camera pixels per metre of body (from the least foreshortened limb; see `pixelsPerMetre`). */
  readonly pxPerM: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The two looks: the right form in the app's accent, the fault in the warning red. */
export type FigureTone = 'right' | 'fault';

interface Palette {
  readonly shirt: string;
  readonly skin: string;
  readonly trousers: string;
  readonly hair: string;
  readonly outline: string;
}

const PALETTES: Record<FigureTone, Palette> = {
  right: { shirt: '#40e0d0', skin: '#f0c9a4', trousers: '#5b6f9a', hair: '#3b2a22', outline: '#0b1118' },
  fault: { shirt: '#ff7b72', skin: '#f0c9a4', trousers: '#5b6f9a', hair: '#3b2a22', outline: '#0b1118' },
};

/** Body radii in metres (an adult of 1.7 m; the puppet's own proportions). */
const RADIUS = {
  upperArm: 0.048,
  forearm: 0.038,
  hand: 0.045,
  thigh: 0.075,
  shin: 0.052,
  foot: 0.035,
  neck: 0.05,
  torso: 0.07,
  head: 0.105,
} as const;

interface Part {
  readonly depth: number;
  readonly draw: () => void;
}

/**
 * Segments whose image length over their world length gives the picture's scale: the trunk's,
 * which sit at the body's own distance (a knee pointing at a near camera would overstate it).
 */
const SCALE_SEGMENTS: readonly (readonly [LandmarkName, LandmarkName])[] = [
  ['left_shoulder', 'right_shoulder'],
  ['left_hip', 'right_hip'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
];

/**
 * Camera pixels per metre at the body: the largest image/world length ratio over the trunk's
 * segments, since foreshortening only ever shortens a segment in the picture.
 */
export function pixelsPerMetre(pose: Pose, imageWidth: number, imageHeight: number): number {
  let best = 0;
  for (const [a, b] of SCALE_SEGMENTS) {
    const ia = pose.image[LANDMARK[a]];
    const ib = pose.image[LANDMARK[b]];
    const wa = pose.world[LANDMARK[a]];
    const wb = pose.world[LANDMARK[b]];
    if (!ia || !ib || !wa || !wb) continue;
    const world = Math.hypot(wa.x - wb.x, wa.y - wb.y, wa.z - wb.z);
    if (world < 0.05) continue;
    best = Math.max(best, Math.hypot((ia.x - ib.x) * imageWidth, (ia.y - ib.y) * imageHeight) / world);
  }
  return best;
}

/** A colour darker (k < 1) or lighter (k > 1), for the shading and the far side. */
function shade(hex: string, k: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 255;
    return Math.round(k <= 1 ? c * k : c + (255 - c) * (k - 1));
  };
  return `rgb(${channel(16)} ${channel(8)} ${channel(0)})`;
}

/**
 * Draws one figure. `farSide` says which body side is away from the camera (its limbs darker),
 * from the world landmarks; in a front view neither is (both `null`-ish: shading only).
 */
export function drawFigure(context: CanvasRenderingContext2D, pose: Pose, framing: Framing, tone: FigureTone): void {
  const palette = PALETTES[tone];
  const { scale, dx, dy, imageWidth, imageHeight } = framing;
  const px = (metres: number) => metres * framing.pxPerM * scale;
  const landmark = (name: LandmarkName): Landmark | undefined => pose.image[LANDMARK[name]];
  const at = (name: LandmarkName): Point => {
    const l = landmark(name);
    return l ? { x: dx + l.x * imageWidth * scale, y: dy + l.y * imageHeight * scale } : { x: Number.NaN, y: 0 };
  };
  const z = (name: LandmarkName): number => landmark(name)?.z ?? 0;
  const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  // World z grows away from the camera: the side whose shoulder is farther is the far side.
  const leftShoulderZ = pose.world[LANDMARK.left_shoulder]?.z ?? 0;
  const rightShoulderZ = pose.world[LANDMARK.right_shoulder]?.z ?? 0;
  const sideOn = Math.abs(leftShoulderZ - rightShoulderZ) > 0.15;
  const far: 'left' | 'right' | null = sideOn ? (leftShoulderZ > rightShoulderZ ? 'left' : 'right') : null;
  const tint = (colour: string, side: 'left' | 'right' | null) =>
    side !== null && side === far ? shade(colour, 0.62) : colour;

  const capsule = (a: Point, b: Point, radius: number, colour: string): void => {
    if (!Number.isFinite(a.x) || !Number.isFinite(b.x)) return;
    const r = px(radius);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // Across the limb: light on the upper left, dark on the lower right, like a lit cylinder.
    const nx = length > 1e-3 ? -(b.y - a.y) / length : 1;
    const ny = length > 1e-3 ? (b.x - a.x) / length : 0;
    const flip = nx + ny > 0 ? -1 : 1;
    const m = mid(a, b);
    const gradient = context.createLinearGradient(
      m.x + nx * r * flip,
      m.y + ny * r * flip,
      m.x - nx * r * flip,
      m.y - ny * r * flip,
    );
    gradient.addColorStop(0, shade(colour, 1.35));
    gradient.addColorStop(0.45, colour);
    gradient.addColorStop(1, shade(colour, 0.6));
    context.lineCap = 'round';
    context.strokeStyle = palette.outline;
    context.lineWidth = 2 * r + Math.max(1.5, r * 0.18);
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x + (length < 0.5 ? 0.5 : 0), b.y);
    context.stroke();
    context.strokeStyle = gradient;
    context.lineWidth = 2 * r;
    context.stroke();
  };
  const ball = (c: Point, radius: number, colour: string): void => {
    if (!Number.isFinite(c.x)) return;
    const r = px(radius);
    const gradient = context.createRadialGradient(c.x - r * 0.35, c.y - r * 0.4, r * 0.1, c.x, c.y, r);
    gradient.addColorStop(0, shade(colour, 1.3));
    gradient.addColorStop(1, shade(colour, 0.7));
    context.fillStyle = gradient;
    context.strokeStyle = palette.outline;
    context.lineWidth = Math.max(1.5, r * 0.18);
    context.beginPath();
    context.arc(c.x, c.y, r, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  };
  const depthOf = (...names: LandmarkName[]) => names.reduce((sum, name) => sum + z(name), 0) / names.length;

  const parts: Part[] = [];
  for (const side of ['left', 'right'] as const) {
    const n = (joint: string) => `${side}_${joint}` as LandmarkName;
    const hand = mid(mid(at(n('wrist')), at(n('index'))), at(n('pinky')));
    parts.push(
      {
        depth: depthOf(n('shoulder'), n('elbow')),
        draw: () => capsule(at(n('shoulder')), at(n('elbow')), RADIUS.upperArm, tint(palette.shirt, side)),
      },
      {
        depth: depthOf(n('elbow'), n('wrist')) - 0.001,
        draw: () => {
          capsule(at(n('elbow')), at(n('wrist')), RADIUS.forearm, tint(palette.skin, side));
          ball(hand, RADIUS.hand, tint(palette.skin, side));
        },
      },
      {
        depth: depthOf(n('hip'), n('knee')),
        draw: () => capsule(at(n('hip')), at(n('knee')), RADIUS.thigh, tint(palette.trousers, side)),
      },
      {
        depth: depthOf(n('knee'), n('ankle')) - 0.001,
        draw: () => {
          capsule(at(n('knee')), at(n('ankle')), RADIUS.shin, tint(palette.trousers, side));
          capsule(at(n('heel')), at(n('foot_index')), RADIUS.foot, tint('#2a3242', side));
        },
      },
    );
  }
  const shoulders = mid(at('left_shoulder'), at('right_shoulder'));
  const ears = mid(at('left_ear'), at('right_ear'));
  parts.push({
    depth: depthOf('left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'),
    draw: () =>
      drawTorso(
        context,
        [at('left_shoulder'), at('right_shoulder'), at('right_hip'), at('left_hip')],
        px(RADIUS.torso),
        palette,
      ),
  });
  // Painter's order: the farthest first (image z grows away from the camera).
  parts.sort((a, b) => b.depth - a.depth);
  context.save();
  context.lineJoin = 'round';
  for (const part of parts) part.draw();
  // The neck and head last, over the trunk's rounded top: how far the shoulders sit from the ears
  // is what a shrug changes, so the neck must always show.
  capsule(shoulders, ears, RADIUS.neck, palette.skin);
  drawHead(context, pose, at, px(RADIUS.head), palette);
  context.restore();
}

/** The trunk: the shoulder–hip quadrilateral, fattened by its radius so a side view has depth. */
function drawTorso(context: CanvasRenderingContext2D, corners: readonly Point[], r: number, palette: Palette): void {
  if (corners.some((corner) => !Number.isFinite(corner.x))) return;
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const gradient = context.createLinearGradient(
    Math.min(...xs) - r,
    Math.min(...ys) - r,
    Math.max(...xs) + r,
    Math.max(...ys) + r,
  );
  gradient.addColorStop(0, shade(palette.shirt, 1.3));
  gradient.addColorStop(0.5, palette.shirt);
  gradient.addColorStop(1, shade(palette.shirt, 0.62));
  const path = () => {
    context.beginPath();
    corners.forEach((corner, i) => (i === 0 ? context.moveTo(corner.x, corner.y) : context.lineTo(corner.x, corner.y)));
    context.closePath();
  };
  context.lineJoin = 'round';
  path();
  context.strokeStyle = palette.outline;
  context.lineWidth = 2 * r + Math.max(1.5, r * 0.16);
  context.stroke();
  context.fillStyle = gradient;
  context.strokeStyle = gradient;
  context.lineWidth = 2 * r;
  context.fill();
  context.stroke();
}

/**
 * The head: a ball between the ears, hair on the side away from the face, and the face itself
 * (eyes and nose) on the side towards it. The nose's offset from the head's centre says where the
 * face points, whatever the view.
 */
function drawHead(
  context: CanvasRenderingContext2D,
  pose: Pose,
  at: (name: LandmarkName) => Point,
  r: number,
  palette: Palette,
): void {
  const leftEar = at('left_ear');
  const rightEar = at('right_ear');
  const nose = at('nose');
  if (![leftEar, rightEar, nose].every((p) => Number.isFinite(p.x))) return;
  const eyes = { x: (at('left_eye').x + at('right_eye').x) / 2, y: (at('left_eye').y + at('right_eye').y) / 2 };
  const mouth = {
    x: (at('mouth_left').x + at('mouth_right').x) / 2,
    y: (at('mouth_left').y + at('mouth_right').y) / 2,
  };
  // The head's "up": from the mouth to the eyes, scaled; the centre sits a little above the ears.
  const upLength = Math.hypot(eyes.x - mouth.x, eyes.y - mouth.y) || 1;
  const up = { x: (eyes.x - mouth.x) / upLength, y: (eyes.y - mouth.y) / upLength };
  const centre = {
    x: (leftEar.x + rightEar.x) / 2 + up.x * r * 0.15,
    y: (leftEar.y + rightEar.y) / 2 + up.y * r * 0.15,
  };
  const face = { x: nose.x - centre.x, y: nose.y - centre.y };
  const faceLength = Math.hypot(face.x, face.y);
  const noseZ = pose.image[LANDMARK.nose]?.z ?? 0;
  const earsZ = ((pose.image[LANDMARK.left_ear]?.z ?? 0) + (pose.image[LANDMARK.right_ear]?.z ?? 0)) / 2;
  const facingAway = noseZ > earsZ + 0.02;

  context.save();
  // Skin.
  const gradient = context.createRadialGradient(
    centre.x - r * 0.35,
    centre.y - r * 0.4,
    r * 0.1,
    centre.x,
    centre.y,
    r,
  );
  gradient.addColorStop(0, shade(palette.skin, 1.25));
  gradient.addColorStop(1, shade(palette.skin, 0.72));
  context.beginPath();
  context.arc(centre.x, centre.y, r, 0, 2 * Math.PI);
  context.fillStyle = gradient;
  context.fill();
  // Hair: a disc pushed away from the face and up, clipped to the head.
  context.save();
  context.clip();
  const away = facingAway
    ? { x: 0, y: 0 }
    : { x: -face.x / Math.max(faceLength, 1e-3), y: -face.y / Math.max(faceLength, 1e-3) };
  const push = facingAway ? 0 : Math.min(1, faceLength / r) * 0.75 + 0.2;
  context.beginPath();
  context.arc(
    centre.x + (away.x * push + up.x * 0.55) * r,
    centre.y + (away.y * push + up.y * 0.55) * r,
    r * (facingAway ? 1.2 : 0.95),
    0,
    2 * Math.PI,
  );
  context.fillStyle = palette.hair;
  context.fill();
  context.restore();
  context.beginPath();
  context.arc(centre.x, centre.y, r, 0, 2 * Math.PI);
  context.strokeStyle = palette.outline;
  context.lineWidth = Math.max(1.5, r * 0.12);
  context.stroke();
  if (!facingAway) {
    // The nose: a small ball, sticking out past the outline when seen side-on.
    const noseTip =
      faceLength > r * 0.7
        ? { x: centre.x + (face.x / faceLength) * r * 1.12, y: centre.y + (face.y / faceLength) * r * 1.12 }
        : nose;
    context.beginPath();
    context.arc(noseTip.x, noseTip.y, r * 0.13, 0, 2 * Math.PI);
    context.fillStyle = shade(palette.skin, 0.8);
    context.fill();
    // Eyes, where they face the camera (nearer than the ears).
    for (const eye of ['left_eye', 'right_eye'] as const) {
      const eyeZ = pose.image[LANDMARK[eye]]?.z ?? 0;
      if (eyeZ > earsZ + 0.01) continue;
      const p = at(eye);
      const inside = { x: centre.x + (p.x - centre.x) * 0.9, y: centre.y + (p.y - centre.y) * 0.9 };
      context.beginPath();
      context.arc(inside.x, inside.y, Math.max(1.2, r * 0.1), 0, 2 * Math.PI);
      context.fillStyle = palette.outline;
      context.fill();
    }
  }
  context.restore();
}
