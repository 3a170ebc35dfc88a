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
  type PosePatch,
} from '../../tests/support';
import { doorwayStretch } from './doorway-pec-stretch.presets';
import { doorwayPecStretch } from './doorway-pec-stretch';

const NOISE = { seed: 43, dropRate: 0.02 };

/** Holds of the stretch (with a fault patched in), each from standing and back; 15 fps keeps it quick. */
function holds(count: number, holdMs: number, fault: PosePatch = {}, base = standing) {
  const pose = mergePose(doorwayStretch, fault);
  return renderFrames(
    sequence(hold(base, 1000), ...Array.from({ length: count }, () => holdPose(base, { pose, holdMs }))),
    { fps: 15, noise: NOISE },
  );
}

describe('doorway chest stretch: holds', () => {
  it('times 3 holds of 11 s, counts them, and says nothing', () => {
    const { summary, cueIds } = replay(doorwayPecStretch, holds(3, 11_000));
    expect(summary.counts.holds).toBe(3);
    for (const held of summary.holds) expect(held.heldMs).toBeGreaterThan(10_000);
    expect(cueIds).toEqual([]);
  });

  it('does not count a hold shorter than 10 s', () => {
    const { summary } = replay(doorwayPecStretch, holds(1, 7000));
    expect(summary.counts.holds).toBe(0);
    expect(summary.holds).toHaveLength(1);
  });

  it('times the hold from behind too (the frame hides the forearms from in front)', () => {
    const behind = mergePose(standing, { facing: 180 });
    const frames = renderFrames(
      sequence(hold(behind, 1000), holdPose(behind, { pose: { ...doorwayStretch, facing: 180 }, holdMs: 11_000 })),
      { noise: NOISE },
    );
    expect(replay(doorwayPecStretch, frames).summary.counts.holds).toBe(1);
  });

  it('stops the clock when the arms come down: two halves of a hold are not a hold', () => {
    const frames = renderFrames(
      sequence(
        hold(standing, 1000),
        holdPose(standing, { pose: doorwayStretch, holdMs: 6000 }),
        holdPose(standing, { pose: doorwayStretch, holdMs: 6000 }),
      ),
      { fps: 15, noise: NOISE },
    );
    const { summary } = replay(doorwayPecStretch, frames);
    expect(summary.counts.holds).toBe(0);
    expect(summary.holds).toHaveLength(2);
  });

  it('arms held between the thresholds with jitter never start the clock', () => {
    const between = mergePose(doorwayStretch, { both: { shoulderAbduction: 48 } });
    const frames = renderFrames(hold(between, 15_000), { fps: 15, noise: { seed: 5, imageSigmaPx: 3 } });
    expect(replay(doorwayPecStretch, frames).summary.holds).toEqual([]);
  });

  it('times nothing while the person walks in', () => {
    expect(
      replay(doorwayPecStretch, renderFrames(walkIn(standing, { seed: 6 }), { noise: NOISE })).summary.holds,
    ).toEqual([]);
  });

  it('arms held out long, or bending and straightening, are not the stretch', () => {
    const long = mergePose(doorwayStretch, { both: { elbowFlexion: 5, shoulderRotation: 0 } });
    const frames = renderFrames(sequence(hold(standing, 1000), holdPose(standing, { pose: long, holdMs: 12_000 })), {
      noise: NOISE,
    });
    expect(replay(doorwayPecStretch, frames).summary.holds).toEqual([]);
  });

  it('says to face the camera (or turn your back to it) when side-on', () => {
    const { updates, summary } = replay(
      doorwayPecStretch,
      renderFrames(hold(mergePose(doorwayStretch, { facing: 90 }), 3000)),
    );
    expect(summary.holds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('doorway chest stretch: form checks', () => {
  it.each([
    ['elbows-90', { both: { elbowFlexion: 55 } }, 'Bend your elbows to 90°, forearms up the frame'],
    ['elbows-shoulder-height', { both: { shoulderAbduction: 60 } }, 'Raise your elbows to shoulder height'],
  ] as const)('%s fires on %j with “%s” while the hold is timed', (id, fault, text) => {
    const { summary, cueIds } = replay(doorwayPecStretch, holds(1, 11_000, fault));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.holds[0]?.faults).toEqual([id]);
    expect(summary.counts.holds).toBe(1);
  });
});
