/**
 * Pareto/NBD against the published CDNOW results (README in ../shared/data/cdnow) and against values
 * computed independently of this code: the closed forms of Fader & Hardie (2005) eqs. (22)–(24) evaluated
 * with mpmath at 30 digits (its own hyp2f1, no Euler transform, no log space), and for the CDNOW customer
 * x = 2 also a 2-D numerical integration of the model's definition over (λ, μ) (scipy dblquad).
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { CoreError } from "../../../src/core/errors";
import {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  type ParetoNbdParams,
} from "../../../src/core/ltv/pareto-nbd";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const rows = readFileSync(`${CDNOW_DIR}/cdnow_customers_summary.csv`, "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",").map(Number));
const x = rows.map((row) => row[1]);
const t = rows.map((row) => row[2]);
const T = rows.map((row) => row[3]);

const PUBLISHED: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe("Pareto/NBD on CDNOW (summary file, weeks)", () => {
  const fit = fitParetoNbd(x, t, T);

  it("reaches the published log-likelihood -9595.0 within 0.1 and r, alpha within 1 %", () => {
    expect(fit.converged).toBe(true);
    expect(fit.note).toBeUndefined();
    expect(Math.abs(fit.logLikelihood - -9595.0)).toBeLessThanOrEqual(0.1);
    expectRelative(fit.r, PUBLISHED.r, 0.01);
    expectRelative(fit.alpha, PUBLISHED.alpha, 0.01);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatBuyers).toBe(946);
  });

  it("every start reaches the same optimum and the gradient vanishes there", () => {
    for (const start of fit.starts)
      expect(Math.abs(start.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-2);
    expect(fit.gradientNorm).toBeLessThan(1e-4);
  });

  it("the likelihood at the published parameters is within rounding of the optimum", () => {
    const ll = paretoNbdLogLikelihood(x, t, T)(PUBLISHED);
    expect(ll).toBeLessThanOrEqual(fit.logLikelihood + 1e-6);
    expect(fit.logLikelihood - ll).toBeLessThan(0.01);
  });

  it("predicts 39-week purchases for x = 2, t_x = 30.43, T = 38.86 as the independent computations do", () => {
    // mpmath closed form and scipy 2-D integration both give 1.45512319325760 at the published parameters.
    expect(paretoNbdExpectedPurchases(PUBLISHED, 39, 2, 30.43, 38.86)).toBeCloseTo(1.4551231932576, 10);
    expect(paretoNbdProbabilityAlive(PUBLISHED, 2, 30.43, 38.86)).toBeCloseTo(0.869167559153011, 12);
    // The fitted parameters differ from the rounded published ones only in the 4th digit.
    expect(Math.abs(paretoNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86) - 1.4551)).toBeLessThan(0.001);
  });

  it("matches the literature value 25.46 for x = 26, t_x = 30.86, T = 31 over 52 weeks", () => {
    // Hardie's Pareto/NBD spreadsheet value as used by the BTYD and lifetimes test suites.
    expect(Math.abs(paretoNbdExpectedPurchases(fit, 52, 26, 30.86, 31) - 25.46)).toBeLessThan(0.01);
    expect(paretoNbdExpectedPurchases(PUBLISHED, 52, 26, 30.86, 31)).toBeCloseTo(25.4584729514288, 9);
  });

  it("array predictions equal scalar ones; everything finite, P(alive) in (0, 1]", () => {
    const all = paretoNbdExpectedPurchases(fit, 39, x, t, T);
    const alive = paretoNbdProbabilityAlive(fit, x, t, T);
    expect(all).toHaveLength(2357);
    for (const i of [0, 1, 2, 100, 2000]) {
      expect(all[i]).toBeCloseTo(paretoNbdExpectedPurchases(fit, 39, x[i], t[i], T[i]), 12);
      expect(alive[i]).toBeCloseTo(paretoNbdProbabilityAlive(fit, x[i], t[i], T[i]), 12);
    }
    for (let i = 0; i < all.length; i++) {
      expect(Number.isFinite(all[i]) && all[i] >= 0).toBe(true);
      expect(alive[i] > 0 && alive[i] <= 1).toBe(true);
    }
  });
});

describe("Pareto/NBD formulas against mpmath (both 2F1 branches, large x)", () => {
  // [params, x, t_x, T, P(alive), E[Y(39)]] from the closed forms at 30 digits (mpmath), rounded to doubles.
  const cases: [ParetoNbdParams, number, number, number, number, number][] = [
    [PUBLISHED, 0, 0, 5, 0.7874688057166503, 0.7192909509291588],
    [PUBLISHED, 3, 10.5, 20, 0.6610190519368312, 2.2964249567519075],
    [PUBLISHED, 200, 37.5, 38.86, 0.5547808788597234, 72.96189193368622],
    [PUBLISHED, 200, 30, 38.86, 1.906680670147408e-15, 2.5075671189907555e-13],
    [{ r: 0.8, alpha: 20, s: 1.3, beta: 4 }, 0, 0, 5, 0.322984770052655, 0.12241317990489418],
    [{ r: 0.8, alpha: 20, s: 1.3, beta: 4 }, 3, 10.5, 20, 0.3648190487859559, 0.6969834557738447],
    [{ r: 0.8, alpha: 20, s: 1.3, beta: 4 }, 200, 37.5, 38.86, 0.49935282403361997, 42.942184737718605],
    [{ r: 0.8, alpha: 20, s: 1.3, beta: 4 }, 200, 30, 38.86, 4.666151601742614e-13, 4.012688713316303e-11],
    [{ r: 2, alpha: 3, s: 0.5, beta: 30 }, 0, 0, 5, 0.8185779278069042, 6.504437650062659],
    [{ r: 2, alpha: 3, s: 0.5, beta: 30 }, 3, 10.5, 20, 0.6524386213243172, 4.739631945494782],
    [{ r: 2, alpha: 3, s: 0.5, beta: 30 }, 200, 37.5, 38.86, 0.4579110720206035, 76.55034177188426],
    [{ r: 2, alpha: 3, s: 0.5, beta: 30 }, 200, 30, 38.86, 9.378015501104324e-19, 1.567750455527888e-16],
  ];
  it.each(cases)("%o x=%d t_x=%d T=%d", (params, xi, txi, Ti, alive, expected) => {
    // Relative 1e-8: the tiny P(alive) values come from a log-difference, exact only to ~1e-10 relative.
    expectRelative(paretoNbdProbabilityAlive(params, xi, txi, Ti), alive, 1e-8);
    expectRelative(paretoNbdExpectedPurchases(params, 39, xi, txi, Ti), expected, 1e-8);
  });

  it("stays finite for very large frequencies (no overflow in 2F1)", () => {
    for (const xi of [200, 1000, 5000]) {
      const alive = paretoNbdProbabilityAlive(PUBLISHED, xi, 38.8, 38.86);
      const expected = paretoNbdExpectedPurchases(PUBLISHED, 39, xi, 38.8, 38.86);
      expect(alive > 0 && alive <= 1).toBe(true);
      expect(Number.isFinite(expected) && expected > 0).toBe(true);
    }
  });

  it("is continuous across the α = β branch switch and at s = 1", () => {
    const at = (alpha: number, s = 0.7): number =>
      paretoNbdExpectedPurchases({ r: 0.6, alpha, s, beta: 10 }, 39, 4, 20, 35);
    expectRelative(at(10 * (1 + 1e-9)), at(10), 1e-7);
    expectRelative(at(10 * (1 - 1e-9)), at(10), 1e-7);
    expectRelative(at(12, 1 + 1e-9), at(12, 1), 1e-7);
    expectRelative(at(12, 1 - 1e-9), at(12, 1), 1e-7);
  });
});

describe("Pareto/NBD properties", () => {
  it("P(alive) for x = 0 is below 1 and falls with age (unlike BG/NBD)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (r, alpha, s, beta, age) => {
          const params = { r, alpha, s, beta };
          const young = paretoNbdProbabilityAlive(params, 0, 0, age);
          const old = paretoNbdProbabilityAlive(params, 0, 0, age * 1.5);
          return young < 1 && old > 0 && old < young;
        },
      ),
      { seed: 20250521, numRuns: 200 },
    );
  });

  it("expected purchases grow with the horizon and vanish at horizon 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (xi, share, age) => {
          const recency = xi === 0 ? 0 : share * age;
          const short = paretoNbdExpectedPurchases(PUBLISHED, 10, xi, recency, age);
          const long = paretoNbdExpectedPurchases(PUBLISHED, 40, xi, recency, age);
          return paretoNbdExpectedPurchases(PUBLISHED, 0, xi, recency, age) === 0 && long >= short;
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it("rejects invalid parameters and inputs with CoreError", () => {
    expect(() => paretoNbdProbabilityAlive({ ...PUBLISHED, s: 0 }, 1, 1, 2)).toThrow(CoreError);
    expect(() => paretoNbdExpectedPurchases(PUBLISHED, -1, 1, 1, 2)).toThrow(CoreError);
    expect(() => paretoNbdProbabilityAlive(PUBLISHED, 1, 3, 2)).toThrow(CoreError);
    expect(() => fitParetoNbd([1, 2], [1], [2, 3])).toThrow(CoreError);
    expect(() => fitParetoNbd([], [], [])).toThrow(CoreError);
  });

  it("reports no convergence when nobody repeats", () => {
    const fit = fitParetoNbd([0, 0, 0, 0], [0, 0, 0, 0], [10, 20, 30, 40], { maxIterations: 300 });
    expect(fit.converged).toBe(false);
    expect(fit.note?.en).toMatch(/repeat/);
    expect(fit.note?.es).toMatch(/repetidas/);
  });
});
