import { describe, expect, it } from 'vitest';
import {
  makeCamera,
  mergePose,
  mirrorPose,
  renderPose,
  rowStart,
  rowTop,
  standing,
  wallAngelGoalPost,
  wallAngelOverhead,
  type PuppetPose,
} from '../../../tests/support';
import { type BodySide } from '../../pose/body-side';
import { angle, armRaise, towardCamera, type MeasureInput, heightAbove } from '.';

describe('on the puppet (known joint angles, 4:3 and 16:9 cameras)', () => {
  const cameras = [makeCamera(), makeCamera({ imageWidth: 1280, imageHeight: 720 })];
  const input = (pose: PuppetPose, near: BodySide, camera = cameras[0] ?? makeCamera()): MeasureInput => ({
    pose: renderPose(pose, { camera }),
    imageWidth: camera.imageWidth,
    imageHeight: camera.imageHeight,
    near,
  });

  it.each(cameras)(
    'reads the row’s elbow, straight at the start and ~90° at the top ($imageWidth × $imageHeight)',
    (camera) => {
      const elbow = angle('shoulder', 'elbow', 'wrist');
      expect(elbow.compute(input(rowStart, 'right', camera))).toBeCloseTo(175, 0);
      expect(elbow.compute(input(rowTop, 'right', camera))).toBeCloseTo(90, 0);
      expect(elbow.compute(input(mirrorPose(rowTop), 'left', camera))).toBeCloseTo(90, 0);
    },
  );

  it.each(cameras)(
    'reads the wall angel’s arms level, then overhead at 150° ($imageWidth × $imageHeight)',
    (camera) => {
      expect(armRaise({ side: 'left' }).compute(input(wallAngelGoalPost, 'left', camera))).toBeCloseTo(90, 1);
      expect(armRaise({ side: 'right' }).compute(input(wallAngelOverhead, 'left', camera))).toBeCloseTo(150, 0);
      expect(armRaise({ side: 'left' }).compute(input(standing, 'left', camera))).toBeLessThan(10);
    },
  );

  it('sees a shrug as a smaller ear–shoulder gap', () => {
    const gap = heightAbove(['left_ear', 'right_ear'], ['left_shoulder', 'right_shoulder']);
    const relaxed = gap.compute(input(standing, 'left')) ?? Number.NaN;
    const shrug = gap.compute(input(mergePose(standing, { both: { shoulderElevation: 30 } }), 'left'));
    expect(shrug).toBeLessThan(relaxed - 0.1);
  });

  it('sees an elbow flaring out towards the camera in a side view', () => {
    const tucked = towardCamera('shoulder', 'elbow').compute(input(rowTop, 'right')) ?? Number.NaN;
    const flared = towardCamera('shoulder', 'elbow').compute(
      input(mergePose(rowTop, { right: { shoulderAbduction: 45 } }), 'right'),
    );
    expect(tucked).toBeLessThan(0.25);
    expect(flared).toBeGreaterThan(0.5);
  });
});
