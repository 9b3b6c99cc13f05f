/**
 * The call list: every singularity worth a call (abrupt changes, groups that behave differently,
 * cross-sell gaps, outliers, loss-making customers), ranked by money at stake, with a cap per kind so the
 * list keeps its variety (see `findInsights` for the rule).
 */
import type { ActionId, CustomerData, Insight, Segmentation } from "../model";
import type { PortfolioSegmentId } from "../segment/action-rules";
import { ACTIONS, LOYALTY_MARGIN_UNKNOWN } from "./actions";
import { type AbruptChangeOptions, findAbruptChanges } from "./abrupt-changes";
import { type CrossSellOptions, findCrossSellGaps } from "./cross-sell-gaps";
import { type GroupDifferenceOptions, findGroupDifferences } from "./group-differences";
import { findNegativeMargins } from "./negative-margin";
import { type OutlierOptions, findOutliers } from "./outliers";
import { median } from "./robust-z";
import { findSegmentMoves } from "./segment-moves";

interface InsightOptions
  extends AbruptChangeOptions, GroupDifferenceOptions, CrossSellOptions, OutlierOptions {
  /** Maximum items returned (default 50). */
  maxItems?: number;
  /** Largest share of `maxItems` one kind may fill while other kinds have items (default 0.4). */
  kindShare?: number;
  /**
   * Loss-making customers are always listed (up to the cap) when their revenue reaches this share of the
   * median customer's revenue (default 0.25), so tiny one-off accounts don't take the places.
   */
  minLossCustomerShare?: number;
  /** Per customer, the segment id on the previous map (null when not on it): movers head the list. */
  previousSegmentIds?: readonly (string | null)[];
  /** When the previous map was made (ISO), for the movers' reason sentence. */
  previousRunAt?: string;
}

const KIND_ORDER: Record<Insight["kind"], number> = {
  "segment-move": -1,
  "negative-margin": 0,
  "abrupt-drop": 1,
  "abrupt-jump": 2,
  "group-difference": 3,
  "cross-sell-gap": 4,
  outlier: 5,
};

/** Money at stake as ranked: its size (a loss and a gain of the same amount weigh the same); none last. */
function rankedMoney(insight: Insight): number {
  const money = Math.abs(insight.moneyAtStake);
  return Number.isFinite(money) ? money : -1;
}

/**
 * The one order of insights: priority (movers since the previous map first), then money at stake (absolute,
 * largest first), then kind, then customer index. The call list (findInsights), the Insights sheet and the
 * pane all rank with it.
 */
function compareInsights(x: Insight, y: Insight): number {
  return (
    (y.priority ?? 0) - (x.priority ?? 0) ||
    rankedMoney(y) - rankedMoney(x) ||
    KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
    x.customer - y.customer
  );
}

/**
 * Insights in the order of `compareInsights`, as a new array; ties keep their order. An analysis' insights are
 * already in it; insights gathered otherwise (tests, merged lists) are ranked the same way.
 * Cost: O(n log n). Never throws.
 */
export function rankInsights(insights: readonly Insight[]): Insight[] {
  return [...insights].sort(compareInsights);
}

/**
 * The map's segments whose rule overrides whatever a singularity suggests (segment/action-rules.ts, first match
 * wins, these come first after the loss-makers): a high-volume, low-margin account is optimised whatever its
 * trend, and a customer at risk (declining or silent) is re-engaged before anything else is tried.
 */
const ACTION_OF_OVERRIDING_SEGMENT: ReadonlyMap<string, ActionId> = new Map<PortfolioSegmentId, ActionId>([
  ["high-volume-low-margin", "optimise"],
  ["at-risk", "reengage"],
]);

/**
 * The action the map's rules allow, one story with the map (segment/action-rules.ts): a loss-maker is
 * repriced whatever happened to its sales (growing or re-engaging it grows the loss), a high-volume,
 * low-margin account is optimised, since growing it grows the problem and a declining one is renegotiated
 * before it is re-engaged, and a customer at risk is re-engaged (an exceptionally large one too: keeping it
 * starts with winning it back). Every other action stands. Group insights are left as they are.
 */
