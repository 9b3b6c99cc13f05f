/**
 * Robust z-scores: (x − median) / (1.4826 × MAD), the median/MAD analogue of the z-score (Iglewicz &
 * Hoaglin). One huge customer cannot hide the others the way it inflates a standard deviation. When MAD is 0
 * (more than half the values equal) the mean absolute deviation × 1.2533 is used instead; if that is 0 too,
 * every score is 0.
 */
import { selectInPlace } from "../select";

/** The k-th smallest (0-based) of `values[0..n)`, rearranging them (see selectInPlace). */
function select(values: Float64Array, n: number, k: number): number {
  selectInPlace(values, k, 0, n - 1);
  return values[k];
}

/**
 * Median of the finite values (NaN when none). O(n) on average (selection, not a sort); the same number a
 * sort would give, -0 included (a sorted Float64Array puts -0 before +0).
 */
export function median(values: ArrayLike<number>): number {
  const finite = new Float64Array(values.length);
  let n = 0;
  let negative = 0;
  let negativeZero = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value - value === 0) {
      finite[n++] = value;
      if (value < 0) negative++;
      else if (value === 0 && 1 / value < 0) negativeZero++;
    }
  }
  if (n === 0) return NaN;
  // The k-th smallest in sorted order, where every -0 sorts before every +0.
  const rank = (k: number, value: number): number =>
    value === 0 ? (k < negative + negativeZero ? -0 : 0) : value;
  if (n % 2 === 1) {
    const k = (n - 1) >> 1;
    return rank(k, select(finite, n, k));
  }
  const upper = n / 2;
  const high = rank(upper, select(finite, n, upper));
  // After selecting `upper`, everything before it is <= it: the lower middle is their maximum.
  let low = -Infinity;
  for (let i = 0; i < upper; i++) if (finite[i] > low) low = finite[i];
  return (rank(upper - 1, low) + high) / 2;
}

/** Robust z-score per value; NaN entries stay NaN. O(n log n). */
export function robustZScores(values: ArrayLike<number>): Float64Array {
  const center = median(values);
  const deviations = new Float64Array(values.length);
  let meanAbsolute = 0;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    deviations[i] = Math.abs(values[i] - center);
    if (Number.isFinite(deviations[i])) {
      meanAbsolute += deviations[i];
      finite++;
    }
  }
  const mad = median(deviations);
  let scale = 1.4826 * mad;
  if (!(scale > 0)) scale = finite > 0 ? (1.2533 * meanAbsolute) / finite : 0;
  const scores = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    scores[i] = !Number.isFinite(values[i]) ? NaN : scale > 0 ? (values[i] - center) / scale : 0;
  }
  return scores;
}
