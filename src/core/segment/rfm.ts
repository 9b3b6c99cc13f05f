/**
 * RFM: recency, frequency and monetary scores 1–5 by rank quintiles, and the 10 named segments of the R×F
 * grid.
 *
 * Scores (exact definition): among the customers with a known value, a customer's score is
 *   1 + floor(5 × (number of customers with a strictly worse value) / (customers with a known value)).
 * "Worse" is smaller for frequency (orders) and monetary (revenue), and longer ago for recency, so the most
 * recent customers score 5. Equal values always get equal scores (ties take the lowest rank of their group);
 * with all values distinct the scores are exact quintiles. A score can stay unused when one value covers
 * many customers (e.g. most bought once): the result says so. Unknown values score 1 and are counted in a note.
 *
 * Inputs: recency = asOfDay − lastPurchaseDay; frequency = orders, else distinct purchase days of transaction
 * data; monetary = revenue.
 *
 * Segments (R × F, the widely used grid; M is reported but does not change the segment):
 *   R 5, F 4–5 Champions · R 3–4, F 4–5 Loyal · R 4–5, F 2–3 Potential loyalists · R 5, F 1 New ·
 *   R 4, F 1 Promising · R 3, F 3 Need attention · R 3, F 1–2 About to sleep · R 1–2, F 3–4 At risk ·
 *   R 1–2, F 5 Can't lose them · R 1–2, F 1–2 Hibernating. All 25 cells covered once: no overlap, no "other".
 *
 * Cost: O(n log n) (three sorts).
 * @throws CoreError "rfm-missing-recency" / "rfm-missing-frequency" when the needed columns are absent.
 */
import { NOUNS } from "../glossary";
import { CoreError } from "../errors";
import type { CustomerData, Threshold } from "../model";
import type { Localized } from "../types";
import { type CurrencyCode, formatCount, formatDays, formatMoney, formatNumber, pluralWord } from "../format";
import { NEUTRAL_GREY } from "./palette";
import { purchaseCount, recencyDays } from "./purchase-rhythm";
import {
  type GridDraft,
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
} from "./segmentation-builder";
import { flatLocalized } from "../text";
import type { MethodDescriptor } from "./method-registry";
import { inLang, listIn, perTextLanguage, tr, type TextLang } from "../language";
import { fromPacks, texts, type Texts } from "../../i18n/texts";

/**
 * Fixed color per segment id (palette.ts: Okabe–Ito / Tol muted), so a segment has the same color in every
 * run, sheet and chart; also the descriptor's `segmentColors`.
 */
const colors: Record<string, string> = {
  champions: "#117733",
  loyal: "#44AA99",
  "potential-loyalists": "#88CCEE",
  new: "#332288",
  promising: "#DDCC77",
  "need-attention": "#999933",
  "about-to-sleep": "#AA4499",
  "at-risk": "#CC6677",
  "cant-lose-them": "#882255",
  hibernating: NEUTRAL_GREY,
};

type RfmSegmentId = keyof Texts["segment"]["rfm"]["segments"];

/** A segment of the R×F grid: its name and action from the packs, its fixed color. */
function define(id: RfmSegmentId): SegmentDefinition {
  return {
    id,
    name: texts((t) => t.segment.rfm.segments[id].name),
    action: texts((t) => t.segment.rfm.segments[id].action),
    color: colors[id],
  };
}

export const RFM_SEGMENTS: SegmentDefinition[] = [
  define("champions"),
  define("loyal"),
  define("potential-loyalists"),
  define("new"),
  define("promising"),
  define("need-attention"),
  define("about-to-sleep"),
  define("at-risk"),
  define("cant-lose-them"),
  define("hibernating"),
];

