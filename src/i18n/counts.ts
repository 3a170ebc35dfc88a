/**
 * A count with its noun, in the page's language and its plural rules ("1 rep", "2 circles",
 * "3 of 10 reps"): the UI's summaries and history say counts through these, never `n === 1`.
 */
import { msg, str } from '@lit/localize';
import type { CountUnit } from '../coach/count';
import { plural } from './format';

/** "1 rep", "2 holds", "5 circles". */
export function countText(unit: CountUnit, n: number): string {
  switch (unit) {
    case 'reps':
      return plural(n, { one: msg(str`${n} rep`), other: msg(str`${n} reps`) });
    case 'holds':
      return plural(n, { one: msg(str`${n} hold`), other: msg(str`${n} holds`) });
    case 'circles':
      return plural(n, { one: msg(str`${n} circle`), other: msg(str`${n} circles`) });
  }
}

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
