/**
 * Safety, from the source material: the app is not medical advice; do not start with severe pain
 * or a recent injury that is still swollen, and see a health professional; stop on sharp pain.
 */
import { msg } from '../i18n/msg';

export const NOT_MEDICAL_ADVICE = msg(
  'Form Coach is not medical advice. It shows how your movements look to a camera and counts them; it cannot tell why something hurts. If you have severe pain, or pain that does not settle, see a health professional.',
);

export const STOP_ON_PAIN = msg('Stop at once if you feel sharp pain, numbness or tingling.');

export interface ReadinessAnswers {
  /** Severe pain in the neck, back or shoulders right now. */
  readonly severePain: boolean;
  /** A recent injury whose pain, stiffness or swelling has not gone down yet. */
  readonly recentInjury: boolean;
}

export type Readiness = { readonly ok: true } | { readonly ok: false; readonly advice: string };

export function readiness(answers: ReadinessAnswers): Readiness {
  if (answers.severePain) {
    return {
      ok: false,
      advice: msg(
        'With severe pain, please do not start this session. See a health professional (a doctor or physiotherapist) about it first.',
      ),
    };
  }
  if (answers.recentInjury) {
    return {
      ok: false,
      advice: msg(
        'After an injury, wait until the pain, stiffness and swelling have gone down before exercising again, and ask a health professional when it is safe to start.',
      ),
    };
  }
  return { ok: true };
}

/** A pain rating is a whole number from 0 (none) to 10 (the worst imaginable). */
export function isPainRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}
