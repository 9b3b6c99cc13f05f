/**
 * The portfolio map (KBOX customer map, the default segmentation): value × profitability × trend.
 *
 * Rules: the table in `action-rules.ts` (first match wins, each customer gets exactly one segment):
 * 1. **Loss-making** — margin below 0, whatever the value or the trend. → reprice, renegotiate or stop.
 * 2. **High volume, low margin** — high value, low margin, whatever the trend. → renegotiate conditions.
 * 3. **At risk** — revenue fell by `declineMin` or more against the previous window (the timeline's trend,
 *    12 months vs 12 with two years of transactions) by more than chance explains for the customer's
 *    purchases (`trendIsClear`: with transactions, a few purchases landing in one window or the other is
 *    not a decline), or the customer has been silent longer than
 *    `silenceMultiple` × their own purchase rhythm (`silenceDays` without a rhythm). → re-engagement.
 * 4. **Growth potential** — revenue grew by `growthMin` or more (and more than chance explains, as above) and
 *    the customer is not already strategic.
 *    → develop with targeted campaigns.
 * 5. **Strategic / VIP** — high value and high margin. → loyalty.
 * 6. **Low volume, high margin** — low value, high margin. → develop: cross-sell, frequency.
 * 7. **Maintain** — low value, low margin, stable. → serve at low cost.
 * Without margin data the map is value × trend with margin-free names — **High value**, **Growth
 * potential**, **At risk**, **Low value** — and a note says margins are missing: no name claims a margin.
 *
 * Default thresholds, all from the portfolio itself and overridable by id:
 * - `valueShare` = 80 %: the customers that together make the first 80 % of revenue (largest first) are "high
 *   value"; `valueMin` (money) = the revenue of the last of them. High value ⇔ revenue ≥ valueMin and > 0.
 * - `marginPercentMin` = revenue-weighted average margin % (total margin / total revenue of customers with a
 *   known margin). High margin ⇔ margin % ≥ it. Unknown margin % (no margin, or revenue 0) counts as low.
 * - `growthMin` = `declineMin` = 15 % over the trend windows (`timeline.ts`). Previous revenue 0 and
 *   revenue > 0 is growth (new business).
 * - `silenceMultiple` = 3 × own rhythm (mean gap), at most a year; `silenceDays` = 180 days for customers without one.
 *
 * Cost: O(n log n) for the value threshold (one sort), O(n) otherwise, plus the reasons' strings.
 */
import { NOUNS } from "../glossary";
import { marginPercentOf, revenueTrendOf } from "../customer-data";
import { trendIsClear } from "../trend-noise";
import type { CustomerColumn, CustomerData } from "../model";
import type { Lang, Localized } from "../types";
import {
  type CurrencyCode,
  formatChange,
  formatCount,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from "../format";
import { NEUTRAL_GREY } from "./palette";
import { type PortfolioSegmentId, type TrendState, portfolioRule } from "./action-rules";
import { recencyDays } from "./purchase-rhythm";
import {
  DEFAULT_SILENCE_DAYS,
  DEFAULT_SILENCE_MULTIPLE,
  DEFAULT_TREND_CHANGE,
  purchaseRhythmDays,
  silenceLimitDays,
  trendComparison,
} from "../timeline";
import {
  type GridDraft,
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
  ThresholdSet,
} from "./segmentation-builder";
import { flatLocalized } from "../text";
import type { MethodDescriptor } from "./method-registry";
import { inLang, listIn, localize, perTextLanguage, tr, type TextLang } from "../language";
import { fromPacks, texts, type Texts } from "../../i18n/texts";

interface PortfolioOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
  /** The data's currency for money in the reasons ("€33,068" / "33.068 €"); none: the bare number. */
  currency?: CurrencyCode | null;
}

const PORTFOLIO_THRESHOLD_IDS = [
  "valueShare",
  "valueMin",
  "marginPercentMin",
  "growthMin",
  "declineMin",
  "silenceMultiple",
  "silenceDays",
] as const;

