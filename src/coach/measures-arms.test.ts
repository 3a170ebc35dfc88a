import { describe, expect, it } from 'vitest';
import { mergePose, mirrorPose, renderPose, standing, type PuppetPose } from '../../tests/support';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import type { Landmark } from '../pose/types';
import { angle, type MeasureInput } from './measures';
import {
  aheadOf,
  along,
  apart,
  elevation,
  gated,
  heightAbove,
  lean,
  outOfPicture,
  raisedTo,
  RATIO_SMOOTHING,
  sideways,
} from './measures-arms';

const WIDTH = 1280;
const HEIGHT = 720;
type Points = Partial<Record<LandmarkName, readonly [number, number, number?]>>;

/** A 16:9 frame built by hand: image points in PIXELS, world points in metres. */
function frame(pixels: Points, world: Points = {}): MeasureInput {
  const list = (points: Points, scale: (p: readonly [number, number, number?]) => Landmark) => {
    const out: Landmark[] = Array.from({ length: LANDMARK_COUNT }, () => ({ x: 0, y: 0, z: 0, visibility: 1 }));
    for (const [name, p] of Object.entries(points) as [LandmarkName, readonly [number, number, number?]][]) {
      out[LANDMARK[name]] = scale(p);
    }
    return out;
  };
  return {
    pose: {
      image: list(pixels, ([x, y, z = 0]) => ({ x: x / WIDTH, y: y / HEIGHT, z, visibility: 1 })),
      world: list(world, ([x, y, z = 0]) => ({ x, y, z, visibility: 1 })),
    },
    imageWidth: WIDTH,
    imageHeight: HEIGHT,
    near: 'left',
  };
}

/** The puppet seen by the default camera, as a measure's input. */
const seen = (pose: PuppetPose): MeasureInput => ({
  pose: renderPose(pose),
  imageWidth: 640,
  imageHeight: 480,
  near: 'left',
});

// Shoulders 200 px apart (image) and 0.4 m apart (world), level, facing the camera.
const SHOULDERS_PX = { left_shoulder: [740, 300], right_shoulder: [540, 300] } as const;
const SHOULDERS_M = { left_shoulder: [0.2, -0.5, 0], right_shoulder: [-0.2, -0.5, 0] } as const;

describe('apart', () => {
  it('is the distance between two points in shoulder widths, across the picture', () => {
    const input = frame({ ...SHOULDERS_PX, left_wrist: [540, 450], right_wrist: [740, 450] });
    expect(apart('left_wrist', 'right_wrist').compute(input)).toBeCloseTo(1, 9);
    expect(apart('left_wrist', 'right_shoulder').compute(input)).toBeCloseTo(0.75, 9);
    expect(apart('left_wrist', 'right_wrist').joints('left')).toEqual([
      'left_wrist',
      'right_wrist',
      'left_shoulder',
      'right_shoulder',
    ]);
    expect(apart('left_wrist', 'right_wrist').smoothing).toBe(RATIO_SMOOTHING);
  });

  it('is null when the shoulders coincide (no width to measure by)', () => {
    const input = frame({ left_shoulder: [600, 300], right_shoulder: [600, 300], left_wrist: [0, 0] });
    expect(apart('left_wrist', 'left_shoulder').compute(input)).toBeNull();
  });
});

