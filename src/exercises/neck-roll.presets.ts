/**
 * The synthetic puppet's poses for neck-roll (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { mergePose, circles, type PosePatch, type PuppetPose, type Rotation, type Timeline } from '../puppet';

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
