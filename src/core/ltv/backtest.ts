/**
 * Backtest of the predictive model: is BG/NBD right on THIS data? Fit on the earlier part of each customer's
 * purchase days (calibration), predict the later part (holdout), and compare predicted with actual repeat
 * purchases — in total and by decile of prediction — the way Fader, Hardie & Lee (2005) validate the model
 * on CDNOW (calibration to 1997-09-30, holdout weeks 40–78: 1,653 predicted vs 1,882 actual).
 *
 * Rules (one place, quoted on the About sheet):
 * - **Split**: holdout = the last third of the span from the first purchase in the data to the end of
 *   observation (whole days), calibration = the rest; or an explicit calibration end.
 * - **Cohort**: customers whose first purchase falls in the calibration part (later ones have no calibration
 *   history). Calibration triple (x, t_x, T) in the model's time unit from their calibration purchase days;
 *   actual = their distinct purchase days inside the holdout; predicted = E[Y(holdout length) | x, t_x, T].
 * - **Verdict**: "too-thin" when the calibration has fewer than `minRepeatBuyers` repeat buyers or the holdout
 *   fewer than `minHoldoutPurchases` actual repeat purchases (too little to judge); "not-converged" when the
 *   calibration fit is not confirmed; "poor-fit" when |predicted − actual| / actual exceeds
 *   `maxRelativeError` (30 %); otherwise "fits". Only "fits" lets predictions be shown.
 *
 * Cost: O(purchase days) to split, one BG/NBD fit on the calibration cohort, O(cohort log cohort) for deciles.
 */
import { isCoreError } from "../errors";
import { formatNumber, formatPercent } from "../format";
import type { Lang, Localized } from "../types";
import { type BgNbdFit, type BgNbdParams, bgNbdExpectedPurchases, fitBgNbd } from "./bg-nbd";
import { localize, tr, type TextLang } from "../language";
import { texts, type Texts } from "../../i18n/texts";

/** Each customer's distinct purchase days (epoch days, ascending): days[offsets[i] .. offsets[i + 1]). */
export interface PurchaseDayLists {
  offsets: Int32Array;
  days: Int32Array;
}

const BACKTEST_HOLDOUT_SHARE = 1 / 3;
const BACKTEST_MAX_RELATIVE_ERROR = 0.3;
const BACKTEST_MIN_REPEAT_BUYERS = 20;
const BACKTEST_MIN_HOLDOUT_PURCHASES = 20;

/** The calibration cohort's triples and their actual holdout purchases. */
interface CalibrationSplit {
  calibrationEndDay: number;
  holdoutEndDay: number;
  timeUnit: "days" | "weeks";
  /** Holdout length in `timeUnit`. */
  holdoutLength: number;
  /** Customer indices (into the lists) of the cohort. */
  customers: Int32Array;
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  /** Distinct purchase days in (calibrationEndDay, holdoutEndDay]. */
  actual: Float64Array;
  repeatBuyers: number;
}

/**
 * Splits purchase-day lists at `calibrationEndDay` (inclusive) and counts holdout purchases up to
 * `holdoutEndDay` (inclusive). O(purchase days).
 */
export function splitCalibrationHoldout(
  lists: PurchaseDayLists,
  calibrationEndDay: number,
  holdoutEndDay: number,
  timeUnit: "days" | "weeks",
): CalibrationSplit {
  const unit = timeUnit === "weeks" ? 7 : 1;
  const n = lists.offsets.length - 1;
  const customers: number[] = [];
  const frequency: number[] = [];
  const recency: number[] = [];
  const age: number[] = [];
  const actual: number[] = [];
  let repeatBuyers = 0;
  for (let i = 0; i < n; i++) {
    const from = lists.offsets[i];
    const to = lists.offsets[i + 1];
    if (from === to || lists.days[from] > calibrationEndDay) continue;
    const first = lists.days[from];
    let last = first;
    let inCalibration = 0;
    let inHoldout = 0;
    for (let t = from; t < to; t++) {
      const d = lists.days[t];
      if (d <= calibrationEndDay) {
        inCalibration++;
        last = d;
      } else if (d <= holdoutEndDay) inHoldout++;
    }
    customers.push(i);
    frequency.push(inCalibration - 1);
    recency.push((last - first) / unit);
    age.push((calibrationEndDay - first) / unit);
    actual.push(inHoldout);
    if (inCalibration > 1) repeatBuyers++;
  }
  return {
    calibrationEndDay,
    holdoutEndDay,
    timeUnit,
    holdoutLength: (holdoutEndDay - calibrationEndDay) / unit,
    customers: Int32Array.from(customers),
    frequency: Float64Array.from(frequency),
    recency: Float64Array.from(recency),
    age: Float64Array.from(age),
    actual: Float64Array.from(actual),
    repeatBuyers,
  };
}

