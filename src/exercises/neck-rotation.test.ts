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
import { neckTurnLeft } from './neck-rotation.presets';
import { seatedTall, toRight } from '../../tests/support/index';
import { neckRotation } from './neck-rotation';

const NOISE = { seed: 13, dropRate: 0.02 };

/** Turns to the left, then to the right, `count` each, with a fault at the turned end. */
function turns(count: number, fault: PosePatch = {}, repMs = 4000, camera = CAMERAS.laptop) {
  const left = mergePose(neckTurnLeft, fault);
  const right = mergePose(toRight(neckTurnLeft), fault);
  return renderFrames(
    sequence(
      hold(seatedTall, 1000),
      reps(seatedTall, { to: left, count, repMs }),
      reps(seatedTall, { to: right, count, repMs }),
    ),
    { camera, noise: NOISE },
  );
}

describe('neck rotation: counting', () => {
  it('counts 5 slow turns each side, each side on its own, with jitter and dropped frames, and says nothing', () => {
    const { summary, cueIds } = replay(neckRotation, turns(5));
    expect(summary.counts).toMatchObject({ reps: 10, cleanReps: 10, left: { reps: 5 }, right: { reps: 5 } });
    expect(cueIds).toEqual([]);
  });

  it('counts the same at a desk and with a mirrored webcam (where the hips are out of view)', () => {
    for (const camera of [CAMERAS.desk, CAMERAS.deskMirrored]) {
      expect(replay(neckRotation, turns(3, {}, 4000, camera)).summary.counts).toMatchObject({
        left: { reps: 3 },
        right: { reps: 3 },
      });
    }
  });

  it('counts nothing while the person walks in and sits down, then every turn', () => {
    const frames = renderFrames(
      sequence(walkIn(seatedTall, { seed: 2 }), reps(seatedTall, { to: neckTurnLeft, count: 4, repMs: 4000 })),
      {
        noise: NOISE,
      },
    );
    expect(replay(neckRotation, frames).summary.counts).toMatchObject({
      reps: 4,
      left: { reps: 4 },
      right: { reps: 0 },
    });
  });

  it('a half turn is a partial, not a rep', () => {
    const half = mergePose(seatedTall, { headYaw: 33 });
    const { summary } = replay(
      neckRotation,
      renderFrames(reps(seatedTall, { to: half, count: 3, repMs: 4000 }), { noise: NOISE }),
    );
    expect(summary.counts).toMatchObject({ reps: 0, partialReps: 3 });
  });

  it('a head held turned between the thresholds with jitter never counts', () => {
    // Reads ~30° at a desk: between the 15° start and the 45° peak. Twice the puppet's usual jitter.
    const between = mergePose(seatedTall, { headYaw: 26 });
    const frames = renderFrames(hold(between, 15_000), { camera: CAMERAS.desk, noise: { seed: 8, imageSigmaPx: 3 } });
    expect(replay(neckRotation, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('does not count side-on, and says to face the camera', () => {
    const side = mergePose(seatedTall, { facing: 90 });
    const { summary, updates } = replay(neckRotation, renderFrames(reps(side, { to: { headYaw: 60 }, count: 2 })));
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('neck rotation: form checks', () => {
  it('shoulders-still fires when the shoulders turn with the head; the reps still count', () => {
    // The trunk turns 25° along with the head (which turns 60° in all).
    const { summary, cueIds } = replay(neckRotation, turns(3, { torsoYaw: 25, headYaw: 35 }));
    expect(cueIds).toEqual(['shoulders-still']);
    expect(summary.counts).toMatchObject({ reps: 6, faultyReps: 6 });
  });

  it('slow-turns fires on rushed turns, which still count', () => {
    const { summary, cueIds } = replay(neckRotation, turns(3, {}, 1400));
    expect(cueIds).toEqual(['slow-turns']);
    expect(summary.counts).toMatchObject({ reps: 6, faultyReps: 6 });
  });
});
