import { describe, expect, it } from 'vitest';
import { HiddenTime } from './hidden-time';

describe('time a set spent hidden', () => {
  it('counts each hidden stretch once, the one under way included', () => {
    const time = new HiddenTime();
    expect(time.hidden).toBe(false);
    expect(time.show(500)).toBe(false); // shown without having been hidden: nothing to say
    time.hide(1000);
    time.hide(1500); // a second `hidden` keeps the first time
    expect(time.hidden).toBe(true);
    expect(time.hiddenMs(4000)).toBe(3000);
    expect(time.show(6000)).toBe(true);
    expect(time.hiddenMs(9000)).toBe(5000);
    time.hide(10_000);
    expect(time.show(10_250)).toBe(true);
    expect(time.hiddenMs(20_000)).toBe(5250);
  });

  it('a clock that went backwards adds nothing', () => {
    const time = new HiddenTime();
    time.hide(2000);
    expect(time.hiddenMs(1000)).toBe(0);
    time.show(1000);
    expect(time.hiddenMs(3000)).toBe(0);
  });
});
