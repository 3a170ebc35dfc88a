import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  hold,
  mergePose,
  renderFrames,
  replay,
  reps,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { pulldownBottom, pulldownTop } from './lat-pulldown.presets';
import { latPulldown } from './lat-pulldown';

const NOISE = { seed: 37, dropRate: 0.02 };

function set(count: number, atBottom: PosePatch = {}) {
  return renderFrames(reps(pulldownTop, { to: mergePose(pulldownBottom, atBottom), count, repMs: 2500 }), {
    noise: NOISE,
  });
}

describe('lat pulldown: counting', () => {
  it.each([1, 10])('counts %i clean reps exactly and says nothing', (count) => {
    const { summary, cueIds } = replay(latPulldown, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts with the camera closer and higher, hips still in view', () => {
    const frames = renderFrames(reps(pulldownTop, { to: pulldownBottom, count: 5 }), {
      camera: { ...CAMERAS.laptop, distanceM: 1.8, heightM: 1.45 },
      noise: NOISE,
    });
    expect(replay(latPulldown, frames).summary.counts.reps).toBe(5);
  });

  it('counts nothing while the person walks in, then every rep', () => {
    expect(
      replay(latPulldown, renderFrames(walkIn(pulldownTop, { seed: 4 }), { noise: NOISE })).summary.counts.reps,
    ).toBe(0);
    const frames = renderFrames(
      sequence(walkIn(pulldownTop, { seed: 4 }), reps(pulldownTop, { to: pulldownBottom, count: 4 })),
      {
        noise: NOISE,
      },
    );
    expect(replay(latPulldown, frames).summary.counts).toMatchObject({ reps: 4, cleanReps: 4 });
  });

  it('a pull that stops well short of level is a partial rep', () => {
    expect(replay(latPulldown, set(3, { both: { shoulderAbduction: 118 } })).summary.counts).toMatchObject({
      reps: 0,
      partialReps: 3,
    });
  });

  it('arms lowered long to the sides, or elbows bent with the arms held level, are not pulldowns', () => {
    // A lateral raise in reverse, and the clip sagor_elbow_flexion's movement, on the puppet.
    const straight = set(4, { both: { elbowFlexion: 15, shoulderRotation: 0 } });
    const level = mergePose(pulldownBottom, { both: { elbowFlexion: 5 } });
    const curls = renderFrames(reps(level, { to: pulldownBottom, count: 4 }), { noise: NOISE });
    for (const frames of [straight, curls]) {
      expect(replay(latPulldown, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
    }
  });

  it('jitter with the arms held between the thresholds never counts', () => {
    const middle = mergePose(pulldownBottom, { both: { shoulderAbduction: 125, elbowFlexion: 60 } });
    const frames = renderFrames(hold(middle, 15_000), { noise: { seed: 5, imageSigmaPx: 3 } });
    expect(replay(latPulldown, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('says to face the camera when side-on', () => {
    const { updates, summary } = replay(
      latPulldown,
      renderFrames(hold(mergePose(pulldownBottom, { facing: 90 }), 3000)),
    );
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('lat pulldown: form checks', () => {
  it.each([
    ['reach-parallel', { both: { shoulderAbduction: 107 } }, 'Pull your elbows down to shoulder height'],
    ['lean-back', { torsoPitch: -20 }, 'Stay tall; don’t lean back'],
    ['arms-even', { left: { shoulderAbduction: 65 }, right: { shoulderAbduction: 100 } }, 'Pull both arms down evenly'],
  ] as const)('%s fires on %j with “%s”, and the reps still count, as faulty', (id, fault, text) => {
    const { summary, cueIds } = replay(latPulldown, set(5, fault));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.counts).toMatchObject({ reps: 5, faultyReps: 5 });
  });
});
