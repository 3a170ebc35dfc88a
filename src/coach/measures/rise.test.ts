import { describe, expect, it } from 'vitest';
import { handFrame, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import { rise, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

describe('rise', () => {
  it('is + above level and − below, whichever way the segment points', () => {
    const up = sideFrame({ right_hip: [600, 400], right_ankle: [600 + 400 * Math.sqrt(3), 0] });
    const upLeft = sideFrame({ right_hip: [600, 400], right_ankle: [600 - 400 * Math.sqrt(3), 0] });
    const down = sideFrame({ right_hip: [600, 400], right_ankle: [800, 600] });
    expect(rise('hip', 'ankle').compute(up)).toBeCloseTo(30, 9);
    expect(rise('hip', 'ankle').compute(upLeft)).toBeCloseTo(30, 9);
    expect(rise('hip', 'ankle').compute(down)).toBeCloseTo(-45, 9);
  });
});

describe('riseOf', () => {
  it('is + above level and − below, whichever way the segment points', () => {
    const up = floorFrame({ right_hip: [600, 400], left_ankle: [600 - 400 * Math.sqrt(3), 0] });
    const down = floorFrame({ right_hip: [600, 400], left_ankle: [800, 600] });
    const foot = rise('hip', { joint: 'ankle', side: 'left' });
    expect(foot.compute(up)).toBeCloseTo(30, 9);
    expect(foot.compute(down)).toBeCloseTo(-45, 9);
    expect(foot.arc?.('right')).toEqual({ at: 'right_hip', from: 'level', to: 'left_ankle' });
  });
});
