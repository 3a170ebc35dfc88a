import { describe, expect, it } from 'vitest';
import {
  hold,
  mergePose,
  mirrorPose,
  move,
  renderFrames,
  replay,
  reps,
  rowStart,
  rowTop,
  sequence,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { row } from './row';

const NOISE = { seed: 11, dropRate: 0.02 };

/** A set of rows with a fault added to every pose of it. */
function set(count: number, fault: PosePatch = {}, options: { repMs?: number; seed?: number } = {}) {
  const start = mergePose(rowStart, fault);
  const top = mergePose(rowTop, fault);
  return renderFrames(reps(start, { to: top, count, repMs: options.repMs ?? 2500 }), {
    noise: { ...NOISE, seed: options.seed ?? NOISE.seed },
  });
}

describe('row: counting', () => {
  it.each([1, 8, 12])('counts %i clean reps exactly, with jitter and dropped frames, and says nothing', (count) => {
    const { summary, cueIds } = replay(row, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, faultyReps: 0, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same with the left side towards the camera', () => {
    const frames = renderFrames(reps(mirrorPose(rowStart), { to: mirrorPose(rowTop), count: 6 }), { noise: NOISE });
    expect(replay(row, frames).summary.counts.reps).toBe(6);
  });

  it('counts nothing while the person walks in and sets up, then every rep', () => {
    const walking = renderFrames(walkIn(rowStart, { seed: 3 }), { noise: NOISE });
    expect(replay(row, walking).summary.counts.reps).toBe(0);
    const frames = renderFrames(sequence(walkIn(rowStart, { seed: 3 }), reps(rowStart, { to: rowTop, count: 10 })), {
      noise: NOISE,
    });
    // Standing upright before hinging is part of setting up: it is not charged to the first rep.
    expect(replay(row, frames).summary.counts).toMatchObject({ reps: 10, cleanReps: 10 });
  });

  it('counts the first pull of a set that starts as soon as the person is in view, at a real tempo', () => {
    // As row-single-arm-chair: the first pull begins as the clip opens, a rep every ~2.1 s with
    // short pauses (about 1.2 s from leaving the start to coming back). The coach settles
    // mid-pull; that pull still counts.
    const frames = renderFrames(
      reps(rowStart, { to: rowTop, count: 6, repMs: 1500, pauseTopMs: 200, pauseBottomMs: 400 }),
      {
        noise: NOISE,
      },
    ).filter((frame) => frame.timestampMs >= 400);
    expect(replay(row, frames).summary.counts).toMatchObject({ reps: 6, partialReps: 0 });
  });

  it('counts a last pull held at the top when the set ends there, not one cut off on its way up', () => {
    const held = renderFrames(
      sequence(reps(rowStart, { to: rowTop, count: 2 }), move(rowStart, rowTop, 1250), hold(rowTop, 800)),
      { noise: NOISE },
    );
    expect(replay(row, held).summary.counts).toMatchObject({ reps: 3, partialReps: 0 });
    const cut = renderFrames(sequence(reps(rowStart, { to: rowTop, count: 2 }), move(rowStart, rowTop, 1250)), {
      noise: NOISE,
    }).filter((frame, index, all) => frame.timestampMs < (all.at(-1)?.timestampMs ?? 0) - 700);
    expect(replay(row, cut).summary.counts).toMatchObject({ reps: 2, partialReps: 0 });
  });

  it('a half pull is a partial rep, not a rep', () => {
    const half = mergePose(rowTop, { right: { shoulderFlexion: 10, elbowFlexion: 55 } });
    const { summary } = replay(row, renderFrames(reps(rowStart, { to: half, count: 3 }), { noise: NOISE }));
    expect(summary.counts).toMatchObject({ reps: 0, partialReps: 3 });
  });

  it('jitter with the elbow held between the thresholds never counts', () => {
    const middle = mergePose(rowStart, { right: { shoulderFlexion: 0, elbowFlexion: 55 } }); // elbow ≈ 125°
    const frames = renderFrames(hold(middle, 20_000), { noise: { seed: 5, imageSigmaPx: 3 } });
    expect(replay(row, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('stops counting while someone else is in view or the room is dark, and says why', () => {
    const frames = set(6);
    const half = frames[Math.floor(frames.length / 2)]?.timestampMs ?? 0;
    const seen = (people: number, brightness: number) =>
      frames.map((frame) => (frame.timestampMs < half ? frame : { ...frame, scene: { brightness, people, atMs: 0 } }));
    for (const [people, brightness, id] of [
      [2, 0.6, 'one-person'],
      [1, 0.05, 'too-dark'],
    ] as const) {
      const { summary, updates } = replay(row, seen(people, brightness));
      expect(summary.counts.reps).toBeGreaterThanOrEqual(2);
      expect(summary.counts.reps).toBeLessThanOrEqual(3);
      expect(updates.at(-1)?.guidance?.id).toBe(id);
    }
    expect(replay(row, seen(1, 0.6)).summary.counts.reps).toBe(6);
  });

  it('counts on in a nearly black room when the pose model was shown the picture lifted, never below BLACK', () => {
    // The pose worker brightens a picture this dark for the model (PoseFrame.lift, at most 5×).
    const frames = set(6);
    const at = (brightness: number) =>
      frames.map((frame) => ({ ...frame, scene: { brightness, people: 1, atMs: 0 }, lift: 5 }));
    expect(replay(row, at(0.05)).summary.counts.reps).toBe(6);
    const { summary, updates } = replay(row, at(0.03));
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.id).toBe('too-dark');
  });

  it('does not count with the wrong view, and says to turn side-on', () => {
    const facing = renderFrames(
      reps(mergePose(rowStart, { facing: 0 }), { to: mergePose(rowTop, { facing: 0 }), count: 4 }),
    );
    const { summary, updates } = replay(row, facing);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('row: form checks', () => {
  it.each([
    ['hinge-45', { torsoPitch: 15 }, 'Hinge forward a bit more, to about 45°'],
    ['hinge-45', { torsoPitch: 75 }, 'Lift your chest a little, to about 45°'],
    ['neck-neutral', { neckFlexion: 35 }, 'Lift your head in line with your back'],
    ['neck-neutral', { neckFlexion: -35 }, 'Lower your gaze: eyes to the floor just ahead'],
    ['knees-soft', { right: { kneeFlexion: 0, ankleFlexion: 15 } }, 'Keep a soft bend in your knees'],
  ] as const)('%s fires on %j with “%s”, and the reps still count, as faulty', (id, fault, text) => {
    const { summary } = replay(row, set(6, fault));
    expect(summary.cues.map((cue) => cue.id)).toContain(id);
    expect(summary.cues.find((cue) => cue.id === id)?.text).toBe(text);
    expect(summary.counts.reps).toBe(6);
    expect(summary.counts.faultyReps).toBeGreaterThan(0);
    expect(summary.reps.every((rep) => rep.faults.includes(id) || rep.faults.length === 0)).toBe(true);
  });

  it('elbow-tucked fires when the elbow flares out at the top of the pull', () => {
    const flared = mergePose(rowTop, { right: { shoulderAbduction: 55 } });
    const frames = renderFrames(reps(rowStart, { to: flared, count: 5 }), { noise: NOISE });
    const { summary, cueIds } = replay(row, frames);
    expect(cueIds).toEqual(['elbow-tucked']);
    expect(summary.counts).toMatchObject({ reps: 5, faultyReps: 5 });
  });

  it('each rep summary has its range of motion and duration', () => {
    const { summary } = replay(row, set(3));
    for (const rep of summary.reps) {
      expect(rep.rangeOfMotion).toBeGreaterThan(70); // ~175° hanging to ~90° pulled
      expect(rep.stats.durationMs).toBeGreaterThan(1500);
    }
  });
});
