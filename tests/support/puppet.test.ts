import { describe, expect, it } from 'vitest';
import type { LandmarkName } from '../../src/pose/landmarks';
import type { Pose } from '../../src/pose/types';
import {
  CAMERAS,
  makeCamera,
  mergePose,
  renderPose,
  standing,
  ZERO_POSE,
  type PosePatch,
  type PuppetPose,
} from './index';
import {
  angleBetween,
  distance,
  fromVertical,
  jointAngle,
  midpoint,
  minus,
  point,
  slope,
  type Point,
} from './test-geometry';

// A level camera makes world "up" the room's up, so angles from vertical are exact.
const level = makeCamera({ tiltDeg: 0 });
const world = (pose: Pose, name: LandmarkName): Point => point(pose.world, name);
const render = (...patches: PosePatch[]): Pose => renderPose(mergePose(standing, ...patches), { camera: level });
const trunkLine = (pose: Pose): Point =>
  minus(
    midpoint(world(pose, 'left_shoulder'), world(pose, 'right_shoulder')),
    midpoint(world(pose, 'left_hip'), world(pose, 'right_hip')),
  );

describe('joint angles read back from world landmarks', () => {
  const facings = [0, 37, 90, -90, 180];

  it.each([0, 45, 90, 130])('elbow flexion %i° at every facing and on both sides', (flexion) => {
    for (const facing of facings) {
      const pose = render({
        facing,
        both: { shoulderFlexion: 30, shoulderAbduction: 20, elbowFlexion: flexion },
      });
      for (const side of ['left', 'right'] as const) {
        const angle = jointAngle(
          world(pose, `${side}_shoulder`),
          world(pose, `${side}_elbow`),
          world(pose, `${side}_wrist`),
        );
        expect(angle).toBeCloseTo(180 - flexion, 4);
      }
    }
  });

  it.each([0, 20, 90, 140])('knee flexion %i°', (flexion) => {
    const pose = render({ facing: 60, both: { hipFlexion: 30, kneeFlexion: flexion } });
    const angle = jointAngle(world(pose, 'left_hip'), world(pose, 'left_knee'), world(pose, 'left_ankle'));
    expect(angle).toBeCloseTo(180 - flexion, 4);
  });

  it('torso pitch is the hip-to-shoulder line from vertical; hip angle adds hip flexion', () => {
    for (const [pitch, hip] of [
      [0, 0],
      [45, 0],
      [45, 20],
      [-20, 30],
    ] as const) {
      const pose = render({ facing: 90, torsoPitch: pitch, both: { hipFlexion: hip } });
      expect(fromVertical(trunkLine(pose))).toBeCloseTo(Math.abs(pitch), 6);
      // In the sagittal plane (side-on to a level camera: world x–y). In 3-D the same-side
      // shoulder–hip–knee angle is a few degrees less because the shoulders are wider than hips.
      const sagittal = (name: LandmarkName): Point => {
        const [x, y] = world(pose, name);
        return [x, y, 0];
      };
      const hipAngle = jointAngle(sagittal('right_shoulder'), sagittal('right_hip'), sagittal('right_knee'));
      expect(hipAngle).toBeCloseTo(180 - pitch - hip, 6);
    }
  });

  it('spine flexion tilts the hip-to-shoulder line by half its value', () => {
    const pose = render({ facing: 90, torsoPitch: 10, spineFlexion: 40 });
    expect(fromVertical(trunkLine(pose))).toBeCloseTo(30, 6);
  });

  it('shoulder abduction and flexion are angles between the arm and the trunk', () => {
    const abducted = render({ both: { shoulderAbduction: 90, elbowFlexion: 0 } });
    const arm = minus(world(abducted, 'left_elbow'), world(abducted, 'left_shoulder'));
    expect(angleBetween(arm, trunkLine(abducted))).toBeCloseTo(90, 6);
    expect(arm[0]).toBeGreaterThan(0.3); // out to the person's left = image right, facing us
    const flexed = render({ both: { shoulderFlexion: 90, shoulderAbduction: 0 } });
    const forward = minus(world(flexed, 'right_elbow'), world(flexed, 'right_shoulder'));
    expect(angleBetween(forward, trunkLine(flexed))).toBeCloseTo(90, 6);
    expect(forward[2]).toBeLessThan(-0.3); // toward the camera
  });

  it('abduction keeps its sideways meaning when the arm is forward or overhead', () => {
    const pose = render({ both: { shoulderFlexion: 170, shoulderAbduction: 15 } });
    const arm = minus(world(pose, 'left_elbow'), world(pose, 'left_shoulder'));
    expect(arm[0] / Math.hypot(...arm)).toBeCloseTo(Math.sin((15 * Math.PI) / 180), 6);
  });

  it('torso yaw turns the shoulder line against the hip line', () => {
    const pose = render({ torsoYaw: 30 });
    const flat = (p: Point): Point => [p[0], 0, p[2]];
    const shoulders = flat(minus(world(pose, 'left_shoulder'), world(pose, 'right_shoulder')));
    const hips = flat(minus(world(pose, 'left_hip'), world(pose, 'right_hip')));
    expect(angleBetween(shoulders, hips)).toBeCloseTo(30, 6);
    // Turning to the left brings the right shoulder toward a camera in front.
    expect(world(pose, 'right_shoulder')[2]).toBeLessThan(world(pose, 'left_shoulder')[2]);
  });

  it('head tilt, nod and turn move the face the way their names say', () => {
    const neutral = render({});
    const tilted = render({ headTilt: 20 });
    const ears = (p: Pose) => slope(world(p, 'right_ear'), world(p, 'left_ear'));
    const shoulders = (p: Pose) => slope(world(p, 'right_shoulder'), world(p, 'left_shoulder'));
    expect(ears(neutral)).toBeCloseTo(0, 6);
    // + tilt drops the left ear (y down), by exactly the tilt against the shoulder line.
    expect(ears(tilted) - shoulders(tilted)).toBeCloseTo(20, 6);

    const noseBelowEars = (p: Pose) => world(p, 'nose')[1] - midpoint(world(p, 'left_ear'), world(p, 'right_ear'))[1];
    expect(noseBelowEars(render({ neckFlexion: 40 }))).toBeGreaterThan(noseBelowEars(neutral) + 0.05);
    expect(noseBelowEars(render({ neckFlexion: -40 }))).toBeLessThan(noseBelowEars(neutral) - 0.05);

    const turned = render({ headYaw: 45 });
    expect(world(turned, 'nose')[0]).toBeGreaterThan(0.05); // toward the person's left
    const earLine = minus(world(turned, 'left_ear'), world(turned, 'right_ear'));
    expect(angleBetween([earLine[0], 0, earLine[2]], [1, 0, 0])).toBeCloseTo(45, 6);
  });

  it('shrugging raises the shoulder toward the ear', () => {
    const gap = (p: Pose) => world(p, 'left_shoulder')[1] - world(p, 'left_ear')[1];
    expect(gap(render({}))).toBeGreaterThan(gap(render({ left: { shoulderElevation: 30 } })) + 0.07);
  });
});

