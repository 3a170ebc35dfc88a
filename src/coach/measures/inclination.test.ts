import { describe, expect, it } from 'vitest';
import { mergePose, mirrorPose, renderPose, standing, type PuppetPose } from '../../../tests/support';
import { handFrame, without, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import { inclination, leanForward, leanSideways, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

/** The puppet seen by the default camera, as a measure's input. */
function standingBent(deg: number): PuppetPose {
  return mergePose(standing, { torsoRoll: deg });
}

const seen = (pose: PuppetPose): MeasureInput => ({
  pose: renderPose(pose),
  imageWidth: 640,
  imageHeight: 480,
  near: 'left',
});

describe('inclination', () => {
  it('reads a trunk hinged 45° forward as 45° in a 16:9 frame, facing either way', () => {
    const right = sideFrame({ right_hip: [600, 500], right_shoulder: [800, 300] });
    const left = sideFrame({ right_hip: [600, 500], right_shoulder: [400, 300] });
    expect(inclination('hip', 'shoulder').compute(right)).toBeCloseTo(45, 9);
    expect(inclination('hip', 'shoulder').compute(left)).toBeCloseTo(45, 9);
  });

  it('uses the midpoint of both sides for side “mid”, and reads both', () => {
    const input = sideFrame({
      left_hip: [580, 500],
      right_hip: [620, 500],
      left_shoulder: [580, 300],
      right_shoulder: [620, 300],
    });
    const trunk = inclination('hip', 'shoulder', { side: 'mid' });
    expect(trunk.compute(input)).toBeCloseTo(0, 9);
    expect(trunk.joints('left')).toEqual(['left_hip', 'right_hip', 'left_shoulder', 'right_shoulder']);
    expect(trunk.compute(without(input, 'right_shoulder'))).toBeNull();
    expect(trunk.arc).toBeUndefined();
  });
});

describe('leanSideways', () => {
  it('is + towards the person’s left, facing the camera or mirrored', () => {
    const tilted = standingBent(15);
    const value = leanSideways(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(seen(tilted));
    const mirrored = leanSideways(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(
      seen(mirrorPose(tilted)),
    );
    expect(value).toBeGreaterThan(12);
    expect(mirrored).toBeLessThan(-12);
  });

  it('reads the same from behind (the hip line says which way is left)', () => {
    const behind = mergePose(standingBent(15), { facing: 180 });
    expect(
      leanSideways(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(seen(behind)),
    ).toBeGreaterThan(12);
  });
});

describe('leanForward', () => {
  const trunk = leanForward('hip', 'shoulder', { facing: ['hip', 'knee'] });

  it('is + leaning toward where the person faces, − away, facing either way', () => {
    // Seated: the knee in front of the hip. The shoulder 30° back from plumb.
    const s = Math.sin(Math.PI / 6) * 400;
    const c = Math.cos(Math.PI / 6) * 400;
    const facingRight = floorFrame({
      right_hip: [600, 500],
      right_knee: [900, 510],
      right_shoulder: [600 - s, 500 - c],
    });
    const facingLeft = floorFrame({
      right_hip: [600, 500],
      right_knee: [300, 510],
      right_shoulder: [600 + s, 500 - c],
    });
    const forward = floorFrame({ right_hip: [600, 500], right_knee: [900, 510], right_shoulder: [600 + s, 500 - c] });
    expect(trunk.compute(facingRight)).toBeCloseTo(-30, 9);
    expect(trunk.compute(facingLeft)).toBeCloseTo(-30, 9);
    expect(trunk.compute(forward)).toBeCloseTo(30, 9);
    expect(trunk.joints('right')).toEqual(['right_hip', 'right_shoulder', 'right_knee']);
    expect(trunk.arc?.('left')).toEqual({ at: 'left_hip', from: 'up', to: 'left_shoulder' });
  });
});
