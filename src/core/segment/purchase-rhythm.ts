/**
 * A customer's own buying rhythm, shared by the portfolio map (silence) and the lifecycle ladder
 * (inactive/lost): how many purchases, how long between them on average, how long since the last one.
 * All in days; NaN when the data cannot tell.
 */
import type { CustomerData } from "../model";

/** Purchases of customer `i`: the orders column, else distinct purchase days from transactions, else NaN. */
export function purchaseCount(data: CustomerData, i: number): number {
  const orders = data.orders[i];
  if (!Number.isNaN(orders)) return orders;
  if (data.history) return data.history.purchaseDays[i];
  return NaN;
}

/** Days since the last purchase at the end of observation (`asOfDay`), NaN without a last purchase date. */
export function recencyDays(data: CustomerData, i: number): number {
  const last = data.lastPurchaseDay[i];
  return Number.isNaN(last) ? NaN : Math.max(0, data.asOfDay - last);
}
