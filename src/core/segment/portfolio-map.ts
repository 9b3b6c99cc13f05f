/**
 * The portfolio map (KBOX customer map, the default segmentation): value × profitability × trend.
 *
 * Rules, first match wins (each customer gets exactly one segment):
 * 1. **At risk** — revenue fell by `declineMin` or more against the previous period, or the customer has been
 *    silent longer than `silenceMultiple` × their own mean gap between purchases (`silenceDays` when they have
 *    no rhythm yet). → re-engagement.
 * 2. **Growth potential** — revenue grew by `growthMin` or more and the customer is not already strategic
 *    (moderate today, growing). → develop with targeted campaigns.
 * 3. **Strategic / VIP** — high value and high margin. → loyalty.
 * 4. **High volume, low margin** — high value, low margin. → optimise profitability, renegotiate conditions.
 * 5. **Low volume, high margin** — low value, high margin. → develop: cross-sell, frequency.
 * 6. **Maintain** — low value, low margin, stable. → serve at low cost.
 *
 * Default thresholds, all from the portfolio itself and overridable by id:
 * - `valueShare` = 80 %: the customers that together make the first 80 % of revenue (largest first) are "high
 *   value"; `valueMin` (money) = the revenue of the last of them. High value ⇔ revenue ≥ valueMin and > 0.
 * - `marginPercentMin` = revenue-weighted average margin % (total margin / total revenue of customers with a
 *   known margin). High margin ⇔ margin % ≥ it. Unknown margin % (no margin, or revenue 0) counts as low.
 * - `growthMin` = `declineMin` = 15 % period over period (revenue vs previousRevenue). Previous revenue 0 and
 *   revenue > 0 is growth (new business).
 * - `silenceMultiple` = 2 × own mean gap; `silenceDays` = 180 days for customers without a rhythm.
 * Without margin data the map is value × trend (high value → Strategic, low → Maintain) and says so; negative
 * margins are valid (they are simply low margin).
 *
 * Cost: O(n log n) for the value threshold (one sort), O(n) otherwise, plus the reasons' strings.
 */
import { marginPercentOf, revenueTrendOf } from "../customer-data";
import type { CustomerColumn, CustomerData } from "../model";
import type { Lang, Localized } from "../types";
import { formatChange, formatNumber, formatPercent } from "./format-values";
import { SEGMENT_COLORS } from "./palette";
import { meanGapDays, recencyDays } from "./purchase-rhythm";
import {
  type GridDraft,
  noReasons,
  type SegmentationDraft,
  type SegmentDefinition,
  ThresholdSet,
} from "./segmentation-builder";
import { capitalize } from "../text";

export interface PortfolioOptions {
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
}

