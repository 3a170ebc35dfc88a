/**
 * A small seeded random source, so every noisy or randomised test is reproducible from its seed.
 * mulberry32 (Tommy Ettinger's public-domain 32-bit generator) is plenty for test noise and has
 * no dependency; the Gaussian uses the Box–Muller transform.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Normal with the given mean and standard deviation (defaults 0 and 1). */
  gaussian(mean?: number, sigma?: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One of the items, uniformly. */
  pick<T>(items: readonly [T, ...T[]]): T;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const uniform = mulberry32(seed);
  // Box–Muller yields two normals per pair of uniforms; keep the second for the next call.
  let spare: number | undefined;
  const standardNormal = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    // 1 - u keeps the logarithm's argument in (0, 1].
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    next: uniform,
    range: (min, max) => min + (max - min) * uniform(),
    gaussian: (mean = 0, sigma = 1) => mean + sigma * standardNormal(),
    chance: (p) => uniform() < p,
    pick: (items) => items[Math.floor(uniform() * items.length)] ?? items[0],
  };
}