const STRATEGIC = 0;
const HIGH_VOLUME_LOW_MARGIN = 1;
const LOW_VOLUME_HIGH_MARGIN = 2;
const GROWTH = 3;
const AT_RISK = 4;
const MAINTAIN = 5;
const LOSS_MAKING = 6;
const HIGH_VALUE = 7;
const LOW_VALUE = 8;

/**
 * Fixed color per segment id (palette.ts: Okabe–Ito / Tol muted), so a segment has the same color in every
 * run, sheet and chart; also the descriptor's `segmentColors`.
 */
const colors: Record<string, string> = {
  strategic: "#0072B2",
  "high-volume-low-margin": "#E69F00",
  "low-volume-high-margin": "#56B4E9",
  "growth-potential": "#009E73",
  "at-risk": "#D55E00",
  maintain: NEUTRAL_GREY,
  "loss-making": "#882255",
  "high-value": "#332288",
  "low-value": "#F0E442",
};

export const PORTFOLIO_SEGMENTS: SegmentDefinition[] = [
  {
    id: "strategic",
    name: texts((t) => t.segment.portfolioMap.strategicVip),
    action: texts((t) => t.segment.portfolioMap.strategicVipAction),
    color: colors.strategic,
  },
  {
    id: "high-volume-low-margin",
    name: texts((t) => t.segment.portfolioMap.highVolumeLowMargin),
    action: texts((t) => t.segment.portfolioMap.highVolumeLowMarginAction),
    color: colors["high-volume-low-margin"],
  },
  {
    id: "low-volume-high-margin",
    name: texts((t) => t.segment.portfolioMap.lowVolumeHighMargin),
    action: texts((t) => t.segment.portfolioMap.lowVolumeHighMarginAction),
    color: colors["low-volume-high-margin"],
  },
  {
    id: "growth-potential",
    name: texts((t) => t.segment.portfolioMap.growthPotential),
    action: texts((t) => t.segment.portfolioMap.developTheCustomerTargeted),
    color: colors["growth-potential"],
  },
  {
    id: "at-risk",
    name: texts((t) => t.segment.portfolioMap.atRisk),
    action: texts((t) => t.segment.portfolioMap.reEngagementPersonalisedRetentionCampaigns),
    color: colors["at-risk"],
  },
  {
    id: "maintain",
    name: texts((t) => t.segment.portfolioMap.maintain),
    action: texts((t) => t.segment.portfolioMap.maintainServeAtLow),
    color: colors.maintain,
  },
  {
    id: "loss-making",
    name: texts((t) => t.segment.portfolioMap.lossMaking),
    action: texts((t) => t.segment.portfolioMap.repriceRenegotiateOrStop),
    color: colors["loss-making"],
  },
  {
    id: "high-value",
    name: texts((t) => t.segment.portfolioMap.highValue),
    action: texts((t) => t.segment.portfolioMap.loyaltyKeepThisBusiness),
    color: colors["high-value"],
  },
  {
    id: "low-value",
    name: texts((t) => t.segment.portfolioMap.lowValue),
    action: texts((t) => t.segment.portfolioMap.maintainServeAtLow),
    color: colors["low-value"],
  },
];

/** Index of each rule-table segment in PORTFOLIO_SEGMENTS. */
const SEGMENT_INDEX: Record<PortfolioSegmentId, number> = {
  strategic: STRATEGIC,
  "high-volume-low-margin": HIGH_VOLUME_LOW_MARGIN,
  "low-volume-high-margin": LOW_VOLUME_HIGH_MARGIN,
  "growth-potential": GROWTH,
  "at-risk": AT_RISK,
  maintain: MAINTAIN,
  "loss-making": LOSS_MAKING,
  "high-value": HIGH_VALUE,
  "low-value": LOW_VALUE,
};
/** The segments a map shows: with margins the value × margin × trend ones, without them margin-free names. */
const WITH_MARGIN = [
  STRATEGIC,
  HIGH_VOLUME_LOW_MARGIN,
  LOW_VOLUME_HIGH_MARGIN,
  GROWTH,
  AT_RISK,
  MAINTAIN,
  LOSS_MAKING,
];
const WITHOUT_MARGIN = [HIGH_VALUE, GROWTH, AT_RISK, LOW_VALUE];
const TREND_STATES: TrendState[] = ["growing", "stable", "declining"];

