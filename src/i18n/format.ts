/**
 * Numbers and plurals through `Intl`, in the page's language: never a hand-made "1 circles".
 * Pure apart from reading the current language, so the coach's text and the UI share them.
 */
import { activeLocale } from './active';

/** The forms a count's words take; `other` is required (every language has it). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function rules(locale: string): Intl.PluralRules {
  let found = rulesCache.get(locale);
  if (!found) rulesCache.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
}

/**
 * The form of `forms` the language uses for `count` (English and German: "one" for 1, else
 * "other"). Write each form whole, with the number in it, through `msg(str\`…\`)`:
 * `plural(n, { one: msg(str\`${n} rep\`), other: msg(str\`${n} reps\`) })`.
 */
export function plural(count: number, forms: PluralForms, locale: string = activeLocale()): string {
  return forms[rules(locale).select(count)] ?? forms.other;
}

/** A number as the language writes it ("1.5" / "1,5"), with at most `maxDigits` decimals. */
export function formatNumber(value: number, maxDigits = 0, locale: string = activeLocale()): string {
  const key = `${locale}|${maxDigits}`;
  let format = numberCache.get(key);
  if (!format) numberCache.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits })));
  return format.format(value);
}
