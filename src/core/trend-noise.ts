/**
 * When is a change between the two trend windows (12 months vs the 12 before, `timeline.ts`) a real decline or
 * growth, and when could a steady customer show it by chance — a few purchases landing in one window or the
 * other? One rule, shared by the portfolio map, the customer flags and the 12-month alerts, so none of them
 * calls a change the others call noise.
 *
 * Model: a steady customer buys on days that follow a renewal process (gaps with mean μ and coefficient of
 * variation c: c = 1 is Poisson, as random as buying gets; c → 0 is clockwork) and spends x per day with mean m
 * and variance v, independently. Over the two windows (N purchase days in all) the difference of the window
 * totals then varies by Var ≈ N · (c² · m² + v) (renewal theory: the count in a window varies by c² times its
 * mean). With Σx and Σx² over those N days, N · m² = (Σx)² / N and N · v = Σx² − (Σx)² / N, so
 * Var ≈ Σx² − (1 − c²) · (Σx)² / N; for a Poisson buyer (c = 1) that is Σx², the compound-Poisson variance.
 * A change counts when |recent − previous| ≥ 1.645 · √Var (the one-sided 5 % level: a decline is a one-sided
 * question). Cost: O(1) per customer once the sums are known; `rhythmIrregularity` is O(purchase days).
 */
import type { CustomerData } from "./model";

/** Standard errors of chance variation a change must reach to count: the one-sided 5 % level. */
export const TREND_NOISE_Z = 1.645;

/**
 * The coefficient of variation of the gaps between consecutive purchase days (`days[start .. start + count −
 * 1]`, ascending), capped at 1: 0 = like clockwork, 1 = as irregular as a Poisson process (or more). Fewer than
 * 4 gaps say too little about a rhythm: 1, the cautious answer.
 */
export function rhythmIrregularity(days: ArrayLike<number>, start: number, count: number): number {
  const gaps = count - 1;
  if (gaps < 4) return 1;
  let sum = 0;
  let squares = 0;
  for (let k = start + 1; k < start + count; k++) {
    const gap = days[k] - days[k - 1];
    sum += gap;
    squares += gap * gap;
  }
  const mean = sum / gaps;
  const variance = Math.max(0, (squares - gaps * mean * mean) / (gaps - 1));
  return Math.min(1, Math.sqrt(variance) / mean);
}

/**
 * How much recent − previous varies by chance for a steady customer (see the model above): `spendSquares` =
 * Σx², `spend` = Σx over the `days` days with rows in the two windows, `irregularity` = c. 0 when no day.
 */
export function trendChanceVariance(
  spendSquares: number,
  spend: number,
  days: number,
  irregularity: number,
): number {
  if (days <= 0) return 0;
  return Math.max(0, spendSquares - (1 - irregularity * irregularity) * ((spend * spend) / days));
}

/**
 * True when customer i's change between the two trend windows is larger than chance explains, so "declining"
 * or "growing" can be said. Ten equal purchases at random times split 8 / 2 between the windows (−75 %) are
 * clear (z = 1.90), 6 / 4 (−33 %) are not (z = 0.63); one purchase last year and none this year never is (that
 * customer is judged by silence). Without the statistic (customer sheets: the previous-period column is the
 * director's own figure) every change counts. O(1).
 */
export function trendIsClear(data: CustomerData, i: number): boolean {
  const variance = data.history?.trendChanceVariance;
  const recent = data.history?.recentRevenue;
  if (!variance || !recent || !(variance[i] >= 0)) return true;
  return Math.abs(recent[i] - data.previousRevenue[i]) >= TREND_NOISE_Z * Math.sqrt(variance[i]);
}
