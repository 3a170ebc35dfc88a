import { describe, expect, it } from 'vitest';
import { timeLeftText } from './time-left';

describe('timeLeftText', () => {
  it('says the time left from the pace so far', () => {
    // 100 of 400 frames in 10 s: 300 more take 30 s.
    expect(timeLeftText({ done: 100, total: 400, startedMs: 1000 }, 11_000)).toBe(' · about 30 s left');
    expect(timeLeftText({ done: 100, total: 1000, startedMs: 0 }, 10_000)).toBe(' · about 1 min 30 s left');
  });

  it('says nothing until there is a pace, or when nothing is left', () => {
    expect(timeLeftText({ done: 2, total: 400, startedMs: 0 }, 1000)).toBe('');
    expect(timeLeftText({ done: 400, total: 400, startedMs: 0 }, 1000)).toBe('');
  });
});