/** Trend states, also the grid's row bands. */
const GROWING = 0;
const STABLE = 1;
const DECLINING = 2;

/**
 * The value threshold: revenue of the customer at which the cumulative revenue (largest first) reaches
 * `share` of the total positive revenue. 0 when no customer has positive revenue.
 */
export function valueThresholdForShare(revenue: Float64Array, share: number): number {
  const positive = revenue.filter((r) => r > 0).sort();
  let total = 0;
  for (let i = 0; i < positive.length; i++) total += positive[i];
  if (!(total > 0)) return 0;
  const target = share * total;
  let cumulative = 0;
  for (let i = positive.length - 1; i >= 0; i--) {
    cumulative += positive[i];
    // A relative epsilon keeps "exactly 80 %" from missing by rounding.
    if (cumulative >= target * (1 - 1e-12)) return positive[i];
  }
  return positive[0];
}

/** Revenue-weighted average margin % of the customers with a known margin and positive revenue. */
export function weightedMarginPercent(data: CustomerData): number {
  let margin = 0;
  let revenue = 0;
  for (let i = 0; i < data.count; i++) {
    const m = data.marginAmount[i];
    const r = data.revenue[i];
    if (Number.isNaN(m) || !(r > 0)) continue;
    margin += m;
    revenue += r;
  }
  return revenue > 0 ? margin / revenue : 0;
}

