import { describe, expect, it } from 'vitest';
import { handFrame, without, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { armElevation, armRaise, armSideways, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Front view, near side left; unlisted landmarks at the picture's corner. */
const frontFrame = (pixels: Points, world: Points = {}): MeasureInput =>
  handFrame(pixels, { world, near: 'left', rest: 'origin' });

// Shoulders 200 px apart (image) and 0.4 m apart (world), level, facing the camera.
const SHOULDERS_PX = { left_shoulder: [740, 300], right_shoulder: [540, 300] } as const;
const SHOULDERS_M = { left_shoulder: [0.2, -0.5, 0], right_shoulder: [-0.2, -0.5, 0] } as const;

describe('armRaise (front view)', () => {
  // Facing the camera: the person's left shoulder is on the image's right.
  const shoulders = { left_shoulder: [740, 200], right_shoulder: [540, 200] } as const;

  it.each([
    ['hanging', [740, 400], 0],
    ['level, out to the side', [940, 200], 90],
    ['overhead', [740, 0], 180],
    ['halfway up', [740 + 200 * Math.SQRT1_2, 200 + 200 * Math.SQRT1_2], 45],
  ] as const)('reads an arm %s', (_, elbow, expected) => {
    const input = sideFrame({ ...shoulders, left_elbow: elbow });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(expected, 9);
  });

  it('measures from the shoulder line, so leaning sideways does not raise the arm', () => {
    // The whole upper body tilted 20°: the arm hangs along the tilted trunk.
    const tilt = (20 * Math.PI) / 180;
    const rotate = ([x, y]: readonly [number, number]): [number, number] => [
      640 + (x - 640) * Math.cos(tilt) - (y - 300) * Math.sin(tilt),
      300 + (x - 640) * Math.sin(tilt) + (y - 300) * Math.cos(tilt),
    ];
    const input = sideFrame({
      left_shoulder: rotate([740, 200]),
      right_shoulder: rotate([540, 200]),
      left_elbow: rotate([740, 400]),
    });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(0, 9);
  });

  it('works in a mirrored picture (left shoulder on the image left)', () => {
    const input = sideFrame({ left_shoulder: [540, 200], right_shoulder: [740, 200], left_elbow: [340, 200] });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(90, 9);
  });

  it('needs both shoulders: it reads them, and is null without', () => {
    expect(armRaise({ side: 'left' }).joints('right')).toEqual(['left_shoulder', 'left_elbow', 'right_shoulder']);
    const input = sideFrame({ ...shoulders, left_elbow: [940, 200] });
    expect(armRaise({ side: 'left' }).compute(without(input, 'right_shoulder'))).toBeNull();
  });
});

describe('raisedTo', () => {
  it('is the limb against the trunk’s axis square to the shoulder line: 0 hanging, 90 level, 180 up', () => {
    const level = frontFrame({ ...SHOULDERS_PX, left_elbow: [900, 300], left_wrist: [1040, 300] });
    const up = frontFrame({ ...SHOULDERS_PX, left_elbow: [740, 150], left_wrist: [740, 0] });
    expect(armRaise({ side: 'left' }).compute(level)).toBeCloseTo(90, 9);
    expect(armRaise({ side: 'left', to: 'wrist' }).compute(up)).toBeCloseTo(180, 9);
  });

  it('follows a trunk bent to the side (the shoulder line tilts, the arm keeps its angle)', () => {
    // Shoulder line tilted 20°, the arm along the tilted "up".
    const t = (20 * Math.PI) / 180;
    const input = frontFrame({
      left_shoulder: [640 + 100 * Math.cos(t), 300 - 100 * Math.sin(t)],
      right_shoulder: [640 - 100 * Math.cos(t), 300 + 100 * Math.sin(t)],
      left_wrist: [640 + 100 * Math.cos(t) - 300 * Math.sin(t), 300 - 100 * Math.sin(t) - 300 * Math.cos(t)],
    });
    expect(armRaise({ side: 'left', to: 'wrist' }).compute(input)).toBeCloseTo(180, 6);
  });
});

describe('sideways', () => {
  it('is +1 for an arm straight out to its own side, 0 forward, − across the body', () => {
    const input = frontFrame(
      {},
      {
        ...SHOULDERS_M,
        left_wrist: [0.8, -0.5, 0],
        right_wrist: [-0.2, -0.5, -0.6],
        left_elbow: [-0.1, -0.5, -0.3],
      },
    );
    expect(armSideways('left', 'wrist').compute(input)).toBeCloseTo(1, 9);
    expect(armSideways('right', 'wrist').compute(input)).toBeCloseTo(0, 9);
    expect(armSideways('left', 'elbow').compute(input)).toBeLessThan(-0.5);
  });
});

describe('elevation', () => {
  it('is the limb from hanging in 3-D, whether it points out to the side or at the camera', () => {
    const input = frontFrame(
      {},
      { ...SHOULDERS_M, left_elbow: [0.5, -0.5, 0], right_elbow: [-0.2, -0.5, -0.3], left_wrist: [0.2, -0.2, 0] },
    );
    expect(armElevation('left', 'elbow').compute(input)).toBeCloseTo(90, 9);
    expect(armElevation('right', 'elbow').compute(input)).toBeCloseTo(90, 9);
    expect(armElevation('left', 'wrist').compute(input)).toBeCloseTo(0, 9);
  });
});
