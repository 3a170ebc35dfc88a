import { describe, expect, it } from 'vitest';
import { handFrame, mirrored, without, type Points } from '../../../tests/support/hand-frame';
import { chinDrop, headTilt, lineTilt, type MeasureInput } from '.';

/** A person facing the camera, near side left. */
const headFrame = (pixels: Points, world: Points = {}): MeasureInput => handFrame(pixels, { world, near: 'left' });

/** Rotates a point about a centre by `deg` (clockwise on screen, as y grows downwards). */
function turned(x: number, y: number, cx: number, cy: number, deg: number): [number, number] {
  const r = (deg * Math.PI) / 180;
  return [cx + (x - cx) * Math.cos(r) - (y - cy) * Math.sin(r), cy + (x - cx) * Math.sin(r) + (y - cy) * Math.cos(r)];
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

describe('headTilt', () => {
  it('is the ear line against the shoulder line, + with the left ear lower', () => {
    const left = turned(720, 300, 640, 300, 20);
    const right = turned(560, 300, 640, 300, 20);
    const input = headFrame({ ...upright, left_ear: left, right_ear: right });
    expect(headTilt().compute(input)).toBeCloseTo(20, 9);
    expect(headTilt({ toward: 'right' }).compute(input)).toBeCloseTo(-20, 9);
    expect(headTilt().compute(headFrame(upright))).toBeCloseTo(0, 9);
  });

  it('is the neck’s own bend: leaning the whole body does not change it, unless read from level', () => {
    const leaning = Object.fromEntries(
      Object.entries(upright).map(([name, [x, y]]) => [name, turned(x, y, 640, 700, 15)]),
    ) as Points;
    expect(headTilt().compute(headFrame(leaning))).toBeCloseTo(0, 9);
    expect(headTilt({ from: 'level' }).compute(headFrame(leaning))).toBeCloseTo(15, 9);
    expect(headTilt({ from: 'level' }).joints('left')).toEqual(['left_ear', 'right_ear']);
  });

  it('reads the same in a mirrored picture, and is null without an ear', () => {
    const left = turned(720, 300, 640, 300, -12);
    const right = turned(560, 300, 640, 300, -12);
    const input = headFrame({ ...upright, left_ear: left, right_ear: right });
    expect(headTilt().compute(mirrored(input))).toBeCloseTo(-12, 9);
    expect(headTilt({ from: 'level' }).compute(mirrored(input))).toBeCloseTo(-12, 9);
    expect(headTilt().compute(without(input, 'left_ear'))).toBeNull();
    expect(headTilt().joints('left')).toEqual(['left_ear', 'right_ear', 'left_shoulder', 'right_shoulder']);
  });
});

describe('shoulderTilt', () => {
  it('is the shoulder line against level, + with the left shoulder lower, mirrored or not', () => {
    const input = headFrame({ ...upright, left_shoulder: [840, 500 + 400 * Math.tan(Math.PI / 18)] });
    expect(lineTilt('shoulder').compute(input)).toBeCloseTo(10, 9);
    expect(lineTilt('shoulder').compute(mirrored(input))).toBeCloseTo(10, 9);
    expect(lineTilt('shoulder', { toward: 'right' }).compute(input)).toBeCloseTo(-10, 9);
  });
});

describe('chinDrop', () => {
  it('is 0 with the nose 13° below the ears, + lower (chin down), − higher', () => {
    // Shoulder width 400 px; the nose reaches 0.29 of it (116 px) from the ears.
    const level = 116 * Math.sin((13 * Math.PI) / 180);
    expect(chinDrop().compute(headFrame({ ...upright, nose: [640, 300 + level] }))).toBeCloseTo(0, 9);
    expect(chinDrop().compute(headFrame({ ...upright, nose: [640, 300 + 116 * Math.sin(Math.PI / 4)] }))).toBeCloseTo(
      32,
      9,
    );
    expect(chinDrop().compute(headFrame({ ...upright, nose: [640, 300] }))).toBeCloseTo(-13, 9);
  });
});

describe('lineTilt unsigned', () => {
  it('is the pair line off level, 0–90°, whichever end is lower', () => {
    const down = handFrame({ left_shoulder: [700, 300], right_shoulder: [600, 300 + 100 * Math.tan(Math.PI / 12)] });
    const up = handFrame({ left_shoulder: [700, 300], right_shoulder: [600, 300 - 100 * Math.tan(Math.PI / 12)] });
    expect(lineTilt('shoulder', { toward: 'either' }).compute(down)).toBeCloseTo(15, 9);
    expect(lineTilt('shoulder', { toward: 'either' }).compute(up)).toBeCloseTo(15, 9);
    expect(lineTilt('shoulder').compute(up)).toBeCloseTo(15, 9);
    expect(lineTilt('shoulder').compute(down)).toBeCloseTo(-15, 9);
  });
});
