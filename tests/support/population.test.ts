import { describe, expect, it } from 'vitest';
import { Coach } from '../../src/coach/coach';
import { isSeen } from '../../src/coach/setup';
import { reverseFly } from '../../src/exercises/reverse-fly';
import { flyHang, flyTop } from '../../src/exercises/reverse-fly.presets';
import { LANDMARK } from '../../src/pose/landmarks';
import type { PoseFrame } from '../../src/pose/types';
import { CAMERAS } from './camera';
import { ALLOWANCE, population } from './population';

/**
 * A bent-over reverse fly filmed side-on: the far hand hangs behind the trunk, where MediaPipe
 * (and the puppet) see it at a visibility of about 0.5. The landmarks are the ones
 * describePopulation has the person bring into view: the counting joints of either side.
 */
const coach = new Coach(reverseFly);
const inView = [...new Set([...coach.countingJoints('left'), ...coach.countingJoints('right')])];
/** Clean frames: where the landmarks are, without the detector's noise. */
const options = { camera: CAMERAS.laptop, allowance: ALLOWANCE.side, neutral: ['noise', 'depth'] } as const;

/** The near (right) side's counting joints not seen on any frame: what the app would ask for. */
const nearUnseen = (frames: readonly PoseFrame[]): string[] => {
  const unseen = new Set<string>();
  for (const frame of frames) {
    const pose = frame.poses[0];
    if (!pose) throw new Error(`no pose at ${frame.timestampMs} ms`);
    for (const name of coach.countingJoints('right')) if (!isSeen(pose, name)) unseen.add(name);
  }
  return [...unseen];
};

describe('population: stepping back to be in view', () => {
  it('leaves a side-on person at the close distance they drew, though their far hand is behind them', () => {
    // Among the nearest quarter of the set-ups the side view allows.
    const person = population(105, 20).find((p) => p.draws.distance < 0.25);
    if (!person) throw new Error('no close person among the 20');
    const subject = person.doing(options);
    const timeline = subject.reps(flyHang, { to: flyTop, count: 2 });

    // Where they drew to stand, the far (left) wrist is behind the body: the app does not see it...
    const drawn = subject.render(timeline);
    const farWrist = drawn.map((f) => f.poses[0]?.image[LANDMARK.left_wrist]?.visibility ?? 0);
    expect(Math.min(...farWrist)).toBeLessThan(0.5);
    // ...but it is in the picture, as the near side is all the time: stepping back would not help.
    const frames = subject.render(timeline, { inView });
    expect(subject.steppedBackM).toBe(0);
    expect(nearUnseen(frames)).toEqual([]);
  });

  it('still steps a person back whose hands are out of the picture', () => {
    const [person] = population(105, 1);
    if (!person) throw new Error('no person');
    // A camera a metre from a standing person sees the chest, not the hanging hands.
    const subject = person.doing({ ...options, camera: { ...CAMERAS.laptop, distanceM: 1 } });
    const frames = subject.render(subject.reps(flyHang, { to: flyTop, count: 2 }), { inView });

    expect(subject.steppedBackM).toBeGreaterThan(0);
    expect(nearUnseen(frames)).toEqual([]);
  });
});
