/**
 * An exercise's main tests over a population of puppets (population.ts): every sampled person's
 * clean set counts exactly (or within the case's tolerance) with no cue, and every fault, done by
 * its own share of the population, fires its named check. One test per set, listing every person
 * it failed on, so a failure names the people to replay.
 */
import { describe, expect, it } from 'vitest';
import type { ExerciseSpec } from '../../src/coach/exercise';
import { countOf } from '../../src/coach/count';
import type { Timeline } from '../../src/puppet/timeline';
import { population, type Person, type Subject, type SubjectOptions } from './population';
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
  /** People for the clean set. Default 8. */
  readonly people?: number;
  /** People for each fault. Default 4 (each fault a different share of the population). */
  readonly faultPeople?: number;
}

const describeCount = (count: CleanSet['count']): string =>
  typeof count === 'number' ? `${count}` : `L${count.left} R${count.right}`;

/** Registers the case's tests in a `describe` named after the exercise. */
export function describePopulation(c: PopulationCase): void {
  const people = c.people ?? 8;
  const faultPeople = c.faultPeople ?? 4;
  const everyone = population(c.seed, people + faultPeople * c.faults.length);
  const ignored = new Set(Object.keys(c.notJudged ?? {}));

  describe(`${c.exercise.id}: over a population`, () => {
    it(`${people} people's clean sets count right and get no cue`, () => {
      const failures: string[] = [];
      for (const person of everyone.slice(0, people)) {
        const subject = person.doing(c.subject);
        const set = c.clean(subject);
        const { summary, cueIds } = replay(c.exercise, subject.render(set.timeline));
        const tolerance = set.tolerance ?? 0;
        const counted =
          typeof set.count === 'number'
            ? countOf(c.exercise, summary.counts, null)
            : {
                left: countOf(c.exercise, summary.counts, 'left'),
                right: countOf(c.exercise, summary.counts, 'right'),
              };
        const off =
          typeof set.count === 'number'
            ? Math.abs((counted as number) - set.count)
            : Math.max(
                Math.abs((counted as { left: number }).left - set.count.left),
                Math.abs((counted as { right: number }).right - set.count.right),
              );
        const cues = cueIds.filter((id) => !ignored.has(id));
        if (off > tolerance || cues.length > 0) {
          failures.push(
            `${describeSubject(person, subject)}: counted ${describeCount(counted)} of ${describeCount(set.count)}` +
              (cues.length ? `, cued ${cues.join(', ')}` : ''),
          );
        }
      }
      expect(failures).toEqual([]);
    });

    c.faults.forEach((fault, k) => {
      const share = everyone.slice(people + k * faultPeople, people + (k + 1) * faultPeople);
      it(`${fault.id} fires for ${faultPeople} people who ${fault.what}`, () => {
        const failures: string[] = [];
        for (const person of share) {
          const subject = person.doing(c.subject);
          const { cueIds } = replay(c.exercise, subject.render(fault.script(subject)));
          if (!cueIds.includes(fault.id))
            failures.push(`${describeSubject(person, subject)}: cued [${cueIds.join(', ')}]`);
        }
        expect(failures).toEqual([]);
      });
    });
  });
}

/** Who the person is and how they were filmed, to replay them alone. */
export function describeSubject(person: Person, subject: Subject): string {
  const cam = subject.camera;
  return (
    `${person.label}, range ${Math.round(subject.rom * 100)} %, tempo ${subject.tempo.toFixed(2)}×, ` +
    `${subject.fps} fps, camera ${cam.distanceM.toFixed(2)} m at ${cam.heightM.toFixed(2)} m tilted ${cam.tiltDeg.toFixed(1)}°, ` +
    `turned ${subject.yaw.toFixed(0)}°`
  );
}
