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
} from '../../tests/support';
import { otherSide, resolveSide, sidedName, type BodySide } from '../pose/body-side';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import { ANGLE_SMOOTHING } from '../pose/one-euro';
import type { Landmark } from '../pose/types';
import {
  angle,
  armRaise,
  between,
  bothSides,
  combine,
  earShoulderGap,
  inclination,
  rise,
  towardCamera,
  type MeasureInput,
} from './measures';

const WIDTH = 1280;
const HEIGHT = 720;

type Points = Partial<Record<LandmarkName, readonly [number, number, number?]>>;

/**
 * A 16:9 frame built by hand: image points given in PIXELS (normalised here, x by the width and
 * y by the height, as MediaPipe does), world points in metres. Unlisted landmarks sit at the
 * centre of the picture / the hips.
 */
function frame(pixels: Points, options: { world?: Points; near?: BodySide; width?: number; height?: number } = {}) {
  const { world = {}, near = 'right', width = WIDTH, height = HEIGHT } = options;
  const list = (points: Points, scale: (p: readonly [number, number, number?]) => Landmark, rest: Landmark) => {
    const out = Array.from({ length: LANDMARK_COUNT }, () => rest);
    for (const [name, p] of Object.entries(points) as [LandmarkName, readonly [number, number, number?]][]) {
      out[LANDMARK[name]] = scale(p);
    }
    return out;
  };
  const image = list(pixels, ([x, y, z = 0]) => ({ x: x / width, y: y / height, z, visibility: 1 }), {
    x: 0.5,
    y: 0.5,
    z: 0,
    visibility: 1,
  });
  const worldList = list(world, ([x, y, z = 0]) => ({ x, y, z, visibility: 1 }), { x: 0, y: 0, z: 0, visibility: 1 });
  return { pose: { image, world: worldList }, imageWidth: width, imageHeight: height, near } satisfies MeasureInput;
}

/** The input with one landmark absent altogether (a hole in the list). */
function without(input: MeasureInput, name: LandmarkName): MeasureInput {
  const drop = (list: readonly Landmark[]) => {
    const out: Landmark[] = [];
    list.forEach((landmark, i) => {
      if (i !== LANDMARK[name]) out[i] = landmark;
    });
    return out;
  };
  return { ...input, pose: { image: drop(input.pose.image), world: drop(input.pose.world) } };
}

describe('body sides', () => {
  it('name a paired landmark on a side, as MediaPipe does', () => {
    expect(sidedName('elbow', 'left')).toBe('left_elbow');
    expect(sidedName('foot_index', 'right')).toBe('right_foot_index');
    expect(otherSide('left')).toBe('right');
  });

  it('resolve near and far from the side facing the camera, and keep a fixed side', () => {
    expect(resolveSide('near', 'right')).toBe('right');
    expect(resolveSide('far', 'right')).toBe('left');
    expect(resolveSide('near', 'left')).toBe('left');
    expect(resolveSide('far', 'left')).toBe('right');
    expect(resolveSide('left', 'right')).toBe('left');
    expect(resolveSide('right', 'left')).toBe('right');
  });
});

