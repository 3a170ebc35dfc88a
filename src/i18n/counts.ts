/**
 * A count with its noun, in the page's language and its plural rules ("1 rep", "2 circles",
 * "3 of 10 reps"): the UI's summaries and history say counts through these, never `n === 1`.
 */
import { msg, str } from '@lit/localize';
import type { CountUnit } from '../coach/count';
import { plural } from './format';

/** "1 rep", "2 holds", "5 circles": the coach's own, so the engine and the pages say it alike. */
export { countText } from '../coach/count';

/** "3 of 10 reps": the noun agrees with the target, as one reads it. */
export function countOfText(unit: CountUnit, done: number, target: number): string {
  switch (unit) {
    case 'reps':
      return plural(target, { one: msg(str`${done} of ${target} rep`), other: msg(str`${done} of ${target} reps`) });
    case 'holds':
      return plural(target, { one: msg(str`${done} of ${target} hold`), other: msg(str`${done} of ${target} holds`) });
    case 'circles':
      return plural(target, {
        one: msg(str`${done} of ${target} circle`),
        other: msg(str`${done} of ${target} circles`),
      });
  }
}
