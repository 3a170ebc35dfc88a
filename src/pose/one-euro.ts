/**
 * The One Euro filter: a low-pass filter whose cut-off rises with the signal's speed, so a still
 * signal is smoothed hard (no jitter) while a fast one follows with little lag (no late counts).
 *
 * Géry Casiez, Nicolas Roussel and Daniel Vogel. 2012. "1 € Filter: A Simple Speed-based Low-pass
 * Filter for Noisy Input in Interactive Systems". CHI '12, 2527–2530.
 * https://doi.org/10.1145/2207676.2208639
 */

export interface OneEuroParams {
  /** Cut-off (Hz) when the signal is still: lower = smoother, laggier. */
  readonly minCutoffHz: number;
  /** How fast the cut-off rises with speed (per unit/s): higher = less lag when moving. */
  readonly beta: number;
  /** Cut-off (Hz) for the speed estimate itself. */
  readonly derivativeCutoffHz: number;
}

/** Defaults for joint angles in degrees, tuned on the synthetic puppet's jitter (σ ≈ 1.5 px). */
export const ANGLE_SMOOTHING: OneEuroParams = { minCutoffHz: 1.2, beta: 0.015, derivativeCutoffHz: 1 };

const alpha = (cutoffHz: number, dtS: number): number => {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtS);
};

export class OneEuroFilter {
  private lastTimeMs: number | null = null;
  private value = 0;
  private derivative = 0;

  constructor(private readonly params: OneEuroParams) {}

  /** Filters a sample taken at `timeMs` (strictly increasing); returns the smoothed value. */
  filter(sample: number, timeMs: number): number {
    if (this.lastTimeMs === null || timeMs <= this.lastTimeMs) {
      this.lastTimeMs = timeMs;
      this.value = sample;
      this.derivative = 0;
      return sample;
    }
    const dtS = (timeMs - this.lastTimeMs) / 1000;
    this.lastTimeMs = timeMs;
    const rawDerivative = (sample - this.value) / dtS;
    this.derivative += alpha(this.params.derivativeCutoffHz, dtS) * (rawDerivative - this.derivative);
    const cutoff = this.params.minCutoffHz + this.params.beta * Math.abs(this.derivative);
    this.value += alpha(cutoff, dtS) * (sample - this.value);
    return this.value;
  }
}