function segmentPortfolio(data: CustomerData, options: PortfolioOptions = {}): SegmentationDraft {
  const n = data.count;
  const set = new ThresholdSet(options.thresholds);
  const hasMargin = data.available.marginAmount;
  const hasTrend = data.available.previousRevenue;
  const hasRecency = data.available.lastPurchaseDay;
  // The timeline's trend comparison and own rhythm: the map, the alerts and the JSON read the same ones.
  const versus = trendComparison(data);
  const rhythm = hasRecency ? purchaseRhythmDays(data) : null;
  // Growth needs a trend, At risk a trend or dates: a segment the data cannot fill is not shown at all.
  const shown = (hasMargin ? WITH_MARGIN : WITHOUT_MARGIN).filter(
    (segment) => (segment !== GROWTH || hasTrend) && (segment !== AT_RISK || hasTrend || hasRecency),
  );

  const valueShare = set.take(
    "valueShare",
    texts((t) => t.segment.portfolioMap.shareOfRevenueMade),
    0.8,
    "percent",
    texts((t) => t.segment.portfolioMap.defaultTheCustomersMaking),
  );
  const valueMin = set.take(
    "valueMin",
    texts((t) => t.segment.portfolioMap.minimumRevenue),
    valueThresholdForShare(data.revenue, valueShare),
    "money",
    texts((t, textLang) => t.segment.portfolioMap.revenueOfTheLast(formatPercent(valueShare, textLang, 0))),
  );
  const marginMin = hasMargin
    ? set.take(
        "marginPercentMin",
        texts((t) => t.segment.portfolioMap.minimumMargin),
        weightedMarginPercent(data),
        "percent",
        texts((t) => t.segment.portfolioMap.revenueWeightedAverageMargin),
      )
    : NaN;
  // With transactions the change must also exceed the customer's normal ups and downs (`trendIsClear`).
  const beyondChance: Localized = data.history?.trendChanceVariance
    ? texts((t) => t.segment.portfolioMap.andBeyondTheNormal)
    : texts((t) => t.segment.portfolioMap.noClearChanceClause);
  const growthMin = hasTrend
    ? set.take(
        "growthMin",
        texts((t) => t.segment.portfolioMap.revenueGrowthThatCounts),
        DEFAULT_TREND_CHANGE,
        "percent",
        texts((t, textLang) =>
          t.segment.portfolioMap.growthMinDefault(
            formatPercent(DEFAULT_TREND_CHANGE, textLang, 0),
            versus[textLang],
            beyondChance[textLang],
          ),
        ),
      )
    : NaN;
  const declineMin = hasTrend
    ? set.take(
        "declineMin",
        texts((t) => t.segment.portfolioMap.revenueDropThatCounts),
        DEFAULT_TREND_CHANGE,
        "percent",
        texts((t, textLang) =>
          t.segment.portfolioMap.declineMinDefault(
            formatPercent(DEFAULT_TREND_CHANGE, textLang, 0),
            versus[textLang],
            beyondChance[textLang],
          ),
        ),
      )
    : NaN;
  const silenceMultiple = hasRecency
    ? set.take(
        "silenceMultiple",
        texts((t) => t.segment.portfolioMap.silenceInMultiples),
        DEFAULT_SILENCE_MULTIPLE,
        "ratio",
        texts((t) => t.segment.portfolioMap.defaultSilenceMultiple(DEFAULT_SILENCE_MULTIPLE)),
      )
    : NaN;
  const silenceDays = hasRecency
    ? set.take(
        "silenceDays",
        texts((t) => t.segment.portfolioMap.silenceDaysForCustomers),
        DEFAULT_SILENCE_DAYS,
        "days",
        texts((t) => t.segment.portfolioMap.defaultDays(DEFAULT_SILENCE_DAYS)),
      )
    : NaN;

  const explain = options.explain ?? true;
  const assignment = new Int32Array(n);
  const reasons: Localized[] = explain ? new Array(n) : noReasons(n);
  // One facts record reused for every customer (no per-customer objects besides the reason itself).
  const currency = options.currency ?? null;
  const limits: PortfolioLimits = {
    versus,
    valueMin,
    // The value threshold is the same in every reason: formatted once per language.
    valueMinText: localize((lang) => formatMoney(valueMin, { lang, currency })),
    words: perTextLanguage((lang) => inLang(PORTFOLIO_WORDS, lang)),
    currency,
    marginMin,
    growthMin,
    declineMin,
    silenceMultiple,
  };
  const facts: PortfolioFacts = {
    revenue: 0,
    highValue: false,
    marginPercent: NaN,
    highMargin: false,
    trend: NaN,
    trendIsNoise: false,
    declining: false,
    growing: false,
    silence: NaN,
    gap: NaN,
    silent: false,
    silenceLimit: NaN,
  };
  const trendStates = [hasTrend, true, hasTrend || hasRecency];
  const rowBands: number[] = [];
  trendStates.forEach((present, state) => present && rowBands.push(state));
  const marginColumns = hasMargin ? 3 : 1;
  const cellOf = new Int32Array(n);
  const limitColumn: (number | string)[] = hasRecency ? new Array(n) : [];
  let unknownMargin = 0;

  for (let i = 0; i < n; i++) {
    const revenue = data.revenue[i];
    const highValue = revenue > 0 && revenue >= valueMin;
    const marginPercent = hasMargin ? marginPercentOf(data, i) : NaN;
    if (hasMargin && Number.isNaN(marginPercent)) unknownMargin++;
    const highMargin = hasMargin && marginPercent >= marginMin;
    const trend = hasTrend ? revenueTrendOf(data, i) : NaN;
    // A tiny tolerance so a change of exactly the threshold (115 / 100 − 1 = 0.1499…) counts, as documented;
    // and a change chance explains (a few purchases landing in one window or the other) is not a trend.
    const clear = trendIsClear(data, i);
    const declining = clear && trend <= -declineMin + 1e-9;
    const growing = clear && trend >= growthMin - 1e-9;
    const silence = hasRecency ? recencyDays(data, i) : NaN;
    const gap = rhythm ? rhythm[i] : NaN;
    const silenceLimit = silenceLimitDays(gap, silenceMultiple, silenceDays);
    const silent = silence > silenceLimit;

    const negativeMargin = hasMargin && marginPercent < 0;
    const band = declining ? DECLINING : growing ? GROWING : STABLE;
    // The rule table decides (segment/action-rules.ts): one place for segment × condition → action.
    const segment =
      SEGMENT_INDEX[
        portfolioRule({
          marginKnown: hasMargin,
          negativeMargin,
          highMargin,
          highValue,
          trend: TREND_STATES[band],
          silent,
        }).segment
      ];
    assignment[i] = segment;

    const row = rowBands.indexOf(silent ? DECLINING : band) + (highValue ? 0 : rowBands.length);
    // Columns in reading order: negative margin at the left, then low, high margin at the right.
    cellOf[i] = row * marginColumns + (hasMargin ? (negativeMargin ? 0 : highMargin ? 2 : 1) : 0);

    if (hasRecency) limitColumn[i] = silenceLimit;

    if (!explain) continue;
    facts.revenue = revenue;
    facts.highValue = highValue;
    facts.marginPercent = marginPercent;
    facts.highMargin = highMargin;
    facts.trend = trend;
    facts.trendIsNoise = !clear && (trend <= -declineMin + 1e-9 || trend >= growthMin - 1e-9);
    facts.declining = declining;
    facts.growing = growing;
    facts.silence = silence;
    facts.gap = gap;
    facts.silent = silent;
    facts.silenceLimit = silenceLimit;
    reasons[i] = flatLocalized((lang) => portfolioReason(lang, segment, facts, limits));
  }

  const notes: Localized[] = [];
  const shownNames = (lang: Lang) =>
    listIn(
      lang,
      shown.map((segment) => tr(PORTFOLIO_SEGMENTS[segment].name, lang)),
    );
  if (!hasMargin) {
    notes.push(texts((t, textLang) => t.segment.portfolioMap.noMarginData(shownNames(textLang))));
  } else if (unknownMargin > 0) {
    notes.push(
      texts((t, textLang) =>
        t.segment.portfolioMap.unknownMarginLow(formatCount(unknownMargin, NOUNS.customer, textLang)),
      ),
    );
  }
  if (!hasTrend) {
    notes.push(texts((t) => t.segment.portfolioMap.noPreviousPeriodRevenue));
  }
  if (!hasRecency) {
    notes.push(texts((t) => t.segment.portfolioMap.noLastPurchaseDates));
  }
  if (!(valueMin > 0) || !data.revenue.some((r) => r > 0)) {
    notes.push(texts((t) => t.segment.portfolioMap.noCustomerHasPositive));
  }

  // Margin %, trend and days since the last purchase are the Customers sheet's own columns (one value each,
  // from the timeline); the map adds only what it alone knows: each customer's silence limit.
  const extraColumns: CustomerColumn[] = [];
  if (hasRecency) {
    extraColumns.push({
      id: "silenceLimitDays",
      header: texts((t) => t.segment.portfolioMap.header),
      format: "days",
      values: limitColumn,
    });
  }

  // Only the segments this map can show: positions in `shown` replace the PORTFOLIO_SEGMENTS indices.
  const position = new Int32Array(PORTFOLIO_SEGMENTS.length).fill(-1);
  shown.forEach((segment, k) => (position[segment] = k));
  for (let i = 0; i < n; i++) assignment[i] = position[assignment[i]];
  const grid = portfolioGrid(rowBands, hasMargin, cellOf);
  grid.cellSegments = grid.cellSegments.map((row) => row.map((segment) => position[segment]));

  return {
    definitions: shown.map((segment) => PORTFOLIO_SEGMENTS[segment]),
    assignment,
    reasons,
    thresholds: set.used,
    settings: {
      axes: hasMargin ? "value × margin × trend" : VALUE_TREND_AXES,
      usesTrend: hasTrend,
      usesRecency: hasRecency,
    },
    notes,
    extraColumns,
    grid,
  };
}

