import { describe, expect, it } from 'vitest';
import { renderPose, type PuppetPose } from '../../tests/support';
import {
  FEET_CAMERA,
  catCowCat,
  catCowCow,
  catCowNeutral,
  rotationKnees,
  rotationRest,
  squeezeBack,
  squeezeRest,
} from '../../tests/support/presets-floor';
import type { BodySide } from '../pose/body-side';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import { ANGLE_SMOOTHING } from '../pose/one-euro';
import type { Landmark } from '../pose/types';
import { angle, type Measure, type MeasureInput } from './measures';
import {
  alongLine,
  angleOf,
  heightBelow,
  lean,
  lengthRatio,
  negated,
  offsetFromLine,
  onlyWhen,
  pairGap,
  pairTilt,
  riseOf,
  sideShift,
  turn,
} from './measures-floor';

const WIDTH = 1280;
const HEIGHT = 720;

type Points = Partial<Record<LandmarkName, readonly [number, number]>>;

/** A 16:9 frame built by hand, image points in PIXELS; unlisted landmarks sit at the centre. */
function frame(pixels: Points, near: BodySide = 'right'): MeasureInput {
  const image: Landmark[] = Array.from({ length: LANDMARK_COUNT }, () => ({ x: 0.5, y: 0.5, z: 0, visibility: 1 }));
  for (const [name, [x, y]] of Object.entries(pixels) as [LandmarkName, readonly [number, number]][]) {
    image[LANDMARK[name]] = { x: x / WIDTH, y: y / HEIGHT, z: 0, visibility: 1 };
  }
  return { pose: { image, world: image }, imageWidth: WIDTH, imageHeight: HEIGHT, near };
}

/** The input with one landmark absent altogether (a hole in the list). */
function without(input: MeasureInput, name: LandmarkName): MeasureInput {
  const image: Landmark[] = [];
  input.pose.image.forEach((landmark, i) => {
    if (i !== LANDMARK[name]) image[i] = landmark;
  });
  return { ...input, pose: { image, world: image } };
}

/** A measure on a rendered puppet pose, its near side given. */
function onPuppet(measure: Measure, puppet: PuppetPose, near: BodySide, camera = FEET_CAMERA): number | null {
  const pose = renderPose(puppet, { camera });
  return measure.compute({ pose, imageWidth: camera.imageWidth, imageHeight: camera.imageHeight, near });
}

describe('angleOf', () => {
  it('is the angle at the middle point, with each landmark on the side it names', () => {
    const input = frame({ right_shoulder: [900, 400], right_hip: [600, 400], left_knee: [600, 100] });
    const bend = angleOf(
      { joint: 'shoulder', side: 'near' },
      { joint: 'hip', side: 'near' },
      { joint: 'knee', side: 'left' },
    );
    expect(bend.compute(input)).toBeCloseTo(90, 9);
    expect(bend.joints('right')).toEqual(['right_shoulder', 'right_hip', 'left_knee']);
    expect(bend.joints('left')).toEqual(['left_shoulder', 'left_hip', 'left_knee']);
    expect(bend.arc?.('right')).toEqual({ at: 'right_hip', from: 'right_shoulder', to: 'left_knee' });
    expect(bend).toMatchObject({ unit: '°', space: 'image', smoothing: ANGLE_SMOOTHING });
  });

  it('matches angle() when every landmark is on the same side', () => {
    const input = frame({ right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [820, 180] });
    expect(angleOf('shoulder', 'elbow', 'wrist').compute(input)).toBeCloseTo(
      angle('shoulder', 'elbow', 'wrist').compute(input) ?? Number.NaN,
      9,
    );
  });

  it('is null when a landmark is missing or a segment has no length', () => {
    const input = frame({ right_shoulder: [900, 400], right_hip: [600, 400], right_knee: [600, 100] });
    expect(angleOf('shoulder', 'hip', 'knee').compute(without(input, 'right_knee'))).toBeNull();
    expect(
      angleOf('shoulder', 'hip', 'knee').compute(frame({ right_shoulder: [600, 400], right_hip: [600, 400] })),
    ).toBeNull();
  });
});

describe('riseOf', () => {
  it('is + above level and − below, whichever way the segment points', () => {
    const up = frame({ right_hip: [600, 400], left_ankle: [600 - 400 * Math.sqrt(3), 0] });
    const down = frame({ right_hip: [600, 400], left_ankle: [800, 600] });
    const foot = riseOf('hip', { joint: 'ankle', side: 'left' });
    expect(foot.compute(up)).toBeCloseTo(30, 9);
    expect(foot.compute(down)).toBeCloseTo(-45, 9);
    expect(foot.arc?.('right')).toEqual({ at: 'right_hip', from: 'level', to: 'left_ankle' });
  });
});