/** Segment index of an R and F score pair (the standard R×F grid). */
export function rfSegmentIndex(r: number, f: number): number {
  if (r >= 5 && f >= 4) return 0; // champions
  if (r >= 3 && f >= 4) return 1; // loyal
  if (r >= 4 && f >= 2) return 2; // potential loyalists
  if (r === 5) return 3; // new (F 1)
  if (r === 4) return 4; // promising (F 1)
  if (r === 3 && f === 3) return 5; // need attention
  if (r === 3) return 6; // about to sleep (F 1–2)
  if (f === 5) return 8; // can't lose them (R 1–2)
  if (f >= 3) return 7; // at risk (R 1–2, F 3–4)
  return 9; // hibernating (R 1–2, F 1–2)
}

interface QuintileScores {
  /** 1..5 per customer; 1 for unknown values. */
  scores: Int32Array;
  /** Customers with a known value. */
  known: number;
  distinct: number;
  /** For each score 1..5 (index 0..4): smallest and largest value having it; NaN when the score is unused. */
  minimum: number[];
  maximum: number[];
}

/**
 * Rank-quintile scores, higher values better (pass negated recency to reverse it). See the file doc for the
 * exact rule. O(n log n).
 */
export function quintileScores(values: Float64Array): QuintileScores {
  const n = values.length;
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  const known = sorted.length;
  let distinct = 0;
  for (let i = 0; i < known; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const scores = new Int32Array(n);
  const minimum = [NaN, NaN, NaN, NaN, NaN];
  const maximum = [NaN, NaN, NaN, NaN, NaN];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) {
      scores[i] = 1;
      continue;
    }
    const below = lowerBound(sorted, v);
    const score = 1 + Math.floor((5 * below) / known);
    scores[i] = score;
    if (!(minimum[score - 1] <= v)) minimum[score - 1] = v;
    if (!(maximum[score - 1] >= v)) maximum[score - 1] = v;
  }
  return { scores, known, distinct, minimum, maximum };
}

/** Index of the first element >= value in an ascending array. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface RfmOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
  /** The data's currency for money in the reasons ("€33,068" / "33.068 €"); none: the bare number. */
  currency?: CurrencyCode | null;
}