function portfolioGrid(rowBands: number[], hasMargin: boolean, cellOf: Int32Array): GridDraft {
  const valueLabels: Localized[] = [
    texts((t) => t.segment.portfolioMap.highValue),
    texts((t) => t.segment.portfolioMap.lowValue),
  ];
  const bandLabels: Localized[] = [
    texts((t) => t.segment.portfolioMap.growing),
    texts((t) => t.segment.portfolioMap.stable),
    texts((t) => t.segment.portfolioMap.decliningOrSilent),
  ];
  const rowLabels: Localized[] = [];
  const cellSegments: number[][] = [];
  for (let level = 0; level < 2; level++) {
    for (const band of rowBands) {
      rowLabels.push(
        texts((t, textLang) =>
          t.segment.portfolioMap.valueAndBand(valueLabels[level][textLang], bandLabels[band][textLang]),
        ),
      );
      const highValue = level === 0;
      const row: number[] = [];
      // Margin columns negative, low, high (or one "unknown"); each cell's segment from the rule table.
      const marginLevels: ("high" | "low" | "negative" | null)[] = hasMargin
        ? ["negative", "low", "high"]
        : [null];
      for (const level of marginLevels) {
        const rule = portfolioRule({
          marginKnown: hasMargin,
          negativeMargin: level === "negative",
          highMargin: level === "high",
          highValue,
          trend: TREND_STATES[band],
          silent: false,
        });
        row.push(SEGMENT_INDEX[rule.segment]);
      }
      cellSegments.push(row);
    }
  }
  return {
    title: texts((t) => t.segment.portfolioMap.portfolioMap),
    rowAxis: texts((t) => t.segment.portfolioMap.rowAxis),
    columnAxis: hasMargin
      ? texts((t) => t.segment.portfolioMap.margin)
      : texts((t) => t.segment.portfolioMap.marginNoData),
    rowLabels,
    columnLabels: hasMargin
      ? [
          texts((t) => t.segment.portfolioMap.negativeMargin),
          texts((t) => t.segment.portfolioMap.lowMargin),
          texts((t) => t.segment.portfolioMap.highMargin),
        ]
      : [texts((t) => t.segment.portfolioMap.marginUnknown)],
    cellSegments,
    cellOf,
  };
}

