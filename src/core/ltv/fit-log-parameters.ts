/**
 * Maximum likelihood for models whose parameters are all positive (BG/NBD, Pareto/NBD, Gamma-Gamma): the
 * optimiser works on their logarithms, so it never proposes an invalid point, and the fit says whether its
 * optimum can be trusted instead of returning numbers that merely look right. `fitPositiveModel` is the one
 * scaffold the three models share (starts, search, screening, polish, gradient check, problem); a model
 * whose log-likelihood also gives its gradient (BG/NBD, Gamma-Gamma) is searched by quasi-Newton (BFGS),
 * one without (Pareto/NBD) by Nelder-Mead.
 */
import type { Localized } from "../types";
import {
  type MinimizeResult,
  nelderMead,
  norm,
  numericGradient,
  quasiNewton,
  type QuasiNewtonResult,
} from "./optimize";
import { texts } from "../../i18n/texts";

/** |log parameter| beyond this means the parameter ran off to 0 or ∞: the data barely identify it. */
const LOG_PARAMETER_LIMIT = 15;
/**
 * Hard wall of the search, |log parameter| <= 16 (e^16 ≈ 9e6): past the flag limit, so a fit that runs to a
 * boundary stops there instead of crawling along the ridge (a generated 10^5-line file took 60,809
 * Nelder-Mead evaluations, 9.4 s, before the wall existed).
 */
export const LOG_PARAMETER_BOUND = 16;
/**
 * Likelihood evaluations allowed per fit, all starts and the polish together. With their analytic gradients
 * CDNOW's BG/NBD fit needs ~150 evaluations and its Gamma-Gamma fit ~100; Pareto/NBD (Nelder-Mead, no
 * gradient) ~1,400. A fit that has not converged within this budget is reported as such and its predictions
 * are not shown. The cost of a fit is then O(budget × distinct customers).
 */
export const EVALUATION_BUDGET = 6000;
/** Gradient norm (per customer) under which the optimum counts as confirmed. */
const GRADIENT_TOLERANCE = 1e-4;
/**
 * Gradient norm at which a quasi-Newton run stops: far below GRADIENT_TOLERANCE, since the last digits cost
 * only a few evaluations once the search converges superlinearly.
 */
const SEARCH_GRADIENT_TOLERANCE = 1e-9;

/** Value of the objective at θ, writing its gradient with respect to θ into `gradient`. */
type ObjectiveWithGradient = (theta: Float64Array, gradient: Float64Array) => number;

interface LogParameterFit {
  /** Log-parameters at the optimum. */
  theta: Float64Array;
  /** Objective (negative mean log-likelihood) there. */
  value: number;
  iterations: number;
  /** Objective evaluations (a value, or a value with its gradient), the final gradient check included. */
  evaluations: number;
  /** Central-difference gradient norm at the optimum (independent of the search's own gradient). */
  gradientNorm: number;
  /** Where each start ended after screening, in the order given. */
  screened: { value: number; converged: boolean }[];
  /** Why the optimum is not to be trusted: a parameter at a boundary, a maximum not confirmed, or the
   * evaluation budget spent before convergence. */
  problem?: "boundary" | "not-confirmed" | "budget";
  /** The evaluation budget this fit had. */
  evaluationBudget: number;
}

interface FitLogParametersOptions {
  /** Iterations per run (Nelder-Mead steps or quasi-Newton line searches). */
  maxIterations?: number;
  /** Evaluations over the whole fit (EVALUATION_BUDGET by default). */
  maxEvaluations?: number;
  /** The same objective with its gradient: the search is then quasi-Newton instead of Nelder-Mead. */
  withGradient?: ObjectiveWithGradient;
}

/** One search from one start: what either search (Nelder-Mead or quasi-Newton) reports. */
type SearchRun = MinimizeResult;

