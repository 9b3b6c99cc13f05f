/**
 * Retention and churn per period: of the customers active (revenue > 0) in period t − 1, the share still
 * active in t. A period after one with no active customer has no retention (null, with the reason), never 0.
 */
import type { Localized } from "../types";
import type { PeriodGrid } from "./periods";
import { texts } from "../../i18n/texts";

interface PeriodRetention {
  label: string;
  /** Customers with revenue > 0 in this period. */
  activeCustomers: number;
  /** Customers with revenue > 0 in the previous period (the retention base). */
  previousActiveCustomers: number;
  /** Active in this period and in the previous one. */
  retainedCustomers: number;
  /** Active for the first time in the grid in this period. */
  newCustomers: number;
  /** retained / active in the previous period; null for the first period or after an empty one. */
  retentionRate: number | null;
  churnRate: number | null;
  unavailableReason?: Localized;
}

/**
 * Retention per period of a grid. O(customers × periods), no allocation per row beyond two flags arrays.
 *
 * For instance, customers {1, 2} in period A and {2, 3} in B: B.retentionRate = 0.5, B.newCustomers = 1.
 */
export function retentionByPeriod(grid: PeriodGrid): PeriodRetention[] {
  const periods = grid.labels.length;
  const customers = grid.customers;
  const seen = new Uint8Array(customers);
  const rows: PeriodRetention[] = [];
  for (let p = 0; p < periods; p++) {
    let active = 0;
    let retained = 0;
    let fresh = 0;
    let previousActive = 0;
    for (let i = 0; i < customers; i++) {
      const now = grid.revenue[i * periods + p] > 0;
      const before = p > 0 && grid.revenue[i * periods + p - 1] > 0;
      if (before) previousActive++;
      if (!now) continue;
      active++;
      if (before) retained++;
      if (!seen[i]) {
        seen[i] = 1;
        fresh++;
      }
    }
    const row: PeriodRetention = {
      label: grid.labels[p],
      activeCustomers: active,
      previousActiveCustomers: previousActive,
      retainedCustomers: retained,
      newCustomers: fresh,
      retentionRate: null,
      churnRate: null,
    };
    if (p === 0) {
      row.unavailableReason = texts((t) => t.kpi.retention.firstPeriod);
    } else if (previousActive === 0) {
      row.unavailableReason = texts((t) =>
        t.kpi.retention.noCustomerBoughtIn(grid.labels[p - 1], grid.labels[p]),
      );
    } else {
      row.retentionRate = retained / previousActive;
      row.churnRate = 1 - row.retentionRate;
    }
    rows.push(row);
  }
  return rows;
}
