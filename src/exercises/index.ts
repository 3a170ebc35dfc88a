/**
 * The registry: every exercise the app coaches, in the spec's order (warm-up, strength, stretches).
 * Adding one is a file in this folder and a line here (see README.md).
 */
import type { ExerciseSpec } from '../coach/exercise';
import { armCircles } from './arm-circles';
import { butterfly } from './butterfly';
import { catCow } from './cat-cow';
import { chairRotation } from './chair-rotation';
import { childsPose } from './childs-pose';
import { doorwayPecStretch } from './doorway-pec-stretch';
import { facePull } from './face-pull';
import { kneeGrabBackStretch } from './knee-grab-back-stretch';
import { kneeToChest } from './knee-to-chest';
import { latPulldown } from './lat-pulldown';
import { levatorScapulaeStretch } from './levator-scapulae-stretch';
import { neckRoll } from './neck-roll';
import { neckRotation } from './neck-rotation';
import { neckTilts } from './neck-tilts';
import { overheadArmReach } from './overhead-arm-reach';
import { reverseFly } from './reverse-fly';
import { row } from './row';
import { scapularSqueeze } from './scapular-squeeze';
import { shoulderRoll } from './shoulder-roll';
import { superman } from './superman';
import { thoracicExtension } from './thoracic-extension';
import { trunkRotation } from './trunk-rotation';
import { upperBackStretch } from './upper-back-stretch';
import { upperTrapStretch } from './upper-trap-stretch';
import { wallAngel } from './wall-angel';

export const EXERCISES: readonly ExerciseSpec[] = [
  neckRoll,
  shoulderRoll,
  armCircles,
  overheadArmReach,
  chairRotation,
  catCow,
  kneeToChest,
  thoracicExtension,
  row,
  facePull,
  scapularSqueeze,
  wallAngel,
  reverseFly,
  latPulldown,
  superman,
  doorwayPecStretch,
  childsPose,
  butterfly,
  upperTrapStretch,
  levatorScapulaeStretch,
  neckTilts,
  trunkRotation,
  upperBackStretch,
  kneeGrabBackStretch,
  neckRotation,
];

export function findExercise(id: string): ExerciseSpec | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
