import { describe, expect, it } from 'vitest';
import type { LandmarkName } from '../../src/pose/landmarks';
import type { Pose, PoseFrame } from '../../src/pose/types';
import {
  alternate,
  armCircles,
  headCircles,
  hold,
  holdPose,
  keyframes,
  makeCamera,
  mergePose,
  renderFrames,
  reps,
  rowStart,
  rowTop,
  seated,
  sequence,
  shoulderRolls,
  standing,
  wallAngelGoalPost,
  wallAngelOverhead,
} from './index';
import { countCycles, distance, jointAngle, onlyPose, point, type Point } from './test-geometry';

const world = (pose: Pose, name: LandmarkName): Point => point(pose.world, name);
const elbowAngle = (frame: PoseFrame, side: 'left' | 'right' = 'right'): number => {
  const pose = onlyPose(frame);
  return jointAngle(world(pose, `${side}_shoulder`), world(pose, `${side}_elbow`), world(pose, `${side}_wrist`));
};

/** Total signed sweep of a 2-D path's angle around its centre, in turns. */
function turns(path: readonly (readonly [number, number])[]): number {
  const cx = path.reduce((s, p) => s + p[0], 0) / path.length;
  const cy = path.reduce((s, p) => s + p[1], 0) / path.length;
  let total = 0;
  let previous: number | undefined;
  for (const [x, y] of path) {
    const angle = Math.atan2(y - cy, x - cx);
    if (previous !== undefined) {
      let step = angle - previous;
      if (step > Math.PI) step -= 2 * Math.PI;
      if (step < -Math.PI) step += 2 * Math.PI;
      total += step;
    }
    previous = angle;
  }
  return total / (2 * Math.PI);
}

describe('frames', () => {
  it('are sampled at the frame rate with whole, strictly increasing timestamps', () => {
    for (const fps of [25, 30, 60]) {
      const frames = renderFrames(hold(standing, 2000), { fps, startMs: 500 });
      expect(frames).toHaveLength(2 * fps + 1);
      expect(frames[0]?.timestampMs).toBe(500);
      expect(frames.at(-1)?.timestampMs).toBe(2500);
      const stamps = frames.map((f) => f.timestampMs);
      expect(stamps.every(Number.isInteger)).toBe(true);
      expect(stamps.every((t, i) => i === 0 || t > (stamps[i - 1] ?? Infinity))).toBe(true);
    }
  });

  it('carry the camera image size and one pose each', () => {
    const frames = renderFrames(hold(standing, 100), { camera: makeCamera({ imageWidth: 1280, imageHeight: 720 }) });
    for (const frame of frames) {
      expect(frame.imageWidth).toBe(1280);
      expect(frame.imageHeight).toBe(720);
      expect(frame.poses).toHaveLength(1);
    }
  });
});

describe('keyframes', () => {
  it('merge each keyframe over the base and ease in and out between them', () => {
    const timeline = keyframes(standing, [
      { tMs: 0, pose: { right: { elbowFlexion: 0 } } },
      { tMs: 1000, pose: { right: { elbowFlexion: 100 } } },
    ]);
    expect(timeline.at(-50).right.elbowFlexion).toBe(0);
    expect(timeline.at(500).right.elbowFlexion).toBeCloseTo(50, 9);
    expect(timeline.at(2000).right.elbowFlexion).toBe(100);
    // Untouched angles stay at the base.
    expect(timeline.at(500).left.elbowFlexion).toBe(standing.left.elbowFlexion);
    // At rest at both ends: the first 5 % of the time covers well under 5 % of the way.
    expect(timeline.at(50).right.elbowFlexion).toBeLessThan(1);
    expect(timeline.at(950).right.elbowFlexion).toBeGreaterThan(99);
  });

  it('chain with sequence() without jumps', () => {
    const up = reps(rowStart, { to: rowTop, count: 2, repMs: 2000 });
    const frames = renderFrames(sequence(hold(rowStart, 300), up, hold(rowStart, 300)));
    const steps = frames
      .slice(1)
      .map((frame, i) =>
        distance(world(onlyPose(frames[i] as PoseFrame), 'right_wrist'), world(onlyPose(frame), 'right_wrist')),
      );
    // The fastest a 2 s rep moves the hand is ~4 cm a frame; a jump would be far more.
    expect(Math.max(...steps)).toBeLessThan(0.05);
  });
});

