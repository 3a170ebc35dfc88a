/**
 * Where a photo places the person in an exercise. The photo is shown to the coach as a still scene
 * — the same picture for a couple of seconds, as a camera would deliver it — and the verdict is
 * read from the engine's state at the end: its set-up guidance, whether the frame counts, its hold
 * clock, and the counting measure against the exercise's own thresholds. Nothing here is tuned
 * for photos: a photo is placed exactly where the live coach would place the same body.
 *
 * "Not sure" is a verdict, never a guess: a picture the coach would not count (a part of the body
 * out of the picture, the wrong view, two people, too dark), a measure between the start and the
 * peak of a rep (or between in and out of a hold: the hysteresis gap, where only the past decides),
 * and circles (a photo shows where on the circle, not which way round or how far) say so.
 *
 * `npm run eval` (manifest photos) and the app's photo mode both call `placeStill`, so the
 * verdict the eval scores is the sentence a person reads.
 */
import { msg, str } from '@lit/localize';
import { labelInSentence, nameInSentence } from '../i18n/sentence';
import type { BodySide } from '../pose/body-side';
import { usablePose } from '../pose/usable-pose';
import { Coach, type CoachUpdate } from './coach';
import type { ExerciseSpec } from './exercise';
import { formatMeasure, type Unit } from './measures';
import { isSingular, listParts, unseenParts, type Guidance } from './setup';
import { passes, type Threshold } from './threshold';
import type { PoseFrame } from '../pose/types';

/**
 * How long the still scene lasts, and at what rate its frames come: long enough for the coach to
 * settle (500 ms) and its view to be believed, so that the verdict is the state a person holding
 * that position in front of the camera would see.
 */
export const STILL_SCENE_MS = 2000;
export const STILL_FPS = 10;

/** The timestamps of a still scene's frames: 0 to STILL_SCENE_MS at STILL_FPS. */
export function stillTimestamps(): number[] {
  const step = 1000 / STILL_FPS;
  return Array.from({ length: Math.round(STILL_SCENE_MS / step) + 1 }, (_, i) => Math.round(i * step));
}

/** Where a person can be in an exercise (as the footage manifests' `expect.position`). */
export type Position = 'start' | 'peak' | 'hold' | 'out';

/** The measure that decided the verdict, as the person reads it ("Elbow", 171, deg). */
export interface DecidingMeasure {
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  /** The side it is about, for sided exercises. */
  readonly side: BodySide | null;
}

export type StillVerdict =
  | { readonly kind: 'placed'; readonly position: Position; readonly measure: DecidingMeasure }
  /** Between the two ends of a rep, or in a hold's hysteresis gap: the past would decide. */
  | { readonly kind: 'between'; readonly positions: readonly [Position, Position]; readonly measure: DecidingMeasure }
  /**
   * The counting measure reads nothing in this picture although the body is seen: the exercise
   * measures it only in its own shape (a fly's lift with the arms long), and this is not it.
   */
  | { readonly kind: 'unmeasured'; readonly label: string }
  /** The coach would count nothing in this picture; `parts` are the body parts out of it. */
  | { readonly kind: 'setup'; readonly guidance: Guidance; readonly parts: readonly string[] }
  /** Circles: a still cannot say where in a circle the person is going. */
  | { readonly kind: 'moving' };

/** Places the person of a still scene (frames of one picture; see `stillScene`). */
export function placeStill<M extends string>(exercise: ExerciseSpec<M>, frames: readonly PoseFrame[]): StillVerdict {
  if (exercise.counting.kind === 'cycles') return { kind: 'moving' };
  const coach = new Coach(exercise);
  let last: CoachUpdate<M> | null = null;
  for (const frame of frames) last = coach.update(frame);
  const frame = frames.at(-1);
  if (!last || !frame) return { kind: 'setup', guidance: NOBODY(), parts: [] };
  if (last.guidance) {
    const pose = last.guidance.id === 'in-frame' ? usablePose(frame) : undefined;
    const parts = pose ? unseenParts(pose, coach.countingJoints(last.view.near)) : [];
    return { kind: 'setup', guidance: last.guidance, parts };
  }
  // The scene is long enough to settle; a detector that lost the person on its last frames
  // leaves the set-up unconfirmed, which is no position either.
  if (!last.trackable) return { kind: 'setup', guidance: NOBODY(), parts: [] };
  return readPosition(exercise, last);
}

const NOBODY = (): Guidance => ({ id: 'step-in', text: msg('Step into view of the camera') });

/** A still scene: one detection of a picture, repeated at the scene's timestamps. */
export function stillScene(frame: PoseFrame): PoseFrame[] {
  return stillTimestamps().map((timestampMs) => ({ ...frame, timestampMs }));
}

interface Driver<M extends string> {
  readonly side: BodySide | null;
  readonly name: M;
  readonly value: number;
}

