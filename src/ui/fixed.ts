/**
 * A number with exactly `digits` decimals in the page's language ("2.0" / "2,0"): for figures
 * that tick (a hold's seconds, frames a second), whose width must not jump as they change.
 * Counts and other numbers go through src/i18n/format.ts.
 */
import { activeLocale } from '../i18n/active';

const cache = new Map<string, Intl.NumberFormat>();

export function fixed(value: number, digits: number, locale: string = activeLocale()): string {
  const key = `${locale}|${digits}`;
  let format = cache.get(key);
  if (!format)
    cache.set(
      key,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return format.format(value);
}
