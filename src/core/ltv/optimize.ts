/**
 * Small derivative-free minimiser for the maximum-likelihood fits of the customer-base models: Nelder-Mead
 * with restarts from the best vertex, plus a central-difference gradient used to *check* the optimum. The
 * models are fitted on log-parameters, so the search space is unbounded and every point is valid.
 *
 * Why Nelder-Mead: the likelihoods have 2–4 parameters, cheap evaluations (grouped by distinct frequency)
 * and no closed-form gradients worth maintaining; a simplex search with restarts is robust there, and the
 * numeric gradient at the end turns "the simplex stopped" into "this is a stationary point" or a reported
 * failure.
 */

export interface MinimizeOptions {
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
