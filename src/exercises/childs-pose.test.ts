import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  allFours,
  hold,
  holdPose,
  kneeling,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { childsPose as childsPosePreset, puppyPose } from './childs-pose.presets';
import { childsPose } from './childs-pose';

const NOISE = { seed: 41, dropRate: 0.02 };
const CAMERA = CAMERAS.floor;
/** On all fours, side-on: where the person starts and ends. */
const start = mergePose(allFours, { facing: 90 });

function stretch(holdMs: number, pose: PosePatch = childsPosePreset, seed = NOISE.seed) {
  return renderFrames(holdPose(start, { pose, holdMs, moveMs: 2500 }), {
    camera: CAMERA,
    noise: { ...NOISE, seed },
  });
}

describe("child's pose: timing the hold", () => {
  it('times a 20 s hold as one hold of about 20 s, and says nothing', () => {
    const { summary, cueIds } = replay(childsPose, stretch(20_000));
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.heldMs).toBeGreaterThan(19_000);
    expect(summary.holds[0]?.heldMs).toBeLessThan(23_000);
    expect(cueIds).toEqual([]);
  });

  it('a hold shorter than 15 s is timed but not counted', () => {
    const { summary } = replay(childsPose, stretch(9000));
    expect(summary.counts.holds).toBe(0);
    expect(summary.holds).toHaveLength(1);
  });

  it('times the same facing the other way', () => {
    const frames = renderFrames(holdPose(mirrorPose(start), { pose: mirrorPose(childsPosePreset), holdMs: 18_000 }), {
      camera: CAMERA,
      noise: NOISE,
    });
    expect(replay(childsPose, frames).summary.counts.holds).toBe(1);
  });

  it('times nothing while the person walks in, kneels and gets onto all fours', () => {
    const frames = renderFrames(sequence(walkIn(start, { seed: 6, camera: CAMERA }), hold(start, 5000)), {
      camera: CAMERA,
      noise: NOISE,
    });
    const { summary, cueIds } = replay(childsPose, frames);
    expect(summary.holds).toEqual([]);
    expect(cueIds).toEqual([]);
  });

  it('kneeling upright or on all fours with jitter is never a hold', () => {
    for (const pose of [start, mergePose(kneeling, { facing: 90 })]) {
      const frames = renderFrames(hold(pose, 15_000), { camera: CAMERA, noise: { seed: 3, imageSigmaPx: 3 } });
      expect(replay(childsPose, frames).summary.holds).toEqual([]);
    }
  });

  it('says to turn side-on when facing the camera', () => {
    const facing = renderFrames(holdPose(mergePose(start, { facing: 0 }), { pose: { facing: 0 }, holdMs: 3000 }), {
      camera: CAMERA,
    });
    const { summary, updates } = replay(childsPose, facing);
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe("child's pose: form checks", () => {
  it('puppy pose (the shared clip childs-pose-puppy) is timed, and told to sit the hips back', () => {
    const { summary, cueIds } = replay(childsPose, stretch(16_000, puppyPose));
    expect(summary.counts.holds).toBe(1);
    expect(cueIds).toEqual(['hips-on-heels']);
    expect(summary.cues[0]?.text).toBe('Sit your hips back toward your heels');
    expect(summary.holds[0]?.faults).toEqual(['hips-on-heels']);
  });

  it('arms-extended fires with the arms back along the body, and the hold still counts', () => {
    const armsBack = mergePose(childsPosePreset, { both: { shoulderFlexion: 10, elbowFlexion: 10 } });
    const { summary, cueIds } = replay(childsPose, stretch(16_000, armsBack));
    expect(summary.counts.holds).toBe(1);
    expect(cueIds).toEqual(['arms-extended']);
    expect(summary.cues[0]?.text).toBe('Reach your arms forward along the floor');
  });
});
