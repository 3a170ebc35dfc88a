/**
 * Fits the puppet's detector-noise model to what MediaPipe reported on real people: the compact
 * landmark traces of the shared clips (tests/fixtures/footage-traces). The fitted numbers are
 * committed in fitted-noise.ts; noise-fit.test.ts re-fits them from the traces and fails when they
 * differ, so the model cannot silently go stale when a trace is added or re-recorded.
 *
 * The model (applied by noise.ts, sized per person by population.ts):
 * - **jitter**: per landmark and image axis, an AR(1) process (standard deviation σ, frame-to-frame
 *   correlation ρ). Real people move, so σ and ρ are read from two high-pass filters that smooth
 *   movement at 30 fps leaves almost untouched: the residual from a centred 5-frame mean and the
 *   second difference. For AR(1) noise both variances are σ² times a known function of ρ, so
 *   their ratio gives ρ and either one σ. Robust spreads (median absolute deviation) keep a fast
 *   arm's true acceleration out of it.
 * - **wander**: a slow AR(1) drift (correlation 0.97 a frame, about a second; assumed, as in
 *   real-depth.ts), seen on the parts of the body that stay still (a landmark whose smoothed track
 *   spans under 4 % of the person's size over the clip): the band between a 5- and a 61-frame mean,
 *   less the jitter's share of that band.
 * - **size**: image noise is in fractions of the person's size in the picture (the larger side of
 *   the box round their visible landmarks, median over the clip), because the detector works on a
 *   crop of the person: a close-up's jitter in pixels is larger, its jitter in body sizes is not.
 * - **world**: the same jitter fit on world x, y (across) and z (depth), in centimetres. The depth
 *   offsets and slow depth wander of the arms are real-depth.ts's (fitted on the one clip where the
 *   true depth is known); this fit checks its body wander against the still landmarks' depth.
 * - **visibility**: the spread of visibility frame to frame on well-seen landmarks, how often a
 *   well-seen landmark dips under 0.5 for a frame, and how often a frame has no person at all.
 *
 * Clips sampled far below 30 fps (the 10 fps gif) are left out: the filters assume ~30 fps.
 */
import { LANDMARK_COUNT } from '../../src/pose/landmarks';
import type { PoseFrame } from '../../src/pose/types';

export interface FittedNoise {
  /** Clips the fit used. */
  readonly clips: readonly string[];
  /** Per-landmark image jitter, standard deviation in fractions of the person's size. */
  readonly jitter: readonly number[];
  /** Frame-to-frame correlation of the jitter. */
  readonly jitterCorrelation: number;
  /**
   * The share of the jitter's variance that the landmarks of one group (the face; each hand)
   * have in common: they come from one estimate of the head or hand, so they drift together and
   * a short segment between two of them (ear to nose) is steadier than their own jitter suggests.
   */
  readonly shared: { readonly face: number; readonly hand: number };
  /** Slow wander of still landmarks, standard deviation in fractions of the person's size. */
  readonly wander: number;
  readonly wanderCorrelation: number;
  /** World jitter across (x, y) and in depth (z), cm (median over the body's landmarks). */
  readonly worldAcrossCm: number;
  /**
   * World jitter across (x, y) per landmark, cm, like the image jitter: the still trunk and face
   * are steadier than the median, the hands and the legs out of view far noisier.
   */
  readonly worldAcross: readonly number[];
  readonly worldDepthCm: number;
  /** Slow depth wander of the still trunk and head landmarks, cm. */
  readonly bodyDepthWanderCm: number;
  /** Visibility's frame-to-frame spread on well-seen landmarks. */
  readonly visibilitySigma: number;
  /** Chance that a well-seen landmark dips under 0.5 visibility for a frame. */
  readonly visibilityDipRate: number;
  /** Chance that a frame comes back with no person. */
  readonly dropRate: number;
}

export interface TraceInput {
  readonly id: string;
  readonly frames: readonly PoseFrame[];
}

/** Frame-to-frame correlation assumed for the wander (about a second at 30 fps). */
export const WANDER_CORRELATION = 0.97;
const SEEN = 0.5;
const WELL_SEEN = 0.8;
const STILL_SPAN = 0.04;
const MA = 5;
const SLOW = 61;

/** Landmark groups that drift together (see `shared`). */
export const JITTER_GROUPS = {
  face: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  leftHand: [15, 17, 19, 21],
  rightHand: [16, 18, 20, 22],
} as const;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
/**
 * Robust variance: the mean square of the central 90 % about the median, scaled to the whole
 * variance for Gaussian data (÷ 0.6231). Not the median absolute deviation: the traces keep
 * landmarks to 1/10 000 of the frame, so a still landmark's steps are a few quanta and a median of
 * them jumps between quanta.
 */
const robustVariance = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const m = median(values);
  const sorted = values.map((v) => v - m).sort((a, b) => Math.abs(a) - Math.abs(b));
  const kept = sorted.slice(0, Math.max(1, Math.floor(sorted.length * 0.9)));
  return kept.reduce((sum, v) => sum + v * v, 0) / kept.length / 0.6231;
};

