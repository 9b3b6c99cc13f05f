/**
 * The call list as a commercial director reads it: 12-month decliners and silent customers, cross-sell
 * estimates specific to each customer, and the per-kind cap. Every expected item is computed by hand here.
 */
import { createCustomerData } from "../../../src/core/customer-data";
import { findInsights } from "../../../src/core/insights/find-insights";
import { civilToEpochDay } from "../../../src/core/read/parse-date";
import { summarizeTransactions, type TransactionTable } from "../../../src/core/read/summarize-transactions";
import { day, makeHistory, makeSegmentation } from "../kpi/kpi-fixtures";
import { purchaseRhythmDays } from "../../../src/core/timeline";

const AS_OF = day("2024-12-31");
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

/** Two full years of monthly transactions from 2023-01-01 (purchases on the 1st, and the 15th for one customer). */
function twoYears(): { table: TransactionTable; names: string[] } {
  const rows: [number, number, number][] = []; // customer, day, amount
  const names = [
    "Steady 0",
    "Steady 1",
    "Steady 2",
    "Steady 3",
    "Steady 4",
    "Steady 5",
    "Steady 6",
    "Steady 7",
  ];
  for (let month = 0; month < 24; month++) {
    const year = 2023 + Math.floor(month / 12);
    const first = civilToEpochDay(year, (month % 12) + 1, 1);
    const mid = civilToEpochDay(year, (month % 12) + 1, 15);
    for (let c = 0; c < 8; c++) rows.push([c, first, 1000]);
    rows.push([8, first, month < 12 ? 2000 : 800]); // the decliner: −60\u00a0%
    if (month < 18) rows.push([9, first, 1500], [9, mid, 1500]); // the silent one: twice a month until June 2024
    rows.push([10, first, month < 12 ? 10 : 2]); // tiny decliner: −80\u00a0% but too small to call
    rows.push([11, first, month < 12 ? 1000 : 2000]); // the jump: +100\u00a0%
  }
  names.push("Decliner", "Silent", "Tiny", "Jumper");
  return {
    names,
    table: {
      rowCount: rows.length,
      customerIds: names.map((_, c) => `K${c}`),
      customer: Int32Array.from(rows.map((r) => r[0])),
      day: Float64Array.from(rows.map((r) => r[1])),
      amount: Float64Array.from(rows.map((r) => r[2])),
    },
  };
}

describe("call list: abrupt changes on 12-month windows", () => {
  const { table, names } = twoYears();
  // 2024 is a leap year: ending on 30 December makes the two 365-day windows exactly 2023 and 2024.
  const asOf = day("2024-12-30");
  const data = summarizeTransactions(table, { observationEndDay: asOf, names });
  const items = findInsights(data, makeSegmentation(["All"], new Array(data.count).fill(0)));
  const abrupt = items.filter((i) => i.kind.startsWith("abrupt"));

  it("compares the last 12 months with the 12 before", () => {
    expect(data.history!.trendWindowDays).toBe(365);
  });

  it("lists the silent customer, the decliner and the jump, not the tiny decliner", () => {
    // Silent: 36,000 in 2023 and 18,000 in 2024 → 36,000 a year at stake. Decliner: 24,000 → 9,600.
    // Jumper: 12,000 → 24,000. Tiny: 120 → 24, below the median size (12,000).
    expect(abrupt.map((i) => [i.kind, data.names[i.customer], i.moneyAtStake])).toEqual([
      ["abrupt-drop", "Silent", 36000],
      ["abrupt-drop", "Decliner", 14400],
      ["abrupt-jump", "Jumper", 12000],
    ]);
  });

  it("explains the decline in words a director reads", () => {
    const decliner = abrupt[1];
    expect(decliner.title.en).toBe("Decliner: sharp drop in purchases");
    expect(decliner.figure.en).toBe("revenue −60% last 12 months vs the 12 months before (24,000 → 9,600)");
    expect(decliner.figure.es).toBe(
      "ventas −60\u00a0% últimos 12 meses frente a los 12 meses anteriores (24.000 → 9.600)",
    );
    expect(decliner.actionId).toBe("reengage");
  });

  it("says how long the silent customer has been silent against its own rhythm", () => {
    const silent = abrupt[0];
    const last = civilToEpochDay(2024, 6, 15);
    // Its own rhythm is the timeline's (mean gap between its 36 purchase days), the Customers sheet's figure.
    const gap = purchaseRhythmDays(data)[silent.customer];
    expect(gap).toBeGreaterThan(0);
    expect(silent.title.es).toBe("Silent: ha dejado de comprar");
    expect(silent.figure.en).toContain(
      `no purchase for ${asOf - last} days (usually every ${Math.round(gap)} days)`,
    );
    expect(silent.figure.en).toContain("(36,000 → 18,000)");
    expect(silent.actionId).toBe("reengage");
  });
});

