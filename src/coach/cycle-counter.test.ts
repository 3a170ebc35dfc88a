import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/support/rng';
import { CycleCounter, type CycleOutcome, type CycleRule } from './cycle-counter';

/** A head circle in (tilt, nod) degrees: 20° wide, not circling within 8° of the centre. */
const RULE: CycleRule = { minRadius: 8 };

interface Path {
  readonly durationMs: number;
  /** The point at a time. */
  at(tMs: number): { x: number; y: number };
}

/**
 * From rest at the centre, out to the circle (800 ms), `count` circles at constant speed
 * (+1 counter-clockwise in the measures' axes, −1 clockwise), back to the centre (800 ms).
 */
function circling(count: number, direction: 1 | -1, options: { periodMs?: number; radius?: number } = {}): Path {
  const { periodMs = 4000, radius = 20 } = options;
  const rampMs = 800;
  const sweepMs = count * periodMs;
  return {
    durationMs: 2 * rampMs + sweepMs,
    at(t) {
      const r =
        t < rampMs
          ? (radius * t) / rampMs
          : t > rampMs + sweepMs
            ? radius * (1 - (t - rampMs - sweepMs) / rampMs)
            : radius;
      const phase = (direction * 2 * Math.PI * Math.min(Math.max(t - rampMs, 0), sweepMs)) / periodMs;
      return { x: r * Math.cos(phase), y: r * Math.sin(phase) };
    },
  };
}

/** One path after another. */
function then(...paths: readonly Path[]): Path {
  return {
    durationMs: paths.reduce((sum, path) => sum + path.durationMs, 0),
    at(t) {
      let start = 0;
      for (const path of paths) {
        if (t <= start + path.durationMs) return path.at(t - start);
        start += path.durationMs;
      }
      return paths.at(-1)?.at(t - start) ?? { x: 0, y: 0 };
    },
  };
}

const still = (durationMs: number, x = 0, y = 0): Path => ({ durationMs, at: () => ({ x, y }) });

