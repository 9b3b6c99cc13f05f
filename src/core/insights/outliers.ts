/**
 * Outliers by robust z-score (median/MAD): revenue (on a log scale, since money is skewed and a plain
 * z-score would flag the whole top tail) and margin % (customers with a negative margin are left to the
 * negative-margin check so they are not listed twice).
 */
import type { CustomerData, Insight } from "../model";
import { ACTIONS } from "./actions";
import { formatNumber, formatPercent } from "../format";
import { moneyText, type MoneyTextOptions } from "./money-text";
import { median, robustZScores } from "./robust-z";
import { texts } from "../../i18n/texts";

export interface OutlierOptions extends MoneyTextOptions {
  /** |robust z| above which a value is an outlier (default 3.5, Iglewicz & Hoaglin). */
  outlierZ?: number;
}

/** O(customers log customers). */
export function findOutliers(data: CustomerData, options: OutlierOptions = {}): Insight[] {
  const limit = options.outlierZ ?? 3.5;
  const n = data.count;
  const insights: Insight[] = [];
  const logRevenue = Float64Array.from(data.revenue, (v) => (v > 0 ? Math.log(v) : NaN));
  const revenueZ = robustZScores(logRevenue);
  const medianRevenue = median(Float64Array.from(data.revenue).filter((v) => v > 0));
  for (let i = 0; i < n; i++) {
    const z = revenueZ[i];
    if (!(Math.abs(z) > limit)) continue;
    const revenue = data.revenue[i];
    const high = z > 0;
    insights.push({
      kind: "outlier",
      customer: i,
      title: high
        ? texts((t) => t.insights.outliers.exceptionallyLargeCustomer(data.names[i]))
        : texts((t) => t.insights.outliers.exceptionallySmallCustomer(data.names[i])),
      figure: texts((t, textLang) =>
        t.insights.outliers.revenueFigure(
          moneyText(revenue, textLang, options),
          formatNumber(revenue / medianRevenue, textLang, 1),
          moneyText(medianRevenue, textLang, options),
          formatNumber(z, textLang, 1),
        ),
      ),
      moneyAtStake: Math.abs(revenue - medianRevenue),
      actionId: high ? "loyalty" : "develop",
      action: high ? ACTIONS.loyalty : ACTIONS.develop,
    });
  }
  if (!data.available.marginAmount) return insights;
  const marginPercent = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (data.revenue[i] > 0 && data.marginAmount[i] >= 0)
      marginPercent[i] = data.marginAmount[i] / data.revenue[i];
  }
  const marginZ = robustZScores(marginPercent);
  const medianMargin = median(marginPercent);
  for (let i = 0; i < n; i++) {
    const z = marginZ[i];
    if (!(Math.abs(z) > limit)) continue;
    const high = z > 0;
    const own = marginPercent[i];
    insights.push({
      kind: "outlier",
      customer: i,
      title: high
        ? texts((t) => t.insights.outliers.unusuallyHighMargin(data.names[i]))
        : texts((t) => t.insights.outliers.unusuallyLowMargin(data.names[i])),
      figure: texts((t, textLang) =>
        t.insights.outliers.marginFigure(
          formatPercent(own, textLang, 1),
          formatPercent(medianMargin, textLang, 1),
          moneyText(data.revenue[i], textLang, options),
          formatNumber(z, textLang, 1),
        ),
      ),
      moneyAtStake: Math.abs(own - medianMargin) * data.revenue[i],
      actionId: high ? "loyalty" : "optimise",
      action: high ? ACTIONS.loyalty : ACTIONS.optimise,
    });
  }
  return insights;
}
