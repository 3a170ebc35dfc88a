/**
 * The synthetic puppet's poses for arm-circles (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, circles, type PosePatch, type PuppetPose, type Timeline } from '../puppet';

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
