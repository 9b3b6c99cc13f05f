/**
 * ONE observation window and ONE timeline per customer, from which every period-based figure of a run is
 * derived (issue 11: "numbers a director can trust"): the KPIs, the simple LTV, the per-segment churn, the
 * map's trend and silence, the alerts and the JSON's `customers[]` all read this, so no two of them can
 * tell a different story about the same period.
 *
 * Definitions (each stated on the About sheet and in the KPI notes):
 * - **As-of date** = `data.asOfDay` (the latest date in transactions, or the run date for customer sheets).
 * - **Observation window** = first date in the transactions .. as-of; for customer sheets the period the
 *   revenue column covers (`periodYears`, default 1 year, stated as an assumption).
 * - **Own purchase rhythm** = the mean gap in days between a customer's purchases: (last − first purchase
 *   day) / (purchase days − 1) with transactions, (last − first purchase) / (orders − 1) on a customer sheet.
 *   One definition for both inputs. Mean, not median: a steady buyer at random times has gaps spread like an
 *   exponential, whose median is only 69 % of the mean, so limits in multiples of the median gap called many
 *   steady buyers silent. NaN with fewer than two purchases.
 * - **Silent** = no purchase for longer than `DEFAULT_SILENCE_MULTIPLE` (3) × own rhythm, at most a year
 *   (`YEAR_OF_SILENCE_DAYS`); without a rhythm, longer than `DEFAULT_SILENCE_DAYS`. A buyer at random times at
 *   their usual rate goes three rhythms without buying only 5 % of the time (e^−3); at two it was 13.5 %, and
 *   with the median gap about 25 % of the steady buyers of a generated file were called silent. The lifecycle's
 *   Inactive starts at the same multiple and its Lost later (`LOST_RHYTHM_MULTIPLE`), both capped at a year, so a
 *   customer the ladder calls inactive or lost is silent on the map too.
 * - **Trend** = revenue of the last 12 months ÷ revenue of the 12 months before − 1, as a fraction
 *   (transactions spanning two years; shorter data use two halves of the span and say how many months);
 *   on a customer sheet, revenue ÷ the previous-period revenue column − 1. +∞ = new business (nothing in
 *   the prior window), NaN = no prior period to compare with.
 * - **Churn** = of the customers who bought in the previous churn window, the share who did not buy in the
 *   current one (the last `windowMonths` months up to as-of). The window is fitted to the portfolio's own
 *   rhythm so that a B2B buyer who orders every six weeks is not counted as lost after a quiet month:
 *   `windowMonths` = ⌈3 × median customer rhythm in months − 0.1⌉, at least 1 and at most 12 (and at most
 *   half the data span). Three rhythms, not two: a customer who buys at random times at their usual rate
 *   misses a window of two rhythms 13.5 % of the time (e^−2) and one of three 5 % (e^−3); with two, a
 *   portfolio of steady irregular buyers showed a yearly churn of 93 % (a generated retail file, every
 *   customer buying all year), with three 19 %. Per window `p` and per year `1 − (1 − p)^(12 / windowMonths)`: one figure, two units.
 *   On a customer sheet the window is the sheet's period: customers with previous-period revenue and none
 *   now are lost.
 *
 * Cost: O(customers + purchase days).
 */
import { revenueTrendOf } from "./customer-data";
import { CoreError } from "./errors";
import type { CustomerData } from "./model";
import type { Localized } from "./types";
import { lastPeriodIsPartial, periodGrid, periodsPerYear } from "./kpi/periods";
import { formatCount, formatDate, formatDays } from "./format";
import { NOUNS } from "./glossary";
import { localize, tr, untranslated, type TextLang } from "./language";
import { fillTemplate } from "./text";
import { median } from "./select";
import { texts } from "../i18n/texts";

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
/** The churn window is this many times the portfolio's median purchase rhythm (rounded up to months; see above). */
const CHURN_WINDOW_RHYTHM_MULTIPLE = 3;
const MAX_CHURN_WINDOW_MONTHS = 12;
/**
 * Relative 12-month change that counts as growth / decline, shared by the portfolio map's default thresholds
 * and the customer alerts, so an alert never contradicts the map.
 */
