/**
 * The customer-type ladder (seed "customer-types"): Potential → New → Buyer → Occasional → Habitual →
 * Exclusive → Evangelist, plus Inactive and Lost, with recency judged against each customer's own rhythm.
 *
 * Rules, first match wins:
 * 1. **Potential** — no purchase yet (0 purchases, or no revenue, orders nor purchase date): a lead. A lead
 *    whose status says lost ("lost", "perdido", "rechazado"...) is **Lost**, never Potential.
 * 2. **Lost** — silent longer than `lostMultiple` (6) × own purchase rhythm (mean gap between purchases, `timeline.ts`), or longer than
 *    `lostDays` (365) whatever the rhythm.
 * 3. **Inactive** — silent longer than max(`inactiveMultiple` (3) × own rhythm, `inactiveMinDays` (30)), or,
 *    for customers without a rhythm (one purchase), longer than `inactiveDays` (180).
 * 4. **New** — first purchase within the last `newDays` (90) days.
 * 5. **Buyer** — exactly one purchase.
 * 6. **Evangelist** — (only with referral or NPS data) 2+ purchases and `evangelistReferrals` (1)+ referrals
 *    or NPS ≥ `evangelistNps` (9, a promoter).
 * 7. **Exclusive** — (only with share-of-wallet data) 2+ purchases and share of wallet ≥ `exclusiveShare` (90 %).
 * 8. **Habitual** — purchases per year ≥ `habitualPerYear` (4), the rate taken over max(tenure, 1 year) so a
 *    burst in the first weeks does not count as a habit; without a first purchase date, purchases ≥ 4.
 * 9. **Occasional** — the other repeat buyers.
 * The Exclusive and Evangelist steps only exist when their data exist (the seed's rule: no data, no claim).
 *
 * Cost: O(n).
 * @throws CoreError "lifecycle-missing-purchases" without an orders column and without transaction data.
 */
import { NOUNS } from "../glossary";
import { CoreError } from "../errors";
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { formatCount, formatDays, formatNumber, formatPercent } from "../format";
import { isLostStatus as isLostLeadStatus } from "../kpi/conversion-rate";
import { NEUTRAL_GREY } from "./palette";
import { flatLocalized } from "../text";
import { purchaseCount, recencyDays } from "./purchase-rhythm";
import {
  DEFAULT_SILENCE_DAYS,
  DEFAULT_SILENCE_MULTIPLE,
  LOST_RHYTHM_MULTIPLE,
  purchaseRhythmDays,
  YEAR_OF_SILENCE_DAYS,
} from "../timeline";
import {
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
  ThresholdSet,
} from "./segmentation-builder";
import type { MethodDescriptor } from "./method-registry";
import { inLang, perTextLanguage, tr, type TextLang } from "../language";
import { fromPacks, texts, type Texts } from "../../i18n/texts";

/**
 * Fixed color per segment id (palette.ts: Okabe–Ito / Tol muted), so a segment has the same color in every
 * run, sheet and chart; also the descriptor's `segmentColors`.
 */
const colors: Record<string, string> = {
  potential: NEUTRAL_GREY,
  new: "#88CCEE",
  buyer: "#44AA99",
  occasional: "#DDCC77",
  habitual: "#117733",
  exclusive: "#332288",
  evangelist: "#AA4499",
  inactive: "#CC6677",
  lost: "#882255",
};

type LifecycleStepId = keyof Texts["segment"]["lifecycle"]["steps"];

/** A step of the ladder: its name and action from the packs, its fixed color. */
function define(id: LifecycleStepId): SegmentDefinition {
  return {
    id,
    name: texts((t) => t.segment.lifecycle.steps[id].name),
    action: texts((t) => t.segment.lifecycle.steps[id].action),
    color: colors[id],
  };
}

const ALL_STEPS: SegmentDefinition[] = [
  define("potential"),
  define("new"),
  define("buyer"),
  define("occasional"),
  define("habitual"),
  define("exclusive"),
  define("evangelist"),
  define("inactive"),
  define("lost"),
];

const LIFECYCLE_THRESHOLD_IDS = [
  "inactiveMultiple",
  "inactiveMinDays",
  "inactiveDays",
  "lostMultiple",
  "lostDays",
  "newDays",
  "habitualPerYear",
  "exclusiveShare",
  "evangelistReferrals",
  "evangelistNps",
] as const;

interface LifecycleOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
}

