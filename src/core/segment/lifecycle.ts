/**
 * The customer-type ladder (seed "customer-types"): Potential → New → Buyer → Occasional → Habitual →
 * Exclusive → Evangelist, plus Inactive and Lost, with recency judged against each customer's own rhythm.
 *
 * Rules, first match wins:
 * 1. **Potential** — no purchase yet (0 purchases, or no revenue, orders nor purchase date): a lead. A lead
 *    whose status says lost ("lost", "perdido", "rechazado"...) is **Lost**, never Potential.
 * 2. **Lost** — silent longer than `lostMultiple` (4) × own purchase rhythm (median gap between purchases, `timeline.ts`), or longer than
 *    `lostDays` (365) whatever the rhythm.
 * 3. **Inactive** — silent longer than max(`inactiveMultiple` (2) × own rhythm, `inactiveMinDays` (30)), or,
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
import { purchaseRhythmDays } from "../timeline";
import {
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
  ThresholdSet,
} from "./segmentation-builder";
import type { MethodDescriptor } from "./method-registry";
import { type TextLang } from "../language";
import { texts } from "../../i18n/texts";

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

function define(id: string, en: string, es: string, actionEn: string, actionEs: string): SegmentDefinition {
  return { id, name: { en, es }, action: { en: actionEn, es: actionEs }, color: colors[id] };
}

const ALL_STEPS: SegmentDefinition[] = [
  define(
    "potential",
    "Potential",
    "Potencial",
    "Convert: qualify the lead and make a first offer.",
    "Convertir: cualifique el contacto y haga una primera oferta.",
  ),
  define(
    "new",
    "New",
    "Nuevo",
    "Onboard: make the first experience good and plan the second purchase.",
    "Acoger: cuide la primera experiencia y prepare la segunda compra.",
  ),
  define(
    "buyer",
    "Buyer",
    "Comprador",
    "Bring them back for a second purchase.",
    "Consiga una segunda compra.",
  ),
  define(
    "occasional",
    "Occasional",
    "Eventual",
    "Develop: raise frequency, become their main supplier.",
    "Desarrollar: aumente la frecuencia y conviértase en su proveedor principal.",
  ),
  define(
    "habitual",
    "Habitual",
    "Habitual",
    "Win a larger share of their purchases; cross-sell.",
    "Gane más parte de sus compras; venta cruzada.",
  ),
  define(
    "exclusive",
    "Exclusive",
    "Exclusivo",
    "Loyalty: protect the relationship; ask for referrals.",
    "Fidelización: proteja la relación; pida recomendaciones.",
  ),
  define(
    "evangelist",
    "Evangelist",
    "Evangelizador",
    "Look after them: information, arguments and help to bring new customers.",
    "Cuídelos: información, argumentos y facilidades para atraer nuevos clientes.",
  ),
  define(
    "inactive",
    "Inactive",
    "Inactivo",
    "Re-engagement: contact them before they are lost.",
    "Reactivación: contacte antes de perderlos.",
  ),
  define(
    "lost",
    "Lost",
    "Perdido",
    "Win-back campaign, or serve at low cost.",
    "Campaña de recuperación, o atención de bajo coste.",
  ),
];

export const LIFECYCLE_THRESHOLD_IDS = [
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

export interface LifecycleOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
}

export function segmentLifecycle(data: CustomerData, options: LifecycleOptions = {}): SegmentationDraft {
  if (!data.available.orders && !data.history) {
    throw new CoreError(
      "lifecycle-missing-purchases",
      texts((t) => t.segment.lifecycle.theCustomerLadderNeeds),
      "orders",
    );
  }
  const set = new ThresholdSet(options.thresholds);
  const days = (en: string, es: string): Localized => texts((t) => t.segment.lifecycle.default(en, es));
  const hasRecency = data.available.lastPurchaseDay;
  const hasFirst = data.available.firstPurchaseDay;
  const hasReferralData = data.available.referrals || data.available.nps;
  const hasWallet = data.available.shareOfWallet;

  const inactiveMultiple = set.take(
    "inactiveMultiple",
    texts((t) => t.segment.lifecycle.inactiveAfterSilenceOf),
    2,
    "ratio",
    days("2 × own rhythm (median gap)", "2 × ritmo propio (intervalo mediano)"),
  );
  const inactiveMinDays = set.take(
    "inactiveMinDays",
    texts((t) => t.segment.lifecycle.inactiveMinimumSilenceDays),
    30,
    "days",
    days("30 days", "30 días"),
  );
  const inactiveDays = set.take(
    "inactiveDays",
    texts((t) => t.segment.lifecycle.inactiveWithoutRhythmAfter),
    180,
    "days",
    days("180 days", "180 días"),
  );
  const lostMultiple = set.take(
    "lostMultiple",
    texts((t) => t.segment.lifecycle.lostAfterSilenceOf),
    4,
    "ratio",
    days("4 × own rhythm (median gap)", "4 × ritmo propio (intervalo mediano)"),
  );
  const lostDays = set.take(
    "lostDays",
    texts((t) => t.segment.lifecycle.lostAfterSilenceOf2),
    365,
    "days",
    days("365 days", "365 días"),
  );
  const newDays = set.take(
    "newDays",
    texts((t) => t.segment.lifecycle.newFirstPurchaseWithin),
    90,
    "days",
    days("90 days", "90 días"),
  );
  const habitualPerYear = set.take(
    "habitualPerYear",
    texts((t) => t.segment.lifecycle.habitualFromPurchasesPer),
    4,
    "number",
    days("4 purchases a year (quarterly)", "4 compras al año (trimestral)"),
  );
  const exclusiveShare = hasWallet
    ? set.take(
        "exclusiveShare",
        texts((t) => t.segment.lifecycle.exclusiveFromShareOf),
        0.9,
        "percent",
        days("90 %", "90 %"),
      )
    : NaN;
  const evangelistReferrals = hasReferralData
    ? set.take(
        "evangelistReferrals",
        texts((t) => t.segment.lifecycle.evangelistFromReferrals),
        1,
        "integer",
        days("1 referral", "1 recomendación"),
      )
    : NaN;
  const evangelistNps = hasReferralData
    ? set.take(
        "evangelistNps",
        texts((t) => t.segment.lifecycle.evangelistFromNpsScore),
        9,
        "number",
        days("9 (promoter)", "9 (promotor)"),
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
  // Own rhythm as the timeline states it (median gap); the Customers sheet shows it in its own column.
  const rhythm = purchaseRhythmDays(data);
  const limits: LadderLimits = {
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

/** Which rule placed a customer on the ladder (the reason text of each is in `ladderReason`). */
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

