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

  // Another pose placed and scaled in the picture: x' = cx + (x - 0.5) * scale, likewise y.
  const placed = (pose: Pose, cx: number, cy: number, scale: number): Pose => ({
    image: pose.image.map((p) => ({ ...p, x: cx + (p.x - 0.5) * scale, y: cy + (p.y - 0.5) * scale })),
    world: pose.world,
  });

  it('does not count a small pose found within a larger one: a part of that body, not a second person', () => {
    // As the bench row dimmed to luma 0.078 (tests/replay/dim-scene.test.ts): 0.45 of the size.
    expect(countPeople([person, placed(person, 0.5, 0.55, 0.4)])).toBe(1);
    expect(countPeople([placed(person, 0.5, 0.55, 0.4), person])).toBe(1);
  });

  it('still counts a second person beside the first, as large over them, or small and only partly over them', () => {
    // The standing puppet's box: x 0.415–0.585, y 0.19–0.89; `left` is it at 0.8 of its size.
    const left = placed(person, 0.3, 0.5, 0.8);
    expect(countPeople([left, placed(person, 0.75, 0.6, 0.4)])).toBe(2);
    expect(countPeople([left, placed(person, 0.33, 0.52, 0.75)])).toBe(2);
    // 0.38 of `left`'s size, a third of its box over `left`'s.
    expect(countPeople([left, placed(person, 0.37, 0.5, 0.3)])).toBe(2);
  });
});