/** Predicted and actual holdout purchases of one tenth of the cohort (decile 1 = highest predictions). */
interface BacktestDecile {
  decile: number;
  customers: number;
  predicted: number;
  actual: number;
}

interface HoldoutComparison {
  /** Sum over the cohort of expected purchases in the holdout. */
  predicted: number;
  /** Sum over the cohort of actual purchase days in the holdout. */
  actual: number;
  /** |predicted − actual| / actual (Infinity when actual is 0). */
  relativeError: number;
  deciles: BacktestDecile[];
}

/**
 * Predicts the holdout with `params` and compares with the actual purchases, in total and by decile of the
 * prediction (customers sorted by predicted purchases, highest first, ties by index; ten groups whose sizes
 * differ by at most one). O(cohort log cohort).
 */
export function compareHoldout(params: BgNbdParams, split: CalibrationSplit): HoldoutComparison {
  const m = split.customers.length;
  const predictedEach =
    m === 0
      ? new Float64Array(0)
      : bgNbdExpectedPurchases(params, split.holdoutLength, split.frequency, split.recency, split.age);
  let predicted = 0;
  let actual = 0;
  for (let j = 0; j < m; j++) {
    predicted += predictedEach[j];
    actual += split.actual[j];
  }
  const order = Array.from({ length: m }, (_, j) => j).sort(
    (x, y) => predictedEach[y] - predictedEach[x] || x - y,
  );
  const deciles: BacktestDecile[] = [];
  for (let d = 0; d < 10 && m > 0; d++) {
    const from = Math.floor((d * m) / 10);
    const to = Math.floor(((d + 1) * m) / 10);
    let p = 0;
    let a = 0;
    for (let t = from; t < to; t++) {
      p += predictedEach[order[t]];
      a += split.actual[order[t]];
    }
    deciles.push({ decile: d + 1, customers: to - from, predicted: p, actual: a });
  }
  const relativeError = actual > 0 ? Math.abs(predicted - actual) / actual : Infinity;
  return { predicted, actual, relativeError, deciles };
}

type BacktestVerdict = "fits" | "poor-fit" | "not-converged" | "too-thin";

export interface LtvBacktest extends Partial<HoldoutComparison> {
  verdict: BacktestVerdict;
  /** Plain words: what was compared and what it means for the predictions. */
  reason: Localized;
  /** How the holdout was chosen. */
  rule: Localized;
  calibrationEndDay: number;
  holdoutEndDay: number;
  timeUnit: "days" | "weeks";
  holdoutLength: number;
  /** Customers in the calibration cohort and how many bought more than once there. */
  customers: number;
  repeatBuyers: number;
  /** The calibration fit (absent when the data was too thin to fit). */
  fit?: BgNbdParams & { converged: boolean; logLikelihood: number };
}

interface BacktestOptions {
  timeUnit: "days" | "weeks";
  /** End of observation (epoch day, inclusive). */
  asOfDay: number;
  /** Explicit calibration end (inclusive); default: the documented last-third rule. */
  calibrationEndDay?: number;
  holdoutShare?: number;
  maxRelativeError?: number;
  minRepeatBuyers?: number;
  minHoldoutPurchases?: number;
}

const whole = (value: number, lang: Lang): string => formatNumber(value, lang, 0);

/** The calibration end of the documented rule: the last `share` of the span from the first purchase day. */
export function defaultCalibrationEnd(
  lists: PurchaseDayLists,
  asOfDay: number,
  share = BACKTEST_HOLDOUT_SHARE,
) {
  let firstDay = Infinity;
  for (let i = 0; i + 1 < lists.offsets.length; i++)
    if (lists.offsets[i + 1] > lists.offsets[i]) firstDay = Math.min(firstDay, lists.days[lists.offsets[i]]);
  if (!Number.isFinite(firstDay)) return asOfDay;
  return asOfDay - Math.round((asOfDay - firstDay) * share);
}

