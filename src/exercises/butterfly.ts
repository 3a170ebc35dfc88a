import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { along, combine, distance } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Butterfly (self-hug), facing the camera: arms wrapped round the chest, each hand on the
 * opposite shoulder, elbows drawn together in front, held while the upper back stretches.
 *
 * Hands, elbows and shoulders all lie across the picture in a front view, which shows them
 * faithfully. Tuned on the synthetic puppet (butterfly.presets.ts: butterflyHug — hands on the
 * opposite shoulders, elbows touching in front); there is no labelled footage. The cross-body
 * stretch of hans_shoulder_stretch (../shared/footage: one arm pulled across the chest by the
 * other hand) must not time a hold.
 */
const SHOULDERS = ['left_shoulder', 'right_shoulder'] as const;

// How far each hand has crossed the body: 0 at the midline, 1 level with the opposite shoulder.
const leftAcross = along('left_wrist', [SHOULDERS, 'right_shoulder'], { label: msg('Left hand across') });
const rightAcross = along('right_wrist', [SHOULDERS, 'left_shoulder'], { label: msg('Right hand across') });

export const butterfly = defineExercise({
  id: 'butterfly',
  name: msg('Butterfly (self-hug)'),
  phase: 'cool-down',
  view: 'front',
  sided: false,
  dosage: { sets: 1, holdS: 15, holds: 4, text: msg('Hold 10–20 s, 3–5 times') },
  measures: {
    // The hug: both hands across the midline, neither far past the other shoulder (an arm pulled
    // across the chest in a stretch reaches 2 and more). The lesser crossing, or 0 when a hand is
    // beyond 1.8.
    hug: combine(
      [leftAcross, rightAcross],
      ([left = 0, right = 0]) => (Math.max(left, right) > 1.8 ? 0 : Math.min(left, right)),
      msg('Arms wrapped'),
      'ratio',
    ),
    // Each hand from the opposite shoulder, in shoulder widths: the farther one.
    hands: combine(
      [distance('left_wrist', 'right_shoulder'), distance('right_wrist', 'left_shoulder')],
      ([left = 0, right = 0]) => Math.max(left, right),
      msg('Hands from the shoulders'),
      'ratio',
    ),
    elbowsApart: distance('left_elbow', 'right_elbow', { label: msg('Elbows apart') }),
  },
  // The puppet's hug crosses each hand 0.8 of the way; the clock runs past 0.35 and stops under
  // 0.15 (hands at the midline or short of it).
  counting: { kind: 'hold', measure: 'hug', enter: above(0.35), exit: below(0.15), minHoldS: 10, graceMs: 1000 },
  checks: [
    {
      on: 'frame',
      id: 'hands-on-shoulders',
      uses: ['hands'],
      during: ['hold'],
      // The puppet's hands rest 0.1 shoulder widths from the opposite shoulders; arms crossed
      // and reaching forward put them 0.8 away.
      fault: ({ hands }) => hands > 0.45,
      cue: msg('Hands on the opposite shoulders'),
      priority: 2,
      forMs: 800,
    },
    {
      on: 'frame',
      id: 'elbows-together',
      uses: ['elbowsApart'],
      during: ['hold'],
      // Elbows together in front read 0.15 shoulder widths apart; let out wide, 0.8.
      fault: ({ elbowsApart }) => elbowsApart > 0.45,
      cue: msg('Draw your elbows together in front'),
      priority: 1,
      forMs: 800,
    },
  ],
  card: {
    equipment: [],
    camera: msg('Facing the camera, 1–3 m away, with your head, shoulders and elbows in view.'),
    steps: [
      msg('Sit or stand tall and open your arms wide.'),
      msg('Wrap them round your chest, placing each hand on the opposite shoulder, one arm above the other.'),
      msg('Draw your elbows together in front of you and let your upper back round gently; breathe into it.'),
      msg('Hold 10–20 seconds, release, and repeat 3–5 times, switching which arm is on top.'),
    ],
    feel: msg('A stretch between and across your shoulder blades.'),
    stop: msg('Stop if you feel pain in the shoulders or tingling in your hands.'),
  },
});
