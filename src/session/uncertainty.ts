/**
 * How far a range of motion in history can be trusted: the "± 8°" beside every range the person
 * is shown, and the margin a change must clear before it is called a change.
 *
 * Two things move a session's number without the person moving any differently:
 *
 * - **Rep to rep** (`perRep`, one standard deviation of a single rep's range): landmark jitter and
 *   the person's own variation. Measured on real footage with the engine as it counts: the side-on
 *   one-arm row (`row-single-arm-chair`, 6 reps) reads 106.8° ± 3.5° (SD), the person's own
 *   variation included; the puppet with landmark jitter and dropped frames reads 1.7–3.1° (row,
 *   wall angel; uncertainty.test.ts). 4° covers both. It shrinks with the number of reps averaged.
 * - **Set-up** (`setup`, one SD of a session's mean): the camera a little higher, lower, tilted,
 *   turned or nearer from one day to the next. It does not average away within a session. Measured
 *   on the puppet by rendering the same reps under the camera set-ups a person plausibly uses:
 *   0.4–1.5° for the row and wall angel (uncertainty.test.ts asserts the table covers it). Real
 *   set-ups vary in more ways than the puppet's (clothes, where the person sits, the light), so
 *   the table takes 4°. Turning the head is read from
 *   the nose between the ears, which a camera a little to one side biases one way: on real footage
 *   one person's turns read 61° to the left and 115° to the right (`neck-rotation-headshoulders`).
 *   The same side from one day to the next keeps its bias, so it cancels in a change; between the
 *   two sides it does not (`sideBias`), and asymmetry is only called beyond it.
 *
 * A margin is two standard deviations (about 95 %). Measures computed from MediaPipe's depth
 * estimate (world space) are shown as trends, never as degrees: their depth is too noisy on real
 * people for a number to mean anything from one session to the next.
 */
import { msg } from '../i18n/msg';
import { drivingMeasure, rangeUnitOf, type ExerciseSpec } from '../coach/exercise';
import type { Unit } from '../coach/measures';

export type RangeTrust =
  | {
      readonly kind: 'measured';
      readonly unit: Unit;
      /** One rep's range, one standard deviation. */
      readonly perRep: number;
      /** A session's mean from one set-up to the next, one standard deviation. */
      readonly setup: number;
      /** How far apart the two sides can read for a symmetric person (a bias, not noise). */
      readonly sideBias: number;
    }
  | { readonly kind: 'trend'; readonly unit: Unit; readonly why: string };

/** Picture-plane angles and body-length ratios: see the module comment for where these come from. */
const IMAGE_TRUST: Record<Unit, { perRep: number; setup: number; sideBias: number }> = {
  deg: { perRep: 4, setup: 4, sideBias: 0 },
  ratio: { perRep: 0.04, setup: 0.04, sideBias: 0 },
};

/** Exercises whose driving measure the generic numbers do not fit, and why. */
const OVERRIDES: Readonly<Record<string, { perRep: number; setup: number; sideBias: number }>> = {
  // Head turn from the nose between the ears: noisier per rep (the puppet: 2–5°), and a camera off
  // to one side biases the two sides opposite ways (real footage: 61° against 115°; module comment).
  'neck-rotation': { perRep: 6, setup: 6, sideBias: 40 },
};

export function rangeTrust(spec: ExerciseSpec): RangeTrust {
  const unit = rangeUnitOf(spec);
  if (drivingMeasure(spec)?.space === 'world') {
    return {
      kind: 'trend',
      unit,
      why: msg('read from the camera’s depth estimate, which is too rough for a number: shown as a trend'),
    };
  }
  return { kind: 'measured', unit, ...(OVERRIDES[spec.id] ?? IMAGE_TRUST[unit]) };
}

/** One standard deviation of a session's mean range over `reps` reps. */
function sessionSd(trust: Extract<RangeTrust, { kind: 'measured' }>, reps: number): number {
  return Math.hypot(trust.setup, trust.perRep / Math.sqrt(Math.max(1, reps)));
}

/** The ± shown beside one session's mean range over `reps` reps (two standard deviations). */
export function sessionMargin(trust: Extract<RangeTrust, { kind: 'measured' }>, reps: number): number {
  return 2 * sessionSd(trust, reps);
}

/** How far apart two sessions' means must be to call it a change (two SDs of the difference). */
export function changeMargin(
  trust: Extract<RangeTrust, { kind: 'measured' }>,
  repsBefore: number,
  repsAfter: number,
): number {
  return 2 * Math.hypot(sessionSd(trust, repsBefore), sessionSd(trust, repsAfter));
}
