import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/support/rng';
import { RepCounter, type RepOutcome, type RepRule } from './rep-counter';
import { above, below, passes } from './threshold';

/** An elbow angle: straight (170°) at rest, bent past 100° at the peak of a row. */
const ELBOW: RepRule = { start: above(150), peak: below(100), partial: below(130) };
/** An arm raise: hanging (≈10°) at rest, overhead (>140°) at the peak. */
const RAISE: RepRule = { start: below(30), peak: above(140) };

type Signal = (tMs: number) => number;

/** Rest, then `count` reps from `rest` to `turn` and back over `repMs`, each followed by rest. */
function repSignal(count: number, options: { rest?: number; turn?: number; repMs?: number; restMs?: number } = {}) {
  const { rest = 170, turn = 80, repMs = 2000, restMs = 500 } = options;
  const period = repMs + restMs;
  const signal: Signal = (t) => {
    const local = t - restMs;
    if (local < 0 || local >= count * period) return rest;
    const phase = local % period;
    if (phase >= repMs) return rest;
    return rest + ((turn - rest) * (1 - Math.cos((2 * Math.PI * phase) / repMs))) / 2;
  };
  return { signal, durationMs: restMs + count * period };
}

function sampleTimes(fps: number, durationMs: number): number[] {
  const count = Math.floor((durationMs * fps) / 1000) + 1;
  return Array.from({ length: count }, (_, i) => Math.round((i * 1000) / fps));
}

function run(rule: RepRule, samples: readonly (readonly [number, number])[]): RepOutcome[] {
  const counter = new RepCounter(rule);
  return samples.flatMap(([t, v]) => counter.update(v, t) ?? []);
}

const sampled = (signal: Signal, fps: number, durationMs: number): [number, number][] =>
  sampleTimes(fps, durationMs).map((t) => [t, signal(t)]);

const kinds = (outcomes: readonly RepOutcome[]) => outcomes.map((outcome) => outcome.kind);

describe('thresholds', () => {
  it('are passed strictly beyond their value', () => {
    expect(passes(99.9, below(100))).toBe(true);
    expect(passes(100, below(100))).toBe(false);
    expect(passes(150.1, above(150))).toBe(true);
    expect(passes(150, above(150))).toBe(false);
  });
});

