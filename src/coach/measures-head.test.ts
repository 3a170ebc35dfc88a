import { describe, expect, it } from 'vitest';
import { CAMERAS, mergePose, renderPose, seated, type CameraSpec, type PosePatch } from '../../tests/support';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import type { Landmark } from '../pose/types';
import type { MeasureInput } from './measures';
import {
  chinDrop,
  headTilt,
  headTurn,
  lineTurn,
  neckLength,
  nosePosition,
  offsetAcross,
  reach,
  shoulderTilt,
  trunkBend,
  trunkTurn,
} from './measures-head';

const WIDTH = 1280;
const HEIGHT = 720;

type Points = Partial<Record<LandmarkName, readonly [number, number, number?]>>;

/**
 * A 16:9 frame built by hand: image points in PIXELS (normalised here as MediaPipe does), world
 * points in metres. Unlisted landmarks sit at the centre of the picture / the hips.
 */
function frame(pixels: Points, world: Points = {}): MeasureInput {
  const list = (points: Points, make: (p: readonly [number, number, number?]) => Landmark, rest: Landmark) => {
    const out = Array.from({ length: LANDMARK_COUNT }, () => rest);
    for (const [name, p] of Object.entries(points) as [LandmarkName, readonly [number, number, number?]][]) {
      out[LANDMARK[name]] = make(p);
    }
    return out;
  };
  const image = list(pixels, ([x, y, z = 0]) => ({ x: x / WIDTH, y: y / HEIGHT, z, visibility: 1 }), {
    x: 0.5,
    y: 0.5,
    z: 0,
    visibility: 1,
  });
  const worldList = list(world, ([x, y, z = 0]) => ({ x, y, z, visibility: 1 }), { x: 0, y: 0, z: 0, visibility: 1 });
  return { pose: { image, world: worldList }, imageWidth: WIDTH, imageHeight: HEIGHT, near: 'left' };
}

/** The same frame seen in a mirror: image x → width − x, world x → −x, labels kept. */
function mirrored(input: MeasureInput): MeasureInput {
  return {
    ...input,
    pose: {
      image: input.pose.image.map((p) => ({ ...p, x: 1 - p.x })),
      world: input.pose.world.map((p) => ({ ...p, x: -p.x })),
    },
  };
}

/** The input with one landmark absent altogether (a hole in the lists). */
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

/** Rotates a point about a centre by `deg` (clockwise on screen, as y grows downwards). */
function turned(x: number, y: number, cx: number, cy: number, deg: number): [number, number] {
  const r = (deg * Math.PI) / 180;
  return [cx + (x - cx) * Math.cos(r) - (y - cy) * Math.sin(r), cy + (x - cx) * Math.sin(r) + (y - cy) * Math.cos(r)];
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

describe('headTilt', () => {
  it('is the ear line against the shoulder line, + with the left ear lower', () => {
    const left = turned(720, 300, 640, 300, 20);
    const right = turned(560, 300, 640, 300, 20);
    const input = frame({ ...upright, left_ear: left, right_ear: right });
    expect(headTilt().compute(input)).toBeCloseTo(20, 9);
    expect(headTilt({ toward: 'right' }).compute(input)).toBeCloseTo(-20, 9);
    expect(headTilt().compute(frame(upright))).toBeCloseTo(0, 9);
  });

  it('is the neck’s own bend: leaning the whole body does not change it, unless read from level', () => {
    const leaning = Object.fromEntries(
      Object.entries(upright).map(([name, [x, y]]) => [name, turned(x, y, 640, 700, 15)]),
    ) as Points;
    expect(headTilt().compute(frame(leaning))).toBeCloseTo(0, 9);
    expect(headTilt({ from: 'level' }).compute(frame(leaning))).toBeCloseTo(15, 9);
    expect(headTilt({ from: 'level' }).joints('left')).toEqual(['left_ear', 'right_ear']);
  });

  it('reads the same in a mirrored picture, and is null without an ear', () => {
    const left = turned(720, 300, 640, 300, -12);
    const right = turned(560, 300, 640, 300, -12);
    const input = frame({ ...upright, left_ear: left, right_ear: right });
    expect(headTilt().compute(mirrored(input))).toBeCloseTo(-12, 9);
    expect(headTilt({ from: 'level' }).compute(mirrored(input))).toBeCloseTo(-12, 9);
    expect(headTilt().compute(without(input, 'left_ear'))).toBeNull();
    expect(headTilt().joints('left')).toEqual(['left_ear', 'right_ear', 'left_shoulder', 'right_shoulder']);
  });
});

describe('shoulderTilt', () => {
  it('is the shoulder line against level, + with the left shoulder lower, mirrored or not', () => {
    const input = frame({ ...upright, left_shoulder: [840, 500 + 400 * Math.tan(Math.PI / 18)] });
    expect(shoulderTilt().compute(input)).toBeCloseTo(10, 9);
    expect(shoulderTilt().compute(mirrored(input))).toBeCloseTo(10, 9);
    expect(shoulderTilt({ toward: 'right' }).compute(input)).toBeCloseTo(-10, 9);
  });
});

describe('headTurn', () => {
  it('is 0 facing the camera and grows with the nose sliding towards an ear (tan scale 1.3)', () => {
    expect(headTurn().compute(frame(upright))).toBeCloseTo(0, 9);
    // The nose 1.3 half-ear-distances (104 px) towards the left ear: tan(turn) = 1, 45°.
    const looking = frame({ ...upright, nose: [640 + 1.3 * 80, 330] });
    expect(headTurn().compute(looking)).toBeCloseTo(45, 9);
    expect(headTurn({ toward: 'right' }).compute(looking)).toBeCloseTo(-45, 9);
    expect(headTurn().compute(mirrored(looking))).toBeCloseTo(45, 9);
  });

  it('takes off the angle at which the camera sees a head away from the middle of the picture', () => {
    // Everything 200 px to the image's right (the person's left), drawn without parallax: a real
    // unturned head there would show its nose this much towards its left ear, so this one reads
    // as turned the other way by the angle off the axis (for a 65° webcam).
    const shift = (points: Points, dx: number) =>
      Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, [x + dx, y]])) as Points;
    const offAxis = (Math.atan(200 / (640 / Math.tan((32.5 * Math.PI) / 180))) * 180) / Math.PI;
    expect(headTurn().compute(frame(shift(upright, 200)))).toBeCloseTo(-offAxis, 9);
  });
});

