import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  faceSeenFromBehind,
  hold,
  mergePose,
  renderFrames,
  replay,
  seated,
  sequence,
  shoulderRolls,
  standing,
  walkIn,
  type PuppetPose,
} from '../../tests/support';
import { fingertipsOnShoulders, rollsWithHead } from './shoulder-roll.presets';
import { shoulderRoll } from './shoulder-roll';

const NOISE = { seed: 11, dropRate: 0.02 };

function rolls(
  count: number,
  direction: 'backward' | 'forward',
  options: { base?: PuppetPose; seed?: number; periodMs?: number } = {},
) {
  const base = options.base ?? standing;
  return renderFrames(
    sequence(hold(base, 1000), shoulderRolls(base, { count, direction, periodMs: options.periodMs ?? 3000 })),
    { noise: { ...NOISE, seed: options.seed ?? NOISE.seed } },
  );
}

describe('shoulder roll: counting', () => {
  it.each([
    [5, 'backward'],
    [5, 'forward'],
    [10, 'backward'],
  ] as const)('counts %i clean circles %s, tells the direction, and says nothing', (count, direction) => {
    const { summary, cueIds } = replay(shoulderRoll, rolls(count, direction));
    expect(summary.counts.cycles).toBe(count);
    expect(
      summary.cycles.every(
        (cycle) => cycle.direction === (direction === 'backward' ? 'counter-clockwise' : 'clockwise'),
      ),
    ).toBe(true);
    expect(shoulderRoll.counting.kind === 'cycles' && shoulderRoll.counting.directions).toEqual({
      'counter-clockwise': 'backward',
      clockwise: 'forward',
    });
    expect(cueIds).toEqual([]);
  });

  it('may miss part of the first circle from rest, never more, whatever the jitter and pace', () => {
    // A roll starts at rest at the bottom of its own circle, where the counter's centre starts
    // too (see the engine note in the report): the first circle can fall short of a full turn.
    for (const [seed, periodMs] of [
      [12, 3000],
      [13, 2000],
      [14, 5000],
    ] as const) {
      const { summary } = replay(shoulderRoll, rolls(6, 'backward', { seed, periodMs }));
      expect(summary.counts.cycles).toBeGreaterThanOrEqual(5);
      expect(summary.counts.cycles).toBeLessThanOrEqual(6);
      expect(summary.cycles.every((cycle) => cycle.direction === 'counter-clockwise')).toBe(true);
    }
  });

  it('counts seated at a desk, head and shoulders only in the picture', () => {
    const frames = renderFrames(
      sequence(hold(seated, 1000), shoulderRolls(seated, { count: 5, direction: 'backward', periodMs: 3000 })),
      {
        noise: NOISE,
        camera: CAMERAS.desk,
      },
    );
    expect(replay(shoulderRoll, frames).summary.counts.cycles).toBe(5);
  });

  it('counts with the fingertips on the shoulders, and does not call the arms tense', () => {
    const { summary, cueIds } = replay(shoulderRoll, rolls(5, 'forward', { base: fingertipsOnShoulders }));
    expect(summary.counts.cycles).toBe(5);
    expect(cueIds).toEqual([]);
  });

  it('counts nothing while the person walks in, then every circle', () => {
    const walking = renderFrames(walkIn(standing, { seed: 5 }), { noise: NOISE });
    expect(replay(shoulderRoll, walking).summary.counts.cycles).toBe(0);
    const frames = renderFrames(
      sequence(
        walkIn(standing, { seed: 5 }),
        hold(standing, 1000),
        shoulderRolls(standing, { count: 5, direction: 'backward', periodMs: 3000 }),
      ),
      { noise: NOISE },
    );
    expect(replay(shoulderRoll, frames).summary.counts.cycles).toBe(5);
  });

  it('standing still with jitter never counts', () => {
    const frames = renderFrames(hold(standing, 30_000), { noise: { seed: 2, imageSigmaPx: 3 } });
    expect(replay(shoulderRoll, frames).summary.counts.cycles).toBe(0);
  });

  // The unlabelled clip deep_shoulder_rolls_back_view (10 backward rolls filmed from behind)
  // counted 6 with a head-still cue: from behind the shoulder line reads square, as from the front.
  it('from behind asks the person to turn around and counts nothing, though the detector "sees" the face', () => {
    const behind = mergePose(standing, { facing: 180 });
    const frames = faceSeenFromBehind(
      renderFrames(
        sequence(hold(behind, 1000), shoulderRolls(behind, { count: 10, direction: 'backward', periodMs: 3000 })),
        { noise: NOISE },
      ),
    );
    const { updates, summary, cueIds } = replay(shoulderRoll, frames);
    expect(summary.counts.cycles).toBe(0);
    expect(cueIds).toEqual([]);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn around to face the camera');
    // The same person turned to face the camera is counted.
    const front = replay(shoulderRoll, rolls(10, 'backward'));
    expect(front.summary.counts.cycles).toBe(10);
  });

  it('says to face the camera when side-on', () => {
    const { updates, summary } = replay(shoulderRoll, renderFrames(hold(mergePose(standing, { facing: 90 }), 3000)));
    expect(summary.counts.cycles).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('shoulder roll: form checks', () => {
  it('arms-relaxed fires when the arms are held out, and the circles still count', () => {
    const { summary, cueIds } = replay(
      shoulderRoll,
      rolls(5, 'backward', { base: mergePose(standing, { both: { shoulderAbduction: 70 } }) }),
    );
    expect(cueIds).toEqual(['arms-relaxed']);
    expect(summary.cues[0]?.text).toBe('Let your arms hang loose at your sides');
    expect(summary.counts.cycles).toBe(5);
  });

  it('head-still fires when the head nods along with each circle, which still counts, as faulty', () => {
    const frames = renderFrames(
      sequence(
        hold(standing, 1000),
        rollsWithHead(standing, { count: 5, direction: 'backward', periodMs: 3000, nodDeg: 15 }),
      ),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(shoulderRoll, frames);
    expect(cueIds).toEqual(['head-still']);
    expect(summary.counts.cycles).toBe(5);
    expect(summary.cycles.every((cycle) => cycle.faults.includes('head-still'))).toBe(true);
  });
});
