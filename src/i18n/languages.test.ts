import { describe, expect, it } from 'vitest';
import { LANGUAGE_CHOICES, pickLocale } from './languages';

describe('pickLocale', () => {
  it('follows the browser: the first of its languages the app has, by primary subtag', () => {
    expect(pickLocale('auto', ['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale('auto', ['fr-FR', 'de-CH', 'en'])).toBe('de');
    expect(pickLocale('auto', ['en-GB', 'de'])).toBe('en');
  });

  it('falls back to English for a browser with none of its languages', () => {
    expect(pickLocale('auto', ['fr-FR', 'ja'])).toBe('en');
    expect(pickLocale('auto', [])).toBe('en');
  });

  it("keeps the person's own choice over the browser's", () => {
    expect(pickLocale('en', ['de-DE'])).toBe('en');
    expect(pickLocale('de', ['en-US'])).toBe('de');
  });

  it('offers auto and every language', () => {
    expect(LANGUAGE_CHOICES).toEqual(['auto', 'de', 'en']);
  });
});
