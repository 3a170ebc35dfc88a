/**
 * Eyes-free mode: what the screen says during a session that the voice does not say anyway — the
 * set-up guidance, the hold's seconds, the rest and what comes next — turned into lines for the one
 * voice ({@link Speech}), which says one line at a time and lets the more important win. Pure, on
 * the clock it is given (tests drive it), so it can be tested without a browser.
 *
 * Rate limits keep it from nagging: set-up guidance is said when it changes (at most one guidance
 * line every {@link NarratorTiming.guidanceGapMs}, so a flickering check is not read out frame by
 * frame) and the same guidance is repeated at most every {@link NarratorTiming.guidanceRepeatMs};
 * a hold's seconds every five, and the last three.
 */
import { msg, str } from '@lit/localize';
import type { Guidance } from '../../coach/setup';
import { plural } from '../../i18n/format';
import type { PlannedItem, RoutineItem } from '../../session/routine';
import type { SpeechPriority } from './speech';

export interface Line {
  readonly text: string;
  readonly priority: SpeechPriority;
}

/** Says a line; false when the voice did not take it (busy with something more important). */
export type Say = (line: Line) => boolean;

export interface NarratorTiming {
  /** The least time between two guidance lines, whatever they say. */
  readonly guidanceGapMs: number;
  /** The same guidance again no sooner than this. */
  readonly guidanceRepeatMs: number;
}

export const DEFAULT_NARRATOR_TIMING: NarratorTiming = { guidanceGapMs: 3000, guidanceRepeatMs: 8000 };

/** A hold's elapsed seconds said aloud: every this many. */
const HOLD_EVERY_S = 5;
/** …and each of the last this many before the target. */
const HOLD_LAST_S = 3;

export class Narrator {
  private guidanceSaid: { readonly text: string; readonly atMs: number } | null = null;
  private holdSaid = new Set<number>();

  constructor(
    private readonly say: Say,
    private readonly timing: NarratorTiming = DEFAULT_NARRATOR_TIMING,
  ) {}

  /**
   * This frame's set-up guidance (null: nothing to fix). Said when it changes and the last guidance
   * line is at least the gap old, or again once the repeat time has passed. A line the voice did
   * not take is offered again on the next frame. During a set the runner passes the lowest
   * priority: then the guidance waits for a quiet moment and never costs a count or a cue.
   */
  guidance(guidance: Guidance | null, nowMs: number, priority: SpeechPriority = 'cue'): void {
    if (!guidance) return;
    const last = this.guidanceSaid;
    if (last) {
      const since = nowMs - last.atMs;
      const wait = last.text === guidance.text ? this.timing.guidanceRepeatMs : this.timing.guidanceGapMs;
      if (since < wait) return;
    }
    if (this.say({ text: guidance.text, priority })) this.guidanceSaid = { text: guidance.text, atMs: nowMs };
  }

  /**
   * The hold's clock: its elapsed seconds every five ("5 seconds"), then the last three counted
   * down ("3", "2", "1") before `targetS`. A broken hold (the clock back under a second) starts
   * afresh. The target itself is said by the runner ("Well held").
   */
  hold(holdMs: number, targetS: number): void {
    const second = Math.floor(holdMs / 1000);
    if (second < 1) {
      this.holdSaid.clear();
      return;
    }
    if (second >= targetS || this.holdSaid.has(second)) return;
    const left = targetS - second;
    let text: string | null = null;
    if (left <= HOLD_LAST_S) text = String(left);
    else if (second % HOLD_EVERY_S === 0)
      text = plural(second, { one: msg(str`${second} second`), other: msg(str`${second} seconds`) });
    if (text === null) return;
    // A second the voice was too busy for is not said late: a late number misleads.
    this.holdSaid.add(second);
    this.say({ text, priority: 'hold' });
  }

  /** A new exercise or set: guidance and hold start afresh. */
  reset(): void {
    this.guidanceSaid = null;
    this.holdSaid.clear();
  }
}

/** The set's dose as said aloud: "10 reps", "a 20 second hold", "40 seconds". */
export function spokenDose(item: RoutineItem): string {
  const { durationS, holdS, reps } = item;
  if (durationS !== undefined)
    return plural(durationS, { one: msg(str`${durationS} second`), other: msg(str`${durationS} seconds`) });
  if (holdS !== undefined) return msg(str`a ${holdS} second hold`);
  const count = reps ?? 1;
  return plural(count, { one: msg(str`${count} rep`), other: msg(str`${count} reps`) });
}

/** What a rest says: how long, and what comes next ("Rest 30 seconds. Next: Wall angel, set 2 of 3, 10 reps."). */
export function restLine(restS: number, next: PlannedItem, set: number): string {
  const rest = plural(restS, { one: msg(str`Rest ${restS} second.`), other: msg(str`Rest ${restS} seconds.`) });
  const name = next.exercise.name;
  const sets = next.item.sets;
  const dose = spokenDose(next.item);
  return msg(str`${rest} Next: ${name}, set ${set} of ${sets}, ${dose}.`);
}