function segmentLifecycle(data: CustomerData, options: LifecycleOptions = {}): SegmentationDraft {
  if (!data.available.orders && !data.history) {
    throw new CoreError(
      "lifecycle-missing-purchases",
      texts((t) => t.segment.lifecycle.customerLadderNeeds),
      "orders",
    );
  }
  const set = new ThresholdSet(options.thresholds);
  const defaultOf = (id: keyof Texts["segment"]["lifecycle"]["defaults"]): Localized =>
    texts((t) => t.segment.lifecycle.defaults[id]);
  const hasRecency = data.available.lastPurchaseDay;
  const hasFirst = data.available.firstPurchaseDay;
  const hasReferralData = data.available.referrals || data.available.nps;
  const hasWallet = data.available.shareOfWallet;

  const inactiveMultiple = set.take(
    "inactiveMultiple",
    texts((t) => t.segment.lifecycle.inactiveAfterSilence),
    // The map's silence multiple: a customer the ladder calls inactive is silent on the map too.
    DEFAULT_SILENCE_MULTIPLE,
    "ratio",
    defaultOf("inactiveMultiple"),
  );
  const inactiveMinDays = set.take(
    "inactiveMinDays",
    texts((t) => t.segment.lifecycle.inactiveMinimumSilenceDays),
    30,
    "days",
    defaultOf("inactiveMinDays"),
  );
  const inactiveDays = set.take(
    "inactiveDays",
    texts((t) => t.segment.lifecycle.inactiveWithoutRhythmAfter),
    DEFAULT_SILENCE_DAYS,
    "days",
    defaultOf("inactiveDays"),
  );
  const lostMultiple = set.take(
    "lostMultiple",
    texts((t) => t.segment.lifecycle.lostMultipleLabel),
    LOST_RHYTHM_MULTIPLE,
    "ratio",
    defaultOf("lostMultiple"),
  );
  const lostDays = set.take(
    "lostDays",
    texts((t) => t.segment.lifecycle.lostDaysLabel),
    YEAR_OF_SILENCE_DAYS,
    "days",
    defaultOf("lostDays"),
  );
  const newDays = set.take(
    "newDays",
    texts((t) => t.segment.lifecycle.newFirstPurchaseWithin),
    90,
    "days",
    defaultOf("newDays"),
  );
  const habitualPerYear = set.take(
    "habitualPerYear",
    texts((t) => t.segment.lifecycle.habitualFromPurchasesPer),
    4,
    "number",
    defaultOf("habitualPerYear"),
  );
  const exclusiveShare = hasWallet
    ? set.take(
        "exclusiveShare",
        texts((t) => t.segment.lifecycle.exclusiveFromShare),
        0.9,
        "percent",
        defaultOf("exclusiveShare"),
      )
    : NaN;
  const evangelistReferrals = hasReferralData
    ? set.take(
        "evangelistReferrals",
        texts((t) => t.segment.lifecycle.evangelistFromReferrals),
        1,
        "integer",
        defaultOf("evangelistReferrals"),
      )
    : NaN;
  const evangelistNps = hasReferralData
    ? set.take(
        "evangelistNps",
        texts((t) => t.segment.lifecycle.evangelistFromNpsScore),
        9,
        "number",
        defaultOf("evangelistNps"),
      )
    : NaN;

  const steps = ALL_STEPS.filter(
    (s) => (s.id !== "exclusive" || hasWallet) && (s.id !== "evangelist" || hasReferralData),
  );
  const indexOf = (id: string): number => steps.findIndex((s) => s.id === id);
  const at = {
    potential: indexOf("potential"),
    new: indexOf("new"),
    buyer: indexOf("buyer"),
    occasional: indexOf("occasional"),
    habitual: indexOf("habitual"),
    exclusive: indexOf("exclusive"),
    evangelist: indexOf("evangelist"),
    inactive: indexOf("inactive"),
    lost: indexOf("lost"),
  };

  const n = data.count;
  const explain = options.explain ?? true;
  const assignment = new Int32Array(n);
  const reasons: Localized[] = explain ? new Array(n) : noReasons(n);
  const purchasesColumn: (number | string)[] = new Array(n);
  // Own rhythm as the timeline states it (mean gap); the Customers sheet shows it in its own column.
  const rhythm = purchaseRhythmDays(data);
  const limits: LadderLimits = {
    words: perTextLanguage((lang) => inLang(LADDER_WORDS, lang)),
    lostMultiple,
    lostDays,
    newDays,
    habitualPerYear,
    exclusiveShare,
    evangelistReferrals,
    evangelistNps,
  };
  // One facts record reused for every customer (no per-customer objects besides the reason itself).
  const facts: LadderFacts = {
    rule: RULE_POTENTIAL,
    stepName: steps[0].name,
    purchases: 0,
    silence: NaN,
    gap: NaN,
    tenure: NaN,
    perYear: NaN,
    limit: NaN,
    referrals: NaN,
    nps: NaN,
    wallet: NaN,
  };
  let assumedPurchases = 0;
  for (let i = 0; i < n; i++) {
    let purchases = purchaseCount(data, i);
    const revenue = data.revenue[i];
    const last = data.lastPurchaseDay[i];
    if (Number.isNaN(purchases)) {
      // Orders unknown for this customer only: revenue or a purchase date proves at least one purchase.
      purchases = revenue > 0 || !Number.isNaN(last) ? 1 : 0;
      assumedPurchases++;
    }
    const silence = hasRecency ? recencyDays(data, i) : NaN;
    const gap = rhythm[i];
    const first = data.firstPurchaseDay[i];
    const tenure = Number.isNaN(first) ? NaN : Math.max(0, data.asOfDay - first);
    const perYear = Number.isNaN(tenure) ? NaN : purchases / Math.max(tenure / 365, 1);
    const lostLimit = Number.isNaN(gap) ? lostDays : Math.min(lostMultiple * gap, lostDays);
    const inactiveLimit = Number.isNaN(gap)
      ? inactiveDays
      : Math.max(inactiveMultiple * gap, inactiveMinDays);
    const referrals = data.referrals[i];
    const nps = data.nps[i];
    const wallet = data.shareOfWallet[i];

    let step: number;
    let rule: number;
    if (purchases <= 0 && isLostLeadStatus(data.leadStatus[i] ?? "")) {
      // A lead whose status says lost/rejected is no longer potential: it is a lost lead.
      step = at.lost;
      rule = RULE_LOST_LEAD;
    } else if (purchases <= 0) {
      step = at.potential;
      rule = RULE_POTENTIAL;
    } else if (silence > lostLimit) {
      step = at.lost;
      rule = RULE_LOST;
    } else if (silence > inactiveLimit) {
      step = at.inactive;
      rule = RULE_INACTIVE;
    } else if (tenure <= newDays) {
      step = at.new;
      rule = RULE_NEW;
    } else if (purchases === 1) {
      step = at.buyer;
      rule = RULE_BUYER;
    } else if (hasReferralData && (referrals >= evangelistReferrals || nps >= evangelistNps)) {
      step = at.evangelist;
      rule = RULE_EVANGELIST;
    } else if (hasWallet && wallet >= exclusiveShare) {
      step = at.exclusive;
      rule = RULE_EXCLUSIVE;
    } else if (Number.isNaN(perYear) ? purchases >= habitualPerYear : perYear >= habitualPerYear) {
      step = at.habitual;
      rule = RULE_HABITUAL;
    } else {
      step = at.occasional;
      rule = RULE_OCCASIONAL;
    }
    assignment[i] = step;
    purchasesColumn[i] = purchases;
    if (!explain) continue;
    facts.rule = rule;
    facts.stepName = steps[step].name;
    facts.purchases = purchases;
    facts.silence = silence;
    facts.gap = gap;
    facts.tenure = tenure;
    facts.perYear = perYear;
    facts.limit = rule === RULE_LOST ? lostLimit : inactiveLimit;
    facts.referrals = referrals;
    facts.nps = nps;
    facts.wallet = wallet;
    reasons[i] = flatLocalized((lang) => ladderReason(lang, facts, limits));
  }

  const notes: Localized[] = [];
  if (!hasWallet) {
    notes.push(texts((t) => t.segment.lifecycle.noShareOfWallet));
  }
  if (!hasReferralData) {
    notes.push(texts((t) => t.segment.lifecycle.noReferralOrNps));
  }
  if (!hasRecency) {
    notes.push(texts((t) => t.segment.lifecycle.noLastPurchaseDates));
  }
  if (!hasFirst) {
    notes.push(texts((t) => t.segment.lifecycle.noFirstPurchaseDates));
  }
  if (assumedPurchases > 0) {
    notes.push(
      texts((t, textLang) =>
        t.segment.lifecycle.withoutAnOrderCount(formatCount(assumedPurchases, NOUNS.customer, textLang)),
      ),
    );
  }
  return {
    definitions: steps,
    assignment,
    reasons,
    thresholds: set.used,
    settings: { exclusiveStep: hasWallet, evangelistStep: hasReferralData },
    notes,
    extraColumns: [
      {
        id: "purchases",
        header: texts((t) => t.segment.lifecycle.header),
        format: "integer",
        values: purchasesColumn,
      },
    ],
  };
}

