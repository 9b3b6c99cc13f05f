import fc from "fast-check";
import { isCoreError } from "../../../src/core/errors";
import { bgNbdExpectedPurchases, bgNbdProbabilityAlive, fitBgNbd } from "../../../src/core/ltv/bg-nbd";
import { hyp2f1ExcessOverB, hyp2f1Series, lnGamma } from "../../../src/core/ltv/special-functions";

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Untransformed textbook formula (FHL 2005 eq. 10) with a plain series: fine for small x only. */
function naiveExpected(p: typeof CDNOW, t: number, x: number, tx: number, T: number): number {
  const z = t / (p.alpha + T + t);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100000; k++) {
    term *= (((p.r + x + k) * (p.b + x + k)) / ((p.a + p.b + x - 1 + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) < 1e-16 * sum) break;
  }
  const head = (p.a + p.b + x - 1) / (p.a - 1);
  const bracket = 1 - Math.pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * sum;
  const odds = x > 0 ? (p.a / (p.b + x - 1)) * Math.pow((p.alpha + T) / (p.alpha + tx), p.r + x) : 0;
  return (head * bracket) / (1 + odds);
}

describe("special functions", () => {
  it("lnGamma matches log factorials and Γ(1/2) = √π", () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n++) {
      expect(lnGamma(n)).toBeCloseTo(logFactorial, 10);
      logFactorial += Math.log(n);
    }
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
  });

  it("2F1 series matches closed forms", () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(hyp2f1Series(1, 1, 2, z).value).toBeCloseTo(-Math.log(1 - z) / z, 10);
      expect(hyp2f1Series(0.7, 2.5, 2.5, z).value).toBeCloseTo(Math.pow(1 - z, -0.7), 9);
    }
  });

  it("(2F1 − 1)/β equals the difference quotient and has a finite limit at β = 0", () => {
    const direct = (hyp2f1Series(1.3, 0.4, 3.2, 0.6).value - 1) / 0.4;
    expect(hyp2f1ExcessOverB(1.3, 0.4, 3.2, 0.6).value).toBeCloseTo(direct, 12);
    const tiny = hyp2f1ExcessOverB(1.3, 1e-9, 3.2, 0.6).value;
    const zero = hyp2f1ExcessOverB(1.3, 0, 3.2, 0.6).value;
    expect(Number.isFinite(zero)).toBe(true);
    expect(tiny).toBeCloseTo(zero, 8);
  });

  it("reports non-convergence instead of a truncated value", () => {
    expect(hyp2f1Series(1, 1, 2, 0.999999, 1e-14, 100).converged).toBe(false);
  });
});

describe("BG/NBD predictions", () => {
  it("match the untransformed textbook formula for small frequencies", () => {
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [1, 1.71, 38.86, 39],
      [2, 30.43, 38.86, 39],
      [7, 29.43, 31.57, 52],
      [3, 10, 70, 10],
    ]) {
      expect(bgNbdExpectedPurchases(CDNOW, t, x, tx, T)).toBeCloseTo(naiveExpected(CDNOW, t, x, tx, T), 9);
    }
  });

  it("stay finite for large frequencies (x = 200, 1000, 5000)", () => {
    for (const x of [200, 1000, 5000]) {
      const expected = bgNbdExpectedPurchases(CDNOW, 10, x, 100, 100);
      const alive = bgNbdProbabilityAlive(CDNOW, x, 100, 100);
      expect(Number.isFinite(expected)).toBe(true);
      expect(alive).toBeGreaterThan(0);
      expect(alive).toBeLessThanOrEqual(1);
      // A very active customer still alive buys close to their posterior rate (r + x)/(α + T) per week.
      const rate = (CDNOW.r + x) / (CDNOW.alpha + 100);
      expect(expected / (10 * rate)).toBeGreaterThan(0.8);
      expect(expected / (10 * rate)).toBeLessThanOrEqual(1.0001);
      // Silent for a long time after many purchases: almost surely gone, no NaN.
      expect(bgNbdProbabilityAlive(CDNOW, x, 20, 100)).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(bgNbdExpectedPurchases(CDNOW, 10, x, 20, 100))).toBe(true);
    }
  });

  it("has no singularity at a = 1", () => {
    const at = bgNbdExpectedPurchases({ ...CDNOW, a: 1 }, 39, 2, 30.43, 38.86);
    const near = bgNbdExpectedPurchases({ ...CDNOW, a: 1 + 1e-7 }, 39, 2, 30.43, 38.86);
    expect(Number.isFinite(at)).toBe(true);
    expect(at).toBeCloseTo(near, 6);
  });

  it("probability alive is exactly 1 for x = 0 and expected purchases grow with the horizon (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
          a: fc.double({ min: 0.1, max: 5, noNaN: true }),
          b: fc.double({ min: 0.1, max: 10, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        (params, x, recencyShare, T) => {
          const tx = x === 0 ? 0 : recencyShare * T;
          const alive = bgNbdProbabilityAlive(params, x, tx, T);
          const shortHorizon = bgNbdExpectedPurchases(params, 5, x, tx, T);
          const longHorizon = bgNbdExpectedPurchases(params, 50, x, tx, T);
          if (x === 0) expect(alive).toBe(1);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
          expect(Number.isFinite(shortHorizon) && Number.isFinite(longHorizon)).toBe(true);
          expect(shortHorizon).toBeGreaterThanOrEqual(-1e-9);
          expect(longHorizon).toBeGreaterThanOrEqual(shortHorizon - 1e-9);
        },
      ),
      { seed: 20240501, numRuns: 300 },
    );
  });
});

describe("BG/NBD input checks", () => {
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      if (isCoreError(error)) {
        expect(error.localized.es.length).toBeGreaterThan(10);
        return error.code;
      }
      throw error;
    }
    return "no error";
  };

  it("rejects inconsistent inputs with a CoreError naming the customer", () => {
    expect(codeOf(() => fitBgNbd([1, 2], [1], [3, 4]))).toBe("ltv-length-mismatch");
    expect(codeOf(() => fitBgNbd([], [], []))).toBe("ltv-no-customers");
    expect(codeOf(() => fitBgNbd([1, -1], [1, 1], [3, 4]))).toBe("ltv-invalid-frequency");
    expect(codeOf(() => fitBgNbd([1, 1], [5, 1], [3, 4]))).toBe("ltv-invalid-recency");
    expect(codeOf(() => fitBgNbd([0, 1], [2, 1], [3, 4]))).toBe("ltv-recency-without-repeat");
    expect(codeOf(() => fitBgNbd([1, NaN], [1, 1], [3, 4]))).toBe("ltv-invalid-frequency");
    expect(codeOf(() => bgNbdProbabilityAlive({ ...CDNOW, r: -1 }, 1, 1, 2))).toBe("ltv-invalid-parameter");
  });

  it("says converged = false (with a reason) when nobody repeats", () => {
    const fit = fitBgNbd([0, 0, 0, 0], [0, 0, 0, 0], [10, 20, 30, 40]);
    expect(fit.converged).toBe(false);
    expect(fit.note?.en).toMatch(/repeat/);
    expect(fit.note?.es).toMatch(/repetidas/);
  });
});
