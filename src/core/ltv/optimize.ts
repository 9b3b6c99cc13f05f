/**
 * Small minimisers for the maximum-likelihood fits of the customer-base models, which are fitted on
 * log-parameters (every point valid) inside a box |x_d| <= bound:
 * - `quasiNewton`: BFGS with a backtracking (Armijo) line search, for objectives that also give their
 *   gradient (BG/NBD and Gamma-Gamma have closed-form gradients): tens of evaluations where a simplex needs
 *   hundreds or thousands.
 * - `nelderMead`: derivative-free simplex search with restarts from the best vertex, for objectives whose
 *   gradient is not worth writing (Pareto/NBD: derivatives of hypergeometric series).
 * - `numericGradient`: central differences, used to *check* an optimum independently of how it was found.
 */

interface MinimizeOptions {
  /** Stop when the spread of objective values across the simplex is below this (absolute). */
  functionTolerance?: number;
  /** ... and the simplex is smaller than this in every coordinate. */
  pointTolerance?: number;
  /** Maximum iterations per Nelder-Mead run. */
  maxIterations?: number;
  /** Restarts from the best vertex after a run stops (escapes collapsed simplices). */
  maxRestarts?: number;
  /** Size of the initial simplex step in each coordinate. */
  initialStep?: number;
  /**
   * Objective evaluations allowed over all runs and restarts (a budget, not a target): the search stops
   * when it is spent and the result says so (`stoppedOnBudget`, converged = false).
   */
  maxEvaluations?: number;
  /**
   * Box |x_d| <= bound for every coordinate: points outside count as +Infinity, so the simplex stays inside
   * and a parameter the data do not identify stops at the wall instead of walking off forever.
   */
  bound?: number;
}

export interface MinimizeResult {
  point: Float64Array;
  value: number;
  /** True when every run stopped on tolerance (not on the iteration cap) and the last restart gained nothing. */
  converged: boolean;
  iterations: number;
  evaluations: number;
  /** The evaluation budget ran out before the search stopped on its own. */
  stoppedOnBudget: boolean;
}

const DEFAULTS: Required<MinimizeOptions> = {
  functionTolerance: 1e-12,
  pointTolerance: 1e-9,
  maxIterations: 5000,
  maxRestarts: 4,
  initialStep: 0.5,
  maxEvaluations: Infinity,
  bound: Infinity,
};

/**
 * Minimises `objective` from `start` with Nelder-Mead (reflection 1, expansion 2, contraction ½, shrink ½),
 * restarting from the best vertex until a restart no longer improves the value by more than the tolerance.
 * Non-finite objective values are treated as +Infinity, so the simplex walks away from them.
 *
 * Cost: O(iterations × (n + evaluation)); memory O(n²). Never throws on a bad objective: a start where the
 * objective is not finite returns converged = false.
 */
export function nelderMead(
  objective: (point: Float64Array) => number,
  start: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  const settings = { ...DEFAULTS, ...options };
  let evaluations = 0;
  const bound = settings.bound;
  const evaluate = (point: Float64Array): number => {
    evaluations++;
    for (let d = 0; d < point.length; d++) if (!(Math.abs(point[d]) <= bound)) return Infinity;
    const value = objective(point);
    return Number.isFinite(value) ? value : Infinity;
  };
  const spent = () => evaluations >= settings.maxEvaluations;

  let best: Float64Array = Float64Array.from(start);
  let bestValue = evaluate(best);
  let iterations = 0;
  let lastRunStoppedOnTolerance = false;
  let confirmed = false;
  for (
    let restart = 0;
    restart <= settings.maxRestarts && Number.isFinite(bestValue) && !spent();
    restart++
  ) {
    const run = nelderMeadRun(evaluate, best, bestValue, settings, spent);
    iterations += run.iterations;
    const gain = bestValue - run.value;
    if (run.value < bestValue) {
      best = run.point;
      bestValue = run.value;
    }
    lastRunStoppedOnTolerance = run.stoppedOnTolerance;
    // A restart that gains (almost) nothing confirms the point; otherwise keep going.
    if (restart > 0 && gain <= settings.functionTolerance * 10) {
      confirmed = true;
      break;
    }
  }
  const stoppedOnBudget = spent() && !confirmed;
  const converged = confirmed && lastRunStoppedOnTolerance && Number.isFinite(bestValue) && !stoppedOnBudget;
  return { point: best, value: bestValue, converged, iterations, evaluations, stoppedOnBudget };
}

