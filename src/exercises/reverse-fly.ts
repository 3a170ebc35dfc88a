import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { ANGLE_SMOOTHING, angle, combine, heightAbove, onlyWhen } from '../coach/measures';
import { above, below } from '../coach/threshold';
import { hinge, hinge45, neck, neckInLine } from './bent-over';

/** The elbow, believed long if the picture or MediaPipe's 3-D estimate reads it long (see reverseFly). */
const longElbow = () =>
  combine(
    [angle('shoulder', 'elbow', 'wrist'), angle('shoulder', 'elbow', 'wrist', { space: 'world' })],
    ([picture = 0, world = 0]) => Math.max(picture, world),
    msg('Elbow'),
    'deg',
  );

/**
 * Reverse dumbbell fly, hinged ~45° and filmed side-on: the arms hang, then lift out to the sides
 * to shoulder height and lower. Out to the side is toward the camera from a side view, so the
 * arm's own angle is foreshortened in the picture; its height is not: the hands' height below the
 * shoulders, in trunk lengths (the trunk lies across the picture), stays true. The near arm is
 * read (the far one swings behind the body).
 *
 * A row bends the elbow and brings the hand to the hip, which also raises it: the lift is counted
 * only with the arms long (elbow over 120°), so a row is never a fly. The elbow is read twice, in
 * the picture and in MediaPipe's 3-D estimate, and believed long if either reads it long. A row
 * bends it in the body's own plane, square to a side-on camera: the picture reads that bend true
 * (the puppet's pull 88–95°) and depth errors, out of that plane, barely straighten it (84–97° in
 * 3-D with real depth). A long arm lifting out towards the camera reads long in at least one: in
 * the picture it still projects to a straight line (150–175° through the puppet's fly) unless it
 * points at the lens, and in 3-D unless the depth misleads — as it does on real people
 * (tests/support/real-depth.ts): one puppet in ten had the fly's long arm read bent to 25–110° in
 * 3-D, and its lifts went uncounted. A photo of a lying rear-delt raise, arms hanging, reads 112°
 * in the picture and 131° in 3-D.
 *
 * Whether a lift reached shoulder height is judged on both arms, not the near one. At the top the
 * near hand is ~an arm's length nearer the camera than its shoulder, and a camera tilted down or
 * set above the shoulders shows a nearer point lower: a hand at shoulder height read 0.2–0.4 trunk
 * lengths low with the camera 8° down or 20 cm above the shoulders, as low as a lift stopped 66°
 * out read with a level camera (the puppet population: the same 66° lift read 0.32–0.60). The far
 * hand is as far from the camera as the near one is nearer, so the middle of the two hands against
 * the middle of the shoulders cancels that to first order, in the picture; MediaPipe's 3-D estimate
 * has no perspective at all. A lift is believed at shoulder height if either reads it there, as
 * the elbow is believed long if either reads it long.
 *
 * Hinge and neck are measured and checked as for the row (src/exercises/bent-over.ts). Tuned on the synthetic puppet
 * (reverse-fly.presets.ts: flyHang/flyTop): hanging reads 1.14, shoulder height −0.05, arms lifted 66° out
 * 0.51, 55° out 0.75; the row's pull reads 0.52 with the elbow at 90°; the elbow gate on the
 * puppet population with real depth (src/exercises/real-depth.test.ts); the shoulder-height check
 * on the population (its comment). No labelled footage; the unlabelled clip
 * vivek_incline_reverse_fly was replayed for false cues.
 */
export const reverseFly = defineExercise({
  id: 'reverse-fly',
  name: msg('Reverse dumbbell fly'),
  phase: 'strength',
  view: 'side',
  sided: false,
  dosage: { sets: 3, reps: 10, text: msg('3 sets of 8–12') },
  measures: {
    lift: onlyWhen(
      heightAbove('shoulder', 'wrist', {
        per: ['hip', 'shoulder'],
        label: msg('Hands below shoulders'),
        smoothing: ANGLE_SMOOTHING,
      }),
      longElbow(),
      (elbow) => elbow > 120,
    ),
    // The check's height: both arms, in the picture and in 3-D (see the comment above).
    height: onlyWhen(
      combine(
        [
          heightAbove('shoulder', 'wrist', { side: 'mid', per: ['hip', 'shoulder'], smoothing: ANGLE_SMOOTHING }),
          heightAbove('shoulder', 'wrist', {
            side: 'mid',
            per: ['hip', 'shoulder'],
            smoothing: ANGLE_SMOOTHING,
            space: 'world',
          }),
        ],
        ([picture = 0, world = 0]) => Math.min(picture, world),
        msg('Hands below shoulders'),
        'ratio',
      ),
      longElbow(),
      (elbow) => elbow > 120,
    ),
    hinge: hinge(),
    neck: neck(),
  },
  phaseLabels: { start: msg('arms hanging'), peak: msg('arms lifted') },
  // Hanging 1.14; a rep reaches below 0.6 (arms ~60° out), the check wants shoulder height.
  // minRepMs times only the part of a rep beyond the start (from passing 0.9 on the way up to
  // passing it again on the way down), not the whole rep. Where the trunk is foreshortened in the
  // picture the hanging arms read far above 0.9 — chest-down on an incline bench seen ~35° from
  // the front, 2.0 (the clip vivek_incline_reverse_fly) — and a brisk 1.4 s rep spends only
  // 0.6–0.65 s beyond it: an 800 ms floor dropped all its reps as too fast. Lifting long arms
  // to the side and lowering them takes a second or more with any weight, and a glitch or a
  // twitch that crosses both thresholds and back is over within a few frames: 500 ms tells them
  // apart, whatever share of the rep lies beyond the start.
  counting: { kind: 'reps', measure: 'lift', start: above(0.9), peak: below(0.6), partial: below(0.8), minRepMs: 500 },
  show: ['hinge'],
  checks: [
    hinge45,
    neckInLine,
    {
      on: 'rep',
      id: 'shoulder-height',
      uses: ['height'],
      // Short of shoulder height: both hands still more than 0.32 trunk lengths (~15 cm) below
      // both shoulders at the rep's top, in the picture and in 3-D. Set between what the
      // population (seeds 105, 305, 405, 505: 160 people) reads for a clean lift at 90–110 % of
      // the preset's (arms 79–97° out: at most 0.29) and for the fault, arms 66° out (at least
      // 0.345). Unseen wrists leave the rep unjudged: silence, never a guess.
      fault: ({ min }) => min.height > 0.32,
      cue: msg('Lift your arms out to shoulder height'),
      priority: 1,
    },
  ],
  needs: ['dumbbell'],
  card: {
    equipment: [msg('A pair of light dumbbells (or water bottles)')],
    camera: msg('Side-on, 2–3 m away, with your whole body in view.'),
    steps: [
      msg(
        'Stand with your feet hip-width apart and knees soft, then hinge forward from the hips to about 45°, back flat.',
      ),
      msg('Let the weights hang below your shoulders, palms facing each other, elbows slightly bent.'),
      msg('Lift your arms out to the sides to shoulder height, squeezing your shoulder blades together.'),
      msg('Lower slowly. Keep looking at the floor just ahead so your neck stays in line.'),
    ],
    feel: msg('The backs of your shoulders and between your shoulder blades.'),
    stop: msg('Stop if you feel pain in your lower back or shoulders.'),
  },
});
