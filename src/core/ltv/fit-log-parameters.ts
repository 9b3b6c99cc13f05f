/**
 * Maximum likelihood for models whose parameters are all positive (BG/NBD, Pareto/NBD, Gamma-Gamma): the
 * optimiser works on their logarithms, so it never proposes an invalid point, and the fit says whether its
 * optimum can be trusted instead of returning numbers that merely look right.
 */
import type { Localized } from "../types";
import { nelderMead, norm, numericGradient } from "./optimize";

/** |log parameter| beyond this means the parameter ran off to 0 or ∞: the data barely identify it. */
export const LOG_PARAMETER_LIMIT = 15;
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
  /** Why the optimum is not to be trusted: a parameter at a boundary, or a maximum not confirmed. */
  problem?: "boundary" | "not-confirmed";
}

/**
 * Screens every start with a loose Nelder-Mead, then polishes only the best one: most evaluations go into
 * the last digits, which only the winner needs. Finally checks the gradient at the optimum.
 *
 * Cost: O((starts + 1) × evaluations × cost of the objective).
 */
export function fitLogParameters(
  objective: (theta: Float64Array) => number,
  startThetas: readonly number[][],
  maxIterations = 5000,
): LogParameterFit {
  let best: { theta: Float64Array; value: number } | null = null;
  let iterations = 0;
  let evaluations = 0;
  const screened: LogParameterFit["screened"] = [];
  for (const theta0 of startThetas) {
    const result = nelderMead(objective, theta0, {
      maxIterations,
      functionTolerance: 1e-7,
      pointTolerance: 1e-3,
      maxRestarts: 0,
    });
    iterations += result.iterations;
    evaluations += result.evaluations;
    screened.push({ value: result.value, converged: result.iterations < maxIterations });
    if (best === null || result.value < best.value) best = { theta: result.point, value: result.value };
  }
  if (best === null) throw new RangeError("fitLogParameters needs at least one start");
  const polished = nelderMead(objective, best.theta, { maxIterations, initialStep: 0.05 });
  iterations += polished.iterations;
  evaluations += polished.evaluations;
  const gradientNorm = norm(numericGradient(objective, polished.point));
  evaluations += 2 * polished.point.length;
  const atBoundary = polished.point.some((v) => Math.abs(v) > LOG_PARAMETER_LIMIT);
  let problem: LogParameterFit["problem"];
  if (atBoundary || !Number.isFinite(polished.value)) problem = "boundary";
  else if (!polished.converged || !(gradientNorm < GRADIENT_TOLERANCE)) problem = "not-confirmed";
  return {
    theta: polished.point,
    value: polished.value,
    iterations,
    evaluations,
    gradientNorm,
    screened,
    problem,
  };
}

const BOUNDARY_NOTE: Localized = {
  en: "A parameter ran off to a boundary (the data barely identify it): treat predictions with care.",
  es: "Un parámetro se fue al límite (los datos apenas lo identifican): use las predicciones con cautela.",
};

/** The note a fit carries when its optimum is not to be trusted (undefined when it is). */
export function fitProblemNote(
  problem: LogParameterFit["problem"],
  gradientNorm: number,
  boundaryNote: Localized = BOUNDARY_NOTE,
): Localized | undefined {
  if (problem === "boundary") return boundaryNote;
  if (problem === "not-confirmed") {
    return {
      en: `The optimiser did not confirm a maximum (gradient norm ${gradientNorm.toExponential(2)}).`,
      es: `El optimizador no confirmó un máximo (norma del gradiente ${gradientNorm.toExponential(2)}).`,
    };
  }
  return undefined;
}