function nelderMeadRun(
  evaluate: (point: Float64Array) => number,
  start: Float64Array,
  startValue: number,
  settings: Required<MinimizeOptions>,
  spent: () => boolean,
): { point: Float64Array; value: number; iterations: number; stoppedOnTolerance: boolean } {
  const n = start.length;
  const simplex: Float64Array[] = [Float64Array.from(start)];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const vertex = Float64Array.from(start);
    vertex[i] += settings.initialStep;
    simplex.push(vertex);
    values.push(evaluate(vertex));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  let iterations = 0;
  let stoppedOnTolerance = false;

  while (iterations < settings.maxIterations && !spent()) {
    order.sort((i, j) => values[i] - values[j]);
    const bestIndex = order[0];
    const worstIndex = order[n];
    const secondWorstValue = values[order[n - 1]];
    if (Number.isFinite(values[worstIndex])) {
      let maxSpread = 0;
      for (let v = 0; v <= n; v++) {
        for (let d = 0; d < n; d++) {
          const spread = Math.abs(simplex[v][d] - simplex[bestIndex][d]);
          if (spread > maxSpread) maxSpread = spread;
        }
      }
      if (
        values[worstIndex] - values[bestIndex] <= settings.functionTolerance &&
        maxSpread <= settings.pointTolerance
      ) {
        stoppedOnTolerance = true;
        break;
      }
    }
    iterations++;

    centroid.fill(0);
    for (let v = 0; v <= n; v++) {
      if (v === worstIndex) continue;
      for (let d = 0; d < n; d++) centroid[d] += simplex[v][d] / n;
    }
    const worst = simplex[worstIndex];
    for (let d = 0; d < n; d++) trial[d] = centroid[d] + (centroid[d] - worst[d]);
    const reflectedValue = evaluate(trial);

    if (reflectedValue < values[bestIndex]) {
      for (let d = 0; d < n; d++) trial2[d] = centroid[d] + 2 * (centroid[d] - worst[d]);
      const expandedValue = evaluate(trial2);
      if (expandedValue < reflectedValue) {
        worst.set(trial2);
        values[worstIndex] = expandedValue;
      } else {
        worst.set(trial);
        values[worstIndex] = reflectedValue;
      }
      continue;
    }
    if (reflectedValue < secondWorstValue) {
      worst.set(trial);
      values[worstIndex] = reflectedValue;
      continue;
    }
    // Contraction: outside when the reflection beat the worst vertex, inside otherwise.
    const outside = reflectedValue < values[worstIndex];
    for (let d = 0; d < n; d++) {
      trial2[d] = outside
        ? centroid[d] + 0.5 * (trial[d] - centroid[d])
        : centroid[d] + 0.5 * (worst[d] - centroid[d]);
    }
    const contractedValue = evaluate(trial2);
    if (contractedValue < (outside ? reflectedValue : values[worstIndex])) {
      worst.set(trial2);
      values[worstIndex] = contractedValue;
      continue;
    }
    // Shrink towards the best vertex.
    const bestVertex = simplex[bestIndex];
    for (let v = 0; v <= n; v++) {
      if (v === bestIndex) continue;
      for (let d = 0; d < n; d++) simplex[v][d] = bestVertex[d] + 0.5 * (simplex[v][d] - bestVertex[d]);
      values[v] = evaluate(simplex[v]);
    }
  }
  let bestIndex = 0;
  for (let v = 1; v <= n; v++) if (values[v] < values[bestIndex]) bestIndex = v;
  return {
    point: Float64Array.from(simplex[bestIndex]),
    value: values[bestIndex],
    iterations,
    stoppedOnTolerance,
  };
}

/**
 * Central-difference gradient of `objective` at `point` (step h per coordinate). O(2n evaluations). Used to
 * verify that a minimiser stopped at a stationary point; not accurate enough to drive a Newton method.
 */
export function numericGradient(
  objective: (point: Float64Array) => number,
  point: ArrayLike<number>,
  step = 1e-5,
): Float64Array {
  const n = point.length;
  const gradient = new Float64Array(n);
  const probe = Float64Array.from(point);
  for (let d = 0; d < n; d++) {
    const original = probe[d];
    probe[d] = original + step;
    const up = objective(probe);
    probe[d] = original - step;
    const down = objective(probe);
    probe[d] = original;
    gradient[d] = (up - down) / (2 * step);
  }
  return gradient;
}

