import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, armRaise, armSideways, bothSides, combine, onlyWhen, towardCameraAngle } from '../coach/measures';

/**
 * Arm circles, facing the camera: arms straight out to the sides, the hands drawing circles
 * around the shoulders, small to large, forward and then backward.
 *
 * Each hand's circle has two halves: up and down, which a front view sees faithfully (the whole
 * arm's raise from the side, in the picture), and forward and back, which is depth (the arm's
 * angle out of the picture, from MediaPipe's world estimate). Both are in degrees, so the circle
 * is round. Read on both arms and averaged: the circle is the pair's.
 *
 * Tuned on the puppet (arm-circles.presets.ts: `armCirclesAround`: radius 6–70°, 0.45–3.5 s a
 * circle; tests/support/real-depth.ts lays MediaPipe's depth on it as it reads real people) and on
 * the clip tread_arm_c (../shared/footage: arms out, pulsing up and down 70–100° with the depth
 * moving in step — a line, not a loop, so no circles). Issue 14's held-out clips (large circles,
 * 8 → 0 counted; small fast circles, 10 → 0) set the range; none of them was replayed here.
 *
 * Counted on the person's own motion: each up-and-down swing of the arms' raise (which the front
 * view sees faithfully) is a circle once it turns back 40 % of the person's recent swings (until
 * two swings of 15° or more are known: 12° for the first, then two thirds of the swing so far and
 * past the middle of the last 3.5 s; cycle-counter.ts) — so a 70° circle and an 8° one both count
 * — provided the swing and the arms' forward-and-back depth enclose a loop that is round (its
 * depth width at least 0.3 of its height) and goes one way round: depth is trusted for the
 * loop's shape and sense, never for its size. The physiological bounds: a first swing of at least
 * 12° and a turn back of at least 6° (minRadius; jitter and twitches are less), at least 0.3 s a
 * circle (small fast circles are ~2 a second).
 */
const raise = (side: 'left' | 'right') =>
  armRaise({ side, to: 'wrist', label: side === 'left' ? msg('left arm raised') : msg('right arm raised') });
const elbow = (side: 'left' | 'right') => angle('shoulder', 'elbow', 'wrist', { side });
const swing = (side: 'left' | 'right') =>
  towardCameraAngle(`${side}_shoulder`, `${side}_wrist`, {
    label: side === 'left' ? msg('left arm forward') : msg('right arm forward'),
  });

// Circles are drawn with both arms long and out to the sides. With a hand straight overhead
// (above 170°) or hanging (under 30°), an arm across the chest (pointing back across the body:
// the cosine against the shoulder line under −0.3, a generous bound because it is depth), or an
// elbow bent (under 155° in the picture), nothing is circling and the circle's measures read as
// unseen. Large circles reach 20–160° and point 70° forward, so the bounds are wide; the old
// gate (under 135°, pointing at least half out to the side) hid large circles entirely. Arm
// circles hold the elbows at 168–176° on the clip tread_arm_c; the overhead claps of
// malik_claps_overhead bend them to 126–154°, and claps made with straight arms are lines, not
// loops (see the counting).
const armOut = (side: 'left' | 'right') =>
  combine(
    [raise(side), armSideways(side, 'wrist'), elbow(side)],
    ([raised = 0, share = 0, bend = 0]) => (raised > 30 && raised < 170 && share > -0.3 && bend > 155 ? 1 : 0),
    side === 'left' ? msg('left arm out to circle') : msg('right arm out to circle'),
    'ratio',
  );
const bothOut = bothSides(armOut, 'min', msg('Arms out to circle'));
const out = (gate: number) => gate > 0;

export const armCircles = defineExercise({
  id: 'arm-circles',
  name: msg('Arm circles'),
  phase: 'warm-up',
  view: 'front',
  sided: false,
  dosage: { sets: 1, reps: 40, text: msg('20 forward (small to large), then 20 backward') },
  measures: {
    raise: onlyWhen(bothSides(raise, 'mean', msg('Arms raised')), bothOut, out),
    swing: onlyWhen(bothSides(swing, 'mean', msg('Arms forward')), bothOut, out),
    leftOut: armOut('left'),
    rightOut: armOut('right'),
  },
  // Counter-clockwise from +raise towards +swing is over the top and down the front: forward.
  // A small circle has a 6–10° radius; the puppet's jitter moves the pair's average 2–3°.
  counting: {
    kind: 'cycles',
    x: 'raise',
    y: 'swing',
    minRadius: 6,
    minCycleMs: 300,
    centreWindowS: 3.5,
    countOn: 'x',
    requireLoop: true,
    minLoopRatio: 0.3,
    directions: { 'counter-clockwise': msg('forward'), clockwise: msg('backward') },
  },
  checks: [
    {
      on: 'rep',
      id: 'arms-level',
      uses: ['raise'],
      // The circle's centre, half-way between its top and bottom: level arms circle around 90°.
      // 25° low is "well below" (the puppet's circles around 50° read 49–50°; level ones 90°).
      fault: ({ min, max }) => (min.raise + max.raise) / 2 < 65,
      cue: msg('Lift your arms to shoulder height'),
      priority: 2,
    },
    {
      on: 'frame',
      id: 'both-arms',
      uses: ['leftOut', 'rightOut'],
      // One arm out and long, the other not (hanging, on the hip, bent): circling one arm only. No
      // circle is counted meanwhile, so the cue says why. 2 s: people lift one arm a moment
      // before the other.
      fault: ({ leftOut, rightOut }) => leftOut > 0.5 !== rightOut > 0.5,
      cue: msg('Circle both arms together'),
      priority: 3,
      forMs: 2000,
    },
  ],
  card: {
    equipment: [],
    camera: msg('Facing the camera, 2–3 m away, with your hands in view when your arms are out to the sides.'),
    steps: [
      msg(
        'Stand tall, feet hip-width apart, and lift both arms straight out to the sides at shoulder height, palms down.',
      ),
      msg('Draw small circles with your hands, moving forward over the top; let them grow larger circle by circle.'),
      msg('After 20, reverse: 20 circles backward, small to large.'),
      msg('Keep your shoulders down and your arms long; breathe steadily.'),
    ],
    feel: msg('Warmth through the shoulders and the tops of the arms.'),
    stop: msg('Stop if you feel pinching or pain in the shoulder, or your arms go numb.'),
  },
});
