import { nelderMead, numericGradient } from "../../../src/core/ltv/optimize";

describe("nelderMead", () => {
  it("finds the Rosenbrock minimum (1, 1) from (−1.2, 1) and reports convergence", () => {
    const rosenbrock = (p: Float64Array): number => 100 * (p[1] - p[0] * p[0]) ** 2 + (1 - p[0]) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it("reports converged = false when stopped by the iteration cap, and when the start is not finite", () => {
    const bowl = (p: Float64Array): number => (p[0] - 3) ** 2 + (p[1] + 2) ** 2 + (p[2] - 1) ** 2;
    expect(nelderMead(bowl, [100, 100, 100], { maxIterations: 5, maxRestarts: 0 }).converged).toBe(false);
    expect(nelderMead(() => NaN, [0, 0]).converged).toBe(false);
  });

  it("numericGradient matches an analytic gradient", () => {
    const f = (p: Float64Array): number => Math.sin(p[0]) * p[1] * p[1];
    const g = numericGradient(f, [0.3, 2]);
    expect(g[0]).toBeCloseTo(Math.cos(0.3) * 4, 6);
    expect(g[1]).toBeCloseTo(Math.sin(0.3) * 4, 6);
  });
});