describe('chinDrop', () => {
  it('is 0 with the nose 13° below the ears, + lower (chin down), − higher', () => {
    // Shoulder width 400 px; the nose reaches 0.29 of it (116 px) from the ears.
    const level = 116 * Math.sin((13 * Math.PI) / 180);
    expect(chinDrop().compute(frame({ ...upright, nose: [640, 300 + level] }))).toBeCloseTo(0, 9);
    expect(chinDrop().compute(frame({ ...upright, nose: [640, 300 + 116 * Math.sin(Math.PI / 4)] }))).toBeCloseTo(
      32,
      9,
    );
    expect(chinDrop().compute(frame({ ...upright, nose: [640, 300] }))).toBeCloseTo(-13, 9);
  });
});

describe('nosePosition', () => {
  it('is the nose off the middle of the shoulders, in shoulder widths, across (+ left) and up', () => {
    const input = frame({ ...upright, nose: [740, 300] });
    expect(nosePosition('across').compute(input)).toBeCloseTo(0.25, 9);
    expect(nosePosition('up').compute(input)).toBeCloseTo(0.5, 9);
    expect(nosePosition('across').compute(mirrored(input))).toBeCloseTo(0.25, 9);
  });
});

describe('offsetAcross and reach', () => {
  it('measure in the picture, in body widths', () => {
    const input = frame({
      ...upright,
      left_hip: [740, 900],
      right_hip: [540, 900],
      left_knee: [790, 1000],
      right_knee: [590, 1000],
      left_wrist: [590, 980],
    });
    expect(offsetAcross('knee', 'hip').compute(input)).toBeCloseTo(0.25, 9);
    expect(offsetAcross('knee', 'hip').compute(mirrored(input))).toBeCloseTo(0.25, 9);
    expect(reach('left_wrist', 'right_knee').compute(input)).toBeCloseTo(0.05, 9);
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
    const input = frame({}, { ...shoulders(30), ...hips });
    expect(trunkTurn().compute(input)).toBeCloseTo(30, 9);
    expect(trunkTurn().compute(mirrored(input))).toBeCloseTo(30, 9);
    expect(trunkTurn({ toward: 'right' }).compute(input)).toBeCloseTo(-30, 9);
    expect(lineTurn('hip').compute(input)).toBeCloseTo(0, 9);
    expect(lineTurn('shoulder').compute(input)).toBeCloseTo(30, 9);
  });

  it('trunkBend: the hip-to-shoulder line leaning towards the camera', () => {
    const bent: Points = { left_shoulder: [0.18, -0.35, -0.35], right_shoulder: [-0.18, -0.35, -0.35], ...hips };
    expect(trunkBend().compute(frame({}, bent))).toBeCloseTo(45, 9);
    expect(trunkBend().compute(frame({}, { ...shoulders(0), ...hips }))).toBeCloseTo(0, 9);
  });

  it('neckLength: shoulders to ears in typical necks (0.19 m)', () => {
    const input = frame({}, { ...shoulders(0), left_ear: [0.07, -0.69, 0], right_ear: [-0.07, -0.69, 0] });
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
