/**
 * The call list: every singularity worth a call (abrupt changes, groups that behave differently,
 * cross-sell gaps, outliers, loss-making customers), ranked by money at stake and capped.
 */
import type { CustomerData, Insight, Segmentation } from "../model";
import { type AbruptChangeOptions, findAbruptChanges } from "./abrupt-changes";
import { type CrossSellOptions, findCrossSellGaps } from "./cross-sell-gaps";
import { type GroupDifferenceOptions, findGroupDifferences } from "./group-differences";
import { findNegativeMargins } from "./negative-margin";
import { type OutlierOptions, findOutliers } from "./outliers";

export interface InsightOptions
  extends AbruptChangeOptions, GroupDifferenceOptions, CrossSellOptions, OutlierOptions {
  /** Maximum items returned (default 50). */
  maxItems?: number;
}

const KIND_ORDER: Record<Insight["kind"], number> = {
  "negative-margin": 0,
  "abrupt-drop": 1,
  "abrupt-jump": 2,
  "group-difference": 3,
  "cross-sell-gap": 4,
  outlier: 5,
};

/**
 * Finds and ranks the singularities. Ties in money are broken by kind, then customer index, so the order
 * is deterministic. O(customers × periods + customers log customers). Never throws on data.
 */
export function findInsights(
  data: CustomerData,
  segmentation: Segmentation,
  options: InsightOptions = {},
): Insight[] {
  const maxItems = options.maxItems ?? 50;
  const all = [
    ...findNegativeMargins(data),
    ...findAbruptChanges(data, options),
    ...findGroupDifferences(data, segmentation, options),
    ...findCrossSellGaps(data, segmentation, options),
    ...findOutliers(data, options),
  ].filter((item) => Number.isFinite(item.moneyAtStake));
  all.sort(
    (x, y) =>
      y.moneyAtStake - x.moneyAtStake || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.customer - y.customer,
  );
  return all.slice(0, Math.max(0, maxItems));
}
