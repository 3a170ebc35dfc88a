import { describe, expect, it } from 'vitest';
import { AdaptiveQuality, nextStep, type QualityStep } from './adaptive-quality';

/** Runs `seconds` of a camera at `cameraFps` with `analysedFps` of its frames analysed. */
function run(quality: AdaptiveQuality, seconds: number, cameraFps: number, analysedFps: number, fromMs = 0) {
  const steps: { atMs: number; step: QualityStep }[] = [];
  const end = fromMs + seconds * 1000;
  let nextAnalysis = fromMs;
  for (let t = fromMs; t < end; t += 1000 / cameraFps) {
    quality.frameArrived(t);
    if (t >= nextAnalysis) {
      nextAnalysis += 1000 / analysedFps;
      const step = quality.frameAnalysed(t);
      if (step) steps.push({ atMs: t, step });
    }
  }
  return steps;
}

describe('adaptive quality', () => {
  it('steps down from the full model to lite when only 10 of 30 frames a second are analysed', () => {
    const quality = new AdaptiveQuality({ model: 'full', inputWidth: 1280 });
    const steps = run(quality, 10, 30, 10);
    expect(steps.map((s) => s.step)).toEqual([{ kind: 'model', model: 'lite' }]);
    // Not before it has settled and seen a whole window of slowness.
    expect(steps[0]?.atMs).toBeGreaterThanOrEqual(8000);
    expect(quality.current).toEqual({ model: 'lite', inputWidth: 1280 });
  });

  it('then to a smaller picture, one step per settled window, and stops when nothing is left', () => {
    const quality = new AdaptiveQuality({ model: 'lite', inputWidth: 1280 });
    const steps = run(quality, 40, 30, 8);
    expect(steps.map((s) => s.step)).toEqual([
      { kind: 'input', width: 640 },
      { kind: 'input', width: 320 },
    ]);
    const [first, second] = steps;
    expect((second?.atMs ?? 0) - (first?.atMs ?? 0)).toBeGreaterThanOrEqual(8000);
  });

  it('changes nothing when analysis keeps up, however slow the camera is', () => {
    expect(run(new AdaptiveQuality({ model: 'heavy', inputWidth: 1280 }), 30, 30, 25)).toEqual([]);
    // A dim room: the camera itself gives 12 frames a second, every one of them analysed.
    expect(run(new AdaptiveQuality({ model: 'heavy', inputWidth: 1280 }), 30, 12, 12)).toEqual([]);
  });

  it('steps heavy → full → lite, then the picture', () => {
    expect(nextStep({ model: 'heavy', inputWidth: 1280 })).toEqual({ kind: 'model', model: 'full' });
    expect(nextStep({ model: 'full', inputWidth: 1280 })).toEqual({ kind: 'model', model: 'lite' });
    expect(nextStep({ model: 'lite', inputWidth: 1280 })).toEqual({ kind: 'input', width: 640 });
    expect(nextStep({ model: 'lite', inputWidth: 320 })).toBeNull();
  });

  it('judges afresh after restart() (a new source or a model chosen by the person)', () => {
    const quality = new AdaptiveQuality({ model: 'full', inputWidth: 1280 });
    run(quality, 6, 30, 10);
    quality.restart({ model: 'full', inputWidth: 1280 });
    // Six more slow seconds are not enough after a restart: it settles for 3 s, then judges 5 s.
    expect(run(quality, 6, 30, 10, 6000)).toEqual([]);
  });
});
