/**
 * Pareto/NBD model of repeat buying, Schmittlein, Morrison & Colombo (1987), "Counting your customers",
 * Management Science 33(1); expressions from Fader & Hardie (2005), "A note on deriving the Pareto/NBD model
 * and related expressions". While alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α) and
 * has an exponential lifetime with rate μ ~ Gamma(s, β). Unlike BG/NBD, a customer can die before the first
 * repeat purchase, so P(alive) < 1 even for frequency 0. Inputs per customer, all in ONE time unit:
 * frequency x (repeat purchases), recency t_x (first to last purchase), age T (first purchase to the end).
 *
 * Stability: the likelihood's 2F1(r+s+x, ·; r+s+x+1; z) terms are evaluated through Euler's transform as
 * (1 − z)^(c−a−b) 2F1(1, b'; r+s+x+1; z) with b' < c, whose series has positive terms with ratio below z, so
 * the value lies in [1, 1/(1 − z)] and everything else stays in log space: no overflow for x in the
 * hundreds. Branch α ≥ β uses z = (α − β)/(α + t), branch α < β uses z = (β − α)/(β + t); both give z ∈ [0, 1).
 *
 * Fitted by maximum likelihood on log-parameters through the scaffold bg-nbd.ts and gamma-gamma.ts share
 * (fit-log-parameters.ts), but with Nelder-Mead (screened starts, polished, gradient checked by central
 * differences): its gradient would need the derivatives of the 2F1 series in their parameters. On CDNOW (weeks) it gives LL −9594.98 and r, α = 0.553, 10.58 (published
 * 0.553, 10.578); s, β are weakly identified (flat likelihood), so compare predictions rather than them.
 */
import type { Localized } from "../types";
import { indexDistinct, mapCustomers } from "./bg-nbd";
import { fitPositiveModel, fitProblemNote } from "./fit-log-parameters";
import { lnGamma } from "./special-functions";
import { checkCustomerTriple, checkPositive, checkSameLength } from "./validate-inputs";
import { texts } from "../../i18n/texts";

export interface ParetoNbdParams {
  /** Shape of the Gamma prior on the purchase rate. */
  r: number;
  /** Scale of the Gamma prior on the purchase rate, in the time unit of the inputs. */
  alpha: number;
  /** Shape of the Gamma prior on the drop-out rate. */
  s: number;
  /** Scale of the Gamma prior on the drop-out rate, in the time unit of the inputs. */
  beta: number;
}

interface ParetoNbdFitStart {
  start: ParetoNbdParams;
  logLikelihood: number;
  converged: boolean;
}

interface ParetoNbdFit extends ParetoNbdParams {
  /** Total log-likelihood at the optimum (natural log, summed over customers). */
  logLikelihood: number;
  /** True only when the optimum is confirmed (restart gains nothing, gradient ≈ 0, no boundary). */
  converged: boolean;
  iterations: number;
  evaluations: number;
  /** The evaluation budget the fit had (converged = false with a note when it ran out). */
  evaluationBudget: number;
  /** Norm of the gradient of the mean negative log-likelihood w.r.t. log-parameters at the optimum. */
  gradientNorm: number;
  starts: ParetoNbdFitStart[];
  customers: number;
  repeatBuyers: number;
  /** Why converged is false, when it is. */
  note?: Localized;
}

interface ParetoNbdFitOptions {
  /** Extra starting points (natural parameters), tried before the built-in ones. */
  starts?: ParetoNbdParams[];
  maxIterations?: number;
  /** Likelihood evaluations allowed over the whole fit (default EVALUATION_BUDGET); past it the fit reports "budget". */
  maxEvaluations?: number;
}

/** Series cap: z ≥ 1 − 1e-3 (β/α or α/β below ~1e-3 with t ≈ 0) would need more; such points report NaN. */
const MAX_SERIES_TERMS = 50_000;
const { log, log1p, exp } = Math;

/**
 * log of F(t) = 2F1(r+s+x, b; r+s+x+1; z(t)) / (max(α,β) + t)^(r+s+x), the building block of A₀ in Fader &
 * Hardie (2005) eq. (22), with b = s+1, z = (α−β)/(α+t) when α ≥ β and b = r+x, z = (β−α)/(β+t) otherwise.
 * Euler's transform rewrites it as (α+t)^−(r+x) (β+t)^−s G for α ≥ β and (α+t)^(1−r−x) (β+t)^−(s+1) G for
 * α < β, with G = 2F1(1, b'; r+s+x+1; z) ≥ 1. NaN when the series does not converge. O(series terms).
 */
function logHypergeometricTerm(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  t: number,
): number {
  const c = r + s + x + 1;
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + t);
    return -(r + x) * log(alpha + t) - s * log(beta + t) + logSeries(r + x, c, z);
  }
  const z = (beta - alpha) / (beta + t);
  return (1 - r - x) * log(alpha + t) - (s + 1) * log(beta + t) + logSeries(s + 1, c, z);
}