describe('RepCounter', () => {
  it('counts each rest → peak → rest as one rep, from leaving the start to coming back', () => {
    const { signal, durationMs } = repSignal(5);
    const outcomes = run(ELBOW, sampled(signal, 30, durationMs));
    expect(kinds(outcomes)).toEqual(['rep', 'rep', 'rep', 'rep', 'rep']);
    // 170 → 80 → 170 as a raised cosine over 2 s crosses 150° at ≈ 0.31 s and ≈ 1.69 s.
    const first = outcomes[0];
    expect(first?.startMs).toBeGreaterThan(500 + 280);
    expect(first?.startMs).toBeLessThan(500 + 340);
    expect(first?.endMs).toBeGreaterThan(500 + 1660);
    expect(first?.endMs).toBeLessThan(500 + 1720);
  });

  it('counts the same motion sampled at 15 and at 30 fps the same', () => {
    const { signal, durationMs } = repSignal(8, { repMs: 1200, restMs: 300 });
    const slow = run(ELBOW, sampled(signal, 15, durationMs));
    const fast = run(ELBOW, sampled(signal, 30, durationMs));
    expect(kinds(slow)).toEqual(Array<string>(8).fill('rep'));
    expect(kinds(fast)).toEqual(kinds(slow));
    slow.forEach((outcome, i) => expect(Math.abs(outcome.endMs - (fast[i]?.endMs ?? 0))).toBeLessThanOrEqual(67));
  });

  it('counts a rep that jumps past the peak between two frames (a fast move at a low frame rate)', () => {
    const outcomes = run(ELBOW, [
      [0, 170],
      [400, 170],
      [500, 90],
      [1000, 90],
      [1100, 170],
    ]);
    expect(outcomes).toEqual([{ kind: 'rep', startMs: 500, endMs: 1100 }]);
  });

  it('works the other way up: a measure that rises to its peak', () => {
    const { signal, durationMs } = repSignal(3, { rest: 10, turn: 160 });
    expect(kinds(run(RAISE, sampled(signal, 30, durationMs)))).toEqual(['rep', 'rep', 'rep']);
    expect(new RepCounter(RAISE).peakIsLow).toBe(false);
    expect(new RepCounter(ELBOW).peakIsLow).toBe(true);
  });

  it('a noisy signal jittering inside the gap between the thresholds never counts', () => {
    const rng = createRng(7);
    const counter = new RepCounter(ELBOW);
    counter.update(170, 0);
    // Parked between 100° and 150° for a minute, jittering by up to ±22°.
    for (let t = 33; t < 60_000; t += 33) {
      expect(counter.update(125 + rng.range(-22, 22), t)).toBeNull();
    }
  });

  it('jitter around the start threshold is not a rep, nor a partial', () => {
    const rng = createRng(8);
    const samples = sampleTimes(30, 30_000).map((t): [number, number] => [t, 150 + rng.gaussian(0, 4)]);
    expect(run(ELBOW, samples)).toEqual([]);
  });

  it('jitter around the peak threshold is still one rep', () => {
    const rng = createRng(9);
    const samples: [number, number][] = [
      [0, 170],
      [300, 170],
      [600, 120],
    ];
    for (let t = 633; t < 5000; t += 33) samples.push([t, 100 + rng.gaussian(0, 5)]);
    samples.push([5300, 130], [5600, 170], [6000, 170]);
    expect(kinds(run(ELBOW, samples))).toEqual(['rep']);
  });

  it('reports a rep quicker than minRepMs as too fast, not as a rep', () => {
    const { signal, durationMs } = repSignal(2, { repMs: 450 });
    expect(kinds(run(ELBOW, sampled(signal, 30, durationMs)))).toEqual(['too-fast', 'too-fast']);
    expect(kinds(run({ ...ELBOW, minRepMs: 200 }, sampled(signal, 30, durationMs)))).toEqual(['rep', 'rep']);
  });

  it('reports a movement that passes the partial threshold but not the peak as a partial rep', () => {
    const { signal, durationMs } = repSignal(3, { turn: 115 });
    const outcomes = run(ELBOW, sampled(signal, 30, durationMs));
    expect(kinds(outcomes)).toEqual(['partial', 'partial', 'partial']);
    expect(outcomes[0]?.endMs).toBeGreaterThan(outcomes[0]?.startMs ?? Infinity);
  });

  it('ignores a small movement that does not reach the partial threshold, and partials without the rule', () => {
    const small = repSignal(3, { turn: 140 });
    expect(run(ELBOW, sampled(small.signal, 30, small.durationMs))).toEqual([]);
    const half = repSignal(3, { turn: 115 });
    expect(run({ start: ELBOW.start, peak: ELBOW.peak }, sampled(half.signal, 30, half.durationMs))).toEqual([]);
  });

  it('counts nothing until the person has been at the start (joining mid-rep)', () => {
    const outcomes = run(ELBOW, [
      [0, 90],
      [500, 90],
      [1500, 170],
      [2000, 170],
      [2500, 90],
      [3500, 170],
    ]);
    expect(outcomes).toEqual([{ kind: 'rep', startMs: 2500, endMs: 3500 }]);
  });

  it('abandons the rep under way when the person is unseen longer than maxGapMs', () => {
    const before: [number, number][] = [
      [0, 170],
      [500, 170],
      [800, 120],
      [1100, 90],
    ];
    // Unseen for 2 s, back at rest: what happened meanwhile is unknown.
    expect(run(ELBOW, [...before, [3100, 170], [3500, 170]])).toEqual([]);
    // A shorter gap keeps the rep.
    expect(kinds(run(ELBOW, [...before, [2100, 170]]))).toEqual(['rep']);
    // The limit is the rule's.
    expect(run({ ...ELBOW, maxGapMs: 500 }, [...before, [2100, 170]])).toEqual([]);
  });

  it('counts again normally after an abandoned rep', () => {
    const outcomes = run(ELBOW, [
      [0, 170],
      [500, 90],
      [3000, 170], // back after 2.5 s unseen: abandoned
      [3500, 170],
      [4000, 90],
      [5000, 170],
    ]);
    expect(outcomes).toEqual([{ kind: 'rep', startMs: 4000, endMs: 5000 }]);
  });

  it('says when a rep is under way, and in which phase', () => {
    const counter = new RepCounter(ELBOW);
    counter.update(170, 0);
    expect(counter.inRep).toBe(false);
    counter.update(120, 400);
    expect(counter.inRep).toBe(true);
    expect(counter.phase).toBe('out');
    counter.update(90, 800);
    expect(counter.phase).toBe('peak');
    counter.update(120, 1200);
    expect(counter.phase).toBe('back');
    expect(counter.inRep).toBe(true);
  });

  it('counts a rep held at its peak when the set ends, but not a flicker across the peak nor one on its way back', () => {
    const counterAt = (samples: readonly (readonly [number, number])[]) => {
      const counter = new RepCounter({ ...ELBOW, minRepMs: 800 });
      for (const [t, v] of samples) counter.update(v, t);
      return counter;
    };
    // Out at 400 ms, at the peak from 800 ms, still there at 1500 ms when the set ends: a rep.
    const held = counterAt([
      [0, 170],
      [400, 120],
      [800, 90],
      [1500, 88],
    ]);
    expect(held.endUnderWay(1500)).toEqual({ kind: 'rep', startMs: 400, endMs: 1500 });
    expect(held.inRep).toBe(false);
    expect(held.endUnderWay(1600)).toBeNull(); // counted once
    // Crossed the peak threshold 100 ms before the end: jitter near it, not a held rep.
    expect(
      counterAt([
        [0, 170],
        [400, 120],
        [1400, 99],
      ]).endUnderWay(1500),
    ).toBeNull();
    // Past the peak and on the way back: neither at the peak nor back at the start.
    expect(
      counterAt([
        [0, 170],
        [400, 120],
        [800, 90],
        [1400, 120],
      ]).endUnderWay(1500),
    ).toBeNull();
    // Too quick to be a rep, even held: the minimum still applies.
    expect(
      counterAt([
        [0, 170],
        [100, 90],
        [500, 90],
      ]).endUnderWay(500),
    ).toEqual({
      kind: 'too-fast',
      startMs: 100,
      endMs: 500,
    });
  });
});

