/**
 * Per-customer scores for the Customers sheet: simple LTV (margin per year ÷ (churn + discount)),
 * probability alive and predictive CLV (BG/NBD + Gamma-Gamma fitted on the data's own history when there
 * are enough repeat buyers), and short flags. Where a model does not apply the value is NaN and a note says
 * why; the fitted models are returned so the About sheet can show them.
 */
import { trendIsClear } from "../trend-noise";
import { isCoreError } from "../errors";
import type { CustomerScores } from "../analysis";
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { type LtvBacktest, backtestBgNbd } from "../ltv/backtest";
import { type BgNbdFit, bgNbdProbabilityAlive, fitBgNbd } from "../ltv/bg-nbd";
import { type GammaGammaFit, fitGammaGamma } from "../ltv/gamma-gamma";
import { checkDiscountRate, predictiveClv } from "../ltv/predictive-clv";
import { robustZScores } from "../insights/robust-z";
import { formatPercent } from "../format";
import { DEFAULT_SILENCE_DAYS, DEFAULT_SILENCE_MULTIPLE, DEFAULT_TREND_CHANGE, isSilent } from "../timeline";
import { type BasicsOptions, portfolioBasics } from "./portfolio-basics";
import { DEFAULT_DISCOUNT_RATE_PER_YEAR } from "./portfolio-kpis";
import { texts } from "../../i18n/texts";

interface ScoreOptions extends BasicsOptions {
  /** Yearly discount rate (fraction) for both LTVs; default 0.1. */
  discountRatePerYear?: number;
  /** Horizon of the predictive CLV in months (default 12). */
  horizonMonths?: number;
  /** Minimum repeat buyers to fit the predictive models (default 20). */
  minRepeatBuyers?: number;
  /** Robust z above which revenue is flagged as an outlier (default 3.5). */
  outlierZ?: number;
  /**
   * Trend (the timeline's, the one the portfolio map uses) at or below −declineMin flags "declining", at or
   * above growthMin "growing" (defaults: the map's, ±15 %), so an alert never contradicts the map.
   */
  declineMin?: number;
  growthMin?: number;
  /** Silence beyond this × the customer's own rhythm flags "silent" (default 2, the map's). */
  silenceMultiple?: number;
  /** …or beyond these days for customers without a rhythm (default 180, the map's). */
  silenceDays?: number;
  /** Probability alive below which a customer is flagged "likely-lost" (default 0.3). */
  lowAliveProbability?: number;
  /** Largest backtest error |predicted − actual| / actual that still shows predictions (default 0.3). */
  backtestMaxError?: number;
  /** Show predictions without a backtest (only for histories built by hand without purchase-day lists). */
  trustUntestedModel?: boolean;
}

interface ScoredCustomers extends CustomerScores {
  notes: Localized[];
  bgNbd?: BgNbdFit;
  gammaGamma?: GammaGammaFit;
  /** The backtest that decides whether predictions are shown (absent when no model was fitted). */
  backtest?: LtvBacktest;
  /** True when probability alive and predictive CLV are shown; false → all NaN and `predictionNote` says why. */
  predictionsShown: boolean;
  predictionNote?: Localized;
  horizonMonths: number;
  discountRatePerYear: number;
}

/**
 * Scores every customer. O(customers × (periods + CLV steps × series terms)) plus the model fits.
 * Throws CoreError only on invalid options; model failures become NaN scores with a note.
 */
