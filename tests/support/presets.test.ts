import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../../src/pose/landmarks';
import type { Pose } from '../../src/pose/types';
import { makeCamera, PRESETS, renderDetailed, renderPose, type PuppetPose } from './index';
import {
  angleBetween,
  distance,
  fromVertical,
  fromVertical2d,
  jointAngle,
  midpoint,
  minus,
  pixel,
  point,
  type Point,
} from './test-geometry';

const level = makeCamera({ tiltDeg: 0 });
const world = (pose: Pose, name: LandmarkName): Point => point(pose.world, name);
const angleAt = (pose: Pose, a: LandmarkName, b: LandmarkName, c: LandmarkName): number =>
  jointAngle(world(pose, a), world(pose, b), world(pose, c));
const mid = (pose: Pose, a: LandmarkName, b: LandmarkName): Point => midpoint(world(pose, a), world(pose, b));
const trunk = (pose: Pose): Point =>
  minus(mid(pose, 'left_shoulder', 'right_shoulder'), mid(pose, 'left_hip', 'right_hip'));
const neck = (pose: Pose): Point =>
  minus(mid(pose, 'left_ear', 'right_ear'), mid(pose, 'left_shoulder', 'right_shoulder'));

/** Height above the floor of a landmark, from the room frame. */
function heights(puppet: PuppetPose): (name: LandmarkName) => number {
  const { skeleton } = renderDetailed(puppet);
  return (name) => skeleton.points[LANDMARK[name]]?.y ?? NaN;
}
/** Horizontal room distance between two landmarks. */
function apart(puppet: PuppetPose, a: LandmarkName, b: LandmarkName): number {
  const { skeleton } = renderDetailed(puppet);
  const p = skeleton.points[LANDMARK[a]];
  const q = skeleton.points[LANDMARK[b]];
  return p && q ? Math.hypot(p.x - q.x, p.z - q.z) : NaN;
}

describe('presets rest on what they should', () => {
  it.each(Object.entries(PRESETS))('%s does not go through the floor', (_, puppet) => {
    const { skeleton } = renderDetailed(puppet);
    expect(Math.min(...skeleton.points.map((p) => p.y))).toBeGreaterThan(-0.005);
  });

  it('standing, the row and the wall angel keep both feet flat on the floor', () => {
    for (const puppet of [PRESETS.standing, PRESETS.rowStart, PRESETS.wallAngelGoalPost]) {
      const h = heights(puppet);
      for (const name of ['left_heel', 'left_foot_index', 'right_heel', 'right_foot_index'] as const) {
        expect(h(name), name).toBeLessThan(0.03);
      }
    }
  });

  it('seated puts the hips at chair height and the feet on the floor', () => {
    const h = heights(PRESETS.seated);
    expect(h('left_hip')).toBeGreaterThan(0.45);
    expect(h('left_hip')).toBeLessThan(0.56);
    expect(h('left_heel')).toBeLessThan(0.03);
    expect(h('left_foot_index')).toBeLessThan(0.03);
  });

  it('supine with knees bent has the feet flat and the knees up', () => {
    const h = heights(PRESETS.supineKneesBent);
    for (const name of ['left_heel', 'left_foot_index', 'right_heel', 'right_foot_index'] as const) {
      expect(h(name), name).toBeLessThan(0.03);
    }
    expect(h('left_knee')).toBeGreaterThan(0.35);
    expect(h('left_shoulder')).toBeLessThan(0.16);
  });

  it('all fours has hands under shoulders and knees under hips, both on the floor', () => {
    const p = PRESETS.allFours;
    const h = heights(p);
    expect(h('left_wrist')).toBeLessThan(0.05);
    expect(h('left_knee')).toBeLessThan(0.07);
    expect(apart(p, 'left_wrist', 'left_shoulder')).toBeLessThan(0.06);
    expect(apart(p, 'left_knee', 'left_hip')).toBeLessThan(0.06);
  });

  it('kneeling is upright on the knees', () => {
    const h = heights(PRESETS.kneeling);
    expect(h('left_knee')).toBeLessThan(0.07);
    expect(fromVertical(trunk(renderPose(PRESETS.kneeling, { camera: level })))).toBeLessThan(1);
  });
});