describe('RepCounter: turnBack (the start as the person reaches it)', () => {
  const TURN: RepRule = { ...ELBOW, turnBack: { past: above(135), by: 8 } };
  /** From 170, reps down to 80 and back up to only `top`, without rest: the next rep turns there. */
  const shortReturns = (count: number, top: number) => {
    const halfMs = 750;
    const ease = (from: number, to: number, u: number) => from + ((to - from) * (1 - Math.cos(Math.PI * u))) / 2;
    const signal: Signal = (t) => {
      if (t < 500) return 170;
      const half = Math.floor((t - 500) / halfMs);
      if (half >= 2 * count) return top;
      const u = ((t - 500) % halfMs) / halfMs;
      return half % 2 === 0 ? ease(half === 0 ? 170 : top, 80, u) : ease(80, top, u);
    };
    return sampled(signal, 30, 500 + 2 * count * halfMs + 200);
  };

  it('counts reps that come back only to 140, each from the turn, where the plain rule merges them', () => {
    const samples = shortReturns(6, 140);
    expect(run(ELBOW, samples).length).toBeLessThan(2);
    const counter = new RepCounter(TURN);
    const outcomes = samples.flatMap(([t, v]) => counter.update(v, t) ?? []);
    const last = samples.at(-1);
    const end = last ? counter.endUnderWay(last[0]) : null;
    expect(kinds([...outcomes, ...(end ? [end] : [])])).toEqual(Array<string>(6).fill('rep'));
  });

  it('a bounce that turns short of `past` is no rep', () => {
    // Down to 80, up to 130 (short of 135), down to 80 again, then all the way back: one rep.
    const samples = sampled(
      (t) =>
        t < 500
          ? 170
          : t < 1500
            ? 170 - 0.09 * (t - 500)
            : t < 2500
              ? 80 + 0.05 * (t - 1500)
              : t < 3500
                ? 130 - 0.05 * (t - 2500)
                : Math.min(170, 80 + 0.09 * (t - 3500)),
      30,
      5000,
    );
    expect(kinds(run(TURN, samples))).toEqual(['rep']);
  });
});

