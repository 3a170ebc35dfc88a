import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/support/rng';
import { dwellLevel, timeAtTop, timeBeyond, type Sample } from './plateau';
import { Track } from './track';
import { above, below } from './threshold';

/**
 * A rep as a smooth signal: `restMs` at `rest`, a half-cosine rise over `riseMs` to `top`, a pause
 * of `pauseMs`, the same way back, and rest again. Near the top (within 20 % of the range) a
 * half-cosine spends 29.5 % of its duration (acos(−0.6) / π = 0.705), so the known answer is
 * `pauseMs + 2 × 0.295 × riseMs`.
 */
function rep(o: { rest?: number; top?: number; restMs?: number; riseMs?: number; pauseMs: number }) {
  const { rest = 0, top = 10, restMs = 1000, riseMs = 1000, pauseMs } = o;
  const ease = (u: number) => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, u)))) / 2;
  const at = (t: number): number => {
    const up = t - restMs;
    const down = t - restMs - riseMs - pauseMs;
    if (up < riseMs) return rest + (top - rest) * ease(up / riseMs);
    if (down < 0) return top;
    return rest + (top - rest) * (1 - ease(down / riseMs));
  };
  return { at, durationMs: 2 * restMs + 2 * riseMs + pauseMs, known: pauseMs + 2 * 0.2952 * riseMs };
}

/** The signal sampled at `fps` with Gaussian noise of `sigma` and a slow drift of `driftAmp` (both in the signal's unit). */
function sample(
  at: (t: number) => number,
  durationMs: number,
  o: { fps: number; sigma?: number; driftAmp?: number; seed?: number },
): Sample[] {
  const rng = createRng(o.seed ?? 1);
  const out: Sample[] = [];
  for (let t = 0; t <= durationMs; t += 1000 / o.fps) {
    const drift = (o.driftAmp ?? 0) * Math.sin((2 * Math.PI * t) / 1700);
    out.push({ timeMs: t, value: at(t) + drift + rng.gaussian(0, o.sigma ?? 0) });
  }
  return out;
}

/** The samples from the first to the last beyond `threshold` (where a counter calls the rep under way). */
function inRep(samples: readonly Sample[], threshold: number): Sample[] {
  const first = samples.findIndex((s) => s.value > threshold);
  const last = samples.findLastIndex((s) => s.value > threshold);
  return samples.slice(first, last + 1);
}

describe('time beyond a level', () => {
  it('interpolates the crossings between samples', () => {
    const triangle = [
      { timeMs: 0, value: 0 },
      { timeMs: 100, value: 10 },
      { timeMs: 200, value: 0 },
    ];
    expect(timeBeyond(triangle, 5)).toBeCloseTo(100, 6);
    expect(timeBeyond(triangle, 7.5)).toBeCloseTo(50, 6);
    // Mirrored: the same time below −5 of the negated signal.
    expect(
      timeBeyond(
        triangle.map((s) => ({ ...s, value: -s.value })),
        -5,
        true,
      ),
    ).toBeCloseTo(100, 6);
  });

  it('reads the same at 15 and 30 fps (integrated, not counted)', () => {
    const { at, durationMs } = rep({ pauseMs: 1000 });
    const at15 = timeBeyond(sample(at, durationMs, { fps: 15 }), 8);
    const at30 = timeBeyond(sample(at, durationMs, { fps: 30 }), 8);
    expect(Math.abs(at15 - at30)).toBeLessThan(25);
    expect(at30).toBeCloseTo(1000 + 2 * 0.2952 * 1000, -1.5);
  });
});

