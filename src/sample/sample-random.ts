import { createRandom } from "../core/random";

/**
 * Draws for the sample workbooks, built on the core's seeded uniform source (mulberry32, `src/core/random.ts`):
 * normal (Box–Muller), lognormal, Poisson, integer ranges and picks. A test regenerates the committed sample
 * files from it, so any change to the generator shows up there.
 */
export class SampleRandom {
  private readonly uniform: () => number;

  constructor(seed: number) {
    this.uniform = createRandom(seed);
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
