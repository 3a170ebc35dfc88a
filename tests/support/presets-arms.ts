/**
 * Poses and movements for the shoulder and arm exercises seen from the front (shoulder roll, arm
 * circles, overhead reach, face pull, lat pulldown, doorway stretch, butterfly). Built on the
 * shared presets and scripts; numbers were checked against the default body and camera with the
 * exercises' own measures (presets-arms.test.ts).
 */
import { seated, standing } from './presets';
import { mergePose, type PosePatch, type PuppetPose } from './puppet-pose';
import { circles } from './scripts';
import type { Timeline } from './timeline';

/** Standing with the fingertips resting on the shoulders, elbows down in front (shoulder rolls). */
export const fingertipsOnShoulders: PuppetPose = mergePose(standing, {
  both: { shoulderFlexion: 35, shoulderAbduction: 25, shoulderRotation: 20, elbowFlexion: 150 },
});

/** Arms straight out to the sides at shoulder height, palms down (arm circles). */
export const armsOut: PuppetPose = mergePose(standing, {
  both: { shoulderAbduction: 90, elbowFlexion: 5, forearmPronation: 90 },
});

export interface ArmCircleScriptOptions {
  readonly count: number;
  /** `forward`: the hands move forward over the top. */
  readonly direction: 'forward' | 'backward';
  readonly periodMs?: number;
  /** Angular radius of each hand's circle. Default 20. */
  readonly radiusDeg?: number;
  /** The arm's raise at the circle's centre. Default 90 (level). */
  readonly centreDeg?: number;
  /** Fixes one arm where it is instead of circling it (the "one arm only" fault). */
  readonly still?: { readonly side: 'left' | 'right'; readonly pose: PosePatch['left'] };
}

/**
 * Arm circles around any centre (the shared `armCircles` script circles around level only),
 * starting and ending at `base`.
 */
export function armCirclesAround(base: PuppetPose, options: ArmCircleScriptOptions): Timeline {
  const { count, direction, periodMs = 2000, radiusDeg = 20, centreDeg = 90, still } = options;
  return circles(base, {
    count,
    periodMs,
    direction: direction === 'forward' ? 1 : -1,
    at: (phase) => ({
      both: {
        shoulderAbduction: centreDeg + radiusDeg * Math.cos(phase),
        shoulderHorizontalAdduction: radiusDeg * Math.sin(phase),
        shoulderFlexion: 0,
        elbowFlexion: 5,
      },
      ...(still ? { [still.side]: still.pose } : {}),
    }),
  });
}

/** Seated overhead reach, at rest: sitting tall, hands on the thighs. */
export const reachRest: PuppetPose = seated;

/** The reach on the LEFT side: left arm straight up overhead, trunk bent 20° to the right. */
export const reachLeft: PuppetPose = mergePose(seated, {
  torsoRoll: -20,
  left: { shoulderFlexion: 0, shoulderAbduction: 170, elbowFlexion: 10, forearmPronation: 0 },
});

/** The reach on the RIGHT side. */
export const reachRight: PuppetPose = mergePose(seated, {
  torsoRoll: 20,
  right: { shoulderFlexion: 0, shoulderAbduction: 170, elbowFlexion: 10, forearmPronation: 0 },
});

/** Face pull, start: both arms straight out in front at shoulder height, holding the band. */
export const facePullStart: PuppetPose = mergePose(standing, {
  both: { shoulderFlexion: 85, shoulderAbduction: 12, elbowFlexion: 8, forearmPronation: 80 },
});

/**
 * Face pull, end: elbows out to the sides at shoulder height, bent about 90°, hands beside the
 * face (upper arms level, turned out so the forearms point up).
 */
export const facePullEnd: PuppetPose = mergePose(standing, {
  both: {
    shoulderFlexion: 0,
    shoulderAbduction: 88,
    shoulderHorizontalAdduction: 15,
    shoulderRotation: 80,
    elbowFlexion: 95,
    forearmPronation: 80,
  },
});

/** Lat pulldown with a band, top: arms up in a wide V, elbows nearly straight. */
export const pulldownTop: PuppetPose = mergePose(standing, {
  both: { shoulderAbduction: 160, shoulderRotation: 90, elbowFlexion: 15, shoulderElevation: 5 },
});

/** Lat pulldown, bottom: upper arms level with the floor, elbows bent 90°, forearms upright. */
export const pulldownBottom: PuppetPose = mergePose(standing, {
  both: { shoulderAbduction: 90, shoulderRotation: 90, elbowFlexion: 90 },
});

/**
 * Doorway chest stretch: upper arms at shoulder height against the frame, elbows at 90°, forearms
 * upright, the arms drawn back as the body leans forward through the doorway.
 */
export const doorwayStretch: PuppetPose = mergePose(standing, {
  torsoPitch: 10,
  both: { shoulderAbduction: 90, shoulderHorizontalAdduction: -20, shoulderRotation: 90, elbowFlexion: 90 },
});

/** Butterfly (self-hug): hands on the opposite shoulders, elbows together in front of the chest. */
export const butterflyHug: PuppetPose = mergePose(standing, {
  both: {
    shoulderFlexion: 45,
    shoulderAbduction: 20,
    shoulderHorizontalAdduction: 70,
    elbowFlexion: 90,
    forearmPronation: 60,
  },
});

export interface RollOptions {
  readonly count: number;
  /** `backward`: up, back, down, forward — the top of the circle moves backward. */
  readonly direction: 'backward' | 'forward';
  readonly periodMs?: number;
  /** Head nod (+ chin down) in step with the roll: the head moving with the shoulders. */
  readonly nodDeg?: number;
}

/**
 * Shoulder rolls as the shared `shoulderRolls` script draws them (lift 30°, protraction ±18°),
 * optionally with the head nodding along: chin up as the shoulders rise, down as they fall.
 */
export function rollsWithHead(base: PuppetPose, options: RollOptions): Timeline {
  const { count, direction, periodMs = 2500, nodDeg = 0 } = options;
  const sense = direction === 'backward' ? 1 : -1;
  return circles(base, {
    count,
    periodMs,
    direction: 1,
    rampMs: 300,
    at: (phase) => ({
      neckFlexion: base.neckFlexion + nodDeg * Math.cos(phase),
      both: {
        shoulderElevation: (30 * (1 - Math.cos(phase))) / 2,
        shoulderProtraction: sense * 18 * Math.sin(phase),
      },
    }),
  });
}