/**
 * Runs every start (half the budget shared by these screening runs), then polishes only the best one with
 * the rest: with Nelder-Mead the screening is loose and most evaluations go into the polish; with a gradient
 * each screening run already converges (BFGS) and the polish only runs when the best one ran out of its
 * share. Finally checks the gradient at the optimum by central differences. The search is bounded
 * (|θ| <= LOG_PARAMETER_BOUND) and budgeted; a screened optimum already at the flag limit is not polished,
 * since it will be reported as a boundary fit whatever the last digits, and neither is one whose value
 * another start reached at the flag limit (a flat ridge to the boundary: nothing identifies the point).
 *
 * Cost: O(budget × cost of the objective) at most: evaluations never exceed the budget by more than 3n + 1
 * (one Nelder-Mead step of n + 1 evaluations, then the 2n of the gradient check; n = parameters).
 */
export function fitLogParameters(
  objective: (theta: Float64Array) => number,
  startThetas: readonly number[][],
  options: FitLogParametersOptions | number = {},
): LogParameterFit {
  const settings = typeof options === "number" ? { maxIterations: options } : options;
  const { maxEvaluations = EVALUATION_BUDGET, withGradient } = settings;
  const maxIterations = settings.maxIterations ?? (withGradient ? 500 : 5000);
  const search = (start: ArrayLike<number>, budget: number, polish: boolean): SearchRun => {
    if (withGradient) {
      const run: QuasiNewtonResult = quasiNewton(withGradient, start, {
        gradientTolerance: SEARCH_GRADIENT_TOLERANCE,
        maxIterations,
        maxEvaluations: budget,
        bound: LOG_PARAMETER_BOUND,
      });
      return run;
    }
    const run = nelderMead(
      objective,
      start,
      polish
        ? { maxIterations, initialStep: 0.05, maxEvaluations: budget, bound: LOG_PARAMETER_BOUND }
        : {
            maxIterations,
            functionTolerance: 1e-7,
            pointTolerance: 1e-3,
            maxRestarts: 0,
            maxEvaluations: budget,
            bound: LOG_PARAMETER_BOUND,
          },
    );
    // A loose screening run is never the answer: only the polish can confirm.
    return polish ? run : { ...run, converged: false };
  };
  let best: SearchRun | null = null;
  const runs: SearchRun[] = [];
  let iterations = 0;
  let evaluations = 0;
  const screened: LogParameterFit["screened"] = [];
  const screeningBudget = Math.max(
    Math.min(50, maxEvaluations),
    Math.floor(maxEvaluations / 2 / Math.max(1, startThetas.length)),
  );
  for (const theta0 of startThetas) {
    const run = search(theta0, screeningBudget, false);
    iterations += run.iterations;
    evaluations += run.evaluations;
    screened.push({
      value: run.value,
      converged: withGradient ? run.converged : run.iterations < maxIterations && !run.stoppedOnBudget,
    });
    runs.push(run);
    if (best === null || run.value < best.value) best = run;
  }
  if (best === null) throw new RangeError("fitLogParameters needs at least one start");
  const atLimit = (theta: Float64Array) => theta.some((v) => Math.abs(v) > LOG_PARAMETER_LIMIT);
  // A start that reached the same value (to 1e-9 per customer) with a parameter at the limit shows a flat
  // ridge running to the boundary: the best point merely stopped somewhere along it, and nothing pins it.
  const tie = 1e-9 * (1 + Math.abs(best.value));
  const ridge = runs.find((run) => atLimit(run.point) && run.value <= best.value + tie);
  if (ridge !== undefined || !Number.isFinite(best.value)) {
    const boundary = ridge ?? best;
    return {
      theta: boundary.point,
      value: boundary.value,
      iterations,
      evaluations,
      gradientNorm: NaN,
      screened,
      problem: "boundary",
      evaluationBudget: maxEvaluations,
    };
  }
  let final = best;
  if (!best.converged) {
    final = search(best.point, Math.max(1, maxEvaluations - evaluations), true);
    iterations += final.iterations;
    evaluations += final.evaluations;
  }
  const gradientNorm = norm(numericGradient(objective, final.point));
  evaluations += 2 * final.point.length;
  let problem: LogParameterFit["problem"];
  if (atLimit(final.point) || !Number.isFinite(final.value)) problem = "boundary";
  else if (final.stoppedOnBudget) problem = "budget";
  else if (!final.converged || !(gradientNorm < GRADIENT_TOLERANCE)) problem = "not-confirmed";
  return {
    theta: final.point,
    value: final.value,
    iterations,
    evaluations,
    gradientNorm,
    screened,
    problem,
    evaluationBudget: maxEvaluations,
  };
}

