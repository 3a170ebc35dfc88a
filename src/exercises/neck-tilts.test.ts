import { describe, expect, it } from 'vitest';
import {
  alternate,
  CAMERAS,
  hold,
  holdPose,
  mergePose,
  renderFrames,
  replay,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { neckTiltLeft } from './neck-tilts.presets';
import { seatedTall, toRight } from '../../tests/support/index';
import { neckTilts } from './neck-tilts';

const NOISE = { seed: 17, dropRate: 0.02 };

/** Left and right tilts, each held `holdMs`, with a fault added to both. */
function tilts(count: number, fault: PosePatch = {}, holdMs = 6000) {
  const left = mergePose(neckTiltLeft, fault);
  const right = mergePose(toRight(neckTiltLeft), fault);
  return renderFrames(sequence(hold(seatedTall, 1000), alternate(seatedTall, { left, right, count, holdMs })), {
    camera: CAMERAS.desk,
    noise: NOISE,
  });
}

describe('neck tilts: counting', () => {
  it('times each side on its own, with jitter and dropped frames, and says nothing', () => {
    const { summary, cueIds } = replay(neckTilts, tilts(2));
    expect(summary.counts).toMatchObject({ holds: 4, left: { holds: 2 }, right: { holds: 2 } });
    for (const held of summary.holds) expect(held.heldMs).toBeGreaterThan(5500);
    expect(cueIds).toEqual([]);
  });

  it('a tilt held too briefly is not a hold', () => {
    expect(replay(neckTilts, tilts(1, {}, 2000)).summary.counts.holds).toBe(0);
  });

  it('reads the same from a laptop across the room and from a mirrored webcam', () => {
    for (const camera of [CAMERAS.laptop, CAMERAS.deskMirrored]) {
      const frames = renderFrames(
        alternate(seatedTall, { left: neckTiltLeft, right: toRight(neckTiltLeft), count: 1, holdMs: 6000 }),
        {
          camera,
          noise: NOISE,
        },
      );
      expect(replay(neckTilts, frames).summary.counts).toMatchObject({ left: { holds: 1 }, right: { holds: 1 } });
    }
  });

  it('times nothing while the person walks in and sits down, nor a small tilt held with jitter', () => {
    const frames = renderFrames(walkIn(seatedTall, { seed: 6 }), { noise: NOISE });
    expect(replay(neckTilts, frames).summary.holds).toEqual([]);
    // Between the 7° exit and the 13° entry, with the puppet's detector jitter at a desk.
    const small = mergePose(seatedTall, { headTilt: 10 });
    const jitter = renderFrames(hold(small, 15_000), { camera: CAMERAS.desk, noise: { seed: 3 } });
    expect(replay(neckTilts, jitter).summary.holds).toEqual([]);
  });

  it('turning the head without tilting it is not timed', () => {
    const turned = holdPose(seatedTall, { pose: { headYaw: 45 }, holdMs: 8000 });
    expect(replay(neckTilts, renderFrames(turned, { noise: NOISE })).summary.holds).toEqual([]);
  });

  it('says to face the camera when side-on', () => {
    const side = renderFrames(hold(mergePose(neckTiltLeft, { facing: 90 }), 4000));
    const { summary, updates } = replay(neckTilts, side);
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('neck tilts: form checks', () => {
  it('tilt-head-not-shoulders fires when the trunk leans into the tilt; the holds still count', () => {
    // Head in line with the trunk, the trunk bent 18° to the side: the ears tilt, the neck does not.
    const lean: PosePatch = { headTilt: 0, torsoRoll: 18 };
    const frames = renderFrames(
      sequence(hold(seatedTall, 1000), holdPose(seatedTall, { pose: mergePose(neckTiltLeft, lean), holdMs: 6000 })),
      { camera: CAMERAS.desk, noise: NOISE },
    );
    const { summary, cueIds } = replay(neckTilts, frames);
    expect(cueIds).toEqual(['tilt-head-not-shoulders']);
    expect(summary.holds.filter((held) => held.counted).map((held) => held.faults)).toEqual([
      ['tilt-head-not-shoulders'],
    ]);
  });

  it.each([['both shoulders shrugged', { both: { shoulderElevation: 20 } }]] as const)(
    'no-shrug fires with %s',
    (_, fault) => {
      const { summary, cueIds } = replay(neckTilts, tilts(1, fault));
      expect(cueIds).toEqual(['no-shrug']);
      expect(summary.counts.holds).toBe(2);
    },
  );

  it('no-shrug fires when the shoulder rises to meet the ear', () => {
    const hitched = mergePose(neckTiltLeft, { left: { shoulderElevation: 20 } });
    const frames = renderFrames(
      sequence(hold(seatedTall, 1000), holdPose(seatedTall, { pose: hitched, holdMs: 6000 })),
      {
        camera: CAMERAS.desk,
        noise: NOISE,
      },
    );
    expect(replay(neckTilts, frames).cueIds).toEqual(['no-shrug']);
  });
});
