/**
 * Hoare-style quickselect within `a[from..to]`: rearranges that range so the k-th smallest (0-based index `k`,
 * from ≤ k ≤ to) sits at index k, everything before it ≤ it and everything after it ≥ it. Median-of-three
 * pivots (sorted or reversed input stays O(n)); deterministic; O(to − from) on average. Comparisons use `<`,
 * so -0 and +0 tie. Shared by the median below (robust z-scores, the timeline's rhythms) and the cluster features' quartiles.
 */
export function selectInPlace(a: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const x = a[left];
    const y = a[mid];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

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
