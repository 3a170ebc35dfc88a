import { describe, expect, it } from 'vitest';
import { handFrame, without, type HandFrameOptions, type Points } from '../../../tests/support/hand-frame';
import { type BodySide } from '../../pose/body-side';
import { angle, between, ANGLE_SMOOTHING, type MeasureInput } from '.';

const sideFrame = (pixels: Points, options: HandFrameOptions = {}): MeasureInput => handFrame(pixels, options);

/** Image points only (the world list is the image's). */
const floorFrame = (pixels: Points, near: BodySide = 'right'): MeasureInput =>
  handFrame(pixels, { near, worldFromImage: true });

describe('angle', () => {
  // Shoulder up-left of the elbow, wrist up-right: a right angle in pixels, which the
  // normalised coordinates of a 16:9 frame would squash to ≈ 59°.
  const bent = sideFrame({ right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [800, 200] });

  it('measures the joint in pixel proportions, not in normalised coordinates', () => {
    expect(angle('shoulder', 'elbow', 'wrist').compute(bent)).toBeCloseTo(90, 9);
  });

  it('is 180° for a straight arm and the same in any frame size', () => {
    const straight = { right_shoulder: [300, 100], right_elbow: [400, 250], right_wrist: [500, 400] } as const;
    expect(angle('shoulder', 'elbow', 'wrist').compute(sideFrame(straight))).toBeCloseTo(180, 9);
    expect(angle('shoulder', 'elbow', 'wrist').compute(sideFrame(straight, { width: 640, height: 480 }))).toBeCloseTo(
      180,
      9,
    );
  });

  it('reads the side nearer the camera by default, or the side asked for', () => {
    const input = sideFrame(
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
    const input = sideFrame(
      { right_shoulder: [640, 200], right_elbow: [640, 400], right_wrist: [640, 410] },
      { world: { right_shoulder: [0, -0.5, 0], right_elbow: [0, -0.2, 0], right_wrist: [0, -0.2, -0.25] } },
    );
    expect(angle('shoulder', 'elbow', 'wrist').compute(input)).toBeCloseTo(180, 6);
    expect(angle('shoulder', 'elbow', 'wrist', { space: 'world' }).compute(input)).toBeCloseTo(90, 9);
  });

  it('is null when a landmark is missing or a segment has no length', () => {
    expect(angle('shoulder', 'elbow', 'wrist').compute(without(bent, 'right_wrist'))).toBeNull();
    const folded = sideFrame({ right_shoulder: [400, 200], right_elbow: [400, 200], right_wrist: [800, 200] });
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
    expect(elbow).toMatchObject({ label: 'elbow angle', unit: 'deg', space: 'image', smoothing: ANGLE_SMOOTHING });
    expect(angle('shoulder', 'elbow', 'wrist', { label: 'Elbow' }).label).toBe('Elbow');
  });
});

describe('between', () => {
  it('is the angle of the upper arm against the trunk', () => {
    const input = sideFrame({
      right_shoulder: [640, 200],
      right_elbow: [840, 200], // level, out in front
      right_hip: [640, 500],
    });
    expect(between(['shoulder', 'elbow'], ['shoulder', 'hip']).compute(input)).toBeCloseTo(90, 9);
  });
});

describe('angleOf', () => {
  it('is the angle at the middle point, with each landmark on the side it names', () => {
    const input = floorFrame({ right_shoulder: [900, 400], right_hip: [600, 400], left_knee: [600, 100] });
    const bend = angle(
      { joint: 'shoulder', side: 'near' },
      { joint: 'hip', side: 'near' },
      { joint: 'knee', side: 'left' },
    );
    expect(bend.compute(input)).toBeCloseTo(90, 9);
    expect(bend.joints('right')).toEqual(['right_shoulder', 'right_hip', 'left_knee']);
    expect(bend.joints('left')).toEqual(['left_shoulder', 'left_hip', 'left_knee']);
    expect(bend.arc?.('right')).toEqual({ at: 'right_hip', from: 'right_shoulder', to: 'left_knee' });
    expect(bend).toMatchObject({ unit: 'deg', space: 'image', smoothing: ANGLE_SMOOTHING });
  });

  it('reads the same whether each place names its side or takes the measure’s', () => {
    // Upper arm down-left of the elbow, forearm down-right: square.
    const input = floorFrame({ right_shoulder: [400, 200], right_elbow: [600, 400], right_wrist: [820, 180] });
    expect(angle('shoulder', 'elbow', 'wrist').compute(input)).toBeCloseTo(90, 9);
    const named = angle({ joint: 'shoulder', side: 'near' }, { joint: 'elbow', side: 'right' }, 'right_wrist', {
      side: 'left',
    });
    expect(named.compute(input)).toBeCloseTo(90, 9);
    expect(named.joints('right')).toEqual(['right_shoulder', 'right_elbow', 'right_wrist']);
  });

  it('is null when a landmark is missing or a segment has no length', () => {
    const input = floorFrame({ right_shoulder: [900, 400], right_hip: [600, 400], right_knee: [600, 100] });
    expect(angle('shoulder', 'hip', 'knee').compute(without(input, 'right_knee'))).toBeNull();
    expect(
      angle('shoulder', 'hip', 'knee').compute(floorFrame({ right_shoulder: [600, 400], right_hip: [600, 400] })),
    ).toBeNull();
  });
});
