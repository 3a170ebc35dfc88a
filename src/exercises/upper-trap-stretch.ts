import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { bothSides, combine, headTilt, headTurn, lineTilt } from '../coach/measures';

/**
 * Upper trapezius stretch, facing the camera: the ear lowered towards one shoulder, the hand on
 * that side resting over the head to add a little weight; each side timed on its own ("left" =
 * ear to the left shoulder, which stretches the right side of the neck).
 *
 * Image landmarks throughout (tilts and the nose's place between the ears are across the
 * picture). The clock runs on the ear line's tilt from level, so that a trunk leaning into the
 * stretch is still timed and corrected; how far the neck itself bends is the ear line against the
 * shoulder line. Tuned on the puppet (upper-trap-stretch.presets.ts: upperTrapLeft: 35°, the hand
 * over the head hides the far ear a little, visibility 0.86) and the shared clip
 * `neck-tilts-seated` for what a clean tilt looks like to the detector (shoulders tipped 3–5°
 * along, the face turned up to 15°).
 */
const tilt = headTilt({ from: 'level', label: msg('Head tilt from level (to the left +)') });
const shoulders = lineTilt('shoulder', { label: msg('Shoulder line (left lower +)') });

export const upperTrapStretch = defineExercise({
  id: 'upper-trap-stretch',
  name: msg('Upper trapezius stretch'),
  phase: 'cool-down',
  view: 'front',
  sided: true,
  dosage: { holdS: 15, holds: 1, text: msg('Hold 10–15 s each side') },
  measures: {
    tiltLeft: headTilt({ from: 'level', toward: 'left', label: msg('Tilt to the left') }),
    tiltRight: headTilt({ from: 'level', toward: 'right', label: msg('Tilt to the right') }),
    // The neck's own bend (ear line against the shoulder line), towards whichever side is held.
    neckBend: bothSides((side) => headTilt({ toward: side }), 'max', msg('Neck bend')),
    // The shoulder line sloping down towards the tilt: the other shoulder (the stretched side)
    // riding up, or the trunk leaning.
    otherShoulderUp: combine(
      [tilt, shoulders],
      ([t = 0, s = 0]) => Math.sign(t) * s,
      msg('Stretched-side shoulder up'),
      'deg',
    ),
    turn: headTurn({ label: msg('Head turn (to the left +)') }),
  },
  counting: {
    kind: 'hold',
    measure: { left: 'tiltLeft', right: 'tiltRight' },
    // 15°: above the 11° a 45° turn of the head reads from a camera below the face, so turning
    // alone does not start the clock; the clip's plain tilts reach 15–20°, a hand-helped one more.
    enter: { above: 15 },
    exit: { below: 10 },
    graceMs: 1000,
    minHoldS: 10,
  },
  show: [],
  checks: [
    {
      on: 'frame',
      id: 'enough-tilt',
      uses: ['neckBend'],
      // The stretch wants the ear well down: 20° of the neck's own bend (the clip's unassisted
      // tilts: 13–17°; the puppet's 35°).
      fault: ({ neckBend }) => neckBend < 20,
      cue: msg('Let your ear sink further towards your shoulder'),
      priority: 1,
      forMs: 1500,
    },
    {
      on: 'frame',
      id: 'shoulder-down',
      uses: ['otherShoulderUp'],
      // 8°: the detector tips the shoulder line 3–5° along with a clean tilt (the clip; the
      // puppet's clean stretch: under 2°); the puppet's opposite shoulder hitched 20° (5 cm)
      // reads 9.6–11°, 25° (6 cm) 12–13°.
      fault: ({ otherShoulderUp }) => otherShoulderUp > 8,
      cue: msg('Keep the other shoulder down, reaching towards the floor'),
      priority: 3,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'tilt-not-turn',
      uses: ['turn'],
      // Clean tilts turn the face up to 15° (the clip); 30° is turning instead (the levator
      // stretch looks into the pocket at 45°).
      fault: ({ turn }) => Math.abs(turn) > 30,
      cue: msg('Keep your nose pointing forward: tilt, don’t turn'),
      priority: 2,
      forMs: 600,
    },
  ],
  needs: ['chair'],
  card: {
    equipment: [msg('A chair')],
    camera: msg(
      'Facing the camera at about face height, 0.7–1.5 m away, with your head, both shoulders and the raised hand in view. Keep the camera level.',
    ),
    steps: [
      msg('Sit tall and hold the edge of the seat with your right hand to keep that shoulder down.'),
      msg('Let your left ear sink towards your left shoulder, nose still pointing forward.'),
      msg(
        'Rest your left hand over the top of your head, fingers above the right ear, and let its weight add a little stretch. Do not pull.',
      ),
      msg('Hold and breathe slowly, then lift your head with your hand still resting on it, and change sides.'),
    ],
    feel: msg('A stretch along the side and top of the shoulder opposite your tilt.'),
    stop: msg('Stop if you feel tingling or numbness in your arm or hand, or sharp pain.'),
  },
});