/** A model with positive parameters, as `fitPositiveModel` needs it. */
interface PositiveModel<P> {
  /** Parameter names, in the order of θ. */
  names: readonly (keyof P & string)[];
  /**
   * Total log-likelihood at natural parameters; when `gradient` is given (and `hasGradient`), also writes
   * d log-likelihood / d log θ into it, in the order of `names`.
   */
  logLikelihood: (params: P, gradient?: Float64Array) => number;
  /** `logLikelihood` fills its gradient argument: search by quasi-Newton. */
  hasGradient: boolean;
  /** Customers the likelihood sums over (the objective is the negative mean). */
  count: number;
  /** Starting points, natural parameters. */
  starts: readonly P[];
}

interface PositiveModelFit<P> {
  params: P;
  /** Total log-likelihood at the optimum. */
  logLikelihood: number;
  iterations: number;
  evaluations: number;
  evaluationBudget: number;
  gradientNorm: number;
  /** Each start and the total log-likelihood its screening run reached. */
  starts: { start: P; logLikelihood: number; converged: boolean }[];
  problem: LogParameterFit["problem"];
}

/**
 * Fits a model whose parameters are all positive by maximum likelihood on log-parameters (see
 * `fitLogParameters`). The shared scaffold of BG/NBD, Pareto/NBD and Gamma-Gamma: they differ only in their
 * likelihood, their starts and the note they give.
 */
export function fitPositiveModel<P>(
  model: PositiveModel<P>,
  options: Omit<FitLogParametersOptions, "withGradient"> = {},
): PositiveModelFit<P> {
  const { names, logLikelihood, count } = model;
  const toParams = (theta: ArrayLike<number>): P => {
    const params = {} as Record<string, number>;
    names.forEach((name, d) => (params[name] = Math.exp(theta[d])));
    return params as P;
  };
  const objective = (theta: Float64Array): number => -logLikelihood(toParams(theta)) / count;
  const withGradient: ObjectiveWithGradient = (theta, gradient) => {
    const value = -logLikelihood(toParams(theta), gradient) / count;
    for (let d = 0; d < gradient.length; d++) gradient[d] = -gradient[d] / count;
    return value;
  };
  const fit = fitLogParameters(
    objective,
    model.starts.map((start) => names.map((name) => Math.log(start[name] as number))),
    { ...options, withGradient: model.hasGradient ? withGradient : undefined },
  );
  return {
    params: toParams(fit.theta),
    logLikelihood: -fit.value * count,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    evaluationBudget: fit.evaluationBudget,
    gradientNorm: fit.gradientNorm,
    starts: model.starts.map((start, k) => ({
      start,
      logLikelihood: -fit.screened[k].value * count,
      converged: fit.screened[k].converged,
    })),
    problem: fit.problem,
  };
}

const BOUNDARY_NOTE: Localized = texts((t) => t.ltv.fitLogParameters.boundaryNote);

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
    return texts((t) => t.ltv.fitLogParameters.fitNotConverged(count));
  }
  if (problem === "not-confirmed") {
    return texts((t) => t.ltv.fitLogParameters.optimumNotConfirmed(gradientNorm.toExponential(2)));
  }
  return undefined;
}