function run(
  path: Path,
  options: { rule?: CycleRule; fps?: number; noise?: number; seed?: number; offset?: (t: number) => number } = {},
): CycleOutcome[] {
  const { rule = RULE, fps = 30, noise = 0, seed = 1, offset = () => 0 } = options;
  const rng = createRng(seed);
  const counter = new CycleCounter(rule);
  const outcomes: CycleOutcome[] = [];
  const frames = Math.floor((path.durationMs * fps) / 1000) + 1;
  for (let i = 0; i < frames; i++) {
    const t = Math.round((i * 1000) / fps);
    const p = path.at(t);
    const outcome = counter.update(
      p.x + offset(t) + rng.gaussian(0, noise),
      p.y + offset(t) / 2 + rng.gaussian(0, noise),
      t,
    );
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

const directions = (outcomes: readonly CycleOutcome[]) => outcomes.map((outcome) => outcome.direction);

describe('CycleCounter', () => {
  it('counts full circles, and tells their direction from the sign of the sweep', () => {
    expect(directions(run(circling(3, 1)))).toEqual(Array<string>(3).fill('counter-clockwise'));
    expect(directions(run(circling(3, -1)))).toEqual(Array<string>(3).fill('clockwise'));
  });

  it('gives each circle its start and end time, about one period apart', () => {
    const outcomes = run(circling(3, 1, { periodMs: 5000 }));
    expect(outcomes).toHaveLength(3);
    for (const outcome of outcomes.slice(1)) {
      expect(outcome.endMs - outcome.startMs).toBeGreaterThan(4800);
      expect(outcome.endMs - outcome.startMs).toBeLessThan(5200);
    }
  });

  // Issue 13: many laptops analyse only 10–15 frames a second; the circles must count the same there.
  it('counts the same circles, the same way round and as long, at 30, 15 and 10 fps, with jitter', () => {
    for (const fps of [30, 15, 10]) {
      for (const seed of [1, 2]) {
        const outcomes = run(circling(4, -1, { periodMs: 3000 }), { fps, noise: 1.5, seed });
        expect(directions(outcomes), `${fps} fps`).toEqual(Array<string>(4).fill('clockwise'));
        for (const outcome of outcomes.slice(1)) {
          expect(Math.abs(outcome.endMs - outcome.startMs - 3000), `${fps} fps`).toBeLessThan(250);
        }
      }
    }
  });

  it('counts circles under detector jitter', () => {
    for (const seed of [1, 2, 3]) {
      expect(directions(run(circling(3, 1), { noise: 1.5, seed }))).toEqual(Array<string>(3).fill('counter-clockwise'));
    }
  });

  it('counts a set’s last circle that ends a few degrees short, but not one stopped well short', () => {
    const arc = (degrees: number): Path => {
      const sweepMs = (degrees / 360) * 4000;
      return {
        durationMs: 1600 + sweepMs,
        at(t) {
          const r = t < 800 ? (20 * t) / 800 : t > 800 + sweepMs ? 20 * (1 - (t - 800 - sweepMs) / 800) : 20;
          const a = (Math.min(Math.max(t - 800, 0), sweepMs) / 4000) * 2 * Math.PI;
          return { x: r * Math.cos(a), y: r * Math.sin(a) };
        },
      };
    };
    const fixedCentre = { rule: { ...RULE, centreTimeConstantS: 1000 } };
    expect(run(arc(3 * 360 - 10), fixedCentre)).toHaveLength(3);
    // The slack is given once per set, not per circle: three circles 30° short each are two.
    expect(run(arc(3 * 330), fixedCentre)).toHaveLength(2);
  });

  it('does not count circles too small to be deliberate', () => {
    expect(run(circling(5, 1, { radius: 6 }))).toEqual([]);
  });

  it('does not count circles quicker than minCycleMs', () => {
    expect(run(circling(5, 1, { periodMs: 1000 }))).toEqual([]);
    expect(run(circling(5, 1, { periodMs: 2500 }), { rule: { ...RULE, minCycleMs: 3000 } })).toEqual([]);
    expect(run(circling(5, 1, { periodMs: 2500 }))).toHaveLength(5);
  });

  it('counts nothing for a point held still off-centre with jitter', () => {
    expect(run(then(circling(0, 1), still(30_000, 20, 0)), { noise: 1.5 })).toEqual([]);
  });

  it('does not add up rocking back and forth along an arc into circles', () => {
    // Out to the circle, then ±45° either side of it every 2 s for 30 s, the centre held fixed.
    const rock: Path = {
      durationMs: 30_800,
      at(t) {
        const r = t < 800 ? (20 * t) / 800 : 20;
        const a = t < 800 ? 0 : (Math.PI / 4) * Math.sin((2 * Math.PI * (t - 800)) / 2000);
        return { x: r * Math.cos(a), y: r * Math.sin(a) };
      },
    };
    expect(run(rock, { rule: { ...RULE, centreTimeConstantS: 1000 } })).toEqual([]);
    expect(run(rock)).toEqual([]);
  });

  it('counts slow circles with a pause at each side, under jitter, exactly', () => {
    // A neck roll: 90° in 1.5 s, pause 1.5 s, 180° in 3 s, pause 1.5 s, 90° in 1.5 s; three times.
    const roll = (count: number): Path => {
      const lap = 9000;
      const degrees = (local: number): number => {
        if (local < 1500) return (90 * local) / 1500;
        if (local < 3000) return 90;
        if (local < 6000) return 90 + (180 * (local - 3000)) / 3000;
        if (local < 7500) return 270;
        return 270 + (90 * (local - 7500)) / 1500;
      };
      return {
        durationMs: 1600 + count * lap,
        at(t) {
          const sweep = Math.min(Math.max(t - 800, 0), count * lap);
          const r = t < 800 ? (20 * t) / 800 : t > 800 + count * lap ? 20 * (1 - (t - 800 - count * lap) / 800) : 20;
          const a = ((Math.floor(sweep / lap) * 360 + degrees(sweep % lap)) * Math.PI) / 180;
          return { x: r * Math.cos(a), y: r * Math.sin(a) };
        },
      };
    };
    for (const seed of [1, 2, 3, 4]) {
      expect(run(roll(3), { noise: 1, seed })).toHaveLength(3);
    }
  });

  it('counts circles in one direction, then the other (a change of direction)', () => {
    const outcomes = run(then(circling(3, 1), still(1500), circling(3, -1)));
    expect(directions(outcomes)).toEqual([
      'counter-clockwise',
      'counter-clockwise',
      'counter-clockwise',
      'clockwise',
      'clockwise',
      'clockwise',
    ]);
  });

  it('turning back mid-circle starts a circle the other way, without counting the half done', () => {
    // Half a circle counter-clockwise, then turning back: three clockwise circles (and a bit) from there.
    const halfThenBack: Path = {
      durationMs: 800 + 2000 + 3 * 4000 + 1000,
      at(t) {
        const r = t < 800 ? (20 * t) / 800 : 20;
        const local = t - 800;
        const degrees = local < 0 ? 0 : local < 2000 ? (180 * local) / 2000 : 180 - (360 * (local - 2000)) / 4000;
        const a = (Math.max(degrees, -3 * 360 + 160) * Math.PI) / 180;
        return { x: r * Math.cos(a), y: r * Math.sin(a) };
      },
    };
    expect(directions(run(halfThenBack))).toEqual(['clockwise', 'clockwise', 'clockwise']);
  });

  it('follows a person who drifts slowly while circling', () => {
    // The whole circle slides 15 units over 20 s (the person shifting on the chair).
    const outcomes = run(circling(5, 1), { offset: (t) => (15 * t) / 22_000 });
    expect(outcomes).toHaveLength(5);
  });

  it('counts a flat ellipse (a head that travels further sideways than up and down) as circles', () => {
    // 60 units across, 20 up and down: a nose path seen from the front.
    const ellipse: Path = {
      durationMs: 800 + 3 * 5000 + 800,
      at(t) {
        const r = t < 800 ? t / 800 : t > 800 + 15_000 ? Math.max(0, 1 - (t - 15_800) / 800) : 1;
        const a = (2 * Math.PI * Math.min(Math.max(t - 800, 0), 15_000)) / 5000;
        return { x: 30 * r * Math.cos(a), y: 10 * r * Math.sin(a) };
      },
    };
    for (const seed of [1, 2, 3]) {
      expect(directions(run(ellipse, { noise: 1.5, seed }))).toEqual(Array<string>(3).fill('counter-clockwise'));
    }
  });

  it('times a circle begun by turning back from where it turned, not from when the turn was noticed', () => {
    // Half a circle one way (2 s), then back round the other way (4 s a circle).
    const back: Path = {
      durationMs: 800 + 2000 + 4000 + 1000,
      at(t) {
        const local = t - 800;
        const degrees = local < 0 ? 0 : local < 2000 ? (180 * local) / 2000 : 180 - (360 * (local - 2000)) / 4000;
        const a = (Math.max(degrees, -190) * Math.PI) / 180;
        return { x: 20 * Math.min(1, t / 800) * Math.cos(a), y: 20 * Math.min(1, t / 800) * Math.sin(a) };
      },
    };
    const [circle] = run(back);
    expect(circle?.direction).toBe('clockwise');
    // It turned at 2.8 s; the turn is noticed a quarter circle (1 s) later.
    expect(circle?.startMs).toBeLessThan(3100);
  });

  it('starts the angle afresh after the point was unseen for a while, inventing no sweep across the gap', () => {
    const counter = new CycleCounter(RULE);
    let t = 0;
    for (; t <= 2000; t += 33) counter.update(20 * Math.cos(t / 700), 20 * Math.sin(t / 700), t);
    const before = counter.progress;
    // Seen again 1 s later on the far side of the circle: a 180° jump that must not count as sweep.
    t += 1000;
    counter.update(-20 * Math.cos(t / 700), -20 * Math.sin(t / 700), t);
    expect(Math.abs(counter.progress - before)).toBeLessThan(30);
  });

  it('does not let a slow creep round over many seconds add up to a circle', () => {
    const creep: Path = {
      durationMs: 40_000,
      at: (t) => ({ x: 20 * Math.cos((2 * Math.PI * t) / 40_000), y: 20 * Math.sin((2 * Math.PI * t) / 40_000) }),
    };
    expect(run(creep, { rule: { ...RULE, centreTimeConstantS: 1000 } })).toEqual([]);
    // A slow circle inside the limit still counts.
    expect(run(circling(1, 1, { periodMs: 12_000 }), { rule: { ...RULE, centreWindowS: 12 } })).toHaveLength(1);
  });

  it('reports the sweep under way', () => {
    const counter = new CycleCounter(RULE);
    const path = circling(1, 1);
    for (let t = 0; t <= 800 + 2000; t += 33) counter.update(path.at(t).x, path.at(t).y, t);
    expect(counter.progress).toBeGreaterThan(150);
    expect(counter.progress).toBeLessThan(225); // half a circle, give or take the centre settling
  });

  describe('countOn: swings of one axis', () => {
    /** Shoulders: lift (y) up and down, `depth` (x) leading or lagging by a quarter turn. */
    function rolls(count: number, depth: number, options: { periodMs?: number; restMs?: number } = {}): Path {
      const { periodMs = 2000, restMs = 1000 } = options;
      const sweepMs = count * periodMs;
      return {
        durationMs: restMs + sweepMs + restMs,
        at(t) {
          const local = Math.min(Math.max(t - restMs, 0), sweepMs);
          const a = (2 * Math.PI * local) / periodMs;
          // From rest at the bottom (y = -10), up and back down each period.
          return { x: depth * Math.sin(a), y: -10 * Math.cos(a) };
        },
      };
    }
    const SWING: CycleRule = { minRadius: 4, minCycleMs: 1000, centreWindowS: 3, countOn: 'y', home: 'low' };

    it('counts every rise and fall from rest as a circle, the first and last too', () => {
      for (const seed of [1, 2, 3]) expect(run(rolls(5, 5), { rule: SWING, noise: 1, seed })).toHaveLength(5);
    });

    it('tells the way round from the loop the other axis draws, either way', () => {
      // Depth leading the lift: up the +x side, down the −x side.
      expect(directions(run(rolls(4, 5), { rule: SWING }))).toEqual(Array<string>(4).fill('counter-clockwise'));
      expect(directions(run(rolls(4, -5), { rule: SWING }))).toEqual(Array<string>(4).fill('clockwise'));
    });

    it('leaves the way round unsaid when the other axis draws no loop, but still counts', () => {
      expect(directions(run(rolls(4, 0), { rule: SWING, noise: 0.3 }))).toEqual(Array<null>(4).fill(null));
    });

    it('counts nothing for jitter around a still point, or swings smaller than minRadius', () => {
      expect(run(still(30_000, 0, -10), { rule: SWING, noise: 1 })).toEqual([]);
      expect(run(rolls(5, 5), { rule: { ...SWING, minRadius: 12 } })).toEqual([]);
    });

    it('times each circle from rise to fall, leaving out a long rest between', () => {
      const twoSets = then(rolls(2, 5), still(6000, 0, -10), rolls(2, 5));
      const outcomes = run(twoSets, { rule: SWING });
      expect(outcomes).toHaveLength(4);
      for (const outcome of outcomes) expect(outcome.endMs - outcome.startMs).toBeLessThan(4100);
    });

    it('counts the same rolls, quick ones too, at 30, 15 and 10 fps, with jitter', () => {
      for (const fps of [30, 15, 10]) {
        for (const seed of [1, 2, 3]) {
          // 1.2 s a roll, the clip's quickest: 12 frames a roll at 10 fps.
          const outcomes = run(rolls(5, 5, { periodMs: 1200 }), { rule: SWING, noise: 1, fps, seed });
          expect(directions(outcomes), `${fps} fps, seed ${seed}`).toEqual(Array<string>(5).fill('counter-clockwise'));
        }
      }
    });

    // The detector's slow wander moves the whole loop up and down (population-shoulders: the
    // world landmarks' drift moved one roll's top so that it rose 0.1 shoulder widths from its own
    // bottom, its neighbours 0.19). Here: a wander of ±3 over 9 s under rolls 20 high, and the
    // fourth roll's rise cut to 11 (its fall back to the bottom too).
    const WANDER = (t: number) => 3 * Math.sin((2 * Math.PI * t) / 9000);
    function wanderingRolls(rises: readonly number[], periodMs = 2000, restMs = 1000): Path {
      const sweepMs = rises.length * periodMs;
      return {
        durationMs: restMs + sweepMs + restMs,
        at(t) {
          const local = Math.min(Math.max(t - restMs, 0), sweepMs);
          const k = Math.min(Math.floor(local / periodMs), rises.length - 1);
          const a = (2 * Math.PI * local) / periodMs;
          // From rest at the bottom (y = -10), up by this roll's rise and back down.
          return { x: 5 * Math.sin(a), y: -10 + ((rises[k] ?? 0) * (1 - Math.cos(a))) / 2 + WANDER(t) };
        },
      };
    }

    it('counts a roll the wander makes half as high as its neighbours', () => {
      for (const seed of [1, 2, 3]) {
        const outcomes = run(wanderingRolls([20, 20, 20, 11, 20]), { rule: SWING, noise: 0.5, seed });
        expect(directions(outcomes), `seed ${seed}`).toEqual(Array<string>(5).fill('counter-clockwise'));
      }
    });

    it('counts nothing for a still person under the same wander and jitter', () => {
      const wandering: Path = { durationMs: 30_000, at: (t) => ({ x: 0, y: -10 + WANDER(t) }) };
      for (const seed of [1, 2, 3]) expect(run(wandering, { rule: SWING, noise: 0.5, seed })).toEqual([]);
    });

    it('counts a shrug up and down as quick as a twitch never, however high', () => {
      // Up 20 and back in 0.6 s, every 2 s: too quick for a roll (minCycleMs 1000).
      expect(run(rolls(5, 5, { periodMs: 600, restMs: 1400 }), { rule: SWING, noise: 0.5 })).toEqual([]);
    });

    it('reports a circle under way once the swing is out', () => {
      const counter = new CycleCounter(SWING);
      const path = rolls(1, 5);
      for (let t = 0; t <= 2000; t += 33) counter.update(path.at(t).x, path.at(t).y, t);
      expect(counter.progress).toBe(180);
    });
  });
});