describe('turn', () => {
  const head = turn(['hip', 'shoulder'], ['shoulder', 'ear']);

  it('is the segment turned up (+) or down (−) from the reference, facing either way', () => {
    // Trunk level to the right; the ear 30° above its line, then 30° below.
    const r = 200;
    const upRight = frame({
      right_hip: [300, 400],
      right_shoulder: [700, 400],
      right_ear: [700 + r * Math.cos(Math.PI / 6), 400 - r / 2],
    });
    const downRight = frame({
      right_hip: [300, 400],
      right_shoulder: [700, 400],
      right_ear: [700 + r * Math.cos(Math.PI / 6), 400 + r / 2],
    });
    const upLeft = frame({
      right_hip: [900, 400],
      right_shoulder: [500, 400],
      right_ear: [500 - r * Math.cos(Math.PI / 6), 400 - r / 2],
    });
    expect(head.compute(upRight)).toBeCloseTo(30, 9);
    expect(head.compute(downRight)).toBeCloseTo(-30, 9);
    expect(head.compute(upLeft)).toBeCloseTo(30, 9);
  });

  it('reads against a tilted reference, and wraps past a half turn', () => {
    // Trunk rising 20°; the segment level: 20° below the trunk line.
    const rising = frame({
      right_hip: [300, 400],
      right_shoulder: [300 + 400 * Math.cos(Math.PI / 9), 400 - 400 * Math.sin(Math.PI / 9)],
      right_ear: [800, 400 - 400 * Math.sin(Math.PI / 9)],
    });
    expect(head.compute(rising)).toBeCloseTo(-20, 6);
    const back = frame({ right_hip: [300, 400], right_shoulder: [700, 400], right_ear: [500, 410] });
    expect(head.compute(back)).toBeLessThan(-170);
  });

  it('reads the puppet: the head drops below the trunk line in the cat, rises above it in the cow', () => {
    const camera = { ...FEET_CAMERA, distanceM: 2.5, heightM: 0.8, tiltDeg: 12 };
    const neutral = onPuppet(head, catCowNeutral, 'right', camera) ?? Number.NaN;
    expect(onPuppet(head, catCowCat, 'right', camera)).toBeLessThan(neutral - 40);
    expect(onPuppet(head, catCowCow, 'right', camera)).toBeGreaterThan(neutral + 20);
  });
});

describe('lean', () => {
  const trunk = lean('hip', 'shoulder', { facing: ['hip', 'knee'] });

  it('is + leaning toward where the person faces, − away, facing either way', () => {
    // Seated: the knee in front of the hip. The shoulder 30° back from plumb.
    const s = Math.sin(Math.PI / 6) * 400;
    const c = Math.cos(Math.PI / 6) * 400;
    const facingRight = frame({ right_hip: [600, 500], right_knee: [900, 510], right_shoulder: [600 - s, 500 - c] });
    const facingLeft = frame({ right_hip: [600, 500], right_knee: [300, 510], right_shoulder: [600 + s, 500 - c] });
    const forward = frame({ right_hip: [600, 500], right_knee: [900, 510], right_shoulder: [600 + s, 500 - c] });
    expect(trunk.compute(facingRight)).toBeCloseTo(-30, 9);
    expect(trunk.compute(facingLeft)).toBeCloseTo(-30, 9);
    expect(trunk.compute(forward)).toBeCloseTo(30, 9);
    expect(trunk.joints('right')).toEqual(['right_hip', 'right_shoulder', 'right_knee']);
    expect(trunk.arc?.('left')).toEqual({ at: 'left_hip', from: 'up', to: 'left_shoulder' });
  });
});

describe('offsetFromLine and alongLine', () => {
  // Standing side-on facing right: hip below the ear, the nose ahead of the ear.
  const upright = { right_hip: [600, 600], right_ear: [600, 200], nose: [680, 210] } as const;
  const behind = offsetFromLine('shoulder', ['hip', 'ear'], { facing: ['ear', 'nose'] });

  it('is the offset square to the line in its lengths, + on the side the person faces', () => {
    expect(behind.compute(frame({ ...upright, right_shoulder: [560, 300] }))).toBeCloseTo(-0.1, 9);
    expect(behind.compute(frame({ ...upright, right_shoulder: [620, 300] }))).toBeCloseTo(0.05, 9);
    const facingLeft = { right_hip: [600, 600], right_ear: [600, 200], nose: [520, 210] } as const;
    expect(behind.compute(frame({ ...facingLeft, right_shoulder: [640, 300] }))).toBeCloseTo(-0.1, 9);
  });

  it('is where the point sits along the line, 0 at its start and 1 at its end', () => {
    const height = alongLine('shoulder', ['hip', 'ear']);
    expect(height.compute(frame({ ...upright, right_shoulder: [560, 300] }))).toBeCloseTo(0.75, 9);
    expect(height.compute(frame({ ...upright, right_shoulder: [560, 260] }))).toBeCloseTo(0.85, 9);
    expect(height.compute(frame({ right_hip: [600, 600], right_ear: [600, 600] }))).toBeNull();
  });

  it('reads the puppet: a squeeze draws the shoulder ~0.1 of the line behind it', () => {
    const camera = { ...FEET_CAMERA, distanceM: 2.5, heightM: 1.1, tiltDeg: 5 };
    const rest = onPuppet(behind, squeezeRest, 'right', camera) ?? Number.NaN;
    const back = onPuppet(behind, squeezeBack, 'right', camera) ?? Number.NaN;
    expect(rest - back).toBeGreaterThan(0.09);
    expect(rest - back).toBeLessThan(0.15);
  });
});

