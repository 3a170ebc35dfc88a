import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../../src/pose/landmarks';
import type { Pose } from '../../src/pose/types';
import { mergePose, renderPose, rowStart, standing, supermanLift, wallAngelGoalPost } from './index';

const vis = (pose: Pose, name: LandmarkName): number => pose.image[LANDMARK[name]]?.visibility ?? -1;

describe('visibility', () => {
  it('is high everywhere for a person facing the camera', () => {
    for (const puppet of [standing, wallAngelGoalPost]) {
      const pose = renderPose(puppet);
      for (const l of pose.image) expect(l.visibility).toBeGreaterThan(0.9);
    }
  });

  it('marks the far side partly occluded in a side view, and keeps reporting it', () => {
    // Right side toward the camera: the left side is the far side.
    const pose = renderPose(mergePose(standing, { facing: 90 }));
    for (const joint of ['shoulder', 'elbow', 'hip', 'knee'] as const) {
      const far = vis(pose, `left_${joint}`);
      expect(far, joint).toBeGreaterThan(0.45);
      expect(far, joint).toBeLessThan(0.85);
      expect(vis(pose, `right_${joint}`), joint).toBeGreaterThan(far);
    }
    expect(vis(pose, 'right_shoulder')).toBeGreaterThan(0.95);
    expect(vis(pose, 'left_ear')).toBeLessThan(0.8);
    expect(vis(pose, 'right_ear')).toBeGreaterThan(0.95);
    // Turned the other way, the roles swap.
    const other = renderPose(mergePose(standing, { facing: -90 }));
    expect(vis(other, 'right_shoulder')).toBeLessThan(0.85);
    expect(vis(other, 'left_shoulder')).toBeGreaterThan(0.95);
  });

  it('keeps the near side of the exercise presets clearly visible', () => {
    const row = renderPose(rowStart);
    for (const name of ['right_shoulder', 'right_elbow', 'right_wrist', 'right_hip'] as const) {
      expect(vis(row, name), name).toBeGreaterThan(0.9);
    }
    expect(vis(row, 'left_shoulder')).toBeLessThan(0.8);
    const superman = renderPose(supermanLift);
    for (const name of ['right_shoulder', 'right_wrist', 'right_hip', 'right_ankle'] as const) {
      expect(vis(superman, name), name).toBeGreaterThan(0.9);
    }
  });

  it('drops the face when the head faces away', () => {
    const back = renderPose(mergePose(standing, { facing: 180 }));
    for (const name of ['nose', 'left_eye', 'right_eye', 'mouth_left', 'left_ear'] as const) {
      expect(vis(back, name), name).toBeLessThan(0.3);
    }
    const lookingAway = renderPose(mergePose(standing, { facing: 90, headYaw: 80 }));
    expect(vis(lookingAway, 'nose')).toBeLessThan(0.5);
    const profile = renderPose(mergePose(standing, { facing: 90 }));
    expect(vis(profile, 'nose')).toBeGreaterThan(0.9);
  });

  it('stays in [0, 1]', () => {
    const all = [0, 45, 90, 135, 180, 225, 270].flatMap((facing) =>
      renderPose(mergePose(rowStart, { facing })).image.map((l) => l.visibility),
    );
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...all)).toBeLessThanOrEqual(1);
  });
});
