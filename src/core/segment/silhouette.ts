/**
 * Mean silhouette (Rousseeuw 1987) of a labelled sample, used to choose k automatically.
 *
 * For a point in a cluster of 2+ points: a = mean distance to the other points of its cluster, b = the lowest
 * mean distance to the points of another non-empty cluster, s = (b − a) / max(a, b) (0 when both are 0).
 * Points alone in their cluster score 0. The result is the mean over all points; with fewer than 2 non-empty
 * clusters it is 0.
 *
 * Cost: O(m²) with a precomputed m × m distance matrix (see `pairwiseDistances`), so only for samples
 * (m ≈ 10^3). `meanSilhouettes` scores several labellings of the same sample in one sweep without the matrix
 * (one row of distances at a time), with the very same numbers.
 */
import { centreStride, distanceKernels } from "./kmeans-kernels";

/** Euclidean distances between the rows of a row-major sample: m × m Float64Array. O(m² · cols). */
export function pairwiseDistances(points: Float64Array, rows: number, cols: number): Float64Array {
  const distances = new Float64Array(rows * rows);
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < rows; j++) {
      let sum = 0;
      for (let f = 0; f < cols; f++) {
        const d = points[i * cols + f] - points[j * cols + f];
        sum += d * d;
      }
      const distance = Math.sqrt(sum);
      distances[i * rows + j] = distance;
      distances[j * rows + i] = distance;
    }
  }
  return distances;
}

/** Mean silhouette of `labels` (0..k-1) over `rows` points with the distance matrix `distances`. */
export function meanSilhouette(distances: Float64Array, rows: number, labels: Int32Array, k: number): number {
  const sizes = new Float64Array(k);
  for (let i = 0; i < rows; i++) sizes[labels[i]] += 1;
  let nonEmpty = 0;
  for (let j = 0; j < k; j++) if (sizes[j] > 0) nonEmpty++;
  if (nonEmpty < 2) return 0;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const own = labels[i];
    if (sizes[own] < 2) continue;
    sums.fill(0);
    const base = i * rows;
    for (let j = 0; j < rows; j++) sums[labels[j]] += distances[base + j];
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === own || sizes[j] === 0) continue;
      const mean = sums[j] / sizes[j];
      if (mean < b) b = mean;
    }
    const larger = Math.max(a, b);
    total += larger > 0 ? (b - a) / larger : 0;
  }
  return total / rows;
}

/**
 * `meanSilhouette` of each labelling of the same `rows` points (row-major, `cols` features), in one sweep
 * without the m × m matrix (18 MB at m = 1,500):
 * - the distances from point i to every point are computed once, into one row buffer, and serve every
 *   labelling (the unrolled k-means kernels; each is the same number `pairwiseDistances` gives: squared
 *   differences summed in feature order, and (a − b)² = (b − a)² exactly);
 * - each labelling lists its points grouped by cluster, ascending within a cluster (a counting sort, once),
 *   so a cluster's sum is one running total in a register instead of a scatter into `sums[labels[j]]`,
 *   adding the same distances in the same order: the results equal `meanSilhouette`'s bit for bit.
 * Cost O(m² · cols) for the distances plus O(m² · labellings) additions; O(m · labellings) memory.
 */
export function meanSilhouettes(
  points: Float64Array,
  rows: number,
  cols: number,
  labellings: readonly { labels: Int32Array; k: number }[],
): number[] {
  const groups = labellings.map(({ labels, k }) => groupByCluster(labels, rows, k));
  const totals = new Float64Array(labellings.length);
  const kernels = distanceKernels(cols);
  const stride = centreStride(cols);
  // The points again, laid out as kernel "centres" (stride slots each, padding 0).
  const padded = new Float64Array(rows * stride);
  for (let j = 0; j < rows; j++) {
    for (let f = 0; f < cols; f++) padded[j * stride + f] = points[j * cols + f];
  }
  const row = new Float64Array(rows);
  let clusterSums = new Float64Array(0);
  for (let i = 0; i < rows; i++) {
    let needed = false;
    for (const group of groups) if (group.active && group.sizes[group.labels[i]] >= 2) needed = true;
    if (!needed) continue;
    kernels.distances(points, i, cols, padded, rows, row);
    for (let j = 0; j < rows; j++) row[j] = Math.sqrt(row[j]);
    for (let t = 0; t < groups.length; t++) {
      const { active, labels, k, sizes, starts, order } = groups[t];
      const own = labels[i];
      if (!active || sizes[own] < 2) continue;
      if (clusterSums.length < k) clusterSums = new Float64Array(k);
      for (let c = 0; c < k; c++) {
        let sum = 0;
        for (let q = starts[c], end = starts[c + 1]; q < end; q++) sum += row[order[q]];
        clusterSums[c] = sum;
      }
      const within = clusterSums[own] / (sizes[own] - 1);
      let between = Infinity;
      for (let c = 0; c < k; c++) {
        if (c === own || sizes[c] === 0) continue;
        const mean = clusterSums[c] / sizes[c];
        if (mean < between) between = mean;
      }
      const larger = Math.max(within, between);
      totals[t] += larger > 0 ? (between - within) / larger : 0;
    }
  }
  return Array.from(totals, (total, t) => (groups[t].active ? total / rows : 0));
}

interface ClusterGroups {
  labels: Int32Array;
  k: number;
  sizes: Float64Array;
  /** Fewer than 2 non-empty clusters: silhouette 0, nothing to sum. */
  active: boolean;
  /** Cluster c's points are `order[starts[c] .. starts[c + 1])`, ascending. */
  starts: Int32Array;
  order: Int32Array;
}

function groupByCluster(labels: Int32Array, rows: number, k: number): ClusterGroups {
  const sizes = new Float64Array(k);
  for (let i = 0; i < rows; i++) sizes[labels[i]] += 1;
  const starts = new Int32Array(k + 1);
  let nonEmpty = 0;
  for (let c = 0; c < k; c++) {
    starts[c + 1] = starts[c] + sizes[c];
    if (sizes[c] > 0) nonEmpty++;
  }
  const next = starts.slice(0, k);
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[next[labels[i]]++] = i;
  return { labels, k, sizes, active: nonEmpty >= 2, starts, order };
}