/**
 * log 2F1(1, b; c; z) for 0 ≤ z < 1 and b < c: every term is positive and the term ratio (b+k)/(c+k)·z stays
 * below z, so the tail after a term is at most term·z/(1 − z). Summed inline (not via hyp2f1Series) because
 * it runs twice per customer per likelihood evaluation and must not allocate. NaN past MAX_SERIES_TERMS.
 */
function logSeries(b: number, c: number, z: number): number {
  if (z === 0) return 0;
  const tailFactor = z / (1 - z);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < MAX_SERIES_TERMS; k++) {
    term *= ((b + k) / (c + k)) * z;
    sum += term;
    if (term * tailFactor <= 1e-16 * sum) return log(sum);
  }
  return NaN;
}

/** log of the "alive at T" term (α+T)^−(r+x) (β+T)^−s of the likelihood. */
function logAliveTerm(p: ParetoNbdParams, x: number, T: number): number {
  return -(p.r + x) * log(p.alpha + T) - p.s * log(p.beta + T);
}

/**
 * log of the "died in (t_x, T]" term s/(r+s+x) · A₀, where A₀ = F(t_x) − F(T) ≥ 0 is taken as a
 * log-difference (−∞ when t_x = T; NaN when a series failed).
 */
function logDeadTerm(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const atRecency = logHypergeometricTerm(r, alpha, s, beta, x, tx);
  const gap = logHypergeometricTerm(r, alpha, s, beta, x, T) - atRecency;
  // Rounding can make gap a hair above 0 when t_x ≈ T: the interval then carries no mass.
  const logA0 = gap < 0 ? atRecency + log1p(-exp(gap)) : gap === gap ? -Infinity : NaN;
  return log(s) - log(r + s + x) + logA0;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

/**
 * Builds the Pareto/NBD log-likelihood (Fader & Hardie 2005 eq. 22) over a data set, as a function of
 * natural parameters. Identical (x, t_x, T) triples are evaluated once, weighted; each evaluation costs
 * O(distinct triples × series terms) (a handful of terms when α and β are of similar size).
 * Throws CoreError on invalid inputs.
 */
export function paretoNbdLogLikelihood(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
): (params: ParetoNbdParams) => number {
  const total = checkSameLength({ frequency, recency, age });
  for (let i = 0; i < total; i++) checkCustomerTriple(frequency[i], recency[i], age[i], i);
  const rowOf = new Map<string, number>();
  const xs: number[] = [];
  const ts: number[] = [];
  const Ts: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < total; i++) {
    const key = `${frequency[i]}|${recency[i]}|${age[i]}`;
    const row = rowOf.get(key);
    if (row === undefined) {
      rowOf.set(key, xs.length);
      xs.push(frequency[i]);
      ts.push(recency[i]);
      Ts.push(age[i]);
      counts.push(1);
    } else counts[row]++;
  }
  const n = xs.length;
  const { distinct, index } = indexDistinct(xs);
  const x = Float64Array.from(xs);
  const tx = Float64Array.from(ts);
  const T = Float64Array.from(Ts);
  const weight = Float64Array.from(counts);
  const perFrequency = new Float64Array(distinct.length);
  return (params: ParetoNbdParams): number => {
    const { r, alpha, s, beta } = params;
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return -Infinity;
    const constant = -lnGamma(r) + r * log(alpha) + s * log(beta);
    for (let k = 0; k < distinct.length; k++) perFrequency[k] = lnGamma(r + distinct[k]) + constant;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const alive = logAliveTerm(params, x[i], T[i]);
      sum += weight[i] * (perFrequency[index[i]] + logAdd(alive, logDeadTerm(params, x[i], tx[i], T[i])));
    }
    return sum;
  };
}

/**
 * Fits Pareto/NBD by maximum likelihood. Inputs: one entry per customer, times in one unit (α and β come out
 * in that unit). Screens several starts on log-parameters (scaled to the data's mean age), polishes the best.
 *
 * Cost: O(starts × evaluations × distinct customers × series terms); about 0.1–0.3 s on CDNOW.
 * Throws CoreError on mismatched lengths, empty input, negative or non-finite values, recency > age.
 * Returns converged = false (with a note) when no repeat buyer exists or the optimum is not confirmed.
 *
 * @example
 * fitParetoNbd([0, 0, 0], [0, 0, 0], [10, 12, 9]).converged // => false
 */
