import { describe, expect, it } from 'vitest';
import {
  faceSeenFromBehind,
  hold,
  mergePose,
  reps,
  renderFrames,
  replay,
  sequence,
  standing,
  walkIn,
} from '../../tests/support';
import { realDepth } from '../../tests/support/real-depth';
import { armCirclesAround, armsOut, type ArmCircleScriptOptions } from './arm-circles.presets';
import { armCircles } from './arm-circles';

const NOISE = { seed: 17, dropRate: 0.02 };
const DIRECTION = { forward: 'counter-clockwise', backward: 'clockwise' } as const;

const circling = (options: ArmCircleScriptOptions, seed = NOISE.seed) =>
  renderFrames(sequence(hold(armsOut, 1000), armCirclesAround(armsOut, options)), { noise: { ...NOISE, seed } });

describe('arm circles: counting', () => {
  it.each([
    ['forward', 10, 1500],
    ['forward', 40, 2500],
    ['backward', 10, 1500],
    ['backward', 40, 2500],
  ] as const)(
    'counts 6 clean circles %s (radius %i°) exactly, with the direction, and says nothing',
    (direction, radiusDeg, periodMs) => {
      const { summary, cueIds } = replay(armCircles, circling({ count: 6, direction, radiusDeg, periodMs }));
      expect(summary.counts.cycles).toBe(6);
      expect(summary.cycles.every((cycle) => cycle.direction === DIRECTION[direction])).toBe(true);
      expect(cueIds).toEqual([]);
    },
  );

  it('counts forward, then backward, circles growing from small to large', () => {
    // Three sizes of three circles each way; a breath's pause to change direction.
    const sizes = [10, 25, 40];
    const parts = (direction: 'forward' | 'backward') =>
      sizes.map((radiusDeg) =>
        armCirclesAround(armsOut, { count: 3, direction, radiusDeg, periodMs: 1500 + radiusDeg * 20 }),
      );
    const frames = renderFrames(
      sequence(hold(armsOut, 1000), ...parts('forward'), hold(armsOut, 2000), ...parts('backward')),
      {
        noise: NOISE,
      },
    );
    const { summary } = replay(armCircles, frames);
    expect(summary.cycles.map((cycle) => cycle.direction)).toEqual([
      ...Array<string>(9).fill('counter-clockwise'),
      ...Array<string>(9).fill('clockwise'),
    ]);
  });

  it('counts nothing while the person walks in and lifts the arms, then every circle', () => {
    expect(replay(armCircles, renderFrames(walkIn(armsOut, { seed: 2 }), { noise: NOISE })).summary.counts.cycles).toBe(
      0,
    );
    const frames = renderFrames(
      sequence(
        walkIn(armsOut, { seed: 2 }),
        hold(armsOut, 1000),
        armCirclesAround(armsOut, { count: 5, direction: 'forward' }),
      ),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(armCircles, frames);
    expect(summary.counts.cycles).toBe(5);
    expect(cueIds).toEqual([]);
  });

  it('arms held out still with jitter never count', () => {
    const frames = renderFrames(hold(armsOut, 15_000), { noise: { seed: 5, imageSigmaPx: 3, worldSigmaCm: 2 } });
    expect(replay(armCircles, frames).summary.counts.cycles).toBe(0);
  });

  it('arms raised and lowered to the sides (not circles) never count', () => {
    // Up and down in the picture's plane only, like the arm pulses of the clip tread_arm_c.
    const pulses = renderFrames(
      reps(armsOut, {
        from: { both: { shoulderAbduction: 70 } },
        to: { both: { shoulderAbduction: 110 } },
        count: 10,
        repMs: 1500,
      }),
      {
        noise: NOISE,
      },
    );
    expect(replay(armCircles, pulses).summary.counts.cycles).toBe(0);
    // From the sides to overhead and back, elbows soft, like the overhead claps of malik_claps_overhead.
    const claps = renderFrames(
      reps(mergePose(armsOut, { both: { elbowFlexion: 35 } }), {
        to: { both: { shoulderAbduction: 165, shoulderHorizontalAdduction: 10 } },
        count: 10,
        repMs: 1800,
      }),
      { noise: NOISE },
    );
    expect(replay(armCircles, claps).summary.counts.cycles).toBe(0);
  });

  it('says to face the camera when turned side-on', () => {
    // Turned 70°: fully side-on, the far hand is hidden and the app first asks for the hands.
    const { updates, summary } = replay(armCircles, renderFrames(hold(mergePose(armsOut, { facing: 70 }), 3000)));
    expect(summary.counts.cycles).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });

  // The direction is read from depth (forward is the hands coming towards the camera), which
  // reverses with the back to it: the unlabelled clip tread_back_behinds, filmed from behind, was
  // coached on 81 % of its frames. From behind the app would call backward circles forward.
  it('from behind asks the person to turn around and counts nothing, though the detector "sees" the face', () => {
    const behind = mergePose(armsOut, { facing: 180 });
    const frames = faceSeenFromBehind(
      renderFrames(
        sequence(
          hold(behind, 1000),
          armCirclesAround(behind, { count: 6, direction: 'backward', radiusDeg: 30, periodMs: 2000 }),
        ),
        { noise: NOISE },
      ),
    );
    const { updates, summary, cueIds } = replay(armCircles, frames);
    expect(summary.counts.cycles).toBe(0);
    expect(cueIds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn around to face the camera');
  });
});

// The held-out failures of issue 14 (large circles and small fast circles, front view: 0 counted),
// on a population of puppets whose depth reads as MediaPipe reads real people (real-depth.ts).
describe('arm circles: real people, real depth', { timeout: 30_000 }, () => {
  const real = (options: ArmCircleScriptOptions, seed: number) =>
    realDepth(
      renderFrames(sequence(hold(armsOut, 1000), armCirclesAround(armsOut, options)), {
        noise: { ...NOISE, seed },
      }),
      { seed },
    );

  it.each([1, 2, 3, 4, 5])('counts 8 large circles (radius 55–70°, 2.5–3.5 s) exactly, seed %i', (seed) => {
    const radiusDeg = 55 + 3 * seed;
    const periodMs = 2300 + 200 * seed;
    const { summary, cueIds } = replay(armCircles, real({ count: 8, direction: 'forward', radiusDeg, periodMs }, seed));
    expect(summary.counts.cycles).toBe(8);
    expect(cueIds).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])('counts 10 small fast circles (radius 8–12°, 0.45–0.65 s) exactly, seed %i', (seed) => {
    const radiusDeg = 7 + seed;
    const periodMs = 400 + 50 * seed;
    const direction = seed % 2 ? 'forward' : 'backward';
    const { summary, cueIds } = replay(armCircles, real({ count: 10, direction, radiusDeg, periodMs }, seed));
    expect(summary.counts.cycles).toBe(10);
    expect(cueIds).toEqual([]);
  });

  it.each([1, 2, 3])('overhead claps, straight or soft-elbowed, and twitches never count, seed %i', (seed) => {
    const noisy = (frames: ReturnType<typeof renderFrames>) => realDepth(frames, { seed });
    for (const elbowFlexion of [5, 35]) {
      const claps = renderFrames(
        reps(mergePose(armsOut, { both: { elbowFlexion } }), {
          to: { both: { shoulderAbduction: 170, shoulderHorizontalAdduction: 5 } },
          count: 10,
          repMs: 1200 + 300 * seed,
        }),
        { noise: { ...NOISE, seed } },
      );
      expect(replay(armCircles, noisy(claps)).summary.counts.cycles, `claps, elbows ${elbowFlexion}°`).toBe(0);
    }
    // Quick jerks of the arms out at the sides, 4° up and back: under any circle's size.
    const twitches = renderFrames(reps(armsOut, { to: { both: { shoulderAbduction: 94 } }, count: 12, repMs: 400 }), {
      noise: { ...NOISE, seed },
    });
    expect(replay(armCircles, noisy(twitches)).summary.counts.cycles).toBe(0);
  });
});

describe('arm circles: form checks', () => {
  it('arms-level fires for circles well below shoulder height, which still count, as faulty', () => {
    const low = mergePose(standing, { both: { shoulderAbduction: 50, elbowFlexion: 5 } });
    const frames = renderFrames(
      sequence(
        hold(low, 1000),
        armCirclesAround(low, { count: 6, direction: 'forward', centreDeg: 50, radiusDeg: 15 }),
      ),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(armCircles, frames);
    expect(cueIds).toEqual(['arms-level']);
    expect(summary.cues[0]?.text).toBe('Lift your arms to shoulder height');
    expect(summary.counts.cycles).toBeGreaterThanOrEqual(5);
    expect(summary.cycles.every((cycle) => cycle.faults.includes('arms-level'))).toBe(true);
  });

  it('both-arms fires when only one arm circles (nothing is counted meanwhile)', () => {
    const frames = circling({
      count: 6,
      direction: 'forward',
      still: { side: 'right', pose: { shoulderAbduction: 7, shoulderHorizontalAdduction: 0, elbowFlexion: 8 } },
    });
    const { summary, cueIds } = replay(armCircles, frames);
    expect(cueIds).toEqual(['both-arms']);
    expect(summary.cues[0]?.text).toBe('Circle both arms together');
    expect(summary.counts.cycles).toBe(0);
  });
});
