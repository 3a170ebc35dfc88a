import { describe, expect, it } from 'vitest';
import { mergePose, renderPose, standing, type PuppetPose } from '../../../tests/support';
import { FEET_CAMERA, rotationKnees, rotationRest } from '../../exercises/trunk-rotation.presets';
import { squeezeBack, squeezeRest } from '../../exercises/scapular-squeeze.presets';
import { handFrame, mirrored, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import {
  negated,
  aheadOf,
  along,
  heightAbove,
  nosePosition,
  offsetAcross,
  offsetFromLine,
  sideShift,
  type Measure,
  type MeasureInput,
} from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Front view, near side left; unlisted landmarks at the picture's corner. */
const frontFrame = (pixels: Points, world: Points = {}): MeasureInput =>
  handFrame(pixels, { world, near: 'left', rest: 'origin' });

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

/** A person facing the camera, near side left. */
const headFrame = (pixels: Points, world: Points = {}): MeasureInput => handFrame(pixels, { world, near: 'left' });

/** The puppet seen by the default camera, as a measure's input. */
const seen = (pose: PuppetPose): MeasureInput => ({
  pose: renderPose(pose),
  imageWidth: 640,
  imageHeight: 480,
  near: 'left',
});

/** A measure on a rendered puppet pose, its near side given. */
function onPuppet(measure: Measure, puppet: PuppetPose, near: BodySide, camera = FEET_CAMERA): number | null {
  const pose = renderPose(puppet, { camera });
  return measure.compute({ pose, imageWidth: camera.imageWidth, imageHeight: camera.imageHeight, near });
}

/**
 * A person facing the (non-mirrored) camera, centred: their left is the image's right. Shoulders
 * 400 px apart at y 500, ears 160 px apart at y 300, nose 30 px below the ears.
 */
const upright: Points = {
  left_shoulder: [840, 500],
  right_shoulder: [440, 500],
  left_ear: [720, 300],
  right_ear: [560, 300],
  nose: [640, 330],
};

// Shoulders 200 px apart (image) and 0.4 m apart (world), level, facing the camera.
const SHOULDERS_PX = { left_shoulder: [740, 300], right_shoulder: [540, 300] } as const;
const SHOULDERS_M = { left_shoulder: [0.2, -0.5, 0], right_shoulder: [-0.2, -0.5, 0] } as const;

describe('heightAbove: the ears above the shoulders', () => {
  it('is the height of the ears above the shoulders in shoulder widths, and shrinks with a shrug', () => {
    const gap = heightAbove(['left_ear', 'right_ear'], ['left_shoulder', 'right_shoulder']);
    const relaxed = sideFrame({
      left_ear: [680, 100],
      right_ear: [600, 100],
      left_shoulder: [740, 200],
      right_shoulder: [540, 200],
    });
    expect(gap.compute(relaxed)).toBeCloseTo(0.5, 9);
    const shrug = sideFrame({
      left_ear: [680, 100],
      right_ear: [600, 100],
      left_shoulder: [740, 160],
      right_shoulder: [540, 160],
    });
    expect(gap.compute(shrug)).toBeCloseTo(0.3, 9);
    expect(gap.joints('left')).toEqual(['left_ear', 'right_ear', 'left_shoulder', 'right_shoulder']);
  });
});

describe('heightAbove', () => {
  it('is + above and − below, in shoulder widths, in the picture', () => {
    const input = frontFrame({ ...SHOULDERS_PX, nose: [640, 200], left_ear: [680, 220], right_ear: [600, 220] });
    expect(heightAbove('nose', ['left_shoulder', 'right_shoulder']).compute(input)).toBeCloseTo(0.5, 9);
    expect(heightAbove(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']).compute(input)).toBeCloseTo(
      -0.4,
      9,
    );
  });

  it('in world space uses MediaPipe’s metres (y down) and the 3-D shoulder width', () => {
    const input = frontFrame({}, { ...SHOULDERS_M, left_ear: [0.08, -0.66, 0.02], right_ear: [-0.08, -0.66, 0.02] });
    const lift = heightAbove(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear'], { space: 'world' });
    expect(lift.compute(input)).toBeCloseTo(-0.4, 9);
    expect(lift.space).toBe('world');
  });
});

describe('aheadOf', () => {
  it('is how far a point is nearer the camera than another, in shoulder widths (world)', () => {
    const input = frontFrame({}, { ...SHOULDERS_M, left_ear: [0.08, -0.66, 0.04], right_ear: [-0.08, -0.66, 0.04] });
    expect(aheadOf(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']).compute(input)).toBeCloseTo(0.1, 9);
  });

  it('sees the puppet’s shoulders rolled forward, and back', () => {
    const ahead = aheadOf(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']);
    const rest = ahead.compute(seen(standing)) ?? Number.NaN;
    const forward = ahead.compute(seen(mergePose(standing, { both: { shoulderProtraction: 18 } }))) ?? Number.NaN;
    const back = ahead.compute(seen(mergePose(standing, { both: { shoulderProtraction: -18 } }))) ?? Number.NaN;
    expect(forward - rest).toBeGreaterThan(0.1);
    expect(back - rest).toBeLessThan(-0.1);
  });
});

describe('along', () => {
  it('is where a point lies along a line: 0 at its start, 1 at its end, − before it', () => {
    const input = frontFrame({ ...SHOULDERS_PX, left_wrist: [540, 380], right_wrist: [840, 300] });
    const shoulders = ['left_shoulder', 'right_shoulder'] as const;
    expect(along('left_wrist', [shoulders, 'right_shoulder']).compute(input)).toBeCloseTo(1, 9);
    expect(along('right_wrist', [shoulders, 'left_shoulder']).compute(input)).toBeCloseTo(2, 9);
    expect(along('right_wrist', [shoulders, 'right_shoulder']).compute(input)).toBeCloseTo(-2, 9);
  });
});

describe('offsetFromLine and along a side-view line', () => {
  // Standing side-on facing right: hip below the ear, the nose ahead of the ear.
  const upright = { right_hip: [600, 600], right_ear: [600, 200], nose: [680, 210] } as const;
  const behind = offsetFromLine('shoulder', ['hip', 'ear'], { facing: ['ear', 'nose'] });

  it('is the offset square to the line in its lengths, + on the side the person faces', () => {
    expect(behind.compute(floorFrame({ ...upright, right_shoulder: [560, 300] }))).toBeCloseTo(-0.1, 9);
    expect(behind.compute(floorFrame({ ...upright, right_shoulder: [620, 300] }))).toBeCloseTo(0.05, 9);
    const facingLeft = { right_hip: [600, 600], right_ear: [600, 200], nose: [520, 210] } as const;
    expect(behind.compute(floorFrame({ ...facingLeft, right_shoulder: [640, 300] }))).toBeCloseTo(-0.1, 9);
  });

  it('is where the point sits along the line, 0 at its start and 1 at its end', () => {
    const height = along('shoulder', ['hip', 'ear']);
    expect(height.compute(floorFrame({ ...upright, right_shoulder: [560, 300] }))).toBeCloseTo(0.75, 9);
    expect(height.compute(floorFrame({ ...upright, right_shoulder: [560, 260] }))).toBeCloseTo(0.85, 9);
    expect(height.compute(floorFrame({ right_hip: [600, 600], right_ear: [600, 600] }))).toBeNull();
  });

  it('reads the puppet: a squeeze draws the shoulder ~0.1 of the line behind it', () => {
    const camera = { ...FEET_CAMERA, distanceM: 2.5, heightM: 1.1, tiltDeg: 5 };
    const rest = onPuppet(behind, squeezeRest, 'right', camera) ?? Number.NaN;
    const back = onPuppet(behind, squeezeBack, 'right', camera) ?? Number.NaN;
    expect(rest - back).toBeGreaterThan(0.09);
    expect(rest - back).toBeLessThan(0.15);
  });
});

describe('heightAbove in lengths of another segment', () => {
  it('is how far the first point sits above the second, in lengths of the `per` segment', () => {
    const input = floorFrame({ right_hip: [600, 600], right_shoulder: [800, 400], right_wrist: [810, 683] });
    // Trunk length √(200² + 200²) ≈ 283 px; the wrist 283 px below the shoulder.
    expect(heightAbove('shoulder', 'wrist', { per: ['hip', 'shoulder'] }).compute(input)).toBeCloseTo(1, 2);
  });
});

describe('sideShift (front view)', () => {
  const hips = { left_hip: [700, 500], right_hip: [600, 500] } as const;

  it('sideShift is + toward the person’s left, in widths, read from the pair itself', () => {
    const knees = sideShift('knee', 'hip', 'hip');
    expect(knees.compute(floorFrame({ ...hips, left_knee: [850, 300], right_knee: [750, 300] }))).toBeCloseTo(1.5, 9);
    // Mirrored picture: the person's left is now on the picture's left.
    const mirrored = {
      left_hip: [600, 500],
      right_hip: [700, 500],
      left_knee: [450, 300],
      right_knee: [550, 300],
    } as const;
    expect(knees.compute(floorFrame(mirrored))).toBeCloseTo(1.5, 9);
    expect(negated(knees, 'to the right').compute(floorFrame(mirrored))).toBeCloseTo(-1.5, 9);
    expect(knees.joints('left')).toEqual(['left_knee', 'right_knee', 'left_hip', 'right_hip']);
  });

  it('read the puppet seen from its feet: knees lowered to its left read +, to its right −', () => {
    const knees = sideShift('knee', 'hip', 'hip');
    expect(Math.abs(onPuppet(knees, rotationRest, 'left') ?? Number.NaN)).toBeLessThan(0.05);
    expect(onPuppet(knees, rotationKnees('left'), 'left')).toBeGreaterThan(1.2);
    expect(onPuppet(knees, rotationKnees('right'), 'left')).toBeLessThan(-1.2);
  });
});

describe('nosePosition', () => {
  it('is the nose off the middle of the shoulders, in shoulder widths, across (+ left) and up', () => {
    const input = headFrame({ ...upright, nose: [740, 300] });
    expect(nosePosition('across').compute(input)).toBeCloseTo(0.25, 9);
    expect(nosePosition('up').compute(input)).toBeCloseTo(0.5, 9);
    expect(nosePosition('across').compute(mirrored(input))).toBeCloseTo(0.25, 9);
  });
});

describe('offsetAcross', () => {
  it('measure in the picture, in body widths', () => {
    const input = headFrame({
      ...upright,
      left_hip: [740, 900],
      right_hip: [540, 900],
      left_knee: [790, 1000],
      right_knee: [590, 1000],
      left_wrist: [590, 980],
    });
    expect(offsetAcross('knee', 'hip').compute(input)).toBeCloseTo(0.25, 9);
    expect(offsetAcross('knee', 'hip').compute(mirrored(input))).toBeCloseTo(0.25, 9);
  });
});
