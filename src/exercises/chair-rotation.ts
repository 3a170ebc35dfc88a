import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { offsetAcross, trunkBend, trunkTurn } from '../coach/measures';

/**
 * Chair rotation, seated facing the camera: the shoulders turn to one side over still hips and
 * knees, held; each side timed on its own ("left" = turning to the left).
 *
 * The rotation is the shoulder line turned against the hip line about the trunk's own axis, from
 * MediaPipe's world landmarks: a front view sees that turn end-on, as depth. Against the hips
 * rather than the camera because the detector turns its whole 3-D body part of the way with the
 * head (the hips "turn" a third as far as the head on neck-tilts-seated), which the difference
 * cancels; about the trunk's axis so that rounding forward into the twist does not hide it. Whether the hips came along is read in the picture instead: the knees swing sideways
 * off the hips when the pelvis turns, across the camera's view. Slumping is the trunk leaning
 * forward from upright (world landmarks; the camera's own tilt adds to it).
 *
 * Tuned on the puppet (chair-rotation.presets.ts: chairTwistLeft: shoulders 40° over the hips,
 * read as 40°, 38–39° with the back rounded). The shared clip hans_seated_twist (no ground truth)
 * is not this exercise: seated on the floor, one leg out straight and the other knee bent
 * across, filmed ~45° obliquely, the trunk stays twisted to her left through the whole 10.9 s
 * (world twist 28–30° for 0–6.5 s, 18–24° after), the head looking back over the shoulder at
 * 0–1 s and 3–6.5 s and down at the laptop between. It reads one left hold of ~10 s (right: her
 * trunk never left the twist). It used to cue hips-still at 1.1 s: the legs, out to one side of
 * an oblique view, sit 1.6–1.9 hip widths off the hips' middle from the first frame, which no hip
 * movement made (a set-up the card rules out: on a chair, square to the camera). The knees are
 * now read from where they rest (see the check), and she is never seen at rest: not judged,
 * silent. A sanity check of the twist's scale, and of that silence, only.
 */
