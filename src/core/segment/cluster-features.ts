/**
 * The feature matrix for clustering: which numeric fields enter, how they are transformed and scaled.
 *
 * - Candidates (when present with at least two distinct values): revenue, margin % (clipped to −100..+100 %),
 *   trend (revenue vs previous period, clipped to −100..+300 %), days since last purchase, purchases, tenure
 *   days, online share, cost to serve, acquisition spend, referrals, NPS, share of wallet. Protected attributes
 *   are never candidates (the data model carries only their headers).
 * - Skewed money and counts (revenue, cost to serve, acquisition spend, purchases, referrals, recency and
 *   tenure days) get a signed log1p when their skewness exceeds 1, so a few giants do not own the distances.
 * - Robust scaling: (x − median) / IQR (linear-interpolation quartiles); when the IQR is 0 the standard
 *   deviation is used; a feature that is then still constant is dropped.
 * - Missing values take the feature's median (0 after scaling) and are counted.
 * - Scaled values are bounded to ±10^6: a degenerate spread (denormal quartiles) would otherwise give values whose
 *   squared distances overflow to Infinity; no real sheet's spread comes near it.
 *
 * Cost: O(n) per feature (quartiles by quickselect, no full sort), one n × features Float64Array.
 */
import { revenueTrendOf } from "../customer-data";
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { purchaseCount, recencyDays } from "./purchase-rhythm";
import { selectInPlace } from "../select";
import { texts } from "../../i18n/texts";

interface FeatureSpec {
  id: string;
  label: Localized;
  /** Descriptor words for a cluster above / below the population on this feature. */
  high: Localized;
  low: Localized;
  logCandidate: boolean;
  /** True when the field exists in the data. */
  present: (data: CustomerData) => boolean;
  value: (data: CustomerData, i: number) => number;
}

const clip = (v: number, low: number, high: number): number =>
  Number.isNaN(v) ? v : Math.min(high, Math.max(low, v));

const FEATURE_SPECS: FeatureSpec[] = [
  {
    id: "revenue",
    label: texts((t) => t.segment.clusterFeatures.revenue),
    high: texts((t) => t.segment.clusterFeatures.high),
    low: texts((t) => t.segment.clusterFeatures.low),
    logCandidate: true,
    present: () => true,
    value: (d, i) => d.revenue[i],
  },
  {
    id: "marginPercent",
    label: texts((t) => t.segment.clusterFeatures.margin),
    high: texts((t) => t.segment.clusterFeatures.highMargin),
    low: texts((t) => t.segment.clusterFeatures.lowMargin),
    logCandidate: false,
    present: (d) => d.available.marginAmount,
    value: (d, i) => (d.revenue[i] === 0 ? NaN : clip(d.marginAmount[i] / d.revenue[i], -1, 1)),
  },
  {
    id: "trend",
    label: texts((t) => t.segment.clusterFeatures.revenueChange),
    high: texts((t) => t.segment.clusterFeatures.growing),
    low: texts((t) => t.segment.clusterFeatures.declining),
    logCandidate: false,
    present: (d) => d.available.previousRevenue,
    // New business (previous 0) counts as the top of the range: +300 %.
    value: (d, i) => clip(revenueTrendOf(d, i), -1, 3),
  },
  {
    id: "recencyDays",
    label: texts((t) => t.segment.clusterFeatures.daysSinceLastPurchase),
    high: texts((t) => t.segment.clusterFeatures.longSilence),
    low: texts((t) => t.segment.clusterFeatures.recentBuyers),
    logCandidate: true,
    present: (d) => d.available.lastPurchaseDay,
    value: (d, i) => recencyDays(d, i),
  },
  {
    id: "purchases",
    label: texts((t) => t.segment.clusterFeatures.purchases),
    high: texts((t) => t.segment.clusterFeatures.frequent),
    low: texts((t) => t.segment.clusterFeatures.infrequent),
    logCandidate: true,
    present: (d) => d.available.orders || d.history !== undefined,
    value: (d, i) => purchaseCount(d, i),
  },
  {
    id: "tenureDays",
    label: texts((t) => t.segment.clusterFeatures.daysSinceFirstPurchase),
    high: texts((t) => t.segment.clusterFeatures.longStanding),
    low: texts((t) => t.segment.clusterFeatures.newer),
    logCandidate: true,
    present: (d) => d.available.firstPurchaseDay,
    value: (d, i) =>
      Number.isNaN(d.firstPurchaseDay[i]) ? NaN : Math.max(0, d.asOfDay - d.firstPurchaseDay[i]),
  },
  {
    id: "onlineShare",
    label: texts((t) => t.segment.clusterFeatures.onlineShare),
    high: texts((t) => t.segment.clusterFeatures.digital),
    low: texts((t) => t.segment.clusterFeatures.offline),
    logCandidate: false,
    present: (d) => d.available.onlineShare,
    value: (d, i) => d.onlineShare[i],
  },
  {
    id: "costToServe",
    label: texts((t) => t.segment.clusterFeatures.costToServe),
    high: texts((t) => t.segment.clusterFeatures.highCostToServe),
    low: texts((t) => t.segment.clusterFeatures.lowCostToServe),
    logCandidate: true,
    present: (d) => d.available.costToServe,
    value: (d, i) => d.costToServe[i],
  },
  {
    id: "acquisitionSpend",
    label: texts((t) => t.segment.clusterFeatures.acquisitionSpend),
    high: texts((t) => t.segment.clusterFeatures.highAcquisitionCost),
    low: texts((t) => t.segment.clusterFeatures.lowAcquisitionCost),
    logCandidate: true,
    present: (d) => d.available.acquisitionSpend,
    value: (d, i) => d.acquisitionSpend[i],
  },
  {
    id: "referrals",
    label: texts((t) => t.segment.clusterFeatures.referrals),
    high: texts((t) => t.segment.clusterFeatures.refersOthers),
    low: texts((t) => t.segment.clusterFeatures.fewReferrals),
    logCandidate: true,
    present: (d) => d.available.referrals,
    value: (d, i) => d.referrals[i],
  },
  {
    id: "nps",
    label: texts((t) => t.segment.clusterFeatures.npsScore),
    high: texts((t) => t.segment.clusterFeatures.promoters),
    low: texts((t) => t.segment.clusterFeatures.detractors),
    logCandidate: false,
    present: (d) => d.available.nps,
    value: (d, i) => d.nps[i],
  },
  {
    id: "shareOfWallet",
    label: texts((t) => t.segment.clusterFeatures.shareOfWallet),
    high: texts((t) => t.segment.clusterFeatures.highShareOfWallet),
    low: texts((t) => t.segment.clusterFeatures.lowShareOfWallet),
    logCandidate: false,
    present: (d) => d.available.shareOfWallet,
    value: (d, i) => d.shareOfWallet[i],
  },
];

