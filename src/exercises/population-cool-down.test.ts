/**
 * Cool-down stretches over a population of puppets (tests/support/population.ts): the seated
 * neck stretches, filmed by a laptop on the desk. Fewer people than the other phases (6 clean, 3
 * per fault): a 12 s hold each side is long to render, and the unit suite's time is shared.
 */
import {
  ALLOWANCE,
  CAMERAS,
  describePopulation,
  seatedTall,
  sequence,
  toRight,
  type PosePatch,
  type PuppetPose,
  type Subject,
} from '../../tests/support';
import { levatorScapulaeStretch } from './levator-scapulae-stretch';
import { levatorLeft } from './levator-scapulae-stretch.presets';
import { upperTrapStretch } from './upper-trap-stretch';
import { upperTrapLeft } from './upper-trap-stretch.presets';

/** A hold each side from sitting tall, `atHold` added to each (mirrored for the right). */
const bothSides =
  (left: PuppetPose, atHold: { left?: PosePatch; right?: PosePatch } = {}) =>
  (s: Subject) =>
    sequence(
      s.rest(seatedTall, 1000),
      s.hold(seatedTall, { pose: left, holdMs: 12_000, atHold: atHold.left ?? {} }),
      s.hold(seatedTall, { pose: toRight(left), holdMs: 12_000, atHold: atHold.right ?? {} }),
    );
/** The left stretch only, with a fault. */
const leftWith = (left: PuppetPose, fault: PosePatch) => (s: Subject) =>
  sequence(s.rest(seatedTall, 1000), s.hold(seatedTall, { pose: left, holdMs: 12_000, atHold: fault }));

describePopulation({
  exercise: upperTrapStretch,
  seed: 301,
  // The tilt must stay clear of the "not enough" fault's 17°: 80–110 % of the preset's.
  subject: { camera: CAMERAS.desk, allowance: ALLOWANCE.desk, rom: [0.8, 1.1] },
  people: 6,
  faultPeople: 3,
  clean: (s) => ({ timeline: bothSides(upperTrapLeft)(s), count: { left: 1, right: 1 } }),
  faults: [
    { id: 'enough-tilt', what: 'tilt only a little', script: leftWith(upperTrapLeft, { headTilt: 17 }) },
    { id: 'tilt-not-turn', what: 'turn the head instead', script: leftWith(upperTrapLeft, { headYaw: 45 }) },
  ],
});

describePopulation({
  exercise: levatorScapulaeStretch,
  seed: 302,
  // "Head turned ~45° and chin dropped": 85–110 % of the preset's, clear of the 28° fault.
  subject: { camera: CAMERAS.desk, allowance: ALLOWANCE.desk, rom: [0.85, 1.1] },
  people: 6,
  faultPeople: 3,
  clean: (s) => ({ timeline: bothSides(levatorLeft)(s), count: { left: 1, right: 1 } }),
  faults: [
    { id: 'turn-45', what: 'turn the head too little', script: leftWith(levatorLeft, { headYaw: 28 }) },
    { id: 'chin-down', what: 'keep the chin up', script: leftWith(levatorLeft, { neckFlexion: 0 }) },
  ],
});
