import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  mergePose,
  renderPose,
  seated,
  type PuppetPose,
  type CameraSpec,
  type PosePatch,
} from '../../../tests/support';
import { FEET_CAMERA } from '../../exercises/trunk-rotation.presets';
import { catCowCat, catCowCow, catCowNeutral } from '../../exercises/cat-cow.presets';
import { handFrame, mirrored, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import {
  neckLength,
  trunkBend,
  chinDrop,
  headTilt,
  headTurn,
  lineTurn,
  trunkTurn,
  turn,
  type Measure,
  type MeasureInput,
} from '.';

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

/** A person facing the camera, near side left. */
const headFrame = (pixels: Points, world: Points = {}): MeasureInput => handFrame(pixels, { world, near: 'left' });

/** A measure on a rendered puppet pose, its near side given. */
function onPuppet(measure: Measure, puppet: PuppetPose, near: BodySide, camera = FEET_CAMERA): number | null {
  const pose = renderPose(puppet, { camera });
  return measure.compute({ pose, imageWidth: camera.imageWidth, imageHeight: camera.imageHeight, near });
}

/**
 * A person facing the (non-mirrored) camera, centred: their left is the image's right. Shoulders
 * 400 px apart at y 500, ears 160 px apart at y 300, nose 30 px below the ears.
 */
const upright: Points = {
  left_shoulder: [840, 500],
  right_shoulder: [440, 500],
  left_ear: [720, 300],
  right_ear: [560, 300],
  nose: [640, 330],
};

describe('turn', () => {
  const head = turn(['hip', 'shoulder'], ['shoulder', 'ear']);

  it('is the segment turned up (+) or down (−) from the reference, facing either way', () => {
    // Trunk level to the right; the ear 30° above its line, then 30° below.
    const r = 200;
    const upRight = floorFrame({
      right_hip: [300, 400],
      right_shoulder: [700, 400],
      right_ear: [700 + r * Math.cos(Math.PI / 6), 400 - r / 2],
    });
    const downRight = floorFrame({
      right_hip: [300, 400],
      right_shoulder: [700, 400],
      right_ear: [700 + r * Math.cos(Math.PI / 6), 400 + r / 2],
    });
    const upLeft = floorFrame({
      right_hip: [900, 400],
      right_shoulder: [500, 400],
      right_ear: [500 - r * Math.cos(Math.PI / 6), 400 - r / 2],
    });
    expect(head.compute(upRight)).toBeCloseTo(30, 9);
    expect(head.compute(downRight)).toBeCloseTo(-30, 9);
    expect(head.compute(upLeft)).toBeCloseTo(30, 9);
  });

  it('reads against a tilted reference, and wraps past a half turn', () => {
    // Trunk rising 20°; the segment level: 20° below the trunk line.
    const rising = floorFrame({
      right_hip: [300, 400],
      right_shoulder: [300 + 400 * Math.cos(Math.PI / 9), 400 - 400 * Math.sin(Math.PI / 9)],
      right_ear: [800, 400 - 400 * Math.sin(Math.PI / 9)],
    });
    expect(head.compute(rising)).toBeCloseTo(-20, 6);
    const back = floorFrame({ right_hip: [300, 400], right_shoulder: [700, 400], right_ear: [500, 410] });
    expect(head.compute(back)).toBeLessThan(-170);
  });

  it('reads the puppet: the head drops below the trunk line in the cat, rises above it in the cow', () => {
    const camera = { ...FEET_CAMERA, distanceM: 2.5, heightM: 0.8, tiltDeg: 12 };
    const neutral = onPuppet(head, catCowNeutral, 'right', camera) ?? Number.NaN;
    expect(onPuppet(head, catCowCat, 'right', camera)).toBeLessThan(neutral - 40);
    expect(onPuppet(head, catCowCow, 'right', camera)).toBeGreaterThan(neutral + 20);
  });
});

describe('headTurn', () => {
  it('is 0 facing the camera and grows with the nose sliding towards an ear (tan scale 1.3)', () => {
    expect(headTurn().compute(headFrame(upright))).toBeCloseTo(0, 9);
    // The nose 1.3 half-ear-distances (104 px) towards the left ear: tan(turn) = 1, 45°.
    const looking = headFrame({ ...upright, nose: [640 + 1.3 * 80, 330] });
    expect(headTurn().compute(looking)).toBeCloseTo(45, 9);
    expect(headTurn({ toward: 'right' }).compute(looking)).toBeCloseTo(-45, 9);
    expect(headTurn().compute(mirrored(looking))).toBeCloseTo(45, 9);
  });

  it('reads a turn past ~80°, where the far ear is guessed across the near one, on its own side', () => {
    // Turned far to the left: the nose out at the left, the (hidden) right ear guessed past the
    // left one. The shoulders, square, say where the person's left is: still a left turn, past 90°.
    const farLeft = { ...upright, left_ear: [650, 300], right_ear: [660, 300], nose: [720, 330] } satisfies Points;
    expect(headTurn().compute(headFrame(farLeft))).toBeGreaterThan(90);
    expect(headTurn({ toward: 'right' }).compute(headFrame(farLeft))).toBeLessThan(-90);
    expect(headTurn().compute(mirrored(headFrame(farLeft)))).toBeGreaterThan(90);
    // Ears in order read as before (the shoulders change nothing then).
    const near90 = { ...upright, left_ear: [660, 300], right_ear: [650, 300], nose: [720, 330] } satisfies Points;
    expect(headTurn().compute(headFrame(near90))).toBeGreaterThan(80);
    expect(headTurn().compute(headFrame(near90))).toBeLessThan(90);
  });

  it('takes off the angle at which the camera sees a head away from the middle of the picture', () => {
    // Everything 200 px to the image's right (the person's left), drawn without parallax: a real
    // unturned head there would show its nose this much towards its left ear, so this one reads
    // as turned the other way by the angle off the axis (for a 65° webcam).
    const shift = (points: Points, dx: number) =>
      Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, [x + dx, y]])) as Points;
    const offAxis = (Math.atan(200 / (640 / Math.tan((32.5 * Math.PI) / 180))) * 180) / Math.PI;
    expect(headTurn().compute(headFrame(shift(upright, 200)))).toBeCloseTo(-offAxis, 9);
  });
});