/** Which rule placed a customer on the ladder (its text in a reason: t.segment.lifecycle.rules). */
const RULE_POTENTIAL = 0;
const RULE_LOST = 1;
const RULE_INACTIVE = 2;
const RULE_NEW = 3;
const RULE_BUYER = 4;
const RULE_EVANGELIST = 5;
const RULE_EXCLUSIVE = 6;
const RULE_HABITUAL = 7;
const RULE_OCCASIONAL = 8;
const RULE_LOST_LEAD = 9;

interface LadderFacts {
  rule: number;
  stepName: Localized;
  purchases: number;
  silence: number;
  gap: number;
  tenure: number;
  perYear: number;
  /** The silence limit that was crossed: lost limit for RULE_LOST, inactive limit otherwise. */
  limit: number;
  referrals: number;
  nps: number;
  wallet: number;
}

type LadderWords = Texts["segment"]["lifecycle"];

/** The reason texts of each language, picked once (not per customer). */
const LADDER_WORDS = fromPacks((t) => t.segment.lifecycle);

interface LadderLimits {
  /** The reason texts of each language (`LADDER_WORDS`, each read through `inLang`). */
  words: Record<TextLang, LadderWords>;
  lostMultiple: number;
  lostDays: number;
  newDays: number;
  habitualPerYear: number;
  exclusiveShare: number;
  evangelistReferrals: number;
  evangelistNps: number;
}

