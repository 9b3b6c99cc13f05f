/**
 * The portfolio aggregates that several KPIs, the per-customer scores and the insights share: totals, the
 * observation window in years, orders per customer, and the churn rate with where it came from (both from
 * the one customer timeline, `timeline.ts`). O(customers + purchase days).
 */
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { type ChurnFigure, type CustomerTimeline, type TimelineOptions, buildTimeline } from "../timeline";

export interface BasicsOptions extends TimelineOptions {
  /** The run's timeline when already built (the pipeline builds it once); built from `data` otherwise. */
  timeline?: CustomerTimeline;
}

/** The churn figure as the KPIs and LTVs read it: per year, with its source (see `timeline.ts`). */
interface YearlyChurn {
  churnRatePerYear: number | null;
  source: Localized;
  unavailableReason?: Localized;
  figure: ChurnFigure;
}

export interface PortfolioBasics {
  count: number;
  totalRevenue: number;
  /** Margin totals over the customers whose margin is known. */
  marginKnown: boolean;
  totalMargin: number;
  revenueOfMarginKnown: number;
  customersWithoutMargin: number;
  /** Revenue-weighted margin %: Σ margin / Σ revenue over customers with margin (NaN when unknown). */
  marginPercent: number;
  /** Orders per customer (orders column, else distinct purchase days), or null when neither exists. */
  orders: Float64Array | null;
  /** Length in years of the period the revenue covers. */
  windowYears: number;
  windowSource: Localized;
  churn: YearlyChurn;
  timeline: CustomerTimeline;
}

/** Orders per customer: the orders column, else distinct purchase days from transactions, else null. */
export function ordersOf(data: CustomerData): Float64Array | null {
  if (data.available.orders) return data.orders;
  if (data.history) return Float64Array.from(data.history.purchaseDays);
  return null;
}

/**
 * Computes the shared aggregates; the window and churn come from the customer timeline. Throws CoreError on
 * an invalid `periodYears` or `churnRatePerYear` option.
 *
 * @example
 * import { readCustomerGrid } from "../read/read-customer-grid";
 * const { customers } = readCustomerGrid([["Customer", "Revenue"], ["Ana", 100], ["Luis", 300]]);
 * portfolioBasics(customers).count // => 2
 */
export function portfolioBasics(data: CustomerData, options: BasicsOptions = {}): PortfolioBasics {
  let totalRevenue = 0;
  let totalMargin = 0;
  let revenueOfMarginKnown = 0;
  let withoutMargin = 0;
  for (let i = 0; i < data.count; i++) {
    totalRevenue += data.revenue[i];
    const margin = data.marginAmount[i];
    if (Number.isNaN(margin)) {
      withoutMargin++;
      continue;
    }
    totalMargin += margin;
    revenueOfMarginKnown += data.revenue[i];
  }
  const marginKnown = data.available.marginAmount && withoutMargin < data.count;
  const marginPercent = marginKnown && revenueOfMarginKnown !== 0 ? totalMargin / revenueOfMarginKnown : NaN;
  const timeline = options.timeline ?? buildTimeline(data, options);
  const churn = timeline.churn;
  return {
    count: data.count,
    totalRevenue,
    marginKnown,
    totalMargin: marginKnown ? totalMargin : NaN,
    revenueOfMarginKnown,
    customersWithoutMargin: withoutMargin,
    marginPercent,
    orders: ordersOf(data),
    windowYears: timeline.window.years,
    windowSource: timeline.window.source,
    churn: {
      churnRatePerYear: churn.perYear,
      source: churn.source,
      ...(churn.unavailableReason ? { unavailableReason: churn.unavailableReason } : {}),
      figure: churn,
    },
    timeline,
  };
}