/** The variance gain of a linear filter (taps h) on unit-variance AR(1) noise with correlation ρ. */
export function filterGain(taps: readonly number[], rho: number): number {
  let sum = 0;
  taps.forEach((a, i) => taps.forEach((b, j) => (sum += a * b * rho ** Math.abs(i - j))));
  return sum;
}
const meanTaps = (n: number): number[] => new Array<number>(n).fill(1 / n);
/** (centred short mean) − (centred long mean). */
const bandTaps = (short: number, long: number): number[] => {
  const pad = (long - short) / 2;
  const s = meanTaps(short);
  return meanTaps(long).map((v, i) => (i >= pad && i < pad + short ? (s[i - pad] ?? 0) : 0) - v);
};
const FIRST_DIFFERENCE = [1, -1];
const SECOND_DIFFERENCE = [1, -2, 1];
const BAND = bandTaps(MA, SLOW);

/**
 * ρ from the ratio var(first difference) / var(second difference), which for AR(1) noise is
 * 1 / (3 − ρ): read on still landmarks only, where movement adds almost nothing to either.
 */
export const correlationFromRatio = (ratio: number): number => Math.min(0.95, Math.max(0, 3 - 1 / ratio));

/** Applies taps centred on each index where the whole window lies inside a run. */
function filtered(run: readonly number[], taps: readonly number[]): number[] {
  const half = taps.length >> 1;
  const out: number[] = [];
  for (let t = half; t + half < run.length; t++) {
    let sum = 0;
    for (let k = 0; k < taps.length; k++) sum += (taps[k] ?? 0) * (run[t - half + k] ?? 0);
    out.push(sum);
  }
  return out;
}

/** Runs of consecutive frames in which the landmark is seen, as values of `read`. */
function runs(frames: readonly PoseFrame[], seen: (f: PoseFrame) => boolean, read: (f: PoseFrame) => number) {
  const out: number[][] = [];
  let current: number[] = [];
  for (const frame of frames) {
    if (seen(frame)) current.push(read(frame));
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** The larger side of the box round the visible landmarks, in pixels (median over the clip). */
export function personSizePx(frames: readonly PoseFrame[]): number {
  const sizes: number[] = [];
  for (const frame of frames) {
    const seen = (frame.poses[0]?.image ?? []).filter((l) => l.visibility > SEEN);
    if (seen.length < 4) continue;
    const xs = seen.map((l) => l.x * frame.imageWidth);
    const ys = seen.map((l) => l.y * frame.imageHeight);
    sizes.push(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)));
  }
  return median(sizes);
}

const frameIntervalMs = (frames: readonly PoseFrame[]): number =>
  median(frames.slice(1).map((f, i) => f.timestampMs - (frames[i]?.timestampMs ?? 0)));

