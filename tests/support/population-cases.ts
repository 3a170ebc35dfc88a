/**
 * An exercise's main tests over a population of puppets (population.ts): every sampled person's
 * clean set counts exactly (or within the case's tolerance) with no cue, and every fault, done by
 * its own share of the population, fires its named check. One test per set, listing every person
 * it failed on, so a failure names the people to replay.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExerciseSpec } from '../../src/coach/exercise';
import { Coach } from '../../src/coach/coach';
import { countOf } from '../../src/coach/count';
import type { Timeline } from '../../src/puppet/timeline';
import { FACTORS, population, type Person, type Subject, type SubjectOptions } from './population';
import { replay } from './replay';

export interface CleanSet {
  readonly timeline: Timeline;
  /** What the coach must count: in all, or per side for a sided exercise. */
  readonly count: number | { readonly left: number; readonly right: number };
  /** How far off the count may be (the spec's tolerance for this kind of set). Default 0. */
  readonly tolerance?: number;
}

export interface FaultCase {
  /** The check that must fire. */
  readonly id: string;
  /** What the person does wrong, for the test's name. */
  readonly what: string;
  readonly script: (subject: Subject) => Timeline;
}

export interface PopulationCase {
  readonly exercise: ExerciseSpec;
  /** The population's seed (one per exercise, so the exercises see different people). */
  readonly seed: number;
  readonly subject: SubjectOptions;
  readonly clean: (subject: Subject) => CleanSet;
  readonly faults: readonly FaultCase[];
  /**
   * Cues the clean set may give, each with why it is not held to silence here (checks on
   * MediaPipe's depth, which the population reads as real footage does: see real-depth.ts).
   */
  readonly notJudged?: Readonly<Record<string, string>>;
  /**
   * People the population shows the exercise gets wrong and this work has not fixed, by test
   * ('clean 3', or a fault's `what` and the person: 'lean back 14'), with the reason: they run as
   * `it.fails`, so a fix is noticed.
   */
  readonly knownFailures?: Readonly<Record<string, string>>;
  /** People for the clean set. Default 8. */
  readonly people?: number;
  /** People for each fault. Default 4 (each fault a different share of the population). */
  readonly faultPeople?: number;
}

/** A set of people takes a few seconds, more on a busy machine. */
const TIMEOUT = 60_000;

const describeCount = (count: CleanSet['count']): string =>
  typeof count === 'number' ? `${count}` : `L${count.left} R${count.right}`;

/** Registers the case's tests in a `describe` named after the exercise. */
export function describePopulation(c: PopulationCase): void {
  const people = c.people ?? 8;
  const faultPeople = c.faultPeople ?? 4;
  const everyone = population(c.seed, people + faultPeople * c.faults.length);
  const ignored = new Set(Object.keys(c.notJudged ?? {}));
  // The landmarks the exercise needs in view, on either side: the person steps back until the
  // app stops asking them to (population.ts).
  const coach = new Coach(c.exercise);
  const inView = [...new Set([...coach.countingJoints('left'), ...coach.countingJoints('right')])];

  /** What is wrong with the clean set of a subject (null when it is right). */
  const cleanVerdict = (subject: Subject): string | null => {
    const set = c.clean(subject);
    const { summary, cueIds } = replay(c.exercise, subject.render(set.timeline, { inView }));
    logFraming(c, 'clean', subject);
    const count = (side: 'left' | 'right' | null): number => countOf(c.exercise, summary.counts, side);
    const counted = typeof set.count === 'number' ? count(null) : { left: count('left'), right: count('right') };
    const off =
      typeof set.count === 'number'
        ? Math.abs(count(null) - set.count)
        : Math.max(Math.abs(count('left') - set.count.left), Math.abs(count('right') - set.count.right));
    const cues = cueIds.filter((id) => !ignored.has(id));
    if (off <= (set.tolerance ?? 0) && cues.length === 0) return null;
    return `counted ${describeCount(counted)} of ${describeCount(set.count)}${cues.length ? `, cued ${cues.join(', ')}` : ''}`;
  };
  const faultVerdict = (fault: FaultCase, subject: Subject): string | null => {
    const { cueIds } = replay(c.exercise, subject.render(fault.script(subject), { inView }));
    logFraming(c, fault.what, subject);
    return cueIds.includes(fault.id) ? null : `cued [${cueIds.join(', ')}]`;
  };

  /** One test per person; a known failure runs as `it.fails`, so a fix is noticed. */
  const check = (key: string, person: Person, name: string, verdict: (subject: Subject) => string | null) => {
    const known = c.knownFailures?.[key];
    (known === undefined ? it : it.fails)(
      `${name}${known === undefined ? '' : ` (known: ${known})`}`,
      () => {
        const subject = person.doing(c.subject);
        const wrong = verdict(subject);
        const why = wrong === null ? '' : explain(person, (s) => verdict(s) === null, c.subject);
        expect(wrong === null ? null : `${describeSubject(person, subject)}: ${wrong}${why}`).toBeNull();
      },
      TIMEOUT,
    );
  };

  describe(`${c.exercise.id}: over a population`, () => {
    for (const person of everyone.slice(0, people)) {
      check(
        `clean ${person.index}`,
        person,
        `person ${person.index}: a clean set counts right, with no cue`,
        cleanVerdict,
      );
    }
    c.faults.forEach((fault, k) => {
      for (const person of everyone.slice(people + k * faultPeople, people + (k + 1) * faultPeople)) {
        check(
          `${fault.what} ${person.index}`,
          person,
          `person ${person.index}: ${fault.id} fires when they ${fault.what}`,
          (s) => faultVerdict(fault, s),
        );
      }
    });
  });
}

/**
 * With POPULATION_FRAMING=<file>: one JSON line per rendered set, appended to the file — the
 * exercise, its view, the person, the distance their set-up drew, how far they stepped back to be
 * in view and how large they ended up in the picture — to see what framings a population tests.
 */
function logFraming(c: PopulationCase, set: string, subject: Subject): void {
  const file = process.env.POPULATION_FRAMING;
  if (!file) return;
  const line = {
    exercise: c.exercise.id,
    view: c.exercise.view,
    set,
    person: subject.person.index,
    heightM: subject.person.body.heightM,
    drawnM: subject.camera.distanceM,
    steppedBackM: subject.steppedBackM,
    sizePx: subject.sizePx,
    imageHeight: subject.camera.imageHeight,
  };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/**
 * With POPULATION_EXPLAIN=1: which single part of the person's variation, left out, makes the
 * test pass (" — passes without: noise, rom"), to tell a weakness of the exercise from the rest.
 */
function explain(person: Person, passes: (subject: Subject) => boolean, options?: SubjectOptions): string {
  if (!process.env.POPULATION_EXPLAIN || !options) return '';
  const fixers = FACTORS.filter((factor) => passes(person.doing({ ...options, neutral: [factor] })));
  return ` — passes without: ${fixers.join(', ') || 'no single one'}`;
}

/** Who the person is and how they were filmed, to replay them alone. */
export function describeSubject(person: Person, subject: Subject): string {
  const cam = subject.camera;
  return (
    `${person.label}, range ${Math.round(subject.rom * 100)} %, tempo ${subject.tempo.toFixed(2)}×, ` +
    `${subject.fps} fps, camera ${cam.distanceM.toFixed(2)} m at ${cam.heightM.toFixed(2)} m tilted ${cam.tiltDeg.toFixed(1)}°, ` +
    `turned ${subject.yaw.toFixed(0)}°` +
    (subject.steppedBackM > 0 ? `, stepped back ${subject.steppedBackM.toFixed(2)} m to be in view` : '')
  );
}