describe('repetitions', () => {
  it.each([1, 5, 12])('%i rows give as many elbow-angle cycles', (count) => {
    const timeline = reps(rowStart, { to: rowTop, count, repMs: 2000, pauseTopMs: 300, pauseBottomMs: 200 });
    expect(timeline.durationMs).toBe(200 + count * 2500);
    const angles = renderFrames(timeline, { fps: 15 }).map((frame) => 180 - elbowAngle(frame));
    expect(countCycles(angles, 30, 70)).toBe(count);
    expect(Math.max(...angles)).toBeCloseTo(90, 4);
    expect(angles[0]).toBeCloseTo(rowStart.right.elbowFlexion, 4);
    expect(angles.at(-1)).toBeCloseTo(rowStart.right.elbowFlexion, 4);
  });

  it('pause at each end for the time asked', () => {
    const timeline = reps(wallAngelGoalPost, {
      to: wallAngelOverhead,
      count: 3,
      repMs: 2000,
      pauseTopMs: 1000,
      pauseBottomMs: 600,
    });
    // Top of rep 1 is reached at 600 + 1000 ms and held for 1000 ms.
    expect(timeline.at(1600)).toEqual(timeline.at(2600));
    expect(timeline.at(2100).left.shoulderAbduction).toBe(wallAngelOverhead.left.shoulderAbduction);
    expect(timeline.at(3600).left.shoulderAbduction).toBe(wallAngelGoalPost.left.shoulderAbduction);
  });

  it('hold a pose still for its duration', () => {
    const timeline = holdPose(seated, { pose: { headTilt: 30 }, holdMs: 4000, moveMs: 1000, restMs: 500 });
    expect(timeline.durationMs).toBe(7000);
    const frames = renderFrames(timeline, { fps: 10 });
    const held = frames.filter((f) => f.timestampMs >= 1500 && f.timestampMs <= 5500);
    const ear = held.map((f) => world(onlyPose(f), 'left_ear')[1]);
    expect(Math.max(...ear) - Math.min(...ear)).toBeLessThan(1e-9);
  });

  it('alternate sides: count holds to each side, first side first', () => {
    const timeline = alternate(seated, {
      left: { headTilt: 25 },
      right: { headTilt: -25 },
      count: 3,
      holdMs: 1000,
      moveMs: 800,
      restMs: 200,
      firstSide: 'right',
    });
    const tilt = renderFrames(timeline, { fps: 15 }).map((frame) => {
      const [lx, ly] = point(onlyPose(frame).world, 'left_ear');
      const [rx, ry] = point(onlyPose(frame).world, 'right_ear');
      return (Math.atan2(ly - ry, lx - rx) * 180) / Math.PI; // + when the left ear drops
    });
    expect(countCycles(tilt, 5, 20)).toBe(3);
    expect(
      countCycles(
        tilt.map((t) => -t),
        5,
        20,
      ),
    ).toBe(3);
    expect(tilt.findIndex((t) => t < -20)).toBeLessThan(tilt.findIndex((t) => t > 20));
  });
});

describe('circles', () => {
  /** Head-circle phase from the landmarks the spec names: ear line tilt and nose vs ears. */
  const headPath = (frames: readonly PoseFrame[]): [number, number][] =>
    frames.map((frame) => {
      const pose = onlyPose(frame);
      const [lx, ly] = point(pose.world, 'left_ear');
      const [rx, ry] = point(pose.world, 'right_ear');
      const tilt = Math.atan2(ly - ry, lx - rx); // + = toward the left shoulder
      const noseDrop = point(pose.world, 'nose')[1] - (ly + ry) / 2; // + = chin down
      return [-tilt, -noseDrop * 5];
    });

  // In (toward the person's right, up) a clock face reads as the person sees it, so their
  // clockwise is a negative (mathematically clockwise) sweep.
  it.each([
    ['clockwise', -1],
    ['counterclockwise', 1],
  ] as const)('head circles %s sweep the phase the right way, once per circle', (direction, sign) => {
    const frames = renderFrames(headCircles(seated, { count: 3, direction, periodMs: 5000 }), { fps: 15 });
    const sweep = turns(headPath(frames));
    expect(Math.round(sweep)).toBe(3 * sign);
  });

  it('look counter-clockwise on a plain image and clockwise on a mirrored one', () => {
    const timeline = headCircles(seated, { count: 2, direction: 'clockwise', periodMs: 4000 });
    const nosePath = (mirrored: boolean) =>
      renderFrames(timeline, { fps: 15, camera: makeCamera({ mirrored }) }).map((frame) => {
        const [x, y] = point(onlyPose(frame).image, 'nose');
        return [x * 640, -y * 480] as [number, number]; // y up, as a clock face is read
      });
    expect(Math.round(turns(nosePath(false)))).toBe(2);
    expect(Math.round(turns(nosePath(true)))).toBe(-2);
  });

  it.each(['backward', 'forward'] as const)('shoulder rolls %s: count and direction', (direction) => {
    const frames = renderFrames(shoulderRolls(standing, { count: 5, direction, periodMs: 2000 }), { fps: 20 });
    // Facing the camera: forward is −z (toward it), up is −y.
    const path = frames.map((frame) => {
      const [, y, z] = world(onlyPose(frame), 'left_shoulder');
      return [-z, -y] as [number, number];
    });
    const height = path.map(([, up]) => up);
    const low = Math.min(...height);
    expect(countCycles(height, low + 0.02, low + 0.06)).toBe(5);
    // Backward: up the front, back over the top, i.e. counter-clockwise in (forward, up).
    expect(Math.round(turns(path))).toBe(direction === 'backward' ? 5 : -5);
  });

  it('arm circles: count of wrist rises', () => {
    const base = mergePose(standing, { both: { shoulderAbduction: 90 } });
    const frames = renderFrames(armCircles(base, { count: 10, direction: 'forward' }));
    const wristUp = frames.map((frame) => -world(onlyPose(frame), 'left_wrist')[1]);
    const shoulder = -world(onlyPose(frames[0] as PoseFrame), 'left_shoulder')[1];
    expect(countCycles(wristUp, shoulder - 0.05, shoulder + 0.1)).toBe(10);
    // Forward: the hand moves forward (toward the camera, −z) over the top.
    const path = frames.map((frame) => {
      const [, y, z] = world(onlyPose(frame), 'left_wrist');
      return [-z, -y] as [number, number];
    });
    expect(turns(path.slice(30, -30))).toBeLessThan(-9);
  });
});