describe('heightAbove', () => {
  it('is + above and − below, in shoulder widths, in the picture', () => {
    const input = frame({ ...SHOULDERS_PX, nose: [640, 200], left_ear: [680, 220], right_ear: [600, 220] });
    expect(heightAbove('nose', ['left_shoulder', 'right_shoulder']).compute(input)).toBeCloseTo(0.5, 9);
    expect(heightAbove(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']).compute(input)).toBeCloseTo(
      -0.4,
      9,
    );
  });

  it('in world space uses MediaPipe’s metres (y down) and the 3-D shoulder width', () => {
    const input = frame({}, { ...SHOULDERS_M, left_ear: [0.08, -0.66, 0.02], right_ear: [-0.08, -0.66, 0.02] });
    const lift = heightAbove(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear'], { space: 'world' });
    expect(lift.compute(input)).toBeCloseTo(-0.4, 9);
    expect(lift.space).toBe('world');
  });
});

describe('aheadOf', () => {
  it('is how far a point is nearer the camera than another, in shoulder widths (world)', () => {
    const input = frame({}, { ...SHOULDERS_M, left_ear: [0.08, -0.66, 0.04], right_ear: [-0.08, -0.66, 0.04] });
    expect(aheadOf(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']).compute(input)).toBeCloseTo(0.1, 9);
  });

  it('sees the puppet’s shoulders rolled forward, and back', () => {
    const ahead = aheadOf(['left_shoulder', 'right_shoulder'], ['left_ear', 'right_ear']);
    const rest = ahead.compute(seen(standing)) ?? Number.NaN;
    const forward = ahead.compute(seen(mergePose(standing, { both: { shoulderProtraction: 18 } }))) ?? Number.NaN;
    const back = ahead.compute(seen(mergePose(standing, { both: { shoulderProtraction: -18 } }))) ?? Number.NaN;
    expect(forward - rest).toBeGreaterThan(0.1);
    expect(back - rest).toBeLessThan(-0.1);
  });
});

describe('raisedTo', () => {
  it('is the limb against the trunk’s axis square to the shoulder line: 0 hanging, 90 level, 180 up', () => {
    const level = frame({ ...SHOULDERS_PX, left_elbow: [900, 300], left_wrist: [1040, 300] });
    const up = frame({ ...SHOULDERS_PX, left_elbow: [740, 150], left_wrist: [740, 0] });
    expect(raisedTo('left', 'elbow').compute(level)).toBeCloseTo(90, 9);
    expect(raisedTo('left', 'wrist').compute(up)).toBeCloseTo(180, 9);
  });

  it('follows a trunk bent to the side (the shoulder line tilts, the arm keeps its angle)', () => {
    // Shoulder line tilted 20°, the arm along the tilted "up".
    const t = (20 * Math.PI) / 180;
    const input = frame({
      left_shoulder: [640 + 100 * Math.cos(t), 300 - 100 * Math.sin(t)],
      right_shoulder: [640 - 100 * Math.cos(t), 300 + 100 * Math.sin(t)],
      left_wrist: [640 + 100 * Math.cos(t) - 300 * Math.sin(t), 300 - 100 * Math.sin(t) - 300 * Math.cos(t)],
    });
    expect(raisedTo('left', 'wrist').compute(input)).toBeCloseTo(180, 6);
  });
});

describe('outOfPicture', () => {
  it('is the segment’s angle towards the camera (world): + towards it', () => {
    const input = frame({}, { left_shoulder: [0, 0, 0], left_wrist: [0.3, 0, -0.3] });
    expect(outOfPicture('left_shoulder', 'left_wrist').compute(input)).toBeCloseTo(45, 9);
    expect(outOfPicture('left_wrist', 'left_shoulder').compute(input)).toBeCloseTo(-45, 9);
  });
});

describe('lean', () => {
  it('is + towards the person’s left, facing the camera or mirrored', () => {
    const tilted = standingBent(15);
    const value = lean(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(seen(tilted));
    const mirrored = lean(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(
      seen(mirrorPose(tilted)),
    );
    expect(value).toBeGreaterThan(12);
    expect(mirrored).toBeLessThan(-12);
  });

  it('reads the same from behind (the hip line says which way is left)', () => {
    const behind = mergePose(standingBent(15), { facing: 180 });
    expect(lean(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder']).compute(seen(behind))).toBeGreaterThan(
      12,
    );
  });
});

function standingBent(deg: number): PuppetPose {
  return mergePose(standing, { torsoRoll: deg });
}

describe('sideways', () => {
  it('is +1 for an arm straight out to its own side, 0 forward, − across the body', () => {
    const input = frame(
      {},
      {
        ...SHOULDERS_M,
        left_wrist: [0.8, -0.5, 0],
        right_wrist: [-0.2, -0.5, -0.6],
        left_elbow: [-0.1, -0.5, -0.3],
      },
    );
    expect(sideways('left', 'wrist').compute(input)).toBeCloseTo(1, 9);
    expect(sideways('right', 'wrist').compute(input)).toBeCloseTo(0, 9);
    expect(sideways('left', 'elbow').compute(input)).toBeLessThan(-0.5);
  });
});

describe('elevation', () => {
  it('is the limb from hanging in 3-D, whether it points out to the side or at the camera', () => {
    const input = frame(
      {},
      { ...SHOULDERS_M, left_elbow: [0.5, -0.5, 0], right_elbow: [-0.2, -0.5, -0.3], left_wrist: [0.2, -0.2, 0] },
    );
    expect(elevation('left', 'elbow').compute(input)).toBeCloseTo(90, 9);
    expect(elevation('right', 'elbow').compute(input)).toBeCloseTo(90, 9);
    expect(elevation('left', 'wrist').compute(input)).toBeCloseTo(0, 9);
  });
});

describe('along', () => {
  it('is where a point lies along a line: 0 at its start, 1 at its end, − before it', () => {
    const input = frame({ ...SHOULDERS_PX, left_wrist: [540, 380], right_wrist: [840, 300] });
    const shoulders = ['left_shoulder', 'right_shoulder'] as const;
    expect(along('left_wrist', shoulders, 'right_shoulder').compute(input)).toBeCloseTo(1, 9);
    expect(along('right_wrist', shoulders, 'left_shoulder').compute(input)).toBeCloseTo(2, 9);
    expect(along('right_wrist', shoulders, 'right_shoulder').compute(input)).toBeCloseTo(-2, 9);
  });
});

describe('gated', () => {
  const elbow = angle('shoulder', 'elbow', 'wrist', { side: 'left' });
  const gate = raisedTo('left', 'elbow');
  const measure = gated(elbow, gate, (raised) => raised > 45);

  it('is the source while the gate is open, null (unseen) while it is shut', () => {
    const up = frame({ ...SHOULDERS_PX, left_elbow: [940, 300], left_wrist: [940, 100] });
    const down = frame({ ...SHOULDERS_PX, left_elbow: [740, 500], left_wrist: [740, 700] });
    expect(measure.compute(up)).toBeCloseTo(90, 9);
    expect(measure.compute(down)).toBeNull();
  });

  it('reads the landmarks of both, and keeps the source’s label and smoothing', () => {
    expect(measure.joints('left')).toEqual(expect.arrayContaining([...gate.joints('left'), ...elbow.joints('left')]));
    expect(measure).toMatchObject({ label: elbow.label, smoothing: elbow.smoothing, unit: '°' });
  });
});