describe("call list: cross-sell estimates per customer", () => {
  // Segment Core: customers 0-4 buy A, B and C; 5 (big) and 6 (small) buy only A. B and C reach 5/7 = 71\u00a0%.
  const categories = [
    ["A", "B", "C"],
    ["A", "B", "C"],
    ["A", "B", "C"],
    ["A", "B", "C"],
    ["A", "B", "C"],
    ["A"],
    ["A"],
  ];
  const revenue = [1000, 1000, 1000, 1000, 1000, 2000, 500];
  const bSpend = [100, 200, 300, 400, 500];
  const spendRows = categories.map((bought, i) =>
    bought.length === 3 ? [revenue[i] - bSpend[i] - 50, bSpend[i], 50] : [revenue[i]],
  );
  const offsets = [0];
  for (const row of spendRows) offsets.push(offsets[offsets.length - 1] + row.length);
  const history = makeHistory(
    "month",
    ["2024-12"],
    revenue.map((r) => [r]),
    {
      categories,
      hasCategories: true,
      categoryRevenue: { offsets: Int32Array.from(offsets), revenue: Float64Array.from(spendRows.flat()) },
    },
  );
  const data = createCustomerData({ ids: ids(7), revenue, asOfDay: AS_OF, history });
  const items = findInsights(data, makeSegmentation(["Core"], new Array(7).fill(0))).filter(
    (i) => i.kind === "cross-sell-gap",
  );

  it("scales the median buyer's spend by the customer's size, one item per customer", () => {
    // Median B spend among buyers = 300; segment median revenue = 1000 → big ×2, small ×0.5.
    expect(items.map((i) => [i.customer, i.moneyAtStake])).toEqual([
      [5, 600],
      [6, 150],
    ]);
  });

  it("names the biggest gap and lists the others", () => {
    expect(items[0].title.en).toBe("c5: does not buy B, which its segment buys");
    // The title names B; the figure says how many of the segment buy it, without naming B again.
    expect(items[0].figure.en).toContain("71% of Core customers buy this category");
    expect(items[0].figure.en).not.toContain("B");
    expect(items[0].figure.en).toContain("median 300");
    expect(items[0].figure.en).toContain("2.0× the segment median");
    expect(items[0].figure.en).toContain("also not buying C (71%)");
    expect(items[0].figure.es).toContain("tampoco compra C (71\u00a0%)");
  });

  it("ignores categories that less than 60\u00a0% of the segment buys", () => {
    const sparse = findInsights(data, makeSegmentation(["Core"], new Array(7).fill(0)), {
      minPenetration: 0.8,
    });
    expect(sparse.filter((i) => i.kind === "cross-sell-gap")).toEqual([]);
  });
});

describe("call list: balance between kinds", () => {
  // 0-9: loss-makers (loss 10..100, no change); 10-19: drops 10,000 → 100; 20-29: jumps 200 → 10,000;
  // 30: a tiny loss-maker (revenue 50, below a quarter of the median revenue 1,000).
  const n = 31;
  const revenue: number[] = [];
  const previous: number[] = [];
  const margin: number[] = [];
  const add = (revenueNow: number, revenueBefore: number, marginAmount: number) => {
    revenue.push(revenueNow);
    previous.push(revenueBefore);
    margin.push(marginAmount);
  };
  for (let i = 0; i < n; i++) {
    if (i < 10) add(1000, 1000, -(i + 1) * 10);
    else if (i < 20) add(100, 10000, NaN);
    else if (i < 30) add(10000, 200, NaN);
    else add(50, 50, -5);
  }
  const data = createCustomerData({
    ids: ids(n),
    revenue,
    numeric: { previousRevenue: previous, marginAmount: margin },
    asOfDay: AS_OF,
  });
  const segmentation = makeSegmentation(["All"], new Array(n).fill(0));

  it("caps each kind at 40\u00a0% and always lists the larger loss-makers", () => {
    const items = findInsights(data, segmentation, { maxItems: 10 });
    // Cap = 4: the four largest losses, then by money the four drops (9,900) and two jumps (9,800).
    expect(items.map((i) => [i.kind, i.customer])).toEqual([
      ["abrupt-drop", 10],
      ["abrupt-drop", 11],
      ["abrupt-drop", 12],
      ["abrupt-drop", 13],
      ["abrupt-jump", 20],
      ["abrupt-jump", 21],
      ["negative-margin", 9],
      ["negative-margin", 8],
      ["negative-margin", 7],
      ["negative-margin", 6],
    ]);
  });

  it("fills the list with one kind when only that kind is left", () => {
    const onlyDrops = createCustomerData({
      ids: ids(30),
      revenue: new Array(30).fill(100),
      numeric: { previousRevenue: Array.from({ length: 30 }, (_, i) => 1000 + i) },
      asOfDay: AS_OF,
    });
    const items = findInsights(onlyDrops, makeSegmentation(["All"], new Array(30).fill(0)), { maxItems: 10 });
    // Every customer is the median size or more only from index 15 on (median of 1000..1029 = 1014.5).
    expect(items.map((i) => [i.kind, i.customer])).toEqual(
      Array.from({ length: 10 }, (_, t) => ["abrupt-drop", 29 - t]),
    );
  });

  it("a tiny loss-maker is not forced into the list", () => {
    const items = findInsights(data, segmentation, { maxItems: 10 });
    expect(items.some((i) => i.customer === 30)).toBe(false);
    const all = findInsights(data, segmentation, { maxItems: 100 });
    expect(all.some((i) => i.customer === 30 && i.kind === "negative-margin")).toBe(true);
  });
});
