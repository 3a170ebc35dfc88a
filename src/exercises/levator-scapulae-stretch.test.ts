import { describe, expect, it } from 'vitest';
import {
  alternate,
  CAMERAS,
  type CameraSpec,
  hold,
  holdPose,
  mergePose,
  renderFrames,
  replay,
  sequence,
  walkIn,
  type PosePatch,
  type PuppetPose,
} from '../../tests/support';
import { levatorLeft } from './levator-scapulae-stretch.presets';
import { neckTiltLeft } from './neck-tilts.presets';
import { seatedTall, toRight } from '../../tests/support/index';
import { levatorScapulaeStretch } from './levator-scapulae-stretch';

const NOISE = { seed: 37, dropRate: 0.02 };

function stretchLeft(fault: PosePatch = {}, camera: CameraSpec = CAMERAS.desk) {
  const timeline = sequence(
    hold(seatedTall, 1000),
    holdPose(seatedTall, { pose: mergePose(levatorLeft, fault), holdMs: 12_000 }),
  );
  return renderFrames(timeline, { camera, noise: NOISE });
}

describe('levator scapulae stretch: counting', () => {
  it('times each side on its own, with jitter and dropped frames, and says nothing', () => {
    const frames = renderFrames(
      sequence(
        hold(seatedTall, 1000),
        alternate(seatedTall, { left: levatorLeft, right: toRight(levatorLeft), count: 1, holdMs: 12_000 }),
      ),
      { camera: CAMERAS.desk, noise: NOISE },
    );
    const { summary, cueIds } = replay(levatorScapulaeStretch, frames);
    expect(summary.counts).toMatchObject({ holds: 2, left: { holds: 1 }, right: { holds: 1 } });
    expect(cueIds).toEqual([]);
  });

  it('counts the same from a laptop across the room and from a mirrored webcam', () => {
    for (const camera of [CAMERAS.laptop, CAMERAS.deskMirrored]) {
      const { summary, cueIds } = replay(levatorScapulaeStretch, stretchLeft({}, camera));
      expect(summary.counts).toMatchObject({ left: { holds: 1 }, right: { holds: 0 } });
      expect(cueIds).toEqual([]);
    }
  });

  it('times nothing while the person walks in and sits down, or tilts the head to the side', () => {
    // Walking in at an angle turns the head from the camera 25–36°: the clock may tick for the
    // half second the coach sees it settled, but nothing comes near a hold.
    const walking = replay(levatorScapulaeStretch, renderFrames(walkIn(seatedTall, { seed: 9 }), { noise: NOISE }));
    expect(walking.summary.counts.holds).toBe(0);
    expect(walking.summary.holds.filter((held) => held.heldMs > 1000)).toEqual([]);
    const tilt = sequence(hold(seatedTall, 1000), holdPose(seatedTall, { pose: neckTiltLeft, holdMs: 12_000 }));
    expect(
      replay(levatorScapulaeStretch, renderFrames(tilt, { camera: CAMERAS.desk, noise: NOISE })).summary.holds,
    ).toEqual([]);
  });

  it('a head held turned between the thresholds never counts', () => {
    // Turned 16°, which the desk camera reads as 18–23° (the nearer nose is magnified ~10%, and
    // jitter): between the 18° exit and the 25° entry.
    const frames = renderFrames(hold(mergePose(seatedTall, { headYaw: 16 }), 15_000), {
      camera: CAMERAS.desk,
      noise: { seed: 6 },
    });
    expect(replay(levatorScapulaeStretch, frames).summary.holds).toEqual([]);
  });

  it('says to face the camera when side-on', () => {
    const { updates } = replay(levatorScapulaeStretch, renderFrames(hold(mergePose(seatedTall, { facing: 90 }), 3000)));
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('levator scapulae stretch: form checks', () => {
  it.each([
    // Turned only 28°.
    ['turn-45', { headYaw: 28 }],
    // Turned, but looking straight ahead rather than down.
    ['chin-down', { neckFlexion: 0 }],
  ] as const)('%s fires on its fault, and the hold still counts (as faulty)', (id, fault) => {
    const { summary, cueIds } = replay(levatorScapulaeStretch, stretchLeft(fault));
    expect(cueIds).toEqual([id]);
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds.find((held) => held.counted)?.faults).toEqual([id]);
  });

  it('judges the turn from where the head rests: seated 10° off square, 45° either way is enough and 28° is not', () => {
    // Against the camera's axis, a 45° turn away from a camera 10° off to the side reads ~35°
    // (the population's person seated 7° off square was cued on a clean stretch).
    const facingBy = (facing: number) => (pose: PuppetPose) => mergePose(pose, { facing: pose.facing + facing });
    for (const facing of [10, -10]) {
      const turned = facingBy(facing);
      const both = (left: PuppetPose, right: PuppetPose) =>
        renderFrames(
          sequence(
            hold(turned(seatedTall), 1000),
            alternate(turned(seatedTall), { left: turned(left), right: turned(right), count: 1, holdMs: 12_000 }),
          ),
          { camera: CAMERAS.desk, noise: NOISE },
        );
      const clean = replay(levatorScapulaeStretch, both(levatorLeft, toRight(levatorLeft)));
      expect({ facing, counts: clean.summary.counts, cues: clean.cueIds }).toMatchObject({
        facing,
        counts: { left: { holds: 1 }, right: { holds: 1 } },
        cues: [],
      });
      const short = mergePose(levatorLeft, { headYaw: 28 });
      const faulty = replay(levatorScapulaeStretch, both(short, toRight(short))).summary.holds;
      expect({ facing, faults: faulty.map((held) => [held.side, held.faults]) }).toEqual({
        facing,
        faults: [
          ['left', ['turn-45']],
          ['right', ['turn-45']],
        ],
      });
    }
  });
});