function withActionTheMapAllows(item: Insight, data: CustomerData, segmentation: Segmentation): Insight {
  if (item.customer < 0) return item;
  const segmentId = segmentation.segments[segmentation.assignment[item.customer]]?.id;
  const actionId: ActionId | null =
    data.marginAmount[item.customer] < 0
      ? "reprice"
      : (ACTION_OF_OVERRIDING_SEGMENT.get(segmentId ?? "") ?? null);
  const moved =
    actionId === null || actionId === item.actionId ? item : { ...item, actionId, action: ACTIONS[actionId] };
  // Without a margin column, "loyalty" must not call the business profitable.
  return moved.actionId === "loyalty" && !data.available.marginAmount
    ? { ...moved, action: LOYALTY_MARGIN_UNKNOWN }
    : moved;
}

/**
 * Finds the singularities and picks the call list. The rule, so one kind cannot crowd out the others:
 * 0. **Movers first**: customers whose segment got worse since the previous map (segment-moves.ts) are ranked
 *    by priority (valuable → at risk first) and listed before everything else, up to the per-kind cap.
 * 1. Every item is ranked by money at stake (`compareInsights`; ties: kind, then customer index).
 * 2. **Per-kind cap**: each kind fills at most `kindShare` (default 40 %) of `maxItems`, rounded up.
 * 3. **Loss-making customers first**: every negative-margin customer whose revenue is at least
 *    `minLossCustomerShare` (default 25 %) of the median customer's revenue is listed (largest losses
 *    first, up to the cap), whatever the money of the other items.
 * 4. The rest of the list takes the highest-money items whose kind is still under its cap.
 * 5. If the list is still short (few kinds available), it is filled with the next highest-money items
 *    regardless of the cap, so a list with a single kind still holds `maxItems` items.
 * The result is sorted by money at stake. O(items log items) on top of the finders. Never throws on data.
 */
export function findInsights(
  data: CustomerData,
  segmentation: Segmentation,
  options: InsightOptions = {},
): Insight[] {
  const maxItems = Math.max(0, options.maxItems ?? 50);
  const cap = Math.max(1, Math.ceil((options.kindShare ?? 0.4) * maxItems));
  const all = [
    ...findNegativeMargins(data, options),
    ...findAbruptChanges(data, options),
    ...findGroupDifferences(data, segmentation, options),
    ...findCrossSellGaps(data, segmentation, options),
    ...findOutliers(data, options),
    ...(options.previousSegmentIds
      ? findSegmentMoves(data, segmentation, options.previousSegmentIds, options.previousRunAt)
      : []),
  ]
    .filter((item) => Number.isFinite(item.moneyAtStake))
    .map((item) => withActionTheMapAllows(item, data, segmentation));
  all.sort(compareInsights);

  const picked = new Uint8Array(all.length);
  const perKind = new Map<Insight["kind"], number>();
  let count = 0;
  const take = (index: number): void => {
    picked[index] = 1;
    count++;
    perKind.set(all[index].kind, (perKind.get(all[index].kind) ?? 0) + 1);
  };
  const underCap = (kind: Insight["kind"]): boolean => (perKind.get(kind) ?? 0) < cap;

  const minLossRevenue =
    (options.minLossCustomerShare ?? 0.25) * median(Float64Array.from(data.revenue).filter((v) => v > 0));
  // `all` is sorted with the movers first (by priority): they take their places before anything else.
  for (let t = 0; t < all.length && count < maxItems; t++) {
    if (all[t].kind === "segment-move" && underCap("segment-move")) take(t);
  }
  for (let t = 0; t < all.length && count < maxItems; t++) {
    const item = all[t];
    if (item.kind !== "negative-margin" || !underCap(item.kind)) continue;
    if (data.revenue[item.customer] >= minLossRevenue) take(t);
  }
  for (let t = 0; t < all.length && count < maxItems; t++) {
    if (!picked[t] && underCap(all[t].kind)) take(t);
  }
  for (let t = 0; t < all.length && count < maxItems; t++) {
    if (!picked[t]) take(t);
  }
  return all.filter((_, t) => picked[t] === 1);
}