describe('world landmarks', () => {
  const poses: PuppetPose[] = [
    standing,
    mergePose(standing, { facing: 90, torsoPitch: 45, xM: 0.7, depthM: 0.5 }),
    mergePose(ZERO_POSE, { posture: 'prone', facing: -90 }),
    mergePose(ZERO_POSE, { posture: 'allFours', facing: 30, both: { hipFlexion: 90 } }),
  ];

  it('have their origin at the hip midpoint', () => {
    for (const puppet of poses) {
      const pose = renderPose(puppet);
      const hips = midpoint(world(pose, 'left_hip'), world(pose, 'right_hip'));
      for (const c of hips) expect(Math.abs(c)).toBeLessThan(1e-9);
    }
  });

  it('turn with the person: facing the camera vs side-on swaps x for z', () => {
    const front = renderPose(standing, { camera: level });
    const side = renderPose(mergePose(standing, { facing: 90 }), { camera: level });
    expect(world(front, 'left_hip')[0]).toBeGreaterThan(0.1);
    expect(Math.abs(world(front, 'left_hip')[2])).toBeLessThan(1e-9);
    expect(Math.abs(world(side, 'left_hip')[0])).toBeLessThan(1e-9);
    expect(world(side, 'left_hip')[2]).toBeGreaterThan(0.1); // left side away from the camera
  });

  it('follow the camera tilt (y is the image down, not gravity)', () => {
    const tilted = renderPose(standing, { camera: makeCamera({ tiltDeg: 20 }) });
    const line = trunkLine(tilted);
    expect(fromVertical(line)).toBeCloseTo(20, 6);
  });

  it('scale with the body height; segment lengths match the proportions', () => {
    for (const heightM of [1.5, 1.7, 1.9]) {
      const pose = renderPose(standing, { body: { heightM } });
      const upperArm = distance(world(pose, 'left_shoulder'), world(pose, 'left_elbow'));
      const shin = distance(world(pose, 'left_knee'), world(pose, 'left_ankle'));
      expect(upperArm).toBeCloseTo(0.186 * heightM, 9);
      expect(shin).toBeCloseTo(0.246 * heightM, 9);
      const top = world(pose, 'left_eye')[1];
      const floor = world(pose, 'left_heel')[1];
      expect((floor - top) / heightM).toBeGreaterThan(0.88);
      expect((floor - top) / heightM).toBeLessThan(0.95);
    }
  });

  it('are the same whichever camera watches (only their axes turn)', () => {
    const a = renderPose(standing, { camera: level });
    const b = renderPose(standing, { camera: CAMERAS.desk });
    expect(distance(world(a, 'nose'), world(a, 'left_ankle'))).toBeCloseTo(
      distance(world(b, 'nose'), world(b, 'left_ankle')),
      9,
    );
  });
});
