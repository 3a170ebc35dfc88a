import { describe, expect, it } from 'vitest';
import { atLeastAWeek, dayLabels } from './time-axis';

const DAY = 24 * 3600;
const at = (y: number, m: number, d: number, h = 0): number => new Date(y, m, d, h).getTime() / 1000;

describe('the history chart’s time axis', () => {
  it('spans at least a week, centred on the sessions: one session is not a point at the edge of years', () => {
    const one = at(2026, 10, 3, 9);
    expect(atLeastAWeek(one, one)).toEqual([one - 3.5 * DAY, one + 3.5 * DAY]);
    const [from, to] = atLeastAWeek(at(2026, 10, 3, 9), at(2026, 10, 3, 20));
    expect(to - from).toBe(7 * DAY);
    expect((from + to) / 2).toBe((at(2026, 10, 3, 9) + at(2026, 10, 3, 20)) / 2);
  });

  it('keeps a span of a week or more as the sessions’ own', () => {
    expect(atLeastAWeek(at(2026, 10, 1), at(2026, 10, 30))).toEqual([at(2026, 10, 1), at(2026, 10, 30)]);
  });

  it('writes each date once, at its midnight, never at the ticks between', () => {
    const splits = [at(2026, 10, 2, 12), at(2026, 10, 3), at(2026, 10, 3, 12), at(2026, 10, 4)];
    expect(dayLabels(splits)).toEqual(['', '3 Nov', '', '4 Nov']);
  });
});
