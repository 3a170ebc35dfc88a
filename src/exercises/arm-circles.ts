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
 * Tuned on the puppet (arm-circles.presets.ts: `armCirclesAround`: radius 10–44°, 1.5–3 s a circle)
 * and on the clip tread_arm_c (../shared/footage: arms out, pulsing up and down 70–100° with the
 * depth moving in step — a line, not a loop, so no circles).
 */
const raise = (side: 'left' | 'right') => armRaise({ side, to: 'wrist', label: `${side} arm raised` });
const elbow = (side: 'left' | 'right') => angle('shoulder', 'elbow', 'wrist', { side });
const swing = (side: 'left' | 'right') =>
  towardCameraAngle(`${side}_shoulder`, `${side}_wrist`, { label: `${side} arm forward` });

// Circles are drawn with both arms long and out to the sides. With a hand overhead (above
// 135°), an arm hanging or across the chest (pointing less than about half out to its side), or
// an elbow bent (under 155° in the picture), nothing is circling and the circle's measures read
// as unseen. Arm circles hold the elbows at 168–176° on the clip tread_arm_c; the overhead claps of
// malik_claps_overhead bend them to 126–154° and otherwise creep round a phantom "circle".
const armOut = (side: 'left' | 'right') =>
  combine(
    [raise(side), armSideways(side, 'wrist'), elbow(side)],
    ([raised = 0, share = 0, bend = 0]) => (raised < 135 && share > 0.55 && bend > 155 ? 1 : 0),
    `${side} arm out to circle`,
    'ratio',
  );
const bothOut = bothSides(armOut, 'min', 'Arms out to circle');
const out = (gate: number) => gate > 0;

export const armCircles = defineExercise({
  id: 'arm-circles',
  name: 'Arm circles',
  phase: 'warm-up',
  view: 'front',
  sided: false,
  dosage: { sets: 1, reps: 40, text: '20 forward (small to large), then 20 backward' },
  measures: {
    raise: onlyWhen(bothSides(raise, 'mean', 'Arms raised'), bothOut, out),
    swing: onlyWhen(bothSides(swing, 'mean', 'Arms forward'), bothOut, out),
    leftOut: armOut('left'),
    rightOut: armOut('right'),
  },
  // Counter-clockwise from +raise towards +swing is over the top and down the front: forward.
  // A small circle has a 10° radius; the puppet's jitter moves the pair's average 2–3°. The centre
  // follows in 2 s, so the first circles after lifting the arms count.
  counting: {
    kind: 'cycles',
    x: 'raise',
    y: 'swing',
    minRadius: 6,
    minCycleMs: 700,
    centreTimeConstantS: 2,
    directions: { 'counter-clockwise': 'forward', clockwise: 'backward' },
  },
  checks: [
    {
      on: 'rep',
      id: 'arms-level',
      uses: ['raise'],
      // The circle's centre, half-way between its top and bottom: level arms circle around 90°.
      // 25° low is "well below" (the puppet's circles around 50° read 49–50°; level ones 90°).
      fault: ({ min, max }) => (min.raise + max.raise) / 2 < 65,
      cue: 'Lift your arms to shoulder height',
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
      cue: 'Circle both arms together',
      priority: 3,
      forMs: 2000,
    },
  ],
  card: {
    equipment: [],
    camera: 'Facing the camera, 2–3 m away, with your hands in view when your arms are out to the sides.',
    steps: [
      'Stand tall, feet hip-width apart, and lift both arms straight out to the sides at shoulder height, palms down.',
      'Draw small circles with your hands, moving forward over the top; let them grow larger circle by circle.',
      'After 20, reverse: 20 circles backward, small to large.',
      'Keep your shoulders down and your arms long; breathe steadily.',
    ],
    feel: 'Warmth through the shoulders and the tops of the arms.',
    stop: 'Stop if you feel pinching or pain in the shoulder, or your arms go numb.',
  },
});
