import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, onlyWhen, rise } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Child's pose, kneeling, filmed side-on at floor level: the hips sink back toward the heels, the
 * chest rests on the thighs and the arms reach forward along the floor. All of it is in the body's
 * side plane, which a side view sees faithfully, so every measure reads the picture (near side).
 *
 * Tuned on the synthetic puppet (childs-pose.presets.ts: childsPose, puppyPose) and the clip
 * `childs-pose-puppy` (../shared/footage): all fours into a puppy-pose stretch held ~9 s, where
 * the hip angle reads 55–65°, the knee ~75° and the arms ~175° from the trunk. The clip's hold
 * counts; the hips-on-heels check rightly flags that the hips stay over the knees.
 */
export const childsPose = defineExercise({
  id: 'childs-pose',
  name: msg("Child's pose"),
  phase: 'cool-down',
  view: 'side',
  sided: false,
  dosage: { holds: 1, holdS: 15, text: msg('Hold at least 15 s') },
  measures: {
    // The fold at the hips (shoulder–hip–knee): ~17° in child's pose, ~60° in puppy pose, ~103°
    // on all fours, 180° lying or standing. Only while the trunk slopes down toward the head
    // (shoulders no higher than the hips): a squat or sitting folded forward has a small hip angle
    // too, with the chest up. Otherwise it reads as open (180°): out of position, not unseen.
    fold: onlyWhen(
      angle('shoulder', 'hip', 'knee', { label: msg('Hip fold') }),
      rise('hip', 'shoulder'),
      (v) => v < 10,
      180,
    ),
    // Knee bend: ~30° with the hips on the heels, 90° with the thighs upright (hips over knees).
    knee: angle('hip', 'knee', 'ankle', { label: msg('Knee') }),
    // Arms against the trunk: ~175° reaching forward along the floor, ~90° hands under shoulders.
    reach: angle('hip', 'shoulder', 'wrist', { label: msg('Arms from the trunk') }),
  },
  // In position below 75° (puppy pose in the clip reads 55–65°, the puppet's child's pose 17°);
  // out above 85°, short of all fours (~103°).
  counting: { kind: 'hold', measure: 'fold', enter: below(75), exit: above(85), graceMs: 1000, minHoldS: 15 },
  show: ['fold', 'knee'],
  checks: [
    {
      on: 'frame',
      id: 'hips-on-heels',
      uses: ['knee'],
      during: ['hold'],
      // Hips on the heels bend the knees to ~30° (puppet); puppy pose and the clip keep them at
      // 75–90°, which is the fault.
      fault: ({ knee }) => knee > 60,
      cue: msg('Sit your hips back toward your heels'),
      priority: 2,
      forMs: 1500,
    },
    {
      on: 'frame',
      id: 'arms-extended',
      uses: ['reach'],
      during: ['hold'],
      // Reaching forward reads 170–178° (puppet and clip); arms by the sides or bent ~40–100°.
      fault: ({ reach }) => reach < 140,
      cue: msg('Reach your arms forward along the floor'),
      priority: 1,
      // The hands walk back before the hips leave the fold on the way out (~1 s on the puppet):
      // only a lasting fault counts.
      forMs: 1500,
    },
  ],
  needs: ['floor'],
  card: {
    equipment: [msg('A mat or carpet')],
    camera: msg(
      'Side-on, at floor level or on a low table, 2–3 m away, with your whole body from hands to feet in view.',
    ),
    steps: [
      msg('Kneel on the mat, big toes together, knees about hip-width apart.'),
      msg('Sit your hips back onto your heels.'),
      msg('Walk your hands forward and lower your chest onto your thighs, forehead toward the floor.'),
      msg('Keep your arms long, reaching forward, and breathe slowly into your back.'),
    ],
    feel: msg('A gentle stretch through your back, shoulders and hips.'),
    stop: msg('Stop if your knees hurt; a folded towel behind the knees or under the hips can help.'),
  },
});