export const DEFAULT_TREND_CHANGE = 0.15;
/** Silent = no purchase for longer than this × the customer's own rhythm (the map's and the alerts' rule)… */
export const DEFAULT_SILENCE_MULTIPLE = 3;
/** …but never longer than a year, whatever the rhythm (the lifecycle's Lost limit too)… */
export const YEAR_OF_SILENCE_DAYS = 365;
/** …or, for customers without a rhythm (a single purchase), longer than these days. */
export const DEFAULT_SILENCE_DAYS = 180;
/** The lifecycle's Lost: silent longer than this × own rhythm (or a year); Inactive starts at the silence multiple. */
export const LOST_RHYTHM_MULTIPLE = 6;

export interface TimelineOptions {
  /** Length in years of the period the revenue column covers, for customer sheets (default 1, stated). */
  periodYears?: number;
  /** Yearly churn rate to use instead of the measured one (fraction in (0, 1]). */
  churnRatePerYear?: number;
}

interface ObservationWindow {
  asOfDay: number;
  /** First day of the window (epoch day); NaN when only its length is known (customer sheets). */
  startDay: number;
  years: number;
  source: Localized;
}

export interface ChurnFigure {
  /** Length of the churn window in months (1..12). */
  windowMonths: number;
  /** Customers who bought in the previous window (the base) and, of them, those with no purchase in this one. */
  base: number;
  lost: number;
  /** lost / base per window, and the same figure per year; null when not measurable. */
  perWindow: number | null;
  perYear: number | null;
  /** How it was measured (windows, counts), for the KPI notes and the About sheet. */
  source: Localized;
  unavailableReason?: Localized;
  /** Per customer: 1 lost, 0 retained, −1 not in the base (did not buy in the previous window, or unknown). */
  status: Int8Array;
}

export interface CustomerTimeline {
  window: ObservationWindow;
  /** Purchases per customer (orders column, else distinct purchase days), NaN when unknown. */
  orders: Float64Array;
  daysSinceLastPurchase: Float64Array;
  /** Own purchase rhythm in days (see the module comment), NaN with fewer than two purchases. */
  rhythmDays: Float64Array;
  /** Median of `rhythmDays` over the customers who have one; NaN when nobody has. */
  portfolioRhythmDays: number;
  /** Relative revenue change, current trend window vs the one before; +∞ new business; NaN unknown. */
  trend: Float64Array;
  /** Months per trend window (12 with two years of transactions), or null on a customer sheet. */
  trendMonths: number | null;
  /** "last 12 months vs the 12 months before" / "revenue vs the previous-period column". */
  trendLabel: Localized;
  churn: ChurnFigure;
}

/** Builds the timeline. Throws CoreError on an invalid `periodYears` or `churnRatePerYear` option. */
export function buildTimeline(data: CustomerData, options: TimelineOptions = {}): CustomerTimeline {
  const n = data.count;
  const window = observationWindow(data, options.periodYears);
  const orders = new Float64Array(n).fill(NaN);
  const daysSince = new Float64Array(n).fill(NaN);
  const trend = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    orders[i] = purchasesOf(data, i);
    const last = data.lastPurchaseDay[i];
    if (!Number.isNaN(last) && Number.isFinite(data.asOfDay)) daysSince[i] = Math.max(0, data.asOfDay - last);
    if (data.available.previousRevenue) trend[i] = revenueTrendOf(data, i);
  }
  const rhythm = purchaseRhythmDays(data);
  const known: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(rhythm[i])) known.push(rhythm[i]);
  const portfolioRhythmDays = known.length > 0 ? median(known) : NaN;
  const trendWindowDays = data.history?.trendWindowDays;
  const trendMonths =
    data.history && trendWindowDays !== undefined && trendWindowDays >= 1
      ? Math.max(1, Math.round(trendWindowDays / DAYS_PER_MONTH))
      : null;
  const trendLabel: Localized = !data.available.previousRevenue
    ? texts((t) => t.core.timeline.notAvailableNoPrevious)
    : trendMonths === null
      ? texts((t) => t.core.timeline.revenueVsThePrevious)
      : texts((t) => t.core.timeline.lastMonthsVs(trendMonths));
  return {
    window,
    orders,
    daysSinceLastPurchase: daysSince,
    rhythmDays: rhythm,
    portfolioRhythmDays,
    trend,
    trendMonths,
    trendLabel,
    churn: measureChurn(data, window, portfolioRhythmDays, options.churnRatePerYear),
  };
}

