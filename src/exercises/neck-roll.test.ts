import { describe, expect, it } from 'vitest';
import { CAMERAS, hold, mergePose, renderFrames, replay, sequence, walkIn, type CameraSpec } from '../../tests/support';
import { neckRolls, type NeckRollOptions } from './neck-roll.presets';
import { seatedTall } from '../../tests/support/index';
import { neckRoll } from './neck-roll';

const NOISE = { seed: 41, dropRate: 0.02 };

/** A second and a half of sitting still (the coach settles), then the rolls (5 s a circle). */
function rolls(options: NeckRollOptions, camera: CameraSpec = CAMERAS.desk, base = seatedTall) {
  return renderFrames(sequence(hold(base, 1500), neckRolls(base, { periodMs: 5000, ...options })), {
    camera,
    noise: NOISE,
  });
}

describe('neck roll: counting', () => {
  it.each([
    ['clockwise', 'counter-clockwise'],
    ['counterclockwise', 'clockwise'],
  ] as const)('counts 3 slow %s circles, in the right direction, and says nothing', (direction, engine) => {
    const { summary, cueIds } = replay(neckRoll, rolls({ count: 3, direction }));
    expect(summary.counts.cycles).toBe(3);
    expect(summary.cycles.map((cycle) => cycle.direction)).toEqual([engine, engine, engine]);
    expect(cueIds).toEqual([]);
  });

  it('names the directions as the person feels them', () => {
    const counting = neckRoll.counting;
    expect(counting.kind === 'cycles' && counting.directions?.['counter-clockwise']).toMatch(/^clockwise/);
  });

  it.each([
    ['a laptop across the room', CAMERAS.laptop],
    ['a mirrored (selfie) webcam', CAMERAS.deskMirrored],
  ])('counts the same, same way round, with %s', (_, camera) => {
    const { summary } = replay(neckRoll, rolls({ count: 2, direction: 'clockwise' }, camera));
    expect(summary.cycles.map((cycle) => cycle.direction)).toEqual(Array(2).fill('counter-clockwise'));
  });

  it('counts rolls where the face turns towards each side as it goes (as real rolls do)', () => {
    const { summary, cueIds } = replay(neckRoll, rolls({ count: 2, direction: 'clockwise', turnDeg: 40 }));
    expect(summary.counts.cycles).toBe(2);
    expect(cueIds).toEqual([]);
  });

  it('counts circles one way then the other (the dosage), each in its own direction', () => {
    const frames = renderFrames(
      sequence(
        hold(seatedTall, 1500),
        neckRolls(seatedTall, { count: 2, direction: 'counterclockwise', periodMs: 5000 }),
        hold(seatedTall, 1500),
        neckRolls(seatedTall, { count: 2, direction: 'clockwise', periodMs: 5000 }),
      ),
      { camera: CAMERAS.desk, noise: NOISE },
    );
    const { summary } = replay(neckRoll, frames);
    expect(summary.cycles.map((cycle) => cycle.direction)).toEqual([
      'clockwise',
      'clockwise',
      'counter-clockwise',
      'counter-clockwise',
    ]);
  });

  it('counts nothing while the person walks in and sits down, then every circle', () => {
    const walking = walkIn(seatedTall, { seed: 5 });
    expect(replay(neckRoll, renderFrames(walking, { noise: NOISE })).summary.counts.cycles).toBe(0);
    const frames = renderFrames(sequence(walking, neckRolls(seatedTall, { count: 2, direction: 'clockwise' })), {
      noise: NOISE,
    });
    expect(replay(neckRoll, frames).summary.counts.cycles).toBe(2);
  });

  it('never counts the head held still with jitter, or tilted side to side without the nod', () => {
    const still = renderFrames(hold(seatedTall, 12_000), { camera: CAMERAS.desk, noise: { seed: 2, imageSigmaPx: 3 } });
    expect(replay(neckRoll, still).summary.counts.cycles).toBe(0);
    const sideToSide = rolls({ count: 3, direction: 'clockwise', flexionDeg: 0 });
    expect(replay(neckRoll, sideToSide).summary.counts.cycles).toBe(0);
  });

  it('does not count side-on, and says to face the camera', () => {
    const side = renderFrames(neckRolls(mergePose(seatedTall, { facing: 90 }), { count: 2, direction: 'clockwise' }));
    const { summary, updates } = replay(neckRoll, side);
    expect(summary.counts.cycles).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('neck roll: form checks', () => {
  it('slow-circles fires on 2-second circles, which still count', () => {
    const { summary, cueIds } = replay(neckRoll, rolls({ count: 3, direction: 'clockwise', periodMs: 2000 }));
    expect(cueIds).toEqual(['slow-circles']);
    expect(summary.counts.cycles).toBe(3);
    expect(summary.cycles.every((cycle) => cycle.faults.includes('slow-circles'))).toBe(true);
  });

  it('shoulders-down fires when both shoulders stay shrugged through the roll, and the circles still count', () => {
    const hunched = mergePose(seatedTall, { both: { shoulderElevation: 22 } });
    const { summary, cueIds } = replay(neckRoll, rolls({ count: 2, direction: 'clockwise' }, CAMERAS.desk, hunched));
    expect(cueIds).toEqual(['shoulders-down']);
    expect(summary.counts.cycles).toBe(2);
    expect(summary.cycles.every((cycle) => cycle.faults.includes('shoulders-down'))).toBe(true);
  });

  it('shoulders-down fires when each shoulder rises to meet the ear as the head tilts to it', () => {
    // Phase π/2 tilts the head to the person's right (headTilt −30 sin): the right shoulder rises.
    const patch = (phase: number) => ({
      left: { shoulderElevation: Math.max(0, -30 * Math.sin(phase)) },
      right: { shoulderElevation: Math.max(0, 30 * Math.sin(phase)) },
    });
    const { summary, cueIds } = replay(neckRoll, rolls({ count: 2, direction: 'clockwise', patch }));
    expect(cueIds).toContain('shoulders-down');
    expect(summary.counts.cycles).toBe(2);
  });

  it('torso-still fires when the trunk sways with the head', () => {
    const patch = (phase: number) => ({ torsoRoll: -18 * Math.sin(phase) });
    const { cueIds } = replay(neckRoll, rolls({ count: 2, direction: 'clockwise', patch }));
    expect(cueIds).toContain('torso-still');
  });
});
