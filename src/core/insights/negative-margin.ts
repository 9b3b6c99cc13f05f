/** Loss-making customers: margin below 0. Money at stake = the loss. Action: reprice, renegotiate or stop. */
import type { CustomerData, Insight } from "../model";
import { ACTIONS } from "./actions";
import { formatPercent } from "../format";
import { moneyText, type MoneyTextOptions } from "./money-text";
import { texts } from "../../i18n/texts";

/** O(customers). Empty without margin data. */
export function findNegativeMargins(data: CustomerData, options: MoneyTextOptions = {}): Insight[] {
  const insights: Insight[] = [];
  for (let i = 0; i < data.count; i++) {
    const margin = data.marginAmount[i];
    if (!(margin < 0)) continue;
    const revenue = data.revenue[i];
    insights.push({
      kind: "negative-margin",
      customer: i,
      title: texts((t) => t.insights.negativeMargin.sellsAtALoss(data.names[i])),
      figure: texts((t, textLang) => {
        const p = t.insights.negativeMargin;
        const loss = moneyText(margin, textLang, options);
        const sales = moneyText(revenue, textLang, options);
        return revenue > 0
          ? p.marginOnRevenuePercent(loss, sales, formatPercent(margin / revenue, textLang, 1))
          : p.marginOnRevenue(loss, sales);
      }),
      moneyAtStake: -margin,
      actionId: "reprice",
      action: ACTIONS.reprice,
    });
  }
  return insights;
}
