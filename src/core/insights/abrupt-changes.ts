/**
 * Abrupt change per customer: revenue of the latest comparable period against the period before AND
 * against the customer's own typical level (median of earlier periods) (when transactions give one), both drops and
 * jumps. A minimum size keeps tiny customers from flooding the list.
 */
import type { CustomerData, Insight } from "../model";
import { customerTrend } from "../kpi/customer-trend";
import { ACTIONS } from "./actions";
import { formatNumber, formatPercent, localize } from "./format-figure";
import { median } from "./robust-z";

export interface AbruptChangeOptions {
  /** Relative change that counts as abrupt (default 0.5 = −50 % / +50 %). */
  changeThreshold?: number;
  /**
   * Minimum revenue (money) of the reference period for a drop, or of the latest period for a jump.
   * Default: the median, over customers with revenue in either period, of max(previous, latest).
   */
  minCustomerRevenue?: number;
}

/** O(customers × periods + customers log customers). Empty when there is no trend data. */
export function findAbruptChanges(data: CustomerData, options: AbruptChangeOptions = {}): Insight[] {
  const trend = customerTrend(data);
  if (!trend) return [];
  const threshold = options.changeThreshold ?? 0.5;
  const sizes: number[] = [];
  for (let i = 0; i < data.count; i++) {
    const size = Math.max(trend.previous[i], trend.current[i]);
    if (size > 0) sizes.push(size);
  }
  const minSize = options.minCustomerRevenue ?? median(sizes);
  const insights: Insight[] = [];
  for (let i = 0; i < data.count; i++) {
    const now = trend.current[i];
    const before = trend.previous[i];
    const own = trend.historyTypical[i];
    const hasOwn = trend.historyPeriods >= 2 && Number.isFinite(own);
    const drop =
      before >= minSize &&
      before > 0 &&
      now <= before * (1 - threshold) &&
      (!hasOwn || now <= own * (1 - threshold));
    const jump =
      now >= minSize &&
      now > 0 &&
      now >= before * (1 + threshold) &&
      (!hasOwn || now >= own * (1 + threshold));
    if (!drop && !jump) continue;
    const name = data.names[i];
    const change = before > 0 ? now / before - 1 : NaN;
    const figure = localize((lang) => {
      const vs = lang === "en" ? "vs" : "frente a";
      const changeText =
        before > 0
          ? formatPercent(change, lang, 0, true)
          : lang === "en"
            ? "new activity"
            : "actividad nueva";
      const ownText = hasOwn
        ? lang === "en"
          ? `; usually ${formatNumber(own, lang)} per period`
          : `; habitualmente ${formatNumber(own, lang)} por periodo`
        : "";
      const revenueWord = lang === "en" ? "revenue" : "ventas";
      return `${revenueWord} ${changeText} ${trend.currentLabel[lang]} ${vs} ${trend.previousLabel[lang]} (${formatNumber(before, lang)} → ${formatNumber(now, lang)})${ownText}`;
    });
    insights.push({
      kind: drop ? "abrupt-drop" : "abrupt-jump",
      customer: i,
      title: drop
        ? { en: `${name}: sharp drop in purchases`, es: `${name}: caída brusca de compras` }
        : { en: `${name}: sharp rise in purchases`, es: `${name}: aumento brusco de compras` },
      figure,
      moneyAtStake: Math.abs(now - before),
      actionId: drop ? "reengage" : "develop",
      action: drop ? ACTIONS.reengage : ACTIONS.develop,
    });
  }
  return insights;
}
