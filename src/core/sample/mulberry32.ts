/**
 * A tiny seeded pseudo-random generator (mulberry32, Tommy Ettinger's 32-bit mixer) for the sample
 * workbooks. Kept private to the sample generator so the committed sample files never change when the
 * shared `src/core/random.ts` evolves. Cost: O(1) per draw. Period 2^32, plenty for a few thousand rows.
 *
 * @example mulberry32(1)() // 0.6270739405881613, the same on every machine
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws built on a uniform source: normal (Box–Muller), lognormal, Poisson, integer ranges and picks. */
export class SampleRandom {
  private readonly uniform: () => number;

  constructor(seed: number) {
    this.uniform = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uniform();
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.uniform();
  }

  /** Integer uniform in [min, max] inclusive. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.uniform() * (max - min + 1));
  }

  /** Standard normal draw (Box–Muller; one of the pair is discarded to keep the stream simple). */
  normal(mean = 0, standardDeviation = 1): number {
    const u1 = 1 - this.uniform(); // (0, 1]: log(0) avoided
    const u2 = this.uniform();
    return mean + standardDeviation * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** exp(N(logMean, logSd)): right-skewed money amounts. */
  lognormal(logMean: number, logStandardDeviation: number): number {
    return Math.exp(this.normal(logMean, logStandardDeviation));
  }

  /** Poisson draw by Knuth's product method; fine for the small means used here (< 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let product = this.uniform();
    let count = 0;
    while (product > limit) {
      product *= this.uniform();
      count++;
    }
    return count;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.uniform() * items.length)];
  }

  /** Picks by relative weights (need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.uniform() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i];
      if (target < 0) return items[i];
    }
    return items[items.length - 1];
  }
}
