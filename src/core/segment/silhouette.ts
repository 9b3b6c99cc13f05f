/**
 * Mean silhouette (Rousseeuw 1987) of a labelled sample, used to choose k automatically.
 *
 * For a point in a cluster of 2+ points: a = mean distance to the other points of its cluster, b = the lowest
 * mean distance to the points of another non-empty cluster, s = (b − a) / max(a, b) (0 when both are 0).
 * Points alone in their cluster score 0. The result is the mean over all points; with fewer than 2 non-empty
 * clusters it is 0.
 *
 * Cost: O(m²) with a precomputed m × m distance matrix (see `pairwiseDistances`), so only for samples
 * (m ≈ 10^3).
 */

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
