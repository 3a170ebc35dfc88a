import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  mergePose,
  mirrorPose,
  prone,
  renderPose,
  rowStart,
  seated,
  standing,
  type CameraSpec,
  type PuppetPose,
} from '../../tests/support';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from './landmarks';
import type { Landmark, Pose } from './types';
import { realDepth } from '../../tests/support/real-depth';
import { ViewTracker, readView, type CameraView, type ViewReading } from './view';

const RAD = Math.PI / 180;

/**
 * A hand-built trunk turned `turnDeg` from facing the camera, the `near` side towards it, drawn
 * in a frame of the given size so that the picture agrees with the world: shoulders 0.36 m wide
 * and 0.75 of the trunk's length when square to the camera (readView's model), foreshortened by
 * cos(turn) when turned.
 */
function trunk(turnDeg: number, near: 'left' | 'right', width = 640, height = 480): Pose {
  const c = Math.cos(turnDeg * RAD);
  const s = Math.sin(turnDeg * RAD);
  const toward = near === 'left' ? -1 : 1; // world z of the left side: negative = towards the camera
  const world = new Map<LandmarkName, Landmark>([
    ['left_shoulder', { x: 0.18 * c, y: -0.5, z: 0.18 * s * toward, visibility: 1 }],
    ['right_shoulder', { x: -0.18 * c, y: -0.5, z: -0.18 * s * toward, visibility: 1 }],
    ['left_hip', { x: 0.12 * c, y: 0, z: 0.12 * s * toward, visibility: 1 }],
    ['right_hip', { x: -0.12 * c, y: 0, z: -0.12 * s * toward, visibility: 1 }],
  ]);
  const trunkPx = 160;
  const halfShoulderPx = (0.75 * trunkPx * c) / 2;
  const halfHipPx = halfShoulderPx * (2 / 3);
  const cx = width / 2;
  const cy = height / 2;
  const px = (x: number, y: number, z: number): Landmark => ({ x: x / width, y: y / height, z, visibility: 1 });
  const image = new Map<LandmarkName, Landmark>([
    ['left_shoulder', px(cx + halfShoulderPx, cy - trunkPx / 2, 0)],
    ['right_shoulder', px(cx - halfShoulderPx, cy - trunkPx / 2, 0)],
    ['left_hip', px(cx + halfHipPx, cy + trunkPx / 2, 0)],
    ['right_hip', px(cx - halfHipPx, cy + trunkPx / 2, 0)],
  ]);
  const fill = (points: Map<LandmarkName, Landmark>): Landmark[] =>
    Array.from({ length: LANDMARK_COUNT }, (_, i) => {
      const entry = [...points].find(([name]) => LANDMARK[name] === i);
      return entry ? entry[1] : { x: 0.5, y: 0.5, z: 0, visibility: 1 };
    });
  return { image: fill(image), world: fill(world) };
}

/** The pose with some landmarks' visibility set (in image and world alike). */
function withVisibility(pose: Pose, names: readonly LandmarkName[], visibility: number): Pose {
  const set = (list: readonly Landmark[]) =>
    list.map((l, i) => (names.some((name) => LANDMARK[name] === i) ? { ...l, visibility } : l));
  return { image: set(pose.image), world: set(pose.world) };
}

const reading = (turn: number): ViewReading => ({ turn, near: 'left' });