export const chairRotation = defineExercise({
  id: 'chair-rotation',
  name: msg('Chair rotation'),
  phase: 'warm-up',
  view: 'front',
  sided: true,
  dosage: { sets: 1, holdS: 10, holds: 3, text: msg('Hold 10 s, 3 times each side') },
  measures: {
    twistLeft: trunkTurn({ toward: 'left', label: msg('Turned to the left') }),
    twistRight: trunkTurn({ toward: 'right', label: msg('Turned to the right') }),
    // In hip widths, + to the left: the knees swinging off the hips as the pelvis turns.
    kneesAcross: offsetAcross('knee', 'hip', { label: msg('Knees off centre') }),
    lean: trunkBend({ label: msg('Trunk leaning forward') }),
  },
  counting: {
    kind: 'hold',
    measure: { left: 'twistLeft', right: 'twistRight' },
    // A seated twist turns the shoulders 30–50° over the hips; out under 12°. MediaPipe's depth
    // shows about 0.7 of it (real-depth.ts): the least, 30°, reads atan(0.7 · tan 30°) = 22°,
    // and the depth's slow wander moves a held twist a further ±3–8° (±14° on the population's
    // noisiest). In at 22° alone, 7–12 of 48 of the population's people (70–95 % range, every
    // tempo) lost a side, 'clean 7' among them (79 %, its right twist reading 17–18° for its
    // first 3 s). What kept the entry high is a person sitting still a little twisted: the
    // puppet's own depth swings a still 17° twist between 13° and 21°, real depth's 3–30° on the
    // noisiest. So a hold begins at 18° on the way in from the middle — the twist under the exit
    // within the last 2 s, as the turn into a hold is (1–2.5 s at 0.6–1.6× the card's pace) —
    // and counts only if it reads 22° within 5 s of beginning, as a held twist does even on its
    // low start; otherwise a hold begins only past 22°, as before (a photo of the held twist, a
    // set begun already turned). Measured over the population (seeds 202, 555, 777; 48 people
    // each; population-warm-up.test.ts holds seed 202's first 8): lost sides 4–5 of 48 (7–12
    // before); nothing timed for 12 people × 3 seeds sitting still for 30 s square, 10° or 17°
    // twisted, nor holding a 20° partial twist (as before). The puppet's own 6 noise draws: a
    // still 17° twist, none timed with its depth or real depth's; partial twists under real
    // depth, 17° and 20° none, 24° 1 (none before); with the puppet's depth, which shows all of a
    // twist, 20° 6 (3 before). Without the 22° confirmation more sides were timed (2–4 of 48
    // lost) but still 17° twists were too (0–2 of 12). A twist read from the shoulders narrowing
    // in the picture would tell them apart better (on the noisiest person it read 24–37° for a
    // 31° twist where depth read 12–33°), but needs the person's own square shoulder/hip width
    // ratio learnt: not done.
    enter: { above: 18 },
    exit: { below: 12 },
    fromOut: { withinMs: 2000, enter: { above: 22 }, confirmMs: 5000 },
    graceMs: 1000,
    minHoldS: 10,
  },
  show: [],
  checks: [
    {
      on: 'frame',
      id: 'hips-still',
      uses: ['kneesAcross'],
      // The puppet's knees sit over the hips (0.0) when square and 0.26–0.38 hip widths off with
      // one knee let out 15°; the whole seat turned 20° swings them 0.57–0.67. The hips turning
      // with the twist is the knees MOVING off where they sat square between holds, so the swing
      // is read from there (fromRest), not from the hips' middle: where the knees rest is the
      // set-up, not the fault. Read from the middle, a seat 20° off the camera (the card's
      // "square to it" missed) already read 0.6, and so did legs out straight on the floor with
      // the person 20° off the camera's axis, or one leg out and the other knee across (the puppet
      // 0.5–1.0; the shared clip hans_seated_twist, seated on the floor and filmed obliquely,
      // 1.6–1.9 from her first frame, her hips still): "keep your knees and hips facing forward"
      // for hips that never moved. The swing in hip widths is nearly the same from any of those
      // set-ups (the knees' sideways travel and the hips' width in the picture both shrink with the
      // cosine of the angle to the camera). The rest may lie anywhere a seated person's legs can
      // (2 hip widths either side), so until it has been seen — a person who starts already
      // turned — the check says nothing: a fault must hold with the rest anywhere within that bound,
      // beyond 2.45, which knees beside the hips do not reach.
      fromRest: true,
      restBound: 2,
      fault: ({ kneesAcross }) => Math.abs(kneesAcross) > 0.45,
      cue: msg('Keep your knees and hips facing forward: turn from your chest'),
      priority: 2,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'sit-tall',
      uses: ['lean'],
      // Sitting tall reads 0–5° on the puppet (its camera's tilt); a rounded, slumped twist
      // (upper back curled 40°, trunk 10° forward) 30–35°, but with real depth's flattening
      // (real-depth.ts, gain 0.7) 24–26° (the population's 1.93 m person 12: missed at 26°). A
      // camera tilted down adds its tilt: neck-tilts-seated (a phone above the face, the man
      // sitting a little forward) reads 21–25°. So the lean is read from where the person
      // rests, sitting between twists (camera tilt and posture cancel): 15° more than that is
      // slumping into the twist. The rest is at most 11° off upright; until it is learnt the
      // lean must pass 15° + 11° = 26°, the old absolute bound, so nothing fires that did not.
      fromRest: true,
      restBound: 11,
      fault: ({ lean }) => lean > 15,
      cue: msg('Sit tall: lift your chest as you turn'),
      priority: 1,
      forMs: 800,
    },
  ],
  needs: ['chair'],
  card: {
    equipment: [msg('A sturdy chair without wheels')],
    camera: msg(
      'Facing the camera, level with your chest, 1.5–2.5 m away, with your head, hips and knees in view. Sit square to it, knees pointing at the camera.',
    ),
    steps: [
      msg('Sit tall near the front of the chair, feet flat and hip-width apart.'),
      msg(
        'Breathe in and lift your chest. Breathing out, turn your shoulders to the left, placing your right hand on your left knee and your left hand on the chair back or seat behind you.',
      ),
      msg('Keep your knees and hips facing forward; the turn comes from your chest. Hold, breathing slowly.'),
      msg('Come back to the middle and turn to the right. Three times each side.'),
    ],
    feel: msg('A stretch through the middle and upper back and along the sides of the trunk.'),
    stop: msg('Stop if you feel sharp pain in your back.'),
  },
});
