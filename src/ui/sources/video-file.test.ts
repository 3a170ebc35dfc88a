import { describe, expect, it } from 'vitest';
import { analysisTimes } from './video-file';

describe('analysisTimes', () => {
  it('samples the middle of each slot at the fixed rate', () => {
    expect(analysisTimes(0.1, { ratePerSecond: 30 })).toEqual([1 / 60, 3 / 60, 5 / 60]);
  });

  // The frames analysed come from the video's length and the rate alone (never from how fast the
  // machine decodes: the function is given nothing else), so every run of a clip sees the same ones.
  it('puts each frame of a long video at the middle of its slot', () => {
    const times = analysisTimes(600, { ratePerSecond: 30 });
    expect(times).toHaveLength(18_000);
    expect(times[9000]).toBeCloseTo(300 + 1 / 60, 9);
    expect(times.at(-1)).toBeCloseTo(600 - 1 / 60, 9);
  });

  it('keeps to the segment asked for, and to the video', () => {
    const times = analysisTimes(10, { ratePerSecond: 10, startS: 2, endS: 3 });
    expect(times).toHaveLength(10);
    expect(times[0]).toBeCloseTo(2.05);
    expect(times.at(-1)).toBeCloseTo(2.95);
    expect(analysisTimes(1, { ratePerSecond: 10, startS: 0.5, endS: 99 })).toHaveLength(5);
  });
});
