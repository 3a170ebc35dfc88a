import { describe, expect, it } from 'vitest';
import { handFrame, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { towardCamera, towardCameraAngle, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Front view, near side left; unlisted landmarks at the picture's corner. */
const frontFrame = (pixels: Points, world: Points = {}): MeasureInput =>
  handFrame(pixels, { world, near: 'left', rest: 'origin' });

describe('towardCamera', () => {
  it('is the share of a segment pointing at the camera (world z, negative towards it)', () => {
    const input = (elbow: readonly [number, number, number]) =>
      sideFrame({}, { world: { right_shoulder: [0, -0.5, 0], right_elbow: elbow } });
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, -0.3]))).toBeCloseTo(1, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0.3, -0.5, 0]))).toBeCloseTo(0, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, 0.3]))).toBeCloseTo(-1, 9);
    expect(
      towardCamera('shoulder', 'elbow').compute(input([0, -0.5 + 0.3 * Math.cos(Math.PI / 6), -0.15])),
    ).toBeCloseTo(0.5, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, 0]))).toBeNull();
    expect(towardCamera('shoulder', 'elbow').space).toBe('world');
  });
});

describe('outOfPicture', () => {
  it('is the segment’s angle towards the camera (world): + towards it', () => {
    const input = frontFrame({}, { left_shoulder: [0, 0, 0], left_wrist: [0.3, 0, -0.3] });
    expect(towardCameraAngle('left_shoulder', 'left_wrist').compute(input)).toBeCloseTo(45, 9);
    expect(towardCameraAngle('left_wrist', 'left_shoulder').compute(input)).toBeCloseTo(-45, 9);
  });
});