function readPosition<M extends string>(exercise: ExerciseSpec<M>, update: CoachUpdate<M>): StillVerdict {
  const counting = exercise.counting;
  if (counting.kind === 'cycles') return { kind: 'moving' };
  const named: { side: BodySide | null; name: M }[] =
    typeof counting.measure === 'string'
      ? [{ side: null, name: counting.measure }]
      : [
          { side: 'left', name: counting.measure.left },
          { side: 'right', name: counting.measure.right },
        ];
  const drivers: Driver<M>[] = [];
  for (const { side, name } of named) {
    const value = update.values[name];
    if (value !== null) drivers.push({ side, name, value });
  }
  const measure = (driver: Driver<M>): DecidingMeasure => ({
    label: exercise.measures[driver.name].label,
    value: driver.value,
    unit: exercise.measures[driver.name].unit,
    side: driver.side,
  });
  // The drivers' joints are seen (a trackable frame sees them): no value means the measure
  // declines this body shape.
  const first = drivers[0];
  if (!first) {
    const driven = named[0];
    return { kind: 'unmeasured', label: driven ? exercise.measures[driven.name].label : exercise.name };
  }

  if (counting.kind === 'hold') {
    // The hold clock is the engine's own word on "in the held position".
    if (update.phase === 'hold') {
      const held = drivers.find((d) => passes(d.value, counting.enter)) ?? first;
      return { kind: 'placed', position: 'hold', measure: measure(held) };
    }
    const nearest = closest(drivers, counting.enter);
    if (drivers.every((d) => passes(d.value, counting.exit))) {
      return { kind: 'placed', position: 'out', measure: measure(nearest) };
    }
    const gap = drivers.find((d) => !passes(d.value, counting.exit)) ?? nearest;
    return { kind: 'between', positions: ['out', 'hold'], measure: measure(gap) };
  }

  const atPeak = drivers.find((d) => passes(d.value, counting.peak));
  if (atPeak) return { kind: 'placed', position: 'peak', measure: measure(atPeak) };
  const nearest = closest(drivers, counting.peak);
  if (drivers.every((d) => passes(d.value, counting.start))) {
    return { kind: 'placed', position: 'start', measure: measure(nearest) };
  }
  const off = drivers.find((d) => !passes(d.value, counting.start)) ?? nearest;
  return { kind: 'between', positions: ['start', 'peak'], measure: measure(off) };
}

/** The driver nearest to passing `threshold` (the side most nearly in position). */
function closest<M extends string>(drivers: readonly Driver<M>[], threshold: Threshold): Driver<M> {
  const distance = (d: Driver<M>) => ('below' in threshold ? d.value - threshold.below : threshold.above - d.value);
  return drivers.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** The position a verdict places the person in, or null when it is not sure. */
export const positionOf = (verdict: StillVerdict): Position | null =>
  verdict.kind === 'placed' ? verdict.position : null;

/** Whether a label already names the side ("Tilt to the left"), as a whole word in any case. */
function namesSide(label: string, side: BodySide): boolean {
  const word = side === 'left' ? msg('left') : msg('right');
  return new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(label);
}

/** "left hip bend 62°", "elbow 171°": the measure as the sentence names it. */
export function describeMeasure(measure: DecidingMeasure): string {
  const label = labelInSentence(measure.label);
  const value = formatMeasure(measure.value, measure.unit);
  if (!measure.side || namesSide(label, measure.side)) return `${label} ${value}`;
  // Whole phrases per side: German puts the side after the noun ("Hüftbeugung links").
  const named = measure.side === 'left' ? msg(str`left ${label}`) : msg(str`right ${label}`);
  return `${named} ${value}`;
}

/**
 * The verdict as one sentence, with the measure that decides it: "You are in the held position:
 * trunk from vertical 47°", "This looks like the start of a rep (arm long): elbow 171°", "I can't
 * tell: your hips are out of the picture".
 */
export function stillSentence(exercise: ExerciseSpec, verdict: StillVerdict): string {
  const labels = exercise.phaseLabels;
  switch (verdict.kind) {
    case 'placed': {
      const measure = describeMeasure(verdict.measure);
      switch (verdict.position) {
        case 'hold':
          return msg(str`You are in the held position: ${measure}`);
        case 'out':
          return msg(str`You are not in the held position: ${measure}`);
        case 'start':
          return labels
            ? msg(str`This looks like the start of a rep (${labels.start}): ${measure}`)
            : msg(str`This looks like the start of a rep: ${measure}`);
        case 'peak':
          return labels
            ? msg(str`This looks like the peak of a rep (${labels.peak}): ${measure}`)
            : msg(str`This looks like the peak of a rep: ${measure}`);
      }
      break;
    }
    case 'between': {
      const measure = describeMeasure(verdict.measure);
      return verdict.positions[1] === 'hold'
        ? msg(str`I can't tell: you are almost in the held position (${measure})`)
        : msg(str`I can't tell: you are between the start and the peak of a rep (${measure})`);
    }
    case 'unmeasured': {
      const name = nameInSentence(exercise.name);
      const label = labelInSentence(verdict.label);
      return msg(str`I can't tell: this does not look like the ${name} (its ${label} cannot be read here)`);
    }
    case 'moving': {
      const name = nameInSentence(exercise.name);
      return msg(str`I can't tell from one photo where you are in a circle: open a video of the ${name} instead`);
    }
    case 'setup': {
      const reason = setupReason(exercise, verdict.guidance, verdict.parts);
      return msg(str`I can't tell: ${reason}`);
    }
  }
}

function setupReason(exercise: ExerciseSpec, guidance: Guidance, parts: readonly string[]): string {
  const name = nameInSentence(exercise.name);
  switch (guidance.id) {
    case 'in-frame': {
      if (parts.length === 0) return msg('part of you is out of the picture');
      const list = listParts(parts);
      return isSingular(parts)
        ? msg(str`your ${list} is out of the picture`)
        : msg(str`your ${list} are out of the picture`);
    }
    case 'turn-side':
      return msg(str`this photo is not taken side-on, and the ${name} is judged from the side`);
    case 'face-camera':
      return msg(str`this photo is not taken from the front, and the ${name} is judged facing the camera`);
    case 'one-person':
      return msg('someone else is in the photo');
    case 'too-dark':
      return msg('the photo is too dark to see you well');
    case 'step-in':
      return msg('I cannot find a person in this photo');
    case 'come-closer':
      return msg('you are too small in this photo to judge');
  }
}
