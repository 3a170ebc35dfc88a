import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, combine, inclination, leanForward, onlyWhen } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Upper-back stretch, hands clasped, standing or sitting, filmed side-on: the arms push straight
 * forward at shoulder height while the upper back rounds, head and shoulders coming forward of the
 * hips. Arm height and the rounding are across the picture in a side view (picture, near side).
 * The elbows bend outward, toward the camera, when the hands are clasped, so only MediaPipe's
 * depth could see them bend — and it cannot be trusted to: with depth read as on real people
 * (tests/support/real-depth.ts) the puppet's straight arms read 102–176° at the elbow and its
 * arms bent to 120° read 68–176°. The bend is not judged (issue 14: no false cue on correct
 * form); the elbow is still shown, as an estimate.
 *
 * The spec's "back rounded" is the head and shoulders ahead of the hips; with no points along the
 * spine a forward hinge from the hips looks the same, and is not told apart.
 *
 * Tuned on the synthetic puppet (upper-back-stretch.presets.ts: upperBackStretch): arms level reads 87° from
 * straight up, dropped 45° reads 135°, elbows 172°; the head leans 20° ahead of the hips rounded,
 * −1° standing tall. No labelled footage.
 */
const armLine = inclination('shoulder', 'wrist');

export const upperBackStretch = defineExercise({
  id: 'upper-back-stretch',
  name: msg('Upper-back stretch (hands clasped)'),
  phase: 'cool-down',
  view: 'side',
  sided: false,
  dosage: { holds: 1, holdS: 15, text: msg('Hold 10–20 s') },
  measures: {
    // How far the arms are from level (straight forward at shoulder height = 0). Only with the
    // trunk up (within 50° of upright; the stretch leans it ~22°): lying face down or in a
    // puppy-pose stretch the arms lie level too (clips malik_superman_swimmer, myoxyn_puppy_stretch).
    // Otherwise it reads 90° off level: out of position, not unseen.
    arms: onlyWhen(
      combine([armLine], (values) => Math.abs((values[0] ?? 90) - 90), msg('Arms off level'), 'deg'),
      inclination('hip', 'shoulder'),
      (v) => v < 50,
      90,
    ),
    elbow: angle('shoulder', 'elbow', 'wrist', { space: 'world', label: msg('Elbow') }),
    // Head ahead of the hips: the hip–ear line's lean, + forward.
    round: leanForward('hip', 'ear', { facing: ['ear', 'nose'], label: msg('Head ahead of hips') }),
  },
  // In position within 30° of level, out past 40°: the arms held forward, roughly at shoulder
  // height. Arms hanging read ~90° off level, overhead ~90° too.
  counting: { kind: 'hold', measure: 'arms', enter: below(30), exit: above(40), graceMs: 800, minHoldS: 10 },
  show: ['round', 'elbow'],
  checks: [
    {
      on: 'frame',
      id: 'arms-straight',
      uses: ['arms'],
      during: ['hold'],
      // Hands more than 20° off shoulder height. (Elbows bent past 145° in 3-D was part of it,
      // until depth as real people give it read straight arms as bent: see the top.)
      fault: ({ arms }) => arms > 20,
      cue: msg('Arms long, hands at shoulder height'),
      priority: 2,
      forMs: 800,
    },
    {
      on: 'frame',
      id: 'round-upper-back',
      uses: ['round'],
      during: ['hold'],
      // Rounded reads ~20°, standing tall ~−1°: under 8° the back is not rounded.
      fault: ({ round }) => round < 8,
      cue: msg('Round your upper back: chin in, push your hands away'),
      priority: 1,
      // Held 4 s: the card has the hands pushed forward first and the back rounded after, so the
      // clock starts (arms within 30° of level) before the rounding comes: the arms' last 30°, a
      // breath (1.5 s) with them forward, and the rounding's first third (up to 2.5 s for a slow
      // mover) took 2.8–3.7 s in the population (population-neck.test.ts). At 0.8 s every person
      // who stretched in the card's order was cued, and so was a front-view cross-body shoulder
      // stretch (hans_shoulder_stretch) whose crossed arm read level while the view was misread
      // as side-on for 0.6 s. A hold is 10–20 s: the cue still comes in time to round into it.
      forMs: 4000,
    },
  ],
  card: {
    equipment: [msg('Nothing: standing, or sitting on a chair')],
    camera: msg('Side-on, 2–3 m away, with your head, hands and hips in view.'),
    steps: [
      msg('Stand or sit tall and interlace your fingers in front of your chest.'),
      msg('Push your hands straight forward at shoulder height, palms away, arms long.'),
      msg('Round your upper back, letting your head drop a little between your arms, as if hugging a big ball.'),
      msg('Hold for 10–20 seconds, breathing into your back, then release.'),
    ],
    feel: msg('A stretch between and across your shoulder blades.'),
    stop: msg('Stop if you feel pain in your shoulders or neck.'),
  },
});
