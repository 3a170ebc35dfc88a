/**
 * Every custom event the app's elements fire, with its detail: the one list. Registered in
 * `HTMLElementEventMap`, so `addEventListener('fc-…')` and `emit` are type-checked (a misspelt
 * name or a wrong detail does not compile); `npm run check` forbids `new CustomEvent` anywhere
 * else (eslint), and a test checks that every `@fc-…` listener in a template names an event here.
 */
import type { Equipment } from '../coach/exercise';
import type { DetectionResult, ModelVariant } from '../detection/detector-api';
import type { Routine, RoutineItem } from '../session/routine';
import type { SetRecord } from '../session/session-summary';
import type { ProblemAction } from './problems';
import type { SessionFinish } from './routines/fc-session-runner';
import type { SpeechSettings } from './voice/speech';

export interface FcEventDetails {
  /** fc-exercise-flow: each analysed frame (the e2e tests read them). */
  'fc-pose': DetectionResult;
  /** fc-exercise-flow: a session started or ended (the shell hides its navigation meanwhile). */
  'fc-running': { readonly running: boolean };
  /** fc-model-picker: the person chose this pose model. */
  'fc-model': { readonly model: ModelVariant };
  /** fc-exercise-picker: an exercise was chosen (null: just track). */
  'fc-select': { readonly id: string | null };
  /** fc-problem: the person chose what to do about a problem. */
  'fc-action': { readonly action: ProblemAction };
  /** fc-unfinished: resume this unfinished session. */
  'fc-resume': { readonly id: string };
  /** fc-pain-rating: a pain rating was chosen. */
  'fc-rating': { readonly value: number };
  /** fc-routine-list */
  'fc-start': { readonly routine: Routine };
  'fc-edit': { readonly routine: Routine };
  'fc-delete': { readonly routine: Routine };
  'fc-equipment': { readonly equipment: readonly Equipment[] };
  /** fc-routine-editor: save this routine. */
  'fc-save': { readonly routine: Routine };
  /** fc-routine-editor, fc-readiness: go back without doing anything; fc-file-progress: stop analysing, keep what was analysed. */
  'fc-cancel': null;
  /** fc-readiness: the pain rating, and the plan's items when the person took a suggested change. */
  'fc-ready': { readonly painBefore: number; readonly items?: readonly RoutineItem[] };
  /** fc-session-runner: the sets so far, the one under way last. */
  'fc-progress': { readonly sets: readonly SetRecord[] };
  'fc-finished': SessionFinish;
  /** fc-session-summary */
  'fc-pain-after': { readonly value: number };
  'fc-done': null;
  /** fc-voice-settings */
  'fc-speech': { readonly settings: SpeechSettings };
  /** fc-voice-settings: eyes-free mode switched on or off. */
  'fc-eyes-free': { readonly on: boolean };
}

export type FcEventName = keyof FcEventDetails;
export type FcEvent<K extends FcEventName> = CustomEvent<FcEventDetails[K]>;
type FcEventMap = { [K in FcEventName]: FcEvent<K> };

/**
 * The names at run time, for the test that checks templates' `@fc-…` listeners (templates are
 * strings to TypeScript). Typed so that it lists exactly the events above, no more, no fewer.
 */
export const FC_EVENT_NAMES = Object.keys({
  'fc-pose': true,
  'fc-running': true,
  'fc-model': true,
  'fc-select': true,
  'fc-action': true,
  'fc-resume': true,
  'fc-rating': true,
  'fc-start': true,
  'fc-edit': true,
  'fc-delete': true,
  'fc-equipment': true,
  'fc-save': true,
  'fc-cancel': true,
  'fc-ready': true,
  'fc-progress': true,
  'fc-finished': true,
  'fc-pain-after': true,
  'fc-done': true,
  'fc-speech': true,
  'fc-eyes-free': true,
} satisfies Record<FcEventName, true>) as readonly FcEventName[];

/** Fires `type` from `target`, bubbling out of shadow roots (listeners sit on ancestors). */
export function emit<K extends FcEventName>(target: EventTarget, type: K, detail: FcEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the fc-* events into the DOM's map
  interface HTMLElementEventMap extends FcEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- document listeners (the e2e fixtures) too
  interface DocumentEventMap extends FcEventMap {}
}
