/**
 * Discounted predictive customer lifetime value: BG/NBD expected purchases × Gamma-Gamma expected spend ×
 * margin %, summed over a horizon in explicit units and discounted per step. Units are never implicit: the
 * model's time unit (the unit of recency, age and α) and the horizon's unit are both stated, so "12 months"
 * is never read as 12 weeks.
 */
import { CoreError } from "../errors";
import { type BgNbdParams, bgNbdExpectedPurchases } from "./bg-nbd";
import { type GammaGammaParams, gammaGammaExpectedSpend } from "./gamma-gamma";
import { checkSameLength } from "./validate-inputs";
import { texts } from "../../i18n/texts";

/** Unit of the customer-base triple and of the fitted α. */
type ModelTimeUnit = "days" | "weeks";
type HorizonUnit = "days" | "weeks" | "months" | "years";

const DAYS_PER_YEAR = 365.25;
const DAYS_PER: Record<HorizonUnit, number> = {
  days: 1,
  weeks: 7,
  months: DAYS_PER_YEAR / 12,
  years: DAYS_PER_YEAR,
};

/** Converts `value` of `from` units into `to` units (days, weeks, months of 365.25/12 days, years of 365.25). */
export function convertTime(value: number, from: HorizonUnit, to: HorizonUnit): number {
  return (value * DAYS_PER[from]) / DAYS_PER[to];
}

interface PredictiveClvInput {
  bgNbd: BgNbdParams;
  gammaGamma: GammaGammaParams;
  /** Per customer, in `timeUnit`: repeat purchases, last − first purchase, end of observation − first purchase. */
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  age: ArrayLike<number>;
  /** Per customer: mean spend of the repeat purchases (money). Ignored for frequency 0. */
  meanSpend: ArrayLike<number>;
  /** Unit of recency, age and of the BG/NBD fit. */
  timeUnit: ModelTimeUnit;
  horizon: number;
  horizonUnit: HorizonUnit;
  /** Yearly discount rate as a fraction (0.1 = 10 % a year); 0 for no discounting. */
  discountRatePerYear: number;
  /** Gross margin as a fraction of spend (0.3 = 30 %), one for all or one per customer; −1..1, negatives allowed. */
  marginPercent: number | ArrayLike<number>;
  /** Discounting steps per year (default 12: monthly cash flows, discounted at the end of each month). */
  stepsPerYear?: number;
}

interface PredictiveClvResult {
  /** Discounted margin over the horizon (money), NaN where a model does not apply. */
  clv: Float64Array;
  /** Undiscounted expected purchases over the whole horizon. */
  expectedPurchases: Float64Array;
  /** Gamma-Gamma expected spend per purchase (money). */
  expectedSpend: Float64Array;
  /** The horizon expressed in the model's time unit (what was passed to BG/NBD). */
  horizonInModelUnits: number;
  steps: number;
}

/**
 * Computes the discounted predictive CLV per customer:
 * Σ_k [E(Y(t_k)) − E(Y(t_{k−1}))] × E(spend) × margin / (1 + d)^(t_k in years).
 * Cost O(customers × steps × series terms). Throws CoreError on a non-positive horizon, a discount rate
 * below 0, a margin outside −100 %..100 %, or inputs of different lengths (and whatever the two models
 * throw on invalid parameters).
 */
export function predictiveClv(input: PredictiveClvInput): PredictiveClvResult {
  const { frequency, recency, age, meanSpend } = input;
  const n = checkSameLength({ frequency, recency, age, meanSpend }, true);
  if (!(Number.isFinite(input.horizon) && input.horizon > 0)) {
    throw new CoreError(
      "ltv-invalid-horizon",
      texts((t) => t.ltv.predictiveClv.clvHorizonIs(input.horizon, input.horizonUnit)),
      "horizon",
    );
  }
  checkDiscountRate(input.discountRatePerYear);
  const margins = typeof input.marginPercent === "number" ? null : input.marginPercent;
  if (margins) checkSameLength({ frequency, marginPercent: margins }, true);
  const marginAt = (i: number): number => (margins ? margins[i] : (input.marginPercent as number));
  for (let i = 0; i < (margins ? n : Math.min(n, 1)); i++) checkMarginFraction(marginAt(i), margins ? i : -1);

  const stepsPerYear = input.stepsPerYear ?? 12;
  const horizonYears = convertTime(input.horizon, input.horizonUnit, "years");
  const steps = Math.max(1, Math.ceil(horizonYears * stepsPerYear - 1e-9));
  const horizonInModelUnits = convertTime(input.horizon, input.horizonUnit, input.timeUnit);

  const expectedSpend = gammaGammaExpectedSpend(input.gammaGamma, frequency, meanSpend);
  const discounted = new Float64Array(n);
  let previous: Float64Array = new Float64Array(n);
  let current = previous;
  for (let k = 1; k <= steps; k++) {
    const endYears = Math.min(k / stepsPerYear, horizonYears);
    current = bgNbdExpectedPurchases(
      input.bgNbd,
      convertTime(endYears, "years", input.timeUnit),
      frequency,
      recency,
      age,
    );
    const factor = Math.pow(1 + input.discountRatePerYear, -endYears);
    for (let i = 0; i < n; i++) discounted[i] += (current[i] - previous[i]) * factor;
    previous = current;
  }
  const clv = new Float64Array(n);
  for (let i = 0; i < n; i++) clv[i] = discounted[i] * expectedSpend[i] * marginAt(i);
  return { clv, expectedPurchases: current, expectedSpend, horizonInModelUnits, steps };
}

/** Throws CoreError unless the rate is a finite number ≥ 0 (fraction per year). */
export function checkDiscountRate(discountRatePerYear: number): void {
  if (!(Number.isFinite(discountRatePerYear) && discountRatePerYear >= 0)) {
    throw new CoreError(
      "ltv-invalid-discount-rate",
      texts((t) => t.ltv.predictiveClv.discountRateIs(discountRatePerYear)),
      "discountRatePerYear",
    );
  }
}

/** Throws CoreError unless the margin is a fraction in −1..1 (−100 %..100 %). `index` ≥ 0 names a customer. */
export function checkMarginFraction(marginPercent: number, index = -1): void {
  if (!(Number.isFinite(marginPercent) && marginPercent >= -1 && marginPercent <= 1)) {
    const who =
      index >= 0
        ? texts((t) => t.ltv.predictiveClv.ofCustomer(index + 1))
        : texts((t) => t.ltv.predictiveClv.noCustomer);
    throw new CoreError(
      "ltv-invalid-margin",
      texts((t, textLang) => t.ltv.predictiveClv.invalidMargin(who[textLang], marginPercent)),
      "marginPercent",
    );
  }
}
