import { readFileSync } from "fs";
import path from "path";
import { createCustomerData } from "../../../src/core/customer-data";
import { bgNbdProbabilityAlive } from "../../../src/core/ltv/bg-nbd";
import { predictiveClv } from "../../../src/core/ltv/predictive-clv";
import { scoreCustomers } from "../../../src/core/kpi/score-customers";
import { summarizeSegments } from "../../../src/core/kpi/summarize-segments";
import { summarizeTransactions } from "../../../src/core/read/summarize-transactions";
import { day, makeSegmentation } from "./kpi-fixtures";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const AS_OF = day("2024-12-31");

describe("scoreCustomers on a customer sheet (no history)", () => {
  const data = createCustomerData({
    ids: ["a", "b", "c"],
    revenue: [1000, 500, 800],
    numeric: {
      marginAmount: [300, -50, 80],
      orders: [10, 5, 4],
      lastPurchaseDay: [AS_OF - 10, AS_OF - 400, AS_OF - 30],
    },
    asOfDay: AS_OF,
  });
  const scores = scoreCustomers(data, { periodYears: 1, churnRatePerYear: 0.2, discountRatePerYear: 0.1 });

  it("simple LTV = margin per year ÷ (churn + discount), negative for loss-making customers", () => {
    expect(Array.from(scores.ltv)).toEqual([300 / 0.3, -50 / 0.3, 80 / 0.3].map((v) => expect.closeTo(v, 9)));
  });

  it("no history: probability alive and predictive CLV are NaN with a note", () => {
    expect(Array.from(scores.probabilityAlive).every(Number.isNaN)).toBe(true);
    expect(Array.from(scores.predictiveClv).every(Number.isNaN)).toBe(true);
    expect(scores.notes.some((n) => /transactions/.test(n.en) && /transacciones/.test(n.es))).toBe(true);
  });

  it("flags negative and below-average margins", () => {
    expect(scores.flags[1]).toContain("negative-margin");
    expect(scores.flags[2]).toContain("below-average-margin"); // 10 % vs portfolio 330 / 2300
    expect(scores.flags[0]).not.toContain("below-average-margin");
  });

  it("summarizeSegments: ticket, margin %, LTV, churn per window and revenue share per segment", () => {
    const segmentation = makeSegmentation(["One", "Two"], [0, 1, 0]);
    const [one, two] = summarizeSegments(data, segmentation, scores);
    expect(one.segmentId).toBe("one");
    expect(one.averageTicket).toBeCloseTo(1800 / 14, 10);
    expect(one.marginPercent).toBeCloseTo(380 / 1800, 10);
    expect(one.averageLtv).toBeCloseTo((300 / 0.3 + 80 / 0.3) / 2, 9);
    // No previous-period revenue and no transactions: churn is not measurable, for segments too.
    expect(one.churnRatePerWindow).toBeNaN();
    expect(two.churnRatePerWindow).toBeNaN();
    expect(one.revenueShare + two.revenueShare).toBeCloseTo(1, 12);
  });
});

describe("scoreCustomers with transactions (CDNOW, margin 30 % of every sale)", () => {
  const lines = readFileSync(path.join(CDNOW_DIR, "CDNOW_sample.txt"), "utf8").trim().split(/\r?\n/);
  const index = new Map<string, number>();
  const customerIds: string[] = [];
  const customer = new Int32Array(lines.length);
  const dayOf = new Float64Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((line, row) => {
    const [id, , date, , dollars] = line.trim().split(/\s+/);
    if (!index.has(id)) {
      index.set(id, customerIds.length);
      customerIds.push(id);
    }
    customer[row] = index.get(id)!;
    dayOf[row] = Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8)) / 86_400_000;
    amount[row] = Number(dollars);
  });
  const margin = amount.map((a) => a * 0.3);
  const data = summarizeTransactions(
    { rowCount: lines.length, customerIds, customer, day: dayOf, amount, margin },
    { observationEndDay: Date.UTC(1997, 8, 30) / 86_400_000, timeUnit: "weeks" },
  );
  const scores = scoreCustomers(data, { horizonMonths: 12, discountRatePerYear: 0.1 });
  const h = data.history!;

  it("fits the models on the data's own history and scores every customer", () => {
    expect(scores.bgNbd?.converged).toBe(true);
    expect(scores.gammaGamma?.converged).toBe(true);
    const alive = bgNbdProbabilityAlive(scores.bgNbd!, h.frequency, h.recency, h.age);
    const clv = predictiveClv({
      bgNbd: scores.bgNbd!,
      gammaGamma: scores.gammaGamma!,
      frequency: h.frequency,
      recency: h.recency,
      age: h.age,
      meanSpend: h.meanRepeatSpend,
      timeUnit: "weeks",
      horizon: 12,
      horizonUnit: "months",
      discountRatePerYear: 0.1,
      marginPercent: 0.3,
    }).clv;
    // The backtest on the calibration data (26 weeks fitted, 13 predicted) lets the predictions through.
    expect(scores.backtest?.verdict).toBe("fits");
    expect(scores.predictionsShown).toBe(true);
    for (let i = 0; i < data.count; i++) {
      // One-purchase customers: BG/NBD's constant 100 % is left blank (it would not fall with silence).
      if (h.frequency[i] === 0) expect(scores.probabilityAlive[i]).toBeNaN();
      else expect(scores.probabilityAlive[i]).toBeCloseTo(alive[i], 12);
      expect(scores.predictiveClv[i]).toBeCloseTo(clv[i], 8);
    }
    expect(scores.notes.some((n) => /single day/.test(n.en) && /un solo día/.test(n.es))).toBe(true);
  });

  it("a model that misses the last third of the history is not shown, and the note says why", () => {
    const strict = scoreCustomers(data, {
      horizonMonths: 12,
      discountRatePerYear: 0.1,
      backtestMaxError: 0.0001,
    });
    expect(strict.bgNbd?.converged).toBe(true);
    expect(strict.backtest?.verdict).toBe("poor-fit");
    expect(strict.predictionsShown).toBe(false);
    expect(Array.from(strict.probabilityAlive).every(Number.isNaN)).toBe(true);
    expect(Array.from(strict.predictiveClv).every(Number.isNaN)).toBe(true);
    expect(strict.predictionNote?.en).toMatch(/does not suit/);
    expect(strict.notes).toContainEqual(strict.backtest!.reason);
  });

  it("too few repeat buyers: no model, NaN and a note", () => {
    const few = scoreCustomers(data, { minRepeatBuyers: 100000 });
    expect(Number.isNaN(few.probabilityAlive[0])).toBe(true);
    expect(few.notes.some((n) => /repeat buyers/.test(n.en))).toBe(true);
  });
});