export function scoreCustomers(data: CustomerData, options: ScoreOptions = {}): ScoredCustomers {
  const n = data.count;
  const discountRatePerYear = options.discountRatePerYear ?? DEFAULT_DISCOUNT_RATE_PER_YEAR;
  checkDiscountRate(discountRatePerYear);
  const horizonMonths = options.horizonMonths ?? 12;
  const notes: Localized[] = [];
  const basics = portfolioBasics(data, options);

  // Simple LTV per customer.
  const ltv = new Float64Array(n).fill(NaN);
  const churn = basics.churn.churnRatePerYear;
  if (!data.available.marginAmount) {
    notes.push(texts((t) => t.kpi.scoreCustomers.simpleLtvNeedsMargins));
  } else if (churn === null || churn + discountRatePerYear <= 0) {
    notes.push(basics.churn.unavailableReason ?? texts((t) => t.kpi.scoreCustomers.simpleLtvNoChurn));
  } else {
    for (let i = 0; i < n; i++)
      ltv[i] = data.marginAmount[i] / basics.windowYears / (churn + discountRatePerYear);
    notes.push(
      texts((t, textLang) =>
        t.kpi.scoreCustomers.simpleLtvMarginPer(
          formatPercent(churn, textLang, 1),
          formatPercent(discountRatePerYear, textLang, 1),
          basics.churn.source[textLang],
        ),
      ),
    );
  }

  // Predictive scores from the data's own purchase history.
  const probabilityAlive = new Float64Array(n).fill(NaN);
  const predictive = new Float64Array(n).fill(NaN);
  let bgNbd: BgNbdFit | undefined;
  let gammaGamma: GammaGammaFit | undefined;
  let backtest: LtvBacktest | undefined;
  let predictionNote: Localized | undefined;
  let singleDayHidden = 0;
  const history = data.history;
  if (!history) {
    predictionNote = texts((t) => t.kpi.scoreCustomers.probabilityAliveAndPredictive);
    notes.push(predictionNote);
  } else {
    const minRepeat = options.minRepeatBuyers ?? 20;
    // Customers with only returns have no purchase day and a NaN triple: they are left out of the models.
    const usable: number[] = [];
    let repeatBuyers = 0;
    for (let i = 0; i < n; i++) {
      const x = history.frequency[i];
      const t = history.recency[i];
      const T = history.age[i];
      if (!(x >= 0 && t >= 0 && T > 0 && t <= T)) continue;
      usable.push(i);
      if (x > 0) repeatBuyers++;
    }
    const pick = (values: ArrayLike<number>): Float64Array => Float64Array.from(usable, (i) => values[i]);
    const frequency = pick(history.frequency);
    const recency = pick(history.recency);
    const age = pick(history.age);
    const meanSpend = pick(history.meanRepeatSpend);
    if (usable.length < n) {
      notes.push(texts((t) => t.kpi.scoreCustomers.customersWithoutAValid(n - usable.length)));
    }
    if (repeatBuyers < minRepeat) {
      predictionNote = texts((t) => t.kpi.scoreCustomers.tooFewRepeatBuyers(repeatBuyers, minRepeat));
      notes.push(predictionNote);
    } else {
      try {
        bgNbd = fitBgNbd(frequency, recency, age);
      } catch (error) {
        if (!isCoreError(error)) throw error;
        predictionNote = error.localized;
        notes.push(error.localized);
      }
      if (bgNbd?.converged && history.purchaseDayList) {
        backtest = backtestBgNbd(history.purchaseDayList, {
          timeUnit: history.timeUnit,
          asOfDay: data.asOfDay,
          maxRelativeError: options.backtestMaxError,
        });
      }
      if (bgNbd && !bgNbd.converged) {
        predictionNote = bgNbd.note ?? texts((t) => t.kpi.scoreCustomers.bgNbdNotConverged);
        notes.push(predictionNote);
      } else if (bgNbd && backtest && backtest.verdict !== "fits") {
        // Shown only where shown to fit: a model that misses the last third of the history is not printed.
        predictionNote = backtest.reason;
        notes.push(backtest.reason);
      } else if (bgNbd && !backtest && !options.trustUntestedModel) {
        predictionNote = texts((t) => t.kpi.scoreCustomers.modelNotChecked);
        notes.push(predictionNote);
      } else if (bgNbd) {
        if (backtest) notes.push(backtest.reason);
        const alive = bgNbdProbabilityAlive(bgNbd, frequency, recency, age);
        // BG/NBD says 100 % for every one-purchase customer however long ago (they can only drop out after a
        // purchase): a figure that does not fall with silence is left blank instead.
        usable.forEach((i, j) => {
          if (frequency[j] > 0) probabilityAlive[i] = alive[j];
          else singleDayHidden++;
        });
        if (singleDayHidden > 0) {
          notes.push(texts((t) => t.kpi.scoreCustomers.customersBoughtOn(singleDayHidden)));
        }
        try {
          gammaGamma = fitGammaGamma(frequency, meanSpend);
        } catch (error) {
          if (!isCoreError(error)) throw error;
          notes.push(error.localized);
        }
        if (gammaGamma && !gammaGamma.converged) {
          notes.push(gammaGamma.note ?? texts((t) => t.kpi.scoreCustomers.gammaGammaNotConverged));
        } else if (gammaGamma) {
          // CLV of revenue (margin 1), then each customer's own margin % (portfolio margin % when unknown).
          const revenueClv = predictiveClv({
            bgNbd,
            gammaGamma,
            frequency,
            recency,
            age,
            meanSpend,
            timeUnit: history.timeUnit,
            horizon: horizonMonths,
            horizonUnit: "months",
            discountRatePerYear,
            marginPercent: 1,
          }).clv;
          usable.forEach((i, j) => {
            const own = data.revenue[i] > 0 ? data.marginAmount[i] / data.revenue[i] : NaN;
            const margin = Number.isFinite(own) ? own : basics.marginPercent;
            predictive[i] = margin >= -1 && margin <= 1 ? revenueClv[j] * margin : NaN;
          });
          if (!Number.isFinite(basics.marginPercent) && !data.available.marginAmount) {
            notes.push(texts((t) => t.kpi.scoreCustomers.predictiveClvNeedsMargins));
          }
          notes.push(
            texts((t, textLang) =>
              t.kpi.scoreCustomers.predictiveClvBgNbd(
                horizonMonths,
                formatPercent(discountRatePerYear, textLang),
              ),
            ),
          );
        }
      }
    }
  }

  // Flags.
  const flags: string[][] = Array.from({ length: n }, () => []);
  const revenueZ = robustZScores(Float64Array.from(data.revenue, (v) => (v > 0 ? Math.log(v) : NaN)));
  const outlierZ = options.outlierZ ?? 3.5;
  const timeline = basics.timeline;
  const declineMin = options.declineMin ?? DEFAULT_TREND_CHANGE;
  const growthMin = options.growthMin ?? DEFAULT_TREND_CHANGE;
  const silenceMultiple = options.silenceMultiple ?? DEFAULT_SILENCE_MULTIPLE;
  const silenceDays = options.silenceDays ?? DEFAULT_SILENCE_DAYS;
  const lowAlive = options.lowAliveProbability ?? 0.3;
  for (let i = 0; i < n; i++) {
    const margin = data.marginAmount[i];
    if (margin < 0) flags[i].push("negative-margin");
    else if (data.revenue[i] > 0 && margin / data.revenue[i] < basics.marginPercent)
      flags[i].push("below-average-margin");
    if (Math.abs(revenueZ[i]) > outlierZ) flags[i].push("outlier");
    // The same tolerance and noise rule as the map, so a flag never contradicts the customer's segment.
    const trend = timeline.trend[i];
    const clear = trendIsClear(data, i);
    if (clear && trend <= -declineMin + 1e-9) flags[i].push("declining");
    else if (clear && trend >= growthMin - 1e-9) flags[i].push("growing");
    if (isSilent(timeline, i, silenceMultiple, silenceDays)) flags[i].push("silent");
    if (probabilityAlive[i] < lowAlive) flags[i].push("likely-lost");
  }
  return {
    ltv,
    probabilityAlive,
    predictiveClv: predictive,
    flags,
    notes,
    bgNbd,
    gammaGamma,
    ...(backtest ? { backtest } : {}),
    predictionsShown: probabilityAlive.some(Number.isFinite) || predictive.some(Number.isFinite),
    ...(predictionNote ? { predictionNote } : {}),
    horizonMonths,
    discountRatePerYear,
  };
}

/** Why a customer can be "at risk" and still likely active: the two figures answer different questions. */
export const AT_RISK_BUT_ACTIVE: Localized = texts((t) => t.kpi.scoreCustomers.atRiskButActive);
