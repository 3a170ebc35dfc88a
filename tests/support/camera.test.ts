import { describe, expect, it } from 'vitest';
import { LANDMARK_NAMES } from '../../src/pose/landmarks';
import {
  CAMERAS,
  makeCamera,
  mergePose,
  mirrorPose,
  renderFrame,
  renderPose,
  rowStart,
  seated,
  standing,
  wallAngelOverhead,
} from './index';
import { angleBetween, minus, pixel, point } from './test-geometry';

describe('image landmarks', () => {
  it("put the person's left shoulder on the image's right when they face the camera", () => {
    const pose = renderPose(standing);
    expect(point(pose.image, 'left_shoulder')[0]).toBeGreaterThan(point(pose.image, 'right_shoulder')[0]);
    expect(point(pose.image, 'left_hip')[0]).toBeGreaterThan(point(pose.image, 'right_hip')[0]);
  });

  it('mirror x (1 − x) and world x in selfie frames without swapping labels', () => {
    const plain = renderPose(rowStart, { camera: makeCamera() });
    const mirrored = renderPose(rowStart, { camera: makeCamera({ mirrored: true }) });
    plain.image.forEach((l, i) => {
      const m = mirrored.image[i];
      expect(m?.x).toBeCloseTo(1 - l.x, 12);
      expect(m?.y).toBeCloseTo(l.y, 12);
      expect(m?.z).toBeCloseTo(l.z, 12);
      expect(m?.visibility).toBe(l.visibility);
      expect(mirrored.world[i]?.x).toBeCloseTo(-(plain.world[i]?.x ?? 0), 12);
    });
    const front = renderPose(standing, { camera: makeCamera({ mirrored: true }) });
    expect(point(front.image, 'left_shoulder')[0]).toBeLessThan(point(front.image, 'right_shoulder')[0]);
  });

  it('show a mirrored pose as the mirror image with left and right exchanged', () => {
    const pose = renderPose(rowStart);
    const mirror = renderPose(mirrorPose(rowStart));
    LANDMARK_NAMES.forEach((name) => {
      const partner = name.includes('left') ? name.replace('left', 'right') : name.replace('right', 'left');
      const [x, y, z] = point(pose.image, name);
      const [mx, my, mz] = point(mirror.image, partner as typeof name);
      expect(mx).toBeCloseTo(1 - x, 9);
      expect(my).toBeCloseTo(y, 9);
      expect(mz).toBeCloseTo(z, 9);
    });
  });

  it('run top to bottom in y, and the person fits the default frame', () => {
    const pose = renderPose(standing);
    const y = (name: (typeof LANDMARK_NAMES)[number]) => point(pose.image, name)[1];
    expect(y('nose')).toBeLessThan(y('left_shoulder'));
    expect(y('left_shoulder')).toBeLessThan(y('left_hip'));
    expect(y('left_hip')).toBeLessThan(y('left_ankle'));
    for (const l of pose.image) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(1);
      expect(l.y).toBeGreaterThan(0.1);
      expect(l.y).toBeLessThan(0.95);
    }
  });

  it('project with the field of view: a point at the half-angle lands on the edge', () => {
    // Standing 1.5 m to the side at 2.5 m from a level 65° camera: tan(32.5°) × 2.5 = 1.593 m.
    const camera = makeCamera({ tiltDeg: 0 });
    const edge = Math.tan((32.5 * Math.PI) / 180) * 2.5;
    const pose = renderPose(mergePose(standing, { xM: edge }), { camera });
    const hips = (point(pose.image, 'left_hip')[0] + point(pose.image, 'right_hip')[0]) / 2;
    expect(hips).toBeCloseTo(1, 6);
    // And the hips of a person on the optical axis at lens height sit at the centre.
    const centred = renderPose(standing, { camera: makeCamera({ tiltDeg: 0, heightM: 0.9033 }) });
    expect(point(centred.image, 'left_hip')[1]).toBeCloseTo(0.5, 3);
  });

  it('keep depth in z relative to the hips, on the scale of x', () => {
    const front = renderPose(standing);
    expect(Math.abs(point(front.image, 'left_hip')[2])).toBeLessThan(0.002);
    expect(point(front.image, 'nose')[2]).toBeLessThan(0); // the face is nearer than the hips
    const side = renderPose(mergePose(standing, { facing: 90 }));
    // Side-on, the hip width shows up in z as it showed in x face-on.
    const widthX = point(front.image, 'left_hip')[0] - point(front.image, 'right_hip')[0];
    const widthZ = point(side.image, 'left_hip')[2] - point(side.image, 'right_hip')[2];
    expect(widthZ).toBeCloseTo(widthX, 2);
  });

  it('perspective keeps image angles close to world angles for side-on measures', () => {
    const pose = renderPose(rowStart);
    const image = minus(pixel(pose, 'right_shoulder'), pixel(pose, 'right_hip'));
    const trunk2d = angleBetween([image[0], image[1], 0], [0, -1, 0]);
    expect(Math.abs(trunk2d - 45)).toBeLessThan(6);
  });

  it('size frames to the camera', () => {
    const frame = renderFrame(standing, 1234, { camera: makeCamera({ imageWidth: 1280, imageHeight: 720 }) });
    expect(frame).toMatchObject({ timestampMs: 1234, imageWidth: 1280, imageHeight: 720 });
    expect(frame.poses).toHaveLength(1);
    expect(frame.poses[0]?.image).toHaveLength(33);
    expect(frame.poses[0]?.world).toHaveLength(33);
  });
});

describe('out of frame', () => {
  it('a person at a desk camera is cropped at the waist, hips below the frame', () => {
    const pose = renderPose(seated, { camera: CAMERAS.desk });
    for (const name of ['left_hip', 'right_hip', 'left_knee', 'left_ankle'] as const) {
      const l = pose.image[LANDMARK_NAMES.indexOf(name)];
      expect(l?.y).toBeGreaterThan(1);
      expect(l?.visibility).toBeLessThan(0.3);
    }
    for (const name of ['nose', 'left_shoulder', 'right_shoulder', 'left_eye'] as const) {
      const l = pose.image[LANDMARK_NAMES.indexOf(name)];
      expect(l?.y).toBeGreaterThan(0);
      expect(l?.y).toBeLessThan(1);
      expect(l?.visibility).toBeGreaterThan(0.9);
    }
  });

  it('hands above the top edge lose visibility but keep extrapolating', () => {
    const close = makeCamera({ distanceM: 1.2, heightM: 1.2, tiltDeg: 0 });
    const pose = renderPose(wallAngelOverhead, { camera: close });
    const wrist = pose.image[LANDMARK_NAMES.indexOf('left_wrist')];
    const elbow = pose.image[LANDMARK_NAMES.indexOf('left_elbow')];
    expect(wrist?.y).toBeLessThan(0);
    expect(wrist?.visibility).toBeLessThan(0.3);
    // Still on the line of the arm: above the elbow and further out.
    expect(wrist?.y).toBeLessThan(elbow?.y ?? 0);
    expect(wrist?.x).toBeGreaterThan(point(pose.image, 'left_shoulder')[0]);
  });
});