describe('one-arm dumbbell row', () => {
  const start = renderPose(PRESETS.rowStart, { camera: level });
  const top = renderPose(PRESETS.rowTop, { camera: level });

  it('hinges the trunk 45° from vertical with the head in line', () => {
    for (const pose of [start, top]) {
      // The pulling shoulder rides forward and back with its shoulder blade, so the measured
      // hip-to-shoulder line wobbles a couple of degrees around the hinge.
      expect(Math.abs(fromVertical(trunk(pose)) - 45)).toBeLessThan(3);
      // Shoulder-to-ear is short (~18 cm), so the shoulder blade's travel tips it by several
      // degrees too. The face direction (ear → nose) is steadier: with the head level the nose
      // tip sits ~12° below the ear line, so it makes ~102° with the trunk line.
      expect(angleBetween(neck(pose), trunk(pose))).toBeLessThan(12);
      const face = minus(world(pose, 'nose'), mid(pose, 'left_ear', 'right_ear'));
      expect(Math.abs(angleBetween(face, trunk(pose)) - 102)).toBeLessThan(5);
    }
  });

  it('keeps the knees soft: back knee 15–20°, front knee bent more', () => {
    const back = 180 - angleAt(start, 'right_hip', 'right_knee', 'right_ankle');
    expect(back).toBeGreaterThanOrEqual(15);
    expect(back).toBeLessThanOrEqual(20);
    expect(180 - angleAt(start, 'left_hip', 'left_knee', 'left_ankle')).toBeGreaterThan(30);
  });

  it('braces the other hand on the front thigh just above the knee', () => {
    const h = heights(PRESETS.rowStart);
    expect(distance(world(start, 'left_wrist'), world(start, 'left_knee'))).toBeLessThan(0.13);
    expect(Math.abs(world(start, 'left_wrist')[2] - world(start, 'left_knee')[2])).toBeLessThan(0.03);
    expect(h('left_wrist')).toBeGreaterThan(h('left_knee'));
  });

  it('starts with the pulling arm hanging straight and plumb', () => {
    expect(angleAt(start, 'right_shoulder', 'right_elbow', 'right_wrist')).toBeGreaterThan(170);
    const arm = minus(world(start, 'right_wrist'), world(start, 'right_shoulder'));
    expect(angleBetween(arm, [0, 1, 0])).toBeLessThan(5);
  });

  it('tops out with the elbow at 90°, forearm plumb and the hand by the hip', () => {
    expect(angleAt(top, 'right_shoulder', 'right_elbow', 'right_wrist')).toBeCloseTo(90, 4);
    const forearm = minus(world(top, 'right_elbow'), world(top, 'right_wrist'));
    expect(fromVertical(forearm)).toBeLessThan(5);
    expect(distance(world(top, 'right_wrist'), world(top, 'right_hip'))).toBeLessThan(0.2);
    // The elbow comes up behind the trunk, about level with the shoulder.
    const upperArm = minus(world(top, 'right_elbow'), world(top, 'right_shoulder'));
    expect(Math.abs(90 - fromVertical(upperArm))).toBeLessThan(10);
  });

  it('looks the same in the image: trunk ~45°, near arm clear', () => {
    const image = renderPose(PRESETS.rowStart);
    const line = minus(pixel(image, 'right_shoulder'), pixel(image, 'right_hip'));
    expect(Math.abs(fromVertical2d(line) - 45)).toBeLessThan(6);
  });
});

describe('wall angel', () => {
  const goal = renderPose(PRESETS.wallAngelGoalPost, { camera: level });
  const overhead = renderPose(PRESETS.wallAngelOverhead, { camera: level });

  it('goal post: upper arms level, elbows 90°, forearms vertical (also in the image)', () => {
    for (const side of ['left', 'right'] as const) {
      expect(angleAt(goal, `${side}_shoulder`, `${side}_elbow`, `${side}_wrist`)).toBeCloseTo(90, 4);
      expect(Math.abs(world(goal, `${side}_elbow`)[1] - world(goal, `${side}_shoulder`)[1])).toBeLessThan(0.01);
      const forearm = minus(world(goal, `${side}_wrist`), world(goal, `${side}_elbow`));
      expect(fromVertical(forearm)).toBeLessThan(1);
      const image = renderPose(PRESETS.wallAngelGoalPost);
      const forearm2d = minus(pixel(image, `${side}_wrist`), pixel(image, `${side}_elbow`));
      expect(fromVertical2d(forearm2d)).toBeLessThan(3);
    }
  });

  it('overhead: arms up in a V, wider than the shoulders, elbows nearly straight', () => {
    const wrists = world(overhead, 'left_wrist')[0] - world(overhead, 'right_wrist')[0];
    const shoulders = world(overhead, 'left_shoulder')[0] - world(overhead, 'right_shoulder')[0];
    expect(wrists).toBeGreaterThan(shoulders * 1.5);
    expect(world(overhead, 'left_wrist')[1]).toBeLessThan(world(overhead, 'nose')[1] - 0.2);
    expect(angleAt(overhead, 'left_shoulder', 'left_elbow', 'left_wrist')).toBeGreaterThan(160);
  });
});

describe('superman', () => {
  const rest = heights(PRESETS.supermanRest);
  const lift = heights(PRESETS.supermanLift);

  it('rests with hands and feet on the floor', () => {
    expect(rest('right_wrist')).toBeLessThan(0.05);
    expect(rest('right_ankle')).toBeLessThan(0.08);
    expect(rest('right_foot_index')).toBeLessThan(0.05);
  });

  it('lifts arms, chest and legs together by a few to 20 cm', () => {
    for (const name of ['right_wrist', 'right_ankle', 'right_shoulder', 'left_wrist'] as const) {
      const rise = lift(name) - rest(name);
      expect(rise, name).toBeGreaterThan(0.05);
      expect(rise, name).toBeLessThan(0.22);
    }
    expect(lift('right_hip')).toBeCloseTo(rest('right_hip'), 6);
  });

  it('keeps the head in line in the lift, and the fault looks up by ~35°', () => {
    const good = renderPose(PRESETS.supermanLift, { camera: level });
    const bad = renderPose(PRESETS.supermanLiftLookingUp, { camera: level });
    expect(angleBetween(neck(good), trunk(good))).toBeLessThan(10);
    const noseLine = (pose: Pose) => minus(world(pose, 'nose'), mid(pose, 'left_ear', 'right_ear'));
    expect(angleBetween(noseLine(good), noseLine(bad))).toBeCloseTo(35, 4);
    expect(lift('nose')).toBeGreaterThan(0.05);
    expect(heights(PRESETS.supermanLiftLookingUp)('nose')).toBeGreaterThan(lift('nose') + 0.04);
  });
});
