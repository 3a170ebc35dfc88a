import { describe, expect, it } from 'vitest';
import { FrameSelector } from './frame-selection';
import { analysisTimes } from './video-file';

/** Runs decoded frames (start, duration in s) through the selector: which frame each time gets. */
function select(times: readonly number[], frames: readonly (readonly [number, number])[]): number[] {
  const selector = new FrameSelector(times);
  const chosen: number[] = [];
  frames.forEach(([start, duration], frame) => {
    for (const index of selector.push(start, duration)) chosen[index] = frame;
  });
  for (const index of selector.finish()) chosen[index] = frames.length - 1;
  return chosen;
}

const constantRate = (fps: number, count: number, firstS = 0) =>
  Array.from({ length: count }, (_, i) => [firstS + i / fps, 1 / fps] as const);

describe('FrameSelector', () => {
  it('gives each time of a 30 fps clip analysed at 30 its own frame', () => {
    const times = analysisTimes(1, { ratePerSecond: 30 });
    expect(select(times, constantRate(30, 30))).toEqual(times.map((_, i) => i));
  });

  it('serves a 10 fps clip analysed at 10 frame by frame, and skips frames of a faster clip', () => {
    expect(select(analysisTimes(0.5, { ratePerSecond: 10 }), constantRate(10, 5))).toEqual([0, 1, 2, 3, 4]);
    // 25 fps analysed at 10: each time is in the frame that is showing then.
    expect(select(analysisTimes(0.5, { ratePerSecond: 10 }), constantRate(25, 13))).toEqual([1, 3, 6, 8, 11]);
  });

  it('at a frame boundary takes the earlier frame, as a seek in Chromium shows (60 fps at 30)', () => {
    // The fragmented cat-cow clip: 60 fps, first frame at 1/60 s. Times (i + ½)/30 fall on
    // boundaries; in whole microseconds frame 1/15 s ends at 83 332 µs, before 5/60 s (83 333),
    // while 0.1 s ends at 116 666 µs, on 7/60 s: what the seek path showed, frame by frame.
    const frames = constantRate(60, 30, 1 / 60);
    const chosen = select(analysisTimes(0.4, { ratePerSecond: 30 }), frames);
    const startsS = chosen.map((frame) => Number((frames[frame]?.[0] ?? -1).toFixed(6)));
    expect(startsS).toEqual([0.016667, 0.05, 0.083333, 0.1, 0.15, 0.183333, 0.2, 0.25, 0.283333, 0.3, 0.35, 0.383333]);
  });

  it('gives times before the first frame the first frame, and past the last the last', () => {
    const times = [0.01, 0.05, 0.5, 0.9];
    expect(
      select(times, [
        [0.04, 0.1],
        [0.14, 0.1],
      ]),
    ).toEqual([0, 0, 1, 1]);
  });

  it('follows the frames of a variable-rate clip by their own durations', () => {
    const frames = [
      [0, 0.02],
      [0.02, 0.1],
      [0.12, 0.01],
      [0.13, 0.2],
    ] as const;
    expect(select([0.01, 0.05, 0.1, 0.125, 0.2], frames)).toEqual([0, 1, 1, 2, 3]);
  });

  it('says how many times are still waiting, so decoding can stop early', () => {
    const selector = new FrameSelector([0.05, 0.15]);
    expect(selector.remaining).toBe(2);
    expect(selector.push(0, 0.1)).toEqual([0]);
    expect(selector.remaining).toBe(1);
    expect(selector.push(0.1, 0.1)).toEqual([1]);
    expect(selector.remaining).toBe(0);
    expect(selector.push(0.2, 0.1)).toEqual([]);
    expect(selector.finish()).toEqual([]);
  });
});
