/**
 * Cross-sell gaps: categories that most customers of the same segment buy and this customer does not
 * (needs a category column in the transactions). One item per customer, listing its missing categories.
 * Money at stake is an estimate: for each missing category, the average revenue per category of the
 * segment's customers who buy it (their revenue ÷ number of categories they buy), summed.
 */
import type { CustomerData, Insight, Segmentation } from "../model";
import { ACTIONS } from "./actions";
import { formatNumber, formatPercent, localize } from "./format-figure";

export interface CrossSellOptions {
  /** Share of a segment's customers that must buy a category for it to count as "most" (default 0.6). */
  minPenetration?: number;
  /** Minimum customers in a segment to look for gaps (default 5). */
  minSegmentCustomers?: number;
}

/** O(Σ categories bought + segments × categories). Empty without category data. */
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
  const revenuePerCategory = new Float64Array(k * c);
  for (let i = 0; i < data.count; i++) {
    const s = segmentation.assignment[i];
    segmentSize[s]++;
    const bought = history.categories[i];
    for (const category of bought) {
      const j = categoryOf.get(category) as number;
      buyers[s * c + j]++;
      revenuePerCategory[s * c + j] += Math.max(0, data.revenue[i]) / bought.length;
    }
  }
  const insights: Insight[] = [];
  const owned = new Uint8Array(c);
  for (let i = 0; i < data.count; i++) {
    const s = segmentation.assignment[i];
    if (segmentSize[s] < minSegment) continue;
    owned.fill(0);
    for (const category of history.categories[i]) owned[categoryOf.get(category) as number] = 1;
    const missing: number[] = [];
    let money = 0;
    for (let j = 0; j < c; j++) {
      const penetration = buyers[s * c + j] / segmentSize[s];
      if (owned[j] || penetration < minPenetration) continue;
      missing.push(j);
      money += revenuePerCategory[s * c + j] / buyers[s * c + j];
    }
    if (missing.length === 0) continue;
    missing.sort((x, y) => buyers[s * c + y] - buyers[s * c + x]);
    const segment = segmentation.segments[s];
    insights.push({
      kind: "cross-sell-gap",
      customer: i,
      title: {
        en: `${data.names[i]}: does not buy what its segment buys`,
        es: `${data.names[i]}: no compra lo que compra su segmento`,
      },
      figure: localize((lang) => {
        const list = missing
          .map((j) => `${categories[j]} (${formatPercent(buyers[s * c + j] / segmentSize[s], lang)})`)
          .join(", ");
        return lang === "en"
          ? `not buying ${list} of ${segment.name.en} customers; about ${formatNumber(money, lang)} per customer in those categories`
          : `no compra ${list} de los clientes ${segment.name.es}; unos ${formatNumber(money, lang)} por cliente en esas categorías`;
      }),
      moneyAtStake: money,
      actionId: "develop",
      action: ACTIONS.develop,
    });
  }
  return insights;
}
