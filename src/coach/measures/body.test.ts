import { describe, expect, it } from 'vitest';
import { handFrame, without } from '../../../tests/support/hand-frame';
import { otherSide, resolveSide, sidedName } from '../../pose/body-side';
import { landmarksAt, locate } from '.';

describe('body sides', () => {
  it('name a paired landmark on a side, as MediaPipe does', () => {
    expect(sidedName('elbow', 'left')).toBe('left_elbow');
    expect(sidedName('foot_index', 'right')).toBe('right_foot_index');
    expect(otherSide('left')).toBe('right');
  });

  it('resolve near and far from the side facing the camera, and keep a fixed side', () => {
    expect(resolveSide('near', 'right')).toBe('right');
    expect(resolveSide('far', 'right')).toBe('left');
    expect(resolveSide('near', 'left')).toBe('left');
    expect(resolveSide('far', 'left')).toBe('right');
    expect(resolveSide('left', 'right')).toBe('left');
    expect(resolveSide('right', 'left')).toBe('right');
  });
});

describe('body places', () => {
  it('name the landmarks of every kind of place', () => {
    expect(landmarksAt('elbow', 'near', 'left')).toEqual(['left_elbow']);
    expect(landmarksAt('elbow', 'far', 'left')).toEqual(['right_elbow']);
    expect(landmarksAt('hip', 'mid', 'left')).toEqual(['left_hip', 'right_hip']);
    expect(landmarksAt('nose', 'mid', 'left')).toEqual(['nose']);
    // A landmark keeps its own side whatever the measure's; so does a part given a side of its own.
    expect(landmarksAt('right_foot_index', 'left', 'left')).toEqual(['right_foot_index']);
    expect(landmarksAt('foot_index', 'near', 'right')).toEqual(['right_foot_index']);
    expect(landmarksAt({ joint: 'knee', side: 'far' }, 'near', 'right')).toEqual(['left_knee']);
    expect(landmarksAt(['left_ear', 'right_ear'], 'near', 'right')).toEqual(['left_ear', 'right_ear']);
  });

  it('locate in pixel proportions (image) or metres (world), a midpoint as the mean', () => {
    const input = handFrame(
      { left_ear: [700, 100], right_ear: [500, 300] },
      { world: { left_ear: [0.1, -0.6, 0.2], right_ear: [-0.1, -0.6, 0] } },
    );
    expect(locate(input, 'left_ear', 'near', 'image')).toMatchObject({ x: 700, y: 100 });
    const ears = locate(input, ['left_ear', 'right_ear'], 'near', 'image');
    expect(ears?.x).toBeCloseTo(600, 9);
    expect(ears?.y).toBeCloseTo(200, 9);
    const world = locate(input, { joint: 'ear', side: 'mid' }, 'near', 'world');
    expect(world?.x).toBeCloseTo(0, 9);
    expect(world?.z).toBeCloseTo(0.1, 9);
    expect(locate(without(input, 'right_ear'), 'ear', 'mid', 'image')).toBeNull();
  });
});