interface PortfolioFacts {
  revenue: number;
  highValue: boolean;
  marginPercent: number;
  highMargin: boolean;
  trend: number;
  /** The change reaches a threshold but chance explains it (`trendIsClear`): said in the reason. */
  trendIsNoise: boolean;
  declining: boolean;
  growing: boolean;
  silence: number;
  gap: number;
  silent: boolean;
  silenceLimit: number;
}

type PortfolioWords = Texts["segment"]["portfolioMap"];

/** The reason texts of each language, picked once (not per customer). */
const PORTFOLIO_WORDS = fromPacks((t) => t.segment.portfolioMap);

interface PortfolioLimits {
  /** The reason texts of each language (`PORTFOLIO_WORDS`, each read through `inLang`). */
  words: Record<TextLang, PortfolioWords>;
  /** "vs the previous 12 months": the timeline's trend comparison, in the reasons. */
  versus: Localized;
  valueMin: number;
  /** `valueMin` as money in each language. */
  valueMinText: Localized;
  /** The data's currency, for the customer's revenue. */
  currency: CurrencyCode | null;
  marginMin: number;
  growthMin: number;
  declineMin: number;
  silenceMultiple: number;
}

/** One customer's reason: the rule that placed them, then their values against each threshold. */
function portfolioReason(lang: TextLang, segment: number, f: PortfolioFacts, t: PortfolioLimits): string {
  const words = t.words[lang];
  const rules = words.rules;
  const details = words.details;
  const versus = t.versus[lang];
  // Plain calls, no local helper closures: this runs twice per customer (a closure per call costs).
  let rule: string;
  switch (segment) {
    case AT_RISK:
      if (f.declining) {
        rule = rules.declining(trendText(f.trend, lang), versus, formatPercent(t.declineMin, lang));
      } else {
        const limit = Number.isNaN(f.gap)
          ? rules.silenceLimitNoRhythm(formatDays(f.silenceLimit, lang))
          : rules.silenceLimitRhythm(
              formatDays(f.silenceLimit, lang),
              formatNumber(t.silenceMultiple, lang, 1),
              formatDays(f.gap, lang),
            );
        rule = rules.silent(formatDays(f.silence, lang), limit);
      }
      break;
    case GROWTH:
      rule = rules.growing(trendText(f.trend, lang), versus, formatPercent(t.growthMin, lang));
      break;
    case STRATEGIC:
      rule = Number.isNaN(t.marginMin) ? rules.highValueNoMargin : rules.strategic;
      break;
    case HIGH_VOLUME_LOW_MARGIN:
      rule = rules.highVolumeLowMargin;
      break;
    case LOSS_MAKING:
      rule = rules.lossMaking;
      break;
    case HIGH_VALUE:
      rule = rules.highValueNoMargin;
      break;
    case LOW_VALUE:
      rule = rules.lowValueNoMargin;
      break;
    case LOW_VOLUME_HIGH_MARGIN:
      rule = rules.lowVolumeHighMargin;
      break;
    default:
      rule = Number.isNaN(t.marginMin) ? rules.lowValueNoMargin : rules.maintain;
  }
  // The revenue comes first: its text starts the sentence.
  let parts = (f.highValue ? details.revenueHigh : details.revenueLow)(
    formatMoney(f.revenue, { lang, currency: t.currency }),
    t.valueMinText[lang],
  );
  if (!Number.isNaN(t.marginMin)) {
    parts = joinPart(
      parts,
      Number.isNaN(f.marginPercent)
        ? details.marginUnknown
        : (f.highMargin ? details.marginHigh : details.marginLow)(
            formatPercent(f.marginPercent, lang),
            formatPercent(t.marginMin, lang),
          ),
    );
  }
  if (!Number.isNaN(t.growthMin) && segment !== AT_RISK && segment !== GROWTH) {
    // (Loss-making and high-volume-low-margin customers show their trend here too: the rule ignores it.)
    parts = joinPart(
      parts,
      Number.isNaN(f.trend)
        ? details.noPreviousRevenue
        : (f.trendIsNoise ? details.trendWithinNoise : details.trend)(trendText(f.trend, lang), versus),
    );
  }
  if (!Number.isNaN(f.silenceLimit) && !(segment === AT_RISK && !f.declining) && !Number.isNaN(f.silence)) {
    // (A silent customer outside At risk — loss-making or low margin — still shows its silence.)
    parts = joinPart(parts, details.silence(formatDays(f.silence, lang), formatDays(f.silenceLimit, lang)));
  }
  return words.reason(tr(PORTFOLIO_SEGMENTS[segment].name, lang), rule, parts);
}