describe('the level a rep dwells at', () => {
  it('is not set by one noisy frame', () => {
    const samples = sample(rep({ pauseMs: 1200 }).at, 5200, { fps: 15 });
    // One frame in the middle of the pause reads 6 higher (67 ms at 15 fps).
    const spiked = samples.map((s, i) => (i === 36 ? { ...s, value: 16 } : s));
    expect(Math.max(...spiked.map((s) => s.value))).toBe(16);
    expect(dwellLevel(spiked)).toBeCloseTo(10, 1);
  });

  it('of a rep turning straight back is within a few percent of its peak', () => {
    const { at, durationMs } = rep({ pauseMs: 0, riseMs: 650 });
    const level = dwellLevel(sample(at, durationMs, { fps: 15 }));
    expect(level).toBeGreaterThan(9.6);
    expect(level).toBeLessThanOrEqual(10);
  });

  it('mirrors for a peak that is low (a cat-cow head dropping)', () => {
    const { at, durationMs } = rep({ rest: -8, top: -60, pauseMs: 3000 });
    expect(dwellLevel(sample(at, durationMs, { fps: 16 }), 150, true)).toBeCloseTo(-60, 1);
  });
});

describe('time at the top', () => {
  it.each([15, 17, 24, 30])('reads a 1.2 s pause through noise and drift at %i fps', (fps) => {
    // Noise σ 4 % of the range and a ±8 % drift: what the population's fitted noise does to a
    // superman's lift after the engine's smoothing.
    const { at, durationMs, known } = rep({ rest: -15, top: 10, pauseMs: 1200 });
    for (let seed = 1; seed <= 20; seed++) {
      const samples = sample(at, durationMs, { fps, sigma: 1, driftAmp: 2, seed });
      expect(Math.abs(timeAtTop(samples, -15) - known)).toBeLessThan(300);
      expect(timeAtTop(samples, -15)).toBeGreaterThan(1000);
    }
  });

  it.each([15, 30])('a rep with no pause stays short at %i fps (the fault stays detectable)', (fps) => {
    // A superman at 1× tempo without a pause: 1.2 s up and back; at 0.8× tempo 1.5 s.
    for (const riseMs of [600, 750]) {
      const { at, durationMs, known } = rep({ rest: -15, top: 10, pauseMs: 0, riseMs });
      for (let seed = 1; seed <= 20; seed++) {
        const read = timeAtTop(sample(at, durationMs, { fps, sigma: 1, driftAmp: 2, seed }), -15);
        expect(Math.abs(read - known)).toBeLessThan(250);
        expect(read).toBeLessThan(800);
      }
    }
  });

  it('measures the range from the rest, not from where the rep crossed the start', () => {
    // A small lift: rest −15, top 8, a counter's start at 0. From the crossing, 20 % of what is
    // left (1.6) is inside the drift and a 1.2 s pause reads short; from the rest it reads whole.
    const { at, durationMs, known } = rep({ rest: -15, top: 8, pauseMs: 1200 });
    const samples = sample(at, durationMs, { fps: 17, sigma: 0.6, driftAmp: 2.5, seed: 3 });
    const rep_ = inRep(samples, 0);
    expect(timeAtTop(rep_, Math.min(...rep_.map((s) => s.value)))).toBeLessThan(800);
    expect(Math.abs(timeAtTop(rep_, -15) - known)).toBeLessThan(300);
  });

  it('is 0 without samples', () => {
    expect(timeAtTop([], 0)).toBe(0);
  });
});

describe("a track's rep", () => {
  /** A superman-like counter: rest well below 0, a rep past 6. */
  const track = () =>
    new Track<'lift'>(
      null,
      'lift',
      { kind: 'reps', measure: 'lift', start: below(0), peak: above(6), minRepMs: 800 },
      'deg',
    );

  it.each([15, 30])('times the pause from the rest the rep left, at %i fps', (fps) => {
    const { at, durationMs, known } = rep({ rest: -15, top: 8, pauseMs: 1200 });
    const t = track();
    const reps = sample(at, durationMs, { fps, sigma: 0.6, driftAmp: 2.5, seed: 3 })
      .map((s) => t.update({ lift: s.value }, s.timeMs))
      .filter((o) => o?.type === 'rep');
    expect(reps).toHaveLength(1);
    const topMs = reps[0]?.type === 'rep' ? reps[0].rep.stats.topMs : 0;
    expect(Math.abs(topMs - known)).toBeLessThan(300);
  });
});