function segmentRfm(data: CustomerData, options: RfmOptions = {}): SegmentationDraft {
  if (!data.available.lastPurchaseDay) {
    throw new CoreError(
      "rfm-missing-recency",
      texts((t) => t.segment.rfm.rfmNeedsEachCustomer),
      "lastPurchase",
    );
  }
  if (!data.available.orders && !data.history) {
    throw new CoreError(
      "rfm-missing-frequency",
      texts((t) => t.segment.rfm.rfmNeedsTheNumber),
      "orders",
    );
  }
  const n = data.count;
  const recency = new Float64Array(n);
  const negatedRecency = new Float64Array(n);
  const frequency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    recency[i] = recencyDays(data, i);
    negatedRecency[i] = -recency[i];
    frequency[i] = purchaseCount(data, i);
  }
  const r = quintileScores(negatedRecency);
  const f = quintileScores(frequency);
  const m = quintileScores(data.revenue);

  const assignment = new Int32Array(n);
  const cellOf = new Int32Array(n);
  const explain = options.explain ?? true;
  const reasons: Localized[] = explain ? new Array(n) : noReasons(n);
  const currency = options.currency ?? null;
  const ranges = perTextLanguage((lang) => scoreRanges(lang, r, f, m, currency));
  const code: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rs = r.scores[i];
    const fs = f.scores[i];
    const ms = m.scores[i];
    const segment = rfSegmentIndex(rs, fs);
    assignment[i] = segment;
    cellOf[i] = (5 - fs) * 5 + (rs - 1);
    code[i] = `${rs}${fs}${ms}`;
    if (!explain) continue;
    reasons[i] = flatLocalized((lang) =>
      rfmReason(lang, segment, rs, fs, ms, recency[i], frequency[i], data.revenue[i], ranges[lang]),
    );
  }

  const notes: Localized[] = [texts((t) => t.segment.rfm.rfmScoresAreRank)];
  const metricNames: [QuintileScores, Localized][] = [
    [r, texts((t) => t.segment.rfm.recency)],
    [f, texts((t) => t.segment.rfm.frequency)],
    [m, texts((t) => t.segment.rfm.monetary)],
  ];
  for (const [scores, name] of metricNames) {
    const unused = [1, 2, 3, 4, 5].filter((s) => Number.isNaN(scores.minimum[s - 1]));
    if (unused.length > 0 && scores.known > 0) {
      notes.push(
        texts((t, textLang) =>
          t.segment.rfm.fewDistinctValues(
            name[textLang],
            formatCount(scores.distinct, NOUNS.value, textLang),
            formatCount(scores.known, NOUNS.customer, textLang),
            pluralWord(unused.length, NOUNS.score, textLang),
            listIn(textLang, unused.map(String)),
          ),
        ),
      );
    }
    const unknown = n - scores.known;
    if (unknown > 0) {
      notes.push(
        texts((t, textLang) =>
          t.segment.rfm.unknownScoresOne(name[textLang], formatCount(unknown, NOUNS.customer, textLang)),
        ),
      );
    }
  }

  return {
    definitions: RFM_SEGMENTS,
    assignment,
    reasons,
    thresholds: [
      ...scoreThresholds(
        "recency",
        texts((t) => t.segment.rfm.recency),
        r,
        true,
      ),
      ...scoreThresholds(
        "frequency",
        texts((t) => t.segment.rfm.frequency),
        f,
        false,
      ),
      ...scoreThresholds(
        "monetary",
        texts((t) => t.segment.rfm.monetary),
        m,
        false,
      ),
    ],
    settings: {
      scoring: "rank quintiles, ties share the lowest rank",
      frequencySource: data.available.orders ? "orders" : "purchase days",
    },
    notes,
    extraColumns: [
      {
        id: "recencyDays",
        header: texts((t) => t.segment.rfm.header),
        format: "days",
        values: Array.from(recency, blankNaN),
      },
      {
        id: "frequency",
        header: texts((t) => t.segment.rfm.purchases),
        format: "integer",
        values: Array.from(frequency, blankNaN),
      },
      {
        id: "rScore",
        header: texts((t) => t.segment.rfm.rScore),
        format: "integer",
        values: Array.from(r.scores),
      },
      {
        id: "fScore",
        header: texts((t) => t.segment.rfm.fScore),
        format: "integer",
        values: Array.from(f.scores),
      },
      {
        id: "mScore",
        header: texts((t) => t.segment.rfm.mScore),
        format: "integer",
        values: Array.from(m.scores),
      },
      { id: "rfmCode", header: texts((t) => t.segment.rfm.rfm), format: "text", values: code },
    ],
    grid: rfmGrid(cellOf),
  };
}

function blankNaN(v: number): number | string {
  return Number.isNaN(v) ? "" : v;
}

/**
 * Per score 2..5, the boundary value: for frequency/monetary the smallest value scoring at least s; for
 * recency the most days since the last purchase still scoring at least s.
 */
function scoreThresholds(
  id: string,
  name: Localized,
  scores: QuintileScores,
  reversed: boolean,
): Threshold[] {
  const out: Threshold[] = [];
  for (let s = 2; s <= 5; s++) {
    if (Number.isNaN(scores.minimum[s - 1])) continue;
    // Values are stored as ranked (recency negated), so the boundary of "score ≥ s" is the minimum of score s.
    const boundary = scores.minimum[s - 1];
    out.push({
      id: `${id}Score${s}`,
      label: reversed
        ? texts((t, textLang) => t.segment.rfm.scoreAtMostDays(name[textLang], s))
        : texts((t, textLang) => t.segment.rfm.scoreAtLeast(name[textLang], s)),
      value: reversed ? -boundary : boundary,
      format: reversed ? "days" : id === "monetary" ? "money" : "number",
      source: texts((t) => t.segment.rfm.source),
    });
  }
  return out;
}