/** `parts` and `part` joined by "; " (building the text directly instead of an array and join). */
function joinPart(parts: string, part: string): string {
  return parts === "" ? part : `${parts}; ${part}`;
}

const NEW_TREND: Localized = texts((t) => t.segment.portfolioMap.newTrend);

/** "+20.0%", or "new revenue" when the previous period had none. */
function trendText(trend: number, lang: TextLang): string {
  if (trend === Infinity) return NEW_TREND[lang];
  return formatChange(trend, lang);
}

/** The map's axes when the data has no margins (the `axes` setting; the method's label follows it). */
const VALUE_TREND_AXES = "value × trend";

/** The portfolio map in the method registry (method-registry.ts); the default method. */
export const portfolioMethod: MethodDescriptor<"portfolio"> = {
  id: "portfolio",
  label: texts((t) => t.segment.portfolioMap.portfolioMethodLabel),
  labelOf: (settings) =>
    settings.axes === VALUE_TREND_AXES
      ? texts((t) => t.segment.portfolioMap.portfolioMapValueTrend)
      : portfolioMethod.label,
  name: texts((t) => t.segment.portfolioMap.portfolioMap),
  description: texts((t) => t.segment.portfolioMap.portfolioMethodDescription),
  argument: texts((t) => t.segment.portfolioMap.portfolioMethodArgument),
  aliases: ["portfolio map", "map", "kbox", "cartera", "mapa", "mapa de cartera"],
  segmentColors: colors,
  segmentStanding: { strategic: "valuable", "at-risk": "slipping" },
  thresholdIds: PORTFOLIO_THRESHOLD_IDS,
  optionIds: [],
  stableSegmentIds: true,
  segment: (data, options) => segmentPortfolio(data, options),
};
