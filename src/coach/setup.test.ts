import { describe, expect, it } from 'vitest';
import { makeCamera, renderPose, seated, standing, CAMERAS } from '../../tests/support';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../pose/landmarks';
import type { Landmark, Pose } from '../pose/types';
import {
  BLACK,
  isSeen,
  MIN_PERSON_PX,
  MIN_VISIBILITY,
  NEAR_BLACK,
  personSizePx,
  setupGuidance,
  unseenParts,
} from './setup';

/** Every landmark in the middle of the picture and clearly seen, except as changed. */
function pose(changes: Partial<Record<LandmarkName, Partial<Landmark>>> = {}): Pose {
  const image = Array.from({ length: LANDMARK_COUNT }, (): Landmark => ({ x: 0.5, y: 0.5, z: 0, visibility: 0.99 }));
  for (const [name, change] of Object.entries(changes) as [LandmarkName, Partial<Landmark>][]) {
    image[LANDMARK[name]] = { ...(image[LANDMARK[name]] ?? { x: 0, y: 0, z: 0, visibility: 0 }), ...change };
  }
  return { image, world: image };
}

const hidden = (...names: LandmarkName[]): Pose =>
  pose(Object.fromEntries(names.map((name) => [name, { visibility: 0.1 }])));

const LOWER_BODY: LandmarkName[] = ['left_hip', 'left_knee', 'left_ankle', 'right_hip', 'right_knee', 'right_ankle'];
const ROW_JOINTS: LandmarkName[] = ['nose', 'right_shoulder', 'right_elbow', 'right_wrist', 'right_hip', 'right_knee'];

describe('isSeen', () => {
  it('needs the model to be sure enough the point is visible', () => {
    expect(isSeen(pose({ left_elbow: { visibility: MIN_VISIBILITY } }), 'left_elbow')).toBe(true);
    expect(isSeen(pose({ left_elbow: { visibility: MIN_VISIBILITY - 0.01 } }), 'left_elbow')).toBe(false);
  });

  it('needs the point inside the picture (a hair over the edge is fine)', () => {
    expect(isSeen(pose({ left_wrist: { y: 1.005 } }), 'left_wrist')).toBe(true);
    expect(isSeen(pose({ left_wrist: { y: 1.05 } }), 'left_wrist')).toBe(false);
    expect(isSeen(pose({ left_wrist: { y: -0.05 } }), 'left_wrist')).toBe(false);
    expect(isSeen(pose({ left_wrist: { x: 1.2 } }), 'left_wrist')).toBe(false);
    expect(isSeen(pose({ left_wrist: { x: -0.2 } }), 'left_wrist')).toBe(false);
  });

  it('is false for a pose without that landmark', () => {
    expect(isSeen({ image: [], world: [] }, 'nose')).toBe(false);
  });
});

describe('unseenParts', () => {
  it('names the body parts whose landmarks are not seen, head to toe, each once', () => {
    const p = hidden('right_ankle', 'left_foot_index', 'left_knee', 'mouth_left', 'left_eye_inner');
    expect(unseenParts(p, ['left_foot_index', 'right_ankle', 'left_knee', 'mouth_left', 'left_eye_inner'])).toEqual([
      'head',
      'knees',
      'feet',
    ]);
  });

  it('only looks at the landmarks asked about', () => {
    expect(unseenParts(hidden('left_ankle', 'right_ankle'), ROW_JOINTS)).toEqual([]);
  });

  it('groups fingers with hands and elbows as arms', () => {
    expect(
      unseenParts(hidden('left_thumb', 'left_pinky', 'right_elbow'), ['left_thumb', 'left_pinky', 'right_elbow']),
    ).toEqual(['arms', 'hands']);
  });
});

