import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  hold,
  mergePose,
  move,
  renderFrames,
  replay,
  reps,
  sequence,
  walkIn,
  type PosePatch,
  type Timeline,
} from '../../tests/support';
import { neckTurnLeft } from './neck-rotation.presets';
import { seatedTall, toRight } from '../../tests/support/index';
import { realDepth } from '../../tests/support/real-depth';
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

  it('counts turns to the right first, and smaller turns of 50° (real people turn 50–65°), each on its side', () => {
    const small = mergePose(seatedTall, { headYaw: 50 });
    const frames = renderFrames(
      sequence(
        hold(seatedTall, 1000),
        reps(seatedTall, { to: toRight(neckTurnLeft), count: 2, repMs: 4000 }),
        reps(seatedTall, { to: small, count: 2, repMs: 4000 }),
        reps(seatedTall, { to: toRight(small), count: 2, repMs: 4000 }),
      ),
      { noise: NOISE },
    );
    expect(replay(neckRotation, frames).summary.counts).toMatchObject({
      reps: 6,
      partialReps: 0,
      left: { reps: 2 },
      right: { reps: 4 },
    });
  });

  it('counts a far turn of 85° once, on its own side, though the far ear is guessed past the near one', () => {
    // Turned this far, the ears' order in the picture flips: read from the ears alone, each turn
    // right read as a turn left for a moment, counting a rep on each side (the held-out set's
    // "5 counted, all to one side").
    const far = mergePose(seatedTall, { headYaw: 85 });
    for (const camera of [CAMERAS.laptop, CAMERAS.desk]) {
      const frames = renderFrames(
        sequence(
          hold(seatedTall, 1000),
          reps(seatedTall, { to: far, count: 2, repMs: 4000 }),
          reps(seatedTall, { to: toRight(far), count: 2, repMs: 4000 }),
        ),
        { camera, noise: NOISE },
      );
      expect(replay(neckRotation, frames).summary.counts).toMatchObject({
        reps: 4,
        partialReps: 0,
        left: { reps: 2 },
        right: { reps: 2 },
      });
    }
  });

  it('counts the last turn when the set ends with it held (a clip cut at the turned head), on either side', () => {
    // neck-rotation-headshoulders ends on its turn to the right, held past the peak: L1 R1.
    for (const last of [toRight(neckTurnLeft), neckTurnLeft]) {
      const frames = renderFrames(
        sequence(
          hold(seatedTall, 1000),
          reps(seatedTall, { to: last === neckTurnLeft ? toRight(neckTurnLeft) : neckTurnLeft, count: 1, repMs: 4000 }),
          move(seatedTall, last, 2000),
          hold(last, 1000),
        ),
        { noise: NOISE },
      );
      const { summary } = replay(neckRotation, frames);
      expect(summary.counts).toMatchObject({ reps: 2, left: { reps: 1 }, right: { reps: 1 } });
      expect(summary.reps.at(-1)?.side).toBe(last === neckTurnLeft ? 'left' : 'right');
    }
  });

  it('does not count a last turn that stops short of the peak as the set ends', () => {
    const half = mergePose(seatedTall, { headYaw: 33 });
    const frames = renderFrames(sequence(hold(seatedTall, 1000), move(seatedTall, half, 2000), hold(half, 2000)), {
      noise: NOISE,
    });
    expect(replay(neckRotation, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
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

// Issue 14's held-out miss: 5 turns each way counted "L5 R0". A camera off to one side of the
// person (the rest reads as a turn towards it) does that on the puppet; the rest is now learnt.
describe('neck rotation: the camera off to one side, mirrored or not', () => {
  it.each([
    [15, 'laptop'],
    [-15, 'laptop'],
    [25, 'laptop'],
    [-25, 'laptop'],
    [25, 'deskMirrored'],
    [-25, 'deskMirrored'],
  ] as const)(
    'facing %i° off a %s camera: 5 turns of 50° each way, in sets and alternating',
    (facing, camera) => {
      const base = mergePose(seatedTall, { facing });
      const left = mergePose(base, { headYaw: 50 });
      const right = mergePose(base, { headYaw: -50 });
      const render = (...parts: Timeline[]) =>
        realDepth(renderFrames(sequence(hold(base, 1000), ...parts), { camera: CAMERAS[camera], noise: NOISE }), {
          seed: 5,
        });
      const sets = render(
        reps(base, { to: left, count: 5, repMs: 4000 }),
        reps(base, { to: right, count: 5, repMs: 4000 }),
      );
      const alternating = render(
        ...Array.from({ length: 5 }, () =>
          sequence(reps(base, { to: left, count: 1, repMs: 4000 }), reps(base, { to: right, count: 1, repMs: 4000 })),
        ),
      );
      for (const frames of [sets, alternating]) {
        const { summary, cueIds } = replay(neckRotation, frames);
        expect(summary.counts).toMatchObject({ left: { reps: 5 }, right: { reps: 5 } });
        expect(cueIds).toEqual([]);
      }
    },
    30_000,
  );
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
