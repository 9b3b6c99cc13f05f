/**
 * Profitability index per customer: the customer's margin % divided by the portfolio's revenue-weighted
 * margin % (KBOX's "rentabilidad ponderada"). 1 = as profitable as the portfolio; below 1 = less. NaN when
 * the customer's margin or revenue is unknown/zero, or the portfolio margin % is not positive (a ratio
 * against a loss-making portfolio would flip its meaning).
 */
import type { CustomerData } from "../model";

/** O(customers). `portfolioMarginPercent` is a fraction (Σ margin / Σ revenue). */
export function profitabilityIndex(data: CustomerData, portfolioMarginPercent: number): Float64Array {
  const index = new Float64Array(data.count).fill(NaN);
  if (!(portfolioMarginPercent > 0)) return index;
  for (let i = 0; i < data.count; i++) {
    const revenue = data.revenue[i];
    const margin = data.marginAmount[i];
    if (revenue > 0 && !Number.isNaN(margin)) index[i] = margin / revenue / portfolioMarginPercent;
  }
  return index;
}

/** Each customer's share of total revenue (contribution share); NaN for all when total revenue is 0. O(n). */
export function contributionShares(revenue: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < revenue.length; i++) total += revenue[i];
  const shares = new Float64Array(revenue.length);
  for (let i = 0; i < revenue.length; i++) shares[i] = total !== 0 ? revenue[i] / total : NaN;
  return shares;
}
