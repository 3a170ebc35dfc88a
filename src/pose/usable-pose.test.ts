import { describe, expect, it } from 'vitest';
import { renderFrame, standing } from '../../tests/support';
import { LANDMARK } from './landmarks';
import type { Landmark, PoseFrame } from './types';
import { usablePose } from './usable-pose';

const frame = renderFrame(standing, 1000);
const pose = frame.poses[0];
if (!pose) throw new Error('the puppet renders a pose');
const withPose = (change: Partial<PoseFrame>): PoseFrame => ({ ...frame, ...change });
const replaced = (landmarks: readonly Landmark[], index: number, landmark: Landmark): Landmark[] =>
  landmarks.map((p, i) => (i === index ? landmark : p));

describe('usablePose', () => {
  it('passes a sound pose through as it is (no copy per frame)', () => {
    expect(usablePose(frame)).toBe(pose);
  });

  it('has no pose for an empty frame, a frame without a size, or truncated landmark lists', () => {
    expect(usablePose(withPose({ poses: [] }))).toBeUndefined();
    expect(usablePose(withPose({ imageWidth: 0 }))).toBeUndefined();
    expect(usablePose(withPose({ imageHeight: Number.NaN }))).toBeUndefined();
    expect(usablePose(withPose({ imageWidth: Number.POSITIVE_INFINITY }))).toBeUndefined();
    expect(usablePose(withPose({ poses: [{ ...pose, image: pose.image.slice(0, 32) }] }))).toBeUndefined();
    expect(usablePose(withPose({ poses: [{ ...pose, world: [] }] }))).toBeUndefined();
  });

  it('makes a landmark with a NaN, an infinity or an impossible visibility unseen, and only that one', () => {
    const wrist = LANDMARK.left_wrist;
    const knee = LANDMARK.right_knee;
    const broken = {
      image: replaced(pose.image, wrist, { x: Number.NaN, y: 0.5, z: 0, visibility: 0.9 }),
      world: replaced(pose.world, knee, { x: 0, y: Number.POSITIVE_INFINITY, z: 0, visibility: 0.9 }),
    };
    const cleaned = usablePose(withPose({ poses: [broken] }));
    expect(cleaned?.image[wrist]?.visibility).toBe(0);
    expect(cleaned?.image[knee]?.visibility).toBe(0);
    expect(cleaned?.world[knee]?.visibility).toBe(0);
    const untouched = [...Array(33).keys()].filter((i) => i !== wrist && i !== knee);
    expect(untouched.map((i) => cleaned?.image[i])).toEqual(untouched.map((i) => pose.image[i]));
    expect(untouched.map((i) => cleaned?.world[i])).toEqual(untouched.map((i) => pose.world[i]));

    const tooSure = { ...pose, image: replaced(pose.image, wrist, { x: 0.5, y: 0.5, z: 0, visibility: 7 }) };
    expect(usablePose(withPose({ poses: [tooSure] }))?.image[wrist]?.visibility).toBe(0);
  });
});
