/**
 * Cross-sell gaps: categories that most customers of the same segment buy (at least `minPenetration`, 60 %)
 * and this customer does not (needs a category column in the transactions). **At most one item per
 * customer**: the category with the largest estimated gap; the other missing categories are listed in the
 * figure.
 *
 * Money at stake is an estimate specific to the customer, stated in the figure:
 *   estimate(customer, category) = median spend on the category among the segment's customers who buy it
 *                                  × clamp(customer revenue ÷ median revenue of the segment, 0.2, 3)
 *                                  × 365 ÷ days observed (when the data covers more than a year).
 * The median buyer's spend says what the category is worth to a typical customer of the segment; the size
 * ratio scales it to this customer (a customer twice the segment's median size is expected to buy about
 * twice as much), clamped so one extreme size does not produce an absurd figure. Spend per category comes
 * from `history.categoryRevenue`; without it (histories built by hand) a buyer's revenue ÷ the number of
 * categories it buys stands in. The yearly scaling makes the estimate comparable with the 12-month changes
 * of the abrupt-change items (days observed = as-of day − earliest first purchase + 1). Customers with no positive revenue are not scored (no size to scale by).
 */
import { listIn } from "../language";
import type { CustomerData, Insight, Segmentation } from "../model";
import { ACTIONS } from "./actions";
import { formatNumber, formatPercent } from "../format";
import { moneyText, type MoneyTextOptions } from "./money-text";
import { median } from "./robust-z";
import { texts } from "../../i18n/texts";

export interface CrossSellOptions extends MoneyTextOptions {
  /** Share of a segment's customers that must buy a category for it to count as "most" (default 0.6). */
  minPenetration?: number;
  /** Minimum customers in a segment to look for gaps (default 5). */
  minSegmentCustomers?: number;
}

/** Bounds of the size ratio used to scale the median buyer's spend. */
const MIN_SIZE_RATIO = 0.2;
const MAX_SIZE_RATIO = 3;

/**
 * O(Σ categories bought × log + segments × categories + customers × categories). Empty without category
 * data.
 */
export function findCrossSellGaps(
  data: CustomerData,
  segmentation: Segmentation,
  options: CrossSellOptions = {},
): Insight[] {
  const history = data.history;
  if (!history || !history.hasCategories) return [];
  const minPenetration = options.minPenetration ?? 0.6;
  const minSegment = options.minSegmentCustomers ?? 5;
  const categoryOf = new Map<string, number>();
  const categories: string[] = [];
  for (const bought of history.categories) {
    for (const category of bought) {
      if (!categoryOf.has(category)) {
        categoryOf.set(category, categories.length);
        categories.push(category);
      }
    }
  }
  const c = categories.length;
  const k = segmentation.segments.length;
  const segmentSize = new Float64Array(k);
  const buyers = new Float64Array(k * c);
  // Spend of every buyer, per (segment, category), for the medians; and positive revenues per segment.
  const spends: number[][] = Array.from({ length: k * c }, () => []);
  const segmentRevenues: number[][] = Array.from({ length: k }, () => []);
  const categoryRevenue = history.categoryRevenue;
  for (let i = 0; i < data.count; i++) {
    const s = segmentation.assignment[i];
    segmentSize[s]++;
    if (data.revenue[i] > 0) segmentRevenues[s].push(data.revenue[i]);
    const bought = history.categories[i];
    for (let t = 0; t < bought.length; t++) {
      const j = categoryOf.get(bought[t]) as number;
      buyers[s * c + j]++;
      const spend = categoryRevenue
        ? categoryRevenue.revenue[categoryRevenue.offsets[i] + t]
        : Math.max(0, data.revenue[i]) / bought.length;
      if (spend > 0) spends[s * c + j].push(spend);
    }
  }
  const medianSpend = new Float64Array(k * c);
  for (let cell = 0; cell < k * c; cell++) medianSpend[cell] = median(spends[cell]);
  const segmentMedianRevenue = segmentRevenues.map((values) => median(values));

  let firstDay = Infinity;
  for (let i = 0; i < data.count; i++) {
    const first = data.firstPurchaseDay[i];
    if (first < firstDay) firstDay = first; // NaN (unknown) never compares lower
  }
  const observedDays = data.asOfDay - firstDay + 1;
  const perYear = observedDays > 365 ? 365 / observedDays : 1;

  const insights: Insight[] = [];
  const owned = new Uint8Array(c);
  for (let i = 0; i < data.count; i++) {
    const s = segmentation.assignment[i];
    const revenue = data.revenue[i];
    if (segmentSize[s] < minSegment || !(revenue > 0)) continue;
    const sizeRatio = Math.min(MAX_SIZE_RATIO, Math.max(MIN_SIZE_RATIO, revenue / segmentMedianRevenue[s]));
    owned.fill(0);
    for (const category of history.categories[i]) owned[categoryOf.get(category) as number] = 1;
    const missing: { j: number; estimate: number }[] = [];
    for (let j = 0; j < c; j++) {
      const penetration = buyers[s * c + j] / segmentSize[s];
      const typical = medianSpend[s * c + j];
      if (owned[j] || penetration < minPenetration || !(typical > 0)) continue;
      missing.push({ j, estimate: typical * sizeRatio * perYear });
    }
    if (missing.length === 0) continue;
    missing.sort((x, y) => y.estimate - x.estimate || x.j - y.j);
    const top = missing[0];
    const segment = segmentation.segments[s];
    const share = (j: number): number => buyers[s * c + j] / segmentSize[s];
    insights.push({
      kind: "cross-sell-gap",
      customer: i,
      title: texts((t) => t.insights.crossSellGaps.doesNotBuyWhich(data.names[i], categories[top.j])),
      figure: texts((t, textLang) => {
        const p = t.insights.crossSellGaps;
        const others = listIn(
          textLang,
          missing.slice(1).map(({ j }) => `${categories[j]} (${formatPercent(share(j), textLang, 0)})`),
        );
        let typical = moneyText(medianSpend[s * c + top.j] * perYear, textLang, options);
        let estimate = moneyText(top.estimate, textLang, options);
        if (perYear < 1) {
          typical = p.perYear(typical);
          estimate = p.perYear(estimate);
        }
        const notBuying = p.notBuying(
          formatPercent(share(top.j), textLang, 0),
          segment.name[textLang],
          typical,
          formatNumber(sizeRatio, textLang, 1),
          estimate,
        );
        return others ? p.alsoNotBuying(notBuying, others) : notBuying;
      }),
      moneyAtStake: top.estimate,
      actionId: "develop",
      action: ACTIONS.develop,
    });
  }
  return insights;
}