describe('setupGuidance', () => {
  it('asks the person to step into view when nobody is seen', () => {
    expect(setupGuidance({ pose: undefined, joints: ROW_JOINTS, view: 'side', seenView: null })).toEqual({
      id: 'step-in',
      text: 'Step into view of the camera',
    });
  });

  it.each([
    [['left_knee', 'left_ankle', 'right_ankle'], 'Step back until your knees and feet are in view'],
    [['left_ankle'], 'Step back until your feet are in view'],
    [['nose', 'left_ankle'], 'Step back until your head and feet are in view'],
    [['nose'], 'Move so that your head is in view'],
    [['left_wrist', 'right_wrist'], 'Move so that your hands are in view'],
    [['left_shoulder', 'left_elbow', 'left_wrist'], 'Move so that your shoulders, arms and hands are in view'],
    [['left_hip'], 'Move so that your hips are in view'],
  ] as [LandmarkName[], string][])('names what is missing: %j → “%s”', (missing, text) => {
    const joints: LandmarkName[] = [...ROW_JOINTS, ...LOWER_BODY, 'left_shoulder', 'left_elbow', 'left_wrist'];
    expect(
      setupGuidance({ pose: hidden(...missing), joints: [...joints, 'right_wrist'], view: 'side', seenView: 'side' }),
    ).toEqual({
      id: 'in-frame',
      text,
    });
  });

  it('asks to turn side-on, or to face the camera, when the view is wrong or not yet known', () => {
    const all = pose();
    expect(setupGuidance({ pose: all, joints: ROW_JOINTS, view: 'side', seenView: 'front' })).toEqual({
      id: 'turn-side',
      text: 'Turn side-on to the camera',
    });
    expect(setupGuidance({ pose: all, joints: ROW_JOINTS, view: 'side', seenView: null })?.id).toBe('turn-side');
    expect(setupGuidance({ pose: all, joints: ROW_JOINTS, view: 'front', seenView: 'side' })).toEqual({
      id: 'face-camera',
      text: 'Face the camera',
    });
    expect(setupGuidance({ pose: all, joints: ROW_JOINTS, view: 'front', seenView: null })?.id).toBe('face-camera');
  });

  it('asks a person with their back to the camera to turn around, first, for a front-view exercise only', () => {
    // From behind the face and the far arm may read as unseen, and the turn reads square.
    expect(
      setupGuidance({ pose: hidden('right_knee'), joints: ROW_JOINTS, view: 'front', seenView: 'front', away: true }),
    ).toEqual({
      id: 'face-camera',
      text: 'Turn around to face the camera',
    });
    expect(
      setupGuidance({ pose: pose(), joints: ROW_JOINTS, view: 'front', seenView: 'front', away: false }),
    ).toBeNull();
    expect(setupGuidance({ pose: pose(), joints: ROW_JOINTS, view: 'side', seenView: 'front', away: true })?.id).toBe(
      'turn-side',
    );
  });

  it('puts getting into the picture before turning', () => {
    expect(setupGuidance({ pose: hidden('right_knee'), joints: ROW_JOINTS, view: 'side', seenView: 'front' })?.id).toBe(
      'in-frame',
    );
  });

  it('asks a side-on person to face the camera when one arm is hidden behind the body, not to move', () => {
    const arms: LandmarkName[] = [
      'left_shoulder',
      'left_elbow',
      'left_wrist',
      'right_shoulder',
      'right_elbow',
      'right_wrist',
    ];
    const farArm = hidden('right_elbow', 'right_wrist');
    expect(setupGuidance({ pose: farArm, joints: arms, view: 'front', seenView: 'side' })).toEqual({
      id: 'face-camera',
      text: 'Face the camera',
    });
    // Out of the picture, or on both sides, moving is still the fix.
    const outOfPicture = pose({ right_elbow: { visibility: 0.1, x: 1.1 }, right_wrist: { visibility: 0.1 } });
    expect(setupGuidance({ pose: outOfPicture, joints: arms, view: 'front', seenView: 'side' })?.id).toBe('in-frame');
    expect(
      setupGuidance({ pose: hidden('right_wrist', 'left_wrist'), joints: arms, view: 'front', seenView: 'side' })?.id,
    ).toBe('in-frame');
    expect(setupGuidance({ pose: farArm, joints: arms, view: 'front', seenView: 'front' })?.id).toBe('in-frame');
  });

  describe('a person too small in the picture', () => {
    /** A standing puppet 3 m away in a 640×480 picture, shrunk about its middle to `scale`. */
    const shrunk = (scale: number): Pose => {
      const body = renderPose(standing, { camera: makeCamera({ distanceM: 3 }) });
      return {
        ...body,
        image: body.image.map((p) => ({ ...p, x: 0.5 + (p.x - 0.5) * scale, y: 0.5 + (p.y - 0.5) * scale })),
      };
    };
    const frame = { width: 640, height: 480 };
    const joints: LandmarkName[] = ['left_shoulder', 'left_elbow', 'left_wrist', 'left_hip'];

    it('measures the body in pixels: the larger side of the box around its landmarks, seen or not', () => {
      expect(
        personSizePx(pose({ nose: { y: 0.1 }, left_ankle: { y: 0.9 }, left_wrist: { x: 0.2 } }), frame),
      ).toBeCloseTo(384, 9);
      // A body cut by the picture's edge is as large as its joints placed beyond it.
      expect(personSizePx(pose({ left_ankle: { y: 1.4, visibility: 0.1 } }), frame)).toBeCloseTo(432, 9);
      expect(personSizePx({ image: [], world: [] }, frame)).toBe(0);
    });

    it('is asked to come closer, before anything about parts out of view, only when the frame size is known', () => {
      const far = shrunk(0.1);
      expect(personSizePx(far, frame)).toBeLessThan(MIN_PERSON_PX);
      expect(setupGuidance({ pose: far, joints, view: 'front', seenView: 'front', frame })).toEqual({
        id: 'come-closer',
        text: 'Come closer to the camera: you are too small in the picture to follow',
      });
      const farAndCut: Pose = {
        ...far,
        image: far.image.map((p, i) => (i === LANDMARK.left_hip ? { ...p, visibility: 0 } : p)),
      };
      expect(setupGuidance({ pose: farAndCut, joints, view: 'front', seenView: 'front', frame })?.id).toBe(
        'come-closer',
      );
      expect(setupGuidance({ pose: far, joints, view: 'front', seenView: 'front' })).toBeNull();
    });

    it('is coached once big enough (a person a third of this picture tall)', () => {
      const near = shrunk(0.35);
      expect(personSizePx(near, frame)).toBeGreaterThan(MIN_PERSON_PX);
      expect(setupGuidance({ pose: near, joints, view: 'front', seenView: 'front', frame })).toBeNull();
    });
  });

  it('is null when everything needed is seen from the right view', () => {
    expect(
      setupGuidance({ pose: hidden('left_ankle'), joints: ROW_JOINTS, view: 'side', seenView: 'side' }),
    ).toBeNull();
    expect(setupGuidance({ pose: pose(), joints: ROW_JOINTS, view: 'front', seenView: 'front' })).toBeNull();
  });

  describe('on the puppet', () => {
    it('asks a person too close to a laptop to step back until their feet are seen', () => {
      const close = renderPose(standing, { camera: makeCamera({ distanceM: 1.5 }) });
      expect(
        setupGuidance({
          pose: close,
          joints: ['left_hip', 'left_knee', 'left_ankle'],
          view: 'front',
          seenView: 'front',
        })?.text,
      ).toBe('Step back until your feet are in view');
      const closer = renderPose(standing, { camera: makeCamera({ distanceM: 1.2 }) });
      expect(
        setupGuidance({ pose: closer, joints: ['nose', 'left_hip', 'left_ankle'], view: 'front', seenView: 'front' })
          ?.text,
      ).toBe('Step back until your head and feet are in view');
    });

    it('is satisfied by a desk camera for an upper-body exercise, and not for one that needs the hips', () => {
      const desk = renderPose(seated, { camera: CAMERAS.desk });
      expect(
        setupGuidance({
          pose: desk,
          joints: ['nose', 'left_ear', 'left_shoulder', 'right_shoulder'],
          view: 'front',
          seenView: 'front',
        }),
      ).toBeNull();
      expect(
        setupGuidance({ pose: desk, joints: ['left_shoulder', 'left_hip'], view: 'front', seenView: 'front' })?.text,
      ).toBe('Move so that your hips are in view');
    });
  });
});

