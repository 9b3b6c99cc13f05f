/**
 * Maximum likelihood for models whose parameters are all positive (BG/NBD, Pareto/NBD, Gamma-Gamma): the
 * optimiser works on their logarithms, so it never proposes an invalid point, and the fit says whether its
 * optimum can be trusted instead of returning numbers that merely look right.
 */
import type { Localized } from "../types";
import { nelderMead, norm, numericGradient } from "./optimize";

/** |log parameter| beyond this means the parameter ran off to 0 or ∞: the data barely identify it. */
export const LOG_PARAMETER_LIMIT = 15;
/**
 * Hard wall of the search, |log parameter| <= 16 (e^16 ≈ 9e6): past the flag limit, so a fit that runs to a
 * boundary stops there in a few hundred evaluations instead of crawling along the ridge (a generated
 * 10^5-line file took 60,809 evaluations, 9.4 s, before the wall existed).
 */
export const LOG_PARAMETER_BOUND = 16;
/**
 * Likelihood evaluations allowed per fit, all starts and the polish together. CDNOW's BG/NBD fit needs
 * ~1,200 and its Pareto/NBD fit ~1,400; a fit that has not converged within this budget is reported as such
 * and its predictions are not shown. The cost of a fit is then O(budget × distinct customers).
 */
export const EVALUATION_BUDGET = 6000;
/** Gradient norm (per customer) under which the optimum counts as confirmed. */
export const GRADIENT_TOLERANCE = 1e-4;

export interface LogParameterFit {
  /** Log-parameters at the optimum. */
  theta: Float64Array;
  /** Objective (negative mean log-likelihood) there. */
  value: number;
  iterations: number;
  evaluations: number;
  gradientNorm: number;
  /** Where each start ended after screening, in the order given. */
  screened: { value: number; converged: boolean }[];
  /** Why the optimum is not to be trusted: a parameter at a boundary, a maximum not confirmed, or the
   * evaluation budget spent before convergence. */
  problem?: "boundary" | "not-confirmed" | "budget";
  /** The evaluation budget this fit had. */
  evaluationBudget: number;
}

export interface FitLogParametersOptions {
  /** Nelder-Mead iterations per run. */
  maxIterations?: number;
  /** Evaluations over the whole fit (EVALUATION_BUDGET by default). */
  maxEvaluations?: number;
}

/**
 * Screens every start with a loose Nelder-Mead, then polishes only the best one: most evaluations go into
 * the last digits, which only the winner needs. Finally checks the gradient at the optimum. The search is
 * bounded (|θ| <= LOG_PARAMETER_BOUND) and budgeted (EVALUATION_BUDGET evaluations: half shared by the
 * screening runs, the rest for the polish); a screened optimum already at the flag limit is not polished,
 * since it will be reported as a boundary fit whatever the last digits.
 *
 * Cost: O(budget × cost of the objective) at most: evaluations never exceed the budget by more than 3n + 1
 * (one Nelder-Mead step of n + 1 evaluations, then the 2n of the gradient check; n = parameters).
 */
export function fitLogParameters(
  objective: (theta: Float64Array) => number,
  startThetas: readonly number[][],
  options: FitLogParametersOptions | number = {},
): LogParameterFit {
  const { maxIterations = 5000, maxEvaluations = EVALUATION_BUDGET } =
    typeof options === "number" ? { maxIterations: options } : options;
  let best: { theta: Float64Array; value: number } | null = null;
  let iterations = 0;
  let evaluations = 0;
  const screened: LogParameterFit["screened"] = [];
  const screeningBudget = Math.max(50, Math.floor(maxEvaluations / 2 / Math.max(1, startThetas.length)));
  for (const theta0 of startThetas) {
    const result = nelderMead(objective, theta0, {
      maxIterations,
      functionTolerance: 1e-7,
      pointTolerance: 1e-3,
      maxRestarts: 0,
      maxEvaluations: screeningBudget,
      bound: LOG_PARAMETER_BOUND,
    });
    iterations += result.iterations;
    evaluations += result.evaluations;
    screened.push({
      value: result.value,
      converged: result.iterations < maxIterations && !result.stoppedOnBudget,
    });
    if (best === null || result.value < best.value) best = { theta: result.point, value: result.value };
  }
  if (best === null) throw new RangeError("fitLogParameters needs at least one start");
  const atLimit = (theta: Float64Array) => theta.some((v) => Math.abs(v) > LOG_PARAMETER_LIMIT);
  if (atLimit(best.theta) || !Number.isFinite(best.value)) {
    return {
      theta: best.theta,
      value: best.value,
      iterations,
      evaluations,
      gradientNorm: NaN,
      screened,
      problem: "boundary",
      evaluationBudget: maxEvaluations,
    };
  }
  const polished = nelderMead(objective, best.theta, {
    maxIterations,
    initialStep: 0.05,
    maxEvaluations: Math.max(1, maxEvaluations - evaluations),
    bound: LOG_PARAMETER_BOUND,
  });
  iterations += polished.iterations;
  evaluations += polished.evaluations;
  const gradientNorm = norm(numericGradient(objective, polished.point));
  evaluations += 2 * polished.point.length;
  let problem: LogParameterFit["problem"];
  if (atLimit(polished.point) || !Number.isFinite(polished.value)) problem = "boundary";
  else if (polished.stoppedOnBudget) problem = "budget";
  else if (!polished.converged || !(gradientNorm < GRADIENT_TOLERANCE)) problem = "not-confirmed";
  return {
    theta: polished.point,
    value: polished.value,
    iterations,
    evaluations,
    gradientNorm,
    screened,
    problem,
    evaluationBudget: maxEvaluations,
  };
}

const BOUNDARY_NOTE: Localized = {
  en: "A parameter ran off to a boundary (the data barely identify it): the model's predictions are not shown.",
  es: "Un parámetro se fue al límite (los datos apenas lo identifican): no se muestran las predicciones del modelo.",
};

/** The note a fit carries when its optimum is not to be trusted (undefined when it is). */
export function fitProblemNote(
  problem: LogParameterFit["problem"],
  gradientNorm: number,
  boundaryNote: Localized = BOUNDARY_NOTE,
  evaluations?: number,
): Localized | undefined {
  if (problem === "boundary") return boundaryNote;
  if (problem === "budget") {
    const count = evaluations === undefined ? "" : ` ${evaluations}`;
    return {
      en: `The fit did not converge within its budget of${count} likelihood evaluations: the model's predictions are not shown.`,
      es: `El ajuste no convergió dentro de su límite de${count} evaluaciones de la verosimilitud: no se muestran las predicciones del modelo.`,
    };
  }
  if (problem === "not-confirmed") {
    return {
      en: `The optimiser did not confirm a maximum (gradient norm ${gradientNorm.toExponential(2)}): the model's predictions are not shown.`,
      es: `El optimizador no confirmó un máximo (norma del gradiente ${gradientNorm.toExponential(2)}): no se muestran las predicciones del modelo.`,
    };
  }
  return undefined;
}
