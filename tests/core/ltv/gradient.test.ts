/**
 * The analytic gradients that drive the quasi-Newton fits (BG/NBD, Gamma-Gamma) against central differences
 * of the same log-likelihood, at random points of log-parameter space (fixed seed) on the CDNOW data; the
 * digamma they rest on against known values; and the quasi-Newton search itself (convergence, box, budget).
 */
import { readFileSync } from "fs";
import { bgNbdLogLikelihood, fitBgNbd } from "../../../src/core/ltv/bg-nbd";
import {
  EVALUATION_BUDGET,
  LOG_PARAMETER_BOUND,
  fitLogParameters,
} from "../../../src/core/ltv/fit-log-parameters";
import { fitGammaGamma, gammaGammaLogLikelihood } from "../../../src/core/ltv/gamma-gamma";
import { quasiNewton } from "../../../src/core/ltv/optimize";
import { digamma, lnGamma } from "../../../src/core/ltv/special-functions";
import { createRandom } from "../../../src/core/random";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const rows = readFileSync(`${CDNOW_DIR}/cdnow_customers_summary_with_transactions.csv`, "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",").map(Number));
const column = (j: number): number[] => rows.map((row) => row[j]);
const x = column(1);
const t = column(2);
const T = column(3);
const spend = column(4);

const EULER = 0.5772156649015329;

/**
 * Central differences of f in each log-parameter, step h, with one Richardson extrapolation (steps h and
 * h/2) so that the difference itself is accurate to O(h⁴) and only rounding is left.
 */
function centralDifferences(f: (theta: number[]) => number, theta: number[], h = 1e-4): number[] {
  const at = (d: number, step: number): number => {
    const up = [...theta];
    const down = [...theta];
    up[d] += step;
    down[d] -= step;
    return (f(up) - f(down)) / (2 * step);
  };
  return theta.map((_, d) => (4 * at(d, h / 2) - at(d, h)) / 3);
}

/**
 * |analytic − numeric| <= 1e-7 × (rounding scale + |numeric|): the differences' own error is about
 * 1e-16 × (size of the summed terms) / step, well under that; a wrong or missing term is far above it.
 */
function expectGradientsAgree(analytic: Float64Array, numeric: number[], roundingScale: number): void {
  for (let d = 0; d < numeric.length; d++) {
    expect(Math.abs(analytic[d] - numeric[d])).toBeLessThanOrEqual(
      1e-7 * (roundingScale + Math.abs(numeric[d])),
    );
  }
}

describe("digamma", () => {
  it("matches known values", () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 13);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.log(2), 13);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 14);
    // ψ(n + ½) = −γ − 2 ln 2 + Σ_{k=1..n} 2/(2k − 1).
    let halfSum = 0;
    for (let k = 1; k <= 1000; k++) halfSum += 2 / (2 * k - 1);
    expect(digamma(1000.5)).toBeCloseTo(-EULER - 2 * Math.log(2) + halfSum, 12);
    // ψ(x) = −1/x − γ + (π²/6) x + O(x²) near 0, the regime of a parameter running to e^−16.
    expect(digamma(1e-7) / (-1e7 - EULER + (Math.PI ** 2 / 6) * 1e-7)).toBeCloseTo(1, 14);
    // Reflection: ψ(1 − x) − ψ(x) = π cot(πx).
    expect(digamma(-0.3) - digamma(1.3)).toBeCloseTo(-Math.PI / Math.tan(Math.PI * -0.3), 12);
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2)).toBeNaN();
  });

  it("is the derivative of lnGamma at random points", () => {
    const random = createRandom(11);
    for (let k = 0; k < 20; k++) {
      const at = Math.exp(-4 + 10 * random());
      const h = 1e-5 * Math.max(at, 1e-3);
      const numeric = (lnGamma(at + h) - lnGamma(at - h)) / (2 * h);
      expect(Math.abs(digamma(at) - numeric)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(numeric)));
    }
  });
});