/**
 * Runs the whole backtest (split, calibration fit, comparison, verdict; see the module doc). Never throws on
 * data: a fit that cannot be made gives the "too-thin" or "not-converged" verdict with the reason.
 */
export function backtestBgNbd(lists: PurchaseDayLists, options: BacktestOptions): LtvBacktest {
  const share = options.holdoutShare ?? BACKTEST_HOLDOUT_SHARE;
  const calibrationEndDay = options.calibrationEndDay ?? defaultCalibrationEnd(lists, options.asOfDay, share);
  const split = splitCalibrationHoldout(lists, calibrationEndDay, options.asOfDay, options.timeUnit);
  const unitWords =
    options.timeUnit === "weeks" ? texts((t) => t.ltv.backtest.weeks) : texts((t) => t.ltv.backtest.days);
  const lengthIn = (lang: TextLang) =>
    formatNumber(split.holdoutLength, lang, options.timeUnit === "weeks" ? 1 : 0);
  const rule: Localized =
    options.calibrationEndDay === undefined
      ? texts((t, textLang) => t.ltv.backtest.backtestOnLastThird(lengthIn(textLang), unitWords[textLang]))
      : texts((t, textLang) => t.ltv.backtest.fittedOnTheHistory(lengthIn(textLang), unitWords[textLang]));
  const base = {
    rule,
    calibrationEndDay,
    holdoutEndDay: options.asOfDay,
    timeUnit: options.timeUnit,
    holdoutLength: split.holdoutLength,
    customers: split.customers.length,
    repeatBuyers: split.repeatBuyers,
  };
  const minRepeat = options.minRepeatBuyers ?? BACKTEST_MIN_REPEAT_BUYERS;
  if (split.repeatBuyers < minRepeat || !(split.holdoutLength > 0)) {
    return {
      ...base,
      verdict: "too-thin",
      reason: texts((t) => t.ltv.backtest.tooLittleHistoryTo(split.repeatBuyers, minRepeat)),
    };
  }
  let fit: BgNbdFit;
  try {
    fit = fitBgNbd(split.frequency, split.recency, split.age);
  } catch (error) {
    if (!isCoreError(error)) throw error;
    return { ...base, verdict: "not-converged", reason: error.localized };
  }
  const fitSummary = {
    r: fit.r,
    alpha: fit.alpha,
    a: fit.a,
    b: fit.b,
    converged: fit.converged,
    logLikelihood: fit.logLikelihood,
  };
  if (!fit.converged) {
    const detail: Localized = fit.note ?? texts((t) => t.ltv.backtest.noConfirmedOptimum);
    return {
      ...base,
      fit: fitSummary,
      verdict: "not-converged",
      reason: texts((t, textLang) => t.ltv.backtest.modelNotChecked(tr(detail, textLang).replace(/\.$/, ""))),
    };
  }
  const comparison = compareHoldout(fit, split);
  const minHoldout = options.minHoldoutPurchases ?? BACKTEST_MIN_HOLDOUT_PURCHASES;
  const figures = (t: Texts, lang: TextLang): string =>
    t.ltv.backtest.holdoutFigures(whole(comparison.predicted, lang), whole(comparison.actual, lang));
  if (comparison.actual < minHoldout) {
    return {
      ...base,
      ...comparison,
      fit: fitSummary,
      verdict: "too-thin",
      reason: texts((t, textLang) => t.ltv.backtest.tooFewPurchasesIn(figures(t, textLang), minHoldout)),
    };
  }
  const maxError = options.maxRelativeError ?? BACKTEST_MAX_RELATIVE_ERROR;
  const off = localize((lang) => formatPercent(comparison.relativeError, lang, 0));
  const limit = localize((lang) => formatPercent(maxError, lang, 0));
  if (!(comparison.relativeError <= maxError)) {
    return {
      ...base,
      ...comparison,
      fit: fitSummary,
      verdict: "poor-fit",
      reason: texts((t, textLang) =>
        t.ltv.backtest.modelMisfits(figures(t, textLang), off[textLang], limit[textLang]),
      ),
    };
  }
  return {
    ...base,
    ...comparison,
    fit: fitSummary,
    verdict: "fits",
    reason: texts((t, textLang) =>
      t.ltv.backtest.modelFits(figures(t, textLang), off[textLang], limit[textLang]),
    ),
  };
}
