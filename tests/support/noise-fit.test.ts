import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANDMARK_NAMES } from '../../src/pose/landmarks';
import { expandTrace, unpackTrace } from '../replay/compact-trace';
import { TRACES } from '../replay/footage-clips';
import { FITTED_NOISE } from './fitted-noise';
import { addNoise } from './noise';
import { fitNoise } from './noise-fit';
import { renderFrames } from './frames';
import { DEFAULT_REAL_DEPTH } from './real-depth';
import { seated, hold } from '../../src/puppet';

const traces = readdirSync(TRACES)
  .filter((file) => file.endsWith('.json.gz'))
  .sort()
  .map((file) => ({
    id: file.replace(/\.json\.gz$/, ''),
    frames: expandTrace(unpackTrace(readFileSync(join(TRACES, file)))),
  }));

const significant = (x: number): number => Number(x.toPrecision(3));

describe('the noise model fitted on the real traces', () => {
  const fit = fitNoise(traces);

  it('matches the committed numbers (re-fit from tests/fixtures/footage-traces)', () => {
    const { clips, ...numbers } = fit;
    // The 10-fps gif is the one trace left out (the filters assume ~30 fps).
    expect(clips.length).toBe(traces.length - 1);
    const refit = {
      ...numbers,
      jitter: numbers.jitter.map(significant),
      worldAcross: numbers.worldAcross.map(significant),
      shared: { face: significant(numbers.shared.face), hand: significant(numbers.shared.hand) },
    };
    for (const [key, value] of Object.entries(numbers)) {
      if (typeof value === 'number') Object.assign(refit, { [key]: significant(value) });
    }
    // On a mismatch, this failure prints the new numbers to paste into fitted-noise.ts.
    expect(refit).toEqual(FITTED_NOISE);
  });

  it('reads the hands as the noisiest landmarks and the hips and shoulders as the steadiest', () => {
    const at = (name: (typeof LANDMARK_NAMES)[number]): number => fit.jitter[LANDMARK_NAMES.indexOf(name)] ?? 0;
    for (const hand of ['left_wrist', 'right_wrist', 'left_index', 'right_index'] as const) {
      for (const trunk of ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'] as const) {
        expect(at(hand)).toBeGreaterThan(3 * at(trunk));
      }
    }
    // Depth is the noisier axis of the world landmarks (issue 14: "depth is much noisier").
    expect(fit.worldDepthCm).toBeGreaterThan(1.5 * fit.worldAcrossCm);
  });

  it('reads the world jitter per landmark: the shoulders and ears under the median, the hands over it', () => {
    // A single median (pooled with the hands and the legs out of view) put 0.93 cm on the
    // shoulders and ears, and a still person's world shoulder lift wandered like a small shoulder
    // roll (shoulder-roll.still.test.ts); on the real traces they jitter 0.44–0.62 cm.
    const at = (name: (typeof LANDMARK_NAMES)[number]): number => fit.worldAcross[LANDMARK_NAMES.indexOf(name)] ?? 0;
    for (const still of ['left_shoulder', 'right_shoulder', 'left_ear', 'right_ear'] as const) {
      expect(at(still)).toBeLessThan(0.75 * fit.worldAcrossCm);
    }
    for (const hand of ['left_wrist', 'right_wrist'] as const) expect(at(hand)).toBeGreaterThan(fit.worldAcrossCm);
    // World landmarks are centred between the hips, so the hips hardly move in them.
    for (const hip of ['left_hip', 'right_hip'] as const) expect(at(hip)).toBeLessThan(0.2);
  });

  it('agrees with real-depth.ts: its steady trunk depth is no more than the fitted depth jitter', () => {
    // real-depth.ts adds the arms' depth offsets and slow wander (fitted where the true depth is
    // known); on the trunk it adds a little wander, which the traces' still trunks bear out: their
    // depth wanders no more than their frame-to-frame jitter explains.
    expect(fit.bodyDepthWanderCm).toBeLessThanOrEqual(DEFAULT_REAL_DEPTH.bodyWanderCm);
    expect(DEFAULT_REAL_DEPTH.bodyWanderCm).toBeLessThan(fit.worldDepthCm);
    expect(DEFAULT_REAL_DEPTH.wanderCm).toBeGreaterThan(fit.worldDepthCm);
  });

  it('recovers known noise from a still puppet (the fit measures what it claims)', () => {
    const frames = addNoise(renderFrames(hold(seated, 20_000), { fps: 30 }), {
      seed: 3,
      imageSigmaPx: 2,
      correlation: 0.6,
      worldSigmaCm: 1,
      worldDepthSigmaCm: 2,
      visibilitySigma: 0,
    });
    const known = fitNoise([{ id: 'puppet', frames }]);
    expect(known.jitterCorrelation).toBeGreaterThan(0.5);
    expect(known.jitterCorrelation).toBeLessThan(0.7);
    // The seated puppet is ~330 px tall in the laptop camera: 2 px is ~0.6 % of it.
    const sizes = known.jitter.filter((_, i) => i >= 11 && i <= 16);
    for (const s of sizes) expect(s * 330).toBeGreaterThan(1.6);
    for (const s of sizes) expect(s * 330).toBeLessThan(2.6);
    expect(known.worldAcrossCm).toBeGreaterThan(0.8);
    expect(known.worldAcrossCm).toBeLessThan(1.2);
    expect(known.worldDepthCm).toBeGreaterThan(1.6);
    expect(known.worldDepthCm).toBeLessThan(2.4);
  });
});