describe("analytic gradients against central differences (random points, seed 42)", () => {
  const random = createRandom(42);
  const uniform = (low: number, high: number): number => low + (high - low) * random();

  it("BG/NBD: d log-likelihood / d (log r, log α, log a, log b)", () => {
    const logLikelihood = bgNbdLogLikelihood(x, t, T);
    const value = (theta: number[]): number => {
      const [r, alpha, a, b] = theta.map(Math.exp);
      return logLikelihood({ r, alpha, a, b });
    };
    const points = Array.from({ length: 8 }, () => [
      uniform(-3, 2),
      uniform(-1, 4),
      uniform(-4, 2),
      uniform(-2, 4),
    ]);
    // And one where a runs to 0 and b to ∞ (the boundary a fit can run into): there the value is a sum of
    // log-gammas of b ≈ 1.6e5 (about 1.8e6 each) that cancel, so the differences (not the gradient) carry
    // rounding of about 1e-16 × 2,357 × 1.8e6 / step: a larger step, and that size as the rounding scale.
    points.push([0.5, 2, -12, 12]);
    for (const theta of points) {
      const gradient = new Float64Array(4);
      const [r, alpha, a, b] = theta.map(Math.exp);
      const withGradient = logLikelihood({ r, alpha, a, b }, gradient);
      expect(withGradient).toBe(value(theta));
      const nearBoundary = theta[3] > 10;
      const numeric = centralDifferences(value, theta, nearBoundary ? 1e-3 : 1e-4);
      const roundingScale = nearBoundary ? (x.length * lnGamma(b)) / 1e3 : Math.abs(withGradient);
      expectGradientsAgree(gradient, numeric, roundingScale);
    }
  });

  it("Gamma-Gamma: d log-likelihood / d (log p, log q, log γ)", () => {
    const used = rows.filter((row) => row[1] > 0 && row[4] > 0);
    const logLikelihood = gammaGammaLogLikelihood(
      used.map((row) => row[1]),
      used.map((row) => row[4]),
    );
    const value = (theta: number[]): number => {
      const [p, q, gamma] = theta.map(Math.exp);
      return logLikelihood({ p, q, gamma });
    };
    const points = Array.from({ length: 8 }, () => [uniform(-2, 3), uniform(-1, 5), uniform(-2, 8)]);
    for (const theta of points) {
      const gradient = new Float64Array(3);
      const [p, q, gamma] = theta.map(Math.exp);
      const withGradient = logLikelihood({ p, q, gamma }, gradient);
      expect(withGradient).toBe(value(theta));
      expectGradientsAgree(gradient, centralDifferences(value, theta), Math.abs(withGradient));
    }
    expect(() => gammaGammaLogLikelihood([1, 0], [10, 10])).toThrow();
    expect(() => gammaGammaLogLikelihood([1, 2], [10, -1])).toThrow();
  });
});

describe("quasiNewton", () => {
  const rosenbrock = (p: Float64Array, g: Float64Array): number => {
    g[0] = -400 * p[0] * (p[1] - p[0] * p[0]) - 2 * (1 - p[0]);
    g[1] = 200 * (p[1] - p[0] * p[0]);
    return 100 * (p[1] - p[0] * p[0]) ** 2 + (1 - p[0]) ** 2;
  };

  it("finds the Rosenbrock minimum from (−1.2, 1) in far fewer evaluations than Nelder-Mead", () => {
    const result = quasiNewton(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 8);
    expect(result.point[1]).toBeCloseTo(1, 8);
    expect(result.evaluations).toBeLessThan(100);
  });

  it("stops on the wall of its box, holding there the coordinates the gradient pushes out", () => {
    const downhill = (p: Float64Array, g: Float64Array): number => {
      g[0] = 1;
      g[1] = 0.5;
      g[2] = 2 * (p[2] - 1);
      return p[0] + 0.5 * p[1] + (p[2] - 1) ** 2;
    };
    const result = quasiNewton(downhill, [0, 0, 3], { bound: 5 });
    expect(result.converged).toBe(true);
    expect(Array.from(result.point.subarray(0, 2))).toEqual([-5, -5]);
    expect(result.point[2]).toBeCloseTo(1, 8);
  });

  it("spends at most its evaluation budget and says so; a start that is not finite does not converge", () => {
    let calls = 0;
    const counted = (p: Float64Array, g: Float64Array): number => {
      calls++;
      return rosenbrock(p, g);
    };
    const result = quasiNewton(counted, [-1.2, 1], { maxEvaluations: 10 });
    expect(calls).toBe(10);
    expect(result.evaluations).toBe(10);
    expect(result.stoppedOnBudget).toBe(true);
    expect(result.converged).toBe(false);
    expect(quasiNewton(() => NaN, [0, 0]).converged).toBe(false);
  });
});

