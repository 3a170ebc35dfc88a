import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  hold,
  holdPose,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  seated,
  sequence,
  standing,
  supermanRest,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { puppyPose } from './childs-pose.presets';
import { upperBackStretch as stretchPose } from './upper-back-stretch.presets';
import { upperBackStretch } from './upper-back-stretch';

const NOISE = { seed: 47, dropRate: 0.02 };
const start = mergePose(standing, { facing: 90 });

const stretch = (holdMs: number, fault: PosePatch = {}) =>
  renderFrames(holdPose(start, { pose: mergePose(stretchPose, fault), holdMs }), { noise: NOISE });

describe('upper-back stretch: timing the hold', () => {
  it('times a 15 s hold as one hold, and says nothing', () => {
    const { summary, cueIds } = replay(upperBackStretch, stretch(15_000));
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.heldMs).toBeGreaterThan(14_000);
    expect(cueIds).toEqual([]);
  });

  it('a hold shorter than 10 s is not counted', () => {
    expect(replay(upperBackStretch, stretch(6000)).summary.counts.holds).toBe(0);
  });

  it('times the same facing the other way, and sitting', () => {
    const mirrored = renderFrames(holdPose(mirrorPose(start), { pose: mirrorPose(stretchPose), holdMs: 12_000 }), {
      noise: NOISE,
    });
    expect(replay(upperBackStretch, mirrored).summary.counts.holds).toBe(1);
    const sitting = mergePose(seated, { facing: 90 });
    const seatedStretch = mergePose(stretchPose, { posture: 'seated', both: { hipFlexion: 85, kneeFlexion: 85 } });
    const frames = renderFrames(holdPose(sitting, { pose: seatedStretch, holdMs: 12_000 }), { noise: NOISE });
    const { summary, cueIds } = replay(upperBackStretch, frames);
    expect(summary.counts.holds).toBe(1);
    expect(cueIds).toEqual([]);
  });

  it('times nothing while the person walks in and settles', () => {
    const frames = renderFrames(sequence(walkIn(start, { seed: 4 }), hold(start, 4000)), { noise: NOISE });
    const { summary, cueIds } = replay(upperBackStretch, frames);
    expect(summary.holds).toEqual([]);
    expect(cueIds).toEqual([]);
  });

  it('arms reaching forward lying face down, or in a puppy-pose stretch, are not timed', () => {
    for (const pose of [supermanRest, puppyPose]) {
      const frames = renderFrames(hold(pose, 12_000), { camera: CAMERAS.floor, noise: NOISE });
      expect(replay(upperBackStretch, frames).summary.holds).toEqual([]);
    }
  });

  it('arms held between the thresholds with jitter are never timed', () => {
    const between = mergePose(stretchPose, { both: { shoulderFlexion: 83 } }); // ≈ 36° off level
    const frames = renderFrames(hold(between, 12_000), { noise: { seed: 3, imageSigmaPx: 3 } });
    expect(replay(upperBackStretch, frames).summary.holds).toEqual([]);
  });

  it('says to turn side-on when facing the camera', () => {
    const frames = renderFrames(hold(mergePose(stretchPose, { facing: 0 }), 3000));
    const { summary, updates } = replay(upperBackStretch, frames);
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('upper-back stretch: form checks', () => {
  it.each([
    ['arms-straight', { both: { shoulderFlexion: 94 } }],
    ['round-upper-back', { spineFlexion: 0, neckFlexion: 0, both: { shoulderFlexion: 90, shoulderProtraction: 0 } }],
  ] as const)('%s fires on %j, and the hold still counts', (id, fault) => {
    const { summary, cueIds } = replay(upperBackStretch, stretch(12_000, fault));
    expect(cueIds).toEqual([id]);
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.faults).toEqual([id]);
  });

  it('the cues say what to do', () => {
    const cues = upperBackStretch.checks.map((check) => (check.on === 'band' ? check.low : check.cue));
    expect(cues).toEqual([
      'Arms long, hands at shoulder height',
      'Round your upper back: chin in, push your hands away',
    ]);
  });
});
