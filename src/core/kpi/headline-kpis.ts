/**
 * The headline KPIs: which of an analysis' KPIs a summary leads with. One choice for every surface: the
 * pane's results shows the first four, the Customer Map sheet's cards the next ones after the figures it
 * writes from the data itself (customers, revenue, margin, margin %).
 */
import type { Kpi } from "../model";

/** KPIs a summary leads with, in this order, when the data allows them; the other available ones follow. */
export const HEADLINE_KPI_IDS: readonly string[] = [
  "revenue",
  "marginPercent",
  "averageTicket",
  "averageLtv",
  "ltvToCac",
  "churnRatePerYear",
  "churnRatePerWindow",
  "purchasesPerCustomerPerYear",
  "top20RevenueShare",
];

/**
 * Up to `count` KPIs with a value: those of `HEADLINE_KPI_IDS` in its order, then the other available ones in
 * the analysis' order. KPIs whose id is in `exclude` (figures the caller already shows) are left out.
 * Cost: O(kpis × preferred ids). Never throws.
 *
 * @example
 * const kpi = (id, value) => ({ id, label: { en: id, es: id }, value, format: "number" });
 * headlineKpis([kpi("customers", 10), kpi("revenue", 100), kpi("averageTicket", null)], 2).map((k) => k.id) // => ["revenue", "customers"]
 * headlineKpis([kpi("customers", 10), kpi("revenue", 100)], 4, ["revenue"]).map((k) => k.id) // => ["customers"]
 */
export function headlineKpis(kpis: readonly Kpi[], count: number, exclude: readonly string[] = []): Kpi[] {
  const available = kpis.filter(
    (kpi) => kpi.value !== null && Number.isFinite(kpi.value) && !exclude.includes(kpi.id),
  );
  const preferred = HEADLINE_KPI_IDS.map((id) => available.find((kpi) => kpi.id === id)).filter(
    (kpi): kpi is Kpi => kpi !== undefined,
  );
  const rest = available.filter((kpi) => !preferred.includes(kpi));
  return [...preferred, ...rest].slice(0, Math.max(0, count));
}