describe('readView', () => {
  it.each([0, 20, 45, 70, 90])('reads a trunk turned %i° as turned that much', (turn) => {
    expect(readView(trunk(turn, 'left'), 640, 480)?.turn).toBeCloseTo(turn, 4);
  });

  it('reads the same turn in a 16:9 frame (image x and y are normalised separately)', () => {
    for (const turn of [0, 30, 60]) {
      expect(readView(trunk(turn, 'left', 1280, 720), 1280, 720)?.turn).toBeCloseTo(turn, 4);
    }
  });

  it('tells which side is nearer the camera', () => {
    expect(readView(trunk(80, 'left'), 640, 480)?.near).toBe('left');
    expect(readView(trunk(80, 'right'), 640, 480)?.near).toBe('right');
  });

  it('uses the shoulder line alone when the hips are out of the picture (a laptop framing the upper body)', () => {
    const side = withVisibility(trunk(90, 'right'), ['left_hip', 'right_hip'], 0.1);
    expect(readView(side, 640, 480)).toMatchObject({ turn: expect.closeTo(90, 4) as number, near: 'right' });
    const front = withVisibility(trunk(0, 'left'), ['left_hip', 'right_hip'], 0.1);
    expect(readView(front, 640, 480)?.turn).toBeCloseTo(0, 4);
  });

  it('is null when a shoulder is not seen', () => {
    expect(readView(withVisibility(trunk(0, 'left'), ['right_shoulder'], 0.1), 640, 480)).toBeNull();
  });

  describe('on the puppet', () => {
    const view = (pose: PuppetPose, camera: CameraSpec = CAMERAS.laptop) =>
      readView(renderPose(pose, { camera }), camera.imageWidth, camera.imageHeight);

    it('reads standing face-on as square to the camera, and side-on as turned', () => {
      expect(view(standing)?.turn).toBeLessThan(10);
      expect(view(mergePose(standing, { facing: 90 }))?.turn).toBeGreaterThan(75);
    });

    it('reads a side-on row and a person lying side-on as side views, near side included', () => {
      expect(view(rowStart)).toMatchObject({ near: 'right' });
      expect(view(rowStart)?.turn).toBeGreaterThan(60);
      expect(view(mirrorPose(rowStart))).toMatchObject({ near: 'left' });
      expect(view(prone, CAMERAS.floor)?.turn).toBeGreaterThan(60);
    });

    it('tells a back turned to the camera from a face towards it, though both read square', () => {
      const back = mergePose(standing, { facing: 180 });
      expect(view(back)).toMatchObject({ away: true });
      expect(view(back)?.turn).toBeLessThan(10);
      expect(view(standing)).toMatchObject({ away: false });
      expect(view(mergePose(standing, { facing: 150 }))).toMatchObject({ away: true });
      expect(view(mergePose(standing, { facing: 30 }))).toMatchObject({ away: false });
      expect(view(mergePose(seated, { facing: 180 }), CAMERAS.desk)).toMatchObject({ away: true });
      expect(view(seated, CAMERAS.desk)).toMatchObject({ away: false });
      // Head down or up (chin to chest, looking at the ceiling) still faces the camera.
      expect(view(mergePose(standing, { neckFlexion: 45 }))).toMatchObject({ away: false });
      expect(view(mergePose(standing, { neckFlexion: -45 }))).toMatchObject({ away: false });
      // Lying, the face points at the ceiling: not told.
      expect(view(prone, CAMERAS.floor)?.away).toBeUndefined();
    });

    it('reads a seated person at a desk camera (hips out of the picture) as facing it', () => {
      expect(view(seated, CAMERAS.desk)?.turn).toBeLessThan(15);
      expect(view(mergePose(seated, { facing: 90 }), CAMERAS.desk)?.turn).toBeGreaterThan(60);
    });
  });

  describe('a trunk hinged forward, seen from any angle (issue 14)', () => {
    const camera = CAMERAS.laptop;
    /** The view a coach settles on for a person held still: hinged `pitch`°, turned `yaw`° from the camera. */
    const settled = (pitch: number, yaw: number, depth?: { readonly seed: number }): CameraView | null => {
      const pose = renderPose(mergePose(standing, { torsoPitch: pitch, facing: yaw }), { camera });
      const frames = Array.from({ length: 10 }, (_, i) => ({
        timestampMs: i * 100,
        imageWidth: camera.imageWidth,
        imageHeight: camera.imageHeight,
        poses: [pose],
      }));
      const tracker = new ViewTracker();
      let view: CameraView | null = null;
      for (const frame of depth ? realDepth(frames, depth) : frames) {
        const seen = frame.poses[0];
        view = tracker.update(
          seen ? readView(seen, camera.imageWidth, camera.imageHeight) : null,
          frame.timestampMs,
        ).view;
      }
      return view;
    };
    const PITCHES = [0, 20, 40, 60, 80];

    it.each(PITCHES)('hinged %i°: reads its turn from the camera within 8°, whatever the hinge', (pitch) => {
      const off = [0, 20, 30, 45, 60, 90].flatMap((yaw) => {
        const turn = readView(
          renderPose(mergePose(standing, { torsoPitch: pitch, facing: yaw }), { camera }),
          camera.imageWidth,
          camera.imageHeight,
        )?.turn;
        return turn !== undefined && Math.abs(turn - yaw) <= 8 ? [] : [{ yaw, turn }];
      });
      expect(off).toEqual([]);
    });

    it('a bent-over trunk ~45° from the front is side-on enough; an upright one is undecided', () => {
      // The photo row-two-arm-start: a two-dumbbell row hinged ~60°, the camera ~45° off the front.
      for (const pitch of [40, 60, 80]) expect({ pitch, view: settled(pitch, 45) }).toEqual({ pitch, view: 'side' });
      for (const pitch of [0, 20]) expect({ pitch, view: settled(pitch, 45) }).toEqual({ pitch, view: null });
    });

    it('never takes a front view for a side one, or a side view for a front one, with real depth', () => {
      for (const pitch of PITCHES) {
        for (const seed of [1, 2, 3]) {
          for (const yaw of [0, 15, 20])
            expect({ pitch, yaw, seed, view: settled(pitch, yaw, { seed }) }).not.toMatchObject({ view: 'side' });
          for (const yaw of [65, 75, 90])
            expect({ pitch, yaw, seed, view: settled(pitch, yaw, { seed }) }).not.toMatchObject({ view: 'front' });
          for (const yaw of [0, 15])
            expect({ pitch, yaw, seed, view: settled(pitch, yaw, { seed }) }).toMatchObject({ view: 'front' });
          for (const yaw of [75, 90])
            expect({ pitch, yaw, seed, view: settled(pitch, yaw, { seed }) }).toMatchObject({ view: 'side' });
        }
      }
    });
  });
});