describe('angle', () => {
  // Shoulder up-left of the elbow, wrist up-right: a right angle in pixels, which the
  // normalised coordinates of a 16:9 frame would squash to ≈ 59°.
  const bent = frame({ right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [800, 200] });

  it('measures the joint in pixel proportions, not in normalised coordinates', () => {
    expect(angle('shoulder', 'elbow', 'wrist').compute(bent)).toBeCloseTo(90, 9);
  });

  it('is 180° for a straight arm and the same in any frame size', () => {
    const straight = { right_shoulder: [300, 100], right_elbow: [400, 250], right_wrist: [500, 400] } as const;
    expect(angle('shoulder', 'elbow', 'wrist').compute(frame(straight))).toBeCloseTo(180, 9);
    expect(angle('shoulder', 'elbow', 'wrist').compute(frame(straight, { width: 640, height: 480 }))).toBeCloseTo(
      180,
      9,
    );
  });

  it('reads the side nearer the camera by default, or the side asked for', () => {
    const input = frame(
      {
        right_shoulder: [400, 200],
        right_elbow: [600, 400],
        right_wrist: [800, 200],
        left_shoulder: [400, 200],
        left_elbow: [400, 400],
        left_wrist: [400, 600],
      },
      { near: 'right' },
    );
    const elbow = angle('shoulder', 'elbow', 'wrist');
    expect(elbow.compute(input)).toBeCloseTo(90, 9);
    expect(elbow.compute({ ...input, near: 'left' })).toBeCloseTo(180, 9);
    expect(angle('shoulder', 'elbow', 'wrist', { side: 'far' }).compute(input)).toBeCloseTo(180, 9);
    expect(angle('shoulder', 'elbow', 'wrist', { side: 'left' }).compute(input)).toBeCloseTo(180, 9);
    expect(elbow.joints('right')).toEqual(['right_shoulder', 'right_elbow', 'right_wrist']);
    expect(elbow.joints('left')).toEqual(['left_shoulder', 'left_elbow', 'left_wrist']);
  });

  it('in world space sees a bend towards the camera that the picture cannot', () => {
    // Upper arm hanging, forearm pointing at the camera: the picture shows a shortened straight line.
    const input = frame(
      { right_shoulder: [640, 200], right_elbow: [640, 400], right_wrist: [640, 410] },
      { world: { right_shoulder: [0, -0.5, 0], right_elbow: [0, -0.2, 0], right_wrist: [0, -0.2, -0.25] } },
    );
    expect(angle('shoulder', 'elbow', 'wrist').compute(input)).toBeCloseTo(180, 6);
    expect(angle('shoulder', 'elbow', 'wrist', { space: 'world' }).compute(input)).toBeCloseTo(90, 9);
  });

  it('is null when a landmark is missing or a segment has no length', () => {
    expect(angle('shoulder', 'elbow', 'wrist').compute(without(bent, 'right_wrist'))).toBeNull();
    const folded = frame({ right_shoulder: [400, 200], right_elbow: [400, 200], right_wrist: [800, 200] });
    expect(angle('shoulder', 'elbow', 'wrist').compute(folded)).toBeNull();
  });

  it('says how to draw it: an arc at the middle joint of the side read', () => {
    expect(angle('shoulder', 'elbow', 'wrist').arc?.('left')).toEqual({
      at: 'left_elbow',
      from: 'left_shoulder',
      to: 'left_wrist',
    });
  });

  it('carries its label, unit and default smoothing', () => {
    const elbow = angle('shoulder', 'elbow', 'wrist');
    expect(elbow).toMatchObject({ label: 'elbow angle', unit: '°', space: 'image', smoothing: ANGLE_SMOOTHING });
    expect(angle('shoulder', 'elbow', 'wrist', { label: 'Elbow' }).label).toBe('Elbow');
  });
});

describe('inclination', () => {
  it('reads a trunk hinged 45° forward as 45° in a 16:9 frame, facing either way', () => {
    const right = frame({ right_hip: [600, 500], right_shoulder: [800, 300] });
    const left = frame({ right_hip: [600, 500], right_shoulder: [400, 300] });
    expect(inclination('hip', 'shoulder').compute(right)).toBeCloseTo(45, 9);
    expect(inclination('hip', 'shoulder').compute(left)).toBeCloseTo(45, 9);
  });

  it('uses the midpoint of both sides for side “mid”, and reads both', () => {
    const input = frame({
      left_hip: [580, 500],
      right_hip: [620, 500],
      left_shoulder: [580, 300],
      right_shoulder: [620, 300],
    });
    const trunk = inclination('hip', 'shoulder', { side: 'mid' });
    expect(trunk.compute(input)).toBeCloseTo(0, 9);
    expect(trunk.joints('left')).toEqual(['left_hip', 'right_hip', 'left_shoulder', 'right_shoulder']);
    expect(trunk.compute(without(input, 'right_shoulder'))).toBeNull();
    expect(trunk.arc).toBeUndefined();
  });
});

describe('between', () => {
  it('is the angle of the upper arm against the trunk', () => {
    const input = frame({
      right_shoulder: [640, 200],
      right_elbow: [840, 200], // level, out in front
      right_hip: [640, 500],
    });
    expect(between(['shoulder', 'elbow'], ['shoulder', 'hip']).compute(input)).toBeCloseTo(90, 9);
  });
});

describe('rise', () => {
  it('is + above level and − below, whichever way the segment points', () => {
    const up = frame({ right_hip: [600, 400], right_ankle: [600 + 400 * Math.sqrt(3), 0] });
    const upLeft = frame({ right_hip: [600, 400], right_ankle: [600 - 400 * Math.sqrt(3), 0] });
    const down = frame({ right_hip: [600, 400], right_ankle: [800, 600] });
    expect(rise('hip', 'ankle').compute(up)).toBeCloseTo(30, 9);
    expect(rise('hip', 'ankle').compute(upLeft)).toBeCloseTo(30, 9);
    expect(rise('hip', 'ankle').compute(down)).toBeCloseTo(-45, 9);
  });
});

