import { describe, expect, it } from 'vitest';
import {
  hold,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  reps,
  sequence,
  supermanLift,
  supermanLiftLookingUp,
  supermanRest,
  walkIn,
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

  it('lift-together fires when only the arms and chest lift', () => {
    const armsOnly = mergePose(supermanLift, { both: { hipFlexion: 4 } });
    const { summary, cueIds } = replay(superman, set(3, armsOnly));
    expect(cueIds).toEqual(['lift-together']);
    expect(summary.reps.every((rep) => rep.faults.includes('lift-together'))).toBe(true);
  });

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
