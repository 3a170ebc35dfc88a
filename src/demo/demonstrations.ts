/**
 * Every exercise's demonstration: the right form at the card's tempo and its most common fault,
 * built from the exercise's own puppet presets (the poses its tests count). Tempos and holds are
 * the tests' own clean sets, trimmed to a loop (two reps, one hold each side, two or three
 * circles); a hold is shown at the dosage's full length, because its length is the lesson.
 * demonstrations.test.ts feeds each one to the engine: the right take counts with no cue, the
 * fault take fires its named check.
 */
import { msg } from '@lit/localize';
import { armCirclesAround, armsOut } from '../exercises/arm-circles.presets';
import { butterflyHug } from '../exercises/butterfly.presets';
import { catCowCat, catCowCow, catCowNeutral } from '../exercises/cat-cow.presets';
import { chairTwistLeft } from '../exercises/chair-rotation.presets';
import { childsPose, puppyPose } from '../exercises/childs-pose.presets';
import { doorwayStretch } from '../exercises/doorway-pec-stretch.presets';
import { facePullEnd, facePullStart } from '../exercises/face-pull.presets';
import { kneeGrab, standingSoftKnees } from '../exercises/knee-grab-back-stretch.presets';
import { kneeToChest, kneeToChestRest } from '../exercises/knee-to-chest.presets';
import { pulldownBottom, pulldownTop } from '../exercises/lat-pulldown.presets';
import { levatorLeft } from '../exercises/levator-scapulae-stretch.presets';
import { neckRolls } from '../exercises/neck-roll.presets';
import { neckTurnLeft } from '../exercises/neck-rotation.presets';
import { neckTiltLeft } from '../exercises/neck-tilts.presets';
import { reachLeft, reachRest, reachRight } from '../exercises/overhead-arm-reach.presets';
import { flyHang, flyTop } from '../exercises/reverse-fly.presets';
import { squeezeBack, squeezeRest } from '../exercises/scapular-squeeze.presets';
import { thoracicExtended, thoracicUpright } from '../exercises/thoracic-extension.presets';
import { FEET_CAMERA, rotationKnees, rotationRest } from '../exercises/trunk-rotation.presets';
import { upperBackStretch } from '../exercises/upper-back-stretch.presets';
import { upperTrapLeft } from '../exercises/upper-trap-stretch.presets';
import {
  allFours,
  CAMERAS,
  hold,
  keyframes,
  mergePose,
  rowStart,
  rowTop,
  seated,
  sequence,
  shoulderRolls,
  standing,
  supermanLift,
  supermanLiftLookingUp,
  supermanRest,
  toRight,
  wallAngelGoalPost,
  wallAngelOverhead,
  type PosePatch,
  type PuppetPose,
} from '../puppet';
import { holdTake, repTake, SETTLE_MS, take, takes, type Demonstration } from './demonstration';

/**
 * A seated neck stretch: the desk camera a neck exercise asks for, at the far end of its cards'
 * 0.7–1.5 m, where the thighs reaching towards it do not fill the picture.
 */
const NECK_CAMERA = { ...CAMERAS.desk, distanceM: 1.4 };

/** Cow then cat, each end held (the exercise's 3–5 s), from a flat back and back to it. */
function catCowRounds(count: number, place: (pose: PuppetPose) => PuppetPose = (pose) => pose) {
  const frames = [
    { tMs: 0, pose: place(catCowNeutral) },
    { tMs: SETTLE_MS, pose: place(catCowNeutral) },
  ];
  let t = SETTLE_MS;
  for (let i = 0; i < count; i++) {
    for (const end of [catCowCow, catCowCat]) {
      t += 1500;
      frames.push({ tMs: t, pose: place(end) });
      t += 3500;
      frames.push({ tMs: t, pose: place(end) });
    }
  }
  t += 1500;
  frames.push({ tMs: t, pose: place(catCowNeutral) }, { tMs: t + 800, pose: place(catCowNeutral) });
  // The first cow's middle, then the first cat's middle is the other key frame (see below).
  return take(keyframes(place(catCowNeutral), frames), SETTLE_MS + 1500 + 1750);
}

const shifted = (arms: number) => (pose: PuppetPose) =>
  mergePose(pose, { both: { shoulderFlexion: pose.right.shoulderFlexion + arms } });