export interface FeatureMatrix {
  /** Row-major customers × features, scaled. */
  points: Float64Array;
  rows: number;
  cols: number;
  /** The specs used, in column order. */
  specs: FeatureSpec[];
  /** Raw (untransformed) values per used feature, for profiles and reasons. */
  raw: Float64Array[];
  logged: boolean[];
  center: number[];
  scale: number[];
  /** Per used feature: customers whose value was missing and got the median. */
  imputed: number[];
  /** Names of present features left out because they were constant. */
  dropped: Localized[];
}

/** Signed log1p: keeps the sign of negative money (refunds, losses). */
function signedLog1p(v: number): number {
  return v < 0 ? -Math.log1p(-v) : Math.log1p(v);
}

/** signedLog1p of every value, a new array (a loop: `Float64Array.prototype.map` with a callback is slow in V8). */
function signedLog1pAll(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = signedLog1p(values[i]);
  return out;
}

/** Bound of a scaled feature value (see file doc): its square summed over features stays finite. */
const MAX_SCALED = 1e6;

/**
 * The robust scale of a feature (see file doc): its median, and its interquartile range, or its standard
 * deviation when the IQR is 0. A spread that is not above 0 marks a constant feature, to be dropped. Shared by
 * the clusters method and CMAP.CLUSTER. Cost O(n) (quartiles by quickselect). Never throws.
 *
 * @example
 * robustScale(Float64Array.from([1, 2, 3, 4, 100])) // => { center: 3, spread: 2 }
 * robustScale(Float64Array.from([5, 5, 5, 5, 9])).spread // => 1.6
 * robustScale(Float64Array.from([7, 7])).spread // => 0
 */
export function robustScale(values: Float64Array): { center: number; spread: number } {
  const [lower, center, upper] = quartiles(values);
  const spread = upper - lower;
  return { center, spread: spread > 0 ? spread : standardDeviation(values) };
}

/**
 * A value on its feature's robust scale, (value − center) / spread, bounded to ±10^6 (see file doc).
 *
 * @example
 * scaleValue(7, 3, 2) // => 2
 */
