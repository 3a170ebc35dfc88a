import { describe, expect, it } from 'vitest';
import {
  hold,
  holdPose,
  mergePose,
  renderFrames,
  replay,
  sequence,
  standing,
  walkIn,
  type PuppetPose,
} from '../../tests/support';
import { butterflyHug } from './butterfly.presets';
import { butterfly } from './butterfly';

const NOISE = { seed: 47, dropRate: 0.02 };

function holds(count: number, holdMs: number, pose: PuppetPose = butterflyHug) {
  return renderFrames(
    sequence(hold(standing, 1000), ...Array.from({ length: count }, () => holdPose(standing, { pose, holdMs }))),
    { fps: 15, noise: NOISE },
  );
}

/** Arms crossed and reaching forward at chest height: hands well away from the shoulders. */
const handsOff = mergePose(standing, {
  both: { shoulderFlexion: 90, shoulderHorizontalAdduction: 50, elbowFlexion: 60, forearmPronation: 60 },
});
/** Hands on the shoulders but the elbows let out wide. */
const elbowsWide = mergePose(standing, {
  both: {
    shoulderFlexion: 20,
    shoulderAbduction: 60,
    shoulderHorizontalAdduction: 90,
    elbowFlexion: 90,
    forearmPronation: 60,
  },
});
/** One arm pulled across the chest by the other hand (the clip hans_shoulder_stretch). */
const crossBody = mergePose(standing, {
  right: { shoulderFlexion: 90, shoulderHorizontalAdduction: 100, elbowFlexion: 5 },
  left: { shoulderFlexion: 45, shoulderHorizontalAdduction: 40, elbowFlexion: 100 },
});

describe('butterfly: holds', () => {
  it('times 3 holds of 11 s, counts them, and says nothing', () => {
    const { summary, cueIds } = replay(butterfly, holds(3, 11_000));
    expect(summary.counts.holds).toBe(3);
    expect(cueIds).toEqual([]);
  });

  it('does not count a hold shorter than 10 s', () => {
    expect(replay(butterfly, holds(1, 7000)).summary.counts.holds).toBe(0);
  });

  it('times nothing while the person walks in, or pulls one arm across the chest', () => {
    expect(replay(butterfly, renderFrames(walkIn(standing, { seed: 6 }), { noise: NOISE })).summary.holds).toEqual([]);
    expect(replay(butterfly, holds(1, 12_000, crossBody)).summary.holds).toEqual([]);
  });

  it('arms barely crossed (between the thresholds) with jitter never start the clock', () => {
    const barely = mergePose(standing, {
      both: {
        shoulderFlexion: 45,
        shoulderAbduction: 20,
        shoulderHorizontalAdduction: 50,
        elbowFlexion: 90,
        forearmPronation: 60,
      },
    });
    const frames = renderFrames(hold(barely, 15_000), { fps: 15, noise: { seed: 5, imageSigmaPx: 3 } });
    expect(replay(butterfly, frames).summary.holds).toEqual([]);
  });

  it('says to face the camera when side-on', () => {
    const { updates, summary } = replay(butterfly, renderFrames(hold(mergePose(butterflyHug, { facing: 90 }), 3000)));
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('butterfly: form checks', () => {
  it.each([
    ['hands-on-shoulders', handsOff, 'Hands on the opposite shoulders'],
    ['elbows-together', elbowsWide, 'Draw your elbows together in front'],
  ] as const)('%s fires with “%s” while the hold is timed', (id, pose, text) => {
    const { summary, cueIds } = replay(butterfly, holds(1, 11_000, pose));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.holds[0]?.faults).toEqual([id]);
    expect(summary.counts.holds).toBe(1);
  });
});
