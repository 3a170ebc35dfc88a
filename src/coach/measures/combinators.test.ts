import { describe, expect, it } from 'vitest';
import { handFrame, without, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import { angle, bothSides, combine, onlyWhen, armRaise, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Front view, near side left; unlisted landmarks at the picture's corner. */
const frontFrame = (pixels: Points, world: Points = {}): MeasureInput =>
  handFrame(pixels, { world, near: 'left', rest: 'origin' });

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

// Shoulders 200 px apart (image) and 0.4 m apart (world), level, facing the camera.
const SHOULDERS_PX = { left_shoulder: [740, 300], right_shoulder: [540, 300] } as const;

describe('bothSides and combine', () => {
  const input = sideFrame({
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
      'deg',
    );
    expect(sum.compute(input)).toBeCloseTo(90, 9);
    expect(sum.label).toBe('Total');
    expect(sum.joints('right')).toContain('right_elbow');
    expect(sum.compute(without(input, 'right_elbow'))).toBeNull();
  });
});

describe('gated', () => {
  const elbow = angle('shoulder', 'elbow', 'wrist', { side: 'left' });
  const gate = armRaise({ side: 'left' });
  const measure = onlyWhen(elbow, gate, (raised) => raised > 45);

  it('is the source while the gate is open, null (unseen) while it is shut', () => {
    const up = frontFrame({ ...SHOULDERS_PX, left_elbow: [940, 300], left_wrist: [940, 100] });
    const down = frontFrame({ ...SHOULDERS_PX, left_elbow: [740, 500], left_wrist: [740, 700] });
    expect(measure.compute(up)).toBeCloseTo(90, 9);
    expect(measure.compute(down)).toBeNull();
  });

  it('reads the landmarks of both, and keeps the source’s label and smoothing', () => {
    expect(measure.joints('left')).toEqual(expect.arrayContaining([...gate.joints('left'), ...elbow.joints('left')]));
    expect(measure).toMatchObject({ label: elbow.label, smoothing: elbow.smoothing, unit: 'deg' });
  });
});

describe('onlyWhen', () => {
  it('passes the measure through while the gate holds, and reads the gate’s landmarks too', () => {
    const gated = onlyWhen(angle('shoulder', 'elbow', 'wrist'), angle('hip', 'knee', 'ankle'), (knee) => knee > 150);
    const arm = { right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [800, 200] } as const;
    const straightLeg = { right_hip: [600, 400], right_knee: [600, 550], right_ankle: [600, 700] } as const;
    const bentLeg = { right_hip: [600, 400], right_knee: [600, 550], right_ankle: [750, 550] } as const;
    expect(gated.compute(floorFrame({ ...arm, ...straightLeg }))).toBeCloseTo(90, 9);
    expect(gated.compute(floorFrame({ ...arm, ...bentLeg }))).toBeNull();
    expect(gated.compute(without(floorFrame({ ...arm, ...straightLeg }), 'right_ankle'))).toBeNull();
    // Or a value plainly out of position, where the gate says so (but still null when unseen).
    const open = onlyWhen(
      angle('shoulder', 'elbow', 'wrist'),
      angle('hip', 'knee', 'ankle'),
      (knee) => knee > 150,
      180,
    );
    expect(open.compute(floorFrame({ ...arm, ...bentLeg }))).toBe(180);
    expect(open.compute(without(floorFrame({ ...arm, ...bentLeg }), 'right_ankle'))).toBeNull();
    expect(gated.joints('right')).toEqual([
      'right_shoulder',
      'right_elbow',
      'right_wrist',
      'right_hip',
      'right_knee',
      'right_ankle',
    ]);
  });
});
