import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  alternate,
  hold,
  lerpPose,
  mergePose,
  renderFrames,
  replay,
  seated,
  sequence,
  walkIn,
  type PosePatch,
  type PuppetPose,
} from '../../tests/support';
import { FEET_CAMERA, rotationKnees, rotationRest } from './trunk-rotation.presets';
import { trunkRotation } from './trunk-rotation';

const NOISE = { seed: 53, dropRate: 0.02 };

/** Knees to the left then the right, `count` times, each held `holdMs`, `fault` on every hold. */
function bothWays(count: number, options: { holdMs?: number; fault?: PosePatch; mirrored?: boolean } = {}) {
  const { holdMs = 10_000, fault = {}, mirrored = false } = options;
  const timeline = alternate(rotationRest, {
    left: mergePose(rotationKnees('left'), fault),
    right: mergePose(rotationKnees('right'), fault),
    count,
    holdMs,
    moveMs: 2000,
    restMs: 800,
  });
  return renderFrames(timeline, { camera: { ...FEET_CAMERA, mirrored }, noise: NOISE });
}

describe('trunk rotation: timing each side', () => {
  it('times a hold on each side, each side separately, and says nothing', () => {
    const { summary, cueIds } = replay(trunkRotation, bothWays(1));
    expect(summary.counts).toMatchObject({ holds: 2, left: { holds: 1 }, right: { holds: 1 } });
    expect(summary.holds.map((held) => held.side)).toEqual(['left', 'right']);
    for (const held of summary.holds) expect(held.heldMs).toBeGreaterThan(9500);
    expect(cueIds).toEqual([]);
  });

  it('tells left from right in the selfie (mirrored) picture too', () => {
    const { summary } = replay(trunkRotation, bothWays(1, { mirrored: true }));
    expect(summary.holds.map((held) => held.side)).toEqual(['left', 'right']);
  });

  it('a hold shorter than 8 s is not counted', () => {
    expect(replay(trunkRotation, bothWays(1, { holdMs: 4000 })).summary.counts.holds).toBe(0);
  });

  it('times nothing while the person gets down and lies back, then each side', () => {
    const frames = renderFrames(
      sequence(walkIn(rotationRest, { seed: 3, camera: FEET_CAMERA }), hold(rotationRest, 1500)),
      { camera: FEET_CAMERA, noise: NOISE },
    );
    const { summary, cueIds } = replay(trunkRotation, frames);
    expect(summary.holds).toEqual([]);
    expect(cueIds).toEqual([]);
  });

  it('knees lowered only a little, between the thresholds, with jitter are never timed', () => {
    const little = mergePose(rotationRest, { left: { hipAbduction: 25 }, right: { hipAbduction: -25 } }); // ≈ 0.83
    const frames = renderFrames(hold(little, 12_000), { camera: FEET_CAMERA, noise: { seed: 6, imageSigmaPx: 3 } });
    expect(replay(trunkRotation, frames).summary.holds).toEqual([]);
  });

  it('sitting facing the camera with the knees dropped to one side is not timed', () => {
    const sitting = mergePose(seated, { left: { hipAbduction: 40 }, right: { hipAbduction: -40 } });
    const frames = renderFrames(hold(sitting, 10_000), { noise: NOISE });
    expect(replay(trunkRotation, frames).summary.holds).toEqual([]);
  });

  it('lying side-on to the camera is the wrong view, and says so', () => {
    const frames = renderFrames(hold(mergePose(rotationRest, { facing: 90 }), 3000), { camera: CAMERAS.floor });
    const { summary, updates } = replay(trunkRotation, frames);
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('trunk rotation: form checks', () => {
  it('knees-together fires when one knee lags behind the other, and the holds still count', () => {
    // Lying still a second first, as a person does once down: the coach learns where the knees
    // rest (before that, a hold must go ~13° further, and this one reads just short of that).
    const frames = renderFrames(
      sequence(
        hold(rotationRest, 1000),
        alternate(rotationRest, {
          left: { left: { hipAbduction: 70 }, right: { hipAbduction: -20 } },
          right: { left: { hipAbduction: -20 }, right: { hipAbduction: 70 } },
          count: 1,
          holdMs: 10_000,
        }),
      ),
      { camera: FEET_CAMERA, noise: NOISE },
    );
    const { summary, cueIds } = replay(trunkRotation, frames);
    expect(cueIds).toEqual(['knees-together']);
    expect(summary.cues[0]?.text).toBe('Keep your knees together');
    expect(summary.counts).toMatchObject({ left: { holds: 1 }, right: { holds: 1 } });
  });

  it('lying turned 12° on the mat either way, each side and a lagging knee are read from where the knees rest', () => {
    // Turned, the raised knees rest ~0.3 hip widths off the hips' middle in the picture, and
    // lowering them the other way reads short: 35° (70 % of the preset's 50°, past the ~32°
    // entry) read 0.95, under the 1.0 entry (the population's person 8, turned 9°, lagging
    // knee: 0.99).
    for (const facing of [168, 192]) {
      const turned = (pose: PuppetPose) => mergePose(pose, { facing });
      const least = (side: 'left' | 'right') => lerpPose(rotationRest, rotationKnees(side), 0.7);
      const lagging = (side: 'left' | 'right') =>
        side === 'left'
          ? { left: { hipAbduction: 70 }, right: { hipAbduction: -20 } }
          : { left: { hipAbduction: -20 }, right: { hipAbduction: 70 } };
      const run = (fault: boolean) =>
        replay(
          trunkRotation,
          renderFrames(
            sequence(
              hold(turned(rotationRest), 1000),
              alternate(turned(rotationRest), {
                left: turned(fault ? mergePose(rotationRest, lagging('left')) : least('left')),
                right: turned(fault ? mergePose(rotationRest, lagging('right')) : least('right')),
                count: 1,
                holdMs: 10_000,
              }),
            ),
            { camera: FEET_CAMERA, noise: NOISE },
          ),
        );
      const clean = run(false);
      const faulty = run(true);
      expect({ facing, clean: clean.summary.counts, cues: clean.cueIds }).toMatchObject({
        facing,
        clean: { left: { holds: 1 }, right: { holds: 1 } },
        cues: [],
      });
      expect({ facing, holds: faulty.summary.holds.map((held) => [held.side, held.faults]) }).toEqual({
        facing,
        holds: [
          ['left', ['knees-together']],
          ['right', ['knees-together']],
        ],
      });
    }
  });

  it('shoulders-down fires when the shoulders turn with the knees, and the holds still count', () => {
    const { summary, cueIds } = replay(trunkRotation, bothWays(1, { fault: { torsoYaw: 25 } }));
    expect(cueIds).toEqual(['shoulders-down']);
    expect(summary.cues[0]?.text).toBe('Keep both shoulders on the floor');
    expect(summary.counts).toMatchObject({ left: { holds: 1 }, right: { holds: 1 } });
  });
});
