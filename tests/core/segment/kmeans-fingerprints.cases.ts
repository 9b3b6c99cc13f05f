/**
 * Runs whose exact results (labels, centres, inertia, iterations, converged) are pinned by
 * kmeans-fingerprints.test.ts: a speed change to `kmeans` must leave every one of them bit for bit the same.
 */
import { createRandom } from "../../../src/core/random";
import type { KMeansOptions, KMeansResult } from "../../../src/core/segment/kmeans";

export interface Run {
  rows: number;
  cols: number;
  k: number;
  /** "seed": k-means++ with restarts; "start": from the first k rows to no row moving; "cap": 3 iterations. */
  mode: "seed" | "start" | "cap";
}

/** Overlapping Gaussian-ish blobs; even seeds round to quarters, so exact distance ties occur. */
export function blobs(rows: number, cols: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const spread = seed % 3 === 0 ? 1 : 6;
  const centres = Array.from({ length: 4 }, () => Array.from({ length: cols }, () => random() * 20 - 10));
  const scale = seed % 2 ? 1 : 4;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const c = centres[Math.floor(random() * 4)];
    for (let f = 0; f < cols; f++) {
      out[i * cols + f] =
        Math.round((c[f] + spread * (random() + random() + random() - 1.5)) * scale) / scale;
    }
  }
  return out;
}

export const RUNS: Run[] = [];
// 6 000 rows (above the restart-sample threshold) only for two widths: the runs stay under a few seconds.
for (const rows of [50, 2000, 6000]) {
  for (const cols of rows > 4096 ? [2, 6] : [1, 3, 4, 5, 6, 7, 8, 11]) {
    for (const k of [1, 2, 5, 8]) {
      for (const mode of ["seed", "start", "cap"] as const) RUNS.push({ rows, cols, k, mode });
    }
  }
}

/** FNV-1a over the labels, the bits of every centre coordinate and of the inertia, the iterations and the flag. */
export function fingerprint(
  kmeans: (points: Float64Array, rows: number, cols: number, options: KMeansOptions) => KMeansResult,
  { rows, cols, k, mode }: Run,
): string {
  const seed = rows + cols * 7 + k * 13;
  const points = blobs(rows, cols, seed);
  const start = Array.from({ length: k }, (_, j) => Array.from(points.subarray(j * cols, (j + 1) * cols)));
  const options: KMeansOptions =
    mode === "seed"
      ? { k, seed }
      : mode === "start"
        ? { k, initialCentroids: start, tolerance: 0 }
        : { k, initialCentroids: start, maxIterations: 3 };
  const result = kmeans(points, rows, cols, options);
  let hash = 2166136261;
  const mix = (value: number): void => {
    hash = Math.imul(hash ^ value, 16777619) >>> 0;
  };
  const bits = new Uint32Array(new Float64Array(1).buffer);
  const mixNumber = (value: number): void => {
    new Float64Array(bits.buffer)[0] = value;
    mix(bits[0]);
    mix(bits[1]);
  };
  result.labels.forEach(mix);
  result.centroids.forEach((centre) => centre.forEach(mixNumber));
  mixNumber(result.inertia);
  mix(result.iterations);
  mix(result.converged ? 1 : 0);
  return `${rows}×${cols} k=${k} ${mode}: ${hash.toString(16).padStart(8, "0")}`;
}