describe('setupGuidance: the whole picture', () => {
  const bright = { brightness: 0.6, people: 1, atMs: 0 };

  it('asks for only one person in view before anything else', () => {
    const guidance = setupGuidance({
      pose: hidden('left_knee'),
      joints: ROW_JOINTS,
      view: 'side',
      seenView: 'front',
      scene: { ...bright, people: 2 },
    });
    expect(guidance).toEqual({
      id: 'one-person',
      text: 'Someone else is in view: make sure only you are in the picture',
    });
  });

  /** The set-up's answer for every needed landmark seen, at `brightness`, the model shown the picture lifted or not. */
  const allSeenAt = (brightness: number, lifted?: boolean) =>
    setupGuidance({
      pose: pose(),
      joints: ROW_JOINTS,
      view: 'side',
      seenView: 'side',
      scene: { ...bright, brightness },
      ...(lifted === undefined ? {} : { lifted }),
    });

  it('says it is too dark when the picture is nearly black and the model saw it unlifted, even with a pose found', () => {
    // Luma 0.055: the app's old dark-room photo (8 % of its light). Unlifted, a picture this dark
    // misleads the model while it reports every landmark seen.
    expect(allSeenAt(0.055)?.id).toBe('too-dark');
    expect(allSeenAt(0.055, false)?.id).toBe('too-dark');
    expect(allSeenAt(0.2)).toBeNull();
  });

  it('coaches a person seen whole in a nearly black picture the model was shown lifted, down to BLACK', () => {
    for (const brightness of [BLACK, 0.045, 0.055, NEAR_BLACK - 0.001]) expect(allSeenAt(brightness, true)).toBeNull();
    // A needed joint unseen in it: the light is blamed, as in any dim picture.
    expect(
      setupGuidance({
        pose: hidden('right_knee'),
        joints: ROW_JOINTS,
        view: 'side',
        seenView: 'side',
        scene: { ...bright, brightness: 0.055 },
        lifted: true,
      })?.id,
    ).toBe('too-dark');
  });

  it('says it is too dark below BLACK whatever the model was shown', () => {
    // Luma 0.027: the app's dark-room photo (4 % of its light); 0.023: the chair row that counted 0 of 6 lifted.
    for (const brightness of [0.023, 0.027, BLACK - 0.001]) {
      expect(allSeenAt(brightness, true)?.id).toBe('too-dark');
      expect(allSeenAt(brightness, false)?.id).toBe('too-dark');
    }
  });

  it('coaches a person the model sees well in a dim room (a dark studio, the person lit)', () => {
    // Mean luma 0.086–0.12: what the shared photos read darkened to 15–30 % of their light, where
    // the model still saw every landmark as surely as in the original.
    for (const brightness of [0.08, 0.1, 0.115]) {
      expect(
        setupGuidance({
          pose: pose(),
          joints: ROW_JOINTS,
          view: 'side',
          seenView: 'side',
          scene: { ...bright, brightness },
        }),
      ).toBeNull();
    }
  });

  it('blames the dim light when a needed joint is not seen in it, not the framing', () => {
    const kneeLost = hidden('right_knee');
    expect(
      setupGuidance({
        pose: kneeLost,
        joints: ROW_JOINTS,
        view: 'side',
        seenView: 'side',
        scene: { ...bright, brightness: 0.1 },
      })?.id,
    ).toBe('too-dark');
    expect(
      setupGuidance({
        pose: kneeLost,
        joints: ROW_JOINTS,
        view: 'side',
        seenView: 'side',
        scene: { ...bright, brightness: 0.3 },
      })?.id,
    ).toBe('in-frame');
  });

  it('blames the light, not the person, when nobody is found in a dim picture', () => {
    expect(
      setupGuidance({
        pose: undefined,
        joints: ROW_JOINTS,
        view: 'side',
        seenView: null,
        scene: { ...bright, brightness: 0.2, people: 0 },
      })?.text,
    ).toBe('It is too dark to see you well: turn on a light or face a window');
    expect(
      setupGuidance({
        pose: undefined,
        joints: ROW_JOINTS,
        view: 'side',
        seenView: null,
        scene: { ...bright, people: 0 },
      })?.id,
    ).toBe('step-in');
  });

  it('without a look at the picture, goes by the pose alone', () => {
    expect(setupGuidance({ pose: pose(), joints: ROW_JOINTS, view: 'side', seenView: 'side' })).toBeNull();
  });
});
