/**
 * Distance kernels for `kmeans`: squared Euclidean distances between a row of a row-major Float64Array and
 * centres stored `stride` slots apart.
 *
 * Why: V8 does not unroll short loops, and a `for (f < cols)` loop over 6 features spends more time on loop
 * control and bounds checks than on arithmetic. With centres padded to 4 or 8 slots (the extra slots hold 0),
 * the row is loaded once into locals (features it lacks read as 0) and each centre costs one straight-line
 * expression, about twice as fast for 2..8 features. The padded terms are (0 − 0)² = 0 and the sum is formed
 * left to right in feature order, so every distance is bit for bit the one the plain loop gives. Each width
 * has its own small functions (rather than one function branching on the width) so V8 can inline them into
 * the callers' loops; one call site sees one kernel set for a given data width.
 *
 * Cost: O(cols) per distance, no allocation. Above 8 features the plain loop is used (stride = cols).
 */

/** Centre arrays passed to a kernel set hold centre `j` at slot `j · centreStride(cols)`. */
export interface DistanceKernels {
  /**
   * Closest and second closest of the first `k` centres to row `i` (lowest index wins exact ties). Returns
   * the closest index; writes its squared distance to `out[0]`, the second smallest to `out[1]` (Infinity
   * when k = 1).
   */
  nearestTwo(
    points: Float64Array,
    i: number,
    cols: number,
    centres: Float64Array,
    k: number,
    out: Float64Array,
  ): number;
  /** Squared distance between row `i` and centre `j`. */
  distance(points: Float64Array, i: number, cols: number, centres: Float64Array, j: number): number;
  /** Squared distances from row `i` to each of the first `count` centres, into `out[0..count)`. */
  distances(
    points: Float64Array,
    i: number,
    cols: number,
    centres: Float64Array,
    count: number,
    out: Float64Array,
  ): void;
  /**
   * Per-cluster `sums` (stride-spaced; padding slots get + 0) and `counts` of the rows by their `labels`, in row
   * order: the same numbers as the plain `for (f < cols) sums[j · stride + f] += x[f]` loop. `sums`/`counts`
   * must be zero on entry.
   */
  sumByLabel(
    points: Float64Array,
    rows: number,
    cols: number,
    labels: Int32Array,
    sums: Float64Array,
    counts: Float64Array,
  ): void;
  /**
   * One fused Lloyd pass over the first `rows` rows: each row goes to its closest of the first `k` centres
   * (lowest index on ties) and is added to that cluster's `sums` (stride-spaced, padding untouched) and
   * `counts`, in row order, so the sums are exactly those of a separate pass over the labels. `sums`/`counts`
   * must be zero on entry. Writes the labels, returns how many changed and puts the sum of the chosen squared
   * distances (the inertia against these centres, in row order) in `out[0]`.
   */
  assignAndSum(
    points: Float64Array,
    rows: number,
    cols: number,
    centres: Float64Array,
    k: number,
    labels: Int32Array,
    sums: Float64Array,
    counts: Float64Array,
    out: Float64Array,
  ): number;
  /**
   * `assignAndSum` that also sets Hamerly's bounds: `upper[i]` = distance to the closest centre, `lower[i]` =
   * distance to the second closest (Infinity when k = 1). No inertia.
   */
  assignAndSumBounds(
    points: Float64Array,
    rows: number,
    cols: number,
    centres: Float64Array,
    k: number,
    labels: Int32Array,
    sums: Float64Array,
    counts: Float64Array,
    upper: Float64Array,
    lower: Float64Array,
  ): number;
}

/**
 * The kernel set for rows of `cols` features: width 4 (1..4 features), 6 (5..6, on 8 slots), 8 (7..8) or the
 * plain loop.
 */
export function distanceKernels(cols: number): DistanceKernels {
  return cols <= 4 ? WIDTH_4 : cols <= 6 ? WIDTH_6 : cols <= 8 ? WIDTH_8 : PLAIN;
}

