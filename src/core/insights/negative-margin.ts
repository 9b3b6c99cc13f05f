/** Loss-making customers: margin below 0. Money at stake = the loss. Action: reprice, renegotiate or stop. */
import type { CustomerData, Insight } from "../model";
import { ACTIONS } from "./actions";
import { formatPercent, localize } from "../format";
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
      figure: localize((lang) => {
        const pct = revenue > 0 ? ` (${formatPercent(margin / revenue, lang, 1)})` : "";
        return lang === "en"
          ? `margin ${moneyText(margin, lang, options)} on revenue ${moneyText(revenue, lang, options)}${pct}`
          : `margen ${moneyText(margin, lang, options)} sobre ventas de ${moneyText(revenue, lang, options)}${pct}`;
      }),
      moneyAtStake: -margin,
      actionId: "reprice",
      action: ACTIONS.reprice,
    });
  }
  return insights;
}