/**
 * How the trend compares, for sentences: "vs the previous 12 months" with transactions (the months of
 * the trend window), "vs previous period" on a customer sheet (revenue vs the previous-period column).
 */
export function trendComparison(data: CustomerData): Localized {
  const days = data.history?.trendWindowDays;
  if (!data.history || days === undefined || days < 1) return texts((t) => t.core.timeline.vsPreviousPeriod);
  const months = Math.max(1, Math.round(days / DAYS_PER_MONTH));
  return months === 1
    ? texts((t) => t.core.timeline.vsThePreviousMonth)
    : texts((t) => t.core.timeline.vsThePreviousMonths(months));
}

/** Purchases of customer i: the orders column, else distinct purchase days, else NaN. */
function purchasesOf(data: CustomerData, i: number): number {
  if (!Number.isNaN(data.orders[i])) return data.orders[i];
  return data.history ? data.history.purchaseDays[i] : NaN;
}

/**
 * Each customer's own purchase rhythm in days (see the module comment): the mean gap, (last − first purchase
 * day) / (purchases − 1), on both inputs; NaN with fewer than two purchases.
 * The portfolio map's silence limit and the "silent" alert both use it. O(customers + purchase days).
 */
export function purchaseRhythmDays(data: CustomerData): Float64Array {
  const list = data.history?.purchaseDayList;
  const given = data.history?.rhythmDays;
  if (!list && given) return Float64Array.from(given);
  const rhythm = new Float64Array(data.count).fill(NaN);
  for (let i = 0; i < data.count; i++) {
    if (list) {
      // The list is sorted and holds distinct purchase days, so the mean gap is the span over the gaps.
      const from = list.offsets[i];
      const to = list.offsets[i + 1];
      if (to - from < 2) continue;
      rhythm[i] = (list.days[to - 1] - list.days[from]) / (to - from - 1);
    } else {
      const first = data.firstPurchaseDay[i];
      const last = data.lastPurchaseDay[i];
      const purchases = purchasesOf(data, i);
      if (purchases >= 2 && !Number.isNaN(first) && last > first)
        rhythm[i] = (last - first) / (purchases - 1);
    }
  }
  return rhythm;
}

/** The silence limit of customer i in days: multiple × own rhythm (at most a year), or `days` without a rhythm. */
export function silenceLimitDays(rhythmDays: number, multiple: number, days: number): number {
  return Number.isNaN(rhythmDays) ? days : Math.min(multiple * rhythmDays, YEAR_OF_SILENCE_DAYS);
}

/** True when customer i has been silent longer than their silence limit (the map's and the alert's rule). */
export function isSilent(
  timeline: CustomerTimeline,
  i: number,
  multiple = DEFAULT_SILENCE_MULTIPLE,
  days = DEFAULT_SILENCE_DAYS,
): boolean {
  return timeline.daysSinceLastPurchase[i] > silenceLimitDays(timeline.rhythmDays[i], multiple, days);
}

/** The yearly rate of a per-window rate over `windowMonths` months: 1 − (1 − p)^(12 / months). */
export function annualiseRate(perWindow: number, windowMonths: number): number {
  return 1 - Math.pow(1 - perWindow, 12 / windowMonths);
}

/**
 * Churn window (months) fitted to a rhythm in days: ⌈multiple × rhythm in months⌉, 1..12; 12 when unknown.
 * A tenth of a month of tolerance before rounding up, so monthly buyers (gaps of 31 days, 3.06 months
 * tripled) get a 3-month window and not 4.
 */
