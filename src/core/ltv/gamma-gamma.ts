/**
 * Gamma-Gamma model of spend per transaction, Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value
 * curves for customer base analysis", and Fader & Hardie's note "The Gamma-Gamma model of monetary value".
 * Each transaction value ~ Gamma(p, ν), with ν ~ Gamma(q, γ) across customers. It is fitted on repeat buyers
 * with a positive mean repeat spend; everyone else is ignored and counted (loss-making or zero-spend
 * customers go through the margin-based simple LTV instead). Money in the data's currency.
 * On CDNOW (946 repeat buyers) it reproduces p, q, γ = 6.25, 3.74, 15.44.
 */
import { formatCount } from "../format";
import { NOUNS } from "../glossary";
import type { Localized } from "../types";
import { indexDistinct } from "./bg-nbd";
import { fitPositiveModel, fitProblemNote } from "./fit-log-parameters";
import { digamma, lnGamma } from "./special-functions";
import { checkPositive, checkSameLength } from "./validate-inputs";
import { CoreError } from "../errors";
import { texts } from "../../i18n/texts";

// Module-level binding: the hot loop then avoids a global lookup per call.
const { log } = Math;

export interface GammaGammaParams {
  p: number;
  q: number;
  /** Scale parameter γ (money). */
  gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  converged: boolean;
  /** Customers used (frequency > 0 and mean spend > 0). */
  customersUsed: number;
  /** Customers ignored: no repeat purchase. */
  ignoredNoRepeat: number;
  /** Customers ignored: repeat buyers with mean spend ≤ 0 or not a number. */
  ignoredNonPositiveSpend: number;
  iterations: number;
  evaluations: number;
  /** The evaluation budget the fit had (converged = false with a note when it ran out). */
  evaluationBudget: number;
  gradientNorm: number;
  note?: Localized;
}

/**
 * Fits Gamma-Gamma by maximum likelihood on log-parameters (quasi-Newton with the analytic gradient, several
 * starts, bounded and budgeted as every fit: fit-log-parameters.ts). `frequency` is
 * the number of repeat transactions and `meanSpend` their mean value, one entry per customer. Customers with
 * frequency 0 or a mean spend that is not positive are skipped and counted in the result.
 *
 * Cost: O(starts × evaluations × customers used), a few ms on CDNOW.
 * Throws CoreError on mismatched lengths, negative/non-finite frequency, or fewer than 2 usable customers.
 */
export function fitGammaGamma(frequency: ArrayLike<number>, meanSpend: ArrayLike<number>): GammaGammaFit {
  const n = checkSameLength({ frequency, meanSpend });
  const xs: number[] = [];
  const means: number[] = [];
  let ignoredNoRepeat = 0;
  let ignoredNonPositiveSpend = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    if (!(Number.isFinite(x) && x >= 0)) {
      throw new CoreError(
        "ltv-invalid-frequency",
        texts((t) => t.ltv.gammaGamma.frequencyOfCustomerIs(i + 1, x)),
        `customer ${i + 1}`,
      );
    }
    if (x === 0) {
      ignoredNoRepeat++;
      continue;
    }
    const m = meanSpend[i];
    if (!(Number.isFinite(m) && m > 0)) {
      ignoredNonPositiveSpend++;
      continue;
    }
    xs.push(x);
    means.push(m);
  }
  const used = xs.length;
  if (used < 2) {
    throw new CoreError(
      "ltv-too-few-repeat-buyers",
      texts((t, textLang) =>
        t.ltv.gammaGamma.tooFewRepeatSpenders(formatCount(used, NOUNS.customer, textLang)),
      ),
    );
  }
  const logLikelihood = gammaGammaLogLikelihood(xs, means);

  let meanOfMeans = 0;
  for (const m of means) meanOfMeans += m / used;
  const fit = fitPositiveModel({
    names: ["p", "q", "gamma"],
    logLikelihood,
    hasGradient: true,
    count: used,
    starts: [
      { p: 1, q: 1, gamma: 1 },
      { p: 5, q: 3, gamma: meanOfMeans },
      { p: 1, q: 2, gamma: 0.1 * meanOfMeans },
    ],
  });
  const note = fitProblemNote(
    fit.problem,
    fit.gradientNorm,
    texts((t) => t.ltv.gammaGamma.spendParameterAtBoundary),
    fit.evaluationBudget,
  );
  return {
    ...fit.params,
    logLikelihood: fit.logLikelihood,
    converged: note === undefined,
    customersUsed: used,
    ignoredNoRepeat,
    ignoredNonPositiveSpend,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    evaluationBudget: fit.evaluationBudget,
    gradientNorm: fit.gradientNorm,
    note,
  };
}

/**
 * Builds the Gamma-Gamma log-likelihood of repeat buyers with `frequency` repeat transactions (> 0) of mean
 * value `meanSpend` (> 0), as a function of the parameters: per customer
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + px ln x + q ln γ + (px−1) ln m − (px+q) ln(γ + x m).
 * With `gradient` (length 3) it also writes the gradient with respect to (log p, log q, log γ), in closed
 * form (digammas once per distinct frequency). Each evaluation costs O(customers) logarithms plus
 * O(distinct frequencies) log-gammas. Throws CoreError on a frequency or mean spend that is not positive.
 */
