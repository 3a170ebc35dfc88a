/**
 * A person standing still in front of the camera for 30 s, through the population's fitted
 * detector noise (tests/support/population.ts), must get no shoulder roll counted: the held-out
 * judgement allows no phantom reps, and the shoulder roll counts every rise and fall of the
 * shoulders' world height against the ears (shoulder-roll.ts), so the noise on that height is all
 * that could make one.
 *
 * While the world jitter was one median for every landmark (0.93 cm, pooled with the hands and the
 * legs out of view), 14 of 80 still people (seeds 777 and 999) got 26 phantom rolls, 13 of 60 of
 * seed 303 (3 of this test's 20): the smoothed lift swung 0.1–0.19 shoulder widths within 3 s at
 * the noisiest end, 0.06–0.11 at the median there, where the real still shoulders of
 * neck-tilts-seated and neck-rotation-headshoulders swing 0.026–0.043 (at most 0.105, the head
 * tilting). Fitted per landmark (fitted-noise.ts: ears 0.54–0.56 cm, shoulders 0.44–0.62 cm),
 * the noisiest still people swing 0.03–0.05 at the median (0.05–0.08 at the 90th percentile), as
 * the real clips do, and none of those 140 gets a roll. The margin is modest: with the world
 * jitter 1.5× the fit (up to ~2× its median with the population's noise scale) 5 of the 80 get a
 * roll, 2×: 23 of 80 — a person filmed far noisier than the shared clips could still get one.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWANCE, CAMERAS, population, replay, standing, seatedTall } from '../../tests/support';
import { shoulderRoll } from './shoulder-roll';

const PEOPLE = 20;
const STILL_MS = 30_000;

describe('shoulder roll: a still person under the fitted noise', () => {
  it(`counts no roll for ${PEOPLE} people standing or sitting still for 30 s`, () => {
    const phantoms: string[] = [];
    for (const person of population(303, PEOPLE)) {
      const subject = person.doing({ camera: CAMERAS.laptop, allowance: ALLOWANCE.front });
      // Half stand, half sit: the card allows either.
      const base = person.index % 2 ? seatedTall : standing;
      const { summary } = replay(shoulderRoll, subject.render(subject.rest(base, STILL_MS)));
      if (summary.counts.cycles > 0) phantoms.push(`${person.label}: ${summary.counts.cycles}`);
    }
    expect(phantoms).toEqual([]);
  }, 120_000);
});
