import { createCustomerData, revenueTrendOf } from "../../src/core/customer-data";
import { summarizeTransactions } from "../../src/core/read/summarize-transactions";
import { annualiseRate, buildTimeline, churnWindowMonths } from "../../src/core/timeline";
import { day } from "./kpi/kpi-fixtures";

/** Transactions from per-customer purchase days (ISO dates), 100 each. */
function fromDays(days: string[][]) {
  const customer: number[] = [];
  const dayList: number[] = [];
  days.forEach((list, c) =>
    list.forEach((iso) => {
      customer.push(c);
      dayList.push(day(iso));
    }),
  );
  return summarizeTransactions({
    rowCount: customer.length,
    customerIds: days.map((_, c) => `C${c}`),
    customer: Int32Array.from(customer),
    day: Float64Array.from(dayList),
    amount: new Float64Array(customer.length).fill(100),
  });
}

describe("churn window fitted to the purchase rhythm", () => {
  it("⌈3 × rhythm in months⌉, between 1 and 12", () => {
    expect(churnWindowMonths(10)).toBe(1); // 30 days ≈ 0.99 months
    expect(churnWindowMonths(45)).toBe(5); // 135 days ≈ 4.4 months
    expect(churnWindowMonths(31)).toBe(3); // 93 days ≈ 3.06 months: within the tenth-of-a-month tolerance
    expect(churnWindowMonths(64)).toBe(7); // 192 days ≈ 6.3 months
    expect(churnWindowMonths(400)).toBe(12);
    expect(churnWindowMonths(NaN)).toBe(12);
  });

  it("per-window and per-year rates are the same figure in two units", () => {
    for (const months of [1, 3, 4, 12]) {
      for (const p of [0, 0.05, 0.4, 1]) {
        const year = annualiseRate(p, months);
        expect(1 - Math.pow(1 - year, months / 12)).toBeCloseTo(p, 12);
      }
    }
    expect(annualiseRate(0.1, 3)).toBeCloseTo(1 - 0.9 ** 4, 12);
  });
});

describe("buildTimeline on transactions", () => {
  // Four customers over 2024 with a monthly rhythm, two of them stop in the summer.
  const monthly = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => `2024-${String(from + k).padStart(2, "0")}-15`);
  const data = fromDays([
    [...monthly(1, 12)],
    [...monthly(1, 12)],
    [...monthly(1, 7)],
    ["2024-01-15", "2024-03-15", "2024-04-01", "2024-12-20"], // gaps 60, 17, 263 → mean 340 / 3
  ]);
  const timeline = buildTimeline(data);

  it("own rhythm = mean gap between purchase days, (last − first) / (days − 1)", () => {
    expect(timeline.rhythmDays[0]).toBe((day("2024-12-15") - day("2024-01-15")) / 11); // 335 / 11 ≈ 30.5
    expect(timeline.rhythmDays[3]).toBeCloseTo(340 / 3, 12);
    expect(timeline.daysSinceLastPurchase[2]).toBe(day("2024-12-20") - day("2024-07-15"));
  });

  it("churn: bought in the previous window, not in the current one; window from the median rhythm", () => {
    const churn = timeline.churn;
    // Portfolio rhythm 31 days → 3 months; current window = the 3 months up to 2024-12-20.
    expect(churn.windowMonths).toBe(3);
    // Previous window (Jun 21 .. Sep 20): customers 0 and 1 bought and both bought again; customer 2 bought in
    // July and never again → lost; customer 3 did not buy in the previous window (not in the base).
    expect(churn.base).toBe(3);
    expect(churn.lost).toBe(1);
    expect(churn.perWindow).toBeCloseTo(1 / 3, 12);
    expect(churn.perYear).toBeCloseTo(1 - (2 / 3) ** 4, 12);
    expect(Array.from(churn.status)).toEqual([0, 0, 1, -1]);
  });

  it("a customer who stops in the previous window counts as lost, per window and per year alike", () => {
    const stopping = fromDays([monthly(1, 12), monthly(1, 9), monthly(1, 9), monthly(1, 12)]);
    const churn = buildTimeline(stopping).churn;
    // Window 3 months: previous Jun 21 .. Sep 20 (all four bought), current Sep 21 .. Dec 20 (two did not).
    expect(churn.windowMonths).toBe(3);
    expect(churn.base).toBe(4);
    expect(churn.lost).toBe(2);
    expect(churn.perWindow).toBe(0.5);
    expect(churn.perYear).toBeCloseTo(1 - 0.5 ** 4, 12);
    expect(churn.source.en).toMatch(/2 of 4 customers/);
    expect(churn.source.es).toMatch(/2 de 4 clientes/);
  });

  it("trend is the map's trend (revenueTrendOf)", () => {
    for (let i = 0; i < data.count; i++) {
      const expected = revenueTrendOf(data, i);
      if (Number.isNaN(expected)) expect(timeline.trend[i]).toBeNaN();
      else expect(timeline.trend[i]).toBe(expected);
    }
    expect(timeline.trendMonths).toBe(6);
  });
});

describe("buildTimeline on a customer sheet", () => {
  it("churn = previous-period buyers with no revenue now; window = the sheet's period", () => {
    const data = createCustomerData({
      ids: ["a", "b", "c", "d"],
      revenue: [100, 0, 50, 80],
      numeric: {
        previousRevenue: [90, 40, 0, 100],
        orders: [5, 0, 2, 3],
        firstPurchaseDay: [100, 100, 100, 100],
        lastPurchaseDay: [500, 200, 300, 400],
      },
      asOfDay: 730,
    });
    const timeline = buildTimeline(data);
    expect(timeline.churn.windowMonths).toBe(12);
    expect(timeline.churn.perWindow).toBeCloseTo(1 / 3, 12);
    expect(timeline.churn.perYear).toBeCloseTo(1 / 3, 12);
    expect(timeline.rhythmDays[0]).toBe(100); // (500 − 100) / 4
    expect(timeline.trend[2]).toBe(Infinity); // new business
    expect(timeline.trend[3]).toBeCloseTo(-0.2, 12);
    expect(timeline.trendMonths).toBeNull();
  });
});