// prettier-ignore
const WIDTH_8: DistanceKernels = {
  nearestTwo(points, i, cols, centres, k, out) {
    const a = i * cols;
    const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
    const x5 = cols > 5 ? points[a + 5] : 0, x6 = cols > 6 ? points[a + 6] : 0, x7 = cols > 7 ? points[a + 7] : 0;
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0, b = 0; j < k; j++, b += 8) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5], d6 = x6 - centres[b + 6], d7 = x7 - centres[b + 7];
      const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7;
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    out[0] = bestDistance;
    out[1] = second;
    return best;
  },
  distance(points, i, cols, centres, j) {
    const a = i * cols;
    const b = j * 8;
    const x5 = cols > 5 ? points[a + 5] : 0, x6 = cols > 6 ? points[a + 6] : 0, x7 = cols > 7 ? points[a + 7] : 0;
    const d0 = points[a] - centres[b], d1 = points[a + 1] - centres[b + 1], d2 = points[a + 2] - centres[b + 2];
    const d3 = points[a + 3] - centres[b + 3], d4 = points[a + 4] - centres[b + 4], d5 = x5 - centres[b + 5];
    const d6 = x6 - centres[b + 6], d7 = x7 - centres[b + 7];
    return d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7;
  },
  distances(points, i, cols, centres, count, out) {
    const a = i * cols;
    const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
    const x5 = cols > 5 ? points[a + 5] : 0, x6 = cols > 6 ? points[a + 6] : 0, x7 = cols > 7 ? points[a + 7] : 0;
    for (let j = 0, b = 0; j < count; j++, b += 8) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5], d6 = x6 - centres[b + 6], d7 = x7 - centres[b + 7];
      out[j] = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7;
    }
  },
  sumByLabel(points, rows, cols, labels, sums, counts) {
    const has5 = cols > 5, has6 = cols > 6, has7 = cols > 7;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const j = labels[i];
      counts[j] += 1;
      const s = j * 8;
      sums[s] += points[a]; sums[s + 1] += points[a + 1]; sums[s + 2] += points[a + 2]; sums[s + 3] += points[a + 3];
      sums[s + 4] += points[a + 4]; sums[s + 5] += has5 ? points[a + 5] : 0;
      sums[s + 6] += has6 ? points[a + 6] : 0; sums[s + 7] += has7 ? points[a + 7] : 0;
    }
  },
  assignAndSum(points, rows, cols, centres, k, labels, sums, counts, out) {
    let changed = 0;
    let inertia = 0;
    const has5 = cols > 5, has6 = cols > 6, has7 = cols > 7;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
      const x5 = has5 ? points[a + 5] : 0, x6 = has6 ? points[a + 6] : 0, x7 = has7 ? points[a + 7] : 0;
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 8) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5], d6 = x6 - centres[b + 6], d7 = x7 - centres[b + 7];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7;
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      inertia += bestDistance;
      counts[best] += 1;
      const s = best * 8;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
      sums[s + 4] += x4; sums[s + 5] += x5; sums[s + 6] += x6; sums[s + 7] += x7;
    }
    out[0] = inertia;
    return changed;
  },
  assignAndSumBounds(points, rows, cols, centres, k, labels, sums, counts, upper, lower) {
    let changed = 0;
    const has5 = cols > 5, has6 = cols > 6, has7 = cols > 7;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
      const x5 = has5 ? points[a + 5] : 0, x6 = has6 ? points[a + 6] : 0, x7 = has7 ? points[a + 7] : 0;
      let best = 0;
      let bestDistance = Infinity;
      let second = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 8) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5], d6 = x6 - centres[b + 6], d7 = x7 - centres[b + 7];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7;
        if (d < bestDistance) {
          second = bestDistance;
          bestDistance = d;
          best = j;
        } else if (d < second) second = d;
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      upper[i] = Math.sqrt(bestDistance);
      lower[i] = Math.sqrt(second);
      counts[best] += 1;
      const s = best * 8;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
      sums[s + 4] += x4; sums[s + 5] += x5; sums[s + 6] += x6; sums[s + 7] += x7;
    }
    return changed;
  },
};

/**
 * 5 or 6 features: centres still 8 slots apart (the same layout as WIDTH_8), but only 6 terms per distance.
 * WIDTH_8's two padded terms are +0, and adding +0 to a sum of squares leaves it unchanged, so the distances
 * are the same numbers for a quarter less arithmetic (6 features is the common customer case).
 */