export function churnWindowMonths(rhythmDays: number): number {
  if (!Number.isFinite(rhythmDays)) return MAX_CHURN_WINDOW_MONTHS;
  const months = Math.ceil((CHURN_WINDOW_RHYTHM_MULTIPLE * rhythmDays) / DAYS_PER_MONTH - 0.1);
  return Math.min(MAX_CHURN_WINDOW_MONTHS, Math.max(1, months));
}

function observationWindow(data: CustomerData, periodYears?: number): ObservationWindow {
  if (periodYears !== undefined) {
    if (!(Number.isFinite(periodYears) && periodYears > 0)) {
      throw new CoreError(
        "kpi-invalid-period-years",
        texts((t) => t.core.timeline.invalidPeriodYears(periodYears)),
        "periodYears",
      );
    }
    return {
      asOfDay: data.asOfDay,
      startDay: NaN,
      years: periodYears,
      source: texts((t) => t.core.timeline.source),
    };
  }
  const history = data.history;
  if (history && history.periodLabels.length > 0) {
    const first = periodGrid(history)?.ranges[0];
    if (first) {
      const days = Math.max(1, data.asOfDay - first.startDay + 1);
      return {
        asOfDay: data.asOfDay,
        startDay: first.startDay,
        years: days / DAYS_PER_YEAR,
        source: texts((t, textLang) =>
          t.core.timeline.spanOfTheTransactions(
            formatDate(first.startDay, textLang),
            formatDate(data.asOfDay, textLang),
          ),
        ),
      };
    }
  }
  return {
    asOfDay: data.asOfDay,
    startDay: NaN,
    years: 1,
    source: texts((t) => t.core.timeline.assumedTheRevenueColumn),
  };
}

const PER: Localized = texts((t) => t.core.timeline.per);
/** A window of days, the day after `from` to `to`, in a sentence. */
const DATE_RANGE: Localized = texts((t) => t.core.timeline.dateRange);

/** "Churn rate per 3 months" / "Tasa de abandono por 3 meses". */
export function churnWindowLabel(months: number): Localized {
  return localize((lang) => fillTemplate(PER[lang], { months: formatCount(months, NOUNS.month, lang) }));
}

