import { describe, expect, it } from 'vitest';
import { hold, mergePose, renderFrames, replay, reps, sequence, walkIn, type PosePatch } from '../../tests/support';
import { reachLeft, reachRest, reachRight } from './overhead-arm-reach.presets';
import { overheadArmReach } from './overhead-arm-reach';

const NOISE = { seed: 29, dropRate: 0.02 };

/** Reaches on one side, with a fault patched into the reaching pose. */
function side(to: typeof reachLeft, count: number, fault: PosePatch = {}) {
  return reps(reachRest, { to: mergePose(to, fault), count, repMs: 3500, pauseTopMs: 1200 });
}

describe('overhead arm reach: counting', () => {
  it('counts 5 on the left, then 5 on the right, each side on its own, and says nothing', () => {
    const frames = renderFrames(sequence(side(reachLeft, 5), side(reachRight, 5)), { noise: NOISE });
    const { summary, cueIds } = replay(overheadArmReach, frames);
    expect(summary.counts).toMatchObject({ reps: 10, cleanReps: 10, left: { reps: 5 }, right: { reps: 5 } });
    expect(summary.reps.slice(0, 5).every((rep) => rep.side === 'left')).toBe(true);
    expect(cueIds).toEqual([]);
  });

  it('counts nothing while the person walks in and sits down, then every reach', () => {
    expect(
      replay(overheadArmReach, renderFrames(walkIn(reachRest, { seed: 4 }), { noise: NOISE })).summary.counts.reps,
    ).toBe(0);
    const frames = renderFrames(sequence(walkIn(reachRest, { seed: 4 }), side(reachRight, 3)), { noise: NOISE });
    expect(replay(overheadArmReach, frames).summary.counts).toMatchObject({ reps: 3, right: { reps: 3 } });
  });

  it('an arm raised half-way with jitter never counts', () => {
    const half = mergePose(reachRest, { left: { shoulderFlexion: 0, shoulderAbduction: 100, elbowFlexion: 10 } });
    const frames = renderFrames(hold(half, 15_000), { noise: { seed: 2, imageSigmaPx: 3 } });
    expect(replay(overheadArmReach, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('raising both arms, or an arm with the elbow folded behind the head, is not a reach', () => {
    const both = mergePose(reachLeft, { torsoRoll: 0, right: reachLeft.left });
    const folded = mergePose(reachLeft, { left: { elbowFlexion: 140 } });
    for (const top of [both, folded]) {
      const frames = renderFrames(reps(reachRest, { to: top, count: 3, repMs: 3500 }), { noise: NOISE });
      expect(replay(overheadArmReach, frames).summary.counts.reps).toBe(0);
    }
  });

  it('says to face the camera when side-on', () => {
    const frames = renderFrames(hold(mergePose(reachRest, { facing: 90 }), 3000));
    const { updates, summary } = replay(overheadArmReach, frames);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('overhead arm reach: form checks', () => {
  it.each([
    ['arm-overhead', { left: { shoulderAbduction: 140 } }, 'Reach your arm right up overhead'],
    ['bend-away', { torsoRoll: 0 }, 'Lean away from the raised arm'],
    ['bend-away', { torsoRoll: 15 }, 'Lean away from the raised arm'],
    // Hips 8 cm up off the seat, feet still on the floor (the thighs tip down to the knees).
    ['hips-down', { pelvisLiftM: 0.08, both: { hipFlexion: 70, kneeFlexion: 70 } }, 'Keep both hips on the chair'],
  ] as const)('%s fires on %j with “%s”, and the reps still count, as faulty', (id, fault, text) => {
    const { summary, cueIds } = replay(overheadArmReach, renderFrames(side(reachLeft, 4, fault), { noise: NOISE }));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.counts).toMatchObject({ reps: 4, faultyReps: 4, left: { reps: 4 } });
  });
});
