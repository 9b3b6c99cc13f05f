/**
 * The customer-type ladder (seed "customer-types"): Potential → New → Buyer → Occasional → Habitual →
 * Exclusive → Evangelist, plus Inactive and Lost, with recency judged against each customer's own rhythm.
 *
 * Rules, first match wins:
 * 1. **Potential** — no purchase yet (0 purchases, or no revenue, orders nor purchase date): a lead.
 * 2. **Lost** — silent longer than `lostMultiple` (4) × own mean gap between purchases, or longer than
 *    `lostDays` (365) whatever the rhythm.
 * 3. **Inactive** — silent longer than max(`inactiveMultiple` (2) × own mean gap, `inactiveMinDays` (30)), or,
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
import { CoreError } from "../errors";
import type { CustomerData } from "../model";
import type { Lang, Localized } from "../types";
import { formatNumber, formatPercent } from "./format-values";
import { SEGMENT_COLORS } from "./palette";
import { meanGapDays, purchaseCount, recencyDays } from "./purchase-rhythm";
import { type SegmentationDraft, type SegmentDefinition, ThresholdSet } from "./segmentation-builder";

const colors = SEGMENT_COLORS.lifecycle;

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
    "Re-engagement: contacte antes de perderlos.",
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
}

export function segmentLifecycle(data: CustomerData, options: LifecycleOptions = {}): SegmentationDraft {
  if (!data.available.orders && !data.history) {
    throw new CoreError(
      "lifecycle-missing-purchases",
      {
        en: "The customer ladder needs the number of purchases per customer. Map a column to “Orders”, or use transaction data.",
        es: "La escalera de clientes necesita el número de compras por cliente. Asigne una columna a «Pedidos» o use datos de transacciones.",
      },
      "orders",
    );
  }
  const set = new ThresholdSet(options.thresholds);
  set.rejectUnknown("lifecycle", LIFECYCLE_THRESHOLD_IDS);
  const days = (en: string, es: string): Localized => ({ en: `default: ${en}`, es: `por defecto: ${es}` });
  const hasRecency = data.available.lastPurchaseDay;
  const hasFirst = data.available.firstPurchaseDay;
  const hasReferralData = data.available.referrals || data.available.nps;
  const hasWallet = data.available.shareOfWallet;

  const inactiveMultiple = set.take(
    "inactiveMultiple",
    { en: "Inactive after silence of (× own gap)", es: "Inactivo tras un silencio de (× intervalo propio)" },
    2,
    "ratio",
    days("2 × own mean gap", "2 × intervalo medio propio"),
  );
  const inactiveMinDays = set.take(
    "inactiveMinDays",
    { en: "Inactive: minimum silence (days)", es: "Inactivo: silencio mínimo (días)" },
    30,
    "days",
    days("30 days", "30 días"),
  );
  const inactiveDays = set.take(
    "inactiveDays",
    { en: "Inactive without rhythm after (days)", es: "Inactivo sin ritmo tras (días)" },
    180,
    "days",
    days("180 days", "180 días"),
  );
  const lostMultiple = set.take(
    "lostMultiple",
    { en: "Lost after silence of (× own gap)", es: "Perdido tras un silencio de (× intervalo propio)" },
    4,
    "ratio",
    days("4 × own mean gap", "4 × intervalo medio propio"),
  );
  const lostDays = set.take(
    "lostDays",
    { en: "Lost after silence of (days)", es: "Perdido tras un silencio de (días)" },
    365,
    "days",
    days("365 days", "365 días"),
  );
  const newDays = set.take(
    "newDays",
    { en: "New: first purchase within (days)", es: "Nuevo: primera compra en los últimos (días)" },
    90,
    "days",
    days("90 days", "90 días"),
  );
  const habitualPerYear = set.take(
    "habitualPerYear",
    { en: "Habitual from (purchases per year)", es: "Habitual desde (compras al año)" },
    4,
    "number",
    days("4 purchases a year (quarterly)", "4 compras al año (trimestral)"),
  );
  const exclusiveShare = hasWallet
    ? set.take(
        "exclusiveShare",
        { en: "Exclusive from share of wallet", es: "Exclusivo desde cuota de gasto" },
        0.9,
        "percent",
        days("90 %", "90 %"),
      )
    : NaN;
  const evangelistReferrals = hasReferralData
    ? set.take(
        "evangelistReferrals",
        { en: "Evangelist from referrals", es: "Evangelizador desde recomendaciones" },
        1,
        "integer",
        days("1 referral", "1 recomendación"),
      )
    : NaN;
  const evangelistNps = hasReferralData
    ? set.take(
        "evangelistNps",
        { en: "Evangelist from NPS score", es: "Evangelizador desde puntuación NPS" },
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
  const assignment = new Int32Array(n);
  const reasons: Localized[] = new Array(n);
  const purchasesColumn: (number | string)[] = new Array(n);
  const gapColumn: (number | string)[] = new Array(n);
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
    const gap = meanGapDays(data, i);
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
    let rule: Localized;
    const f = (v: number, lang: Lang, d = 0): string => formatNumber(v, lang, d);
    const rhythm = (lang: Lang): string =>
      Number.isNaN(gap)
        ? lang === "en"
          ? "no buying rhythm yet"
          : "sin ritmo de compra aún"
        : lang === "en"
          ? `own gap ${f(gap, lang)} days`
          : `intervalo propio ${f(gap, lang)} días`;
    if (purchases <= 0) {
      step = at.potential;
      rule = { en: "no purchase yet", es: "aún sin compras" };
    } else if (silence > lostLimit) {
      step = at.lost;
      rule = {
        en: `no purchase for ${f(silence, "en")} days, more than ${f(lostLimit, "en")} (${rhythm("en")}; lost at ${f(lostMultiple, "en", 1)} × gap or ${f(lostDays, "en")} days)`,
        es: `sin compras desde hace ${f(silence, "es")} días, más de ${f(lostLimit, "es")} (${rhythm("es")}; perdido a ${f(lostMultiple, "es", 1)} × intervalo o ${f(lostDays, "es")} días)`,
      };
    } else if (silence > inactiveLimit) {
      step = at.inactive;
      rule = {
        en: `no purchase for ${f(silence, "en")} days, more than ${f(inactiveLimit, "en")} (${rhythm("en")})`,
        es: `sin compras desde hace ${f(silence, "es")} días, más de ${f(inactiveLimit, "es")} (${rhythm("es")})`,
      };
    } else if (tenure <= newDays) {
      step = at.new;
      rule = {
        en: `first purchase ${f(tenure, "en")} days ago (new within ${f(newDays, "en")} days)`,
        es: `primera compra hace ${f(tenure, "es")} días (nuevo durante ${f(newDays, "es")} días)`,
      };
    } else if (purchases === 1) {
      step = at.buyer;
      rule = { en: "one purchase", es: "una compra" };
    } else if (hasReferralData && (referrals >= evangelistReferrals || nps >= evangelistNps)) {
      step = at.evangelist;
      rule = {
        en: `repeat customer who recommends us (referrals ${f(referrals, "en")}, NPS ${f(nps, "en")}; from ${f(evangelistReferrals, "en")} referral(s) or NPS ${f(evangelistNps, "en")})`,
        es: `cliente recurrente que nos recomienda (recomendaciones ${f(referrals, "es")}, NPS ${f(nps, "es")}; desde ${f(evangelistReferrals, "es")} recomendación(es) o NPS ${f(evangelistNps, "es")})`,
      };
    } else if (hasWallet && wallet >= exclusiveShare) {
      step = at.exclusive;
      rule = {
        en: `share of wallet ${formatPercent(wallet, "en")} (exclusive from ${formatPercent(exclusiveShare, "en")})`,
        es: `cuota de gasto ${formatPercent(wallet, "es")} (exclusivo desde ${formatPercent(exclusiveShare, "es")})`,
      };
    } else if (Number.isNaN(perYear) ? purchases >= habitualPerYear : perYear >= habitualPerYear) {
      step = at.habitual;
      rule = Number.isNaN(perYear)
        ? {
            en: `${f(purchases, "en")} purchases (habitual from ${f(habitualPerYear, "en")})`,
            es: `${f(purchases, "es")} compras (habitual desde ${f(habitualPerYear, "es")})`,
          }
        : {
            en: `${f(perYear, "en", 1)} purchases a year (habitual from ${f(habitualPerYear, "en")})`,
            es: `${f(perYear, "es", 1)} compras al año (habitual desde ${f(habitualPerYear, "es")})`,
          };
    } else {
      step = at.occasional;
      rule = Number.isNaN(perYear)
        ? {
            en: `${f(purchases, "en")} purchases (habitual from ${f(habitualPerYear, "en")})`,
            es: `${f(purchases, "es")} compras (habitual desde ${f(habitualPerYear, "es")})`,
          }
        : {
            en: `repeat buyer, ${f(perYear, "en", 1)} purchases a year (habitual from ${f(habitualPerYear, "en")})`,
            es: `comprador recurrente, ${f(perYear, "es", 1)} compras al año (habitual desde ${f(habitualPerYear, "es")})`,
          };
    }
    assignment[i] = step;
    purchasesColumn[i] = purchases;
    gapColumn[i] = Number.isNaN(gap) ? "" : gap;
    const silenceText = Number.isNaN(silence)
      ? { en: "", es: "" }
      : {
          en: `; last purchase ${f(silence, "en")} days ago`,
          es: `; última compra hace ${f(silence, "es")} días`,
        };
    reasons[i] = {
      en: `${steps[step].name.en}: ${rule.en}. Purchases ${f(purchases, "en")}${silenceText.en}.`,
      es: `${steps[step].name.es}: ${rule.es}. Compras ${f(purchases, "es")}${silenceText.es}.`,
    };
  }

  const notes: Localized[] = [];
  if (!hasWallet) {
    notes.push({
      en: "No share-of-wallet data: the Exclusive step is left out.",
      es: "Sin datos de cuota de gasto: se omite el escalón Exclusivo.",
    });
  }
  if (!hasReferralData) {
    notes.push({
      en: "No referral or NPS data: the Evangelist step is left out.",
      es: "Sin datos de recomendaciones ni NPS: se omite el escalón Evangelizador.",
    });
  }
  if (!hasRecency) {
    notes.push({
      en: "No last-purchase dates: Inactive and Lost cannot be detected.",
      es: "Sin fechas de última compra: no se pueden detectar Inactivos ni Perdidos.",
    });
  }
  if (!hasFirst) {
    notes.push({
      en: "No first-purchase dates: New cannot be detected and Habitual is judged on the number of purchases.",
      es: "Sin fechas de primera compra: no se detectan Nuevos y Habitual se juzga por el número de compras.",
    });
  }
  if (assumedPurchases > 0) {
    notes.push({
      en: `${assumedPurchases} customer(s) have no order count: one purchase assumed when they have revenue or a purchase date, none otherwise.`,
      es: `${assumedPurchases} cliente(s) no tienen número de pedidos: se supone una compra si tienen facturación o fecha de compra, ninguna si no.`,
    });
  }
  return {
    method: "lifecycle",
    definitions: steps,
    assignment,
    reasons,
    thresholds: set.used,
    settings: { exclusiveStep: hasWallet, evangelistStep: hasReferralData },
    notes,
    extraColumns: [
      {
        id: "purchases",
        header: { en: "Purchases", es: "Compras" },
        format: "integer",
        values: purchasesColumn,
      },
      {
        id: "meanGapDays",
        header: { en: "Mean days between purchases", es: "Días medios entre compras" },
        format: "days",
        values: gapColumn,
      },
    ],
  };
}
