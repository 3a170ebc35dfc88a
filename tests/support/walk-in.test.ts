import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../../src/pose/landmarks';
import type { Pose, PoseFrame } from '../../src/pose/types';
import {
  endOf,
  renderFrame,
  renderFrames,
  reps,
  rowStart,
  rowTop,
  sequence,
  supermanRest,
  walkIn,
  wallAngelGoalPost,
} from './index';
import { distance, onlyPose, point } from './test-geometry';

const hipX = (frame: PoseFrame): number => {
  const pose = onlyPose(frame);
  return (point(pose.image, 'left_hip')[0] + point(pose.image, 'right_hip')[0]) / 2;
};
const length = (pose: Pose, a: LandmarkName, b: LandmarkName): number =>
  distance(point(pose.world, a), point(pose.world, b));

describe('walk-in', () => {
  const frames = renderFrames(walkIn(rowStart, { from: 'left', seed: 3 }), { fps: 15 });

  it.each(['left', 'right'] as const)('starts outside the frame on the %s', (from) => {
    const first = renderFrames(walkIn(wallAngelGoalPost, { from, seed: 8, durationMs: 200 }))[0];
    const x = hipX(first as PoseFrame);
    if (from === 'left') expect(x).toBeLessThan(0);
    else expect(x).toBeGreaterThan(1);
    for (const l of onlyPose(first as PoseFrame).image) expect(l.visibility).toBeLessThan(0.3);
  });

  it('crosses the frame, comes close to the camera and turns before settling', () => {
    const xs = frames.map(hipX);
    let travel = 0;
    for (let i = 1; i < xs.length; i++) travel += Math.abs((xs[i] ?? 0) - (xs[i - 1] ?? 0));
    expect(travel).toBeGreaterThan(0.5);
    const shoulderPx = frames.map((f) => {
      const pose = onlyPose(f);
      return Math.abs(point(pose.image, 'left_shoulder')[0] - point(pose.image, 'right_shoulder')[0]);
    });
    // Face-on and close at the laptop, side-on at the end.
    expect(Math.max(...shoulderPx)).toBeGreaterThan(3 * (shoulderPx.at(-1) ?? 1));
  });

  it('ends exactly in the start position, with the camera back where it was', () => {
    const timeline = walkIn(rowStart, { seed: 3 });
    expect(endOf(timeline)).toEqual(rowStart);
    expect(timeline.camera?.(timeline.durationMs)).toEqual({});
    expect(frames.at(-1)?.poses).toEqual(renderFrame(rowStart, 0).poses);
  });

  it('nudges the camera while the person adjusts the laptop', () => {
    const timeline = walkIn(rowStart, { seed: 3 });
    const tilts = Array.from({ length: 50 }, (_, i) => timeline.camera?.((i / 50) * 10000).tiltDeg);
    expect(tilts.some((t) => t !== undefined)).toBe(true);
  });

  it('keeps limb lengths and the hip-centred world origin throughout', () => {
    const first = onlyPose(frames[0] as PoseFrame);
    const bones: [LandmarkName, LandmarkName][] = [
      ['left_shoulder', 'left_elbow'],
      ['right_elbow', 'right_wrist'],
      ['left_hip', 'left_knee'],
      ['right_knee', 'right_ankle'],
      ['left_hip', 'right_hip'],
    ];
    let worstBone = 0;
    let worstOrigin = 0;
    for (const frame of frames) {
      const pose = onlyPose(frame);
      for (const [a, b] of bones) {
        worstBone = Math.max(worstBone, Math.abs(length(pose, a, b) - length(first, a, b)));
      }
      const l = pose.world[LANDMARK.left_hip];
      const r = pose.world[LANDMARK.right_hip];
      for (const axis of ['x', 'y', 'z'] as const) {
        worstOrigin = Math.max(worstOrigin, Math.abs(((l?.[axis] ?? 1) + (r?.[axis] ?? 1)) / 2));
      }
    }
    expect(worstBone).toBeLessThan(1e-9);
    expect(worstOrigin).toBeLessThan(1e-9);
  });

  it('is reproducible from its seed and varies with it', () => {
    const a = walkIn(rowStart, { seed: 5 });
    const b = walkIn(rowStart, { seed: 5 });
    const c = walkIn(rowStart, { seed: 6 });
    expect(a.at(1000)).toEqual(b.at(1000));
    expect(a.at(1000)).not.toEqual(c.at(1000));
  });

  it('gets down to the floor for floor exercises', () => {
    const timeline = walkIn(supermanRest, { seed: 2 });
    expect(timeline.at(0).posture).toBe('standing');
    expect(endOf(timeline)).toEqual(supermanRest);
    const postures = new Set(
      Array.from({ length: 100 }, (_, i) => timeline.at((i / 99) * timeline.durationMs).posture),
    );
    expect([...postures]).toEqual(['standing', 'kneeling', 'allFours', 'prone']);
  });

  it('chains into the exercise without a jump', () => {
    const clip = renderFrames(sequence(walkIn(rowStart, { seed: 4 }), reps(rowStart, { to: rowTop, count: 2 })));
    const boundary = clip.findIndex((f) => f.timestampMs >= 10000);
    const before = onlyPose(clip[boundary - 1] as PoseFrame);
    const after = onlyPose(clip[boundary + 1] as PoseFrame);
    expect(distance(point(before.world, 'right_wrist'), point(after.world, 'right_wrist'))).toBeLessThan(0.02);
  });
});
