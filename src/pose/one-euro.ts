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

/** The frame interval the smoothing presets were tuned at (30 analysed frames a second). */
const TUNED_DT_S = 1 / 30;

/**
 * The smoothing factor for one step of `dtS` at `cutoffHz`. At the tuned interval T₀ it is the
 * paper's, 1 / (1 + τ/T₀); at any other it is what Tₑ/T₀ tuned steps give, 1 − (1 + T₀/τ)^(−Tₑ/T₀):
 * an exponential decay in time, so a still signal settles, and a threshold crossed by a steady
 * movement is seen, equally late on average whatever the analysis rate. The paper's formula lags a
 * ramp by τ at any rate while the frames see each crossing half a frame interval late on average:
 * at 10 analysed frames a second every crossing was seen 33 ms later than at 30, and a short hold
 * at the end of a clip fell under its minimum (issue 13).
 */
const alpha = (cutoffHz: number, dtS: number): number => {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 - (1 + TUNED_DT_S / tau) ** (-dtS / TUNED_DT_S);
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
