import { isCoreError } from "../../../src/core/errors";
import { civilToEpochDay } from "../../../src/core/read/parse-date";
import {
  choosePeriodUnit,
  summarizeTransactions,
  type TransactionTable,
} from "../../../src/core/read/summarize-transactions";

const day = civilToEpochDay;

/** Small hand-made table: two customers, invoices, a return, categories. */
function table(): TransactionTable {
  // rows: customer, day, amount, margin, invoice, return, category
  const rows: [number, number, number, number, number, number, number][] = [
    [0, day(2024, 1, 10), 100, 30, 1, 0, 0],
    [0, day(2024, 1, 10), 50, 10, 1, 0, 1], // same day, same invoice
    [0, day(2024, 3, 5), 80, 20, 2, 0, 0],
    [0, day(2024, 3, 20), -40, -12, 3, 1, 0], // a return: netted, not an order, not a purchase day
    [1, day(2024, 2, 1), 10, 5, 4, 0, 2],
    [1, day(2024, 6, 30), 30, 9, 5, 0, 2],
  ];
  return {
    rowCount: rows.length,
    customerIds: ["A", "B"],
    customer: Int32Array.from(rows.map((r) => r[0])),
    day: Float64Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    margin: Float64Array.from(rows.map((r) => r[3])),
    invoice: Float64Array.from(rows.map((r) => r[4])),
    isReturn: Uint8Array.from(rows.map((r) => r[5])),
    category: Int32Array.from(rows.map((r) => r[6])),
    categoryNames: ["Tools", "Paint", "Wood"],
  };
}

describe("summarizeTransactions", () => {
  const data = summarizeTransactions(table(), { timeUnit: "days" });
  const h = data.history!;

  it("nets returns into revenue and margin but not into orders or purchase days", () => {
    expect(Array.from(data.revenue)).toEqual([100 + 50 + 80 - 40, 40]);
    expect(Array.from(data.marginAmount)).toEqual([30 + 10 + 20 - 12, 14]);
    expect(Array.from(data.orders)).toEqual([2, 2]);
    expect(Array.from(h.purchaseDays)).toEqual([2, 2]);
    expect(data.lastPurchaseDay[0]).toBe(day(2024, 3, 5));
  });

  it("computes the customer-base-analysis triple in days with same-day merge", () => {
    const asOf = day(2024, 6, 30);
    expect(data.asOfDay).toBe(asOf);
    expect(h.frequency[0]).toBe(1);
    expect(h.recency[0]).toBe(day(2024, 3, 5) - day(2024, 1, 10));
    expect(h.age[0]).toBe(asOf - day(2024, 1, 10));
    // Repeat day spend: 80 on 5 March (the return on 20 March is on another, non-purchase day).
    expect(h.meanRepeatSpend[0]).toBe(80);
    expect(h.meanRepeatSpend[1]).toBe(30);
  });

  it("lists categories bought, sorted and distinct", () => {
    expect(h.categories).toEqual([["Paint", "Tools"], ["Wood"]]);
    expect(h.hasCategories).toBe(true);
  });

  it("puts revenue and margin into months, oldest first", () => {
    expect(h.periodUnit).toBe("month");
    expect(h.periodLabels).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]);
    const row = (c: number): number[] => Array.from(h.revenueByPeriod.subarray(c * 6, c * 6 + 6));
    expect(row(0)).toEqual([150, 0, 40, 0, 0, 0]);
    expect(row(1)).toEqual([0, 10, 0, 0, 0, 30]);
    expect(Array.from(h.marginByPeriod.subarray(0, 6))).toEqual([40, 0, 8, 0, 0, 0]);
  });

  it("splits the window in two equal halves for the trend when it spans less than two years", () => {
    // Window 2024-01-10 .. 2024-06-30 = 173 days → L = 86; recent = (asOf − 86, asOf].
    const asOf = day(2024, 6, 30);
    expect(h.trendWindowDays).toBe(86);
    const recentFrom = asOf - 86;
    expect(recentFrom).toBe(day(2024, 4, 5));
    expect(Array.from(h.recentRevenue!)).toEqual([0, 30]);
    // Previous window (asOf − 172, asOf − 86] = (2024-01-10, 2024-04-05]: A's 10 Jan rows are outside it.
    expect(Array.from(data.previousRevenue)).toEqual([80 - 40, 10]);
  });

  it("uses 12 months against the 12 before when the data spans two years or more", () => {
    const t: TransactionTable = {
      rowCount: 3,
      customerIds: ["A"],
      customer: Int32Array.from([0, 0, 0]),
      day: Float64Array.from([day(2022, 1, 1), day(2022, 12, 1), day(2024, 2, 1)]),
      amount: Float64Array.from([5, 10, 20]),
    };
    const d = summarizeTransactions(t);
    expect(d.history!.trendWindowDays).toBe(365);
    expect(d.history!.recentRevenue![0]).toBe(20);
    expect(d.previousRevenue[0]).toBe(10);
    expect(d.history!.periodUnit).toBe("quarter");
    expect(d.history!.periodLabels[0]).toBe("2022-Q1");
  });

  it("measures the trend's chance variation from the day spends inside the two windows", () => {
    // 12-month windows ending 2024-02-01: previous (2022-02-01, 2023-02-01], recent (2023-02-01, 2024-02-01].
    // A: 2022-01-01 is before both windows (left out); 2022-12-01 has two rows on one day (10 + 20 = 30, squared
    // as one day: 900, not 100 + 400); 2023-06-01 a return on a day of its own (−5: 25); 2024-02-01 40 (1,600).
    const t: TransactionTable = {
      rowCount: 6,
      customerIds: ["A", "B"],
      customer: Int32Array.from([0, 0, 0, 0, 0, 1]),
      day: Float64Array.from([
        day(2022, 1, 1),
        day(2022, 12, 1),
        day(2022, 12, 1),
        day(2023, 6, 1),
        day(2024, 2, 1),
        day(2022, 1, 5),
      ]),
      amount: Float64Array.from([5, 10, 20, -5, 40, 70]),
    };
    const d = summarizeTransactions(t);
    expect(d.history!.trendWindowDays).toBe(365);
    // Three gaps are too few to trust a rhythm: as random as Poisson, the variance is Σx².
    expect(Array.from(d.history!.trendChanceVariance!)).toEqual([900 + 25 + 1600, 0]);
  });

  it("lowers the trend's chance variation for a customer who buys like clockwork", () => {
    // Every 30 days from 2022-02-10 (24 purchases), 100 each except the last (160): every gap is 30, so the
    // irregularity is 0 and only the spend's own spread over the days inside the two windows is chance:
    // Σx² − (Σx)² / N — a tenth of the Poisson figure Σx² or less.
    const days = Array.from({ length: 24 }, (_, k) => day(2022, 2, 10) + 30 * k);
    const t: TransactionTable = {
      rowCount: 24,
      customerIds: ["Clock"],
      customer: new Int32Array(24),
      day: Float64Array.from(days),
      amount: Float64Array.from(days.map((_, k) => (k === 23 ? 160 : 100))),
    };
    const d = summarizeTransactions(t);
    const windowFrom = days[23] - 2 * d.history!.trendWindowDays!;
    const inWindows = days.filter((x) => x > windowFrom).length;
    const spend = 100 * (inWindows - 1) + 160;
    const squares = 100 * 100 * (inWindows - 1) + 160 * 160;
    expect(d.history!.trendChanceVariance![0]).toBeCloseTo(squares - (spend * spend) / inWindows, 6);
    expect(d.history!.trendChanceVariance![0]).toBeLessThan(squares / 10);
  });

  it("ignores rows after the observation end and drops customers with no row inside it", () => {
    const d = summarizeTransactions(table(), { observationEndDay: day(2024, 1, 31) });
    expect(d.ids).toEqual(["A"]);
    expect(d.revenue[0]).toBe(150);
    expect(d.history!.frequency[0]).toBe(0);
    expect(d.history!.meanRepeatSpend[0]).toBe(0);
  });

  it("chooses months, quarters or years from the span", () => {
    expect(choosePeriodUnit(24)).toBe("month");
    expect(choosePeriodUnit(25)).toBe("quarter");
    expect(choosePeriodUnit(73)).toBe("year");
  });

  it("throws a CoreError when no row is inside the window", () => {
    try {
      summarizeTransactions(table(), { observationEndDay: day(2000, 1, 1) });
      throw new Error("expected a CoreError");
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("no-transactions-in-window");
    }
  });
});

