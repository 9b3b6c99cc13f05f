/**
 * Abrupt change per customer, drops and jumps, in a comparison a commercial director reads at a glance:
 *
 * - **Which two windows** (`comparisonWindows`): with about two years of transactions (trend windows of
 *   ≥ 335 days, see `summarizeTransactions`), the **last 12 months vs the 12 months before**
 *   (`history.recentRevenue` vs `previousRevenue`); with less history, the **last complete period vs the one
 *   before** on the period grid (a month cut off by the data's end is never compared: it would look like a
 *   drop for everyone); on a customer sheet, revenue vs the previous-revenue column.
 * - **Against the customer's own history too**: on the period grid the change must also hold against the
 *   median of the customer's earlier periods; with 12-month windows and more than the previous window behind
 *   the customer, against its average yearly revenue before the last 12 months.
 * - **Minimum size** so tiny customers don't flood the list: the customer's size (the larger of the two
 *   windows) must reach `minCustomerRevenue` (default: the median size) and the absolute change
 *   `minChangeShare` of the portfolio (default 0.05 % of the sum of sizes).
 * - **Silent customers** (reported as drops): silent by the map's rule (`silenceFactor` (3) × their own mean gap
 *   between purchases, at most a year; never for a single purchase) and for at least `minSilentDays` (90) days. Money at stake = the yearly revenue the
 *   customer used to bring (with 12-month windows the larger of the two, scaled to 365 days; on a customer
 *   sheet the larger of revenue and previous revenue; otherwise revenue per year of tenure, at least a year).
 * Money at stake for drops and jumps = the absolute revenue change between the two windows.
 * - **Never against the map's trend**: no drop for a customer whose timeline trend (the map's) is up, no jump
 *   for one whose trend is down; with 12-month windows (the map's own), no alert for a change chance explains
 *   (`trendIsClear`), which the map shows as stable.
 */
import type { CustomerData, Insight } from "../model";
import type { Localized } from "../types";
import { customerTrend } from "../kpi/customer-trend";
import { revenueTrendOf } from "../customer-data";
import { trendIsClear } from "../trend-noise";
import { DEFAULT_SILENCE_MULTIPLE, purchaseRhythmDays, silenceLimitDays } from "../timeline";
import { ACTIONS } from "./actions";
import { formatDays, formatPercent } from "../format";
import { moneyText, type MoneyTextOptions } from "./money-text";
import { median } from "./robust-z";
import type { TextLang } from "../language";
import { texts, type Texts } from "../../i18n/texts";

export interface AbruptChangeOptions extends MoneyTextOptions {
  /** Relative change that counts as abrupt (default 0.3 = −30 % / +30 %). */
  changeThreshold?: number;
  /**
   * Minimum size (money) of a customer: the larger of its two windows (or its yearly revenue when silent).
   * Default: the median of that size over customers with revenue in either window.
   */
  minCustomerRevenue?: number;
  /** Minimum absolute change as a share of the portfolio (sum of sizes). Default 0.0005 (0.05 %). */
  minChangeShare?: number;
  /** Silent when days since the last purchase ≥ this × the customer's mean gap between purchases (default 3). */
  silenceFactor?: number;
  /** …and at least this many days (default 90). */
  minSilentDays?: number;
}

/** The two windows compared for every customer, with their labels. */
interface ComparisonWindows {
  current: ArrayLike<number>;
  previous: ArrayLike<number>;
  /** The customer's own typical level in the unit of the windows (NaN when unknown). */
  ownTypical: Float64Array;
  currentLabel: Localized;
  previousLabel: Localized;
  /** Unit of `ownTypical` ("per 12 months", "per period"). */
  ownUnit: Localized;
  /** Days covered by one window when comparing 12-month windows; NaN for periods and customer sheets. */
  windowDays: number;
}

/** Trend windows of at least this many days count as "12 months" (data spanning about two years). */
const YEAR_WINDOW_MIN_DAYS = 335;

