import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, armRaise, bothSides, combine, towardCameraAngle, type Angle } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Lat pulldown with a resistance band, facing the camera: the band held overhead with the arms
 * up in a wide V, then pulled apart and down until the upper arms are level with the floor,
 * elbows bent and the hands beside the head, and back up.
 *
 * The arms move across the camera's view, which the picture shows faithfully: the upper arms'
 * raise against the shoulder line, and the elbows' bend. Leaning back is movement towards and
 * away from the camera, so it comes from MediaPipe's world depth estimate, with a generous rule.
 *
 * Tuned on the synthetic puppet (lat-pulldown.presets.ts: pulldownTop — arms 160° up, elbows 165° —
 * and pulldownBottom — arms level, elbows 90°; the test's `fastPulls`: 1.0–1.5 s reps stopping
 * 135–160° overhead, with real-depth.ts's depth) and on the clip malik_claps_overhead
 * (../shared/footage, no ground truth: arms swing from level to overhead with the elbows at
 * 126–155°, which is not a pulldown and must not count). The lean against the thighs on the
 * puppet population (trunkLean).
 */
const upperArm = (side: 'left' | 'right') =>
  armRaise({ side, label: side === 'left' ? msg('left upper arm raised') : msg('right upper arm raised') });
const elbow = (side: 'left' | 'right') => angle('shoulder', 'elbow', 'wrist', { side });

const arms = bothSides(upperArm, 'mean', msg('Upper arms raised'));

/**
 * The trunk's lean towards the camera (world: leaning back is movement along the camera's axis),
 * negative leaning back, read against the thighs when the person stands. MediaPipe's world axes
 * are the camera's, so the trunk alone reads the camera's tilt as a lean: upright read +1 to +9°
 * with the camera tilted 1–9° down, and a 20° lean back −8 to −15° (the population, seed 106: a
 * camera 8° down hid the lean of person 14 behind the −10° rule), and a camera tilted up to take
 * in raised hands from a table would read an upright person as leaning back. A standing person's
 * thighs are plumb, so they read the camera's tilt alone: the trunk less the thighs is the lean
 * whatever the tilt (upright −6 to +2°, 20° back −13 to −20°, over the same 40 people). Seated or
 * half-kneeling the thighs point at the camera, and with the knees out of the picture they are
 * not seen: then, and whenever the thighs are more than 20° off plumb, the trunk is read alone,
 * as before.
 */
const trunkAlone = towardCameraAngle(['left_hip', 'right_hip'], ['left_shoulder', 'right_shoulder'], {
  label: msg('Trunk forward'),
});
const thighs = towardCameraAngle(['left_knee', 'right_knee'], ['left_hip', 'right_hip']);
const PLUMB_THIGHS = 20;
const trunkLean: Angle = {
  ...trunkAlone,
  compute: (input) => {
    const trunk = trunkAlone.compute(input);
    if (trunk === null) return null;
    const thigh = thighs.compute(input);
    return thigh !== null && Math.abs(thigh) <= PLUMB_THIGHS ? trunk - thigh : trunk;
  },
};
const elbows = bothSides(elbow, 'mean', msg('Elbows'));

/**
 * The pull (see `measures`). It needs the shoulders and elbows in the picture, not the hands: with
 * the arms overhead the hands are the first thing a camera close enough to see the face loses
 * off the top of the picture (a pull-up bar at the top edge, a person stepping in close), and
 * the elbows' bend only matters below 125°, where the hands are down beside the head and in view.
 * Asking for the hands there made every frame with the arms up untrackable, and the rep never
 * started: the puppet filmed from 1.6–2.0 m with the hands leaving the top counted 0 of 5 reps.
 * The hands' landmarks, extrapolated by the model when just out of the picture, still feed the
 * elbows' reading.
 */
const pullWithElbows = combine(
  [arms, elbows],
  ([raised = 0, bent = 0]) => (bent > 120 ? Math.max(raised, 125) : raised),
  msg('Pull down'),
  'deg',
);
const pull: Angle = { ...pullWithElbows, joints: arms.joints };

export const latPulldown = defineExercise({
  id: 'lat-pulldown',
  name: msg('Lat pulldown (band)'),
  phase: 'strength',
  view: 'front',
  sided: false,
  dosage: { sets: 3, reps: 10, text: msg('3 sets of 8–12') },
  measures: {
    arms,
    // The pull: the upper arms' raise, which only counts as pulled down (under 125°) while the
    // elbows bend under 120° too. A pulldown ends with the upper arms level and the elbows near
    // 90°; arms brought down long (a lateral raise; the overhead claps' level position, elbows at
    // 126–155°) stop at 125°. Bending the elbows with the arms held level (the clip
    // sagor_elbow_flexion) never raises the arms overhead, so it never starts a rep.
    pull,
    leftElbow: elbow('left'),
    rightElbow: elbow('right'),
    armsUneven: bothSides(upperArm, 'diff', msg('Left upper arm minus right')),
    trunk: trunkLean,
  },
  phaseLabels: { start: msg('arms up'), peak: msg('pulled down') },
  // Overhead 160–165°; pulled to level 90–95°. Start above 140°, peak under 110°.
  // Real people (issue 14: pull-ups filmed from the front, 20 reps → 12 counted) go faster and
  // stop short overhead: on the puppet, 1.2 s reps spend only ~0.9 s below 140°, and reps that
  // return to 136–138° never reach the start at all. So the rep also ends where the arms, on
  // their way up, turn down again by 8° (well above jitter's 2–3°) after passing 130° — the
  // person's own top, bounded 40° above level so a bounce at the bottom is never a rep — and a
  // rep may take 0.5 s below the start (a 1 s pull-up; a jerk quicker than that is no rep).
  counting: {
    kind: 'reps',
    measure: 'pull',
    start: above(140),
    peak: below(110),
    partial: below(125),
    minRepMs: 500,
    turnBack: { past: above(130), by: 8 },
  },
  show: ['leftElbow', 'rightElbow'],
  checks: [
    {
      on: 'rep',
      id: 'reach-parallel',
      uses: ['arms'],
      // Upper arms level is 90°; stopping more than 10° short of it (the puppet's half pull at
      // 105° reads 103–106°) is not reaching parallel.
      fault: ({ min }) => min.arms > 100,
      cue: msg('Pull your elbows down to shoulder height'),
      priority: 3,
    },
    {
      on: 'frame',
      id: 'lean-back',
      uses: ['trunk'],
      during: ['out', 'peak', 'back'],
      // Standing upright reads −6 to +2° against the thighs, leaning back 20° −13 to −20° (MediaPipe
      // flattens depth to ~0.7 of it: real-depth.ts). Depth is an estimate, so only a clear lean
      // (more than ~13° back) is judged: −9°, midway between what 120 people of the population
      // (seeds 106, 206, 306) read upright (at least −6.4°) and leaning back 20° (at most −11.5°).
      fault: ({ trunk }) => trunk < -9,
      cue: msg('Stay tall; don’t lean back'),
      priority: 2,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'arms-even',
      uses: ['armsUneven'],
      during: ['out', 'peak', 'back'],
      // One upper arm more than 20° lower than the other (the puppet's even pull stays within 4°).
      fault: ({ armsUneven }) => Math.abs(armsUneven) > 20,
      cue: msg('Pull both arms down evenly'),
      priority: 1,
      forMs: 600,
    },
  ],
  needs: ['band'],
  card: {
    equipment: [msg('A light resistance band')],
    camera: msg('Facing the camera, 2–3 m away, with your whole upper body, your hips and your raised hands in view.'),
    steps: [
      msg(
        'Stand tall, feet hip-width apart, and hold the band overhead with your hands a little wider than your shoulders, arms long.',
      ),
      msg(
        'Pull the band apart and down, bending your elbows, until your upper arms are level with the floor and the band is behind your head or in front of your face.',
      ),
      msg('Squeeze your shoulder blades down and together at the bottom.'),
      msg('Let the arms rise slowly back overhead, keeping the band taut.'),
    ],
    feel: msg('The muscles under your armpits and between your shoulder blades working.'),
    stop: msg('Stop if you feel pain in the shoulder or neck, or the band starts to slip.'),
  },
});
