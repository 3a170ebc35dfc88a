/**
 * Dates in the page's language, one style across the app (history, report, baseline sentences).
 * English is written British (analyse, colour), so its dates are too: "3 Nov", "3 November 2026";
 * German: "3. Nov.", "3. November 2026". Pure apart from reading the current language.
 */
import { activeLocale } from './active';

/** The Intl locale dates are written in: British English for English. */
export const dateLocale = (): string => {
  const locale = activeLocale();
  return locale === 'en' ? 'en-GB' : locale;
};

const cache = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

const asDate = (at: string | number | Date): Date => (at instanceof Date ? at : new Date(at));

/** "3 Nov": a day within the charts' and sentences' few months. */
export const shortDate = (at: string | number | Date): string =>
  format({ day: 'numeric', month: 'short' }).format(asDate(at));

/** "3 November 2026": a report's range. */
export const longDate = (at: string | number | Date): string =>
  format({ day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(at));

/** "3 Nov 2026": a day in a table. */
export const mediumDate = (at: string | number | Date): string => format({ dateStyle: 'medium' }).format(asDate(at));

/** "3 Nov 2026, 14:05": when a session started or was saved. */
export const dateTime = (at: string | number | Date): string =>
  format({ dateStyle: 'medium', timeStyle: 'short' }).format(asDate(at));
