/** The history chart's time axis (fc-chart.ts): its span and its labels, times in seconds. */
import { shortDate } from '../../i18n/dates';

const WEEK_S = 7 * 24 * 3600;

/** The time axis's span, in seconds: the sessions', widened to a week about their middle. */
export function atLeastAWeek(min: number, max: number): [number, number] {
  if (max - min >= WEEK_S) return [min, max];
  const middle = (min + max) / 2;
  return [middle - WEEK_S / 2, middle + WEEK_S / 2];
}

/**
 * The time axis's labels: a date at each tick on a midnight (uPlot puts day ticks there), none
 * between — ticks every few hours would write one date several times, off its day's start.
 */
export function dayLabels(splits: readonly number[]): string[] {
  return splits.map((seconds) => {
    const at = new Date(seconds * 1000);
    return at.getHours() === 0 && at.getMinutes() === 0 ? shortDate(at.getTime()) : '';
  });
}
