import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  hold,
  mergePose,
  renderFrames,
  replay,
  reps,
  sequence,
  wallAngelGoalPost,
  wallAngelOverhead,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { wallAngel } from './wall-angel';

const NOISE = { seed: 23, dropRate: 0.02 };

function set(count: number, atBottom: PosePatch = {}, atTop: PosePatch = {}) {
  const bottom = mergePose(wallAngelGoalPost, atBottom);
  const top = mergePose(wallAngelOverhead, atBottom, atTop);
  return renderFrames(reps(bottom, { to: top, count, repMs: 3000 }), { noise: NOISE });
}

describe('wall angel: counting', () => {
  it.each([1, 10])('counts %i clean reps exactly and says nothing', (count) => {
    const { summary, cueIds } = replay(wallAngel, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts with only the upper body in the picture (a laptop at a desk)', () => {
    const frames = renderFrames(reps(wallAngelGoalPost, { to: wallAngelOverhead, count: 5 }), {
      camera: { ...CAMERAS.laptop, distanceM: 1.6, heightM: 1.45 },
      noise: NOISE,
    });
    expect(replay(wallAngel, frames).summary.counts.reps).toBe(5);
  });

  it('counts nothing while the person walks in, then every rep', () => {
    const frames = renderFrames(
      sequence(walkIn(wallAngelGoalPost, { seed: 8 }), reps(wallAngelGoalPost, { to: wallAngelOverhead, count: 4 })),
      { noise: NOISE },
    );
    const { summary } = replay(wallAngel, frames);
    expect(summary.counts.reps).toBe(4);
  });

  it('bending and straightening the elbows with the arms level is not a wall angel', () => {
    // What the shared clip wall-angel-elbow-flexion-only shows, on the puppet.
    const straight = mergePose(wallAngelGoalPost, { both: { elbowFlexion: 5 } });
    const frames = renderFrames(reps(wallAngelGoalPost, { to: straight, count: 6 }), { noise: NOISE });
    expect(replay(wallAngel, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('arms held half-way up with jitter never count', () => {
    const half = mergePose(wallAngelGoalPost, { both: { shoulderAbduction: 122 } }); // between the thresholds
    const frames = renderFrames(hold(half, 15_000), { noise: { seed: 2, imageSigmaPx: 3 } });
    expect(replay(wallAngel, frames).summary.counts.reps).toBe(0);
  });

  it('says to face the camera when side-on', () => {
    const side = mergePose(wallAngelGoalPost, { facing: 90 });
    const { updates, summary } = replay(wallAngel, renderFrames(hold(side, 3000)));
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('wall angel: form checks', () => {
  it.each([
    ['elbows-90', { both: { elbowFlexion: 50 } }, {}],
    [
      'arms-level',
      { left: { shoulderAbduction: 68 } },
      { left: { shoulderAbduction: 130 }, right: { shoulderAbduction: 165 } },
    ],
    ['forearms-vertical', { both: { shoulderRotation: 45 } }, {}],
    ['forearms-vertical', { both: { shoulderAbduction: 65 } }, { both: { shoulderAbduction: 150 } }],
    ['no-shrug', {}, { both: { shoulderElevation: 35 } }],
  ] as const)('%s fires on its fault, and the reps still count', (id, atBottom, atTop) => {
    const { summary, cueIds } = replay(wallAngel, set(4, atBottom, atTop));
    expect(cueIds).toContain(id);
    expect(summary.counts.reps).toBe(4);
    expect(summary.reps.some((rep) => rep.faults.includes(id))).toBe(true);
  });

  it('the goal post at 90° with the arms level and forearms upright is clean', () => {
    const { updates } = replay(wallAngel, renderFrames(hold(wallAngelGoalPost, 5000), { noise: NOISE }));
    expect(updates.flatMap((update) => update.faults)).toEqual([]);
  });
});
