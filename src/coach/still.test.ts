import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../exercises';
import { armsOut } from '../exercises/arm-circles.presets';
import { butterflyHug } from '../exercises/butterfly.presets';
import { catCowCat, catCowNeutral } from '../exercises/cat-cow.presets';
import { chairTwistLeft } from '../exercises/chair-rotation.presets';
import { childsPose } from '../exercises/childs-pose.presets';
import { doorwayStretch } from '../exercises/doorway-pec-stretch.presets';
import { facePullEnd, facePullStart } from '../exercises/face-pull.presets';
import { kneeGrab, standingSoftKnees } from '../exercises/knee-grab-back-stretch.presets';
import { kneeToChest, kneeToChestRest } from '../exercises/knee-to-chest.presets';
import { pulldownBottom, pulldownTop } from '../exercises/lat-pulldown.presets';
import { levatorLeft } from '../exercises/levator-scapulae-stretch.presets';
import { neckTurnLeft } from '../exercises/neck-rotation.presets';
import { neckTiltLeft } from '../exercises/neck-tilts.presets';
import { reachLeft, reachRest } from '../exercises/overhead-arm-reach.presets';
import { flyHang, flyTop } from '../exercises/reverse-fly.presets';
import { squeezeBack, squeezeRest } from '../exercises/scapular-squeeze.presets';
import { thoracicExtended, thoracicUpright } from '../exercises/thoracic-extension.presets';
import { FEET_CAMERA, rotationKnees, rotationRest } from '../exercises/trunk-rotation.presets';
import { upperBackStretch } from '../exercises/upper-back-stretch.presets';
import { upperTrapLeft } from '../exercises/upper-trap-stretch.presets';
import type { PoseFrame } from '../pose/types';
import type { ExerciseSpec } from './exercise';
import {
  allFours,
  CAMERAS,
  mergePose,
  renderFrames,
  rowStart,
  rowTop,
  seated,
  standing,
  supermanLift,
  supermanRest,
  wallAngelGoalPost,
  wallAngelOverhead,
  hold,
  type CameraSpec,
  type PuppetPose,
} from '../../tests/support';
import { placeStill, positionOf, stillScene, stillSentence, type Position, type StillVerdict } from './still';

/**
 * A photo of the puppet: one detection (with the detector's jitter) shown for the still scene.
 * The detector's jitter is drawn once, as a photo's landmarks are: the same picture gives the same
 * landmarks. 1 px, not the 1.5 px of video: a photo is sharp (no motion blur).
 */
function photo(pose: PuppetPose, camera: CameraSpec = CAMERAS.laptop, seed = 1): PoseFrame[] {
  const [frame] = renderFrames(hold(pose, 0), { camera, noise: { seed, imageSigmaPx: 1 } });
  if (!frame) throw new Error('no frame rendered');
  return stillScene(frame);
}