export const PORTFOLIO_THRESHOLD_IDS = [
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

const colors = SEGMENT_COLORS.portfolio;

export const PORTFOLIO_SEGMENTS: SegmentDefinition[] = [
  {
    id: "strategic",
    name: { en: "Strategic / VIP", es: "Estratégicos / VIP" },
    action: {
      en: "Loyalty: long-term loyalty and growth plans to keep a stable, satisfying relationship.",
      es: "Fidelización: estrategias de fidelización y crecimiento a largo plazo para una relación estable y satisfactoria.",
    },
    color: colors.strategic,
  },
  {
    id: "high-volume-low-margin",
    name: { en: "High volume, low margin", es: "Alto volumen, baja rentabilidad" },
    action: {
      en: "Optimise profitability: review processes and renegotiate commercial conditions.",
      es: "Optimizar rentabilidad: optimizar procesos o renegociar condiciones comerciales.",
    },
    color: colors["high-volume-low-margin"],
  },
  {
    id: "low-volume-high-margin",
    name: { en: "Low volume, high margin", es: "Bajo volumen, alta rentabilidad" },
    action: {
      en: "Develop: cross-sell and raise purchase frequency.",
      es: "Desarrollar: venta cruzada y aumento de la frecuencia de compra.",
    },
    color: colors["low-volume-high-margin"],
  },
  {
    id: "growth-potential",
    name: { en: "Growth potential", es: "Potencial de crecimiento" },
    action: {
      en: "Develop the customer: targeted campaigns for their potential.",
      es: "Desarrollar el cliente: campañas específicas según su potencial.",
    },
    color: colors["growth-potential"],
  },
  {
    id: "at-risk",
    name: { en: "At risk", es: "En riesgo" },
    action: {
      en: "Re-engagement: personalised retention campaigns to win back their interest.",
      es: "Reactivación: campañas de retención personalizadas para reactivar su interés.",
    },
    color: colors["at-risk"],
  },
  {
    id: "maintain",
    name: { en: "Maintain", es: "Mantener" },
    action: {
      en: "Maintain: serve at low cost (standard conditions, digital channels).",
      es: "Mantener: atender con bajo coste de servicio (condiciones estándar, canales digitales).",
    },
    color: colors.maintain,
  },
];

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

export function segmentPortfolio(data: CustomerData, options: PortfolioOptions = {}): SegmentationDraft {
  const n = data.count;
  const set = new ThresholdSet(options.thresholds);
  set.rejectUnknown("portfolio", PORTFOLIO_THRESHOLD_IDS);
  const hasMargin = data.available.marginAmount;
  const hasTrend = data.available.previousRevenue;
  const hasRecency = data.available.lastPurchaseDay;

  const valueShare = set.take(
    "valueShare",
    {
      en: "Share of revenue made by high-value customers",
      es: "Parte de la facturación de los clientes de alto valor",
    },
    0.8,
    "percent",
    {
      en: "default: the customers making 80 % of revenue are high value",
      es: "por defecto: los clientes que suman el 80 % de la facturación son de alto valor",
    },
  );
  const valueMin = set.take(
    "valueMin",
    { en: "Minimum revenue of a high-value customer", es: "Facturación mínima de un cliente de alto valor" },
    valueThresholdForShare(data.revenue, valueShare),
    "money",
    {
      en: `revenue of the last customer within the first ${formatPercent(valueShare, "en", 0)} of revenue`,
      es: `facturación del último cliente dentro del primer ${formatPercent(valueShare, "es", 0)} de la facturación`,
    },
  );
  const marginMin = hasMargin
    ? set.take(
        "marginPercentMin",
        {
          en: "Minimum margin % of a high-margin customer",
          es: "Margen % mínimo de un cliente de alta rentabilidad",
        },
        weightedMarginPercent(data),
        "percent",
        {
          en: "revenue-weighted average margin % of the portfolio",
          es: "margen % medio de la cartera ponderado por facturación",
        },
      )
    : NaN;
  const growthMin = hasTrend
    ? set.take(
        "growthMin",
        {
          en: "Revenue growth that counts as growing",
          es: "Crecimiento de facturación que cuenta como crecer",
        },
        0.15,
        "percent",
        { en: "default: +15 % vs previous period", es: "por defecto: +15 % frente al periodo anterior" },
      )
    : NaN;
  const declineMin = hasTrend
    ? set.take(
        "declineMin",
        {
          en: "Revenue drop that counts as a clear decline",
          es: "Caída de facturación que cuenta como declive claro",
        },
        0.15,
        "percent",
        { en: "default: −15 % vs previous period", es: "por defecto: −15 % frente al periodo anterior" },
      )
    : NaN;
  const silenceMultiple = hasRecency
    ? set.take(
        "silenceMultiple",
        {
          en: "Silence, in multiples of the customer's own gap between purchases",
          es: "Silencio, en múltiplos del intervalo propio del cliente entre compras",
        },
        2,
        "ratio",
        {
          en: "default: twice the customer's own mean gap",
          es: "por defecto: el doble del intervalo medio propio",
        },
      )
    : NaN;
  const silenceDays = hasRecency
    ? set.take(
        "silenceDays",
        {
          en: "Silence (days) for customers without a buying rhythm",
          es: "Silencio (días) para clientes sin ritmo de compra",
        },
        180,
        "days",
        { en: "default: 180 days", es: "por defecto: 180 días" },
      )
    : NaN;

  const explain = options.explain ?? true;
  const assignment = new Int32Array(n);
  const reasons: Localized[] = explain ? new Array(n) : noReasons(n);
  // One facts record reused for every customer (no per-customer objects besides the reason itself).
  const limits: PortfolioLimits = { valueMin, marginMin, growthMin, declineMin, silenceMultiple };
  const facts: PortfolioFacts = {
    revenue: 0,
    highValue: false,
    marginPercent: NaN,
    highMargin: false,
    trend: NaN,
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
  const marginColumns = hasMargin ? 2 : 1;
  const cellOf = new Int32Array(n);
  const marginColumn: (number | string)[] = hasMargin ? new Array(n) : [];
  const trendColumn: (number | string)[] = hasTrend ? new Array(n) : [];
  const recencyColumn: (number | string)[] = hasRecency ? new Array(n) : [];
  const limitColumn: (number | string)[] = hasRecency ? new Array(n) : [];
  let unknownMargin = 0;

  for (let i = 0; i < n; i++) {
    const revenue = data.revenue[i];
    const highValue = revenue > 0 && revenue >= valueMin;
    const marginPercent = hasMargin ? marginPercentOf(data, i) : NaN;
    if (hasMargin && Number.isNaN(marginPercent)) unknownMargin++;
    const highMargin = hasMargin && marginPercent >= marginMin;
    const trend = hasTrend ? revenueTrendOf(data, i) : NaN;
    // A tiny tolerance so a change of exactly the threshold (115 / 100 − 1 = 0.1499…) counts, as documented.
    const declining = trend <= -declineMin + 1e-9;
    const growing = trend >= growthMin - 1e-9;
    const silence = hasRecency ? recencyDays(data, i) : NaN;
    const gap = hasRecency ? meanGapDays(data, i) : NaN;
    const silenceLimit = Number.isNaN(gap) ? silenceDays : silenceMultiple * gap;
    const silent = silence > silenceLimit;

    let segment: number;
    if (declining || silent) segment = AT_RISK;
    else if (growing && !(highValue && (highMargin || !hasMargin))) segment = GROWTH;
    else if (highValue) segment = !hasMargin || highMargin ? STRATEGIC : HIGH_VOLUME_LOW_MARGIN;
    else segment = highMargin ? LOW_VOLUME_HIGH_MARGIN : MAINTAIN;
    assignment[i] = segment;

    const band = declining || silent ? DECLINING : growing ? GROWING : STABLE;
    const row = rowBands.indexOf(band) + (highValue ? 0 : rowBands.length);
    cellOf[i] = row * marginColumns + (hasMargin && !highMargin ? 1 : 0);

    if (hasMargin) marginColumn[i] = Number.isNaN(marginPercent) ? "" : marginPercent;
    if (hasTrend) trendColumn[i] = Number.isFinite(trend) ? trend : "";
    if (hasRecency) {
      recencyColumn[i] = Number.isNaN(silence) ? "" : silence;
      limitColumn[i] = silenceLimit;
    }

    if (!explain) continue;
    facts.revenue = revenue;
    facts.highValue = highValue;
    facts.marginPercent = marginPercent;
    facts.highMargin = highMargin;
    facts.trend = trend;
    facts.declining = declining;
    facts.growing = growing;
    facts.silence = silence;
    facts.gap = gap;
    facts.silent = silent;
    facts.silenceLimit = silenceLimit;
    reasons[i] = {
      en: portfolioReason("en", segment, facts, limits),
      es: portfolioReason("es", segment, facts, limits),
    };
  }

  const notes: Localized[] = [];
  if (!hasMargin) {
    notes.push({
      en: "No margin data: the map uses value × trend only (high value → Strategic / VIP, low value → Maintain); map a margin or cost column to separate profitable from unprofitable customers.",
      es: "Sin datos de margen: el mapa usa solo valor × tendencia (alto valor → Estratégicos / VIP, bajo valor → Mantener); asigne una columna de margen o coste para separar clientes rentables y no rentables.",
    });
  } else if (unknownMargin > 0) {
    notes.push({
      en: `${unknownMargin} customer(s) have no margin % (margin missing or revenue 0) and count as low margin.`,
      es: `${unknownMargin} cliente(s) no tienen margen % (margen ausente o facturación 0) y cuentan como baja rentabilidad.`,
    });
  }
  if (!hasTrend) {
    notes.push({
      en: "No previous-period revenue: growth and decline cannot be judged; map a previous-period revenue column or use transaction data with dates.",
      es: "Sin facturación del periodo anterior: no se puede juzgar crecimiento ni declive; asigne una columna de facturación del periodo anterior o use datos de transacciones con fechas.",
    });
  }
  if (!hasRecency) {
    notes.push({
      en: "No last-purchase dates: long silences cannot be detected.",
      es: "Sin fechas de última compra: no se pueden detectar silencios largos.",
    });
  }
  if (!(valueMin > 0) || !data.revenue.some((r) => r > 0)) {
    notes.push({
      en: "No customer has positive revenue, so no customer is high value.",
      es: "Ningún cliente tiene facturación positiva, así que ninguno es de alto valor.",
    });
  }

  const extraColumns: CustomerColumn[] = [];
  if (hasMargin) {
    extraColumns.push({
      id: "marginPercent",
      header: { en: "Margin %", es: "Margen %" },
      format: "percent",
      values: marginColumn,
    });
  }
  if (hasTrend) {
    extraColumns.push({
      id: "trend",
      header: { en: "Revenue change vs previous period", es: "Variación de facturación vs periodo anterior" },
      format: "percent",
      values: trendColumn,
    });
  }
  if (hasRecency) {
    extraColumns.push(
      {
        id: "recencyDays",
        header: { en: "Days since last purchase", es: "Días desde la última compra" },
        format: "days",
        values: recencyColumn,
      },
      {
        id: "silenceLimitDays",
        header: { en: "Silence limit (days)", es: "Límite de silencio (días)" },
        format: "days",
        values: limitColumn,
      },
    );
  }

  return {
    method: "portfolio",
    definitions: PORTFOLIO_SEGMENTS,
    assignment,
    reasons,
    thresholds: set.used,
    settings: {
      axes: hasMargin ? "value × margin × trend" : "value × trend",
      usesTrend: hasTrend,
      usesRecency: hasRecency,
    },
    notes,
    extraColumns,
    grid: portfolioGrid(rowBands, hasMargin, cellOf),
  };
}

function portfolioGrid(rowBands: number[], hasMargin: boolean, cellOf: Int32Array): GridDraft {
  const valueLabels: Localized[] = [
    { en: "High value", es: "Alto valor" },
    { en: "Low value", es: "Bajo valor" },
  ];
  const bandLabels: Localized[] = [
    { en: "Growing", es: "En crecimiento" },
    { en: "Stable", es: "Estable" },
    { en: "Declining or silent", es: "En declive o inactivo" },
  ];
  const rowLabels: Localized[] = [];
  const cellSegments: number[][] = [];
  for (let level = 0; level < 2; level++) {
    for (const band of rowBands) {
      rowLabels.push({
        en: `${valueLabels[level].en} · ${bandLabels[band].en}`,
        es: `${valueLabels[level].es} · ${bandLabels[band].es}`,
      });
      const highValue = level === 0;
      const row: number[] = [];
      const marginLevels = hasMargin ? [true, false] : [null];
      for (const highMargin of marginLevels) {
        if (band === DECLINING) row.push(AT_RISK);
        else if (band === GROWING && !(highValue && highMargin !== false)) row.push(GROWTH);
        else if (highValue) row.push(highMargin === false ? HIGH_VOLUME_LOW_MARGIN : STRATEGIC);
        else row.push(highMargin === true ? LOW_VOLUME_HIGH_MARGIN : MAINTAIN);
      }
      cellSegments.push(row);
    }
  }
  return {
    title: { en: "Portfolio map", es: "Mapa de cartera" },
    rowAxis: { en: "Value · trend", es: "Valor · tendencia" },
    columnAxis: hasMargin
      ? { en: "Margin", es: "Margen" }
      : { en: "Margin (no data)", es: "Margen (sin datos)" },
    rowLabels,
    columnLabels: hasMargin
      ? [
          { en: "High margin", es: "Margen alto" },
          { en: "Low margin", es: "Margen bajo" },
        ]
      : [{ en: "Margin unknown", es: "Margen desconocido" }],
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
  declining: boolean;
  growing: boolean;
  silence: number;
  gap: number;
  silent: boolean;
  silenceLimit: number;
}

interface PortfolioLimits {
  valueMin: number;
  marginMin: number;
  growthMin: number;
  declineMin: number;
  silenceMultiple: number;
}

/** One customer's reason: the rule that placed them, then their values against each threshold. */
function portfolioReason(lang: Lang, segment: number, f: PortfolioFacts, t: PortfolioLimits): string {
  const en = lang === "en";
  // Plain calls, no local helper closures: this runs twice per customer (a closure per call costs).
  let parts = "";
  let rule: string;
  switch (segment) {
    case AT_RISK:
      if (f.declining) {
        rule = en
          ? `revenue ${trendText(f.trend, lang)} vs previous period (clear decline at −${formatPercent(t.declineMin, lang)} or worse)`
          : `facturación ${trendText(f.trend, lang)} frente al periodo anterior (declive claro desde −${formatPercent(t.declineMin, lang)})`;
      } else {
        const limit = Number.isNaN(f.gap)
          ? en
            ? `${formatNumber(f.silenceLimit, lang)} days (no buying rhythm yet)`
            : `${formatNumber(f.silenceLimit, lang)} días (sin ritmo de compra aún)`
          : en
            ? `${formatNumber(f.silenceLimit, lang)} days = ${formatNumber(t.silenceMultiple, lang, 1)} × own gap of ${formatNumber(f.gap, lang)} days`
            : `${formatNumber(f.silenceLimit, lang)} días = ${formatNumber(t.silenceMultiple, lang, 1)} × intervalo propio de ${formatNumber(f.gap, lang)} días`;
        rule = en
          ? `no purchase for ${formatNumber(f.silence, lang)} days, longer than ${limit}`
          : `sin compras desde hace ${formatNumber(f.silence, lang)} días, más de ${limit}`;
      }
      break;
    case GROWTH:
      rule = en
        ? `revenue ${trendText(f.trend, lang)} vs previous period (growing at +${formatPercent(t.growthMin, lang)} or more), not yet strategic`
        : `facturación ${trendText(f.trend, lang)} frente al periodo anterior (crece desde +${formatPercent(t.growthMin, lang)}), aún no estratégico`;
      break;
    case STRATEGIC:
      rule = Number.isNaN(t.marginMin)
        ? en
          ? "high value (no margin data)"
          : "alto valor (sin datos de margen)"
        : en
          ? "high value and high margin"
          : "alto valor y margen alto";
      break;
    case HIGH_VOLUME_LOW_MARGIN:
      rule = en ? "high value, low margin" : "alto valor, margen bajo";
      break;
    case LOW_VOLUME_HIGH_MARGIN:
      rule = en ? "low value, high margin" : "bajo valor, margen alto";
      break;
    default:
      rule = Number.isNaN(t.marginMin)
        ? en
          ? "low value (no margin data), stable"
          : "bajo valor (sin datos de margen), estable"
        : en
          ? "low value, low margin, stable"
          : "bajo valor, margen bajo, estable";
  }
  parts = joinPart(
    parts,
    en
      ? `revenue ${formatNumber(f.revenue, lang)} (${f.highValue ? "high" : "low"} value; threshold ${formatNumber(t.valueMin, lang)})`
      : `facturación ${formatNumber(f.revenue, lang)} (${f.highValue ? "alto" : "bajo"} valor; umbral ${formatNumber(t.valueMin, lang)})`,
  );
  if (!Number.isNaN(t.marginMin)) {
    parts = joinPart(
      parts,
      Number.isNaN(f.marginPercent)
        ? en
          ? "margin % unknown (counted as low)"
          : "margen % desconocido (cuenta como bajo)"
        : en
          ? `margin ${formatPercent(f.marginPercent, lang)} (${f.highMargin ? "at or above" : "below"} ${formatPercent(t.marginMin, lang)})`
          : `margen ${formatPercent(f.marginPercent, lang)} (${f.highMargin ? "igual o superior a" : "inferior a"} ${formatPercent(t.marginMin, lang)})`,
    );
  }
  if (!Number.isNaN(t.growthMin) && segment !== AT_RISK && segment !== GROWTH) {
    parts = joinPart(
      parts,
      Number.isNaN(f.trend)
        ? en
          ? "no previous-period revenue"
          : "sin facturación del periodo anterior"
        : en
          ? `revenue ${trendText(f.trend, lang)} vs previous period`
          : `facturación ${trendText(f.trend, lang)} frente al periodo anterior`,
    );
  }
  if (!Number.isNaN(f.silenceLimit) && !(segment === AT_RISK && !f.declining) && !Number.isNaN(f.silence)) {
    parts = joinPart(
      parts,
      en
        ? `${formatNumber(f.silence, lang)} days since last purchase (limit ${formatNumber(f.silenceLimit, lang)})`
        : `${formatNumber(f.silence, lang)} días desde la última compra (límite ${formatNumber(f.silenceLimit, lang)})`,
    );
  }
  const name = PORTFOLIO_SEGMENTS[segment].name[lang];
  return `${name}: ${rule}. ${capitalize(parts)}.`;
}

/** `parts` and `part` joined by "; " (building the text directly instead of an array and join). */
function joinPart(parts: string, part: string): string {
  return parts === "" ? part : `${parts}; ${part}`;
}

/** "+20.0%", or "new revenue" when the previous period had none. */
function trendText(trend: number, lang: Lang): string {
  if (trend === Infinity)
    return lang === "en" ? "new (nothing in the previous period)" : "nueva (nada en el periodo anterior)";
  return formatChange(trend, lang);
}