export function scaleValue(value: number, center: number, spread: number): number {
  return Math.max(-MAX_SCALED, Math.min(MAX_SCALED, (value - center) / spread));
}

/** Builds the scaled feature matrix (see file doc). */
export function buildFeatureMatrix(data: CustomerData): FeatureMatrix {
  const n = data.count;
  const specs: FeatureSpec[] = [];
  const columns: Float64Array[] = [];
  const raw: Float64Array[] = [];
  const logged: boolean[] = [];
  const center: number[] = [];
  const scale: number[] = [];
  const imputed: number[] = [];
  const dropped: Localized[] = [];
  for (const spec of FEATURE_SPECS) {
    if (!spec.present(data)) continue;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = spec.value(data, i);
    const known = finiteValues(values);
    if (known.length === 0) continue;
    const useLog = spec.logCandidate && skewness(known) > 1;
    const transformed = useLog ? signedLog1pAll(known) : known;
    const { center: median, spread } = robustScale(transformed);
    if (!(spread > 0)) {
      dropped.push(spec.label);
      continue;
    }
    const column = new Float64Array(n);
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) {
        missing++;
        column[i] = 0;
      } else {
        column[i] = scaleValue(useLog ? signedLog1p(v) : v, median, spread);
      }
    }
    specs.push(spec);
    columns.push(column);
    raw.push(values);
    logged.push(useLog);
    center.push(median);
    scale.push(spread);
    imputed.push(missing);
  }
  const cols = specs.length;
  const points = new Float64Array(n * cols);
  for (let f = 0; f < cols; f++) {
    const column = columns[f];
    for (let i = 0; i < n; i++) points[i * cols + f] = column[i];
  }
  return { points, rows: n, cols, specs, raw, logged, center, scale, imputed, dropped };
}

/**
 * The finite values, in order (`values` itself when all are; callers only read it). A counting loop: `Float64Array.prototype.filter` with a callback costs about
 * 30 ms per 100,000 values in V8, most of the feature matrix's time.
 */
function finiteValues(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  if (count === values.length) return values;
  const out = new Float64Array(count);
  for (let i = 0, at = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[at++] = values[i];
  return out;
}

/** Sample skewness (third standardised moment); 0 for constant data. */
function skewness(values: Float64Array): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
}

function standardDeviation(values: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) * (values[i] - mean);
  return Math.sqrt(squares / values.length);
}

/**
 * Quantile with linear interpolation between order statistics (type 7, as Excel's QUARTILE.INC and R's
 * default): h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). O(n) by quickselect on a copy.
 */
export function quantile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const work = values.slice();
  const h = (n - 1) * p;
  const low = Math.floor(h);
  selectInPlace(work, low, 0, n - 1);
  const lowValue = work[low];
  if (h === low || low + 1 >= n) return lowValue;
  // After selection everything right of `low` is >= work[low]: the next order statistic is their minimum.
  let next = Infinity;
  for (let i = low + 1; i < n; i++) if (work[i] < next) next = work[i];
  return lowValue + (h - low) * (next - lowValue);
}

/**
 * The 25 %, 50 % and 75 % `quantile`s, the same numbers as three `quantile` calls, for about half the work:
 * one copy, a quickselect of the median over all values, then each quartile's quickselect only in its half
 * (after the first selection, everything left of the median's slot is ≤ it and everything right is ≥ it).
 */
export function quartiles(values: Float64Array): [number, number, number] {
  const n = values.length;
  if (n === 0) return [NaN, NaN, NaN];
  const work = values.slice();
  const mid = Math.floor((n - 1) * 0.5);
  selectInPlace(work, mid, 0, n - 1);
  const minFrom = (from: number, to: number): number => {
    let least = Infinity;
    for (let i = from; i <= to; i++) if (work[i] < least) least = work[i];
    return least;
  };
  const midNext = mid + 1 < n ? minFrom(mid + 1, n - 1) : Infinity;
  const at = (p: number, low: number, next: number): number => {
    const h = (n - 1) * p;
    return h === low || low + 1 >= n ? work[low] : work[low] + (h - low) * (next - work[low]);
  };
  const median = at(0.5, mid, midNext);
  const low = Math.floor((n - 1) * 0.25);
  selectInPlace(work, low, 0, mid);
  const lower = at(0.25, low, low < mid ? minFrom(low + 1, mid) : midNext);
  const high = Math.floor((n - 1) * 0.75);
  selectInPlace(work, high, mid, n - 1);
  const upper = at(0.75, high, high + 1 < n ? minFrom(high + 1, n - 1) : Infinity);
  return [lower, median, upper];
}
