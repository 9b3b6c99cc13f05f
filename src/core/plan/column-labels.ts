import { texts } from "../../i18n/texts";
/**
 * Headings that several sheets share, so the same figure has the same name on the map, the Segments sheet,
 * the Customers table and the About sheet.
 */
export const COLUMN_LABELS = {
  segment: texts((t) => t.plan.columnLabels.segment),
  customers: texts((t) => t.plan.columnLabels.customers),
  revenue: texts((t) => t.plan.columnLabels.revenue),
  revenueShare: texts((t) => t.plan.columnLabels.revenueShare),
  margin: texts((t) => t.plan.columnLabels.margin),
  marginPercent: texts((t) => t.plan.columnLabels.marginPercent),
  averageTicket: texts((t) => t.plan.columnLabels.averageTicket),
  action: texts((t) => t.plan.columnLabels.action),
} as const;