// prettier-ignore
const WIDTH_6: DistanceKernels = {
  nearestTwo(points, i, cols, centres, k, out) {
    const a = i * cols;
    const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
    const x5 = cols > 5 ? points[a + 5] : 0;
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0, b = 0; j < k; j++, b += 8) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5];
      const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    out[0] = bestDistance;
    out[1] = second;
    return best;
  },
  distance(points, i, cols, centres, j) {
    const a = i * cols;
    const b = j * 8;
    const x5 = cols > 5 ? points[a + 5] : 0;
    const d0 = points[a] - centres[b], d1 = points[a + 1] - centres[b + 1], d2 = points[a + 2] - centres[b + 2];
    const d3 = points[a + 3] - centres[b + 3], d4 = points[a + 4] - centres[b + 4], d5 = x5 - centres[b + 5];
    return d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
  },
  distances(points, i, cols, centres, count, out) {
    const a = i * cols;
    const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
    const x5 = cols > 5 ? points[a + 5] : 0;
    for (let j = 0, b = 0; j < count; j++, b += 8) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5];
      out[j] = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
    }
  },
  sumByLabel(points, rows, cols, labels, sums, counts) {
    const has5 = cols > 5;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const j = labels[i];
      counts[j] += 1;
      const s = j * 8;
      sums[s] += points[a]; sums[s + 1] += points[a + 1]; sums[s + 2] += points[a + 2]; sums[s + 3] += points[a + 3];
      sums[s + 4] += points[a + 4]; sums[s + 5] += has5 ? points[a + 5] : 0;
    }
  },
  assignAndSum(points, rows, cols, centres, k, labels, sums, counts, out) {
    let changed = 0;
    let inertia = 0;
    const has5 = cols > 5;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
      const x5 = has5 ? points[a + 5] : 0;
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 8) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      inertia += bestDistance;
      counts[best] += 1;
      const s = best * 8;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
      sums[s + 4] += x4; sums[s + 5] += x5;
    }
    out[0] = inertia;
    return changed;
  },
  assignAndSumBounds(points, rows, cols, centres, k, labels, sums, counts, upper, lower) {
    let changed = 0;
    const has5 = cols > 5;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = points[a + 1], x2 = points[a + 2], x3 = points[a + 3], x4 = points[a + 4];
      const x5 = has5 ? points[a + 5] : 0;
      let best = 0;
      let bestDistance = Infinity;
      let second = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 8) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d4 = x4 - centres[b + 4], d5 = x5 - centres[b + 5];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
        if (d < bestDistance) {
          second = bestDistance;
          bestDistance = d;
          best = j;
        } else if (d < second) second = d;
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      upper[i] = Math.sqrt(bestDistance);
      lower[i] = Math.sqrt(second);
      counts[best] += 1;
      const s = best * 8;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
      sums[s + 4] += x4; sums[s + 5] += x5;
    }
    return changed;
  },
};

// prettier-ignore
const WIDTH_4: DistanceKernels = {
  nearestTwo(points, i, cols, centres, k, out) {
    const a = i * cols;
    const x0 = points[a], x1 = cols > 1 ? points[a + 1] : 0;
    const x2 = cols > 2 ? points[a + 2] : 0, x3 = cols > 3 ? points[a + 3] : 0;
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0, b = 0; j < k; j++, b += 4) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    out[0] = bestDistance;
    out[1] = second;
    return best;
  },
  distance(points, i, cols, centres, j) {
    const a = i * cols;
    const b = j * 4;
    const x1 = cols > 1 ? points[a + 1] : 0, x2 = cols > 2 ? points[a + 2] : 0, x3 = cols > 3 ? points[a + 3] : 0;
    const d0 = points[a] - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
    return d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
  },
  distances(points, i, cols, centres, count, out) {
    const a = i * cols;
    const x0 = points[a], x1 = cols > 1 ? points[a + 1] : 0;
    const x2 = cols > 2 ? points[a + 2] : 0, x3 = cols > 3 ? points[a + 3] : 0;
    for (let j = 0, b = 0; j < count; j++, b += 4) {
      const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
      out[j] = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
    }
  },
  sumByLabel(points, rows, cols, labels, sums, counts) {
    const has1 = cols > 1, has2 = cols > 2, has3 = cols > 3;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const j = labels[i];
      counts[j] += 1;
      const s = j * 4;
      sums[s] += points[a]; sums[s + 1] += has1 ? points[a + 1] : 0;
      sums[s + 2] += has2 ? points[a + 2] : 0; sums[s + 3] += has3 ? points[a + 3] : 0;
    }
  },
  assignAndSum(points, rows, cols, centres, k, labels, sums, counts, out) {
    let changed = 0;
    let inertia = 0;
    const has1 = cols > 1, has2 = cols > 2, has3 = cols > 3;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = has1 ? points[a + 1] : 0;
      const x2 = has2 ? points[a + 2] : 0, x3 = has3 ? points[a + 3] : 0;
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 4) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      inertia += bestDistance;
      counts[best] += 1;
      const s = best * 4;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
    }
    out[0] = inertia;
    return changed;
  },
  assignAndSumBounds(points, rows, cols, centres, k, labels, sums, counts, upper, lower) {
    let changed = 0;
    const has1 = cols > 1, has2 = cols > 2, has3 = cols > 3;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const x0 = points[a], x1 = has1 ? points[a + 1] : 0;
      const x2 = has2 ? points[a + 2] : 0, x3 = has3 ? points[a + 3] : 0;
      let best = 0;
      let bestDistance = Infinity;
      let second = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += 4) {
        const d0 = x0 - centres[b], d1 = x1 - centres[b + 1], d2 = x2 - centres[b + 2], d3 = x3 - centres[b + 3];
        const d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
        if (d < bestDistance) {
          second = bestDistance;
          bestDistance = d;
          best = j;
        } else if (d < second) second = d;
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      upper[i] = Math.sqrt(bestDistance);
      lower[i] = Math.sqrt(second);
      counts[best] += 1;
      const s = best * 4;
      sums[s] += x0; sums[s + 1] += x1; sums[s + 2] += x2; sums[s + 3] += x3;
    }
    return changed;
  },
};

