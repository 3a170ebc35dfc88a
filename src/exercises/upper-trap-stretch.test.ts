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
import { upperTrapLeft } from './upper-trap-stretch.presets';
import { upperTrapStretch } from './upper-trap-stretch';

const NOISE = { seed: 29, dropRate: 0.02 };

/** One stretch to the left, with a fault added, timed from sitting tall. */
function stretchLeft(fault: PosePatch = {}, holdMs = 12_000) {
  const timeline = sequence(
    hold(seatedTall, 1000),
    holdPose(seatedTall, { pose: mergePose(upperTrapLeft, fault), holdMs }),
  );
  return renderFrames(timeline, { camera: CAMERAS.desk, noise: NOISE });
}

describe('upper trapezius stretch: counting', () => {
  it('times each side on its own, with jitter and dropped frames, and says nothing', () => {
    const frames = renderFrames(
      sequence(
        hold(seatedTall, 1000),
        alternate(seatedTall, { left: upperTrapLeft, right: toRight(upperTrapLeft), count: 1, holdMs: 12_000 }),
      ),
      { camera: CAMERAS.desk, noise: NOISE },
    );
    const { summary, cueIds } = replay(upperTrapStretch, frames);
    expect(summary.counts).toMatchObject({ holds: 2, left: { holds: 1 }, right: { holds: 1 } });
    expect(cueIds).toEqual([]);
  });

  it('a stretch shorter than 10 s is timed but not counted', () => {
    const { summary } = replay(upperTrapStretch, stretchLeft({}, 6000));
    expect(summary.counts.holds).toBe(0);
    expect(summary.holds.map((held) => held.side)).toEqual(['left']);
  });

  it('times nothing while the person walks in and sits down, or sits still with jitter', () => {
    expect(
      replay(upperTrapStretch, renderFrames(walkIn(seatedTall, { seed: 8 }), { noise: NOISE })).summary.holds,
    ).toEqual([]);
    const still = renderFrames(hold(seatedTall, 15_000), { camera: CAMERAS.desk, noise: { seed: 4, imageSigmaPx: 3 } });
    expect(replay(upperTrapStretch, still).summary.holds).toEqual([]);
  });

  it('turning the head 45° (the levator stretch) is not timed as this stretch', () => {
    const turned = holdPose(seatedTall, { pose: { headYaw: 45, neckFlexion: 30 }, holdMs: 12_000 });
    expect(replay(upperTrapStretch, renderFrames(turned, { noise: NOISE })).summary.holds).toEqual([]);
  });

  it('says to face the camera when side-on', () => {
    const { updates } = replay(upperTrapStretch, renderFrames(hold(mergePose(upperTrapLeft, { facing: 90 }), 3000)));
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('upper trapezius stretch: form checks', () => {
  it.each([
    // The plain neck tilt of the shared clip's size, not helped down: the neck bends 17°.
    ['enough-tilt', { headTilt: 17 }],
    // The stretched (right) shoulder hitched up 25°, about 6 cm.
    ['shoulder-down', { right: { shoulderElevation: 25 } }],
    // Turned 45° as well as tilted (the tilt reads it 7° less from a camera below the face).
    ['tilt-not-turn', { headYaw: 45 }],
  ] as const)('%s fires on its fault, and the hold still counts (as faulty)', (id, fault) => {
    const { summary, cueIds } = replay(upperTrapStretch, stretchLeft(fault));
    expect(cueIds).toContain(id);
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds.find((held) => held.counted)?.faults).toContain(id);
  });

  it('leaning the trunk into the tilt instead of bending the neck asks for more tilt and the shoulder down', () => {
    const leaning = mergePose(neckTiltLeft, { headTilt: 5, torsoRoll: 15 });
    const frames = renderFrames(
      sequence(hold(seatedTall, 1000), holdPose(seatedTall, { pose: leaning, holdMs: 12_000 })),
      {
        camera: CAMERAS.desk,
        noise: NOISE,
      },
    );
    expect(replay(upperTrapStretch, frames).cueIds).toEqual(expect.arrayContaining(['enough-tilt', 'shoulder-down']));
  });
});
