/**
 * Which languages the app speaks and which one a person gets. Pure (no DOM, no storage): the
 * settings schema and the backup check a stored language with it, and the start-up picks one.
 */
import { allLocales, sourceLocale } from './locale-codes';

export type Locale = (typeof allLocales)[number];

/** A setting's value: a language, or 'auto' to follow the browser. */
export const LANGUAGE_CHOICES = ['auto', ...allLocales] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language named in itself, as a language menu lists it. */
export const LANGUAGE_NAMES: { readonly [L in Locale]: string } = {
  en: 'English',
  de: 'Deutsch',
};

const isLocale = (code: string): code is Locale => (allLocales as readonly string[]).includes(code);

/**
 * The language to use: the person's choice, else the first of the browser's languages (in its
 * order of preference) that the app has, matched on the primary subtag ("de-AT" → German), else
 * English.
 */
export function pickLocale(choice: LanguageChoice, browserLanguages: readonly string[]): Locale {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return sourceLocale;
}
