import { describe, expect, it } from 'vitest';
import { renderPose, rowStart, standing } from '../../tests/support';
import { LANDMARK } from './landmarks';
import { countPeople, meanLuma } from './scene';
import type { Pose } from './types';

const pixels = (...rgb: [number, number, number][]) =>
  new Uint8ClampedArray(rgb.flatMap(([r, g, b]) => [r, g, b, 255]));

describe('meanLuma', () => {
  it('is 0 for black, 1 for white, and weighs green most (Rec. 601)', () => {
    expect(meanLuma(pixels([0, 0, 0], [0, 0, 0]))).toBe(0);
    expect(meanLuma(pixels([255, 255, 255]))).toBeCloseTo(1, 6);
    expect(meanLuma(pixels([0, 255, 0]))).toBeCloseTo(0.587, 3);
    expect(meanLuma(pixels([255, 0, 0], [0, 0, 255]))).toBeCloseTo((0.299 + 0.114) / 2, 3);
  });

  it('is 0 for no pixels', () => {
    expect(meanLuma(new Uint8ClampedArray())).toBe(0);
  });
});

describe('countPeople', () => {
  const person = renderPose(standing);
  const without = (pose: Pose, name: keyof typeof LANDMARK, change: object): Pose => {
    const image = pose.image.map((p, i) => (i === LANDMARK[name] ? { ...p, ...change } : p));
    return { image, world: pose.world };
  };

  it('counts each pose whose head and a shoulder are clearly in the picture, facing or side-on', () => {
    expect(countPeople([])).toBe(0);
    expect(countPeople([person])).toBe(1);
    expect(countPeople([person, renderPose(rowStart)])).toBe(2);
  });

  it('does not count a half-seen figure: both shoulders unsure, or the head out of the picture', () => {
    const shoulders = without(without(person, 'left_shoulder', { visibility: 0.3 }), 'right_shoulder', {
      visibility: 0.3,
    });
    expect(countPeople([person, without(person, 'left_shoulder', { visibility: 0.3 })])).toBe(2);
    expect(countPeople([person, shoulders])).toBe(1);
    expect(countPeople([person, without(person, 'nose', { y: -0.1 })])).toBe(1);
  });
});