/**
 * Chooses the comparison (see the module comment). O(customers × periods log periods). null when there is
 * nothing to compare (no transactions with two complete periods and no previous-revenue column).
 */
export function comparisonWindows(data: CustomerData): ComparisonWindows | null {
  const history = data.history;
  const windowDays = history?.trendWindowDays ?? 0;
  if (history?.recentRevenue && windowDays >= YEAR_WINDOW_MIN_DAYS && data.available.previousRevenue) {
    const months = Math.round(windowDays / 30.44);
    const ownTypical = new Float64Array(data.count).fill(NaN);
    const recentStart = data.asOfDay - windowDays;
    for (let i = 0; i < data.count; i++) {
      // Revenue before the last window, per window length of the customer's tenure before it; only when
      // that tenure reaches beyond the previous window (otherwise it is the previous window itself).
      const tenureBeforeDays = recentStart - data.firstPurchaseDay[i];
      if (tenureBeforeDays > 1.5 * windowDays) {
        const before = data.revenue[i] - history.recentRevenue[i];
        ownTypical[i] = (before * windowDays) / tenureBeforeDays;
      }
    }
    return {
      current: history.recentRevenue,
      previous: data.previousRevenue,
      ownTypical,
      currentLabel: texts((t) => t.insights.abruptChanges.currentLabel(months)),
      previousLabel: texts((t) => t.insights.abruptChanges.previousLabel(months)),
      ownUnit: texts((t) => t.insights.abruptChanges.ownUnit(months)),
      windowDays,
    };
  }
  const trend = customerTrend(data);
  if (!trend) return null;
  const ownTypical =
    trend.historyPeriods >= 2 ? trend.historyTypical : new Float64Array(data.count).fill(NaN);
  return {
    current: trend.current,
    previous: trend.previous,
    ownTypical,
    currentLabel: trend.currentLabel,
    previousLabel: trend.previousLabel,
    ownUnit: texts((t) => t.insights.abruptChanges.perPeriod),
    windowDays: NaN,
  };
}

/** The yearly revenue a silent customer used to bring (see the module comment). */
function yearlyRevenue(data: CustomerData, windows: ComparisonWindows | null, i: number): number {
  if (windows && Number.isFinite(windows.windowDays)) {
    const size = Math.max(windows.current[i], windows.previous[i]);
    return (size * 365) / windows.windowDays;
  }
  if (windows && !data.history) return Math.max(windows.current[i], windows.previous[i]);
  const tenureDays = data.asOfDay - data.firstPurchaseDay[i] + 1;
  return (data.revenue[i] * 365) / Math.max(365, Number.isFinite(tenureDays) ? tenureDays : 365);
}

/**
 * The change between the two windows in `lang`: "revenue +78% last 12 months vs the 12 months before (€1,000 →
 * €1,780)"; with nothing before, "all new revenue, last 12 months vs …" (not "revenue new activity").
 */
function changeText(
  windows: ComparisonWindows,
  before: number,
  now: number,
  t: Texts["insights"]["abruptChanges"],
  lang: TextLang,
  options: MoneyTextOptions,
): string {
  const current = windows.currentLabel[lang];
  const previous = windows.previousLabel[lang];
  const from = moneyText(before, lang, options);
  const to = moneyText(now, lang, options);
  return before > 0
    ? t.changeVs(formatPercent(now / before - 1, lang, 0, true), current, previous, from, to)
    : t.allNewVs(current, previous, from, to);
}

