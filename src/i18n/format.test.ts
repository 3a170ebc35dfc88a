import { describe, expect, it } from 'vitest';
import { formatNumber, plural } from './format';

describe('plural', () => {
  const reps = (n: number, locale: string) => plural(n, { one: `${n} rep`, other: `${n} reps` }, locale);

  it('takes the form the language uses for the count', () => {
    expect(reps(1, 'en')).toBe('1 rep');
    expect(reps(0, 'en')).toBe('0 reps');
    expect(reps(2, 'de')).toBe('2 reps');
  });

  it("falls back to 'other' where a form is not given", () => {
    // Polish has "few" for 2–4: a message that gives only one/other still reads.
    expect(plural(3, { one: 'one', other: 'other' }, 'pl')).toBe('other');
    expect(plural(3, { one: 'one', few: 'few', other: 'other' }, 'pl')).toBe('few');
  });
});

describe('formatNumber', () => {
  it('writes decimals as the language does', () => {
    expect(formatNumber(1.5, 1, 'en')).toBe('1.5');
    expect(formatNumber(1.5, 1, 'de')).toBe('1,5');
    expect(formatNumber(1234, 0, 'de')).toBe('1.234');
  });
});