describe('RepCounter: turnBack sized on the rep (share), and quick returns to the peak', () => {
  // A squeeze-like measure: rest 0, the peak below −0.055, a return counts past −0.045.
  const SQUEEZE: RepRule = {
    start: above(-0.02),
    peak: below(-0.055),
    partial: below(-0.04),
    turnBack: { past: above(-0.045), by: 0.02, share: 0.6 },
  };
  /** Piecewise-linear readings through the given [time, value] corners, at 20 fps. */
  const path = (corners: readonly (readonly [number, number])[]) => {
    const end = corners.at(-1)?.[0] ?? 0;
    return sampled(
      (t) => {
        const k = corners.findIndex(([ct]) => ct >= t);
        if (k <= 0) return corners[Math.max(0, k)]?.[1] ?? 0;
        const [t0, v0] = corners[k - 1] ?? [0, 0];
        const [t1, v1] = corners[k] ?? [0, 0];
        return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
      },
      20,
      end,
    );
  };

  it('a deep rep that comes back only to −0.035 (drift), then squeezes again, is two reps', () => {
    const samples = path([
      [0, 0],
      [1000, 0],
      [2000, -0.15],
      [5000, -0.15],
      [6000, -0.035],
      [6500, -0.035],
      [7500, -0.15],
      [10_000, -0.15],
      [11_000, 0],
      [12_000, 0],
    ]);
    expect(kinds(run(SQUEEZE, samples))).toEqual(['rep', 'rep']);
  });

  it('a shallow held rep wobbling across `past` is one rep: the wobble is under 60 % of its own depth', () => {
    const samples = path([
      [0, 0],
      [1000, 0],
      [2000, -0.065],
      [3000, -0.065],
      [3500, -0.043],
      [4000, -0.065],
      [5000, -0.065],
      [6000, 0],
      [7000, 0],
    ]);
    expect(kinds(run(SQUEEZE, samples))).toEqual(['rep']);
  });

  it('a return past `past` followed by a shallower rep is two reps, though it turns by less than `by`', () => {
    // Back to −0.04, then a second squeeze only to −0.058: 0.018 below the turn, short of `by`.
    const samples = path([
      [0, 0],
      [1000, 0],
      [2000, -0.1],
      [4000, -0.1],
      [5000, -0.04],
      [5300, -0.04],
      [5800, -0.058],
      [8000, -0.058],
      [9000, 0],
      [10_000, 0],
    ]);
    expect(kinds(run(SQUEEZE, samples))).toEqual(['rep', 'rep']);
  });
});

describe('RepCounter: restBound (thresholds from where the person rests)', () => {
  const TURN: RepRule = { start: below(15), peak: above(45), partial: above(25), restBound: 25 };
  /** Rest at `rest`, then `count` excursions of `by` from it, fed as the engine does: rest frames observed. */
  function turns(rule: RepRule, rest: number, by: number, count = 4) {
    const counter = new RepCounter(rule);
    const outcomes: RepOutcome[] = [];
    const signal: Signal = (t) => {
      const local = t - 1000;
      if (local < 0 || local >= count * 3000) return rest;
      const phase = local % 3000;
      return phase >= 2000 ? rest : rest + (by * (1 - Math.cos((2 * Math.PI * phase) / 2000))) / 2;
    };
    for (const [t, v] of sampled(signal, 30, 1000 + count * 3000 + 500)) {
      if (!counter.inRep) counter.observeRest(v, t);
      const outcome = counter.update(v, t);
      if (outcome) outcomes.push(outcome);
    }
    return { outcomes, rest: counter.rest };
  }

  it('a person resting at −20° turning 50° counts every turn; without the rule none', () => {
    expect(turns({ ...TURN, restBound: undefined }, -20, 50).outcomes.filter((o) => o.kind === 'rep')).toHaveLength(0);
    const { outcomes, rest } = turns(TURN, -20, 50);
    expect(kinds(outcomes)).toEqual(['rep', 'rep', 'rep', 'rep']);
    expect(rest).toBeCloseTo(-20, 0);
  });

  it('the rest is held within its bound, so a far-off rest never makes a small turn a rep', () => {
    const { outcomes, rest } = turns(TURN, -40, 30);
    expect(rest).toBe(-25);
    expect(outcomes.filter((o) => o.kind === 'rep')).toHaveLength(0);
  });
});