/** Euclidean norm. */
export function norm(vector: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i] * vector[i];
  return Math.sqrt(sum);
}

interface QuasiNewtonOptions {
  /** Stop when the norm of the (projected) gradient is at most this. */
  gradientTolerance?: number;
  /** Iterations (line searches) allowed. */
  maxIterations?: number;
  /** Objective evaluations allowed (each call gives value and gradient); checked before every call. */
  maxEvaluations?: number;
  /** Box |x_d| <= bound: a coordinate that the gradient pushes through a wall stays on it. */
  bound?: number;
  /** Largest change of any coordinate in one step (keeps a first step on a badly scaled gradient sane). */
  maxStep?: number;
}

export interface QuasiNewtonResult extends MinimizeResult {
  /** Gradient at `point`. */
  gradient: Float64Array;
}

/**
 * Minimises `objective` (which returns the value at `point` and writes the gradient into `gradient`) from
 * `start` with BFGS on the inverse Hessian, Armijo backtracking with quadratic interpolation, and the box
 * |x_d| <= bound handled by projection: a step is cut where it meets a wall, and a coordinate on a wall whose
 * gradient points outward is held there (the Hessian approximation is reset whenever that set changes).
 * Non-finite values count as +Infinity (the line search backs off from them).
 *
 * converged = true when the projected gradient norm reached `gradientTolerance`, or when no step can
 * decrease the objective any more (rounding floor) with the gradient already below 1e3 × the tolerance.
 * stoppedOnBudget when the evaluations ran out first. Cost: O(evaluations × cost of the objective + n²)
 * per iteration; memory O(n²). Never throws on a bad objective: a start that is not finite returns
 * converged = false.
 */
