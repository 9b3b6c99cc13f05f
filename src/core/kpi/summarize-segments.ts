/**
 * KPIs per segment for the Segments sheet: average ticket, margin % (over the segment's own revenue of
 * customers with a known margin, the portfolio KPI's definition), average LTV, churn rate per churn window
 * (the portfolio's one churn figure restricted to the segment, so the segments and the total agree) and
 * revenue share, aligned with `segmentation.segments`. NaN where the data cannot say.
 */
import type { CustomerScores, SegmentKpis } from "../analysis";
import type { CustomerData, Segmentation } from "../model";
import { type ChurnFigure, buildTimeline } from "../timeline";
import { ordersOf } from "./portfolio-basics";

/** O(customers + segments). */
export function summarizeSegments(
  data: CustomerData,
  segmentation: Segmentation,
  scores: CustomerScores,
  churn: ChurnFigure = buildTimeline(data).churn,
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
  const churnBase = new Float64Array(k);
  const churnLost = new Float64Array(k);
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
    const status = churn.status[i];
    if (status >= 0) {
      churnBase[s]++;
      churnLost[s] += status;
    }
  }
  return segmentation.segments.map((segment, s) => ({
    segmentId: segment.id,
    averageTicket: orderCount[s] > 0 ? revenueWithOrders[s] / orderCount[s] : NaN,
    marginPercent:
      marginCustomers[s] > 0 && revenueWithMargin[s] !== 0 ? margin[s] / revenueWithMargin[s] : NaN,
    averageLtv: ltvCount[s] > 0 ? ltvSum[s] / ltvCount[s] : NaN,
    churnRatePerWindow: churnBase[s] > 0 ? churnLost[s] / churnBase[s] : NaN,
    revenueShare: total !== 0 ? revenue[s] / total : NaN,
  }));
}
