import { describe, expect, it } from 'vitest';
import { FrameSelector } from './frame-selection';
import { analysisTimes } from './video-file';

/** Runs decoded frames (start times in s) through the selector: which frame each time gets. */
function select(times: readonly number[], startsS: readonly number[]): number[] {
  const selector = new FrameSelector(times);
  const chosen: number[] = [];
  startsS.forEach((start, frame) => {
    for (const index of selector.push(start)) chosen[index] = frame - 1;
  });
  for (const index of selector.finish()) chosen[index] = startsS.length - 1;
  return chosen;
}

const constantRate = (fps: number, count: number, firstS = 0) =>
  Array.from({ length: count }, (_, i) => firstS + i / fps);

describe('FrameSelector', () => {
  it('gives each time of a 30 fps clip analysed at 30 its own frame', () => {
    const times = analysisTimes(1, { ratePerSecond: 30 });
    expect(select(times, constantRate(30, 30))).toEqual(times.map((_, i) => i));
  });

  it('gives each time the frame showing then, skipping frames of a faster clip', () => {
    // 25 fps analysed at 10: 0.05 s is in frame 1 (0.04–0.08), 0.15 s in frame 3 (0.12–0.16)…
    expect(select(analysisTimes(0.5, { ratePerSecond: 10 }), constantRate(25, 13))).toEqual([1, 3, 6, 8, 11]);
  });

  it('decides boundary times in whole microseconds, as a seek in Chromium does', () => {
    // The fragmented cat-cow clip: 60 fps from 1/60 s, analysed at 30, so every time is on a frame
    // boundary. What the seek path showed, frame by frame: 7/60 s (116 666 µs, truncated) is still
    // the frame of 0.1 s, the next starting at 116 667 µs (rounded); 5/60 s is its own frame.
    const starts = constantRate(60, 30, 1 / 60);
    const chosen = select(analysisTimes(0.4, { ratePerSecond: 30 }), starts);
    expect(chosen.map((frame) => Number((starts[frame] ?? -1).toFixed(6)))).toEqual([
      0.016667, 0.05, 0.083333, 0.1, 0.15, 0.183333, 0.2, 0.25, 0.283333, 0.3, 0.35, 0.383333,
    ]);
    // A 25 fps clip analysed from 2.7 s: every time is a frame's start (2.72 s is frame 68's).
    const times = analysisTimes(4, { ratePerSecond: 25, startS: 2.7 });
    expect(select(times.slice(0, 3), constantRate(25, 75))).toEqual([68, 69, 70]);
  });

  it('gives times before the first frame the first frame, and times past the last the last', () => {
    expect(select([0.01, 0.05, 0.5, 0.9], [0.04, 0.14])).toEqual([0, 0, 1, 1]);
    expect(select([0.01, 0.02], [0.5])).toEqual([0, 0]);
  });

  it('follows a variable-rate clip by its own timestamps', () => {
    expect(select([0.01, 0.05, 0.1, 0.125, 0.2], [0, 0.02, 0.12, 0.13])).toEqual([0, 1, 1, 2, 3]);
  });

  it('says how many times are still waiting, so decoding can stop early', () => {
    const selector = new FrameSelector([0.05, 0.15]);
    expect(selector.push(0)).toEqual([]);
    expect(selector.remaining).toBe(2);
    expect(selector.push(0.1)).toEqual([0]);
    expect(selector.push(0.2)).toEqual([1]);
    expect(selector.remaining).toBe(0);
    expect(selector.finish()).toEqual([]);
  });
});