/** Rolls and circles: a settle, then the script; the peak a quarter of the way round. */
const circling = (base: PuppetPose, script: ReturnType<typeof shoulderRolls>, peakMs: number) =>
  take(sequence(hold(base, SETTLE_MS), script), SETTLE_MS + peakMs);

const shrugged = (pose: PuppetPose, degrees: number): PuppetPose =>
  mergePose(pose, { both: { shoulderElevation: degrees } });

const withPatch = (pose: PuppetPose, patch: PosePatch): PuppetPose => mergePose(pose, patch);

export const DEMONSTRATIONS: readonly Demonstration[] = [
  {
    exercise: 'neck-roll',
    camera: NECK_CAMERA,
    right: circling(seated, neckRolls(seated, { count: 2, direction: 'clockwise', periodMs: 5000 }), 2050),
    shows: { cycles: 2 },
    fault: {
      ...circling(
        shrugged(seated, 22),
        neckRolls(shrugged(seated, 22), { count: 2, direction: 'clockwise', periodMs: 5000 }),
        2050,
      ),
      check: 'shoulders-down',
      caption: msg('Shoulders hunched up'),
    },
    marks: [{ measure: 'tilt', name: msg('head'), text: msg('slow circle, shoulders down'), at: 'nose' }],
    props: ['chair'],
    upperBody: true,
  },
  {
    exercise: 'shoulder-roll',
    camera: CAMERAS.laptop,
    right: circling(standing, shoulderRolls(standing, { count: 3, direction: 'backward', periodMs: 3000 }), 1550),
    shows: { cycles: 3 },
    fault: {
      ...circling(
        withPatch(standing, { both: { shoulderAbduction: 70 } }),
        shoulderRolls(withPatch(standing, { both: { shoulderAbduction: 70 } }), {
          count: 3,
          direction: 'backward',
          periodMs: 3000,
        }),
        1550,
      ),
      check: 'arms-relaxed',
      caption: msg('Arms held out stiffly'),
    },
    marks: [{ measure: 'lift', name: msg('shoulders'), text: msg('up, back, down'), at: 'left_shoulder' }],
    props: ['floor'],
  },
  {
    exercise: 'arm-circles',
    camera: CAMERAS.laptop,
    right: circling(
      armsOut,
      armCirclesAround(armsOut, { count: 3, direction: 'forward', radiusDeg: 25, periodMs: 2000 }),
      1300,
    ),
    shows: { cycles: 3 },
    fault: {
      ...circling(
        withPatch(standing, { both: { shoulderAbduction: 50, elbowFlexion: 5 } }),
        armCirclesAround(withPatch(standing, { both: { shoulderAbduction: 50, elbowFlexion: 5 } }), {
          count: 3,
          direction: 'forward',
          centreDeg: 50,
          radiusDeg: 15,
          periodMs: 2000,
        }),
        1300,
      ),
      check: 'arms-level',
      caption: msg('Arms drooping below the shoulders'),
    },
    marks: [{ measure: 'raise', name: msg('arms'), at: 'left_shoulder' }],
    props: ['floor'],
  },
  {
    exercise: 'overhead-arm-reach',
    camera: CAMERAS.laptop,
    right: takes(
      repTake(reachRest, reachLeft, { count: 1, repMs: 3500, pauseTopMs: 1200 }),
      repTake(reachRest, reachRight, { count: 1, repMs: 3500, pauseTopMs: 1200 }),
    ),
    shows: { reps: 2 },
    fault: {
      ...repTake(reachRest, withPatch(reachLeft, { torsoRoll: 0 }), { count: 2, repMs: 3500, pauseTopMs: 1200 }),
      check: 'bend-away',
      caption: msg('Arm up, but no side bend'),
    },
    marks: [{ measure: 'bendAway', name: msg('side bend'), at: 'nose' }],
    props: ['chair'],
  },
  {
    exercise: 'chair-rotation',
    camera: CAMERAS.laptop,
    right: takes(holdTake(seated, chairTwistLeft, 10_500), holdTake(seated, toRight(chairTwistLeft), 10_500)),
    shows: { holds: 2 },
    fault: {
      ...holdTake(seated, withPatch(chairTwistLeft, { facing: 25 }), 10_500),
      check: 'hips-still',
      caption: msg('The whole chair turns, not the back'),
    },
    marks: [{ measure: 'twistLeft', name: msg('twist'), at: 'nose' }],
    props: ['chair'],
  },
  {
    exercise: 'cat-cow',
    camera: CAMERAS.floor,
    right: catCowRounds(1),
    shows: { reps: 1 },
    fault: { ...catCowRounds(1, shifted(25)), check: 'hands-under-shoulders', caption: msg('Hands reaching ahead') },
    marks: [{ measure: 'hands', name: msg('arms'), text: msg('hands under shoulders') }],
    props: ['mat'],
  },
  {
    exercise: 'knee-to-chest',
    camera: CAMERAS.floor,
    right: takes(
      holdTake(kneeToChestRest, kneeToChest('left'), 5500),
      holdTake(kneeToChestRest, kneeToChest('right'), 5500),
    ),
    shows: { holds: 2 },
    fault: {
      ...holdTake(kneeToChestRest, withPatch(kneeToChest('left'), { neckFlexion: 45 }), 5500),
      check: 'head-down',
      caption: msg('Head lifted off the floor'),
    },
    marks: [{ measure: 'leftLeg', name: msg('hip') }],
    props: ['mat'],
  },
  {
    exercise: 'thoracic-extension',
    camera: CAMERAS.laptop,
    right: repTake(thoracicUpright, thoracicExtended, { count: 2, repMs: 3000, pauseTopMs: 5500, pauseBottomMs: 1500 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(thoracicUpright, withPatch(thoracicExtended, { spineFlexion: 0, torsoPitch: -26, xM: 0.12 }), {
        count: 2,
        repMs: 3000,
        pauseTopMs: 5500,
        pauseBottomMs: 1500,
      }),
      check: 'arch-upper-back',
      caption: msg('Leaning back from the hips'),
    },
    marks: [{ measure: 'trunk', name: msg('arch') }],
    props: ['chair'],
  },
  {
    exercise: 'row',
    camera: CAMERAS.laptop,
    right: repTake(rowStart, rowTop, { count: 2, repMs: 2500 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(withPatch(rowStart, { torsoPitch: 15 }), withPatch(rowTop, { torsoPitch: 15 }), {
        count: 2,
        repMs: 2500,
      }),
      check: 'hinge-45',
      caption: msg('Standing too upright'),
    },
    marks: [
      { measure: 'elbow', name: msg('elbow') },
      { measure: 'hinge', name: msg('hinge') },
    ],
    props: ['floor', 'dumbbells'],
  },
  {
    exercise: 'face-pull',
    camera: CAMERAS.laptop,
    right: repTake(facePullStart, facePullEnd, { count: 2, repMs: 2500, pauseTopMs: 1000 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(facePullStart, withPatch(facePullEnd, { both: { shoulderRotation: 0 } }), {
        count: 2,
        repMs: 2500,
        pauseTopMs: 1000,
      }),
      check: 'hands-to-face',
      caption: msg('Hands stop short of the face'),
    },
    marks: [
      { measure: 'leftElbow', name: msg('elbow') },
      { measure: 'rightElbow', name: msg('elbow') },
    ],
    props: ['floor', 'anchor'],
  },
  {
    exercise: 'scapular-squeeze',
    camera: CAMERAS.laptop,
    right: repTake(squeezeRest, squeezeBack, { count: 2, repMs: 2000, pauseTopMs: 3000, pauseBottomMs: 1000 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(squeezeRest, shrugged(squeezeBack, 25), {
        count: 2,
        repMs: 2000,
        pauseTopMs: 3000,
        pauseBottomMs: 1000,
      }),
      check: 'no-shrug',
      caption: msg('Shrugging instead of squeezing'),
    },
    marks: [{ measure: 'squeeze', name: msg('shoulders'), text: msg('shoulders back and down'), at: 'right_shoulder' }],
    props: ['floor'],
  },
  {
    exercise: 'wall-angel',
    camera: CAMERAS.laptop,
    right: repTake(wallAngelGoalPost, wallAngelOverhead, { count: 2, repMs: 3000 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(wallAngelGoalPost, shrugged(wallAngelOverhead, 35), { count: 2, repMs: 3000 }),
      check: 'no-shrug',
      caption: msg('Shoulders shrugging to the ears'),
    },
    marks: [
      { measure: 'leftElbow', name: msg('elbow') },
      { measure: 'rightElbow', name: msg('elbow') },
    ],
    props: ['wall'],
  },
  {
    exercise: 'reverse-fly',
    camera: CAMERAS.laptop,
    right: repTake(flyHang, flyTop, { count: 2, repMs: 2500 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(withPatch(flyHang, { neckFlexion: -35 }), withPatch(flyTop, { neckFlexion: -35 }), {
        count: 2,
        repMs: 2500,
      }),
      check: 'neck-neutral',
      caption: msg('Head cranked up'),
    },
    marks: [
      { measure: 'hinge', name: msg('hinge') },
      { measure: 'neck', name: msg('neck'), text: msg('neck in line'), line: ['hip', 'shoulder'] },
    ],
    props: ['floor', 'dumbbells'],
  },
  {
    exercise: 'lat-pulldown',
    camera: CAMERAS.laptop,
    right: repTake(pulldownTop, pulldownBottom, { count: 2, repMs: 2500 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(pulldownTop, withPatch(pulldownBottom, { torsoPitch: -20 }), { count: 2, repMs: 2500 }),
      check: 'lean-back',
      caption: msg('Leaning back to pull'),
    },
    marks: [
      { measure: 'leftElbow', name: msg('elbow') },
      { measure: 'rightElbow', name: msg('elbow') },
    ],
    props: ['floor', 'band'],
  },
  {
    exercise: 'superman',
    camera: CAMERAS.floor,
    right: repTake(supermanRest, supermanLift, { count: 2, repMs: 2400, pauseTopMs: 1200 }),
    shows: { reps: 2 },
    fault: {
      ...repTake(supermanRest, supermanLiftLookingUp, { count: 2, repMs: 2400, pauseTopMs: 1200 }),
      check: 'neck-neutral',
      caption: msg('Head cranked up'),
    },
    marks: [
      { measure: 'trunk', name: msg('chest lift') },
      { measure: 'neck', name: msg('neck'), text: msg('neck in line'), line: ['hip', 'shoulder'] },
    ],
    props: ['mat'],
  },
  {
    exercise: 'doorway-pec-stretch',
    camera: CAMERAS.laptop,
    right: holdTake(standing, doorwayStretch, 11_000),
    shows: { holds: 1 },
    fault: {
      ...holdTake(standing, withPatch(doorwayStretch, { both: { shoulderAbduction: 60 } }), 11_000),
      check: 'elbows-shoulder-height',
      caption: msg('Elbows too low'),
    },
    marks: [
      { measure: 'leftElbow', name: msg('elbow') },
      { measure: 'rightElbow', name: msg('elbow') },
    ],
    props: ['doorway'],
  },
  {
    exercise: 'childs-pose',
    camera: CAMERAS.floor,
    right: holdTake(mergePose(allFours, { facing: 90 }), childsPose, 16_000, 2500),
    shows: { holds: 1 },
    fault: {
      ...holdTake(mergePose(allFours, { facing: 90 }), puppyPose, 16_000, 2500),
      check: 'hips-on-heels',
      caption: msg('Hips up in the air'),
    },
    marks: [{ measure: 'fold', name: msg('hips') }],
    props: ['mat'],
  },
  {
    exercise: 'butterfly',
    camera: CAMERAS.laptop,
    right: holdTake(standing, butterflyHug, 15_000),
    shows: { holds: 1 },
    fault: {
      ...holdTake(
        standing,
        withPatch(standing, {
          both: {
            shoulderFlexion: 20,
            shoulderAbduction: 60,
            shoulderHorizontalAdduction: 90,
            elbowFlexion: 90,
            forearmPronation: 60,
          },
        }),
        15_000,
      ),
      check: 'elbows-together',
      caption: msg('Elbows flared wide'),
    },
    marks: [{ measure: 'hug', name: msg('hug'), text: msg('hands on opposite shoulders'), at: 'nose' }],
    props: ['floor'],
  },
  {
    exercise: 'upper-trap-stretch',
    camera: NECK_CAMERA,
    right: takes(holdTake(seated, upperTrapLeft, 15_000), holdTake(seated, toRight(upperTrapLeft), 15_000)),
    shows: { holds: 2 },
    fault: {
      ...holdTake(seated, withPatch(upperTrapLeft, { right: { shoulderElevation: 25 } }), 15_000),
      check: 'shoulder-down',
      caption: msg('The stretched shoulder hitched up'),
    },
    marks: [{ measure: 'tiltLeft', name: msg('tilt'), at: 'nose' }],
    props: ['chair'],
    upperBody: true,
  },
  {
    exercise: 'levator-scapulae-stretch',
    camera: NECK_CAMERA,
    right: takes(holdTake(seated, levatorLeft, 15_000), holdTake(seated, toRight(levatorLeft), 15_000)),
    shows: { holds: 2 },
    fault: {
      ...holdTake(seated, withPatch(levatorLeft, { neckFlexion: 0 }), 15_000),
      check: 'chin-down',
      caption: msg('Looking ahead, not down'),
    },
    marks: [
      { measure: 'turnLeft', name: msg('turn'), at: 'nose' },
      { measure: 'chin', name: msg('chin down'), at: 'nose' },
    ],
    props: ['chair'],
    upperBody: true,
  },
  {
    exercise: 'neck-tilts',
    camera: NECK_CAMERA,
    right: takes(holdTake(seated, neckTiltLeft, 10_000), holdTake(seated, toRight(neckTiltLeft), 10_000)),
    shows: { holds: 2 },
    fault: {
      ...holdTake(seated, withPatch(neckTiltLeft, { headTilt: 0, torsoRoll: 18 }), 10_000),
      check: 'tilt-head-not-shoulders',
      caption: msg('Leaning the whole body over'),
    },
    marks: [{ measure: 'tiltLeft', name: msg('tilt'), at: 'nose' }],
    props: ['chair'],
    upperBody: true,
  },
  {
    exercise: 'trunk-rotation',
    camera: FEET_CAMERA,
    right: takes(
      holdTake(rotationRest, rotationKnees('left'), 10_000, 2000),
      holdTake(rotationRest, rotationKnees('right'), 10_000, 2000),
    ),
    shows: { holds: 2 },
    fault: {
      ...holdTake(rotationRest, withPatch(rotationKnees('left'), { torsoYaw: 25 }), 10_000, 2000),
      check: 'shoulders-down',
      caption: msg('Shoulders lifting with the knees'),
    },
    marks: [{ measure: 'shoulders', name: msg('shoulders'), text: msg('shoulders flat'), at: 'left_shoulder' }],
    props: ['mat'],
  },
  {
    exercise: 'upper-back-stretch',
    camera: CAMERAS.laptop,
    right: holdTake(mergePose(standing, { facing: 90 }), upperBackStretch, 12_000),
    shows: { holds: 1 },
    fault: {
      ...holdTake(
        mergePose(standing, { facing: 90 }),
        withPatch(upperBackStretch, {
          spineFlexion: 0,
          neckFlexion: 0,
          both: { shoulderFlexion: 90, shoulderProtraction: 0 },
        }),
        12_000,
      ),
      check: 'round-upper-back',
      caption: msg('Back flat, not rounded'),
    },
    marks: [{ measure: 'elbow', name: msg('elbow') }],
    props: ['floor'],
  },
  {
    exercise: 'knee-grab-back-stretch',
    camera: CAMERAS.laptop,
    right: holdTake(standingSoftKnees, kneeGrab, 15_000, 2000),
    shows: { holds: 1 },
    fault: {
      ...holdTake(
        standingSoftKnees,
        withPatch(kneeGrab, { both: { hipFlexion: 0, kneeFlexion: 0, ankleFlexion: 0 } }),
        15_000,
        2000,
      ),
      check: 'knees-soft',
      caption: msg('Knees locked straight'),
    },
    marks: [{ measure: 'fold', name: msg('fold'), at: 'left_hip' }],
    props: ['floor'],
  },
  {
    exercise: 'neck-rotation',
    camera: CAMERAS.laptop,
    right: takes(
      repTake(seated, neckTurnLeft, { count: 1, repMs: 4000 }),
      repTake(seated, toRight(neckTurnLeft), { count: 1, repMs: 4000 }),
    ),
    shows: { reps: 2 },
    fault: {
      ...repTake(seated, withPatch(neckTurnLeft, { torsoYaw: 25, headYaw: 35 }), { count: 2, repMs: 4000 }),
      check: 'shoulders-still',
      caption: msg('The shoulders turn too'),
    },
    marks: [{ measure: 'turnLeft', name: msg('turn'), at: 'nose' }],
    props: ['chair'],
    upperBody: true,
  },
];

export function findDemonstration(id: string): Demonstration | undefined {
  return DEMONSTRATIONS.find((demo) => demo.exercise === id);
}
