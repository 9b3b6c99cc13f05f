/**
 * The backtest against the published CDNOW validation (Fader, Hardie & Lee 2005; README in
 * ../shared/data/cdnow): calibration to 1997-09-30, holdout weeks 40–78. With the published BG/NBD parameters
 * the cohort's expected repeat purchases in the 39 holdout weeks sum to 1,653 against 1,882 actual repeat
 * purchase days. Then our own fit on the calibration part, and the verdict rules on made-up histories.
 */
import { readFileSync } from "fs";
import {
  backtestBgNbd,
  compareHoldout,
  defaultCalibrationEnd,
  type PurchaseDayLists,
  splitCalibrationHoldout,
} from "../../../src/core/ltv/backtest";
import { fitBgNbd } from "../../../src/core/ltv/bg-nbd";
import { createRandom } from "../../../src/core/random";
import { summarizeTransactions } from "../../../src/core/read/summarize-transactions";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const epochDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
const CALIBRATION_END = epochDay(1997, 9, 30);
const HOLDOUT_END = epochDay(1998, 6, 30);
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function cdnowDayLists(): { lists: PurchaseDayLists; asOfDay: number; count: number } {
  const lines = readFileSync(`${CDNOW_DIR}/CDNOW_sample.txt`, "utf8").trim().split(/\r?\n/);
  const idIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const customer = new Int32Array(lines.length);
  const day = new Float64Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((line, row) => {
    const [id, , date, , dollars] = line.trim().split(/\s+/);
    let index = idIndex.get(id);
    if (index === undefined) {
      index = customerIds.length;
      idIndex.set(id, index);
      customerIds.push(id);
    }
    customer[row] = index;
    day[row] = epochDay(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
    amount[row] = Number(dollars);
  });
  const data = summarizeTransactions({ rowCount: lines.length, customerIds, customer, day, amount });
  return { lists: data.history!.purchaseDayList!, asOfDay: data.asOfDay, count: data.count };
}

describe("backtest on CDNOW (calibration to 1997-09-30, holdout weeks 40-78)", () => {
  const { lists, asOfDay, count } = cdnowDayLists();
  const split = splitCalibrationHoldout(lists, CALIBRATION_END, HOLDOUT_END, "weeks");

  it("the day lists hold the 6,696 customer-days of the README and the holdout is 39 weeks", () => {
    expect(asOfDay).toBe(HOLDOUT_END);
    expect(lists.days.length).toBe(6696);
    expect(lists.offsets.length).toBe(count + 1);
    expect(split.holdoutLength).toBe(39);
  });

  it("the calibration cohort is the summary file: 2,357 customers, 946 repeat buyers, 2,457 repeat purchases", () => {
    expect(split.customers.length).toBe(2357);
    expect(split.repeatBuyers).toBe(946);
    expect(split.frequency.reduce((s, x) => s + x, 0)).toBe(2457);
    const summary = readFileSync(`${CDNOW_DIR}/cdnow_customers_summary.csv`, "utf8").trim().split(/\r?\n/);
    const first = summary[1].split(",").map(Number); // ID 1: x = 2, t_x = 30.43, T = 38.86
    expect(split.frequency[0]).toBe(first[1]);
    expect(split.recency[0]).toBeCloseTo(first[2], 2);
    expect(split.age[0]).toBeCloseTo(first[3], 2);
  });

  it("published parameters: 1,653 predicted repeat transactions against 1,882 actual", () => {
    const comparison = compareHoldout(PUBLISHED, split);
    expect(Math.round(comparison.actual)).toBe(1882);
    expect(Math.abs(comparison.predicted - 1653)).toBeLessThan(1);
    expect(comparison.relativeError).toBeCloseTo(Math.abs(comparison.predicted - 1882) / 1882, 12);
    // Deciles partition the cohort and the totals.
    expect(comparison.deciles).toHaveLength(10);
    expect(comparison.deciles.reduce((s, d) => s + d.customers, 0)).toBe(2357);
    expect(comparison.deciles.reduce((s, d) => s + d.actual, 0)).toBe(1882);
    expect(comparison.deciles.reduce((s, d) => s + d.predicted, 0)).toBeCloseTo(comparison.predicted, 6);
    // Ordered by prediction: the top decile is predicted (and does) buy most.
    for (let d = 1; d < 10; d++)
      expect(comparison.deciles[d].predicted).toBeLessThanOrEqual(comparison.deciles[d - 1].predicted);
    expect(comparison.deciles[0].actual).toBeGreaterThan(comparison.deciles[9].actual);
  });

  it("our own fit on the calibration part gives the same forecast and the 'fits' verdict (12 % under)", () => {
    const result = backtestBgNbd(lists, { timeUnit: "weeks", asOfDay, calibrationEndDay: CALIBRATION_END });
    expect(result.fit?.converged).toBe(true);
    const own = fitBgNbd(split.frequency, split.recency, split.age);
    expect(result.fit?.r).toBeCloseTo(own.r, 10);
    expect(Math.abs(result.fit!.r - PUBLISHED.r) / PUBLISHED.r).toBeLessThan(0.005);
    expect(result.actual).toBe(1882);
    expect(Math.abs(result.predicted! - 1653)).toBeLessThan(3);
    expect(result.verdict).toBe("fits");
    expect(result.reason.en).toMatch(/1,882|1,882/);
    expect(result.reason.es).toMatch(/1\.882/);
  });

  it("the fit does not depend on the order of the customers (the SQL path lists them by id)", () => {
    const reversed = (values: Float64Array) => Float64Array.from(values).reverse();
    const forward = fitBgNbd(split.frequency, split.recency, split.age);
    const backward = fitBgNbd(reversed(split.frequency), reversed(split.recency), reversed(split.age));
    expect(backward).toEqual(forward);
  });

  it("the documented rule (last third of the span) also runs on CDNOW and is stated", () => {
    const end = defaultCalibrationEnd(lists, asOfDay);
    expect(end).toBe(asOfDay - Math.round((asOfDay - epochDay(1997, 1, 1)) / 3));
    const result = backtestBgNbd(lists, { timeUnit: "weeks", asOfDay });
    expect(result.calibrationEndDay).toBe(end);
    expect(result.rule.en).toMatch(/last third/);
    expect(result.rule.es).toMatch(/último tercio/);
    expect(["fits", "poor-fit"]).toContain(result.verdict);
  });
});

/** Day lists from per-customer arrays of epoch days. */
function listsOf(customers: number[][]): PurchaseDayLists {
  const offsets = new Int32Array(customers.length + 1);
  customers.forEach((days, i) => (offsets[i + 1] = offsets[i] + days.length));
  return { offsets, days: Int32Array.from(customers.flat()) };
}

describe("backtest verdicts", () => {
  it("too few repeat buyers: 'too-thin', nothing fitted, said in both languages", () => {
    const lists = listsOf([[0, 10, 200], [5], [7, 300]]);
    const result = backtestBgNbd(lists, { timeUnit: "days", asOfDay: 300 });
    expect(result.verdict).toBe("too-thin");
    expect(result.fit).toBeUndefined();
    expect(result.reason.en).toMatch(/not shown/);
    expect(result.reason.es).toMatch(/No se muestran/);
  });

  it("a business whose customers all stop in the last third: the model cannot see it coming → 'poor-fit'", () => {
    // 300 buyers with their own Poisson rhythm (mean gap 5..45 days) from day 0..50 to day 200, then the
    // business stops: only 30 customers buy once more in the last third (days 201..300).
    const random = createRandom(7);
    const customers: number[][] = [];
    for (let c = 0; c < 300; c++) {
      const gap = 5 + 40 * random();
      const days: number[] = [];
      for (
        let d = Math.floor(50 * random());
        d <= 200;
        d += Math.max(1, Math.round(-gap * Math.log(1 - random())))
      )
        days.push(d);
      if (c < 30) days.push(250 + c);
      customers.push(days);
    }
    const result = backtestBgNbd(listsOf(customers), { timeUnit: "days", asOfDay: 300 });
    expect(result.fit?.converged).toBe(true);
    expect(result.actual).toBe(30);
    expect(result.predicted!).toBeGreaterThan(300);
    expect(result.verdict).toBe("poor-fit");
    expect(result.reason.en).toMatch(/does not suit/);
    expect(result.reason.es).toMatch(/no se ajusta/);
  });
});
