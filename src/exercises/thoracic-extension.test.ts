import { describe, expect, it } from 'vitest';
import {
  hold,
  kneeling,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  reps,
  sequence,
  supermanLift,
  supermanRest,
  walkIn,
  type PosePatch,
} from '../../tests/support';
import { thoracicExtended, thoracicUpright } from './thoracic-extension.presets';
import { thoracicExtension } from './thoracic-extension';

const NOISE = { seed: 13, dropRate: 0.02 };

/** Arches held `pauseTopMs` at the top, with a fault on the upright and the arched pose. */
function set(
  count: number,
  options: { pauseTopMs?: number; atTop?: PosePatch; always?: PosePatch; fps?: number } = {},
) {
  const { pauseTopMs = 5500, atTop = {}, always = {}, fps = 30 } = options;
  const start = mergePose(thoracicUpright, always);
  const top = mergePose(thoracicExtended, always, atTop);
  return renderFrames(reps(start, { to: top, count, repMs: 3000, pauseTopMs, pauseBottomMs: 1500 }), {
    noise: NOISE,
    fps,
  });
}

describe('thoracic extension: counting', () => {
  it.each([1, 3])('counts %i held arches exactly, with jitter and dropped frames, and says nothing', (count) => {
    const { summary, cueIds } = replay(thoracicExtension, set(count));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same facing the other way', () => {
    const frames = renderFrames(
      reps(mirrorPose(thoracicUpright), { to: mirrorPose(thoracicExtended), count: 2, pauseTopMs: 5500 }),
      { noise: NOISE },
    );
    expect(replay(thoracicExtension, frames).summary.counts.reps).toBe(2);
  });

  it('counts nothing while the person walks in and sits down, then every arch', () => {
    const frames = renderFrames(
      sequence(
        walkIn(thoracicUpright, { seed: 9 }),
        reps(thoracicUpright, { to: thoracicExtended, count: 2, pauseTopMs: 5500 }),
      ),
      { noise: NOISE },
    );
    const { summary, cueIds } = replay(thoracicExtension, frames);
    expect(summary.counts.reps).toBe(2);
    expect(cueIds).toEqual([]);
  });

  it('looking up without arching is not an arch', () => {
    const frames = renderFrames(reps(thoracicUpright, { to: { neckFlexion: -40 }, count: 3, pauseTopMs: 3000 }), {
      noise: NOISE,
    });
    expect(replay(thoracicExtension, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('getting down to lie face down, lifting (a superman) and kneeling up again is not an arch', () => {
    const frames = renderFrames(
      sequence(
        walkIn(supermanRest, { seed: 4 }),
        reps(supermanRest, { to: supermanLift, count: 2, pauseTopMs: 3000 }),
        hold(mergePose(kneeling, { facing: 90 }), 3000),
      ),
      { noise: NOISE },
    );
    expect(replay(thoracicExtension, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('leaning back half-way, between the thresholds, with jitter never counts', () => {
    const half = mergePose(thoracicUpright, { spineFlexion: -16, torsoPitch: -2 }); // ≈ −10°
    const frames = renderFrames(hold(half, 12_000), { noise: { seed: 2, imageSigmaPx: 3 } });
    expect(replay(thoracicExtension, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('says to turn side-on when facing the camera', () => {
    const frames = renderFrames(
      reps(mergePose(thoracicUpright, { facing: 0 }), { to: { spineFlexion: -32 }, count: 2 }),
    );
    const { summary, updates } = replay(thoracicExtension, frames);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('thoracic extension: form checks', () => {
  it('arms-overhead fires with the arms held forward, and the arches still count', () => {
    const armsForward = { both: { shoulderFlexion: 95, elbowFlexion: 10 } };
    const { summary, cueIds } = replay(thoracicExtension, set(2, { always: armsForward }));
    expect(cueIds).toEqual(['arms-overhead']);
    expect(summary.cues[0]?.text).toBe('Reach your arms overhead');
    expect(summary.counts).toMatchObject({ reps: 2, faultyReps: 2 });
  });

  it('arch-upper-back fires when the lean comes from the hips, not the upper back', () => {
    // The hips slide forward and the whole trunk tips back, the upper back straight.
    const fromHips = { spineFlexion: 0, torsoPitch: -26, xM: 0.12 };
    const { summary, cueIds } = replay(thoracicExtension, set(2, { atTop: fromHips }));
    expect(cueIds).toEqual(['arch-upper-back']);
    expect(summary.cues[0]?.text).toBe('Keep your hips back: arch through your upper back');
    expect(summary.counts).toMatchObject({ reps: 2, faultyReps: 2 });
  });

  it.each([15, 30])('at %i fps, hold-top fires on arches held 3 s and not on 4 s (the accepted)', (fps) => {
    expect(replay(thoracicExtension, set(2, { pauseTopMs: 3000, fps })).cueIds).toEqual(['hold-top']);
    expect(replay(thoracicExtension, set(2, { pauseTopMs: 4000, fps })).cueIds).toEqual([]);
  });

  it('says nothing on clean arches seated 12° off side-on (the near shoulder shifts against the ear)', () => {
    for (const facing of [78, 102]) {
      const turn = { facing };
      const frames = renderFrames(
        reps(mergePose(thoracicUpright, turn), {
          to: mergePose(thoracicExtended, turn),
          count: 2,
          repMs: 3000,
          pauseTopMs: 5500,
          pauseBottomMs: 1500,
        }),
        { noise: NOISE },
      );
      const { summary, cueIds } = replay(thoracicExtension, frames);
      expect(summary.counts.reps).toBe(2);
      expect(cueIds).toEqual([]);
    }
  });

  it('hold-top fires when the arch is not held, and the arches still count', () => {
    const { summary, cueIds } = replay(thoracicExtension, set(2, { pauseTopMs: 1000 }));
    expect(cueIds).toEqual(['hold-top']);
    expect(summary.counts).toMatchObject({ reps: 2, faultyReps: 2 });
  });
});