describe('armRaise (front view)', () => {
  // Facing the camera: the person's left shoulder is on the image's right.
  const shoulders = { left_shoulder: [740, 200], right_shoulder: [540, 200] } as const;

  it.each([
    ['hanging', [740, 400], 0],
    ['level, out to the side', [940, 200], 90],
    ['overhead', [740, 0], 180],
    ['halfway up', [740 + 200 * Math.SQRT1_2, 200 + 200 * Math.SQRT1_2], 45],
  ] as const)('reads an arm %s', (_, elbow, expected) => {
    const input = frame({ ...shoulders, left_elbow: elbow });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(expected, 9);
  });

  it('measures from the shoulder line, so leaning sideways does not raise the arm', () => {
    // The whole upper body tilted 20°: the arm hangs along the tilted trunk.
    const tilt = (20 * Math.PI) / 180;
    const rotate = ([x, y]: readonly [number, number]): [number, number] => [
      640 + (x - 640) * Math.cos(tilt) - (y - 300) * Math.sin(tilt),
      300 + (x - 640) * Math.sin(tilt) + (y - 300) * Math.cos(tilt),
    ];
    const input = frame({
      left_shoulder: rotate([740, 200]),
      right_shoulder: rotate([540, 200]),
      left_elbow: rotate([740, 400]),
    });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(0, 9);
  });

  it('works in a mirrored picture (left shoulder on the image left)', () => {
    const input = frame({ left_shoulder: [540, 200], right_shoulder: [740, 200], left_elbow: [340, 200] });
    expect(armRaise({ side: 'left' }).compute(input)).toBeCloseTo(90, 9);
  });

  it('needs both shoulders: it reads them, and is null without', () => {
    expect(armRaise({ side: 'left' }).joints('right')).toEqual(['left_shoulder', 'left_elbow', 'right_shoulder']);
    const input = frame({ ...shoulders, left_elbow: [940, 200] });
    expect(armRaise({ side: 'left' }).compute(without(input, 'right_shoulder'))).toBeNull();
  });
});

describe('earShoulderGap', () => {
  it('is the height of the ears above the shoulders in shoulder widths, and shrinks with a shrug', () => {
    const relaxed = frame({
      left_ear: [680, 100],
      right_ear: [600, 100],
      left_shoulder: [740, 200],
      right_shoulder: [540, 200],
    });
    expect(earShoulderGap().compute(relaxed)).toBeCloseTo(0.5, 9);
    const shrug = frame({
      left_ear: [680, 100],
      right_ear: [600, 100],
      left_shoulder: [740, 160],
      right_shoulder: [540, 160],
    });
    expect(earShoulderGap().compute(shrug)).toBeCloseTo(0.3, 9);
    expect(earShoulderGap().joints('left')).toEqual(['left_ear', 'right_ear', 'left_shoulder', 'right_shoulder']);
  });
});

describe('towardCamera', () => {
  it('is the share of a segment pointing at the camera (world z, negative towards it)', () => {
    const input = (elbow: readonly [number, number, number]) =>
      frame({}, { world: { right_shoulder: [0, -0.5, 0], right_elbow: elbow } });
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, -0.3]))).toBeCloseTo(1, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0.3, -0.5, 0]))).toBeCloseTo(0, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, 0.3]))).toBeCloseTo(-1, 9);
    expect(
      towardCamera('shoulder', 'elbow').compute(input([0, -0.5 + 0.3 * Math.cos(Math.PI / 6), -0.15])),
    ).toBeCloseTo(0.5, 9);
    expect(towardCamera('shoulder', 'elbow').compute(input([0, -0.5, 0]))).toBeNull();
    expect(towardCamera('shoulder', 'elbow').space).toBe('world');
  });
});

describe('bothSides and combine', () => {
  const input = frame({
    left_shoulder: [740, 200],
    left_elbow: [940, 200], // level: 90°
    right_shoulder: [540, 200],
    right_elbow: [540, 400], // hanging: 0°
  });

  it.each([
    ['min', 0],
    ['max', 90],
    ['mean', 45],
    ['diff', 90],
  ] as const)('combines the two sides by %s', (how, expected) => {
    expect(bothSides((side) => armRaise({ side }), how).compute(input)).toBeCloseTo(expected, 9);
  });

  it('reads both sides and is null when either is missing', () => {
    const arms = bothSides((side) => armRaise({ side }), 'min', 'Arms');
    expect(arms.label).toBe('Arms');
    expect(new Set(arms.joints('left'))).toEqual(
      new Set(['left_shoulder', 'left_elbow', 'right_shoulder', 'right_elbow']),
    );
    expect(arms.compute(without(input, 'right_elbow'))).toBeNull();
  });

  it('combines any measures, reading all their joints, null when one is missing', () => {
    const sum = combine(
      [armRaise({ side: 'left' }), armRaise({ side: 'right' })],
      (values) => values.reduce((a, b) => a + b, 0),
      'Total',
    );
    expect(sum.compute(input)).toBeCloseTo(90, 9);
    expect(sum.label).toBe('Total');
    expect(sum.joints('right')).toContain('right_elbow');
    expect(sum.compute(without(input, 'right_elbow'))).toBeNull();
  });
});

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
    const relaxed = earShoulderGap().compute(input(standing, 'left')) ?? Number.NaN;
    const shrug = earShoulderGap().compute(input(mergePose(standing, { both: { shoulderElevation: 30 } }), 'left'));
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
