/**
 * The one place a measure's number becomes text, so a ratio can never be printed as degrees.
 * The summary, the session summary, the history (table and chart) and the export read it.
 */
import { activeLocale } from '../../i18n/active';
import type { Unit } from './measure';

/** The unit's symbol: degrees, or "times" a body length. */
export const unitSymbol = (unit: Unit): string => (unit === 'deg' ? '°' : '×');

/**
 * A value as a person reads it: whole degrees ("62°"), or a ratio to two decimals ("0.45×":
 * a body-length ratio's useful range is 0–2, where whole numbers say nothing).
 */
export function formatMeasure(value: number, unit: Unit): string {
  return unit === 'deg'
    ? `${Math.round(value)}${unitSymbol(unit)}`
    : `${ratioFormat().format(value)}${unitSymbol(unit)}`;
}

/** Two decimals always ("0.40×"), in the page's language ("0,40×" in German); no grouping. */
const ratioFormats = new Map<string, Intl.NumberFormat>();
function ratioFormat(): Intl.NumberFormat {
  const locale = activeLocale();
  let format = ratioFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    ratioFormats.set(locale, format);
  }
  return format;
}

/**
 * The unit of a stored range of motion: records saved before units were kept have none, and
 * every range then was read as degrees.
 */
export const storedUnit = (unit: Unit | undefined): Unit => unit ?? 'deg';
