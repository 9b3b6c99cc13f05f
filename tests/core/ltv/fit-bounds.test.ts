/**
 * The bounded, budgeted fitting scaffold: a search never leaves its box, never spends more than its
 * evaluation budget, and a fit that runs to a boundary or out of budget says so (both languages) instead of
 * returning numbers that look like an optimum. Inputs are generated with a fixed seed.
 */
import { fitBgNbd } from "../../../src/core/ltv/bg-nbd";
import {
  EVALUATION_BUDGET,
  LOG_PARAMETER_BOUND,
  fitLogParameters,
} from "../../../src/core/ltv/fit-log-parameters";
import { nelderMead } from "../../../src/core/ltv/optimize";
import { fitParetoNbd } from "../../../src/core/ltv/pareto-nbd";
import { createRandom } from "../../../src/core/random";

/**
 * Customers who never drop out: each buys as a Poisson process (rate drawn per customer) over its whole age.
 * BG/NBD's drop-out probability then has its maximum at p → 0 (a → 0, b → ∞): a boundary, by construction.
 */
function neverDroppingOut(customers: number, seed: number) {
  const random = createRandom(seed);
  const x = new Float64Array(customers);
  const t = new Float64Array(customers);
  const T = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    const age = 52 + Math.floor(random() * 52);
    const rate = 0.2 + random() * 1.5;
    let time = 0;
    let last = 0;
    let count = 0;
    for (;;) {
      time += -Math.log(1 - random()) / rate;
      if (time > age) break;
      count++;
      last = time;
    }
    x[i] = count;
    t[i] = count > 0 ? last : 0;
    T[i] = age;
  }
  return { x, t, T };
}

/** A run checks the budget before each step and a step costs at most n + 1 evaluations; the gradient check
 * after the polish costs 2n: a 4-parameter fit may exceed its budget by 3n + 1 = 13 evaluations, no more. */
const OVERSHOOT = 13;

describe("nelderMead bound and budget", () => {
  it("stops at the wall of its box on an objective that decreases forever", () => {
    const downhill = (p: Float64Array): number => p[0] + 0.5 * p[1];
    const result = nelderMead(downhill, [0, 0], { bound: 5 });
    expect(result.point[0]).toBeGreaterThanOrEqual(-5);
    expect(result.point[0]).toBeLessThan(-4.99);
    expect(result.point[1]).toBeLessThan(-4.99);
  });

  it("spends at most its evaluation budget and reports that it ran out", () => {
    let calls = 0;
    const rosenbrock = (p: Float64Array): number => {
      calls++;
      return 100 * (p[1] - p[0] * p[0]) ** 2 + (1 - p[0]) ** 2;
    };
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 40 });
    // A run checks the budget before each step; a step costs at most n + 1 = 3 evaluations (shrink).
    expect(calls).toBeLessThanOrEqual(40 + 3);
    expect(result.evaluations).toBe(calls);
    expect(result.stoppedOnBudget).toBe(true);
    expect(result.converged).toBe(false);
    const unlimited = nelderMead(rosenbrock, [-1.2, 1]);
    expect(unlimited.stoppedOnBudget).toBe(false);
    expect(unlimited.converged).toBe(true);
  });
});

describe("fitLogParameters", () => {
  it("reports a boundary when the optimum lies at infinity, within its budget", () => {
    let calls = 0;
    const fit = fitLogParameters(
      (theta) => {
        calls++;
        return Math.exp(theta[0]) + (theta[1] - 1) ** 2; // minimised as θ0 → −∞
      },
      [[0, 0]],
    );
    expect(fit.problem).toBe("boundary");
    expect(Math.abs(fit.theta[0])).toBeLessThanOrEqual(LOG_PARAMETER_BOUND);
    expect(calls).toBeLessThanOrEqual(EVALUATION_BUDGET + OVERSHOOT);
  });

  it("reports 'budget' when the budget runs out before convergence", () => {
    const fit = fitLogParameters(
      (theta) => 100 * (theta[1] - theta[0] * theta[0]) ** 2 + (1 - theta[0]) ** 2,
      [[-1.2, 1]],
      { maxEvaluations: 120 },
    );
    expect(fit.problem).toBe("budget");
    expect(fit.evaluationBudget).toBe(120);
    expect(fit.evaluations).toBeLessThanOrEqual(120 + 3 + 4);
  });
});

describe("BG/NBD and Pareto/NBD on customers who never drop out", () => {
  const { x, t, T } = neverDroppingOut(3000, 16);

  it("BG/NBD: not converged, with the reason in both languages, within the evaluation budget", () => {
    const fit = fitBgNbd(x, t, T);
    expect(fit.converged).toBe(false);
    expect(fit.evaluations).toBeLessThanOrEqual(EVALUATION_BUDGET + OVERSHOOT);
    expect(fit.note?.en).toMatch(/not shown/);
    expect(fit.note?.es).toMatch(/no se muestran/);
    // The purchase-rate part is still identified: r/α close to the mean simulated rate (0.95 per week).
    expect(fit.r / fit.alpha).toBeGreaterThan(0.8);
    expect(fit.r / fit.alpha).toBeLessThan(1.1);
  });

  it("Pareto/NBD: not converged, with the reason, within the evaluation budget", () => {
    const fit = fitParetoNbd(x.subarray(0, 600), t.subarray(0, 600), T.subarray(0, 600));
    expect(fit.converged).toBe(false);
    expect(fit.evaluations).toBeLessThanOrEqual(EVALUATION_BUDGET + OVERSHOOT);
    expect(fit.note?.en).toMatch(/not shown/);
  });

  it("a smaller budget is honoured and named in the note", () => {
    const fit = fitBgNbd(x, t, T, { maxEvaluations: 200 });
    expect(fit.converged).toBe(false);
    expect(fit.evaluations).toBeLessThanOrEqual(200 + OVERSHOOT);
    expect(fit.evaluationBudget).toBe(200);
  });
});
