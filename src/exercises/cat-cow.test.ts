import { describe, expect, it } from 'vitest';
import {
  CAMERAS,
  hold,
  keyframes,
  mergePose,
  mirrorPose,
  renderFrames,
  replay,
  sequence,
  walkIn,
  type PuppetPose,
} from '../../tests/support';
import { catCowCat, catCowCow, catCowNeutral } from './cat-cow.presets';
import { puppyPose } from './childs-pose.presets';
import { catCow } from './cat-cow';

const NOISE = { seed: 17, dropRate: 0.02 };
const CAMERA = CAMERAS.floor;

interface RoundOptions {
  readonly endMs?: number;
  /** Start each round with the cat. */
  readonly catFirst?: boolean;
  readonly mirror?: boolean;
  /** A fault: the arms (or thighs) turned this far from plumb in every pose (hands ahead, knees back). */
  readonly shift?: { readonly arms?: number; readonly thighs?: number };
}

/** Rounds of cow then cat from a flat back, each end held `endMs`. */
function rounds(count: number, options: RoundOptions = {}) {
  const { endMs = 3500, catFirst = false, mirror = false, shift = {} } = options;
  const place = (pose: PuppetPose) => {
    const shifted = mergePose(pose, {
      both: {
        shoulderFlexion: pose.right.shoulderFlexion + (shift.arms ?? 0),
        hipFlexion: pose.right.hipFlexion - (shift.thighs ?? 0),
      },
    });
    return mirror ? mirrorPose(shifted) : shifted;
  };
  const [first, second] = catFirst ? [catCowCat, catCowCow] : [catCowCow, catCowCat];
  const frames = [{ tMs: 0, pose: place(catCowNeutral) }];
  let t = 800;
  frames.push({ tMs: t, pose: place(catCowNeutral) });
  for (let i = 0; i < count; i++) {
    for (const end of [first, second]) {
      t += 1500;
      frames.push({ tMs: t, pose: place(end) });
      t += endMs;
      frames.push({ tMs: t, pose: place(end) });
    }
  }
  t += 1500;
  frames.push({ tMs: t, pose: place(catCowNeutral) }, { tMs: t + 800, pose: place(catCowNeutral) });
  return keyframes(place(catCowNeutral), frames);
}

const render = (timeline: ReturnType<typeof rounds>, seed = NOISE.seed) =>
  renderFrames(timeline, { camera: CAMERA, noise: { ...NOISE, seed } });

describe('cat-cow: counting rounds', () => {
  it.each([1, 5])('counts %i slow rounds exactly, with jitter and dropped frames, and says nothing', (count) => {
    const { summary, cueIds } = replay(catCow, render(rounds(count)));
    expect(summary.counts).toMatchObject({ reps: count, cleanReps: count, partialReps: 0 });
    expect(cueIds).toEqual([]);
  });

  it('counts the same starting each round with the cat, and facing the other way', () => {
    expect(replay(catCow, render(rounds(5, { catFirst: true }))).summary.counts.reps).toBe(5);
    expect(replay(catCow, render(rounds(4, { mirror: true }))).summary.counts.reps).toBe(4);
  });

  it('counts nothing while the person walks in and gets onto all fours, then every round', () => {
    const frames = renderFrames(sequence(walkIn(catCowNeutral, { seed: 2, camera: CAMERA }), rounds(3)), {
      camera: CAMERA,
      noise: NOISE,
    });
    const { summary, cueIds } = replay(catCow, frames);
    expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3 });
    expect(cueIds).toEqual([]);
  });

  it('a flat back, looking down at the floor, or the head held between the thresholds never counts', () => {
    const lookingDown = mergePose(catCowNeutral, { neckFlexion: 30 });
    // Reads about −45° on this camera, between back flat (above −38°) and the cat (below −55°).
    const between = mergePose(catCowNeutral, { neckFlexion: 45 });
    for (const pose of [catCowNeutral, lookingDown, between]) {
      const frames = renderFrames(sequence(hold(catCowCow, 2000), hold(pose, 15_000)), {
        camera: CAMERA,
        noise: { seed: 5 },
      });
      expect(replay(catCow, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
    }
  });

  it('counts every round with the feet out of the picture: the card asks for head, hands and knees only', () => {
    // The all-fours gate reads the shin only where the ankle is seen (standing bent over, the
    // shins are upright); a camera that cuts the feet off must not stop the counting.
    const FEET = [27, 28, 29, 30, 31, 32]; // ankles, heels, foot tips
    const frames = render(rounds(3)).map((frame) => ({
      ...frame,
      poses: frame.poses.map((pose) => ({
        ...pose,
        image: pose.image.map((point, index) =>
          FEET.includes(index) ? { ...point, y: 1.08, visibility: 0.05 } : point,
        ),
      })),
    }));
    const { summary, cueIds } = replay(catCow, frames);
    expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3 });
    expect(cueIds).toEqual([]);
  });

  it('reaching forward into a puppy-pose stretch is not a cat', () => {
    const frames = renderFrames(
      keyframes(catCowNeutral, [
        { tMs: 0, pose: {} },
        { tMs: 1000, pose: {} },
        { tMs: 3500, pose: puppyPose },
        { tMs: 9000, pose: puppyPose },
        { tMs: 11_500, pose: {} },
        { tMs: 12_500, pose: {} },
      ]),
      { camera: CAMERA, noise: NOISE },
    );
    expect(replay(catCow, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('says to turn side-on when facing the camera', () => {
    const frames = renderFrames(hold(mergePose(catCowNeutral, { facing: 0 }), 3000), { camera: CAMERA });
    const { summary, updates } = replay(catCow, frames);
    expect(summary.counts.reps).toBe(0);
    expect(updates.at(-1)?.guidance?.text).toBe('Turn side-on to the camera');
  });
});

describe('cat-cow: form checks', () => {
  it.each([
    ['hands-under-shoulders', { arms: 25 }, 'Hands under your shoulders'],
    ['knees-under-hips', { thighs: 25 }, 'Knees under your hips'],
  ] as const)('%s fires on %j with “%s”, and the rounds still count, as faulty', (id, shift, text) => {
    const { summary, cueIds } = replay(catCow, render(rounds(3, { shift })));
    expect(cueIds).toEqual([id]);
    expect(summary.cues[0]?.text).toBe(text);
    expect(summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
  });

  it('hold-ends fires when the ends are not held, and the rounds still count', () => {
    const { summary, cueIds } = replay(catCow, render(rounds(3, { endMs: 600 })));
    expect(cueIds).toEqual(['hold-ends']);
    expect(summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
    expect(summary.reps.every((rep) => rep.faults.includes('hold-ends'))).toBe(true);
  });
});
