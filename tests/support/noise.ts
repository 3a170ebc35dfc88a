/**
 * Detector imperfections, all reproducible from a seed: landmark jitter that drifts from frame
 * to frame rather than flickering (a first-order autoregressive process, so its standard
 * deviation is exactly the one asked for), visibility noise, dropped frames, momentary glitches
 * and the left/right swaps MediaPipe makes in side views.
 */
import type { Landmark, Pose, PoseFrame } from '../../src/pose/types';
import { LANDMARK, LANDMARK_COUNT, LANDMARK_NAMES, type LandmarkName } from '../../src/pose/landmarks';
import { createRng, type Rng } from './rng';

export interface TimeRange {
  readonly startMs: number;
  /** Exclusive. */
  readonly endMs: number;
}

export interface Glitch extends TimeRange {
  readonly landmarks: readonly LandmarkName[];
  /** Image offset in pixels while the glitch lasts. */
  readonly offsetPx?: { readonly x: number; readonly y: number };
  /** Visibility while it lasts. Default 0.2. */
  readonly visibility?: number;
}

export interface NoiseOptions {
  readonly seed: number;
  /** Image jitter, standard deviation in pixels on x and y. Default 1.5. */
  readonly imageSigmaPx?: number;
  /** World jitter, standard deviation in centimetres per axis. Default 1. */
  readonly worldSigmaCm?: number;
  /**
   * Frame-to-frame correlation of the jitter, 0 (white) to <1 (slow drift). Default 0.6, about
   * what MediaPipe's own temporal smoothing leaves.
   */
  readonly correlation?: number;
  /** Standard deviation of visibility noise (clamped to [0, 1]). Default 0.02. */
  readonly visibilitySigma?: number;
  /** Probability that a frame comes back with no person. Default 0. */
  readonly dropRate?: number;
  /** Times at which every frame comes back with no person. */
  readonly dropRanges?: readonly TimeRange[];
  readonly glitches?: readonly Glitch[];
  /** Times at which the detector labels every left point right and vice versa. */
  readonly swapRanges?: readonly TimeRange[];
}

const inRange = (t: number, ranges: readonly TimeRange[] = []): boolean =>
  ranges.some((r) => t >= r.startMs && t < r.endMs);

/** Index of each landmark's mirror partner (the nose is its own). */
const PARTNER = LANDMARK_NAMES.map((name) => {
  const other = name.includes('left')
    ? name.replace('left', 'right')
    : name.includes('right')
      ? name.replace('right', 'left')
      : name;
  return LANDMARK[other as LandmarkName];
});

/** One AR(1) channel per landmark and axis, stationary with the given sigma from frame one. */
class Jitter {
  private readonly state: number[];
  constructor(
    private readonly rng: Rng,
    private readonly sigma: number,
    private readonly rho: number,
    size: number,
  ) {
    this.state = Array.from({ length: size }, () => rng.gaussian(0, sigma));
  }
  step(): readonly number[] {
    const innovation = this.sigma * Math.sqrt(1 - this.rho * this.rho);
    for (let i = 0; i < this.state.length; i++) {
      this.state[i] = this.rho * (this.state[i] ?? 0) + this.rng.gaussian(0, innovation);
    }
    return this.state;
  }
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

export function addNoise(frames: readonly PoseFrame[], options: NoiseOptions): PoseFrame[] {
  const rng = createRng(options.seed);
  const rho = options.correlation ?? 0.6;
  const n = LANDMARK_COUNT * 3;
  const imageJitter = new Jitter(rng, options.imageSigmaPx ?? 1.5, rho, n);
  const worldJitter = new Jitter(rng, (options.worldSigmaCm ?? 1) / 100, rho, n);
  const visibilitySigma = options.visibilitySigma ?? 0.02;

  return frames.map((frame) => {
    const t = frame.timestampMs;
    // Draw every frame's noise even when dropping it, so one option does not reshuffle the rest.
    const image = imageJitter.step();
    const world = worldJitter.step();
    const visibilityNoise = Array.from({ length: LANDMARK_COUNT }, () => rng.gaussian(0, visibilitySigma));
    const dropped = rng.chance(options.dropRate ?? 0) || inRange(t, options.dropRanges);
    if (dropped) return { ...frame, poses: [] };

    const swap = inRange(t, options.swapRanges);
    const glitches = (options.glitches ?? []).filter((g) => t >= g.startMs && t < g.endMs);
    const noisy = (pose: Pose): Pose => {
      const source = (list: readonly Landmark[], i: number): Landmark | undefined => list[swap ? (PARTNER[i] ?? i) : i];
      const imageOut = pose.image.map((_, i): Landmark => {
        const l = source(pose.image, i) ?? { x: 0, y: 0, z: 0, visibility: 0 };
        // Image z is on x's scale, so its jitter is the x jitter's size.
        return {
          x: l.x + (image[3 * i] ?? 0) / frame.imageWidth,
          y: l.y + (image[3 * i + 1] ?? 0) / frame.imageHeight,
          z: l.z + (image[3 * i + 2] ?? 0) / frame.imageWidth,
          visibility: clamp01(l.visibility + (visibilityNoise[i] ?? 0)),
        };
      });
      const worldOut = pose.world.map((_, i): Landmark => {
        const l = source(pose.world, i) ?? { x: 0, y: 0, z: 0, visibility: 0 };
        return {
          x: l.x + (world[3 * i] ?? 0),
          y: l.y + (world[3 * i + 1] ?? 0),
          z: l.z + (world[3 * i + 2] ?? 0),
          visibility: imageOut[i]?.visibility ?? 0,
        };
      });
      for (const glitch of glitches) {
        for (const name of glitch.landmarks) {
          const i = LANDMARK[name];
          const l = imageOut[i];
          const w = worldOut[i];
          if (!l || !w) continue;
          const visibility = glitch.visibility ?? 0.2;
          imageOut[i] = {
            ...l,
            x: l.x + (glitch.offsetPx?.x ?? 0) / frame.imageWidth,
            y: l.y + (glitch.offsetPx?.y ?? 0) / frame.imageHeight,
            visibility,
          };
          worldOut[i] = { ...w, visibility };
        }
      }
      return { image: imageOut, world: worldOut };
    };
    return { ...frame, poses: frame.poses.map(noisy) };
  });
}
