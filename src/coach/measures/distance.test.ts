import { describe, expect, it } from 'vitest';
import { FEET_CAMERA, rotationKnees } from '../../exercises/trunk-rotation.presets';
import { renderPose } from '../../../tests/support';
import { handFrame, type Points } from '../../../tests/support/hand-frame';
import { distance, neckLength, RATIO_SMOOTHING, type MeasureInput } from '.';

/** Front view, near side left; unlisted landmarks at the picture's corner. */
const frontFrame = (pixels: Points, world: Points = {}): MeasureInput =>
  handFrame(pixels, { world, near: 'left', rest: 'origin' });

// Shoulders 200 px apart (image) and 0.4 m apart (world), level, facing the camera.
const SHOULDERS_PX = { left_shoulder: [740, 300], right_shoulder: [540, 300] } as const;

describe('distance', () => {
  it('is the distance between two points in shoulder widths, across the picture', () => {
    const input = frontFrame({ ...SHOULDERS_PX, left_wrist: [540, 450], right_wrist: [740, 450] });
    expect(distance('left_wrist', 'right_wrist').compute(input)).toBeCloseTo(1, 9);
    expect(distance('left_wrist', 'right_shoulder').compute(input)).toBeCloseTo(0.75, 9);
    expect(distance('left_wrist', 'right_wrist').joints('left')).toEqual([
      'left_wrist',
      'right_wrist',
      'left_shoulder',
      'right_shoulder',
    ]);
    expect(distance('left_wrist', 'right_wrist').smoothing).toBe(RATIO_SMOOTHING);
  });

  it('is null when the shoulders coincide (no width to measure by)', () => {
    const input = frontFrame({ left_shoulder: [600, 300], right_shoulder: [600, 300], left_wrist: [0, 0] });
    expect(distance('left_wrist', 'left_shoulder').compute(input)).toBeNull();
  });
});

describe('distance in lengths of another pair or segment', () => {
  it('is the knees apart in hip widths', () => {
    const input = handFrame(
      { left_hip: [700, 500], right_hip: [600, 500], left_knee: [800, 300], right_knee: [600, 300] },
      { worldFromImage: true },
    );
    expect(distance('left_knee', 'right_knee', { per: ['left_hip', 'right_hip'] }).compute(input)).toBeCloseTo(2, 9);
  });

  it('is the trunk (shoulders’ middle to hips’ middle) in shoulder widths', () => {
    const input = handFrame({
      left_shoulder: [700, 300],
      right_shoulder: [600, 300],
      left_hip: [690, 350],
      right_hip: [610, 350],
    });
    const trunk = distance({ joint: 'shoulder', side: 'mid' }, { joint: 'hip', side: 'mid' });
    expect(trunk.compute(input)).toBeCloseTo(0.5, 9);
  });

  it('is a hand to a knee, in shoulder widths', () => {
    const input = handFrame({
      left_shoulder: [840, 500],
      right_shoulder: [440, 500],
      right_knee: [590, 1000],
      left_wrist: [590, 980],
    });
    expect(distance('left_wrist', 'right_knee').compute(input)).toBeCloseTo(0.05, 9);
  });

  it('reads the puppet seen from its feet: knees lowered to one side come together', () => {
    const pose = renderPose(rotationKnees('left'), { camera: FEET_CAMERA });
    const input = {
      pose,
      imageWidth: FEET_CAMERA.imageWidth,
      imageHeight: FEET_CAMERA.imageHeight,
      near: 'left',
    } as const;
    expect(distance('left_knee', 'right_knee', { per: ['left_hip', 'right_hip'] }).compute(input)).toBeLessThan(1.3);
  });
});

describe('neckLength', () => {
  it('is shoulders to ears in typical necks (0.19 m)', () => {
    const input = handFrame(
      {},
      {
        world: {
          left_ear: [0.08, -0.69, 0],
          right_ear: [-0.08, -0.69, 0],
          left_shoulder: [0.2, -0.5, 0],
          right_shoulder: [-0.2, -0.5, 0],
        },
      },
    );
    expect(neckLength().compute(input)).toBeCloseTo(1, 9);
  });
});
