import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import {
  angle,
  armRaise,
  bothSides,
  combine,
  heightAbove,
  leanSideways,
  onlyWhen,
  TRUNK_SMOOTHING,
} from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Overhead arm reach (seated side bend), facing the camera: one arm reaches up overhead and the
 * trunk bends away from it, then back down; five on each side, each side counted on its own.
 *
 * Everything here happens across the camera's view, which a front view sees faithfully in the
 * picture: the arm's raise against the shoulder line, the trunk's sideways lean (hips to
 * shoulders) and the hips' height above the knees.
 *
 * Tuned on the synthetic puppet (overhead-arm-reach.presets.ts: reachRest, reachLeft/reachRight — arm 170° up,
 * trunk bent 20°); there is no labelled footage. The overhead triceps stretch in the clip
 * hans_shoulder_stretch (../shared/footage: elbow folded behind the head) must not count.
 */
const HIPS = ['left_hip', 'right_hip'] as const;
const SHOULDERS = ['left_shoulder', 'right_shoulder'] as const;

// The whole arm (shoulder to wrist) from the side: 0° hanging, 180° straight up. One long arm
// reaches while the other rests: with the elbow folded (under 120°, as in the triceps stretch of
// hans_shoulder_stretch) or the other arm up too (past 90°, as in malik_claps_overhead) the reach
// reads as unseen.
const reach = (side: 'left' | 'right') =>
  onlyWhen(
    armRaise({ side, to: 'wrist', label: side === 'left' ? msg('left arm reach') : msg('right arm reach') }),
    combine(
      [
        angle('shoulder', 'elbow', 'wrist', { side }),
        armRaise({ side: side === 'left' ? 'right' : 'left', to: 'wrist' }),
      ],
      ([elbow = 0, other = 0]) => (elbow > 120 && other < 90 ? 1 : 0),
      side === 'left' ? msg('left arm reaching alone') : msg('right arm reaching alone'),
      'ratio',
    ),
    (alone) => alone > 0,
  );
const leftReach = reach('left');
const rightReach = reach('right');
// Trunk lean from the hips to the shoulders, + towards the person's left.
const bend = leanSideways(HIPS, SHOULDERS, { label: msg('Side bend') });

export const overheadArmReach = defineExercise({
  id: 'overhead-arm-reach',
  name: msg('Overhead arm reach'),
  phase: 'warm-up',
  view: 'front',
  sided: true,
  dosage: { sets: 1, reps: 5, text: msg('Seated; 5 each side') },
  measures: {
    leftReach,
    rightReach,
    // The higher arm's reach: the working arm, whichever side is under way.
    reach: bothSides((side) => armRaise({ side, to: 'wrist' }), 'max', msg('Arm reach')),
    // The lean away from the higher arm (+ away from it, − towards it).
    bendAway: combine(
      [bend, armRaise({ side: 'left', to: 'wrist' }), armRaise({ side: 'right', to: 'wrist' })],
      ([tilt = 0, left = 0, right = 0]) => (left >= right ? -tilt : tilt),
      msg('Bend away from the arm'),
      'deg',
    ),
    // Each hip's height above its knee (shoulder widths): the higher one, so one hip lifting shows.
    // Smoothed as slowly as the trunk's lean (0.4 Hz): the knee is among the detector's most
    // wandering landmarks seen from the front (fitted noise: 0.9 % of the person's size, four times
    // the hip's), and a lift worth a cue lasts the whole reach.
    hipLift: bothSides(
      (side) => heightAbove(`${side}_hip`, `${side}_knee`, { smoothing: TRUNK_SMOOTHING }),
      'max',
      msg('Hips above the knees'),
    ),
  },
  phaseLabels: { start: msg('arms down'), peak: msg('reaching') },
  // Hands on the thighs read 12–15°; the reach 165–175°. Start under 60°, peak past 135°.
  counting: {
    kind: 'reps',
    measure: { left: 'leftReach', right: 'rightReach' },
    start: below(60),
    peak: above(135),
    partial: above(100),
    minRepMs: 1200,
  },
  checks: [
    {
      on: 'rep',
      id: 'arm-overhead',
      uses: ['reach'],
      // The catalog's shoulder angle of ~150°, on the whole arm. The puppet's reach reads 170°;
      // an arm stopped level with the head (130–140°) still counts, with this cue.
      fault: ({ max }) => max.reach < 150,
      cue: msg('Reach your arm right up overhead'),
      priority: 3,
    },
    {
      on: 'rep',
      id: 'bend-away',
      uses: ['bendAway'],
      // At least 8° of lean away from the raised arm during the rep. The puppet's reach bends
      // 20°; leaning towards the arm, or staying upright, stays under it.
      fault: ({ max }) => max.bendAway < 8,
      cue: msg('Lean away from the raised arm'),
      priority: 2,
    },
    {
      on: 'rep',
      id: 'hips-down',
      uses: ['hipLift'],
      // A hip rising off the seat during the rep by more than 0.18 shoulder widths (~6 cm) against
      // where it sat before it: the puppet's hips 8 cm up with the feet still down add 0.22–0.27.
      // Tuned on the population (population-floor.test.ts, 20 people, 120 clean reaches): the
      // knees' drift alone swings a still seat's reading by up to 0.15 in a rep (0.21 unsmoothed),
      // which the former 0.12 cued on five people of six. A lift of 4–5 cm is not told from it.
      fault: ({ min, max }) => max.hipLift - min.hipLift > 0.18,
      cue: msg('Keep both hips on the chair'),
      priority: 1,
    },
  ],
  needs: ['chair'],
  card: {
    equipment: [msg('A sturdy chair without arms')],
    camera: msg(
      'Facing the camera, 2–3 m away, with your whole upper body, your hips and your knees in view — and room above your head for your reaching hand.',
    ),
    steps: [
      msg('Sit tall near the front of the chair, feet flat and hip-width apart, hands resting on your thighs.'),
      msg('Reach one arm up overhead, long and straight, then lean gently over towards the other side.'),
      msg('Keep both hips heavy on the chair and your chest facing forward; breathe out as you lean.'),
      msg('Come back up and lower the arm. Do 5 on one side, then 5 on the other.'),
    ],
    feel: msg('A stretch along the side of your trunk, from the hip to the armpit of the raised arm.'),
    stop: msg('Stop if you feel pain in your back or shoulder, or pins and needles in your arm.'),
  },
});
