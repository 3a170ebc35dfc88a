/**
 * The synthetic puppet's poses for knee-grab-back-stretch (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose } from '../puppet';

/** Standing tall, arms relaxed, knees soft: before the between-the-shoulder-blades stretch. */
export const standingSoftKnees = mergePose(standing, {
  both: { hipFlexion: 10, kneeFlexion: 20, ankleFlexion: 10 },
});

/**
 * Between-the-shoulder-blades stretch: knees bent, trunk folded 75° forward, arms crossed with
 * each hand at the inside of the opposite knee (a search over the arm's angles: the wrists end
 * within 5 cm of it), knees pushed a little apart.
 */
export const kneeGrab = mergePose(standing, {
  torsoPitch: 75,
  both: {
    hipFlexion: 35,
    kneeFlexion: 40,
    ankleFlexion: 5,
    hipAbduction: 8,
    hipRotation: 15,
    shoulderFlexion: 52,
    shoulderHorizontalAdduction: 52,
    shoulderAbduction: 10,
    elbowFlexion: 5,
  },
});
