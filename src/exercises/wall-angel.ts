import { defineExercise } from '../coach/exercise';
import { ANGLE_SMOOTHING, angle, armRaise, bothSides, heightAbove, inclination, towardCamera } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Wall angel, facing the camera with the back against a wall: the arms slide from the "goal post"
 * (upper arms level, elbows bent 90°) up into a V overhead and back. All of it happens across the
 * camera's view, which a front view sees faithfully.
 *
 * Thresholds tuned on the synthetic puppet (wallAngelGoalPost/wallAngelOverhead) and on the clip
 * `wall-angel-elbow-flexion-only` (../shared/footage: arms level, only the elbows bend: 0 reps).
 */
const arm = (side: 'left' | 'right') => armRaise({ side });
const elbow = (side: 'left' | 'right') => angle('shoulder', 'elbow', 'wrist', { side });
const forearm = (side: 'left' | 'right') => inclination('elbow', 'wrist', { side });
const forearmOff = (side: 'left' | 'right') => towardCamera('elbow', 'wrist', { side });

export const wallAngel = defineExercise({
  id: 'wall-angel',
  name: 'Wall angel',
  phase: 'strength',
  view: 'front',
  sided: false,
  dosage: { sets: 3, reps: 10, text: '3 sets of 10' },
  measures: {
    // Upper arm from the side: 0 hanging, ~90 level (goal post), ~150+ in the V overhead.
    arms: bothSides(arm, 'mean', 'Arms raised'),
    armsUneven: bothSides(arm, 'diff', 'Left arm minus right'),
    leftElbow: elbow('left'),
    rightElbow: elbow('right'),
    // Forearm lean from straight up in the picture, and how much it points at the camera (off the
    // wall: MediaPipe's depth, so the rule on it is generous).
    leftForearm: forearm('left'),
    rightForearm: forearm('right'),
    leftForearmOff: forearmOff('left'),
    rightForearmOff: forearmOff('right'),
    neckGap: heightAbove(['left_ear', 'right_ear'], ['left_shoulder', 'right_shoulder'], {
      label: 'Ear–shoulder gap',
      smoothing: ANGLE_SMOOTHING,
    }),
  },
  phaseLabels: { start: 'goal post', peak: 'overhead' },
  counting: { kind: 'reps', measure: 'arms', start: below(110), peak: above(138), partial: above(122), minRepMs: 1000 },
  show: ['leftElbow', 'rightElbow'],
  checks: [
    {
      on: 'frame',
      id: 'elbows-90',
      uses: ['leftElbow', 'rightElbow'],
      during: ['start'],
      // The design card's 90°; 75–105° is the catalog's band.
      fault: ({ leftElbow, rightElbow }) => Math.abs(leftElbow - 90) > 15 || Math.abs(rightElbow - 90) > 15,
      cue: 'Elbows at 90°, like a goal post',
      priority: 3,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'arms-level',
      uses: ['armsUneven'],
      fault: ({ armsUneven }) => Math.abs(armsUneven) > 18,
      cue: 'Keep both arms level with each other',
      priority: 2,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'forearms-vertical',
      uses: ['leftForearm', 'rightForearm', 'leftForearmOff', 'rightForearmOff'],
      during: ['start'],
      // The puppet's goal post leans 1°, off the wall (forearms 45° forward) points 0.7 at the
      // camera; upper arms 25° low with elbows at 90° lean the forearms 25°.
      fault: (v) =>
        Math.max(v.leftForearm, v.rightForearm) > 20 || Math.max(v.leftForearmOff, v.rightForearmOff) > 0.45,
      cue: 'Forearms upright against the wall, hands above the elbows',
      priority: 1,
      forMs: 600,
    },
    {
      on: 'rep',
      id: 'no-shrug',
      uses: ['neckGap'],
      // The gap shrinks ~10% as the shoulder blades rotate up (normal); a shrug takes half of it.
      fault: ({ min, max }) => min.neckGap < max.neckGap * 0.7,
      cue: 'Shoulders down, away from your ears',
      priority: 2,
    },
  ],
  needs: ['wall'],
  card: {
    equipment: ['A clear stretch of wall'],
    camera: 'Facing the camera, 2–3 m away, with your head, shoulders and raised arms in view.',
    steps: [
      'Stand with your back, head and bottom against the wall, feet a small step forward, knees soft.',
      'Raise your arms to the goal-post position: upper arms level with your shoulders, elbows bent to 90°, backs of the hands towards the wall.',
      'Slide your arms up the wall into a V as far as you can while keeping contact.',
      'Slide back down to the goal post, keeping your shoulders down.',
    ],
    feel: 'A stretch across the chest and work between the shoulder blades.',
    stop: 'Stop if you feel pinching or pain in the shoulder.',
  },
});