interface LadderLimits {
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
  const en = lang === "en";
  let rule: string;
  switch (f.rule) {
    case RULE_POTENTIAL:
      rule = en ? "no purchase yet" : "aún sin compras";
      break;
    case RULE_LOST_LEAD:
      rule = en ? "lead marked as lost, never bought" : "contacto marcado como perdido, nunca compró";
      break;
    case RULE_LOST:
      rule = en
        ? `no purchase for ${formatDays(f.silence, lang)}, more than ${formatDays(f.limit, lang)} (${rhythmText(f.gap, lang)}; lost at ${formatNumber(t.lostMultiple, lang, 1)} × gap or ${formatDays(t.lostDays, lang)})`
        : `sin compras desde hace ${formatDays(f.silence, lang)}, más de ${formatDays(f.limit, lang)} (${rhythmText(f.gap, lang)}; perdido a ${formatNumber(t.lostMultiple, lang, 1)} × intervalo o ${formatDays(t.lostDays, lang)})`;
      break;
    case RULE_INACTIVE:
      rule = en
        ? `no purchase for ${formatDays(f.silence, lang)}, more than ${formatDays(f.limit, lang)} (${rhythmText(f.gap, lang)})`
        : `sin compras desde hace ${formatDays(f.silence, lang)}, más de ${formatDays(f.limit, lang)} (${rhythmText(f.gap, lang)})`;
      break;
    case RULE_NEW:
      rule = en
        ? `first purchase ${formatDays(f.tenure, lang)} ago (new within ${formatDays(t.newDays, lang)})`
        : `primera compra hace ${formatDays(f.tenure, lang)} (nuevo durante ${formatDays(t.newDays, lang)})`;
      break;
    case RULE_BUYER:
      rule = en ? "one purchase" : "una compra";
      break;
    case RULE_EVANGELIST:
      rule = en
        ? `repeat customer who recommends us (referrals ${formatNumber(f.referrals, lang)}, NPS ${formatNumber(f.nps, lang)}; from ${formatCount(t.evangelistReferrals, NOUNS.referral, lang)} or NPS ${formatNumber(t.evangelistNps, lang)})`
        : `cliente recurrente que nos recomienda (recomendaciones ${formatNumber(f.referrals, lang)}, NPS ${formatNumber(f.nps, lang)}; desde ${formatCount(t.evangelistReferrals, NOUNS.referral, lang)} o NPS ${formatNumber(t.evangelistNps, lang)})`;
      break;
    case RULE_EXCLUSIVE:
      rule = en
        ? `share of wallet ${formatPercent(f.wallet, lang)} (exclusive from ${formatPercent(t.exclusiveShare, lang)})`
        : `cuota de gasto ${formatPercent(f.wallet, lang)} (exclusivo desde ${formatPercent(t.exclusiveShare, lang)})`;
      break;
    default:
      // Habitual and occasional: per year when the tenure is known, else the plain count.
      if (Number.isNaN(f.perYear)) {
        rule = en
          ? `${formatNumber(f.purchases, lang)} purchases (habitual from ${formatNumber(t.habitualPerYear, lang)})`
          : `${formatNumber(f.purchases, lang)} compras (habitual desde ${formatNumber(t.habitualPerYear, lang)})`;
      } else if (f.rule === RULE_HABITUAL) {
        rule = en
          ? `${formatNumber(f.perYear, lang, 1)} purchases a year (habitual from ${formatNumber(t.habitualPerYear, lang)})`
          : `${formatNumber(f.perYear, lang, 1)} compras al año (habitual desde ${formatNumber(t.habitualPerYear, lang)})`;
      } else {
        rule = en
          ? `repeat buyer, ${formatNumber(f.perYear, lang, 1)} purchases a year (habitual from ${formatNumber(t.habitualPerYear, lang)})`
          : `comprador recurrente, ${formatNumber(f.perYear, lang, 1)} compras al año (habitual desde ${formatNumber(t.habitualPerYear, lang)})`;
      }
  }
  const silenceText = Number.isNaN(f.silence)
    ? ""
    : en
      ? `; last purchase ${formatDays(f.silence, lang)} ago`
      : `; última compra hace ${formatDays(f.silence, lang)}`;
  return en
    ? `${f.stepName.en}: ${rule}. Purchases ${formatNumber(f.purchases, lang)}${silenceText}.`
    : `${f.stepName.es}: ${rule}. Compras ${formatNumber(f.purchases, lang)}${silenceText}.`;
}

function rhythmText(gap: number, lang: TextLang): string {
  return Number.isNaN(gap)
    ? lang === "en"
      ? "no buying rhythm yet"
      : "sin ritmo de compra aún"
    : lang === "en"
      ? `own gap ${formatDays(gap, lang)}`
      : `intervalo propio ${formatDays(gap, lang)}`;
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
