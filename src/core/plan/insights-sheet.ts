/**
 * The Insights sheet: the call list — singularities ranked by money at stake (largest first, stable), each
 * with the figure behind it and the suggested action, as an Excel table with filters. The segment column is
 * colored with one fill group per segment. Cost: O(k log k) for k insights (capped).
 */
import type { Analysis } from "../analysis";
import type { Insight, InsightKind } from "../model";
import type { CellValue, Lang, Localized } from "../types";
import { cellFormat, numberCell } from "../format";
import {
  emptySheet,
  fill,
  fitColumnWidths,
  formatContextOf,
  headerBlock,
  mergeWidths,
  noteBlock,
} from "./plan-helpers";
import type { CellRect, SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";

export const INSIGHTS_TABLE_NAME = "CmapInsights";
/** A call list longer than this is not a call list; the rest are counted in a note. */
export const MAX_INSIGHT_ROWS = 2000;

export const INSIGHT_KIND_LABELS: Record<InsightKind, Localized> = {
  "abrupt-drop": { en: "Abrupt drop", es: "Caída brusca" },
  "abrupt-jump": { en: "Abrupt jump", es: "Subida brusca" },
  "group-difference": { en: "Group behaves differently", es: "Grupo con comportamiento distinto" },
  "cross-sell-gap": { en: "Cross-sell gap", es: "Hueco de venta cruzada" },
  outlier: { en: "Outlier", es: "Atípico" },
  "negative-margin": { en: "Negative margin", es: "Margen negativo" },
};

const T = {
  ...COLUMN_LABELS,
  rank: { en: "#", es: "#" },
  kind: { en: "Type", es: "Tipo" },
  customerId: { en: "Customer ID", es: "ID cliente" },
  who: { en: "Customer or group", es: "Cliente o grupo" },
  title: { en: "What happened", es: "Qué ocurre" },
  figure: { en: "Figure", es: "Dato" },
  money: { en: "Money at stake", es: "Importe en juego" },
  action: { en: "Suggested action", es: "Acción sugerida" },
  none: {
    en: "No singularities found: no abrupt changes, outliers, cross-sell gaps or loss-making customers stood out.",
    es: "No se han encontrado singularidades: ningún cambio brusco, atípico, hueco de venta cruzada ni cliente con pérdidas destaca.",
  },
  more: {
    en: "{count} more singularities with less money at stake are not listed.",
    es: "{count} singularidades más, con menos importe en juego, no se listan.",
  },
};

/** Insights ranked by money at stake (absolute, largest first); ties keep the analysis' order. */
export function rankInsights(insights: readonly Insight[]): Insight[] {
  return insights
    .map((insight, index) => ({ insight, index }))
    .sort((a, b) => {
      const ma = Math.abs(a.insight.moneyAtStake);
      const mb = Math.abs(b.insight.moneyAtStake);
      const va = Number.isFinite(ma) ? ma : -1;
      const vb = Number.isFinite(mb) ? mb : -1;
      return vb - va || a.index - b.index;
    })
    .map((entry) => entry.insight);
}

/** Builds the Insights sheet plan. */
export function buildInsightsSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("insights", lang);
  const data = analysis.read.customers;
  const { segments, assignment } = analysis.segmentation;
  const ranked = rankInsights(analysis.insights);
  const shown = ranked.slice(0, MAX_INSIGHT_ROWS);
  const headers = [T.rank, T.kind, T.segment, T.customerId, T.who, T.title, T.figure, T.money, T.action].map(
    (text) => text[lang],
  );
  sheet.blocks.push(headerBlock(0, 0, headers));
  if (shown.length === 0) {
    sheet.blocks.push(noteBlock(2, 0, T.none[lang]));
    sheet.columnWidths = [{ column: 0, width: 6 }];
    return sheet;
  }
  const rectsBySegment: CellRect[][] = segments.map(() => []);
  const values: CellValue[][] = shown.map((insight, r) => {
    const isCustomer = insight.customer >= 0 && insight.customer < data.count;
    const segment = isCustomer ? assignment[insight.customer] : -1;
    if (segment >= 0 && segment < segments.length) {
      rectsBySegment[segment].push({ row: 1 + r, column: 2, rows: 1, columns: 1 });
    }
    return [
      r + 1,
      INSIGHT_KIND_LABELS[insight.kind]?.[lang] ?? insight.kind,
      segment >= 0 && segment < segments.length ? segments[segment].name[lang] : "",
      isCustomer ? data.ids[insight.customer] : "",
      isCustomer ? data.names[insight.customer] : (insight.group?.[lang] ?? ""),
      insight.title[lang],
      insight.figure[lang],
      numberCell(Math.abs(insight.moneyAtStake)),
      insight.action[lang],
    ];
  });
  sheet.blocks.push({
    row: 1,
    column: 0,
    values,
    columnFormats: [
      cellFormat("integer", formatContextOf(analysis, lang)),
      null,
      null,
      null,
      null,
      null,
      null,
      cellFormat("money", formatContextOf(analysis, lang)),
      null,
    ],
  });
  sheet.tables.push({
    name: INSIGHTS_TABLE_NAME,
    rect: { row: 0, column: 0, rows: shown.length + 1, columns: headers.length },
    style: "TableStyleLight1",
  });
  if (ranked.length > shown.length) {
    sheet.blocks.push(
      noteBlock(shown.length + 2, 0, fill(T.more, { count: ranked.length - shown.length })[lang]),
    );
  }
  sheet.fills = segments
    .map((segment, s) => ({ fill: segment.color, fontColor: segment.textColor, rects: rectsBySegment[s] }))
    .filter((group) => group.rects.length > 0);
  sheet.columnWidths = mergeWidths(fitColumnWidths(sheet.blocks.slice(0, 2), { max: 50 }), [
    { column: 0, width: 6 },
  ]);
  sheet.freeze = { rows: 1, columns: 0 };
  return sheet;
}