/**
 * One customer's reason in `lang`: the step, the rule that placed them there with their values and the
 * thresholds, then their purchases and silence. Plain calls, no helper closures: it runs twice per customer.
 */
function ladderReason(lang: TextLang, f: LadderFacts, t: LadderLimits): string {
  const words = t.words[lang];
  const rules = words.rules;
  let rule: string;
  switch (f.rule) {
    case RULE_POTENTIAL:
      rule = rules.potential;
      break;
    case RULE_LOST_LEAD:
      rule = rules.lostLead;
      break;
    case RULE_LOST:
      rule = rules.lost(
        formatDays(f.silence, lang),
        formatDays(f.limit, lang),
        rhythmText(f.gap, lang, rules),
        formatNumber(t.lostMultiple, lang, 1),
        formatDays(t.lostDays, lang),
      );
      break;
    case RULE_INACTIVE:
      rule = rules.inactive(
        formatDays(f.silence, lang),
        formatDays(f.limit, lang),
        rhythmText(f.gap, lang, rules),
      );
      break;
    case RULE_NEW:
      rule = rules.new(formatDays(f.tenure, lang), formatDays(t.newDays, lang));
      break;
    case RULE_BUYER:
      rule = rules.buyer;
      break;
    case RULE_EVANGELIST:
      rule = rules.evangelist(
        formatNumber(f.referrals, lang),
        formatNumber(f.nps, lang),
        formatCount(t.evangelistReferrals, NOUNS.referral, lang),
        formatNumber(t.evangelistNps, lang),
      );
      break;
    case RULE_EXCLUSIVE:
      rule = rules.exclusive(formatPercent(f.wallet, lang), formatPercent(t.exclusiveShare, lang));
      break;
    default:
      // Habitual and occasional: per year when the tenure is known, else the plain count.
      if (Number.isNaN(f.perYear)) {
        rule = rules.purchases(formatNumber(f.purchases, lang), formatNumber(t.habitualPerYear, lang));
      } else if (f.rule === RULE_HABITUAL) {
        rule = rules.habitual(formatNumber(f.perYear, lang, 1), formatNumber(t.habitualPerYear, lang));
      } else {
        rule = rules.occasional(formatNumber(f.perYear, lang, 1), formatNumber(t.habitualPerYear, lang));
      }
  }
  const step = tr(f.stepName, lang);
  return Number.isNaN(f.silence)
    ? words.reason(step, rule, formatNumber(f.purchases, lang))
    : words.reasonWithSilence(step, rule, formatNumber(f.purchases, lang), formatDays(f.silence, lang));
}

function rhythmText(gap: number, lang: TextLang, rules: LadderWords["rules"]): string {
  return Number.isNaN(gap) ? rules.noRhythm : rules.ownGap(formatDays(gap, lang));
}

/** The customer lifecycle ladder in the method registry (method-registry.ts). */
export const lifecycleMethod: MethodDescriptor<"lifecycle"> = {
  id: "lifecycle",
  label: texts((t) => t.segment.lifecycle.lifecycleMethodLabel),
  name: texts((t) => t.segment.lifecycle.lifecycleMethodName),
  description: texts((t) => t.segment.lifecycle.lifecycleMethodDescription),
  argument: texts((t) => t.segment.lifecycle.lifecycleMethodArgument),
  aliases: ["lifecycle ladder", "ladder", "ciclo de vida", "ciclo", "escalera"],
  segmentColors: colors,
  segmentStanding: {
    habitual: "valuable",
    exclusive: "valuable",
    evangelist: "valuable",
    inactive: "slipping",
    lost: "slipping",
  },
  thresholdIds: LIFECYCLE_THRESHOLD_IDS,
  optionIds: [],
  stableSegmentIds: true,
  segment: (data, options) => segmentLifecycle(data, options),
};