export function gammaGammaLogLikelihood(
  frequency: ArrayLike<number>,
  meanSpend: ArrayLike<number>,
): (params: GammaGammaParams, gradient?: Float64Array) => number {
  const used = checkSameLength({ frequency, meanSpend });
  for (let i = 0; i < used; i++) {
    if (!(
      frequency[i] > 0 &&
      Number.isFinite(frequency[i]) &&
      meanSpend[i] > 0 &&
      Number.isFinite(meanSpend[i])
    )) {
      throw new CoreError(
        "ltv-invalid-frequency",
        texts((t) => t.ltv.gammaGamma.spendNeedsPositive(i + 1, frequency[i], meanSpend[i])),
        `customer ${i + 1}`,
      );
    }
  }
  const { distinct, index } = indexDistinct(frequency);
  const logX = distinct.map(Math.log);
  const perFrequency = new Float64Array(distinct.length);
  const frequencyWeight = new Float64Array(distinct.length);
  for (let i = 0; i < used; i++) frequencyWeight[index[i]]++;
  // Typed copies for the hot loop, and x·m once per customer (the same product every evaluation computed).
  const x = Float64Array.from(frequency);
  const logM = Float64Array.from(meanSpend, Math.log);
  const spent = Float64Array.from(x, (value, i) => value * meanSpend[i]);
  return ({ p, q, gamma }: GammaGammaParams, gradient?: Float64Array): number => {
    const lnGammaQ = lnGamma(q);
    for (let k = 0; k < distinct.length; k++) {
      const px = p * distinct[k];
      perFrequency[k] = lnGamma(px + q) - lnGamma(px) - lnGammaQ + px * logX[k];
    }
    const logGamma = Math.log(gamma);
    const qLnGamma = q * logGamma;
    let total = 0;
    if (!gradient) {
      for (let i = 0; i < used; i++) {
        const px = p * x[i];
        total += perFrequency[index[i]] + qLnGamma + (px - 1) * logM[i] - (px + q) * log(gamma + spent[i]);
      }
      return total;
    }
    const psiQ = digamma(q);
    let gradP = 0;
    let gradQ = 0;
    for (let k = 0; k < distinct.length; k++) {
      const px = p * distinct[k];
      const psiPXQ = digamma(px + q);
      gradP += frequencyWeight[k] * px * (psiPXQ - digamma(px) + logX[k]);
      gradQ += frequencyWeight[k] * q * (psiPXQ - psiQ);
    }
    let gradGamma = 0;
    for (let i = 0; i < used; i++) {
      const px = p * x[i];
      const logSpent = log(gamma + spent[i]);
      total += perFrequency[index[i]] + qLnGamma + (px - 1) * logM[i] - (px + q) * logSpent;
      gradP += px * (logM[i] - logSpent);
      gradQ += q * (logGamma - logSpent);
      gradGamma += q - (gamma * (px + q)) / (gamma + spent[i]);
    }
    gradient[0] = gradP;
    gradient[1] = gradQ;
    gradient[2] = gradGamma;
    return total;
  };
}

/**
 * Expected mean spend per future transaction of a customer with `frequency` repeat transactions of mean
 * `meanSpend`: p(γ + x·z̄)/(p·x + q − 1), a weighted mix of the population mean pγ/(q − 1) and the customer's
 * own mean. With frequency 0 it is the population mean. NaN when q ≤ 1 (the population mean is infinite) or
 * for a repeat buyer whose mean spend is not positive (the model does not apply: use the margin-based LTV).
 * Scalars or arrays. Throws CoreError on invalid parameters or mismatched lengths.
 * Reference: Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves", J. Marketing Research 42(4); Fader & Hardie, "The Gamma-Gamma model of monetary value" (2013 note).
 *
 * @example
 * // Parameters of Fader, Hardie & Lee's CDNOW spend model.
 * const params = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGammaExpectedSpend(params, 0, 0) // => 35.22
 * gammaGammaExpectedSpend(params, 5, 50) // => 48.81
 */
export function gammaGammaExpectedSpend(
  params: GammaGammaParams,
  frequency: number,
  meanSpend: number,
): number;
export function gammaGammaExpectedSpend(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  meanSpend: ArrayLike<number>,
): Float64Array;
export function gammaGammaExpectedSpend(
  params: GammaGammaParams,
  frequency: number | ArrayLike<number>,
  meanSpend: number | ArrayLike<number>,
): number | Float64Array {
  checkPositive("p", params.p);
  checkPositive("q", params.q);
  checkPositive("gamma", params.gamma);
  const one = (x: number, m: number): number => {
    if (!(Number.isFinite(x) && x >= 0) || params.q <= 1) return NaN;
    if (x === 0) return (params.p * params.gamma) / (params.q - 1);
    if (!(Number.isFinite(m) && m > 0)) return NaN;
    return (params.p * (params.gamma + x * m)) / (params.p * x + params.q - 1);
  };
  if (typeof frequency === "number" && typeof meanSpend === "number") return one(frequency, meanSpend);
  const xs = typeof frequency === "number" ? [frequency] : frequency;
  const ms = typeof meanSpend === "number" ? [meanSpend] : meanSpend;
  const n = checkSameLength({ frequency: xs, meanSpend: ms }, true);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = one(xs[i], ms[i]);
  return out;
}
