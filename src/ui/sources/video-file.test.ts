import { describe, expect, it } from 'vitest';
import { analysisTimes } from './video-file';

describe('analysisTimes', () => {
  it('samples the middle of each slot at the fixed rate', () => {
    expect(analysisTimes(0.1, { ratePerSecond: 30 })).toEqual([1 / 60, 3 / 60, 5 / 60]);
  });

  it('gives the same frames for the same video, whatever the machine', () => {
    const times = analysisTimes(10, { ratePerSecond: 30 });
    expect(times).toHaveLength(300);
    expect(times).toEqual(analysisTimes(10, { ratePerSecond: 30 }));
  });

  it('keeps to the segment asked for, and to the video', () => {
    const times = analysisTimes(10, { ratePerSecond: 10, startS: 2, endS: 3 });
    expect(times).toHaveLength(10);
    expect(times[0]).toBeCloseTo(2.05);
    expect(times.at(-1)).toBeCloseTo(2.95);
    expect(analysisTimes(1, { ratePerSecond: 10, startS: 0.5, endS: 99 })).toHaveLength(5);
  });
});