function rfmGrid(cellOf: Int32Array): GridDraft {
  const cellSegments: number[][] = [];
  for (let fs = 5; fs >= 1; fs--) {
    const row: number[] = [];
    for (let rs = 1; rs <= 5; rs++) row.push(rfSegmentIndex(rs, fs));
    cellSegments.push(row);
  }
  return {
    title: texts((t) => t.segment.rfm.rfmMapRecencyFrequency),
    rowAxis: texts((t) => t.segment.rfm.rowAxis),
    columnAxis: texts((t) => t.segment.rfm.columnAxis),
    rowLabels: [5, 4, 3, 2, 1].map((s) => texts((t) => t.segment.rfm.f(s))),
    columnLabels: [1, 2, 3, 4, 5].map((s) => texts((t) => t.segment.rfm.r(s))),
    cellSegments,
    cellOf,
  };
}

/** The reason texts of each language, picked once (not per customer). */
const RFM_WORDS = fromPacks((t) => t.segment.rfm);

/** The value range of each score (index score − 1) of R, F and M, as reason text in `lang`. */
interface ScoreRanges {
  /** The reason texts of the language. */
  words: Texts["segment"]["rfm"];
  recency: string[];
  frequency: string[];
  monetary: string[];
  /** The data's currency, for the customer's revenue. */
  currency: CurrencyCode | null;
}

/**
 * Score s covers [minimum, maximum] of the ranked values; recency is negated back to days. Formatted once per
 * segmentation, not per customer (15 strings instead of 6 numbers formatted per reason).
 */
function scoreRanges(
  lang: TextLang,
  r: QuintileScores,
  f: QuintileScores,
  m: QuintileScores,
  currency: CurrencyCode | null,
): ScoreRanges {
  const ranges: ScoreRanges = {
    words: inLang(RFM_WORDS, lang),
    recency: [],
    frequency: [],
    monetary: [],
    currency,
  };
  const money = { lang, currency };
  for (let s = 0; s < 5; s++) {
    ranges.recency.push(`${formatNumber(-r.maximum[s], lang)}–${formatNumber(-r.minimum[s], lang)}`);
    ranges.frequency.push(`${formatNumber(f.minimum[s], lang)}–${formatNumber(f.maximum[s], lang)}`);
    ranges.monetary.push(`${formatMoney(m.minimum[s], money)}–${formatMoney(m.maximum[s], money)}`);
  }
  return ranges;
}

function rfmReason(
  lang: TextLang,
  segment: number,
  rs: number,
  fs: number,
  ms: number,
  recency: number,
  frequency: number,
  revenue: number,
  ranges: ScoreRanges,
): string {
  const words = ranges.words;
  const recencyText = Number.isNaN(recency)
    ? words.recencyUnknown
    : words.recencyKnown(formatDays(recency, lang), rs, ranges.recency[rs - 1]);
  const frequencyText = Number.isNaN(frequency)
    ? words.frequencyUnknown
    : words.frequencyKnown(formatNumber(frequency, lang), fs, ranges.frequency[fs - 1]);
  const monetaryText = words.monetaryKnown(
    formatMoney(revenue, { lang, currency: ranges.currency }),
    ms,
    ranges.monetary[ms - 1],
  );
  return words.reason(tr(RFM_SEGMENTS[segment].name, lang), rs, fs, recencyText, frequencyText, monetaryText);
}

/** RFM in the method registry (method-registry.ts). */
export const rfmMethod: MethodDescriptor<"rfm"> = {
  id: "rfm",
  label: texts((t) => t.segment.rfm.rfmMethodLabel),
  name: texts((t) => t.segment.rfm.rfm),
  description: texts((t) => t.segment.rfm.rfmMethodDescription),
  argument: texts((t) => t.segment.rfm.rfmMethodArgument),
  aliases: [],
  segmentColors: colors,
  segmentStanding: {
    champions: "valuable",
    loyal: "valuable",
    "cant-lose-them": "valuable",
    "at-risk": "slipping",
    "about-to-sleep": "slipping",
    hibernating: "slipping",
  },
  thresholdIds: [],
  optionIds: [],
  stableSegmentIds: true,
  segment: (data, options) => segmentRfm(data, options),
};
