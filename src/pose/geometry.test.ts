import { describe, expect, it } from 'vitest';
import { angleBetween2, angleBetween3, inclinationFromUp, jointAngle2, jointAngle3 } from './geometry';

describe('jointAngle2', () => {
  it('is 180° for a straight limb and 90° for a square one', () => {
    expect(jointAngle2({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 0 })).toBeCloseTo(180, 9);
    expect(jointAngle2({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 5 })).toBeCloseTo(90, 9);
  });

  it('does not depend on the lengths of the segments', () => {
    const elbow = { x: 3, y: 3 };
    expect(jointAngle2({ x: 3, y: 0 }, elbow, { x: 6, y: 6 })).toBeCloseTo(135, 9);
    expect(jointAngle2({ x: 3, y: -300 }, elbow, { x: 3.01, y: 3.01 })).toBeCloseTo(135, 9);
  });

  it('is unsigned: bending either way reads the same', () => {
    const a = { x: 0, y: -1 };
    const b = { x: 0, y: 0 };
    expect(jointAngle2(a, b, { x: 1, y: 1 })).toBeCloseTo(jointAngle2(a, b, { x: -1, y: 1 }), 9);
    expect(jointAngle2(a, b, { x: 1, y: 1 })).toBeCloseTo(135, 9);
  });

  it('is 0° when the limb folds back on itself, and NaN when a segment has no length', () => {
    expect(jointAngle2({ x: 2, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 0 })).toBeCloseTo(0, 6);
    expect(jointAngle2({ x: 1, y: 1 }, { x: 1, y: 1 }, { x: 2, y: 0 })).toBeNaN();
  });
});

describe('jointAngle3 and angleBetween3', () => {
  it('see an angle out of the picture plane that the 2-D angle cannot', () => {
    // Shoulder above the elbow, forearm pointing straight at the camera: a right angle in 3-D,
    // a straight line (or nothing) in the picture.
    const shoulder = { x: 0, y: -0.3, z: 0 };
    const elbow = { x: 0, y: 0, z: 0 };
    const wrist = { x: 0, y: 0, z: -0.25 };
    expect(jointAngle3(shoulder, elbow, wrist)).toBeCloseTo(90, 9);
    expect(jointAngle2(shoulder, elbow, wrist)).toBeNaN();
  });

  it('gives 60° for two edges of an equilateral triangle in space', () => {
    const a = { x: 1, y: 0, z: 0 };
    const b = { x: 0, y: 1, z: 0 };
    const c = { x: 0, y: 0, z: 1 };
    expect(jointAngle3(a, b, c)).toBeCloseTo(60, 9);
  });

  it('stays finite when rounding pushes the cosine past ±1', () => {
    const v = { x: 0.1, y: 0.2, z: 0.3 };
    expect(angleBetween3(v, { x: 0.1 * 3, y: 0.2 * 3, z: 0.3 * 3 })).toBeCloseTo(0, 4);
    expect(angleBetween3(v, { x: -0.1 * 7, y: -0.2 * 7, z: -0.3 * 7 })).toBeCloseTo(180, 4);
    expect(angleBetween3({ x: 0, y: 0, z: 0 }, v)).toBeNaN();
  });
});

describe('angleBetween2', () => {
  it('is the unsigned angle between directions, 0–180°', () => {
    expect(angleBetween2({ x: 1, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(90, 9);
    expect(angleBetween2({ x: 1, y: 0 }, { x: 0, y: -1 })).toBeCloseTo(90, 9);
    expect(angleBetween2({ x: 1, y: 0 }, { x: -1, y: 0 })).toBeCloseTo(180, 9);
    expect(angleBetween2({ x: 1, y: 1 }, { x: 1, y: 0 })).toBeCloseTo(45, 9);
  });
});

describe('inclinationFromUp (y grows downwards, as in images and world landmarks)', () => {
  const from = { x: 5, y: 5 };
  it.each([
    ['straight up is 0°', { x: 5, y: 4 }, 0],
    ['level to the right is 90°', { x: 6, y: 5 }, 90],
    ['level to the left is 90°', { x: 4, y: 5 }, 90],
    ['straight down is 180°', { x: 5, y: 6 }, 180],
    ['up and forward is 45°', { x: 6, y: 4 }, 45],
    ['down and back, 45° below level, is 135°', { x: 4, y: 6 }, 135],
  ])('%s', (_, to, expected) => {
    expect(inclinationFromUp(from, to)).toBeCloseTo(expected, 9);
  });

  it('reads a trunk hinged 30° forward as 30° whichever way the person faces', () => {
    const hip = { x: 0, y: 0 };
    const lean = { x: Math.sin(Math.PI / 6), y: -Math.cos(Math.PI / 6) };
    expect(inclinationFromUp(hip, lean)).toBeCloseTo(30, 9);
    expect(inclinationFromUp(hip, { x: -lean.x, y: lean.y })).toBeCloseTo(30, 9);
  });
});