describe('world measures', () => {
  const shoulders = (turnDeg: number): Points => {
    const r = (turnDeg * Math.PI) / 180;
    return {
      left_shoulder: [0.18 * Math.cos(r), -0.5, 0.18 * Math.sin(r)],
      right_shoulder: [-0.18 * Math.cos(r), -0.5, -0.18 * Math.sin(r)],
    };
  };
  const hips: Points = { left_hip: [0.12, 0, 0], right_hip: [-0.12, 0, 0] };

  it('trunkTurn: the shoulder line turned against the hip line, + to the left, mirrored or not', () => {
    const input = headFrame({}, { ...shoulders(30), ...hips });
    expect(trunkTurn().compute(input)).toBeCloseTo(30, 9);
    expect(trunkTurn().compute(mirrored(input))).toBeCloseTo(30, 9);
    expect(trunkTurn({ toward: 'right' }).compute(input)).toBeCloseTo(-30, 9);
    expect(lineTurn('hip').compute(input)).toBeCloseTo(0, 9);
    expect(lineTurn('shoulder').compute(input)).toBeCloseTo(30, 9);
  });

  it('trunkBend: the hip-to-shoulder line leaning towards the camera', () => {
    const bent: Points = { left_shoulder: [0.18, -0.35, -0.35], right_shoulder: [-0.18, -0.35, -0.35], ...hips };
    expect(trunkBend().compute(headFrame({}, bent))).toBeCloseTo(45, 9);
    expect(trunkBend().compute(headFrame({}, { ...shoulders(0), ...hips }))).toBeCloseTo(0, 9);
  });

  it('neckLength: shoulders to ears in typical necks (0.19 m)', () => {
    const input = headFrame({}, { ...shoulders(0), left_ear: [0.07, -0.69, 0], right_ear: [-0.07, -0.69, 0] });
    expect(neckLength().compute(input)).toBeCloseTo(1, 9);
  });
});

describe('on the puppet (seated, laptop at a desk and across the room)', () => {
  const read = (patch: PosePatch, camera: CameraSpec = CAMERAS.desk) => {
    const pose = renderPose(mergePose(seated, patch), { camera });
    const input: MeasureInput = { pose, imageWidth: camera.imageWidth, imageHeight: camera.imageHeight, near: 'left' };
    return (m: { compute: (input: MeasureInput) => number | null }) => m.compute(input) ?? Number.NaN;
  };

  it.each([CAMERAS.desk, CAMERAS.laptop, CAMERAS.deskMirrored])('reads a 20° tilt within 1°', (camera) => {
    expect(read({ headTilt: 20 }, camera)(headTilt())).toBeCloseTo(20, 0);
    expect(read({ headTilt: -20 }, camera)(headTilt())).toBeCloseTo(-20, 0);
  });

  it('reads a 30° turn within 6° (the near nose looks larger at a desk), and a tilt as under 5° of turn', () => {
    expect(read({ headYaw: 30 })(headTurn())).toBeGreaterThan(30);
    expect(read({ headYaw: 30 })(headTurn())).toBeLessThan(36);
    expect(Math.abs(read({ headTilt: 20 })(headTurn()))).toBeLessThan(5);
    // Leaning the whole trunk 15° takes the head 13 cm off the camera's axis: not a turn.
    expect(Math.abs(read({ torsoRoll: 15 })(headTurn()))).toBeLessThan(3);
  });

  it('reads a 30° chin drop as 30–40° more than level, whether or not the head is turned', () => {
    const level = read({})(chinDrop());
    expect(read({ neckFlexion: 30 })(chinDrop()) - level).toBeGreaterThan(30);
    expect(read({ neckFlexion: 30, headYaw: 45 })(chinDrop()) - level).toBeGreaterThan(30);
    expect(Math.abs(read({ headYaw: 45 })(chinDrop()) - level)).toBeLessThan(5);
  });

  it('reads trunk twist and hips turning from depth, and a shrug as a shorter neck', () => {
    expect(read({ torsoYaw: 40 })(trunkTurn())).toBeCloseTo(40, 0);
    expect(read({ facing: 20 })(trunkTurn())).toBeCloseTo(0, 0);
    expect(read({ facing: 20 })(lineTurn('hip'))).toBeCloseTo(20, 0);
    expect(read({})(neckLength())).toBeCloseTo(0.96, 1);
    expect(read({ both: { shoulderElevation: 30 } })(neckLength())).toBeLessThan(0.6);
  });
});
