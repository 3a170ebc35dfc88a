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
  /**
   * Per-landmark image jitter in pixels (33 values), in place of `imageSigmaPx`: real jitter is
   * three to five times larger at the wrists and hands than at the hips (fitted-noise.ts).
   */
  readonly landmarkSigmaPx?: readonly number[];
  /**
   * Groups of landmarks whose image jitter is partly one (the face's points, a hand's): each
   * group's `share` of every member's jitter variance is a drift they have in common.
   */
  readonly sharedJitter?: readonly { readonly landmarks: readonly number[]; readonly share: number }[];
  /**
   * Per-landmark world jitter across (x and y) in centimetres (33 values), in place of
   * `worldSigmaCm` there: the fitted trunk and face are steadier than the hands (fitted-noise.ts).
   */
  readonly worldLandmarkSigmaCm?: readonly number[];
  /** World jitter in depth (z), cm, where it differs from x and y's. Default `worldSigmaCm`. */
  readonly worldDepthSigmaCm?: number;
  /** Slow image wander on top of the jitter, standard deviation in pixels. Default none. */
  readonly wanderPx?: number;
  /** Frame-to-frame correlation of the wander. Default 0.97 (about a second at 30 fps). */
  readonly wanderCorrelation?: number;
  /** Chance that a landmark's visibility dips to 0.1–0.5 for a frame. Default 0. */
  readonly visibilityDipRate?: number;
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
  private readonly sigmas: readonly number[];
  /** `sigma`: one for every channel, or one per channel. */
  constructor(
    private readonly rng: Rng,
    sigma: number | readonly number[],
    private readonly rho: number,
    size: number,
  ) {
    this.sigmas = Array.from({ length: size }, (_, i) => (typeof sigma === 'number' ? sigma : (sigma[i] ?? 0)));
    this.state = this.sigmas.map((s) => rng.gaussian(0, s));
  }
  step(): readonly number[] {
    const scale = Math.sqrt(1 - this.rho * this.rho);
    for (let i = 0; i < this.state.length; i++) {
      this.state[i] = this.rho * (this.state[i] ?? 0) + this.rng.gaussian(0, scale * (this.sigmas[i] ?? 0));
    }
    return this.state;
  }
}

/** Per-channel sigmas (x, y, z for each landmark) from per-landmark ones. */
const perAxis = (landmarks: readonly number[], z: (sigma: number) => number): number[] =>
  landmarks.flatMap((s) => [s, s, z(s)]);

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

export function addNoise(frames: readonly PoseFrame[], options: NoiseOptions): PoseFrame[] {
  const rng = createRng(options.seed);
  const rho = options.correlation ?? 0.6;
  const n = LANDMARK_COUNT * 3;
  const imageJitter = new Jitter(
    rng,
    options.landmarkSigmaPx ? perAxis(options.landmarkSigmaPx, (s) => s) : (options.imageSigmaPx ?? 1.5),
    rho,
    n,
  );
  const across = (options.worldSigmaCm ?? 1) / 100;
  const depth = (options.worldDepthSigmaCm ?? options.worldSigmaCm ?? 1) / 100;
  const worldJitter = new Jitter(
    rng,
    perAxis(
      options.worldLandmarkSigmaCm?.map((cm) => cm / 100) ?? new Array<number>(LANDMARK_COUNT).fill(across),
      () => depth,
    ),
    rho,
    n,
  );
  const visibilitySigma = options.visibilitySigma ?? 0.02;
  // The later options draw from streams of their own, so a seed's jitter stays what it was.
  const extra = createRng(options.seed ^ 0x5eed);
  const wander = options.wanderPx ? new Jitter(extra, options.wanderPx, options.wanderCorrelation ?? 0.97, n) : null;
  const dipRate = options.visibilityDipRate ?? 0;
  const groups = (options.sharedJitter ?? []).map((group) => ({
    ...group,
    drift: new Jitter(extra, 1, rho, 3),
  }));
  const own = new Array<number>(LANDMARK_COUNT).fill(1);
  for (const group of groups) for (const i of group.landmarks) own[i] = Math.sqrt(1 - group.share);
  const sigmaOf = (i: number): number => options.landmarkSigmaPx?.[i] ?? options.imageSigmaPx ?? 1.5;

  return frames.map((frame) => {
    const t = frame.timestampMs;
    // Draw every frame's noise even when dropping it, so one option does not reshuffle the rest.
    let jitter = imageJitter.step();
    if (groups.length) {
      // A group's members keep √(1 − share) of their own jitter and add the common drift.
      const mixed = jitter.map((v, k) => v * (own[Math.floor(k / 3)] ?? 1));
      for (const group of groups) {
        const common = group.drift.step();
        for (const i of group.landmarks) {
          for (let axis = 0; axis < 3; axis++) {
            mixed[3 * i + axis] =
              (mixed[3 * i + axis] ?? 0) + Math.sqrt(group.share) * sigmaOf(i) * (common[axis] ?? 0);
          }
        }
      }
      jitter = mixed;
    }
    const drift = wander?.step();
    const image = drift ? jitter.map((v, i) => v + (drift[i] ?? 0)) : jitter;
    const world = worldJitter.step();
    const dips = dipRate
      ? Array.from({ length: LANDMARK_COUNT }, () => (extra.chance(dipRate) ? extra.range(0.1, 0.5) : -1))
      : null;
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
          visibility: (dips?.[i] ?? -1) >= 0 ? (dips?.[i] ?? 0) : clamp01(l.visibility + (visibilityNoise[i] ?? 0)),
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