describe('ViewTracker', () => {
  /** Feeds readings 1000/30 ms apart from `startMs`; returns the view after each. */
  function feed(tracker: ViewTracker, turns: readonly (number | null)[], startMs = 0) {
    return turns.map((turn, i) =>
      tracker.update(turn === null ? null : reading(turn), startMs + Math.round((i * 1000) / 30)),
    );
  }

  it('settles on the first clear view within a couple of frames', () => {
    const tracker = new ViewTracker();
    expect(feed(tracker, [5, 5, 5]).at(-1)?.view).toBe('front');
    expect(feed(new ViewTracker(), [80, 80, 80]).at(-1)?.view).toBe('side');
  });

  // Issue 13: at 10 analysed frames a second the shared shoulder-roll clip read 25° (front), then
  // 34–41° (neither view) for half a second; waiting for a second clear reading put the view, and
  // the set-up's settling after it, 0.7 s later than at 30/s, and its first roll went uncounted.
  it('takes the first clear view at once, at any frame rate', () => {
    const tracker = new ViewTracker();
    expect(tracker.update(reading(25), 50).view).toBe('front');
    expect(tracker.update(reading(34), 150).view).toBe('front');
    expect(new ViewTracker().update(reading(80), 0).view).toBe('side');
    expect(new ViewTracker().update(reading(45), 0).view).toBeNull();
  });

  it('has no view while the person stands at 45° from the start', () => {
    const states = feed(new ViewTracker(), Array<number>(60).fill(45));
    expect(states.every((state) => state.view === null)).toBe(true);
  });

  it('believes a turn only once it has lasted 600 ms', () => {
    const tracker = new ViewTracker();
    feed(tracker, Array<number>(30).fill(0));
    const states = feed(tracker, Array<number>(30).fill(85), 1000);
    // Frames 1000 … 1567 ms: 0–567 ms into the turn.
    expect(states.slice(0, 18).every((state) => state.view === 'front')).toBe(true);
    expect(states.at(-1)?.view).toBe('side');
    expect(states.at(-1)?.turn).toBe(85);
  });

  it('does not flicker for a person standing at ~45°, whichever view it had', () => {
    for (const [start, view] of [
      [0, 'front'],
      [90, 'side'],
    ] as const) {
      const tracker = new ViewTracker();
      feed(tracker, Array<number>(10).fill(start));
      const wobble = Array.from({ length: 300 }, (_, i) => 45 + 9 * Math.sin(i * 1.3));
      expect(feed(tracker, wobble, 400).every((state) => state.view === view)).toBe(true);
    }
  });

  it('does not switch on readings that cross both thresholds but never stay', () => {
    const tracker = new ViewTracker();
    feed(tracker, Array<number>(10).fill(0));
    const flicker = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 25 : 60));
    expect(feed(tracker, flicker, 400).every((state) => state.view === 'front')).toBe(true);
  });

  it('believes a back to the camera once it lasts, not on a reading or two', () => {
    const tracker = new ViewTracker();
    const at = (away: boolean, i: number) => tracker.update({ ...reading(5), away }, Math.round((i * 1000) / 30));
    for (let i = 0; i < 30; i++) at(false, i);
    expect(at(true, 30).away).toBe(false);
    expect(at(true, 31).away).toBe(false);
    expect(at(false, 32).away).toBe(false);
    let state = at(true, 33);
    for (let i = 34; i < 64; i++) state = at(true, i);
    expect(state.away).toBe(true);
    // Readings that cannot tell (lying, the face not found) keep it.
    expect(tracker.update(reading(5), 2200).away).toBe(true);
  });

  it('keeps the view it had through frames without a reading', () => {
    const tracker = new ViewTracker();
    feed(tracker, Array<number>(10).fill(88));
    const states = feed(tracker, Array<null>(60).fill(null), 400);
    expect(states.every((state) => state.view === 'side' && state.turn === null)).toBe(true);
  });
});
