/**
 * The language text is being written in right now, readable from pure code (the coach, the
 * formatters) without touching the DOM. Set once at start-up by src/i18n/locale.ts; English in
 * tests and scripts unless a test sets it.
 */
import { sourceLocale } from './locale-codes';
import type { Locale } from './languages';

let active: Locale = sourceLocale;

export const activeLocale = (): Locale => active;

export function setActiveLocale(locale: Locale): void {
  active = locale;
}