function measureChurn(
  data: CustomerData,
  window: ObservationWindow,
  rhythmDays: number,
  override?: number,
): ChurnFigure {
  const status = new Int8Array(data.count).fill(-1);
  if (override !== undefined) {
    if (!(Number.isFinite(override) && override > 0 && override <= 1)) {
      throw new CoreError(
        "kpi-invalid-churn",
        texts((t) => t.core.timeline.invalidChurnRatePerYear(override)),
        "churnRatePerYear",
      );
    }
    return {
      windowMonths: 12,
      base: 0,
      lost: 0,
      perWindow: override,
      perYear: override,
      source: texts((t) => t.core.timeline.setByUser),
      status,
    };
  }
  const history = data.history;
  const list = history?.purchaseDayList;
  if (history && list && Number.isFinite(window.startDay)) {
    const spanDays = data.asOfDay - window.startDay + 1;
    const fitted = churnWindowMonths(rhythmDays);
    const months = Math.min(fitted, Math.floor(spanDays / DAYS_PER_MONTH / 2));
    if (months >= 1) {
      const windowDays = Math.round(months * DAYS_PER_MONTH);
      const currentFrom = data.asOfDay - windowDays; // exclusive
      const previousFrom = currentFrom - windowDays; // exclusive
      let base = 0;
      let lost = 0;
      for (let i = 0; i < data.count; i++) {
        let before = false;
        let now = false;
        for (let k = list.offsets[i]; k < list.offsets[i + 1]; k++) {
          const day = list.days[k];
          if (day > currentFrom) now = true;
          else if (day > previousFrom) before = true;
        }
        if (!before) continue;
        base++;
        status[i] = now ? 0 : 1;
        if (!now) lost++;
      }
      if (base > 0) {
        const perWindow = lost / base;
        // Dates in each language's convention; the window runs from the day after `from` to `to`.
        const range = (from: number, to: number, lang: TextLang) =>
          fillTemplate(DATE_RANGE[lang], { from: formatDate(from + 1, lang), to: formatDate(to, lang) });
        const shortened: Localized =
          months < fitted ? texts((t) => t.core.timeline.shortenedToHalf) : untranslated("");
        const why: Localized = Number.isFinite(rhythmDays)
          ? texts((t, textLang) =>
              t.core.timeline.windowTheMedianPurchase(
                CHURN_WINDOW_RHYTHM_MULTIPLE,
                formatDays(rhythmDays, textLang),
                tr(shortened, textLang),
              ),
            )
          : texts((t) => t.core.timeline.windowOf12Months);
        return {
          windowMonths: months,
          base,
          lost,
          perWindow,
          perYear: annualiseRate(perWindow, months),
          source: texts((t, textLang) =>
            t.core.timeline.ofCustomersWhoBought(
              lost,
              base,
              range(previousFrom, currentFrom, textLang),
              range(currentFrom, data.asOfDay, textLang),
              why[textLang],
            ),
          ),
          status,
        };
      }
    }
  } else if (history && history.periodLabels.length > 0) {
    // Histories without purchase days (built by hand): the same rule on whole complete periods.
    const grid = periodGrid(history);
    if (grid) {
      const complete = grid.labels.length - (lastPeriodIsPartial(grid, data.asOfDay) ? 1 : 0);
      const monthsPerPeriod = 12 / periodsPerYear(grid.unit);
      const wanted = Math.max(1, Math.round(churnWindowMonths(rhythmDays) / monthsPerPeriod));
      const windowPeriods = Math.min(wanted, Math.floor(complete / 2));
      if (windowPeriods >= 1) {
        const periods = grid.labels.length;
        const currentStart = complete - windowPeriods;
        const previousStart = currentStart - windowPeriods;
        let base = 0;
        let lost = 0;
        for (let i = 0; i < grid.customers; i++) {
          let before = false;
          let now = false;
          for (let p = previousStart; p < currentStart; p++)
            if (grid.revenue[i * periods + p] > 0) before = true;
          if (!before) continue;
          for (let p = currentStart; p < complete; p++) if (grid.revenue[i * periods + p] > 0) now = true;
          base++;
          status[i] = now ? 0 : 1;
          if (!now) lost++;
        }
        if (base > 0) {
          const months = windowPeriods * monthsPerPeriod;
          const perWindow = lost / base;
          const from = `${grid.labels[previousStart]}..${grid.labels[currentStart - 1]}`;
          const to = `${grid.labels[currentStart]}..${grid.labels[complete - 1]}`;
          return {
            windowMonths: months,
            base,
            lost,
            perWindow,
            perYear: annualiseRate(perWindow, months),
            source: texts((t) => t.core.timeline.ofCustomersActiveIn(lost, base, from, to)),
            status,
          };
        }
      }
    }
  }
  if (!history && data.available.previousRevenue) {
    let base = 0;
    let lost = 0;
    for (let i = 0; i < data.count; i++) {
      if (!(data.previousRevenue[i] > 0)) continue;
      base++;
      const gone = !(data.revenue[i] > 0);
      status[i] = gone ? 1 : 0;
      if (gone) lost++;
    }
    if (base > 0) {
      const months = Math.max(1, Math.round(window.years * 12));
      const perWindow = lost / base;
      return {
        windowMonths: months,
        base,
        lost,
        perWindow,
        perYear: annualiseRate(perWindow, months),
        source: texts((t, textLang) =>
          t.core.timeline.ofCustomersWithPreviousPeriod(lost, base, window.source[textLang]),
        ),
        status,
      };
    }
  }
  return {
    windowMonths: churnWindowMonths(rhythmDays),
    base: 0,
    lost: 0,
    perWindow: null,
    perYear: null,
    source: texts((t) => t.core.timeline.notMeasurable),
    unavailableReason: texts((t) => t.core.timeline.unavailableReason),
    status,
  };
}
