/**
 * Issue 14: on real footage one direction went uncounted (neck rotation "L5 R0": the camera off
 * to one side made the head's rest read as turned). Every exercise counted per side is done here
 * to both sides, as a person would, in the plain picture and in a mirrored (selfie) one, and with
 * one side's range 30% smaller than the other's — a stiffer side, or a camera that sees one way
 * of turning foreshortened — and each side must be counted as often as it was done.
 */
import { describe, expect, it } from 'vitest';
import {
  alternate,
  CAMERAS,
  hold,
  lerpPose,
  mergePose,
  renderFrames,
  replay,
  reps,
  sequence,
  type CameraSpec,
  type PuppetPose,
  type Timeline,
} from '../../tests/support';
import { seatedTall, toRight } from '../../tests/support/index';
import type { ExerciseSpec } from '../coach/exercise';
import { chairTwistLeft } from './chair-rotation.presets';
import { kneeToChest as hugged, kneeToChestRest } from './knee-to-chest.presets';
import { levatorLeft } from './levator-scapulae-stretch.presets';
import { neckTiltLeft } from './neck-tilts.presets';
import { neckTurnLeft } from './neck-rotation.presets';
import { reachLeft, reachRest } from './overhead-arm-reach.presets';
import { FEET_CAMERA, rotationKnees, rotationRest } from './trunk-rotation.presets';
import { upperTrapLeft } from './upper-trap-stretch.presets';
import { chairRotation } from './chair-rotation';
import { kneeToChest } from './knee-to-chest';
import { levatorScapulaeStretch } from './levator-scapulae-stretch';
import { neckRotation } from './neck-rotation';
import { neckTilts } from './neck-tilts';
import { overheadArmReach } from './overhead-arm-reach';
import { trunkRotation } from './trunk-rotation';
import { upperTrapStretch } from './upper-trap-stretch';

interface SidedCase {
  readonly exercise: ExerciseSpec;
  readonly base: PuppetPose;
  /** The full movement to the person's left. */
  readonly left: PuppetPose;
  /** The same to the right (its mirror image, unless the exercise's presets give one). */
  readonly right: PuppetPose;
  readonly camera: CameraSpec;
  /** How long each hold lasts (hold exercises). */
  readonly holdMs?: number;
  /**
   * What a side done with 30% less range is, by the exercise's own bounds: still the movement
   * ('counted'), a partial rep ('partial'), or not yet the position, so no hold ('no hold').
   */
  readonly smaller: 'counted' | 'partial' | 'no hold';
  /**
   * Seated or standing facing the camera: also done with the camera 20° off to one side (the
   * person turned towards it), as the held-out clip's was.
   */
  readonly offAxis?: boolean;
  /** Off the axis, not right yet: run with `it.fails` (delete the line when a change fixes it). */
  readonly offAxisKnownFailure?: string;
}

const CASES: readonly SidedCase[] = [
  {
    // A comfortable turn (60–80°, neck-rotation.ts): 75°, so the smaller side turns 52°.
    exercise: neckRotation,
    base: seatedTall,
    left: mergePose(neckTurnLeft, { headYaw: 75 }),
    right: toRight(mergePose(neckTurnLeft, { headYaw: 75 })),
    camera: CAMERAS.laptop,
    smaller: 'counted',
    offAxis: true,
  },
  {
    exercise: overheadArmReach,
    base: reachRest,
    left: reachLeft,
    right: toRight(reachLeft),
    camera: CAMERAS.laptop,
    // 30% short of straight overhead is ~120°, short of the 135° peak: a partial.
    smaller: 'partial',
    offAxis: true,
  },
  {
    exercise: neckTilts,
    base: seatedTall,
    left: neckTiltLeft,
    right: toRight(neckTiltLeft),
    camera: CAMERAS.desk,
    holdMs: 12_000,
    smaller: 'counted',
    offAxis: true,
  },
  {
    exercise: chairRotation,
    base: seatedTall,
    left: chairTwistLeft,
    right: toRight(chairTwistLeft),
    camera: CAMERAS.laptop,
    holdMs: 12_000,
    smaller: 'counted',
    offAxis: true,
  },
  {
    exercise: levatorScapulaeStretch,
    base: seatedTall,
    left: levatorLeft,
    right: toRight(levatorLeft),
    camera: CAMERAS.desk,
    holdMs: 12_000,
    smaller: 'counted',
    offAxis: true,
  },
  {
    exercise: upperTrapStretch,
    base: seatedTall,
    left: upperTrapLeft,
    right: toRight(upperTrapLeft),
    camera: CAMERAS.desk,
    holdMs: 12_000,
    smaller: 'counted',
    offAxis: true,
  },
  {
    exercise: trunkRotation,
    base: rotationRest,
    left: rotationKnees('left'),
    right: rotationKnees('right'),
    camera: FEET_CAMERA,
    holdMs: 12_000,
    smaller: 'counted',
  },
  {
    exercise: kneeToChest,
    base: kneeToChestRest,
    left: hugged('left'),
    right: hugged('right'),
    camera: CAMERAS.floor,
    holdMs: 12_000,
    // The knee 30% short of the chest (hip bent ~85°) is not yet the stretch.
    smaller: 'no hold',
  },
];

