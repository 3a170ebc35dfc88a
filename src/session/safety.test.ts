import { describe, expect, it } from 'vitest';
import { isPainRating, readiness } from './safety';

describe('readiness before a session', () => {
  it('lets a person without severe pain or a fresh injury start', () => {
    expect(readiness({ severePain: false, recentInjury: false })).toEqual({ ok: true });
  });

  it('advises not to start with severe pain, and to see a professional', () => {
    const verdict = readiness({ severePain: true, recentInjury: false });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.advice).toMatch(/do not start.*health professional/s);
  });

  it('advises waiting until an injury has settled', () => {
    const verdict = readiness({ severePain: false, recentInjury: true });
    expect(!verdict.ok && verdict.advice).toMatch(/swelling have gone down/);
  });
});

it('pain ratings are whole numbers from 0 to 10', () => {
  expect([0, 5, 10].every(isPainRating)).toBe(true);
  expect([-1, 11, 2.5, Number.NaN, '3', null].some(isPainRating)).toBe(false);
});