describe('heightBelow', () => {
  it('is how far below the first point the second sits, in lengths of the scale segment', () => {
    const input = frame({ right_hip: [600, 600], right_shoulder: [800, 400], right_wrist: [810, 683] });
    // Trunk length √(200² + 200²) ≈ 283 px; the wrist 283 px below the shoulder.
    expect(heightBelow('shoulder', 'wrist', ['hip', 'shoulder']).compute(input)).toBeCloseTo(1, 2);
  });
});

describe('sideShift, pairGap and pairTilt (front view)', () => {
  const hips = { left_hip: [700, 500], right_hip: [600, 500] } as const;

  it('sideShift is + toward the person’s left, in widths, read from the pair itself', () => {
    const knees = sideShift('knee', 'hip', 'hip');
    expect(knees.compute(frame({ ...hips, left_knee: [850, 300], right_knee: [750, 300] }))).toBeCloseTo(1.5, 9);
    // Mirrored picture: the person's left is now on the picture's left.
    const mirrored = {
      left_hip: [600, 500],
      right_hip: [700, 500],
      left_knee: [450, 300],
      right_knee: [550, 300],
    } as const;
    expect(knees.compute(frame(mirrored))).toBeCloseTo(1.5, 9);
    expect(negated(knees, 'to the right').compute(frame(mirrored))).toBeCloseTo(-1.5, 9);
    expect(knees.joints('left')).toEqual(['left_knee', 'right_knee', 'left_hip', 'right_hip']);
  });

  it('pairGap is the pair apart in widths of another pair; pairTilt the pair line off level', () => {
    expect(
      pairGap('knee', 'hip').compute(frame({ ...hips, left_knee: [800, 300], right_knee: [600, 300] })),
    ).toBeCloseTo(2, 9);
    const tilted = frame({ left_shoulder: [700, 300], right_shoulder: [600, 300 + 100 * Math.tan(Math.PI / 12)] });
    expect(pairTilt('shoulder').compute(tilted)).toBeCloseTo(15, 9);
  });

  it('lengthRatio is one segment in lengths of another', () => {
    const input = frame({
      left_shoulder: [700, 300],
      right_shoulder: [600, 300],
      left_hip: [690, 350],
      right_hip: [610, 350],
    });
    const trunk = lengthRatio(
      [
        { joint: 'shoulder', side: 'mid' },
        { joint: 'hip', side: 'mid' },
      ],
      [
        { joint: 'shoulder', side: 'left' },
        { joint: 'shoulder', side: 'right' },
      ],
    );
    expect(trunk.compute(input)).toBeCloseTo(0.5, 9);
  });

  it('read the puppet seen from its feet: knees lowered to its left read +, to its right −', () => {
    const knees = sideShift('knee', 'hip', 'hip');
    expect(Math.abs(onPuppet(knees, rotationRest, 'left') ?? Number.NaN)).toBeLessThan(0.05);
    expect(onPuppet(knees, rotationKnees('left'), 'left')).toBeGreaterThan(1.2);
    expect(onPuppet(knees, rotationKnees('right'), 'left')).toBeLessThan(-1.2);
    expect(onPuppet(pairGap('knee', 'hip'), rotationKnees('left'), 'left')).toBeLessThan(1.3);
  });
});

describe('onlyWhen', () => {
  it('passes the measure through while the gate holds, and reads the gate’s landmarks too', () => {
    const gated = onlyWhen(angle('shoulder', 'elbow', 'wrist'), angle('hip', 'knee', 'ankle'), (knee) => knee > 150);
    const arm = { right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [800, 200] } as const;
    const straightLeg = { right_hip: [600, 400], right_knee: [600, 550], right_ankle: [600, 700] } as const;
    const bentLeg = { right_hip: [600, 400], right_knee: [600, 550], right_ankle: [750, 550] } as const;
    expect(gated.compute(frame({ ...arm, ...straightLeg }))).toBeCloseTo(90, 9);
    expect(gated.compute(frame({ ...arm, ...bentLeg }))).toBeNull();
    expect(gated.compute(without(frame({ ...arm, ...straightLeg }), 'right_ankle'))).toBeNull();
    // Or a value plainly out of position, where the gate says so (but still null when unseen).
    const open = onlyWhen(
      angle('shoulder', 'elbow', 'wrist'),
      angle('hip', 'knee', 'ankle'),
      (knee) => knee > 150,
      180,
    );
    expect(open.compute(frame({ ...arm, ...bentLeg }))).toBe(180);
    expect(open.compute(without(frame({ ...arm, ...bentLeg }), 'right_ankle'))).toBeNull();
    expect(gated.joints('right')).toEqual([
      'right_shoulder',
      'right_elbow',
      'right_wrist',
      'right_hip',
      'right_knee',
      'right_ankle',
    ]);
  });
});