describe("money sums do not depend on the order of the lines", () => {
  // A database adding the same lines in another order than the in-process path must get the same doubles:
  // summed in whole money units (money-units.ts), any order agrees.
  const lines = (amounts: number[]): TransactionTable => ({
    rowCount: amounts.length,
    customerIds: ["A"],
    customer: new Int32Array(amounts.length),
    day: Float64Array.from(amounts, (_, k) => day(2024, 1, 1 + k)),
    amount: Float64Array.from(amounts),
    margin: Float64Array.from(amounts, (amount) => amount * 0.37),
    category: new Int32Array(amounts.length),
    categoryNames: ["Tools"],
  });
  const figures = (amounts: number[]) => {
    const data = summarizeTransactions(lines(amounts), { periodUnit: "year" });
    return {
      revenue: data.revenue[0],
      margin: data.marginAmount[0],
      byPeriod: Array.from(data.history!.revenueByPeriod),
      category: Array.from(data.history!.categoryRevenue!.revenue),
    };
  };

  it("gives the same figures, to the bit, in either order", () => {
    const amounts = [0.1, 0.7, 0.2, 1_000_000.01];
    // Added as doubles, the two orders disagree (1000001.01 vs 1000001.0099999999).
    const sum = (list: number[]) => list.reduce((total, amount) => total + amount, 0);
    expect(sum(amounts)).not.toBe(sum([...amounts].reverse()));
    const forward = figures(amounts);
    const backward = figures([...amounts].reverse());
    expect(backward).toEqual(forward);
    expect(forward.revenue).toBe(1_000_001.01);
    expect(forward.byPeriod).toEqual([1_000_001.01]);
    expect(forward.category).toEqual([1_000_001.01]);
  });
});
