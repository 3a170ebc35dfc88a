/**
 * Puppet poses and scripts for the head, neck and trunk-rotation exercises (neck roll, tilts and
 * turns, the upper-trapezius and levator-scapulae stretches, the chair rotation and the
 * between-the-shoulder-blades stretch). All face the camera; "left" variants are done towards the
 * person's left, and `mirrorPose` (or `toRight`) gives the right.
 */
import { mergePose, mirrorPose, type PosePatch, type PuppetPose } from './puppet-pose';
import { seated, standing } from './presets';
import { circles, type Rotation } from './scripts';
import type { Timeline } from './timeline';

/** The same pose done to the other side: the mirror image, kept facing the camera. */
export const toRight = (pose: PuppetPose): PuppetPose => mirrorPose(pose);

/** Seated tall on a chair, hands on the thighs, head level: where every neck exercise starts. */
export const seatedTall = seated;

/** Neck tilt to the left: left ear towards the left shoulder, about 30°, shoulders level. */
export const neckTiltLeft = mergePose(seated, { headTilt: 30 });

/**
 * Upper-trapezius stretch to the left: the head tilted 35° towards the left shoulder, the left
 * hand over the top of the head resting above the right ear (a search over the arm's angles put
 * the wrist within 4 cm of there), the right arm resting. Stretches the right side of the neck.
 */
export const upperTrapLeft = mergePose(seated, {
  headTilt: 35,
  left: { shoulderFlexion: 100, shoulderHorizontalAdduction: 80, elbowFlexion: 120, shoulderAbduction: 0 },
});

/**
 * Levator-scapulae stretch to the left: the head turned 45° to the left and the chin dropped
 * 30°, looking into the left shirt pocket. Stretches the right side of the neck.
 */
export const levatorLeft = mergePose(seated, { headYaw: 45, neckFlexion: 30 });

/** Neck rotation to the left: looking over the left shoulder, 60°. */
export const neckTurnLeft = mergePose(seated, { headYaw: 60 });

/**
 * Chair rotation to the left: seated tall, the shoulders turned 40° to the left of the hips and
 * the head a little further; hips and knees still facing forward.
 */
export const chairTwistLeft = mergePose(seated, { torsoYaw: 40, headYaw: 15 });

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

export interface NeckRollOptions {
  readonly count: number;
  readonly direction: Rotation;
  readonly periodMs?: number;
  /** Sideways tilt at the sides, degrees (default 30). */
  readonly tiltDeg?: number;
  /** Nod: chin down at the bottom and head back at the top, degrees (default 30). */
  readonly flexionDeg?: number;
  /** How far the face turns towards the side it rolls to, as most people's does (default 0). */
  readonly turnDeg?: number;
  /** Extra patch over every pose of the roll (a fault held throughout). */
  readonly patch?: (phaseRad: number) => PosePatch;
}

/**
 * Neck rolls as `headCircles` draws them (phase 0 looking up; clockwise, as the person feels it,
 * goes to their right first), with the face turning towards the side as real people's does
 * (the shared clip neck-roll-closeup turns ±45–60°) and an optional fault riding along.
 */
export function neckRolls(base: PuppetPose, options: NeckRollOptions): Timeline {
  const { count, direction, periodMs = 6000, tiltDeg = 30, flexionDeg = 30, turnDeg = 0, patch } = options;
  return circles(base, {
    count,
    periodMs,
    direction: direction === 'clockwise' ? 1 : -1,
    at: (phase) =>
      mergePose(base, patch?.(phase) ?? {}, {
        neckFlexion: -flexionDeg * Math.cos(phase),
        headTilt: -tiltDeg * Math.sin(phase),
        headYaw: -turnDeg * Math.sin(phase),
      }),
  });
}
