/**
 * Regions, sectors, channels (every dimension in the data) that behave differently from the portfolio:
 * growth (latest period vs the one before), margin %, and over-representation in a segment (lift). Groups
 * need a minimum number of customers so that one customer does not make a "pattern".
 */
import type { CustomerData, DimensionField, Insight, Segmentation } from "../model";
import type { Localized } from "../types";
import { asHeading, DIMENSION_LABELS } from "../role-labels";
import { comparisonWindows } from "./abrupt-changes";
import { ACTIONS } from "./actions";
import { formatNumber, formatPercent } from "../format";
import { moneyText, type MoneyTextOptions } from "./money-text";
import { texts } from "../../i18n/texts";

export interface GroupDifferenceOptions extends MoneyTextOptions {
  /** Minimum customers in a group (and in a group × segment cell for lift). Default 5. */
  minGroupCustomers?: number;
  /** Growth difference vs the portfolio, in fraction points, that counts (default 0.15 = 15 points). */
  growthGap?: number;
  /** Margin % difference vs the portfolio, in fraction points (default 0.05 = 5 points). */
  marginGap?: number;
  /** Lift (share of the group in a segment ÷ the segment's overall share) that counts (default 1.5). */
  liftThreshold?: number;
}

/** O(dimensions × (customers + values × segments)). */
export function findGroupDifferences(
  data: CustomerData,
  segmentation: Segmentation,
  options: GroupDifferenceOptions = {},
): Insight[] {
  const minCustomers = options.minGroupCustomers ?? 5;
  const growthGap = options.growthGap ?? 0.15;
  const marginGap = options.marginGap ?? 0.05;
  const liftThreshold = options.liftThreshold ?? 1.5;
  // The same comparison as the abrupt changes: 12 months vs the 12 before when the data allows it.
  const trend = comparisonWindows(data);
  const k = segmentation.segments.length;
  const segmentCounts = new Float64Array(k);
  const segmentRevenue = new Float64Array(k);
  for (let i = 0; i < data.count; i++) {
    segmentCounts[segmentation.assignment[i]]++;
    segmentRevenue[segmentation.assignment[i]] += data.revenue[i];
  }
  let totalNow = 0;
  let totalBefore = 0;
  let totalMargin = 0;
  let totalMarginRevenue = 0;
  for (let i = 0; i < data.count; i++) {
    if (trend) {
      totalNow += trend.current[i];
      totalBefore += trend.previous[i];
    }
    if (!Number.isNaN(data.marginAmount[i])) {
      totalMargin += data.marginAmount[i];
      totalMarginRevenue += data.revenue[i];
    }
  }
  const portfolioGrowth = totalBefore > 0 ? totalNow / totalBefore - 1 : NaN;
  const portfolioMargin = totalMarginRevenue > 0 ? totalMargin / totalMarginRevenue : NaN;
  const insights: Insight[] = [];

  for (const [field, values] of Object.entries(data.dimensions) as [DimensionField, string[]][]) {
    const groupOf = new Map<string, number>();
    const names: string[] = [];
    const groupIndex = new Int32Array(data.count);
    for (let i = 0; i < data.count; i++) {
      const value = values[i];
      if (value === "") {
        groupIndex[i] = -1;
        continue;
      }
      let g = groupOf.get(value);
      if (g === undefined) {
        g = names.length;
        groupOf.set(value, g);
        names.push(value);
      }
      groupIndex[i] = g;
    }
    const groups = names.length;
    if (groups < 2) continue;
    const count = new Float64Array(groups);
    const now = new Float64Array(groups);
    const before = new Float64Array(groups);
    const margin = new Float64Array(groups);
    const marginRevenue = new Float64Array(groups);
    const cells = new Float64Array(groups * k);
    const cellRevenue = new Float64Array(groups * k);
    for (let i = 0; i < data.count; i++) {
      const g = groupIndex[i];
      if (g < 0) continue;
      count[g]++;
      if (trend) {
        now[g] += trend.current[i];
        before[g] += trend.previous[i];
      }
      if (!Number.isNaN(data.marginAmount[i])) {
        margin[g] += data.marginAmount[i];
        marginRevenue[g] += data.revenue[i];
      }
      cells[g * k + segmentation.assignment[i]]++;
      cellRevenue[g * k + segmentation.assignment[i]] += data.revenue[i];
    }
    const dimension = DIMENSION_LABELS[field];
    for (let g = 0; g < groups; g++) {
      if (count[g] < minCustomers) continue;
      // "Region South", "Región Sur": the group as a reader names it (never "field = value").
      const heading = asHeading(dimension);
      const group: Localized = texts((t, textLang) =>
        t.insights.groupDifferences.group(heading[textLang], names[g]),
      );
      const groupCount = count[g];
      if (trend && before[g] > 0 && Number.isFinite(portfolioGrowth)) {
        const growth = now[g] / before[g] - 1;
        const gap = growth - portfolioGrowth;
        if (Math.abs(gap) >= growthGap) {
          const ahead = gap > 0;
          insights.push({
            kind: "group-difference",
            customer: -1,
            group,
            title: ahead
              ? texts((t, textLang) => t.insights.groupDifferences.growsFaster(group[textLang]))
              : texts((t, textLang) => t.insights.groupDifferences.lagsBehindThePortfolio(group[textLang])),
            figure: texts((t, textLang) =>
              t.insights.groupDifferences.growthFigure(
                formatPercent(growth, textLang, 0, true),
                trend.currentLabel[textLang],
                trend.previousLabel[textLang],
                formatPercent(portfolioGrowth, textLang, 0, true),
                formatNumber(groupCount, textLang),
                moneyText(before[g], textLang, options),
                moneyText(now[g], textLang, options),
              ),
            ),
            moneyAtStake: Math.abs(now[g] - before[g] * (1 + portfolioGrowth)),
            actionId: ahead ? "develop" : "reengage",
            action: ahead ? ACTIONS.develop : ACTIONS.reengage,
          });
        }
      }
      if (marginRevenue[g] > 0 && Number.isFinite(portfolioMargin)) {
        const groupMargin = margin[g] / marginRevenue[g];
        const gap = groupMargin - portfolioMargin;
        if (Math.abs(gap) >= marginGap) {
          const better = gap > 0;
          insights.push({
            kind: "group-difference",
            customer: -1,
            group,
            title: better
              ? texts((t, textLang) => t.insights.groupDifferences.isMoreProfitable(group[textLang]))
              : texts((t, textLang) => t.insights.groupDifferences.isLessProfitable(group[textLang])),
            figure: texts((t, textLang) =>
              t.insights.groupDifferences.marginFigure(
                formatPercent(groupMargin, textLang, 1),
                formatPercent(portfolioMargin, textLang, 1),
                moneyText(marginRevenue[g], textLang, options),
                formatNumber(groupCount, textLang),
              ),
            ),
            moneyAtStake: Math.abs(gap) * marginRevenue[g],
            actionId: better ? "loyalty" : "optimise",
            action: better ? ACTIONS.loyalty : ACTIONS.optimise,
          });
        }
      }
      for (let s = 0; s < k; s++) {
        const cell = cells[g * k + s];
        if (cell < minCustomers || segmentCounts[s] === 0) continue;
        const lift = cell / groupCount / (segmentCounts[s] / data.count);
        if (lift < liftThreshold) continue;
        const segment = segmentation.segments[s];
        const expected = (groupCount * segmentCounts[s]) / data.count;
        const averageRevenue = cellRevenue[g * k + s] / cell;
        insights.push({
          kind: "group-difference",
          customer: -1,
          group,
          title: texts((t, textLang) =>
            t.insights.groupDifferences.moreCustomers(group[textLang], segment.name[textLang]),
          ),
          figure: texts((t, textLang) =>
            t.insights.groupDifferences.liftFigure(
              formatNumber(cell, textLang),
              formatNumber(groupCount, textLang),
              segment.name[textLang],
              formatNumber(lift, textLang, 1),
              formatNumber(expected, textLang),
            ),
          ),
          moneyAtStake: (cell - expected) * averageRevenue,
          actionId: "review",
          action: segment.action,
        });
      }
    }
  }
  return insights;
}