export function fitParetoNbd(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
  options: ParetoNbdFitOptions = {},
): ParetoNbdFit {
  const logLikelihood = paretoNbdLogLikelihood(frequency, recency, age);
  const n = frequency.length;
  let repeatBuyers = 0;
  let meanAge = 0;
  for (let i = 0; i < n; i++) {
    if (frequency[i] > 0) repeatBuyers++;
    meanAge += age[i] / n;
  }
  const builtIn: ParetoNbdParams[] = [
    { r: 1, alpha: meanAge, s: 1, beta: meanAge },
    { r: 0.5, alpha: 0.3 * meanAge, s: 0.5, beta: 0.3 * meanAge },
    { r: 2, alpha: 2 * meanAge, s: 0.3, beta: 0.1 * meanAge },
    { r: 0.3, alpha: 0.1 * meanAge, s: 2, beta: 2 * meanAge },
  ];
  // No analytic gradient (it would need the derivatives of the 2F1 series in their parameters): Nelder-Mead.
  const fit = fitPositiveModel(
    {
      names: ["r", "alpha", "s", "beta"],
      logLikelihood: (params: ParetoNbdParams) => logLikelihood(params),
      hasGradient: false,
      count: n,
      starts: [...(options.starts ?? []), ...builtIn],
    },
    { maxIterations: options.maxIterations, maxEvaluations: options.maxEvaluations },
  );
  const note: Localized | undefined =
    repeatBuyers === 0
      ? texts((t) => t.ltv.paretoNbd.noRepeatPurchase)
      : fitProblemNote(fit.problem, fit.gradientNorm, undefined, fit.evaluationBudget);
  const { r, alpha, s, beta } = fit.params;
  return {
    r,
    alpha,
    s,
    beta,
    logLikelihood: fit.logLikelihood,
    converged: note === undefined,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    evaluationBudget: fit.evaluationBudget,
    gradientNorm: fit.gradientNorm,
    starts: fit.starts,
    customers: n,
    repeatBuyers,
    note,
  };
}

function checkParams(params: ParetoNbdParams): void {
  checkPositive("r", params.r);
  checkPositive("alpha", params.alpha);
  checkPositive("s", params.s);
  checkPositive("beta", params.beta);
}

/** P(alive | x, t_x, T) = 1 / (1 + e^(dead − alive)), computed without overflow; NaN if a series failed. */
function probabilityAliveOne(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const odds = logDeadTerm(params, x, tx, T) - logAliveTerm(params, x, T);
  if (odds !== odds) return NaN;
  return odds > 0 ? exp(-odds) / (1 + exp(-odds)) : 1 / (1 + exp(odds));
}

function expectedPurchasesOne(
  params: ParetoNbdParams,
  horizon: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (horizon === 0) return 0;
  const { r, alpha, s, beta } = params;
  // (β+T)/(s−1) · [1 − ((β+T)/(β+T+t))^(s−1)] written as (β+T) · (−expm1(−(s−1)L))/(s−1), L = log1p(t/(β+T)):
  // exact through s = 1, where it becomes (β+T) L.
  const logRatio = log1p(horizon / (beta + T));
  const sMinus1 = s - 1;
  const lifetimeFactor = sMinus1 === 0 ? logRatio : -Math.expm1(-sMinus1 * logRatio) / sMinus1;
  return (((r + x) * (beta + T)) / (alpha + T)) * lifetimeFactor * probabilityAliveOne(params, x, tx, T);
}

/**
 * Expected number of purchases in the next `horizon` (same time unit as the fit) for a customer with
 * (frequency, recency, age): E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1)) [1 − ((β+T)/(β+T+t))^(s−1)]
 * · P(alive), Fader & Hardie (2005) eq. (24). Scalars give a number, arrays a Float64Array; a customer whose
 * series fails to converge gets NaN. Cost O(customers × series terms). Throws CoreError on invalid input.
 *
 * @example
 * const params = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
 * paretoNbdExpectedPurchases(params, 39, 2, 30.43, 38.86) // => 1.455
 */
export function paretoNbdExpectedPurchases(
  params: ParetoNbdParams,
  horizon: number,
  frequency: number,
  recency: number,
  age: number,
): number;
export function paretoNbdExpectedPurchases(
  params: ParetoNbdParams,
  horizon: number,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
): Float64Array;
export function paretoNbdExpectedPurchases(
  params: ParetoNbdParams,
  horizon: number,
  frequency: number | ArrayLike<number>,
  recency: number | ArrayLike<number>,
  age: number | ArrayLike<number>,
): number | Float64Array {
  checkParams(params);
  if (!(Number.isFinite(horizon) && horizon >= 0)) checkPositive("horizon", horizon);
  return mapCustomers(frequency, recency, age, (x, tx, T) => expectedPurchasesOne(params, horizon, x, tx, T));
}

/**
 * Probability that a customer with (frequency, recency, age) is still alive at the end of observation,
 * 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀), Fader & Hardie (2005) eq. (23), in log space. Below 1 even
 * for frequency 0 (and falling with age): a Pareto/NBD customer can die before buying again.
 */
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  frequency: number,
  recency: number,
  age: number,
): number;
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
): Float64Array;
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  frequency: number | ArrayLike<number>,
  recency: number | ArrayLike<number>,
  age: number | ArrayLike<number>,
): number | Float64Array {
  checkParams(params);
  return mapCustomers(frequency, recency, age, (x, tx, T) => probabilityAliveOne(params, x, tx, T));
}
