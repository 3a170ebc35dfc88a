import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/support/rng';
import { ANGLE_SMOOTHING, OneEuroFilter, type OneEuroParams } from './one-euro';

/** Samples at `fps` from 0 to `durationMs` inclusive, as whole-millisecond timestamps. */
function times(fps: number, durationMs: number): number[] {
  const count = Math.floor((durationMs * fps) / 1000) + 1;
  return Array.from({ length: count }, (_, i) => Math.round((i * 1000) / fps));
}

function run(params: OneEuroParams, signal: (tMs: number) => number, stamps: readonly number[]): number[] {
  const filter = new OneEuroFilter(params);
  return stamps.map((t) => filter.filter(signal(t), t));
}

const std = (values: readonly number[]): number => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
};

/** A plain first-order low-pass with the One Euro filter's still-signal cut-off: the paper's baseline. */
const PLAIN_LOW_PASS: OneEuroParams = { ...ANGLE_SMOOTHING, beta: 0 };

describe('OneEuroFilter', () => {
  it('passes the first sample through, and smooths the next', () => {
    const filter = new OneEuroFilter(ANGLE_SMOOTHING);
    expect(filter.filter(123, 0)).toBe(123);
    expect(filter.filter(0, 33)).not.toBe(0);
  });

  it('restarts from the sample when time does not move forwards (a new source)', () => {
    const filter = new OneEuroFilter(ANGLE_SMOOTHING);
    filter.filter(10, 1000);
    filter.filter(10, 1033);
    expect(filter.filter(90, 1033)).toBe(90);
    expect(filter.filter(50, 20)).toBe(50);
  });

  it('holds a constant signal exactly', () => {
    const out = run(ANGLE_SMOOTHING, () => 137.5, times(30, 2000));
    for (const value of out) expect(value).toBe(137.5);
  });

  it('with beta 0 is exactly a first-order low-pass at minCutoffHz: the paper’s at 30 frames a second', () => {
    const params: OneEuroParams = { minCutoffHz: 2, beta: 0, derivativeCutoffHz: 1 };
    const signal = (t: number) => (t < 300 ? 0 : 100);
    const tau = 1 / (2 * Math.PI * params.minCutoffHz);
    // At exactly 30 frames a second, the paper's alpha = 1 / (1 + τ/Tₑ), as the presets were tuned.
    const stamps = Array.from({ length: 31 }, (_, i) => (i * 1000) / 30);
    const out = run(params, signal, stamps);
    let expected = signal(0);
    for (let i = 1; i < stamps.length; i++) {
      expected += (1 / (1 + tau / (1 / 30))) * (signal(stamps[i] ?? 0) - expected);
      expect(out[i]).toBeCloseTo(expected, 9);
    }
    // At other intervals, the same decay per second: a still signal settles alike at any rate.
    const decayPerSecond = (1 + 1 / 30 / tau) ** -30;
    for (const fps of [10, 15, 24]) {
      const filter = new OneEuroFilter(params);
      filter.filter(0, 0);
      for (let i = 1; i <= fps; i++) filter.filter(100, (i * 1000) / fps);
      expect(filter.filter(100, 1000 + 1000 / fps)).toBeCloseTo(
        100 - 100 * decayPerSecond * (1 + 1 / 30 / tau) ** (-30 / fps),
        9,
      );
    }
  });

  // Issue 13: a slow laptop analyses 10 frames a second. A threshold crossed by a steady movement
  // is seen on the first frame after it, on average half a frame interval late (50 ms at 10/s,
  // 17 ms at 30/s); with the paper's alpha, 1 / (1 + τ/Tₑ), the filter lags a ramp by τ at any rate,
  // so a 10/s analysis saw each crossing 33 ms later than a 30/s one, and a short hold at the end
  // of a clip fell under its minimum. An exponential decay in time lags a ramp by about τ − Tₑ/2:
  // crossings are seen as late, on average, at any rate.
  it('sees a steady movement cross a threshold at the same time, on average, at 10, 15 and 30 frames a second', () => {
    const slope = 20; // °/s: a head tilting
    const threshold = 40; // the raw angle crosses it at 2 s
    const meanSeenMs = (params: OneEuroParams, fps: number): number => {
      const phases = 40;
      let sum = 0;
      for (let k = 0; k < phases; k++) {
        const filter = new OneEuroFilter(params);
        for (let t = ((k + 0.5) / phases) * (1000 / fps); ; t += 1000 / fps) {
          if (filter.filter((slope * t) / 1000, t) >= threshold) {
            sum += t;
            break;
          }
        }
      }
      return sum / phases;
    };
    // The still-signal cut-offs of the limbs (1.2 Hz) and the head (0.5 Hz). (The speed term is not
    // rate-free: its speed is read against the smoothed value, as the common implementation does,
    // so it opens the filter a little more at 30/s; the smoothing presets were tuned with it.)
    for (const params of [PLAIN_LOW_PASS, { minCutoffHz: 0.5, beta: 0, derivativeCutoffHz: 1 }]) {
      const at30 = meanSeenMs(params, 30);
      const tau = 1000 / (2 * Math.PI * params.minCutoffHz);
      expect(at30).toBeGreaterThan(2000);
      expect(at30).toBeLessThan(2000 + tau + 1000 / 60 + 5); // the lag, and half a frame on average
      for (const fps of [10, 15]) expect(Math.abs(meanSeenMs(params, fps) - at30)).toBeLessThan(10);
    }
  });

  it('removes most of the jitter from a still joint angle', () => {
    const rng = createRng(3);
    const noise = new Map(times(30, 10_000).map((t) => [t, rng.gaussian(0, 2)]));
    const stamps = times(30, 10_000);
    const out = run(ANGLE_SMOOTHING, (t) => 120 + (noise.get(t) ?? 0), stamps).slice(30); // after 1 s
    const raw = stamps.slice(30).map((t) => noise.get(t) ?? 0);
    expect(std(out)).toBeLessThan(0.45 * std(raw));
    // And nearly as well as the plain low-pass it becomes when still.
    const plain = run(PLAIN_LOW_PASS, (t) => 120 + (noise.get(t) ?? 0), stamps).slice(30);
    expect(std(out)).toBeLessThan(1.25 * std(plain));
  });

  // Casiez, Roussel and Vogel (CHI 2012): a low cut-off at low speeds reduces jitter, and raising
  // it with speed reduces lag. So at the same smoothing of a still signal, the filter lags a
  // moving one much less than a fixed first-order low-pass does.
  it('lags a fast ramp far less than a plain low-pass that smooths a still signal as much', () => {
    const slope = 120; // °/s: an elbow bending 90° in three quarters of a second
    const ramp = (t: number) => (slope * Math.min(t, 1500)) / 1000;
    const stamps = times(30, 1500);
    const euro = run(ANGLE_SMOOTHING, ramp, stamps).at(-1) ?? 0;
    const plain = run(PLAIN_LOW_PASS, ramp, stamps).at(-1) ?? 0;
    const euroLag = ramp(1500) - euro;
    const plainLag = ramp(1500) - plain;
    expect(plainLag).toBeGreaterThan(12); // ≈ slope × τ = 120 × 0.13 s
    expect(euroLag).toBeGreaterThan(0);
    expect(euroLag).toBeLessThan(0.5 * plainLag);
  });

  it('settles on a step within a fraction of a second', () => {
    const stamps = times(30, 2000);
    const out = run(ANGLE_SMOOTHING, (t) => (t < 500 ? 90 : 150), stamps);
    const at = (tMs: number) => out[stamps.findIndex((t) => t >= tMs)] ?? Number.NaN;
    expect(at(400)).toBe(90);
    expect(at(1000)).toBeGreaterThan(145);
    expect(at(2000)).toBeCloseTo(150, 1);
  });

  it('smooths alike at 15 and 30 fps (time constants, not frame counts)', () => {
    const signal = (t: number) => 90 + 40 * Math.sin((2 * Math.PI * t) / 3000);
    const slow = times(15, 6000);
    const fast = times(30, 6000);
    const outSlow = run(ANGLE_SMOOTHING, signal, slow);
    const outFast = run(ANGLE_SMOOTHING, signal, fast);
    for (let i = 15; i < slow.length; i++) {
      const j = fast.indexOf(slow[i] ?? -1);
      expect(j).toBeGreaterThan(0);
      expect(Math.abs((outSlow[i] ?? 0) - (outFast[j] ?? 0))).toBeLessThan(2);
    }
  });
});