describe("fitLogParameters with a gradient", () => {
  it("reports a boundary when the optimum lies at infinity, within its budget", () => {
    let calls = 0;
    const value = (theta: Float64Array): number => Math.exp(theta[0]) + (theta[1] - 1) ** 2;
    const fit = fitLogParameters(value, [[0, 0]], {
      withGradient: (theta, gradient) => {
        calls++;
        gradient[0] = Math.exp(theta[0]);
        gradient[1] = 2 * (theta[1] - 1);
        return value(theta);
      },
    });
    expect(fit.problem).toBe("boundary");
    expect(Math.abs(fit.theta[0])).toBeLessThanOrEqual(LOG_PARAMETER_BOUND);
    expect(calls).toBeLessThanOrEqual(EVALUATION_BUDGET);
  });

  it("reports a boundary when another start reached the same value with a parameter at the limit", () => {
    // θ1 barely matters (a flat ridge): a start far out stays there with the same value as one at 0.
    const value = (theta: Float64Array): number => (theta[0] - 1) ** 2 + 1e-12 * Math.exp(theta[1]);
    const withGradient = (theta: Float64Array, gradient: Float64Array): number => {
      gradient[0] = 2 * (theta[0] - 1);
      gradient[1] = 1e-12 * Math.exp(theta[1]);
      return value(theta);
    };
    const alone = fitLogParameters(value, [[0, 0]], { withGradient });
    expect(alone.problem).toBeUndefined();
    expect(alone.theta[0]).toBeCloseTo(1, 8);
    const ridge = fitLogParameters(
      value,
      [
        [0, 0],
        [0, -15.5],
      ],
      { withGradient },
    );
    expect(ridge.problem).toBe("boundary");
    expect(ridge.theta[1]).toBeLessThan(-15);
  });

  it("reports 'budget' when the budget runs out before convergence", () => {
    const value = (p: Float64Array): number => 100 * (p[1] - p[0] * p[0]) ** 2 + (1 - p[0]) ** 2;
    const fit = fitLogParameters(value, [[-1.2, 1]], {
      maxEvaluations: 12,
      withGradient: (p, g) => {
        g[0] = -400 * p[0] * (p[1] - p[0] * p[0]) - 2 * (1 - p[0]);
        g[1] = 200 * (p[1] - p[0] * p[0]);
        return value(p);
      },
    });
    expect(fit.problem).toBe("budget");
    expect(fit.evaluationBudget).toBe(12);
    // The screening run spends the budget; the polish gets one evaluation, the gradient check 2n = 4.
    expect(fit.evaluations).toBeLessThanOrEqual(12 + 1 + 4);
  });
});

describe("the quasi-Newton fits on CDNOW need few evaluations", () => {
  it("BG/NBD (4 starts) and Gamma-Gamma (3 starts) converge in under 200 evaluations each", () => {
    const bgNbd = fitBgNbd(x, t, T);
    expect(bgNbd.converged).toBe(true);
    expect(bgNbd.evaluations).toBeLessThan(200);
    const gammaGamma = fitGammaGamma(x, spend);
    expect(gammaGamma.converged).toBe(true);
    expect(gammaGamma.evaluations).toBeLessThan(200);
  });
});
