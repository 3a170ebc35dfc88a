import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, armElevation, armSideways, bothSides, combine, heightAbove, onlyWhen } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Face pull with a band anchored at head height in front, facing the camera (the anchor between
 * the person and the camera, off to one side of the picture): the arms start long, pointing
 * forward at the anchor, and the hands are pulled back to either side of the face, elbows high
 * and out to the sides.
 *
 * The pull itself travels towards the camera, which the picture flattens: an arm pointing at the
 * lens shows no length and no bend. So the elbows' bend and the upper arms' height are read in
 * 3-D (MediaPipe's world estimate); the hands' height against the nose is across the picture and
 * read there. Tuned on the synthetic puppet (face-pull.presets.ts: facePullStart — arms forward,
 * elbows straight — and facePullEnd — elbows out at shoulder height, bent 95°, hands beside the
 * face); there is no face-pull footage. The clips malik_claps_overhead and hans_shoulder_stretch
 * (../shared/footage) must not count. Issue 14 checked it on a population of puppets whose depth
 * reads as MediaPipe reads real people (src/exercises/real-depth.test.ts, swept over 24): 6 of 6
 * counted and no cue on each, and replayed the unlabelled clip vivek_bent_face_pull (a bent-over
 * rear-delt pull ~45° from the front, not this exercise: 0 counted, no cue) and
 * malik_claps_overhead (0 counted).
 */
const elbow3d = (side: 'left' | 'right') => angle('shoulder', 'elbow', 'wrist', { side, space: 'world' });
const upperArm = (side: 'left' | 'right') =>
  armElevation(side, 'elbow', { label: side === 'left' ? msg('left elbow height') : msg('right elbow height') });

export const facePull = defineExercise({
  id: 'face-pull',
  name: msg('Face pull'),
  phase: 'strength',
  view: 'front',
  sided: false,
  dosage: { sets: 3, reps: 12, text: msg('3 sets of 12') },
  measures: {
    // Both elbows' bend (world): ~172° with the arms long, ~85° at the face. It reads as unseen
    // outside a face pull: an upper arm overhead (above 130°, the triceps stretch of
    // hans_shoulder_stretch), or long arms held out to the sides instead of forward at the anchor
    // (sagor_elbow_flexion: arms out level, elbows bending and straightening — not a face pull).
    //
    // The two arms pull together, so where their readings part by more than 25° one of them is
    // MediaPipe's depth, not the person: an arm pointing at the camera (the start) has its bend
    // almost wholly in depth, and real depth (tests/support/real-depth.ts, 10–20 cm off on the
    // hands and elbows) reads one long arm bent to 60–100° while the other reads 150°. Then the
    // straighter reading is believed — at the face both arms lie in the picture's plane, where a
    // depth error barely straightens a bend — so a depth error never hides a rep's start.
    elbows: onlyWhen(
      combine(
        [elbow3d('left'), elbow3d('right')],
        ([left = 0, right = 0]) => (Math.abs(left - right) > 25 ? Math.max(left, right) : (left + right) / 2),
        msg('Elbows'),
        'deg',
      ),
      combine(
        [
          bothSides(upperArm, 'max'),
          bothSides(elbow3d, 'mean'),
          bothSides((side) => armSideways(side, 'elbow'), 'mean'),
        ],
        ([highest = 0, bend = 0, out = 0]) => (highest < 130 && !(bend > 135 && out > 0.7) ? 1 : 0),
        msg('In a face pull'),
        'ratio',
      ),
      (inPull) => inPull > 0,
    ),
    // The upper arms' elevation from hanging (world): 90° level, whether out to the side or
    // forward at the anchor.
    elbowHeight: bothSides(upperArm, 'mean', msg('Elbow height')),
    // The lower hand's height against the nose, in shoulder widths (+ above).
    hands: bothSides((side) => heightAbove(`${side}_wrist`, 'nose'), 'min', msg('Hands to the face')),
    leftElbow: elbow3d('left'),
    rightElbow: elbow3d('right'),
  },
  phaseLabels: { start: msg('arms long'), peak: msg('at the face') },
  // Start above 135°, peak under 105°. MediaPipe's world elbows read a straight arm 20–25° short
  // (150–155° in malik_claps_overhead), which the start leaves room for; the claps never bend
  // them under 112°.
  counting: {
    kind: 'reps',
    measure: 'elbows',
    start: above(135),
    peak: below(105),
    partial: below(120),
    minRepMs: 1000,
  },
  show: ['leftElbow', 'rightElbow'],
  checks: [
    {
      on: 'frame',
      id: 'elbows-high',
      uses: ['elbowHeight', 'elbows'],
      during: ['peak'],
      // At the face the upper arms should be near level (the puppet's end reads 87°); under 65°
      // the elbows have dropped towards the ribs (a row, not a face pull: the puppet's reads 40°).
      // Judged only once the elbows are bent past 90° (the puppet's end reads 72–80°): on the
      // way in the upper arms swing from forward to out and dip to ~60° on the puppet, and with
      // real depth one arm can read bent early, so the peak phase can begin mid-pull (a false
      // cue on one puppet in 24 before this bound).
      fault: ({ elbowHeight, elbows }) => elbows < 90 && elbowHeight < 65,
      cue: msg('Lift your elbows to shoulder height'),
      priority: 3,
      forMs: 300,
    },
    {
      on: 'rep',
      id: 'hands-to-face',
      uses: ['hands'],
      // Both hands should come up beside the face: the lower no more than 0.1 shoulder widths
      // below the nose (the puppet's end puts them 0.2–0.3 above it; hands stopping in front of
      // the shoulders, forearms level, read −0.4).
      fault: ({ max }) => max.hands < -0.1,
      cue: msg('Pull your hands up to your face'),
      priority: 2,
    },
    {
      on: 'rep',
      id: 'pause-end',
      uses: ['elbows'],
      // Near the end = within 20% of the rep's range (from the long arms it left) of the bend it
      // dwells at (src/coach/plateau.ts). The puppet's 2.5 s rep without a pause stays there
      // 0.7–0.8 s, with a 1 s squeeze 1.6–1.7 s; over the strength population (tempo 0.6–1.6×,
      // 15–30 fps) a 1 s squeeze reads 1.2–2.5 s, and no squeeze 0.5–1.1 s (up to 1.5 s at 0.6×
      // tempo, whose slow turn spends that long near the end). 1 s is the line.
      fault: ({ topMs }) => topMs < 1000,
      cue: msg('Hold the squeeze a moment at your face'),
      priority: 1,
    },
  ],
  needs: ['band'],
  card: {
    equipment: [msg('A resistance band, anchored at head height (a door anchor, or tied round a sturdy post)')],
    camera: msg(
      'Facing the camera, 2–3 m away, with the band anchored beside it (not in front of you), and your head, arms and hips in view.',
    ),
    steps: [
      msg(
        'Hold the band with both hands, palms down, arms straight out in front at face height; step back until it is taut.',
      ),
      msg('Pull the band towards your face, leading with your elbows: keep them high, out to the sides.'),
      msg(
        'Finish with your hands beside your face and your upper arms level; squeeze your shoulder blades and hold a moment.',
      ),
      msg('Let your arms straighten slowly back towards the anchor.'),
    ],
    feel: msg('The backs of your shoulders and the muscles between your shoulder blades working.'),
    stop: msg('Stop if you feel pain at the front of the shoulder or in the neck.'),
  },
});