describe('RepCounter: restBound as a range (a rest away from 0)', () => {
  /** A lift read from a tilted camera: lying flat reads `rest`, each lift rises `by` from it. */
  const LIFT: RepRule = { start: below(9), peak: above(13), partial: above(11), restBound: [-35, 3] };
  function lifts(rule: RepRule, rest: number, by: number, count = 4, lead: Signal = () => rest) {
    const counter = new RepCounter(rule);
    const outcomes: RepOutcome[] = [];
    const signal: Signal = (t) => {
      const local = t - 2000;
      if (local < 0) return lead(t);
      if (local >= count * 3000) return rest;
      const phase = local % 3000;
      return phase >= 2000 ? rest : rest + (by * (1 - Math.cos((2 * Math.PI * phase) / 2000))) / 2;
    };
    for (const [t, v] of sampled(signal, 30, 2000 + count * 3000 + 500)) {
      if (!counter.inRep) counter.observeRest(v, t);
      const outcome = counter.update(v, t);
      if (outcome) outcomes.push(outcome);
    }
    return { outcomes, rest: counter.rest };
  }

  it('resting at −16° (camera tilted down), a 18° lift counts every time; read from level, none', () => {
    const level: RepRule = { start: below(0), peak: above(6), partial: above(3) };
    expect(lifts(level, -16, 18).outcomes.filter((o) => o.kind === 'rep')).toHaveLength(0);
    const { outcomes, rest } = lifts(LIFT, -16, 18);
    expect(kinds(outcomes)).toEqual(['rep', 'rep', 'rep', 'rep']);
    expect(rest).toBeCloseTo(-16, 0);
  });

  it('until a rest is learnt it is taken at the end towards the peak: resting never reads as a lift', () => {
    const counter = new RepCounter(LIFT);
    expect(counter.rest).toBe(3);
    // Someone resting level (0°) from the first frame, never still enough to learn from: the
    // counter stays at its start, so the first lift is read from +3° and still counts.
    for (let t = 0; t < 1000; t += 33) counter.update(0, t);
    expect(counter.phase).toBe('start');
  });

  it('the rest follows a still reading up only slowly: the slow start of each lift does not carry it up', () => {
    // Slow small lifts (6 s each, 15° from −16°, half a second apart): the first second of each
    // is still enough to learn from.
    const slow: Signal = (t) => -16 + (15 * (1 - Math.cos((2 * Math.PI * (t % 6500)) / 6000))) / 2;
    const counter = new RepCounter(LIFT);
    const outcomes: RepOutcome[] = [];
    for (const [t, v] of sampled((t) => (t % 6500 >= 6000 ? -16 : slow(t)), 30, 32_000)) {
      if (!counter.inRep) counter.observeRest(v, t);
      const outcome = counter.update(v, t);
      if (outcome) outcomes.push(outcome);
    }
    expect(kinds(outcomes)).toEqual(['rep', 'rep', 'rep', 'rep', 'rep']);
    expect(counter.rest).toBeLessThan(-14);
  });

  it('a lift of 12° from the rest is a partial, never a rep', () => {
    expect(kinds(lifts(LIFT, -16, 12).outcomes)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });
});
