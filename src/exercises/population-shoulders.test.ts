/**
 * Shoulder exercises over a population of puppets (tests/support/population.ts): people of other
 * builds, ranges and tempos, cameras set up within the card, noise fitted on real footage. Each
 * case's range of motion is bounded by what the spec still calls the movement; the bound and its
 * reason are beside it.
 */
import {
  ALLOWANCE,
  CAMERAS,
  describePopulation,
  mergePose,
  sequence,
  standing,
  type PosePatch,
  type Subject,
} from '../../tests/support';
import { fingertipsOnShoulders } from './shoulder-roll.presets';
import { shoulderRoll } from './shoulder-roll';

/**
 * Shoulder rolls as the puppet's `shoulderRolls` draws them (lift 30°, protraction ±18°), the
 * person's range scaling both, with `nodDeg` of head nod in step (chin up as the shoulders rise).
 */
const roll =
  (sense: 1 | -1, nodDeg = 0) =>
  (phase: number, rom: number): PosePatch => ({
    neckFlexion: nodDeg * Math.cos(phase),
    both: {
      shoulderElevation: (30 * rom * (1 - Math.cos(phase))) / 2,
      shoulderProtraction: sense * 18 * rom * Math.sin(phase),
    },
  });

/** A second at rest, then `count` backward (or forward) rolls of 3 s each at the preset's tempo. */
const rolls =
  (count: number, options: { base?: typeof standing; nodDeg?: number; sense?: 1 | -1 } = {}) =>
  (s: Subject) => {
    const base = options.base ?? standing;
    return sequence(
      s.rest(base, 1000),
      s.circles(base, {
        count,
        periodMs: 3000,
        direction: 1,
        rampMs: 300,
        at: roll(options.sense ?? 1, options.nodDeg),
      }),
    );
  };

describePopulation({
  exercise: shoulderRoll,
  seed: 301,
  // "Lift both shoulders towards your ears": a roll that lifts them 21–33° (70–110 % of the
  // puppet's 30°, ~6–9 cm) is still one; less is a shrug of the shoulders, not a circle. The card
  // asks for slow circles: 0.6–1.4× the preset's 3 s (2.1–5 s a roll; the clip's took 1.2–1.6 s
  // bottom to bottom, counted by the exercise's own tests at 2 s).
  subject: { camera: CAMERAS.laptop, allowance: ALLOWANCE.front, rom: [0.7, 1.1], tempo: [0.6, 1.4] },
  // Kept cheap (~2 s on a quiet machine): 6 people, 3 for each fault, faults over 3 rolls.
  people: 6,
  faultPeople: 3,
  clean: (s) => ({ timeline: rolls(5)(s), count: 5 }),
  faults: [
    {
      id: 'arms-relaxed',
      what: 'hold the arms out to the sides',
      script: rolls(3, { base: mergePose(standing, { both: { shoulderAbduction: 70 } }) }),
    },
    { id: 'head-still', what: 'nod the head along with each roll', script: rolls(3, { nodDeg: 15 }) },
  ],
});

// The fingertips-on-shoulders variant, rolled forward: the elbows draw the circle too.
describePopulation({
  exercise: shoulderRoll,
  seed: 302,
  subject: { camera: CAMERAS.laptop, allowance: ALLOWANCE.front, rom: [0.7, 1.1], tempo: [0.6, 1.4] },
  people: 3,
  clean: (s) => ({ timeline: rolls(5, { base: fingertipsOnShoulders, sense: -1 })(s), count: 5 }),
  faults: [],
});