const REPS_EACH = 3;

/** Both sides done, the left first: reps on one side then the other, or holds alternating. */
function bothSides(c: SidedCase, left: PuppetPose, right: PuppetPose): Timeline {
  if (c.holdMs === undefined) {
    return sequence(
      hold(c.base, 1000),
      reps(c.base, { to: left, count: REPS_EACH, repMs: 4000 }),
      reps(c.base, { to: right, count: REPS_EACH, repMs: 4000 }),
    );
  }
  return sequence(hold(c.base, 1000), alternate(c.base, { left, right, count: 1, holdMs: c.holdMs }));
}

/** What the person sees counted on each side: reps (or holds), and partial reps. */
function perSide(c: SidedCase, camera: CameraSpec, left: PuppetPose, right: PuppetPose) {
  const frames = renderFrames(bothSides(c, left, right), { camera, noise: { seed: 14, dropRate: 0.02 } });
  const { counts, partials } = replay(c.exercise, frames).summary;
  const of = (side: 'left' | 'right') =>
    c.holdMs === undefined
      ? { done: counts[side]?.reps ?? 0, partial: partials.filter((p) => p.side === side).length }
      : { done: counts[side]?.holds ?? 0 };
  return { left: of('left'), right: of('right') };
}

describe('every sided exercise counts both sides', { timeout: 120_000 }, () => {
  for (const c of CASES) {
    const full = c.holdMs === undefined ? { done: REPS_EACH, partial: 0 } : { done: 1 };
    const short =
      c.smaller === 'counted' ? full : c.smaller === 'partial' ? { done: 0, partial: REPS_EACH } : { done: 0 };
    const smaller = (pose: PuppetPose) => lerpPose(c.base, pose, 0.7);
    describe(c.exercise.id, () => {
      it('in the plain picture and in a mirrored one', () => {
        for (const mirrored of [false, true]) {
          expect({ mirrored, ...perSide(c, { ...c.camera, mirrored }, c.left, c.right) }).toEqual({
            mirrored,
            left: full,
            right: full,
          });
        }
      });

      if (c.offAxis) {
        const name = `with the camera 20° off to either side, and one side’s range 30% smaller${c.offAxisKnownFailure ? ` — known failure: ${c.offAxisKnownFailure}` : ''}`;
        (c.offAxisKnownFailure ? it.fails : it)(name, () => {
          for (const facing of [20, -20]) {
            const turned = (pose: PuppetPose) => mergePose(pose, { facing: pose.facing + facing });
            const off: SidedCase = { ...c, base: turned(c.base) };
            expect({ facing, ...perSide(off, c.camera, turned(c.left), turned(c.right)) }).toEqual({
              facing,
              left: full,
              right: full,
            });
            for (const [left, right, expected] of [
              [c.left, smaller(c.right), { left: full, right: short }],
              [smaller(c.left), c.right, { left: short, right: full }],
            ] as const) {
              expect({ facing, ...perSide(off, c.camera, turned(left), turned(right)) }).toEqual({
                facing,
                ...expected,
              });
            }
          }
        });
      }

      it(`with one side’s range 30% smaller (${c.smaller}), either side, mirrored or not: the other side unaffected`, () => {
        for (const mirrored of [false, true]) {
          const camera = { ...c.camera, mirrored };
          expect({ mirrored, smaller: 'right', ...perSide(c, camera, c.left, smaller(c.right)) }).toEqual({
            mirrored,
            smaller: 'right',
            left: full,
            right: short,
          });
          expect({ mirrored, smaller: 'left', ...perSide(c, camera, smaller(c.left), c.right) }).toEqual({
            mirrored,
            smaller: 'left',
            left: short,
            right: full,
          });
        }
      });
    });
  }
});