export function quasiNewton(
  objective: (point: Float64Array, gradient: Float64Array) => number,
  start: ArrayLike<number>,
  options: QuasiNewtonOptions = {},
): QuasiNewtonResult {
  const {
    gradientTolerance = 1e-9,
    maxIterations = 500,
    maxEvaluations = Infinity,
    bound = Infinity,
    maxStep = 4,
  } = options;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (point: Float64Array, gradient: Float64Array): number => {
    evaluations++;
    const value = objective(point, gradient);
    for (let d = 0; d < n; d++) if (!Number.isFinite(gradient[d])) return Infinity;
    return Number.isFinite(value) ? value : Infinity;
  };
  const spent = () => evaluations >= maxEvaluations;

  let x = Float64Array.from(start, (v) => Math.min(bound, Math.max(-bound, v)));
  let g = new Float64Array(n);
  let value = evaluate(x, g);
  const result = (converged: boolean, iterations: number, stoppedOnBudget: boolean): QuasiNewtonResult => ({
    point: x,
    value,
    gradient: g,
    converged: converged && Number.isFinite(value),
    iterations,
    evaluations,
    stoppedOnBudget,
  });
  if (!Number.isFinite(value)) return result(false, 0, false);

  const inverseHessian = new Float64Array(n * n);
  const resetHessian = () => {
    inverseHessian.fill(0);
    for (let d = 0; d < n; d++) inverseHessian[d * n + d] = 1;
  };
  resetHessian();
  let scaled = false;
  const free = new Uint8Array(n);
  const previousFree = new Uint8Array(n).fill(1);
  const direction = new Float64Array(n);
  let trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Coordinates held on a wall: at ±bound with the gradient pushing further out.
    let projectedNormSquared = 0;
    let activeChanged = false;
    for (let d = 0; d < n; d++) {
      free[d] = (x[d] >= bound && g[d] < 0) || (x[d] <= -bound && g[d] > 0) ? 0 : 1;
      if (free[d]) projectedNormSquared += g[d] * g[d];
      if (free[d] !== previousFree[d]) activeChanged = true;
      previousFree[d] = free[d];
    }
    const projectedNorm = Math.sqrt(projectedNormSquared);
    if (projectedNorm <= gradientTolerance) return result(true, iteration, false);
    if (spent()) return result(false, iteration, true);
    if (activeChanged) {
      resetHessian();
      scaled = false;
    }
    let slope = 0;
    for (let d = 0; d < n; d++) {
      let sum = 0;
      if (free[d]) for (let e = 0; e < n; e++) if (free[e]) sum -= inverseHessian[d * n + e] * g[e];
      direction[d] = sum;
      slope += sum * g[d];
    }
    if (!(slope < 0)) {
      // Not a descent direction (the approximation went bad): steepest descent, fresh approximation.
      resetHessian();
      scaled = false;
      slope = 0;
      for (let d = 0; d < n; d++) {
        direction[d] = free[d] ? -g[d] : 0;
        slope -= direction[d] * direction[d];
      }
    }
    // Cap the largest coordinate change (steepest-descent steps carry the gradient's own scale) ...
    let largest = 0;
    for (let d = 0; d < n; d++) largest = Math.max(largest, Math.abs(direction[d]));
    const cap = scaled ? maxStep : Math.min(maxStep, 1);
    if (largest > cap) {
      for (let d = 0; d < n; d++) direction[d] *= cap / largest;
      slope *= cap / largest;
      largest = cap;
    }
    // ... and stop at the first wall on the way.
    let stepToWall = Infinity;
    let wall = -1;
    for (let d = 0; d < n; d++) {
      if (direction[d] === 0) continue;
      const room = ((direction[d] > 0 ? bound : -bound) - x[d]) / direction[d];
      if (room < stepToWall) {
        stepToWall = room;
        wall = d;
      }
    }
    let step = Math.min(1, stepToWall);
    let trialValue = Infinity;
    let accepted = false;
    while (step * largest > 1e-12 && !spent()) {
      for (let d = 0; d < n; d++) trial[d] = x[d] + step * direction[d];
      if (step === stepToWall && wall >= 0) trial[wall] = direction[wall] > 0 ? bound : -bound;
      trialValue = evaluate(trial, trialGradient);
      if (trialValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      // Near the optimum the decrease drowns in the rounding of the value: accept a step that keeps the value
      // within that rounding and shrinks the slope along the direction (Hager & Zhang's approximate Wolfe
      // conditions), so the gradient, which is still accurate, finishes the search.
      if (trialValue <= value + 1e-13 * Math.abs(value)) {
        let trialSlope = 0;
        for (let d = 0; d < n; d++) trialSlope += trialGradient[d] * direction[d];
        if (trialSlope >= 0.9 * slope && trialSlope <= -0.8 * slope) {
          accepted = true;
          break;
        }
      }
      // Minimum of the quadratic through value, slope and trialValue, kept within [0.1, 0.5] of the step.
      const next = Number.isFinite(trialValue)
        ? (-slope * step * step) / (2 * (trialValue - value - slope * step))
        : 0.1 * step;
      step = Math.min(0.5 * step, Math.max(0.1 * step, next));
    }
    if (!accepted) {
      if (spent()) return result(false, iteration + 1, true);
      // No decrease along a descent direction: the rounding floor of the objective, or a bad approximation.
      if (scaled) {
        resetHessian();
        scaled = false;
        continue;
      }
      return result(projectedNorm <= gradientTolerance * 1e3, iteration + 1, false);
    }
    let sy = 0;
    let yy = 0;
    for (let d = 0; d < n; d++) {
      s[d] = trial[d] - x[d];
      y[d] = trialGradient[d] - g[d];
      sy += s[d] * y[d];
      yy += y[d] * y[d];
    }
    [x, trial] = [trial, x];
    [g, trialGradient] = [trialGradient, g];
    value = trialValue;
    // BFGS update of the inverse Hessian, skipped when the curvature condition fails (keeps it positive).
    if (sy > 1e-12 * Math.sqrt(yy) * norm(s)) {
      if (!scaled) {
        resetHessian();
        for (let d = 0; d < n; d++) inverseHessian[d * n + d] = sy / yy;
        scaled = true;
      }
      let yHy = 0;
      for (let d = 0; d < n; d++) {
        let sum = 0;
        for (let e = 0; e < n; e++) sum += inverseHessian[d * n + e] * y[e];
        hy[d] = sum;
        yHy += y[d] * sum;
      }
      const rho = 1 / sy;
      const factor = (1 + rho * yHy) * rho;
      for (let d = 0; d < n; d++) {
        for (let e = 0; e < n; e++) {
          inverseHessian[d * n + e] += factor * s[d] * s[e] - rho * (hy[d] * s[e] + s[d] * hy[e]);
        }
      }
    }
  }
  return result(false, maxIterations, false);
}
