import { describe, expect, it } from 'vitest';
import { hold, mergePose, renderFrames, replay, reps, sequence, walkIn, type PosePatch } from '../../tests/support';
import { facePullEnd, facePullStart } from './face-pull.presets';
import { pulldownTop } from './lat-pulldown.presets';
import { facePull } from './face-pull';

const NOISE = { seed: 41, dropRate: 0.02 };

function set(count: number, atEnd: PosePatch = {}, pauseTopMs = 1000) {
  return renderFrames(reps(facePullStart, { to: mergePose(facePullEnd, atEnd), count, repMs: 2500, pauseTopMs }), {
    noise: NOISE,
  });
}

describe('face pull: counting', () => {
  it.each([1, 12])('counts %i clean reps exactly and says nothing', (count) => {
    const { summary, cueIds } = replay(facePull, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts nothing while the person walks in, then every rep', () => {
    expect(
      replay(facePull, renderFrames(walkIn(facePullStart, { seed: 4 }), { noise: NOISE })).summary.counts.reps,
    ).toBe(0);
    const frames = renderFrames(
      sequence(
        walkIn(facePullStart, { seed: 4 }),
        reps(facePullStart, { to: facePullEnd, count: 4, pauseTopMs: 1000 }),
      ),
      { noise: NOISE },
    );
    expect(replay(facePull, frames).summary.counts).toMatchObject({ reps: 4, cleanReps: 4 });
  });

  it('jitter with the elbows held half bent never counts', () => {
    const half = mergePose(facePullEnd, { both: { elbowFlexion: 60 } });
    const frames = renderFrames(hold(half, 15_000), { noise: { seed: 5, imageSigmaPx: 3, worldSigmaCm: 2 } });
    expect(replay(facePull, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('bending the elbows with the arms out to the sides, or overhead, is not a face pull', () => {
    // The clip sagor_elbow_flexion's movement, and a pulldown's, on the puppet.
    const level = mergePose(facePullEnd, { both: { elbowFlexion: 5, shoulderHorizontalAdduction: 0 } });
    const curls = renderFrames(reps(level, { to: facePullEnd, count: 4 }), { noise: NOISE });
    const overhead = renderFrames(reps(pulldownTop, { to: { both: { elbowFlexion: 120 } }, count: 4 }), {
      noise: NOISE,
    });
    for (const frames of [curls, overhead]) expect(replay(facePull, frames).summary.counts.reps).toBe(0);
  });

  it('says to face the camera when side-on', () => {
    const { updates, summary } = replay(facePull, renderFrames(hold(mergePose(facePullStart, { facing: 90 }), 3000)));
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Face the camera');
  });
});

describe('face pull: form checks', () => {
  it('elbows-high fires when the elbows drop towards the ribs at the end (a row)', () => {
    const row = {
      both: {
        shoulderAbduction: 20,
        shoulderFlexion: 40,
        shoulderHorizontalAdduction: 0,
        shoulderRotation: 0,
        elbowFlexion: 130,
      },
    };
    const { summary, cueIds } = replay(facePull, set(5, row));
    expect(cueIds).toContain('elbows-high');
    expect(summary.cues.find((cue) => cue.id === 'elbows-high')?.text).toBe('Lift your elbows to shoulder height');
    expect(summary.counts).toMatchObject({ reps: 5, faultyReps: 5 });
  });

  it('hands-to-face fires when the hands stop in front of the shoulders (forearms level)', () => {
    const { summary, cueIds } = replay(facePull, set(5, { both: { shoulderRotation: 0 } }));
    expect(cueIds).toEqual(['hands-to-face']);
    expect(summary.cues[0]?.text).toBe('Pull your hands up to your face');
    expect(summary.counts).toMatchObject({ reps: 5, faultyReps: 5 });
  });

  it('pause-end fires when the hands do not pause at the face', () => {
    const { summary, cueIds } = replay(facePull, set(5, {}, 0));
    expect(cueIds).toEqual(['pause-end']);
    expect(summary.cues[0]?.text).toBe('Hold the squeeze a moment at your face');
    expect(summary.counts).toMatchObject({ reps: 5, faultyReps: 5 });
  });
});