/** O(customers × periods log periods). Empty when there is nothing to compare and no purchase dates. */
export function findAbruptChanges(data: CustomerData, options: AbruptChangeOptions = {}): Insight[] {
  const windows = comparisonWindows(data);
  const threshold = options.changeThreshold ?? 0.3;
  const silenceFactor = options.silenceFactor ?? DEFAULT_SILENCE_MULTIPLE;
  const minSilentDays = options.minSilentDays ?? 90;
  const n = data.count;
  const size = new Float64Array(n);
  const sizes: number[] = [];
  let portfolio = 0;
  for (let i = 0; i < n; i++) {
    size[i] = windows ? Math.max(windows.previous[i], windows.current[i]) : yearlyRevenue(data, null, i);
    if (size[i] > 0) {
      sizes.push(size[i]);
      portfolio += size[i];
    }
  }
  const minSize = options.minCustomerRevenue ?? median(sizes);
  const minChange = (options.minChangeShare ?? 0.0005) * portfolio;
  const insights: Insight[] = [];
  // The customer's own rhythm as the timeline states it (mean gap), the figure the Customers sheet shows.
  const rhythm = purchaseRhythmDays(data);
  for (let i = 0; i < n; i++) {
    const name = data.names[i];
    const now = windows ? windows.current[i] : NaN;
    const before = windows ? windows.previous[i] : NaN;

    // Silent: far longer without buying than the customer's own rhythm.
    const silentDays = data.asOfDay - data.lastPurchaseDay[i];
    const gap = rhythm[i];
    // The map's silence rule (`silenceLimitDays`), so an alert never names a customer the map calls active.
    if (silentDays >= minSilentDays && silentDays > silenceLimitDays(gap, silenceFactor, Infinity)) {
      const yearly = yearlyRevenue(data, windows, i);
      if (yearly >= minSize && yearly >= minChange && yearly > 0) {
        insights.push({
          kind: "abrupt-drop",
          customer: i,
          title: texts((t) => t.insights.abruptChanges.hasStoppedBuying(name)),
          figure: texts((t, textLang) => {
            const silent = formatDays(silentDays, textLang);
            const usualGap = formatDays(gap, textLang);
            const worth = moneyText(yearly, textLang, options);
            const p = t.insights.abruptChanges;
            return windows
              ? p.silentWithChange(
                  silent,
                  usualGap,
                  changeText(windows, before, now, p, textLang, options),
                  worth,
                )
              : p.silent(silent, usualGap, worth);
          }),
          moneyAtStake: yearly,
          actionId: "reengage",
          action: ACTIONS.reengage,
        });
        continue;
      }
    }

    if (!windows || !(size[i] >= minSize) || !(Math.abs(now - before) >= minChange)) continue;
    const own = windows.ownTypical[i];
    const hasOwn = Number.isFinite(own);
    // Never against the map's trend (the timeline's, e.g. 12 months vs 12): a customer who grew over it is
    // not called a drop because one month fell, nor a shrinking one a jump.
    const trend = revenueTrendOf(data, i);
    // When the two windows are the map's trend windows, the map's noise rule too: a change chance explains
    // (a few purchases landing in one year or the other) is stable on the map, so it is no alert either.
    if (Number.isFinite(windows.windowDays) && !trendIsClear(data, i)) continue;
    const drop =
      before > 0 &&
      now <= before * (1 - threshold) &&
      (!hasOwn || now <= own * (1 - threshold)) &&
      !(trend > 0);
    const jump =
      now > 0 && now >= before * (1 + threshold) && (!hasOwn || now >= own * (1 + threshold)) && !(trend < 0);
    if (!drop && !jump) continue;
    const figure = texts((t, textLang) => {
      const p = t.insights.abruptChanges;
      const change = changeText(windows, before, now, p, textLang, options);
      return hasOwn
        ? p.changeWithOwn(change, moneyText(own, textLang, options), windows.ownUnit[textLang])
        : change;
    });
    insights.push({
      kind: drop ? "abrupt-drop" : "abrupt-jump",
      customer: i,
      title: drop
        ? texts((t) => t.insights.abruptChanges.sharpDropInPurchases(name))
        : before > 0
          ? texts((t) => t.insights.abruptChanges.sharpRiseInPurchases(name))
          : texts((t) => t.insights.abruptChanges.newBusinessToDevelop(name)),
      figure,
      moneyAtStake: Math.abs(now - before),
      actionId: drop ? "reengage" : "develop",
      action: drop ? ACTIONS.reengage : ACTIONS.develop,
    });
  }
  return insights;
}
