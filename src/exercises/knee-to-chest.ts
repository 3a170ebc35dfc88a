import { msg } from '@lit/localize';
import { defineExercise } from '../coach/exercise';
import { angle, combine, onlyWhen, rise, turn } from '../coach/measures';
import { above, below } from '../coach/threshold';

/**
 * Knee to chest, lying face up, filmed side-on: one knee is hugged to the chest and held while
 * the other foot stays on the floor, then the other leg. The hip's bend is in the body's side
 * plane, which a side view sees faithfully, so everything reads the picture.
 *
 * What a side view can and cannot tell. The far hip hides behind the pelvis (the puppet reports it
 * at visibility ~0.5, and MediaPipe may well report it lower), so each leg's hip angle is taken at the NEAR hip,
 * against the near shoulder: in a side view both hips project to about the same point. A far knee
 * pulled up to the chest is clear of the body and seen; a far foot resting behind the near one
 * is only partly seen, so "the other foot lifting" is judged only on frames where it is seen.
 * Which leg is which comes from MediaPipe's left/right labels, which are surer for the leg nearer
 * the camera: the card says to turn round if the wrong side is credited.
 *
 * Tuned on the synthetic puppet (knee-to-chest.presets.ts: kneeToChestRest, kneeToChest): knees bent with
 * feet flat read ~135° at the hip, a knee hugged to the chest ~60°, the crunch fault lifts the
 * trunk line ~18° and turns the head ~15° further. No labelled footage.
 *
 * A hip bent under 80° is not enough: standing bent over, kneeling on all fours or sitting, the
 * hip bends as far. The hold is timed only lying face up (see `lyingFaceUp`): real clips of other
 * exercises each had a hold counted here before (a bent-over dumbbell pull, a supported one-arm
 * row, a puppy stretch on all fours; tests/replay/unlabelled-traces.test.ts).
 */
const leg = (side: 'left' | 'right') =>
  angle(
    { joint: 'shoulder', side: 'near' },
    { joint: 'hip', side: 'near' },
    { joint: 'knee', side },
    {
      label: side === 'left' ? msg('Left hip bend') : msg('Right hip bend'),
    },
  );
// The foot above the near hip: −7° with the foot on the floor, +30° or more once the leg lifts.
const foot = (side: 'left' | 'right') =>
  rise(
    { joint: 'hip', side: 'near' },
    { joint: 'ankle', side },
    { label: side === 'left' ? msg('Left foot lift') : msg('Right foot lift') },
  );

/**
 * Lying face up, for that leg: the trunk line within 45° of level (lying flat reads −3°, the
 * crunch fault 17°; sitting up reads 60° and more) and the knee above the near hip in the picture
 * (lying face up, a bent knee points up: ~45° resting, ~60° hugged; standing, kneeling on all
 * fours or bent over a bench, the knees are below the hips: −20° to −80° on the real clips).
 * Otherwise the hip's bend is not this exercise's and reads as unseen: nothing is timed.
 */
const lyingFaceUp = (side: 'left' | 'right') =>
  combine(
    [
      rise({ joint: 'hip', side: 'near' }, { joint: 'shoulder', side: 'near' }),
      rise({ joint: 'hip', side: 'near' }, { joint: 'knee', side }),
    ],
    ([trunk = 90, knee = -90]) => (trunk < 45 && knee > 0 ? 1 : 0),
    side === 'left' ? msg('Lying face up (left knee up)') : msg('Lying face up (right knee up)'),
    'ratio',
  );
const hipBend = (side: 'left' | 'right') => onlyWhen(leg(side), lyingFaceUp(side), (lying) => lying > 0);

/** A knee is hugged in (the hold's enter threshold). */
const IN = 80;

export const kneeToChest = defineExercise({
  id: 'knee-to-chest',
  name: msg('Knee to chest'),
  phase: 'warm-up',
  view: 'side',
  sided: true,
  dosage: { holds: 3, holdS: 5, text: msg('Hold 5 s each leg; the sequence 3 times') },
  measures: {
    leftLeg: hipBend('left'),
    rightLeg: hipBend('right'),
    leftFoot: foot('left'),
    rightFoot: foot('right'),
    // Trunk line off the floor (shoulders lifting): −3° to −2° lying flat, ~17° curled up.
    trunk: rise('hip', 'shoulder', { label: msg('Shoulders lift') }),
    // Head against the trunk line: +10° to +16° resting (the ear sits above the shoulder line),
    // +25° to +38° with the head lifted.
    head: turn(['hip', 'shoulder'], ['shoulder', 'ear'], { label: msg('Head lift') }),
  },
  // In position below 80° (hugged ~60°), out above 95° (resting ~135°).
  counting: {
    kind: 'hold',
    measure: { left: 'leftLeg', right: 'rightLeg' },
    enter: below(IN),
    exit: above(95),
    graceMs: 1000,
    minHoldS: 5,
  },
  show: ['leftLeg', 'rightLeg'],
  checks: [
    {
      on: 'frame',
      id: 'other-leg-down',
      uses: ['leftLeg', 'rightLeg', 'leftFoot', 'rightFoot'],
      during: ['hold'],
      // The other foot 15° above the near hip is off the floor (the puppet's: −7° resting, +29°
      // with a straight leg lifted 30°, +34° with the knee drawn up halfway). Both knees in at once
      // lift both feet, which is the fault too.
      fault: (v) => (v.leftLeg < IN && v.rightFoot > 15) || (v.rightLeg < IN && v.leftFoot > 15),
      cue: msg('Keep the other foot on the floor'),
      priority: 2,
      forMs: 600,
    },
    {
      on: 'frame',
      id: 'head-down',
      uses: ['trunk', 'head'],
      during: ['hold'],
      // Lying flat the trunk reads −3°, the head 10–16°. Lifting the head alone reads 33–38°;
      // curling up lifts the trunk to 17°. The lines: trunk 10°, head 30° (a thin cushion adds a
      // few degrees of head, no more).
      fault: ({ trunk, head }) => trunk > 10 || head > 30,
      cue: msg('Rest your head and shoulders on the floor'),
      priority: 3,
      forMs: 600,
    },
  ],
  needs: ['floor'],
  card: {
    equipment: [msg('A mat or carpet'), msg('A thin cushion for your head, if you like')],
    camera: msg(
      'Side-on at floor level or on a low table, 2–3 m away, with your whole body from head to feet in view. The app reads the leg nearer the camera most surely: if it credits the wrong leg, lie the other way round for the other leg. Your far foot is partly hidden from the side, so the app checks it stays down only when it can see it.',
    ),
    steps: [
      msg('Lie on your back with your knees bent and your feet flat on the floor.'),
      msg('Bring one knee up and hug it toward your chest with both hands, around the shin or behind the thigh.'),
      msg('Keep the other foot on the floor and your head and shoulders relaxed on the floor. Hold for 5 seconds.'),
      msg('Lower the leg, then do the other one. Repeat the sequence 3 times.'),
    ],
    feel: msg('A gentle stretch in your lower back and the back of the hip.'),
    stop: msg('Stop if you feel pain in your hip, knee or lower back.'),
  },
});