/** The fit over the traces (see the top of the file). */
export function fitNoise(traces: readonly TraceInput[]): FittedNoise {
  const used = traces.filter((trace) => frameIntervalMs(trace.frames) < 50);
  // Per landmark, each clip's variance of the second difference (image x and y pooled).
  const second: number[][] = Array.from({ length: LANDMARK_COUNT }, () => []);
  const stillRatio: number[] = [];
  const band: number[] = [];
  const worldAcross: number[] = [];
  const worldAcrossOf: number[][] = Array.from({ length: LANDMARK_COUNT }, () => []);
  const worldDepth: number[] = [];
  const depthBand: number[] = [];
  const visibilitySpread: number[] = [];
  const sharedFace: number[] = [];
  const sharedHand: number[] = [];
  let dips = 0;
  let wellSeen = 0;
  let frames = 0;
  let empty = 0;

  for (const trace of used) {
    const size = personSizePx(trace.frames);
    frames += trace.frames.length;
    empty += trace.frames.filter((f) => f.poses.length === 0).length;
    sharedFace.push(...sharedShare(trace.frames, JITTER_GROUPS.face));
    sharedHand.push(...sharedShare(trace.frames, JITTER_GROUPS.leftHand));
    sharedHand.push(...sharedShare(trace.frames, JITTER_GROUPS.rightHand));
    for (let i = 0; i < LANDMARK_COUNT; i++) {
      const seen = (f: PoseFrame): boolean => (f.poses[0]?.image[i]?.visibility ?? 0) > SEEN;
      if (trace.frames.filter(seen).length < trace.frames.length / 2) continue;
      const image = (axis: 'x' | 'y') => (f: PoseFrame) =>
        ((f.poses[0]?.image[i]?.[axis] ?? 0) * (axis === 'x' ? f.imageWidth : f.imageHeight)) / size;
      const world = (axis: 'x' | 'y' | 'z') => (f: PoseFrame) => (f.poses[0]?.world[i]?.[axis] ?? 0) * 100;
      const xy = [...runs(trace.frames, seen, image('x')), ...runs(trace.frames, seen, image('y'))];
      const d2 = robustVariance(xy.flatMap((run) => filtered(run, SECOND_DIFFERENCE)));
      second[i]?.push(d2);
      const across = [...runs(trace.frames, seen, world('x')), ...runs(trace.frames, seen, world('y'))];
      const acrossVariance = robustVariance(across.flatMap((run) => filtered(run, SECOND_DIFFERENCE)));
      worldAcross.push(acrossVariance);
      worldAcrossOf[i]?.push(acrossVariance);
      const depth = runs(trace.frames, seen, world('z'));
      worldDepth.push(robustVariance(depth.flatMap((run) => filtered(run, SECOND_DIFFERENCE))));
      // Still landmarks: the smoothed track spans little of the person's size.
      const smooth = xy.map((run) => filtered(run, meanTaps(MA)));
      const still = smooth.every((s) => s.length === 0 || Math.max(...s) - Math.min(...s) < STILL_SPAN);
      if (still && smooth.flat().length > SLOW * 2) {
        stillRatio.push(robustVariance(xy.flatMap((run) => filtered(run, FIRST_DIFFERENCE))) / d2);
        band.push(robustVariance(xy.flatMap((run) => filtered(run, BAND))));
        // Trunk and head only: the arms' depth wander is real-depth.ts's.
        if (i <= 12 || i === 23 || i === 24) {
          depthBand.push(robustVariance(depth.flatMap((run) => filtered(run, BAND))));
        }
      }
      const vis = runs(
        trace.frames,
        (f) => (f.poses[0]?.image[i]?.visibility ?? 0) > WELL_SEEN,
        (f) => f.poses[0]?.image[i]?.visibility ?? 0,
      ).filter((run) => run.length >= 3);
      if (vis.length) visibilitySpread.push(robustVariance(vis.flatMap((run) => filtered(run, SECOND_DIFFERENCE))));
      // Dips: a frame under 0.5 between three well-seen frames on either side.
      const v = trace.frames.map((f) => f.poses[0]?.image[i]?.visibility ?? Number.NaN);
      for (let t = 3; t + 3 < v.length; t++) {
        const around = [v[t - 3], v[t - 2], v[t - 1], v[t + 1], v[t + 2], v[t + 3]];
        if (!around.every((x) => (x ?? 0) > WELL_SEEN)) continue;
        wellSeen++;
        if ((v[t] ?? 1) < SEEN) dips++;
      }
    }
  }

  const rho = correlationFromRatio(median(stillRatio));
  const gain = filterGain(SECOND_DIFFERENCE, rho);
  const sigma = (variance: number): number => Math.sqrt(variance / gain);
  const allJitter = median(second.flat().map(sigma));
  // A landmark no clip saw well takes the body's median.
  const jitter = second.map((vs) => (vs.length ? median(vs.map(sigma)) : allJitter));
  const wanderGain = filterGain(BAND, WANDER_CORRELATION);
  const wanderVariance = median(band) - allJitter ** 2 * filterGain(BAND, rho);
  const worldDepthCm = sigma(median(worldDepth));
  const worldAcrossCm = sigma(median(worldAcross));
  const depthWanderVariance = median(depthBand) - worldDepthCm ** 2 * filterGain(BAND, rho);
  return {
    clips: used.map((t) => t.id),
    jitter,
    jitterCorrelation: rho,
    shared: { face: median(sharedFace), hand: median(sharedHand) },
    wander: Math.sqrt(Math.max(0, wanderVariance) / wanderGain),
    wanderCorrelation: WANDER_CORRELATION,
    worldAcrossCm,
    worldAcross: worldAcrossOf.map((vs) => (vs.length ? median(vs.map(sigma)) : worldAcrossCm)),
    worldDepthCm,
    bodyDepthWanderCm: Math.sqrt(Math.max(0, depthWanderVariance) / wanderGain),
    visibilitySigma: sigma(median(visibilitySpread)),
    visibilityDipRate: wellSeen ? dips / wellSeen : 0,
    dropRate: frames ? empty / frames : 0,
  };
}

/**
 * For each pair in a group seen in most frames: the correlation of their second differences
 * (x and y pooled), which for two jitters with a common part is that part's share of the variance.
 */
function sharedShare(frames: readonly PoseFrame[], group: readonly number[]): number[] {
  const out: number[] = [];
  const well = frames.filter((f) => group.every((i) => (f.poses[0]?.image[i]?.visibility ?? 0) > SEEN));
  if (well.length < frames.length / 2) return out;
  const d2 = (i: number, axis: 'x' | 'y'): number[] => {
    const v = frames.map((f) => f.poses[0]?.image[i]?.[axis] ?? Number.NaN);
    return v.slice(1, -1).map((x, t) => (v[t] ?? 0) - 2 * x + (v[t + 2] ?? 0));
  };
  for (let a = 0; a < group.length; a++) {
    for (let b = a + 1; b < group.length; b++) {
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      for (const axis of ['x', 'y'] as const) {
        const da = d2(group[a] ?? 0, axis);
        const db = d2(group[b] ?? 0, axis);
        da.forEach((x, t) => {
          const y = db[t] ?? Number.NaN;
          if (!Number.isFinite(x) || !Number.isFinite(y)) return;
          sab += x * y;
          saa += x * x;
          sbb += y * y;
        });
      }
      if (saa > 0 && sbb > 0) out.push(sab / Math.sqrt(saa * sbb));
    }
  }
  return out;
}
