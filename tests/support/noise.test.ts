import { describe, expect, it } from 'vitest';
import { LANDMARK } from '../../src/pose/landmarks';
import type { PoseFrame } from '../../src/pose/types';
import { addNoise, createRng, renderFrame, rowStart, standing, type NoiseOptions } from './index';
import { onlyPose, standardDeviation } from './test-geometry';

/** The same clean frame over and over, so every change is the noise. */
function still(count: number, puppet = standing): PoseFrame[] {
  const frame = renderFrame(puppet, 0);
  return Array.from({ length: count }, (_, i) => ({ ...frame, timestampMs: Math.round((i * 1000) / 30) }));
}

const series = (frames: readonly PoseFrame[], pick: (f: PoseFrame) => number): number[] =>
  frames.filter((f) => f.poses.length > 0).map(pick);

const WRIST = LANDMARK.left_wrist;

describe('jitter', () => {
  const clean = still(1500);

  it.each([1.5, 4])('has the requested image sigma (%f px) around the clean position', (sigma) => {
    const noisy = addNoise(clean, { seed: 11, imageSigmaPx: sigma });
    const truth = onlyPose(clean[0] as PoseFrame).image[WRIST];
    const xs = series(noisy, (f) => (onlyPose(f).image[WRIST]?.x ?? 0) * 640);
    const ys = series(noisy, (f) => (onlyPose(f).image[WRIST]?.y ?? 0) * 480);
    expect(standardDeviation(xs) / sigma).toBeGreaterThan(0.9);
    expect(standardDeviation(xs) / sigma).toBeLessThan(1.1);
    expect(standardDeviation(ys) / sigma).toBeGreaterThan(0.9);
    expect(standardDeviation(ys) / sigma).toBeLessThan(1.1);
    const meanX = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(Math.abs(meanX - (truth?.x ?? 0) * 640)).toBeLessThan(0.3 * sigma);
  });

  it('has the requested world sigma in centimetres', () => {
    const noisy = addNoise(clean, { seed: 5, worldSigmaCm: 2 });
    const zs = series(noisy, (f) => onlyPose(f).world[WRIST]?.z ?? 0);
    expect(standardDeviation(zs)).toBeGreaterThan(0.018);
    expect(standardDeviation(zs)).toBeLessThan(0.022);
  });

  it('drifts from frame to frame with the requested correlation', () => {
    for (const correlation of [0, 0.6, 0.9]) {
      const noisy = addNoise(clean, { seed: 3, correlation });
      const xs = series(noisy, (f) => onlyPose(f).image[WRIST]?.x ?? 0);
      const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
      let num = 0;
      let den = 0;
      for (let i = 0; i < xs.length; i++) {
        const d = (xs[i] ?? 0) - mean;
        den += d * d;
        if (i > 0) num += d * ((xs[i - 1] ?? 0) - mean);
      }
      expect(Math.abs(num / den - correlation)).toBeLessThan(0.08);
    }
  });

  it('keeps visibility within [0, 1]', () => {
    const noisy = addNoise(still(200), { seed: 1, visibilitySigma: 0.2 });
    const all = noisy.flatMap((frame) => onlyPose(frame).image.map((l) => l.visibility));
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...all)).toBe(1); // clamped, not overshooting
  });
});

describe('seeds', () => {
  const clean = still(30, rowStart);
  const options: NoiseOptions = { seed: 42, dropRate: 0.1 };

  it('same seed, identical frames; another seed, different frames', () => {
    expect(addNoise(clean, options)).toEqual(addNoise(clean, options));
    expect(addNoise(clean, { ...options, seed: 43 })).not.toEqual(addNoise(clean, options));
  });

  it('leaves the input untouched', () => {
    const copy = structuredClone(clean);
    addNoise(clean, options);
    expect(clean).toEqual(copy);
  });

  it('the generator is reproducible and roughly normal', () => {
    const a = createRng(7);
    const b = createRng(7);
    const draws = Array.from({ length: 20000 }, () => a.gaussian());
    expect(Array.from({ length: 5 }, () => b.gaussian())).toEqual(draws.slice(0, 5));
    expect(Math.abs(draws.reduce((s, v) => s + v, 0) / draws.length)).toBeLessThan(0.03);
    expect(Math.abs(standardDeviation(draws) - 1)).toBeLessThan(0.03);
  });
});

describe('faults', () => {
  const clean = still(1000);

  it('drops frames at the requested rate, as frames with no person', () => {
    const noisy = addNoise(clean, { seed: 9, dropRate: 0.2 });
    const dropped = noisy.filter((f) => f.poses.length === 0).length;
    expect(dropped / noisy.length).toBeGreaterThan(0.16);
    expect(dropped / noisy.length).toBeLessThan(0.24);
    expect(noisy.map((f) => f.timestampMs)).toEqual(clean.map((f) => f.timestampMs));
  });

  it('drops every frame inside a drop range and none outside', () => {
    const noisy = addNoise(clean, { seed: 9, dropRanges: [{ startMs: 1000, endMs: 2000 }] });
    const wrong = noisy.filter((f) => {
      const inside = f.timestampMs >= 1000 && f.timestampMs < 2000;
      return (f.poses.length === 0) !== inside;
    });
    expect(wrong).toEqual([]);
    expect(noisy.filter((f) => f.poses.length === 0)).toHaveLength(30);
  });

  it('swaps left and right labels inside a swap range', () => {
    const side = still(60, rowStart);
    const noisy = addNoise(side, {
      seed: 1,
      imageSigmaPx: 0,
      worldSigmaCm: 0,
      visibilitySigma: 0,
      swapRanges: [{ startMs: 1000, endMs: 1500 }],
    });
    const clean = onlyPose(side[0] as PoseFrame);
    const swapped = onlyPose(noisy[31] as PoseFrame);
    const kept = onlyPose(noisy[10] as PoseFrame);
    expect(swapped.image[LANDMARK.left_wrist]).toEqual(clean.image[LANDMARK.right_wrist]);
    expect(swapped.world[LANDMARK.right_knee]).toEqual(clean.world[LANDMARK.left_knee]);
    expect(swapped.image[LANDMARK.nose]).toEqual(clean.image[LANDMARK.nose]);
    expect(kept.image[LANDMARK.left_wrist]).toEqual(clean.image[LANDMARK.left_wrist]);
  });

  it('glitches move and hide the named landmarks for a while', () => {
    const noisy = addNoise(clean.slice(0, 60), {
      seed: 1,
      imageSigmaPx: 0,
      worldSigmaCm: 0,
      visibilitySigma: 0,
      glitches: [{ startMs: 500, endMs: 700, landmarks: ['left_wrist'], offsetPx: { x: 64, y: 0 }, visibility: 0.1 }],
    });
    const before = onlyPose(noisy[0] as PoseFrame).image[WRIST];
    const during = onlyPose(noisy[18] as PoseFrame).image[WRIST];
    expect((during?.x ?? 0) - (before?.x ?? 0)).toBeCloseTo(0.1, 9);
    expect(during?.visibility).toBe(0.1);
    expect(onlyPose(noisy[30] as PoseFrame).image[WRIST]).toEqual(before);
  });
});
