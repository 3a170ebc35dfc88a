import { describe, expect, it } from 'vitest';
import {
  hold,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  reps,
  seated,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { squeezeBack, squeezeRest } from './scapular-squeeze.presets';
import { scapularSqueeze } from './scapular-squeeze';

const NOISE = { seed: 19, dropRate: 0.02 };

function set(count: number, options: { pauseTopMs?: number; atTop?: PosePatch; seed?: number } = {}) {
  const { pauseTopMs = 3000, atTop = {}, seed = NOISE.seed } = options;
  return renderFrames(
    reps(squeezeRest, { to: mergePose(squeezeBack, atTop), count, repMs: 2000, pauseTopMs, pauseBottomMs: 1000 }),
    { noise: { ...NOISE, seed } },
  );
}

describe('scapular squeeze: counting', () => {
  it.each([1, 4])('counts %i held squeezes exactly, with jitter and dropped frames, and says nothing', (count) => {
    const { summary, cueIds } = replay(scapularSqueeze, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same with other jitter, facing the other way, and sitting', () => {
    expect(replay(scapularSqueeze, set(2, { seed: 99 })).summary.counts.reps).toBe(2);
    const mirrored = renderFrames(
      reps(mirrorPose(squeezeRest), { to: mirrorPose(squeezeBack), count: 2, pauseTopMs: 3000 }),
      { noise: NOISE },
    );
    expect(replay(scapularSqueeze, mirrored).summary.counts.reps).toBe(2);
    const sitting = mergePose(seated, { facing: 90, both: { shoulderProtraction: 5 } });
    const seatedFrames = renderFrames(
      reps(sitting, { to: { both: { shoulderProtraction: -22 } }, count: 2, pauseTopMs: 3000 }),
      { noise: NOISE },
    );
    expect(replay(scapularSqueeze, seatedFrames).summary.counts).toMatchObject({ reps: 2, cleanReps: 2 });
  });

  it('counts nothing while the person walks in, then every squeeze', () => {
    const frames = renderFrames(
      sequence(walkIn(squeezeRest, { seed: 5 }), reps(squeezeRest, { to: squeezeBack, count: 3, pauseTopMs: 3000 })),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(scapularSqueeze, frames);
    expect(summary.counts.reps).toBe(3);
    expect(cueIds).toEqual([]);
  });

  it('a half squeeze, between the thresholds, held with jitter never counts', () => {
    const half = mergePose(squeezeRest, { both: { shoulderProtraction: -12 } }); // ≈ −0.045
    const frames = renderFrames(hold(half, 12_000), { noise: { seed: 8 } });
    expect(replay(scapularSqueeze, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('standing still with jitter never counts', () => {
    const frames = renderFrames(hold(squeezeRest, 12_000), { noise: { seed: 8, imageSigmaPx: 3 } });
    expect(replay(scapularSqueeze, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('shoulder blades moving in a plank are not counted (only upright)', () => {
    const plank = mergePose(squeezeRest, { posture: 'prone', pelvisLiftM: 0.35, both: { shoulderFlexion: 90 } });
    const frames = renderFrames(reps(plank, { to: { both: { shoulderProtraction: -22 } }, count: 3 }), {
      noise: NOISE,
    });
    expect(replay(scapularSqueeze, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('says to turn side-on when facing the camera', () => {
    const frames = renderFrames(
      reps(mergePose(squeezeRest, { facing: 0 }), { to: { both: { shoulderProtraction: -22 } }, count: 2 }),
    );
    const { summary, updates } = replay(scapularSqueeze, frames);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('scapular squeeze: form checks', () => {
  it.each([
    ['no-shrug', { both: { shoulderElevation: 25 } }, 'Shoulders down, away from your ears'],
    ['arms-at-sides', { both: { shoulderFlexion: -30, elbowFlexion: 30 } }, 'Let your arms hang by your sides'],
    ['arms-at-sides', { both: { shoulderAbduction: 45 } }, 'Let your arms hang by your sides'],
  ] as const)('%s fires on %j with “%s”, and the squeezes still count', (id, atTop, text) => {
    const { summary, cueIds } = replay(scapularSqueeze, set(3, { atTop }));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
  });

  it('hold-squeeze fires when the squeezes are not held', () => {
    const quick = renderFrames(reps(squeezeRest, { to: squeezeBack, count: 3, repMs: 2500, pauseTopMs: 0 }), {
      noise: NOISE,
    });
    const { summary, cueIds } = replay(scapularSqueeze, quick);
    expect(cueIds).toEqual(['hold-squeeze']);
    expect(summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
  });
});
