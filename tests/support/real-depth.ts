/**
 * MediaPipe's depth as it reads a real person, laid over the puppet's frames: the puppet's own
 * noise (noise.ts) jitters depth no more than x and y, which is how the model behaves on clean
 * renders but not on people in rooms.
 *
 * Fitted on the compact trace of the shared clip wall-angel-elbow-flexion-only (a person bending
 * and straightening the elbows with the upper arms level: the forearms stay in the picture's plane
 * throughout, so their true angle towards the camera is 0). MediaPipe's world landmarks read the
 * forearms pointing at the camera with a sine of 0.40–0.75 (median 0.65 left, 0.50 right) and the
 * upper arms 0 to 0.45 in step with the elbows' bend: an offset of the hands and elbows in depth
 * of 10–20 cm, which wanders by about ±4 cm (5th–95th percentile ±0.15 on a 25 cm forearm) over a
 * second or so. Across the eleven traces the frame-to-frame depth jitter of the arms is of the
 * same size as x and y's (0.2–4 cm), so it is the offset and the slow wander that mislead.
 *
 * The model, per landmark: world z' = gain · z + offset + wander, with the offset drawn once per
 * clip (a person's arms, their clothes, the light) and the wander a slow AR(1) process; the
 * trunk's and head's far smaller than the arms'.
 */
import type { Landmark, PoseFrame } from '../../src/pose/types';
import { LANDMARK, LANDMARK_COUNT } from '../../src/pose/landmarks';
import { createRng } from './rng';

export interface RealDepthOptions {
  readonly seed: number;
  /**
   * How much of the true depth MediaPipe reports (it flattens movement towards the camera).
   * Default 0.7.
   */
  readonly gain?: number;
  /** Standard deviation of each arm landmark's fixed depth offset, cm. Default 8 (10–20 cm apart). */
  readonly armOffsetCm?: number;
  /**
   * The same for every other landmark, cm. Default 0.5: the trunk's depth is steadier (the
   * shoulder line against the hips' reads under 5° of twist on neck-tilts-seated, trunk still).
   */
  readonly bodyOffsetCm?: number;
  /** Standard deviation of the arms' slow wander, cm. Default 2.5 (±4 cm at the 5th–95th percentile). */
  readonly wanderCm?: number;
  /** The same for every other landmark, cm. Default 0.5 (see bodyOffsetCm). */
  readonly bodyWanderCm?: number;
  /** Frame-to-frame correlation of the wander. Default 0.97 (about a second at 30 fps). */
  readonly correlation?: number;
}

/** The defaults, for tests that compare them with what the traces show (noise-fit.test.ts). */
export const DEFAULT_REAL_DEPTH = {
  gain: 0.7,
  armOffsetCm: 8,
  bodyOffsetCm: 0.5,
  wanderCm: 2.5,
  bodyWanderCm: 0.5,
  correlation: 0.97,
} as const;

const ARM = new Set<number>(
  (['elbow', 'wrist', 'pinky', 'index', 'thumb'] as const).flatMap((part) => [
    LANDMARK[`left_${part}`],
    LANDMARK[`right_${part}`],
  ]),
);

/** The frames with world depth read as MediaPipe reads a real person's (see above). */
export function realDepth(frames: readonly PoseFrame[], options: RealDepthOptions): PoseFrame[] {
  const rng = createRng(options.seed);
  const gain = options.gain ?? DEFAULT_REAL_DEPTH.gain;
  const rho = options.correlation ?? DEFAULT_REAL_DEPTH.correlation;
  const wanderSigma = (options.wanderCm ?? DEFAULT_REAL_DEPTH.wanderCm) / 100;
  const offsets = Array.from({ length: LANDMARK_COUNT }, (_, i) =>
    rng.gaussian(
      0,
      (ARM.has(i)
        ? (options.armOffsetCm ?? DEFAULT_REAL_DEPTH.armOffsetCm)
        : (options.bodyOffsetCm ?? DEFAULT_REAL_DEPTH.bodyOffsetCm)) / 100,
    ),
  );
  const sigmas = Array.from({ length: LANDMARK_COUNT }, (_, i) =>
    ARM.has(i) ? wanderSigma : (options.bodyWanderCm ?? DEFAULT_REAL_DEPTH.bodyWanderCm) / 100,
  );
  const wander = sigmas.map((sigma) => rng.gaussian(0, sigma));
  const innovation = Math.sqrt(1 - rho * rho);
  return frames.map((frame) => {
    for (let i = 0; i < LANDMARK_COUNT; i++) {
      wander[i] = rho * (wander[i] ?? 0) + rng.gaussian(0, innovation * (sigmas[i] ?? 0));
    }
    const depth = (l: Landmark, i: number): Landmark => ({
      ...l,
      z: gain * l.z + (offsets[i] ?? 0) + (wander[i] ?? 0),
    });
    return { ...frame, poses: frame.poses.map((pose) => ({ ...pose, world: pose.world.map(depth) })) };
  });
}
