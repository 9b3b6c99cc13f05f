/**
 * Seeded pseudo-random numbers for everything in the core that samples (k-means++ seeding, silhouette
 * samples). Same seed → same sequence on every machine, so results are reproducible and testable.
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by a Weyl increment
 * (0x6D2B79F5) and scrambled with two multiply-xorshift rounds. Period 2^32, passes the gjrand and PractRand
 * small-state tests it was designed for; far more than enough for sampling, not for cryptography.
 * Cost: O(1) per draw, no allocation.
 */

/** The seed used when the caller gives none; stored in every result's settings. */
export const DEFAULT_SEED = 42;

/** A generator of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * Creates a mulberry32 generator. Any number is accepted as seed; it is reduced to 32 bits (`seed >>> 0`),
 * so 1 and 2^32 + 1 give the same sequence.
 *
 * @example
 * createRandom(42)() // => 0.6011037519201636
 * // Same seed, same sequence, on every run and machine.
 * createRandom(7)() === createRandom(7)() // => true
 */
export function createRandom(seed: number = DEFAULT_SEED): RandomSource {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform integer in [0, bound) from `random`. */
export function randomIndex(random: RandomSource, bound: number): number {
  return Math.min(bound - 1, Math.floor(random() * bound));
}

/**
 * A sorted sample of `size` distinct indices from 0..count-1 (all of them when size >= count), by a partial
 * Fisher–Yates shuffle. Cost: O(count) memory and time (one Int32Array), O(size log size) to sort.
 */
export function sampleIndices(random: RandomSource, count: number, size: number): Int32Array {
  if (size >= count) {
    const all = new Int32Array(count);
    for (let i = 0; i < count; i++) all[i] = i;
    return all;
  }
  const pool = new Int32Array(count);
  for (let i = 0; i < count; i++) pool[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + randomIndex(random, count - i);
    const swap = pool[i];
    pool[i] = pool[j];
    pool[j] = swap;
  }
  return pool.slice(0, size).sort();
}
