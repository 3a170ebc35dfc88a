import { describe, expect, it } from 'vitest';
import {
  hold,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  reps,
  rowStart,
  rowTop,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { flyHang, flyTop } from './reverse-fly.presets';
import { reverseFly } from './reverse-fly';

const NOISE = { seed: 37, dropRate: 0.02 };

/** A set of flies with a fault added to every pose (`fault`) or to the top only (`atTop`). */
function set(count: number, options: { fault?: PosePatch; atTop?: PosePatch } = {}) {
  const { fault = {}, atTop = {} } = options;
  const start = mergePose(flyHang, fault);
  const top = mergePose(flyTop, fault, atTop);
  return renderFrames(reps(start, { to: top, count, repMs: 2500 }), { noise: NOISE });
}

describe('reverse fly: counting', () => {
  it.each([1, 10])('counts %i clean reps exactly, with jitter and dropped frames, and says nothing', (count) => {
    const { summary, cueIds } = replay(reverseFly, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same with the left side toward the camera', () => {
    const frames = renderFrames(reps(mirrorPose(flyHang), { to: mirrorPose(flyTop), count: 5 }), { noise: NOISE });
    expect(replay(reverseFly, frames).summary.counts.reps).toBe(5);
  });

  it('counts nothing while the person walks in and hinges, then every rep', () => {
    const frames = renderFrames(sequence(walkIn(flyHang, { seed: 7 }), reps(flyHang, { to: flyTop, count: 6 })), {
      noise: NOISE,
    });
    expect(replay(reverseFly, frames).summary.counts).toMatchObject({ reps: 6, cleanReps: 6 });
  });

  it('a row (the elbow bending, the hand to the hip) is not a fly', () => {
    const frames = renderFrames(reps(rowStart, { to: rowTop, count: 5, repMs: 2500 }), { noise: NOISE });
    expect(replay(reverseFly, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('a lift half-way out is a partial rep, not a rep', () => {
    const half = { both: { shoulderAbduction: 56, shoulderProtraction: -6 } }; // ≈ 0.72
    const frames = renderFrames(reps(flyHang, { to: half, count: 3 }), { noise: NOISE });
    expect(replay(reverseFly, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 3 });
  });

  it('arms held between the thresholds with jitter never count', () => {
    const middle = mergePose(flyHang, { both: { shoulderAbduction: 55 } }); // ≈ 0.75
    const frames = renderFrames(hold(middle, 15_000), { noise: { seed: 5, imageSigmaPx: 3 } });
    expect(replay(reverseFly, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('does not count facing the camera, and says to turn side-on', () => {
    const facing = renderFrames(
      reps(mergePose(flyHang, { facing: 0 }), { to: mergePose(flyTop, { facing: 0 }), count: 3 }),
    );
    const { summary, updates } = replay(reverseFly, facing);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('reverse fly: form checks', () => {
  it.each([
    ['hinge-45', { torsoPitch: 15 }, 'Hinge forward a bit more, to about 45°'],
    ['hinge-45', { torsoPitch: 80 }, 'Lift your chest a little, to about 45°'],
    ['neck-neutral', { neckFlexion: 35 }, 'Lift your head in line with your back'],
    ['neck-neutral', { neckFlexion: -35 }, 'Lower your gaze: eyes to the floor just ahead'],
  ] as const)('%s fires on %j with “%s”, and the reps still count, as faulty', (id, fault, text) => {
    const { summary } = replay(reverseFly, set(5, { fault }));
    expect(summary.cues.map((cue) => cue.id)).toContain(id);
    expect(summary.cues.find((cue) => cue.id === id)?.text).toBe(text);
    expect(summary.counts.reps).toBe(5);
    expect(summary.counts.faultyReps).toBeGreaterThan(0);
  });

  it('shoulder-height fires when the arms stop short of shoulder height', () => {
    const short = { both: { shoulderAbduction: 66 } };
    const { summary, cueIds } = replay(reverseFly, set(4, { atTop: short }));
    expect(cueIds).toEqual(['shoulder-height']);
    expect(summary.cues[0]?.text).toBe('Lift your arms out to shoulder height');
    expect(summary.counts).toMatchObject({ reps: 4, faultyReps: 4 });
  });
});
