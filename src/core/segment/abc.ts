/**
 * ABC / Pareto: customers sorted by revenue, largest first; A = the customers making the first
 * `aCumulativeShare` (80 %) of revenue, B = up to `bCumulativeShare` (95 %, i.e. the next 15 %), C = the rest.
 *
 * Exact rule: a customer's class comes from the cumulative revenue share of the customers strictly before them
 * in the ranking (A when < 80 %, B when < 95 %), so the customer who crosses 80 % is still A. Customers with
 * equal revenue form one group ranked at the group's first position, so equal revenue → equal class. Shares are
 * of the total positive revenue; customers with zero or negative revenue are C.
 *
 * Cost: O(n log n) (one sort of indices).
 */
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { CoreError } from "../errors";
import { type CurrencyCode, formatMoney, formatNumber, formatPercent } from "../format";
import { NEUTRAL_GREY } from "./palette";
import {
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
  ThresholdSet,
} from "./segmentation-builder";
import type { MethodDescriptor } from "./method-registry";
import { localize } from "../language";
import { texts } from "../../i18n/texts";

/** Fixed color per class (palette.ts: Okabe–Ito); also the descriptor's `segmentColors`. */
const colors: Record<string, string> = { A: "#0072B2", B: "#E69F00", C: NEUTRAL_GREY };

const ABC_SEGMENTS: SegmentDefinition[] = [
  {
    id: "A",
    name: texts((t) => t.segment.abc.aTopRevenue),
    action: texts((t) => t.segment.abc.aAction),
    color: colors.A,
  },
  {
    id: "B",
    name: texts((t) => t.segment.abc.bMiddle),
    action: texts((t) => t.segment.abc.bAction),
    color: colors.B,
  },
  {
    id: "C",
    name: texts((t) => t.segment.abc.cLongTail),
    action: texts((t) => t.segment.abc.cAction),
    color: colors.C,
  },
];

const ABC_THRESHOLD_IDS = ["aCumulativeShare", "bCumulativeShare"] as const;

interface AbcOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
  /** The data's currency for money in the reasons ("€33,068" / "33.068 €"); none: the bare number. */
  currency?: CurrencyCode | null;
}

/**
 * ABC (Pareto) segmentation: customers ranked by revenue; A are those that make the first `aCumulativeShare` of
 * revenue (default 80 %), B the next ones up to `bCumulativeShare` (default 95 %), C the tail.
 * Why: the quickest answer to "who carries the business", understood by every sales team.
 * Reference: the Pareto principle in inventory and customer management (Dickie, "ABC inventory analysis
 * shoots for dollars", Factory Management and Maintenance, 1951).
 * Cost: O(n log n) for the ranking, O(n) reasons. Throws CoreError when the cut points do not satisfy
 * 0 < A ≤ B ≤ 100 %.
 *
 * @example
 * import { readCustomerGrid } from "../read/read-customer-grid";
 * import { segmentCustomers } from "./segment-customers";
 * const { customers } = readCustomerGrid([["Customer", "Revenue"], ["A", 800], ["B", 150], ["C", 50]]);
 * Array.from(segmentCustomers(customers, { method: "abc" }).assignment) // => [0, 1, 2]
 * segmentCustomers(customers, { method: "abc", thresholds: { aCumulativeShare: 0.9, bCumulativeShare: 0.5 } }) // => throws CoreError
 */
function segmentAbc(data: CustomerData, options: AbcOptions = {}): SegmentationDraft {
  const set = new ThresholdSet(options.thresholds);
  const aShare = set.take(
    "aCumulativeShare",
    texts((t) => t.segment.abc.aShareLabel),
    0.8,
    "percent",
    texts((t) => t.segment.abc.aShareDefault),
  );
  const bShare = set.take(
    "bCumulativeShare",
    texts((t) => t.segment.abc.bShareLabel),
    0.95,
    "percent",
    texts((t) => t.segment.abc.bShareDefault),
  );
  if (!(aShare > 0 && aShare <= bShare && bShare <= 1)) {
    throw new CoreError(
      "abc-bad-cut-points",
      texts((t, textLang) =>
        t.segment.abc.abcCutPointsMust(formatPercent(aShare, textLang), formatPercent(bShare, textLang)),
      ),
      "aCumulativeShare",
    );
  }
  const n = data.count;
  const revenue = data.revenue;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Largest first; equal revenue keeps input order (stable), which only matters for display.
  order.sort((a, b) => revenue[b] - revenue[a] || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) if (revenue[i] > 0) total += revenue[i];

  const assignment = new Int32Array(n);
  const cumulativeShare: (number | string)[] = new Array(n);
  const explain = options.explain ?? true;
  const reasons: Localized[] = explain ? new Array(n) : noReasons(n);
  // The cut-point percentages are the same in every reason: formatted once.
  const aText = localize((lang) => formatPercent(aShare, lang));
  const bText = localize((lang) => formatPercent(bShare, lang));
  const currency = options.currency ?? null;
  let before = 0;
  let groupClass = 2;
  let groupRevenue = NaN;
  let groupShareBefore = 0;
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank];
    const r = revenue[i];
    if (r !== groupRevenue) {
      groupRevenue = r;
      groupShareBefore = total > 0 ? before / total : 1;
      // Tolerance so that a customer starting exactly at 80 % (up to rounding) is B, not A.
      const eps = 1e-12;
      groupClass = !(r > 0)
        ? 2
        : groupShareBefore < aShare - eps
          ? 0
          : groupShareBefore < bShare - eps
            ? 1
            : 2;
    }
    if (r > 0) before += r;
    assignment[i] = groupClass;
    const after = total > 0 ? Math.min(1, before / total) : 0;
    cumulativeShare[i] = after;
    if (!explain) continue;
    const name = ABC_SEGMENTS[groupClass].name;
    reasons[i] = !(r > 0)
      ? texts((t, textLang) =>
          t.segment.abc.noPositiveRevenue(name[textLang], formatMoney(r, { lang: textLang, currency })),
        )
      : texts((t, textLang) =>
          t.segment.abc.rankedReason(
            name[textLang],
            formatMoney(r, { lang: textLang, currency }),
            formatNumber(rank + 1, textLang),
            formatPercent(groupShareBefore, textLang),
            aText[textLang],
            bText[textLang],
            formatPercent(after, textLang),
          ),
        );
  }
  const notes: Localized[] = [];
  if (!(total > 0)) {
    notes.push(texts((t) => t.segment.abc.noCustomerHasPositive));
  }
  return {
    definitions: ABC_SEGMENTS,
    assignment,
    reasons,
    thresholds: set.used,
    settings: { ranking: "revenue, largest first; equal revenue shares a class" },
    notes,
    extraColumns: [
      {
        id: "cumulativeRevenueShare",
        header: texts((t) => t.segment.abc.header),
        format: "percent",
        values: cumulativeShare,
      },
    ],
  };
}

/** ABC / Pareto in the method registry (method-registry.ts). */
export const abcMethod: MethodDescriptor<"abc"> = {
  id: "abc",
  label: texts((t) => t.segment.abc.abcMethodLabel),
  name: texts((t) => t.segment.abc.abcMethodLabel),
  description: texts((t) => t.segment.abc.abcMethodDescription),
  argument: texts((t) => t.segment.abc.abcMethodArgument),
  aliases: ["pareto"],
  segmentColors: colors,
  segmentStanding: { A: "valuable" },
  thresholdIds: ABC_THRESHOLD_IDS,
  optionIds: [],
  stableSegmentIds: true,
  segment: (data, options) => segmentAbc(data, options),
};
