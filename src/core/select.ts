/**
 * Hoare-style quickselect within `a[from..to]`: rearranges that range so the k-th smallest (0-based index `k`,
 * from ≤ k ≤ to) sits at index k, everything before it ≤ it and everything after it ≥ it. Median-of-three
 * pivots (sorted or reversed input stays O(n)); deterministic; O(to − from) on average. Comparisons use `<`,
 * so -0 and +0 tie. Shared by the robust median (insights/robust-z.ts) and the cluster features' quartiles.
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