/** More than 8 features: the plain loop, centres unpadded (stride = cols). */
const PLAIN: DistanceKernels = {
  nearestTwo(points, i, cols, centres, k, out) {
    const a = i * cols;
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0, b = 0; j < k; j++, b += cols) {
      let d = 0;
      for (let f = 0; f < cols; f++) {
        const delta = points[a + f] - centres[b + f];
        d += delta * delta;
      }
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    out[0] = bestDistance;
    out[1] = second;
    return best;
  },
  distance(points, i, cols, centres, j) {
    const a = i * cols;
    const b = j * cols;
    let d = 0;
    for (let f = 0; f < cols; f++) {
      const delta = points[a + f] - centres[b + f];
      d += delta * delta;
    }
    return d;
  },
  distances(points, i, cols, centres, count, out) {
    const a = i * cols;
    for (let j = 0, b = 0; j < count; j++, b += cols) {
      let d = 0;
      for (let f = 0; f < cols; f++) {
        const delta = points[a + f] - centres[b + f];
        d += delta * delta;
      }
      out[j] = d;
    }
  },
  sumByLabel(points, rows, cols, labels, sums, counts) {
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      const j = labels[i];
      counts[j] += 1;
      const s = j * cols;
      for (let f = 0; f < cols; f++) sums[s + f] += points[a + f];
    }
  },
  assignAndSum(points, rows, cols, centres, k, labels, sums, counts, out) {
    let changed = 0;
    let inertia = 0;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += cols) {
        let d = 0;
        for (let f = 0; f < cols; f++) {
          const delta = points[a + f] - centres[b + f];
          d += delta * delta;
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      inertia += bestDistance;
      counts[best] += 1;
      const s = best * cols;
      for (let f = 0; f < cols; f++) sums[s + f] += points[a + f];
    }
    out[0] = inertia;
    return changed;
  },
  assignAndSumBounds(points, rows, cols, centres, k, labels, sums, counts, upper, lower) {
    let changed = 0;
    for (let i = 0, a = 0; i < rows; i++, a += cols) {
      let best = 0;
      let bestDistance = Infinity;
      let second = Infinity;
      for (let j = 0, b = 0; j < k; j++, b += cols) {
        let d = 0;
        for (let f = 0; f < cols; f++) {
          const delta = points[a + f] - centres[b + f];
          d += delta * delta;
        }
        if (d < bestDistance) {
          second = bestDistance;
          bestDistance = d;
          best = j;
        } else if (d < second) second = d;
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
      upper[i] = Math.sqrt(bestDistance);
      lower[i] = Math.sqrt(second);
      counts[best] += 1;
      const s = best * cols;
      for (let f = 0; f < cols; f++) sums[s + f] += points[a + f];
    }
    return changed;
  },
};

/** Slots per centre for rows of `cols` features: 4 for up to 4 features, 8 for up to 8, else `cols`. */
export function centreStride(cols: number): number {
  return cols <= 4 ? 4 : cols <= 8 ? 8 : cols;
}
