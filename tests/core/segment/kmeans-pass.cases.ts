import { centreStride, distanceKernels } from "../../../src/core/segment/kmeans-kernels";
import { createRandom } from "../../../src/core/random";

/**
 * Data with few distinct levels (so exact distance ties happen) and centres that sometimes repeat a row or
 * another centre: the lowest-index rule on ties is exercised, not only the clear-cut rows.
 */
export interface PassCase {
  points: Float64Array;
  /** k centres, `stride` slots apart. */
  centres: Float64Array;
  /** The labels before the pass (-1: none yet). */
  labels: Int32Array;
  stride: number;
}

export function passCase(cols: number, k: number, rows: number, seed: number): PassCase {
  const random = createRandom(seed);
  const level = (): number => Math.floor(random() * 5) - 2 + (random() < 0.3 ? random() : 0);
  const points = Float64Array.from({ length: rows * cols }, level);
  const stride = centreStride(cols);
  const centres = new Float64Array(k * stride);
  for (let j = 0; j < k; j++) {
    const from = random() < 0.3 ? Math.floor(random() * rows) : -1;
    const twin = j > 0 && random() < 0.2 ? Math.floor(random() * j) : -1;
    for (let f = 0; f < cols; f++) {
      centres[j * stride + f] =
        twin >= 0 ? centres[twin * stride + f] : from >= 0 ? points[from * cols + f] : level();
    }
  }
  const labels = Int32Array.from({ length: rows }, () => Math.floor(random() * (k + 1)) - 1);
  return { points, centres, labels, stride };
}

/**
 * What the generic JavaScript kernel's plain and bounds passes give on a case (each on a copy of its labels):
 * the reference every specialised pass must reproduce bit for bit.
 */
export function kernelReference(c: PassCase, cols: number, k: number, rows: number) {
  const { points, centres, labels, stride } = c;
  const kernels = distanceKernels(cols);
  const plain = { labels: labels.slice(), sums: new Float64Array(k * stride), counts: new Float64Array(k) };
  const out = new Float64Array(2);
  const changed = kernels.assignAndSum(
    points,
    rows,
    cols,
    centres,
    k,
    plain.labels,
    plain.sums,
    plain.counts,
    out,
  );
  const bounds = {
    labels: labels.slice(),
    sums: new Float64Array(k * stride),
    counts: new Float64Array(k),
    upper: new Float64Array(rows),
    lower: new Float64Array(rows),
  };
  const boundsChanged = kernels.assignAndSumBounds(
    points,
    rows,
    cols,
    centres,
    k,
    bounds.labels,
    bounds.sums,
    bounds.counts,
    bounds.upper,
    bounds.lower,
  );
  return { plain, changed, inertia: out[0], unusedOut: out[1], bounds, boundsChanged };
}
