/**
 * The predictive models against the published CDNOW results (Fader, Hardie & Lee 2005; README in
 * ../shared/data/cdnow), from the summary files and from the raw transactions.
 */
import { readFileSync } from "fs";
import { bgNbdExpectedPurchases, bgNbdProbabilityAlive, fitBgNbd } from "../../../src/core/ltv/bg-nbd";
import { fitGammaGamma } from "../../../src/core/ltv/gamma-gamma";
import { summarizeTransactions } from "../../../src/core/read/summarize-transactions";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const DIR = CDNOW_DIR;

function readCsv(name: string): number[][] {
  return readFileSync(`${DIR}/${name}`, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map(Number));
}

const summary = readCsv("cdnow_customers_summary.csv");
const withSpend = readCsv("cdnow_customers_summary_with_transactions.csv");
const column = (rows: number[][], j: number): number[] => rows.map((row) => row[j]);

const PUBLISHED_BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PUBLISHED_GG = { p: 6.25, q: 3.74, gamma: 15.44 };

function expectWithinPercent(actual: number, expected: number, percent: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(percent / 100);
}

describe("BG/NBD on CDNOW (summary file, weeks)", () => {
  const fit = fitBgNbd(column(summary, 1), column(summary, 2), column(summary, 3));

  it("reproduces the published r, alpha, a, b within 0.5 %", () => {
    expect(fit.converged).toBe(true);
    expectWithinPercent(fit.r, PUBLISHED_BG_NBD.r, 0.5);
    expectWithinPercent(fit.alpha, PUBLISHED_BG_NBD.alpha, 0.5);
    expectWithinPercent(fit.a, PUBLISHED_BG_NBD.a, 0.5);
    expectWithinPercent(fit.b, PUBLISHED_BG_NBD.b, 0.5);
  });

  it("reaches the published log-likelihood -9582.4 within 0.1", () => {
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.1);
  });

  it("every start reaches the same optimum (the fit does not depend on luck)", () => {
    for (const start of fit.starts)
      expect(Math.abs(start.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-3);
    expect(fit.gradientNorm).toBeLessThan(1e-4);
  });

  it("predicts 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86", () => {
    const expected = bgNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86);
    expect(Math.abs(expected - 1.226)).toBeLessThanOrEqual(0.001);
  });

  it("array predictions equal scalar predictions and stay finite for everyone", () => {
    const x = column(summary, 1);
    const t = column(summary, 2);
    const T = column(summary, 3);
    const all = bgNbdExpectedPurchases(fit, 39, x, t, T);
    const alive = bgNbdProbabilityAlive(fit, x, t, T);
    expect(all).toHaveLength(summary.length);
    for (const i of [0, 1, 2, 100, 2000]) {
      expect(all[i]).toBeCloseTo(bgNbdExpectedPurchases(fit, 39, x[i], t[i], T[i]), 12);
      expect(alive[i]).toBeCloseTo(bgNbdProbabilityAlive(fit, x[i], t[i], T[i]), 12);
    }
    for (let i = 0; i < all.length; i++) {
      expect(Number.isFinite(all[i])).toBe(true);
      expect(alive[i]).toBeGreaterThan(0);
      expect(alive[i]).toBeLessThanOrEqual(1);
      if (x[i] === 0) expect(alive[i]).toBe(1);
    }
  });
});

describe("Gamma-Gamma on CDNOW (946 repeat buyers, mean repeat spend)", () => {
  const fit = fitGammaGamma(column(withSpend, 1), column(withSpend, 4));

  it("reproduces the published p, q, gamma within 0.5 %", () => {
    expect(fit.converged).toBe(true);
    expect(fit.customersUsed).toBe(946);
    expect(fit.ignoredNoRepeat).toBe(1411);
    expect(fit.ignoredNonPositiveSpend).toBe(0);
    expectWithinPercent(fit.p, PUBLISHED_GG.p, 0.5);
    expectWithinPercent(fit.q, PUBLISHED_GG.q, 0.5);
    expectWithinPercent(fit.gamma, PUBLISHED_GG.gamma, 0.5);
  });
});

describe("CDNOW from the raw transactions (summarizeTransactions → models)", () => {
  // CDNOW_sample.txt: id, sample id, YYYYMMDD, number of CDs, dollars.
  const lines = readFileSync(`${DIR}/CDNOW_sample.txt`, "utf8").trim().split(/\r?\n/);
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
    day[row] =
      Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) / 86_400_000;
    amount[row] = Number(dollars);
  });
  const calibrationEnd = Date.UTC(1997, 8, 30) / 86_400_000;
  const data = summarizeTransactions(
    { rowCount: lines.length, customerIds, customer, day, amount },
    { observationEndDay: calibrationEnd, timeUnit: "weeks" },
  );
  const history = data.history!;

  it("gives the 2,357 customers of the summary", () => {
    expect(data.count).toBe(2357);
    expect(history.timeUnit).toBe("weeks");
  });

  it("fits BG/NBD to the published values", () => {
    const fit = fitBgNbd(history.frequency, history.recency, history.age);
    expect(fit.converged).toBe(true);
    expectWithinPercent(fit.r, PUBLISHED_BG_NBD.r, 0.5);
    expectWithinPercent(fit.alpha, PUBLISHED_BG_NBD.alpha, 0.5);
    expectWithinPercent(fit.a, PUBLISHED_BG_NBD.a, 0.5);
    expectWithinPercent(fit.b, PUBLISHED_BG_NBD.b, 0.5);
    // Unrounded recency/age move the likelihood slightly from the 2-decimal summary's -9582.4.
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(1);
    expect(Math.abs(bgNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThanOrEqual(0.001);
  });

  it("fits Gamma-Gamma to the published values", () => {
    const fit = fitGammaGamma(history.frequency, history.meanRepeatSpend);
    expect(fit.converged).toBe(true);
    expect(fit.customersUsed).toBe(946);
    expectWithinPercent(fit.p, PUBLISHED_GG.p, 0.5);
    expectWithinPercent(fit.q, PUBLISHED_GG.q, 0.5);
    expectWithinPercent(fit.gamma, PUBLISHED_GG.gamma, 0.5);
  });
});