function exercise(id: string): ExerciseSpec {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

const place = (id: string, frames: readonly PoseFrame[]): StillVerdict => placeStill(exercise(id), frames);

/** Every exercise that counts reps or times holds, at each of its positions, as the puppet does it. */
const POSITIONS: Record<string, { camera?: CameraSpec } & Partial<Record<Position, PuppetPose>>> = {
  'overhead-arm-reach': { start: reachRest, peak: reachLeft },
  'chair-rotation': { hold: chairTwistLeft, out: seated },
  'cat-cow': { start: catCowNeutral, peak: catCowCat, camera: CAMERAS.floor },
  'knee-to-chest': { hold: kneeToChest('left'), out: kneeToChestRest, camera: CAMERAS.floor },
  'thoracic-extension': { start: thoracicUpright, peak: thoracicExtended },
  row: { start: rowStart, peak: rowTop },
  'face-pull': { start: facePullStart, peak: facePullEnd },
  'scapular-squeeze': { start: squeezeRest, peak: squeezeBack },
  'wall-angel': {
    start: wallAngelGoalPost,
    peak: wallAngelOverhead,
    camera: { ...CAMERAS.laptop, distanceM: 1.6, heightM: 1.45 },
  },
  'reverse-fly': { start: flyHang, peak: flyTop },
  'lat-pulldown': {
    start: pulldownTop,
    peak: pulldownBottom,
    camera: { ...CAMERAS.laptop, distanceM: 1.8, heightM: 1.45 },
  },
  superman: { start: supermanRest, peak: supermanLift, camera: CAMERAS.floor },
  'doorway-pec-stretch': { hold: doorwayStretch, out: standing },
  'childs-pose': { hold: childsPose, out: allFours, camera: CAMERAS.floor },
  butterfly: { hold: butterflyHug, out: standing },
  'upper-trap-stretch': { hold: upperTrapLeft, out: seated, camera: CAMERAS.desk },
  'levator-scapulae-stretch': { hold: levatorLeft, out: seated, camera: CAMERAS.desk },
  'neck-tilts': { hold: neckTiltLeft, out: seated, camera: CAMERAS.desk },
  'trunk-rotation': { hold: rotationKnees('left'), out: rotationRest, camera: FEET_CAMERA },
  'upper-back-stretch': {
    hold: upperBackStretch,
    out: mergePose(upperBackStretch, { both: { shoulderFlexion: 65 } }),
    camera: CAMERAS.floor,
  },
  'knee-grab-back-stretch': { hold: kneeGrab, out: standingSoftKnees },
  'neck-rotation': { start: seated, peak: neckTurnLeft, camera: CAMERAS.desk },
};

describe('placeStill: a photo of the puppet is placed where the live coach would place it', () => {
  it('covers every exercise that counts reps or times holds, at both of its positions', () => {
    const positioned = EXERCISES.filter((exercise) => exercise.counting.kind !== 'cycles').map((e) => e.id);
    expect(Object.keys(POSITIONS).sort()).toEqual(positioned.sort());
    for (const [id, poses] of Object.entries(POSITIONS)) {
      const kind = findExercise(id)?.counting.kind;
      expect(
        Object.keys(poses)
          .filter((key) => key !== 'camera')
          .sort(),
        id,
      ).toEqual(kind === 'hold' ? ['hold', 'out'] : ['peak', 'start']);
    }
  });

  const cases = Object.entries(POSITIONS).flatMap(([id, { camera, ...poses }]) =>
    Object.entries(poses).map(([position, pose]) => [id, position, pose, camera] as const),
  );
  it.each(cases)('%s at its %s', (id, position, pose, camera) => {
    for (const seed of [1, 2, 3]) {
      const verdict = place(id, photo(pose, camera, seed));
      expect(positionOf(verdict), `${id} seed ${seed}: ${JSON.stringify(verdict)}`).toBe(position);
    }
  });
});

describe('placeStill: not sure, never a guess', () => {
  it('a row pulled halfway is between the start and the peak', () => {
    const half = mergePose(rowTop, { right: { shoulderFlexion: 5, elbowFlexion: 52 } });
    const verdict = place('row', photo(half));
    expect(verdict).toMatchObject({ kind: 'between', positions: ['start', 'peak'] });
    expect(stillSentence(exercise('row'), verdict)).toMatch(
      /^I can't tell: you are between the start and the peak of a rep \(elbow 1[1-4]\d°\)$/,
    );
  });

  it('a knee drawn halfway in is in the hold’s gap: almost held, not held and not out', () => {
    const half = mergePose(kneeToChestRest, { left: { hipFlexion: 92, kneeFlexion: 120 } });
    const verdict = place('knee-to-chest', photo(half, CAMERAS.floor));
    expect(verdict).toMatchObject({ kind: 'between', positions: ['out', 'hold'], measure: { side: 'left' } });
  });

  it('a row photographed facing the camera is the wrong view, whatever the arm does', () => {
    for (const pose of [rowStart, rowTop]) {
      const verdict = place('row', photo(mergePose(pose, { facing: 0 })));
      expect(verdict).toMatchObject({ kind: 'setup', guidance: { id: 'turn-side' } });
      expect(stillSentence(exercise('row'), verdict)).toBe(
        "I can't tell: this photo is not taken side-on, and the row is judged from the side",
      );
    }
  });

  it('a photo that leaves out what the exercise reads names what is out of the picture', () => {
    // A close camera at chest height: the child's pose reads the hips and knees, below the picture.
    const verdict = place('childs-pose', photo(childsPose, { ...CAMERAS.desk, heightM: 1.0, tiltDeg: 0 }));
    expect(verdict).toMatchObject({ kind: 'setup', guidance: { id: 'in-frame' } });
    expect(stillSentence(exercise('childs-pose'), verdict)).toMatch(/^I can't tell: your .*hips.* out of the picture$/);
  });

  it('a photo with nobody in it', () => {
    const empty: PoseFrame = { poses: [], imageWidth: 640, imageHeight: 480, timestampMs: 0 };
    const verdict = place('row', stillScene(empty));
    expect(stillSentence(exercise('row'), verdict)).toBe("I can't tell: I cannot find a person in this photo");
  });

  it('a body in another exercise’s shape, which the counting measure declines, is not placed', () => {
    // The reverse fly reads its lift only with the arms long: a row pulled to the hips is no fly.
    const verdict = place('reverse-fly', photo(rowTop));
    expect(verdict).toEqual({ kind: 'unmeasured', label: 'Hands below shoulders' });
    expect(stillSentence(exercise('reverse-fly'), verdict)).toBe(
      "I can't tell: this does not look like the reverse dumbbell fly (its hands below shoulders cannot be read here)",
    );
  });

  it('circles have no position in a photo', () => {
    const verdict = place('arm-circles', photo(armsOut));
    expect(verdict).toEqual({ kind: 'moving' });
    expect(positionOf(verdict)).toBeNull();
  });
});

describe('stillSentence: the verdict with the measure that decides it', () => {
  it('names the row’s elbow at the start and the peak, in the exercise’s own words', () => {
    const row = exercise('row');
    expect(stillSentence(row, place('row', photo(rowStart)))).toMatch(
      /^This looks like the start of a rep \(arm long\): elbow 1[5-8]\d°$/,
    );
    expect(stillSentence(row, place('row', photo(rowTop)))).toMatch(
      /^This looks like the peak of a rep \(pulled\): elbow \d{2,3}°$/,
    );
  });

  it('names the held leg of a knee to chest, and the nearest one when out', () => {
    const knee = exercise('knee-to-chest');
    expect(stillSentence(knee, place('knee-to-chest', photo(kneeToChest('left'), CAMERAS.floor)))).toMatch(
      /^You are in the held position: left hip bend [4-7]\d°$/,
    );
    expect(stillSentence(knee, place('knee-to-chest', photo(kneeToChestRest, CAMERAS.floor)))).toMatch(
      /^You are not in the held position: (left|right) hip bend 1\d\d°$/,
    );
  });
});
