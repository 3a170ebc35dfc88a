import { describe, expect, it } from 'vitest';
import {
  hold,
  holdPose,
  keyframes,
  mergePose,
  renderFrames,
  replay,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { kneeGrab, standingSoftKnees } from './knee-grab-back-stretch.presets';
import { kneeGrabBackStretch } from './knee-grab-back-stretch';

const NOISE = { seed: 43, dropRate: 0.02 };

/** Standing, then folding into the stretch (with a fault) and holding it. */
function stretch(fault: PosePatch = {}, holdMs = 15_000) {
  const pose = mergePose(kneeGrab, fault);
  return renderFrames(
    sequence(hold(standingSoftKnees, 1000), holdPose(standingSoftKnees, { pose, holdMs, moveMs: 2000 })),
    {
      noise: NOISE,
    },
  );
}

describe('between-the-shoulder-blades stretch: counting', () => {
  it('times the hold, with jitter and dropped frames, and says nothing', () => {
    const { summary, cueIds } = replay(kneeGrabBackStretch, stretch());
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.heldMs).toBeGreaterThan(15_000);
    expect(cueIds).toEqual([]);
  });

  it('letting go of the knees and rolling up slowly, as the card says, is not told to hold the knees', () => {
    // The hands let go in the deep fold, hang there a second, and the trunk rolls up over 5 s.
    const letGo = mergePose(kneeGrab, {
      both: { shoulderFlexion: 75, shoulderHorizontalAdduction: 0, shoulderAbduction: 5 },
    });
    const frames = renderFrames(
      keyframes(standingSoftKnees, [
        { tMs: 0, pose: {} },
        { tMs: 1000, pose: {} },
        { tMs: 3000, pose: kneeGrab },
        { tMs: 15_000, pose: kneeGrab },
        { tMs: 15_600, pose: letGo },
        { tMs: 16_600, pose: letGo },
        { tMs: 21_600, pose: {} },
        { tMs: 22_600, pose: {} },
      ]),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(kneeGrabBackStretch, frames);
    expect(summary.counts.holds).toBe(1);
    expect(cueIds).toEqual([]);
  });

  it('a stretch let go before 10 s is timed but not counted', () => {
    const { summary } = replay(kneeGrabBackStretch, stretch({}, 6000));
    expect(summary.counts.holds).toBe(0);
    expect(summary.holds).toHaveLength(1);
  });

  it('times nothing while the person walks in, or stands with jitter', () => {
    expect(
      replay(kneeGrabBackStretch, renderFrames(walkIn(standingSoftKnees, { seed: 3 }), { noise: NOISE })).summary.holds,
    ).toEqual([]);
    const still = renderFrames(hold(standingSoftKnees, 15_000), { noise: { seed: 5, worldSigmaCm: 2 } });
    expect(replay(kneeGrabBackStretch, still).summary.holds).toEqual([]);
  });

  it('a half fold held with jitter is not timed', () => {
    // Folded 35° (reads 40° with the camera's 5° tilt): between the 35° exit and the 45° entry.
    const half = mergePose(standingSoftKnees, { torsoPitch: 35 });
    expect(replay(kneeGrabBackStretch, renderFrames(hold(half, 15_000), { noise: NOISE })).summary.holds).toEqual([]);
  });

  it('says to face the camera when side-on', () => {
    const { updates } = replay(kneeGrabBackStretch, renderFrames(hold(mergePose(kneeGrab, { facing: 90 }), 3000)));
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('between-the-shoulder-blades stretch: form checks', () => {
  it.each([
    // Arms hanging straight down between the knees instead of holding them.
    ['hands-at-knees', { both: { shoulderFlexion: 75, shoulderHorizontalAdduction: 0, shoulderAbduction: 5 } }],
    // Legs straight, folding from the hips alone.
    ['knees-soft', { both: { hipFlexion: 0, kneeFlexion: 0, ankleFlexion: 0 } }],
  ] as const)('%s fires on its fault, and the hold still counts (as faulty)', (id, fault) => {
    const { summary, cueIds } = replay(kneeGrabBackStretch, stretch(fault));
    expect(cueIds).toEqual([id]);
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.faults).toEqual([id]);
  });
});
