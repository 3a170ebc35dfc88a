import { describe, expect, it } from 'vitest';
import {
  allFours,
  CAMERAS,
  hold,
  lerpPose,
  mergePose,
  mirrorPose,
  move,
  renderFrames,
  replay,
  reps,
  sequence,
  supermanLift,
  supermanLiftLookingUp,
  supermanRest,
  walkIn,
  type CameraSpec,
  type PuppetPose,
} from '../../tests/support';
import { superman } from './superman';

const NOISE = { seed: 31, dropRate: 0.02 };
const set = (count: number, top = supermanLift, pauseTopMs = 1200, repMs = 2400, fps = 30) =>
  renderFrames(reps(supermanRest, { to: top, count, repMs, pauseTopMs }), { noise: NOISE, fps });

describe('superman: counting', () => {
  it.each([1, 10])('counts %i clean reps exactly and says nothing', (count) => {
    const { summary, cueIds } = replay(superman, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count });
    expect(cueIds).toEqual([]);
  });

  it.each([15, 20])('at %i frames a second, counts 10 clean reps and says nothing (the pause is kept)', (fps) => {
    const { summary, cueIds } = replay(superman, set(10, supermanLift, 1200, 2400, fps));
    expect(summary.counts).toMatchObject({ reps: 10, cleanReps: 10 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same facing the other way', () => {
    const frames = renderFrames(
      reps(mirrorPose(supermanRest), { to: mirrorPose(supermanLift), count: 5, pauseTopMs: 1200 }),
      {
        noise: NOISE,
      },
    );
    expect(replay(superman, frames).summary.counts.reps).toBe(5);
  });

  it('counts nothing while the person gets down onto the floor, then every rep', () => {
    const frames = renderFrames(
      sequence(walkIn(supermanRest, { seed: 4 }), reps(supermanRest, { to: supermanLift, count: 3, pauseTopMs: 1200 })),
      { noise: NOISE },
    );
    expect(replay(superman, frames).summary.counts.reps).toBe(3);
  });

  it('lying still with jitter never counts', () => {
    const frames = renderFrames(hold(supermanRest, 20_000), { noise: { seed: 9, imageSigmaPx: 3 } });
    expect(replay(superman, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });
});

describe('superman: form checks', () => {
  it('neck-neutral fires when looking up at the top, and the reps count as faulty', () => {
    const { summary, cueIds } = replay(superman, set(4, supermanLiftLookingUp));
    expect(cueIds).toEqual(['neck-neutral']);
    expect(summary.cues[0]?.text).toBe('Keep your neck long: look at the floor');
    expect(summary.counts).toMatchObject({ reps: 4, faultyReps: 4 });
  });

  it('neck-neutral fires for a head tilted back through the whole set, rest and lifts alike', () => {
    const up = { neckFlexion: -35 };
    const frames = renderFrames(
      sequence(
        hold(mergePose(supermanRest, up), 1500),
        reps(mergePose(supermanRest, up), { to: mergePose(supermanLift, up), count: 4, repMs: 2400, pauseTopMs: 1200 }),
      ),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(superman, frames);
    expect(cueIds).toEqual(['neck-neutral']);
    expect(summary.counts).toMatchObject({ reps: 4, faultyReps: 4 });
  });

  it('lift-together fires when only the arms and chest lift', () => {
    const armsOnly = mergePose(supermanLift, { both: { hipFlexion: 4 } });
    const { summary, cueIds } = replay(superman, set(3, armsOnly));
    expect(cueIds).toEqual(['lift-together']);
    expect(summary.reps.every((rep) => rep.faults.includes('lift-together'))).toBe(true);
  });

  it.each([31, 5, 77])(
    'arms by the sides, then reaching forward just before the first lift (noise seed %i): 3 clean reps, no cue',
    (seed) => {
      // Lying with the arms along the body, reaching forward only as the first lift begins: the
      // reach sweeps the arms' reading up ~35° in the second before the lift, which is not the
      // lift. A person lifting 80 % of the preset (the population's 70–110 %) raises the legs ~10°.
      const bySides = mergePose(supermanRest, { both: { shoulderFlexion: 0 } });
      const top = lerpPose(supermanRest, supermanLift, 0.8);
      const frames = renderFrames(
        sequence(
          hold(bySides, 2000),
          move(bySides, { both: { shoulderFlexion: 168 } }, 700),
          reps(supermanRest, { to: top, count: 3, repMs: 2400, pauseTopMs: 1200, pauseBottomMs: 0 }),
        ),
        { noise: { ...NOISE, seed } },
      );
      const { summary, cueIds } = replay(superman, frames);
      expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3 });
      expect(cueIds).toEqual([]);
    },
  );

  it.each([31, 5, 77])(
    'legs lifted high and the arms a little, as the real clip does (noise seed %i): clean, no cue',
    (seed) => {
      // The clip superman-prone raises the legs 17–27° and the arms 7–16°: both lifted, the legs
      // up to twice as far or more. The arms' rise must not be judged short against the legs'.
      const top = mergePose(supermanRest, { torsoPitch: -5, both: { shoulderFlexion: 170, hipFlexion: -28 } });
      const frames = renderFrames(reps(supermanRest, { to: top, count: 3, repMs: 2400, pauseTopMs: 1200 }), {
        noise: { ...NOISE, seed, imageSigmaPx: 2 },
      });
      const { summary, cueIds } = replay(superman, frames);
      expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3 });
      expect(cueIds).toEqual([]);
    },
  );

  it.each([30, 15])('pause-top fires when the reps do not pause at the top (%i fps)', (fps) => {
    const { cueIds, summary } = replay(superman, set(3, supermanLift, 0, 2000, fps));
    expect(cueIds).toEqual(['pause-top']);
    expect(summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
  });

  it.each([15, 30])('at %i fps the time at the top grows by the pause', (fps) => {
    const timed = (pauseTopMs: number) =>
      replay(superman, set(3, supermanLift, pauseTopMs, 2000, fps)).summary.reps.map((rep) => rep.stats.topMs);
    const none = timed(0);
    const paused = timed(1200);
    expect(none).toHaveLength(3);
    expect(paused).toHaveLength(3);
    // The same reps but for 1.2 s held at the top: 1.2 s more near the top (within a frame or two).
    for (const [i, ms] of paused.entries()) expect(Math.abs(ms - (none[i] ?? 0) - 1200)).toBeLessThan(200);
  });
});

/**
 * Cameras the card allows ("at floor level or on a low table") that move the readings off level:
 * tilted down 14–15° from a low table with the person lying a few degrees off side-on (the
 * population's people 12 and 14, whose resting lift read −16° and −13°), and a camera on an
 * uneven surface, rolled, which adds its roll to every reading.
 */
const LOW_TILTED: CameraSpec = { ...CAMERAS.floor, distanceM: 3, heightM: 0.76, tiltDeg: 14 };
const turned = (pose: PuppetPose, yaw: number): PuppetPose => mergePose(pose, { facing: pose.facing + yaw });
const armsAndChest = mergePose(supermanLift, { both: { hipFlexion: 4 } });
/**
 * The puppet gives the far shoulder and hip, hidden behind the body side-on, a visibility just
 * over the set-up's 0.5: steady here, so that a low camera is not also a flickering set-up.
 */
const STEADY = { ...NOISE, visibilitySigma: 0 };

function filmed(camera: CameraSpec, top: PuppetPose, options: { yaw?: number; range?: number; count?: number } = {}) {
  const { yaw = -4, range = 1, count = 3 } = options;
  const rest = turned(supermanRest, yaw);
  const to = lerpPose(rest, turned(top, yaw), range);
  return renderFrames(reps(rest, { to, count, repMs: 2400, pauseTopMs: 1200 }), { noise: STEADY, camera });
}

describe('superman: a camera that does not see the floor as level', () => {
  it.each([
    ['a low camera tilted down 14°', LOW_TILTED],
    ['a camera rolled 6° one way', { ...CAMERAS.floor, distanceM: 3, rollDeg: 6 }],
    ['a camera rolled 6° the other way', { ...CAMERAS.floor, distanceM: 3, rollDeg: -6 }],
  ])('%s: a clean set counts exactly and says nothing', (_, camera) => {
    const { summary, cueIds } = replay(superman, filmed(camera, supermanLift, { range: 0.75 }));
    expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it.each([
    ['a low camera tilted down 14°', LOW_TILTED],
    ['a camera rolled 6°', { ...CAMERAS.floor, distanceM: 3, rollDeg: -6 }],
  ])('%s: lifting only the arms and chest counts each lift and says to lift the legs too', (_, camera) => {
    const { summary, cueIds } = replay(superman, filmed(camera, armsAndChest, { range: 0.85 }));
    expect(summary.counts.reps).toBe(3);
    expect(summary.reps.every((rep) => rep.faults.includes('lift-together'))).toBe(true);
    expect(cueIds).toEqual(['lift-together']);
  });

  it.each([0, 10])(
    'a camera 0.7 m high tilted 13°, the person turned %i°: looking up at the top cues the neck, a clean set says nothing',
    (yaw) => {
      // Turned 10°, the face against the trunk reads ~125–137° at rest and 82–100° looking up:
      // inside a fixed 80–130° band, 30–45° below where the head rests.
      const camera = { ...CAMERAS.floor, distanceM: 3, heightM: 0.7, tiltDeg: 13 };
      const up = replay(superman, filmed(camera, supermanLiftLookingUp, { yaw, count: 4 }));
      expect(up.cueIds).toContain('neck-neutral');
      expect(up.summary.cues.find((cue) => cue.id === 'neck-neutral')?.text).toBe(
        'Keep your neck long: look at the floor',
      );
      expect(replay(superman, filmed(camera, supermanLift, { yaw })).cueIds).toEqual([]);
    },
  );

  it('a low camera tilted down 14°: a lift a third of the way up is a partial, never a rep', () => {
    const { summary } = replay(superman, filmed(LOW_TILTED, supermanLift, { range: 0.3 }));
    expect(summary.counts.reps).toBe(0);
  });

  it('lying still with jitter in front of a tilted camera never counts', () => {
    const frames = renderFrames(hold(turned(supermanRest, -4), 20_000), {
      noise: { seed: 9, imageSigmaPx: 3 },
      camera: LOW_TILTED,
    });
    expect(replay(superman, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('a pause on all fours while getting down is not taken for rest: every rep after it counts', () => {
    // Still on all fours for 2 s, then down onto the floor: the lift is not read off the floor
    // (the arms prop the body up), so no rest is learnt there that lying flat would read above.
    const frames = renderFrames(
      sequence(
        hold(allFours, 2000),
        reps(supermanRest, { to: supermanLift, count: 3, pauseTopMs: 1200, pauseBottomMs: 1000 }),
      ),
      { noise: STEADY, camera: LOW_TILTED },
    );
    expect(replay(superman, frames).summary.counts).toMatchObject({ reps: 3, partialReps: 0 });
  });

  it('a lift held 6 s at the top is one rep', () => {
    const frames = renderFrames(reps(supermanRest, { to: supermanLift, count: 2, pauseTopMs: 6000 }), {
      noise: STEADY,
      camera: LOW_TILTED,
    });
    expect(replay(superman, frames).summary.counts).toMatchObject({ reps: 2, partialReps: 0 });
  });
});
