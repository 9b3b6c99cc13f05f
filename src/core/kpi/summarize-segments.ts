/**
 * KPIs per segment for the Segments sheet: average ticket, margin %, average LTV, churn risk and revenue
 * share, aligned with `segmentation.segments`. NaN where the data cannot say (no orders, no margins...).
 */
import type { CustomerScores, SegmentKpis } from "../analysis";
import type { CustomerData, Segmentation } from "../model";
import { ordersOf } from "./portfolio-basics";

/** Days of silence after which the recency proxy counts a customer as at risk, when no model applies. */
const MIN_SILENCE_DAYS = 90;

/**
 * Churn risk per customer: 1 − probability alive when the model gave one; otherwise a recency proxy:
 * 1 when the silence since the last purchase exceeds twice the customer's own average gap between orders
 * (and at least 90 days), else 0; NaN without dates.
 */
export function churnRiskOf(
  data: CustomerData,
  scores: CustomerScores,
  i: number,
  orders: Float64Array | null,
): number {
  const alive = scores.probabilityAlive[i];
  if (Number.isFinite(alive)) return 1 - alive;
  const last = data.lastPurchaseDay[i];
  if (Number.isNaN(last)) return NaN;
  const silence = data.asOfDay - last;
  const first = data.firstPurchaseDay[i];
  const count = orders ? orders[i] : NaN;
  const gap = count > 1 && Number.isFinite(first) ? (last - first) / (count - 1) : NaN;
  const limit = Math.max(MIN_SILENCE_DAYS, Number.isFinite(gap) ? 2 * gap : MIN_SILENCE_DAYS);
  return silence > limit ? 1 : 0;
}

/** O(customers + segments). */
export function summarizeSegments(
  data: CustomerData,
  segmentation: Segmentation,
  scores: CustomerScores,
): SegmentKpis[] {
  const k = segmentation.segments.length;
  const revenue = new Float64Array(k);
  const revenueWithOrders = new Float64Array(k);
  const orderCount = new Float64Array(k);
  const margin = new Float64Array(k);
  const revenueWithMargin = new Float64Array(k);
  const marginCustomers = new Float64Array(k);
  const ltvSum = new Float64Array(k);
  const ltvCount = new Float64Array(k);
  const riskSum = new Float64Array(k);
  const riskCount = new Float64Array(k);
  const orders = ordersOf(data);
  let total = 0;
  for (let i = 0; i < data.count; i++) {
    const s = segmentation.assignment[i];
    const r = data.revenue[i];
    revenue[s] += r;
    total += r;
    if (orders && Number.isFinite(orders[i])) {
      orderCount[s] += orders[i];
      revenueWithOrders[s] += r;
    }
    if (!Number.isNaN(data.marginAmount[i])) {
      margin[s] += data.marginAmount[i];
      revenueWithMargin[s] += r;
      marginCustomers[s]++;
    }
    if (Number.isFinite(scores.ltv[i])) {
      ltvSum[s] += scores.ltv[i];
      ltvCount[s]++;
    }
    const risk = churnRiskOf(data, scores, i, orders);
    if (Number.isFinite(risk)) {
      riskSum[s] += risk;
      riskCount[s]++;
    }
  }
  return segmentation.segments.map((segment, s) => ({
    segmentId: segment.id,
    averageTicket: orderCount[s] > 0 ? revenueWithOrders[s] / orderCount[s] : NaN,
    marginPercent:
      marginCustomers[s] > 0 && revenueWithMargin[s] !== 0 ? margin[s] / revenueWithMargin[s] : NaN,
    averageLtv: ltvCount[s] > 0 ? ltvSum[s] / ltvCount[s] : NaN,
    churnRisk: riskCount[s] > 0 ? riskSum[s] / riskCount[s] : NaN,
    revenueShare: total !== 0 ? revenue[s] / total : NaN,
  }));
}
