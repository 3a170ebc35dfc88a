import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, bothSides, distance, HEAD_SMOOTHING, trunkBend } from '../coach/measures';

/**
 * Between-the-shoulder-blades stretch, standing and facing the camera: knees bent, trunk folded
 * forward, arms crossed with each hand holding the inside of the opposite knee, knees pressed
 * outwards to spread the shoulder blades; held.
 *
 * A front view sees the fold end-on, so the trunk's lean forward comes from MediaPipe's world
 * landmarks (the camera's tilt adds to it), and so does the knee angle (the knee bends towards
 * the camera). Whether the hands hold the knees is judged in the picture, across the camera's
 * view, in shoulder widths.
 *
 * Tuned on the puppet (knee-grab-back-stretch.presets.ts: kneeGrab: trunk folded 75°, read as 80°
 * from a camera tilted 5°; wrists 0.19 shoulder widths from the opposite knee); no shared clip
 * shows this stretch. Folded this far, the trunk covers the hips from the camera (the puppet's
 * hip visibility drops to 0.83; at 80° to 0.6), so real footage may lose the hips.
 */
const knee = (side: 'left' | 'right') => angle('hip', 'knee', 'ankle', { side, space: 'world' });

export const kneeGrabBackStretch = defineExercise({
  id: 'knee-grab-back-stretch',
  name: msg('Between-the-shoulder-blades stretch'),
  phase: 'cool-down',
  view: 'front',
  sided: false,
  dosage: { holdS: 20, holds: 1, text: msg('Hold 10–20 s') },
  measures: {
    fold: trunkBend({ label: msg('Trunk folded forward') }),
    // Each hand to the opposite knee: crossed arms.
    leftHand: distance('left_wrist', 'right_knee', {
      label: msg('Left hand to right knee'),
      smoothing: HEAD_SMOOTHING,
    }),
    rightHand: distance('right_wrist', 'left_knee', {
      label: msg('Right hand to left knee'),
      smoothing: HEAD_SMOOTHING,
    }),
    knees: bothSides(knee, 'max', msg('Straighter knee')),
  },
  counting: {
    kind: 'hold',
    measure: 'fold',
    // Standing reads 0–5°; folded with the hands at the knees 70–85°. In at 45°, out under 35°.
    enter: { above: 45 },
    exit: { below: 35 },
    graceMs: 1000,
    minHoldS: 10,
  },
  show: [],
  checks: [
    {
      on: 'frame',
      id: 'hands-at-knees',
      uses: ['leftHand', 'rightHand'],
      // Holding the knee puts the wrist within ~0.2 shoulder widths of it (the puppet: 0.19);
      // hands hanging between the knees or resting on the thighs sit 0.5 or more away.
      fault: ({ leftHand, rightHand }) => Math.max(leftHand, rightHand) > 0.4,
      cue: msg('Cross your arms and hold the inside of the opposite knees'),
      priority: 2,
      // The hands reach the knees only near the full fold (~60°, the clock starting at 45°): on
      // the way in they are on their way for up to a second at a slow tempo.
      forMs: 1500,
      // Judged in the first 6 s of the hold only: the card has the person let go and roll up
      // slowly, through the fold the clock still runs in, hands hanging (the population's slow
      // risers, tempo 0.66×, were told to hold the knees on their way up). Hands that never
      // reached the knees are told within 1.5 s; letting go early is not told.
      firstMs: 6000,
    },
    {
      on: 'frame',
      id: 'knees-soft',
      uses: ['knees'],
      // World angle, 180° straight: the puppet's bent knees read 140°, locked ones 180°.
      fault: ({ knees }) => knees > 170,
      cue: msg('Bend your knees a little more'),
      priority: 1,
      forMs: 800,
    },
  ],
  card: {
    equipment: [msg('A clear space to stand')],
    camera: msg('Facing the camera at about hip height, 2–3 m away, with your whole body in view, knees included.'),
    steps: [
      msg('Stand with your feet a little wider than your hips and bend your knees.'),
      msg('Fold forward from the hips, cross your arms and hold the inside of each knee with the opposite hand.'),
      msg('Gently press your knees outwards against your hands and let your upper back round, head heavy.'),
      msg('Hold and breathe into your upper back, then let go and roll up slowly.'),
    ],
    feel: msg('A stretch spreading across the upper back, between the shoulder blades.'),
    stop: msg('Stop if you feel dizzy, or pain in your lower back or knees; come up slowly.'),
  },
});
