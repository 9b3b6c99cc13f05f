/**
 * The customer-feature table (the SQL feature query's output) read by the core: its history columns become the
 * purchase history (trend window, recent revenue, purchase days, rhythm, the customer-base-analysis triple) and
 * its as-of day the end of observation; without all of them a table is an ordinary customer sheet.
 */
import { revenueTrendOf } from "../../../src/core/customer-data";
import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";
import { purchaseRhythmDays } from "../../../src/core/timeline";
import type { Grid } from "../../../src/core/types";

const HEADER = [
  "customer_id",
  "revenue",
  "orders",
  "first_purchase",
  "last_purchase",
  "previous_revenue",
  "recent_revenue",
  "purchase_days",
  "mean_repeat_spend",
  "rhythm_days",
  "trend_window_days",
  "as_of",
];
const day = (iso: string) => Date.parse(iso) / 86_400_000;

function featureGrid(): Grid {
  return [
    HEADER,
    ["A", 1000, 4, "2024-01-10", "2025-11-20", 200, 600, 4, 250, 120.5, 365, "2025-12-31"],
    ["B", 300, 1, "2025-06-01", "2025-06-01", 0, 300, 1, 0, null, 365, "2025-12-31"],
    ["C", -50, 0, null, null, 0, -50, 0, null, null, 365, "2025-12-31"],
  ];
}

describe("customer-feature table", () => {
  it("becomes customers with the purchase history the SQL computed", () => {
    const read = readCustomerGrid(featureGrid());
    const data = read.customers;
    expect(read.kind).toBe("customers");
    expect(data.ids).toEqual(["A", "B", "C"]);
    expect(data.asOfDay).toBe(day("2025-12-31"));
    const history = data.history!;
    expect(history.trendWindowDays).toBe(365);
    expect(Array.from(history.recentRevenue!)).toEqual([600, 300, -50]);
    expect(Array.from(history.purchaseDays)).toEqual([4, 1, 0]);
    // Trend = recent / previous − 1 (not revenue / previous − 1 as on a plain customer sheet).
    expect(revenueTrendOf(data, 0)).toBeCloseTo(600 / 200 - 1, 12);
    expect(Array.from(purchaseRhythmDays(data))).toEqual([120.5, NaN, NaN]);
    // The triple in weeks, as summarize-transactions computes it; NaN for a customer with returns only.
    expect(history.frequency[0]).toBe(3);
    expect(history.recency[0]).toBeCloseTo((day("2025-11-20") - day("2024-01-10")) / 7, 12);
    expect(history.age[1]).toBeCloseTo((day("2025-12-31") - day("2025-06-01")) / 7, 12);
    expect(history.meanRepeatSpend[1]).toBe(0);
    expect(Number.isNaN(history.frequency[2])).toBe(true);
    // The history columns are not given roles of their own (purchase_days looks like a date header).
    expect(read.mapping.filter((m) => m.header === "purchase_days" || m.header === "as_of")).toEqual([
      expect.objectContaining({ role: null }),
      expect.objectContaining({ role: null }),
    ]);
  });

  it("without every history column it is an ordinary customer sheet (no history, as-of = latest date)", () => {
    const grid = featureGrid().map((row) => row.slice(0, 10)); // trend_window_days and as_of dropped
    const data = readCustomerGrid(grid).customers;
    expect(data.history).toBeUndefined();
    expect(data.asOfDay).toBe(day("2025-11-20"));
    expect(revenueTrendOf(data, 0)).toBeCloseTo(1000 / 200 - 1, 12);
  });
});
