/**
 * The synthetic puppet's poses for shoulder-roll (its test renders them; so may the engine's tests and
 * benchmark). Conventions, as for every preset: tests/support/README.md. Side presets show the
 * RIGHT side to the camera unless they say otherwise; `mirrorPose` gives the other side.
 */
import { standing, mergePose, circles, type PuppetPose, type Timeline } from '../puppet';

/** Standing with the fingertips resting on the shoulders, elbows down in front (shoulder rolls). */
export const fingertipsOnShoulders: PuppetPose = mergePose(standing, {
  both: { shoulderFlexion: 35, shoulderAbduction: 25, shoulderRotation: 20, elbowFlexion: 150 },
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
