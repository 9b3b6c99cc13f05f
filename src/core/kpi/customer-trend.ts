/**
 * Revenue of each customer in the latest comparable period and the one before, from transactions (last
 * complete period vs the previous one, plus the median of all earlier periods) or from a customer sheet's
 * revenue and previous-revenue columns. Used by the "declining" flag and the abrupt-change insights.
 */
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { lastPeriodIsPartial, periodGrid } from "./periods";
import { untranslated } from "../language";
import { texts } from "../../i18n/texts";

interface CustomerTrend {
  /** Revenue in the latest comparable period. */
  current: Float64Array;
  /** Revenue in the period before. */
  previous: Float64Array;
  /**
   * The customer's typical revenue per period: the median over all periods before the latest (a median, so
   * one exceptional month does not make the next normal month look like a drop). NaN without transactions.
   */
  historyTypical: Float64Array;
  /** Number of periods behind `historyTypical` (0 without transactions). */
  historyPeriods: number;
  currentLabel: Localized;
  previousLabel: Localized;
}

/** O(customers × periods log periods). null when neither transactions (≥ 2 complete periods) nor previous revenue exist. */
export function customerTrend(data: CustomerData): CustomerTrend | null {
  const n = data.count;
  const history = data.history;
  const grid = history && history.periodLabels.length > 0 ? periodGrid(history) : null;
  if (grid) {
    const periods = grid.labels.length;
    const last = periods - 1 - (lastPeriodIsPartial(grid, data.asOfDay) ? 1 : 0);
    if (last >= 1) {
      const current = new Float64Array(n);
      const previous = new Float64Array(n);
      const historyTypical = new Float64Array(n);
      const scratch = new Float64Array(last);
      for (let i = 0; i < n; i++) {
        current[i] = grid.revenue[i * periods + last];
        previous[i] = grid.revenue[i * periods + last - 1];
        for (let p = 0; p < last; p++) scratch[p] = grid.revenue[i * periods + p];
        scratch.sort();
        historyTypical[i] =
          last % 2 === 1 ? scratch[(last - 1) >> 1] : (scratch[last / 2 - 1] + scratch[last / 2]) / 2;
      }
      return {
        current,
        previous,
        historyTypical,
        historyPeriods: last,
        currentLabel: untranslated(grid.labels[last]),
        previousLabel: untranslated(grid.labels[last - 1]),
      };
    }
  }
  if (data.available.previousRevenue) {
    return {
      current: data.revenue,
      previous: data.previousRevenue,
      historyTypical: new Float64Array(n).fill(NaN),
      historyPeriods: 0,
      currentLabel: texts((t) => t.kpi.customerTrend.currentLabel),
      previousLabel: texts((t) => t.kpi.customerTrend.previousLabel),
    };
  }
  return null;
}
