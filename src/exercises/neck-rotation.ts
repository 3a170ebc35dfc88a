import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { headTurn, trunkTurn } from '../coach/measures';

/**
 * Neck rotation, facing the camera: turn the head slowly to look over one shoulder and back,
 * counted on each side ("left" = looking to the left).
 *
 * The turn is read in the picture from where the nose sits between the ears: it slides along the
 * ear line by sin(turn) while the ears close up by cos(turn), so the ratio is the turn's tangent
 * whatever the person's size or distance (faithful to ~60°; past that the far ear is hidden and
 * guessed). The shoulders' turn is MediaPipe's world estimate, taken against the hips because the
 * detector turns its whole 3-D body a third to a half as far as the head (neck-tilts-seated and
 * neck-roll-closeup: shoulders 10–20° "turned" while they stay square); the hips cancel that.
 *
 * Tuned on the puppet (neck-rotation.presets.ts: neckTurnLeft: 60°, read as 62–63°), then checked
 * on neck-rotation-headshoulders (a real person, head and shoulders only: turns read 60–66° to
 * the left and 57° to the right, facing forward 0 ± 4°), which counts right (L1 R1): the 15°/45°
 * thresholds fit real turns of 50° and more, so they are unchanged. What that clip and the
 * held-out set showed was side handling in the engine and the measure, not thresholds: its turn
 * to the right is held as the clip ends (the coach now counts a rep held at its peak when a set
 * ends in view), and a turn past ~80° once flipped the ears' order and read as a turn to the
 * other side (headTurn now takes the person's left from the shoulders). Puppet tests cover both,
 * and turns of 50° and 85° on either side. The rolls of neck-roll-closeup turn the face ±60° and
 * so count here too (4 turns and 2 partials): the turn is the same; what this exercise adds is
 * keeping the head level, which it does not check.
 */
export const neckRotation = defineExercise({
  id: 'neck-rotation',
  name: msg('Neck rotation'),
  phase: 'warm-up',
  view: 'front',
  sided: true,
  dosage: { sets: 1, reps: 5, text: msg('Turn the head left and right slowly, 5 each side') },
  measures: {
    turnLeft: headTurn({ toward: 'left', label: msg('Turned to the left') }),
    turnRight: headTurn({ toward: 'right', label: msg('Turned to the right') }),
    // World: shoulders turned against the hips, + to the left. Needs the hips in view.
    shoulderTwist: trunkTurn({ label: msg('Shoulders turned (to the left +)') }),
  },
  phaseLabels: { start: msg('facing forward'), peak: msg('turned') },
  counting: {
    kind: 'reps',
    measure: { left: 'turnLeft', right: 'turnRight' },
    // Facing forward reads 0 ± 3°; a comfortable turn 60–80°. Back under 15° ends the rep; past
    // 45° counts it; 25–45° and back is a partial.
    start: { below: 15 },
    peak: { above: 45 },
    partial: { above: 25 },
    minRepMs: 1000,
    // Read from where the head rests, not from the camera's axis: issue 14's held-out clip counted
    // 5 turns, all to one side ("L5 R0"), as a camera 15–25° off to one side does on the puppet
    // (the rest reads 15–25° towards it, turns away from it fall short of 45°). The rest is
    // learnt from still frames between turns, at most 25° off the axis (further, the set-up
    // should be fixed: the head's turn is read worse than 60° from the camera).
    restBound: 25,
  },
  show: [],
  checks: [
    {
      on: 'frame',
      id: 'shoulders-still',
      uses: ['shoulderTwist'],
      during: ['out', 'peak', 'back'],
      // The puppet's square shoulders read 0 ± 1°; turning them 25° with the head reads 25°.
      // The detector's leftover twist with a still trunk is under 5° (neck-tilts-seated).
      fault: ({ shoulderTwist }) => Math.abs(shoulderTwist) > 15,
      cue: msg('Keep your shoulders facing forward: turn only your head'),
      priority: 2,
      forMs: 500,
    },
    {
      on: 'rep',
      id: 'slow-turns',
      uses: ['turnLeft'],
      // Slowly = about 2 s each way; out and back in under 2 s is rushed (the puppet's slow turn
      // takes 4 s, its rushed one 1.4 s).
      fault: ({ durationMs }) => durationMs < 2000,
      cue: msg('Turn more slowly, about two seconds each way'),
      priority: 1,
    },
  ],
  card: {
    equipment: [msg('A chair, or stand tall')],
    camera: msg(
      'Facing the camera squarely at about face height, 1–2 m away, with your head, shoulders and hips in view (the hips are needed to check that your shoulders stay still).',
    ),
    steps: [
      msg('Sit or stand tall, shoulders relaxed and facing the camera.'),
      msg('Turn your head slowly to look over your left shoulder, as far as is comfortable, chin level.'),
      msg('Come back slowly through the middle and turn to look over your right shoulder.'),
      msg('Keep your shoulders still; only your head turns. Five each side.'),
    ],
    feel: msg('A gentle stretch along the side of the neck as you turn.'),
    stop: msg('Stop if you feel dizzy, tingling in your arms, or sharp pain.'),
  },
});
