/**
 * The "About this map" sheet: how the map was made, so a reader can trust or challenge it — method,
 * thresholds (with how each was set), seed and settings, the data-quality report (rows used and skipped,
 * why, with example rows), how columns were mapped and read, warnings, the assumptions (date order,
 * currency, end of observation) and the time of the run. Small: O(columns + reasons + thresholds).
 */
import type { Analysis } from "../analysis";
import { AT_RISK_BUT_ACTIVE } from "../kpi/score-customers";
import { asHeading, ROLE_LABELS } from "../role-labels";
import type { CellValue, Lang } from "../types";
import {
  cellFormat,
  CURRENCY_SYMBOLS,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  numberCell,
  pluralWord,
} from "../format";
import { GLOSSARY, NOUNS, SETTING_TERMS } from "../glossary";
import { methodLabelOf } from "../segment/methods";
import { hasChartPoints } from "./map-sheet";
import {
  DATA_KIND_LABELS,
  emptySheet,
  fill,
  formatContextOf,
  headerBlock,
  noteBlock,
  sectionBlock,
  titleBlock,
} from "./plan-helpers";
import { SHEET_NAMES } from "./sheet-names";
import type { SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";
import { churnWindowLabel } from "../timeline";
import { capitalize, columnLetters } from "../text";
import { tr } from "../language";
import { splitIntoLines, widthFrom } from "./fit-text";

const T = {
  ...COLUMN_LABELS,
  title: { en: "About this map", es: "Acerca de este mapa" },
  protectedNotUsed: { en: "Protected attribute (not used)", es: "Atributo protegido (no se usa)" },
  run: { en: "This run", es: "Esta ejecución" },
  method: { en: "Method", es: "Método" },
  data: { en: "Data", es: "Datos" },
  table: { en: "Table read", es: "Tabla leída" },
  tableValue: {
    en: "rows {first}–{last}, columns {from}–{to}",
    es: "filas {first}–{last}, columnas {from}–{to}",
  },
  runAt: { en: "Time of the run", es: "Momento de la ejecución" },
  seed: GLOSSARY.seed,
  quality: { en: "Data quality", es: "Calidad de los datos" },
  rowsRead: { en: "Rows read", es: "Filas leídas" },
  rowsUsed: { en: "Rows used", es: "Filas usadas" },
  rowsSkipped: { en: "Rows skipped", es: "Filas descartadas" },
  whySkipped: { en: "Why rows were skipped", es: "Por qué se descartaron filas" },
  reason: { en: "Reason skipped", es: "Motivo del descarte" },
  rows: { en: "Rows", es: "Filas" },
  examples: { en: "Example rows", es: "Filas de ejemplo" },
  noneSkipped: { en: "No row was skipped.", es: "No se ha descartado ninguna fila." },
  conventions: { en: "How values were read", es: "Cómo se han leído los valores" },
  column: { en: "Column", es: "Columna" },
  how: { en: "How", es: "Cómo" },
  warnings: { en: "Warnings", es: "Avisos" },
  mapping: { en: "Column mapping", es: "Asignación de columnas" },
  usedAs: { en: "Used as", es: "Usada como" },
  why: { en: "Why", es: "Por qué" },
  notUsed: { en: "(not used)", es: "(no se usa)" },
  thresholds: { en: "Thresholds", es: "Umbrales" },
  threshold: { en: "Threshold", es: "Umbral" },
  value: { en: "Value", es: "Valor" },
  source: { en: "How it was set", es: "Cómo se ha fijado" },
  settings: { en: "Settings", es: "Parámetros" },
  setting: { en: "Setting", es: "Parámetro" },
  notes: { en: "Notes on the segments", es: "Notas sobre los segmentos" },
  assumptions: { en: "Assumptions", es: "Supuestos" },
  currency: {
    en: "Money is in the currency of the source sheet, not converted; the sheet shows no currency, so amounts carry no symbol.",
    es: "Los importes están en la moneda de la hoja de origen, sin convertir; la hoja no indica moneda, así que se muestran sin símbolo.",
  },
  currencyKnown: {
    en: "Money is in the currency of the source sheet ({symbol}, read from its money column), not converted.",
    es: "Los importes están en la moneda de la hoja de origen ({symbol}, leída de su columna de importes), sin convertir.",
  },
  asOf: {
    en: "Observation ends on {date} (recency and churn are measured up to this day).",
    es: "La observación termina el {date} (la recencia y el abandono se miden hasta ese día).",
  },
  noDates: {
    en: "The data has no dates: recency-based measures are not available.",
    es: "Los datos no tienen fechas: las medidas basadas en recencia no están disponibles.",
  },
  chart: {
    en: "The value × margin % chart on the Customer Map sheet takes its points from the chart's data at its right (one color per segment); change the data and the chart follows.",
    es: "El gráfico valor × margen % de la hoja Mapa de clientes toma sus puntos de los datos del gráfico a su derecha (un color por segmento); si cambia los datos, el gráfico los sigue.",
  },
  protected: {
    en: "Protected attributes found and left out of the segmentation: {columns}.",
    es: "Atributos protegidos encontrados y excluidos de la segmentación: {columns}.",
  },
  ltvCheck: { en: "Predictive LTV: does the model fit?", es: "LTV predictivo: ¿se ajusta el modelo?" },
  ltvVerdict: { en: "Verdict", es: "Veredicto" },
  ltvShown: {
    en: "Shown: probability active and predicted CLV passed the backtest.",
    es: "Se muestran: la probabilidad de seguir activo y el CLV previsto superan la prueba retrospectiva.",
  },
  ltvHidden: { en: "Not shown: {reason}", es: "No se muestran: {reason}" },
  ltvHow: { en: "How it was checked", es: "Cómo se ha comprobado" },
  ltvCalibrationEnd: { en: "Fitted on purchases up to", es: "Ajustado con las compras hasta" },
  ltvHoldout: { en: "Predicted period", es: "Periodo previsto" },
  ltvCohort: { en: "Customers checked", es: "Clientes comprobados" },
  ltvPredicted: { en: "Repeat purchases predicted", es: "Compras repetidas previstas" },
  ltvActual: { en: "Repeat purchases made", es: "Compras repetidas reales" },
  ltvError: { en: "Difference", es: "Diferencia" },
  ltvDeciles: {
    en: "Predicted vs actual by decile of prediction (1 = customers predicted to buy most)",
    es: "Previsto frente a real por decil de predicción (1 = clientes con más compras previstas)",
  },
  decile: { en: "Decile", es: "Decil" },
  atRiskActive: { en: "At risk, yet probably active?", es: "¿En riesgo y aun así activo?" },
  predicted: { en: "Predicted", es: "Previstas" },
  actual: { en: "Actual", es: "Reales" },
  periods: { en: "Periods behind every figure", es: "Periodos de cada cifra" },
  window: { en: "Observation window", es: "Ventana de observación" },
  trend: { en: "Trend (map and alerts)", es: "Tendencia (mapa y alertas)" },
  rhythm: { en: "Purchase rhythm", es: "Ritmo de compra" },
  rhythmValue: {
    en: "each customer's median gap between purchases; portfolio median {days} days",
    es: "mediana de los intervalos entre compras de cada cliente; mediana de la cartera {days} días",
  },
  rhythmUnknown: {
    en: "not measurable (no customer with two purchases on different days)",
    es: "no medible (ningún cliente con dos compras en días distintos)",
  },
  churn: { en: "Churn (one figure)", es: "Abandono (una sola cifra)" },
  churnValue: {
    en: "{perWindow} {per} = {perYear} per year: {source}",
    es: "{perWindow} {per} = {perYear} por año: {source}",
  },
  history: {
    en: `This run's assignments are kept in the hidden sheet "${SHEET_NAMES.history.en}" so the next map can show who moved between segments.`,
    es: `Las asignaciones de esta ejecución se guardan en la hoja oculta "${SHEET_NAMES.history.es}" para que el próximo mapa muestre quién cambia de segmento.`,
  },
};

/**
 * The predictive model's check: verdict in plain words, how it was tested, predicted vs actual repeat
 * purchases in total and by decile, and why "at risk" and "probably active" can both be true. Returns the
 * next free row; writes nothing when no model was attempted (the notes say why).
 */
function writeLtvCheck(sheet: SheetPlan, analysis: Analysis, lang: Lang, start: number): number {
  const context = formatContextOf(analysis, lang);
  const formatCode = (kind: Parameters<typeof cellFormat>[0]) => cellFormat(kind, context);
  const ltv = analysis.ltv;
  if (!ltv || (!ltv.backtest && !ltv.reason)) return start;
  let row = start;
  sheet.blocks.push(sectionBlock(row, 0, tr(T.ltvCheck, lang)));
  row++;
  const pair = (label: string, value: CellValue, format: string | null = null) => {
    sheet.blocks.push({ row, column: 0, values: [[label]], bold: true });
    sheet.blocks.push({
      row,
      column: 1,
      values: [[value]],
      columnFormats: [format],
      align: "left",
      wrap: true,
    });
    row++;
  };
  pair(
    tr(T.ltvVerdict, lang),
    ltv.shown
      ? tr(T.ltvShown, lang)
      : tr(fill(T.ltvHidden, { reason: lowerFirst(tr(ltv.reason, lang) ?? "") }), lang),
  );
  const backtest = ltv.backtest;
  if (backtest) {
    if (ltv.shown) pair("", tr(backtest.reason, lang));
    pair(tr(T.ltvHow, lang), tr(backtest.rule, lang));
    pair(tr(T.ltvCalibrationEnd, lang), numberCell(backtest.calibrationEndDay, "date"), formatCode("date"));
    pair(
      tr(T.ltvHoldout, lang),
      `${formatDate(backtest.calibrationEndDay + 1, lang)} – ${formatDate(backtest.holdoutEndDay, lang)}`,
    );
    pair(tr(T.ltvCohort, lang), backtest.customers, formatCode("integer"));
    if (backtest.predicted !== undefined && backtest.actual !== undefined) {
      pair(tr(T.ltvPredicted, lang), numberCell(backtest.predicted), formatCode("integer"));
      pair(tr(T.ltvActual, lang), numberCell(backtest.actual), formatCode("integer"));
      pair(
        tr(T.ltvError, lang),
        numberCell((backtest.predicted - backtest.actual) / backtest.actual),
        formatCode("percent"),
      );
    }
    if (backtest.deciles && backtest.deciles.length > 0) {
      row++;
      sheet.blocks.push(noteBlock(row, 0, tr(T.ltvDeciles, lang)));
      sheet.blocks.push(
        headerBlock(row + 1, 0, [
          tr(T.decile, lang),
          tr(T.customers, lang),
          tr(T.predicted, lang),
          tr(T.actual, lang),
        ]),
      );
      sheet.blocks.push({
        row: row + 2,
        column: 0,
        values: backtest.deciles.map((d) => [d.decile, d.customers, numberCell(d.predicted), d.actual]),
        columnFormats: [
          formatCode("integer"),
          formatCode("integer"),
          formatCode("number"),
          formatCode("integer"),
        ],
        align: "left",
      });
      row += backtest.deciles.length + 2;
    }
  }
  if (ltv.shown) {
    row++;
    pair(tr(T.atRiskActive, lang), tr(AT_RISK_BUT_ACTIVE, lang));
  }
  return row + 1;
}

/** "The model…" → "the model…", to follow "Not shown: ". */
function lowerFirst(text: string): string {
  return text.length > 0 ? text[0].toLowerCase() + text.slice(1) : text;
}

/** The settings a reader can use, in words and in the sheet's language (see SETTING_TERMS), in a fixed order. */
export function settingRows(settings: Record<string, number | string | boolean>, lang: Lang): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [key, term] of Object.entries(SETTING_TERMS)) {
    if (!(key in settings)) continue;
    const value = settings[key];
    const coded = term.values?.[String(value)];
    const shown: CellValue = coded
      ? tr(coded, lang)
      : typeof value === "number"
        ? formatNumber(value, lang, Number.isInteger(value) ? 0 : 2)
        : String(value);
    rows.push([tr(term.label, lang), shown]);
  }
  return rows;
}

/** Builds the About sheet plan. */
export function buildAboutSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("about", lang);
  const { read, segmentation } = analysis;
  const data = read.customers;
  const report = read.report;
  const context = formatContextOf(analysis, lang);
  const formatCode = (kind: Parameters<typeof cellFormat>[0]) => cellFormat(kind, context);
  sheet.columnWidths = [
    { column: 0, width: 34 },
    { column: 1, width: 60 },
    { column: 2, width: 50 },
  ];
  // Notes and assumptions are sentences across the sheet: one line per row, as wide as the three columns.
  const noteRoom = widthFrom(sheet.columnWidths, 0, 2);
  let row = 0;
  sheet.blocks.push(titleBlock(row, 0, tr(T.title, lang)));
  row += 2;

  const pairs = (title: string, entries: [string, CellValue, string | null][]) => {
    sheet.blocks.push(sectionBlock(row, 0, title));
    row++;
    for (const [label, value, format] of entries) {
      sheet.blocks.push({ row, column: 0, values: [[label]], bold: true });
      // Long sentences (the churn definition, the data's shape) wrap instead of running off the page.
      const wrap = typeof value === "string" && value.length > 60;
      sheet.blocks.push({
        row,
        column: 1,
        values: [[value]],
        columnFormats: [format],
        align: "left",
        ...(wrap ? { wrap: true } : {}),
      });
      row++;
    }
    row++;
  };
  const table = (title: string, headers: string[], rows: CellValue[][], formats?: (string | null)[]) => {
    if (rows.length === 0) return;
    sheet.blocks.push(sectionBlock(row, 0, title));
    sheet.blocks.push(headerBlock(row + 1, 0, headers));
    // Left-aligned: a count right-aligned beside left-aligned example rows would read as one number ("1 5974").
    sheet.blocks.push({
      row: row + 2,
      column: 0,
      values: rows,
      columnFormats: formats,
      wrap: true,
      align: "left",
    });
    row += rows.length + 3;
  };

  const seed = analysis.options.seed ?? segmentation.settings.seed;
  pairs(tr(T.run, lang), [
    [tr(T.method, lang), tr(methodLabelOf(segmentation.method, segmentation.settings), lang), null],
    [tr(T.data, lang), `${tr(DATA_KIND_LABELS[read.kind], lang)} — ${tr(read.kindReason, lang)}`, null],
    [
      tr(T.table, lang),
      tr(
        fill(T.tableValue, {
          first: read.table.headerRow + 1,
          last: read.table.lastRow + 1,
          from: columnLetters(read.table.firstColumn),
          to: columnLetters(read.table.lastColumn),
        }),
        lang,
      ),
      null,
    ],
    [tr(T.customers, lang), data.count, formatCode("integer")],
    [tr(T.runAt, lang), formatDateTime(analysis.runAt, lang), null],
    ...(seed === undefined ? [] : ([[tr(T.seed, lang), seed, null]] as [string, CellValue, string | null][])),
  ]);

  const timeline = analysis.timeline;
  const churn = timeline.churn;
  const percentText = (value: number) => formatPercent(value, lang, 1);
  pairs(tr(T.periods, lang), [
    [tr(T.window, lang), tr(timeline.window.source, lang), null],
    [tr(T.trend, lang), tr(timeline.trendLabel, lang), null],
    [
      tr(T.rhythm, lang),
      Number.isFinite(timeline.portfolioRhythmDays)
        ? tr(fill(T.rhythmValue, { days: Math.round(timeline.portfolioRhythmDays) }), lang)
        : tr(T.rhythmUnknown, lang),
      null,
    ],
    [
      tr(T.churn, lang),
      churn.perWindow === null || churn.perYear === null
        ? (tr(churn.unavailableReason, lang) ?? "")
        : tr(
            fill(T.churnValue, {
              perWindow: percentText(churn.perWindow),
              per: tr(churnWindowLabel(churn.windowMonths), lang),
              perYear: percentText(churn.perYear),
              source: tr(churn.source, lang),
            }),
            lang,
          ),
      null,
    ],
  ]);

  pairs(tr(T.quality, lang), [
    [tr(T.rowsRead, lang), report.rowsRead, formatCode("integer")],
    [tr(T.rowsUsed, lang), report.rowsUsed, formatCode("integer")],
    [tr(T.rowsSkipped, lang), report.rowsSkipped, formatCode("integer")],
  ]);
  if (report.skipped.length === 0) {
    sheet.blocks.push(noteBlock(row - 1, 0, tr(T.noneSkipped, lang)));
    row++;
  }
  table(
    tr(T.whySkipped, lang),
    [tr(T.reason, lang), tr(T.rows, lang), tr(T.examples, lang)],
    report.skipped.map((skip) => [
      capitalize(tr(skip.label, lang)),
      skip.rows,
      `${pluralWord(skip.examples.length, NOUNS.row, lang)} ${skip.examples.join(", ")}`,
    ]),
    [null, formatCode("integer"), null],
  );
  table(
    tr(T.conventions, lang),
    [tr(T.column, lang), tr(T.how, lang)],
    report.conventions.map((convention) => [convention.column, tr(convention.message, lang)]),
  );
  table(
    tr(T.warnings, lang),
    [tr(T.column, lang), tr(T.warnings, lang)],
    report.warnings.map((warning) => [warning.column ?? "", tr(warning.message, lang)]),
  );
  table(
    tr(T.mapping, lang),
    [tr(T.column, lang), tr(T.usedAs, lang), tr(T.why, lang)],
    read.mapping.map((mapping) => [
      mapping.header,
      mapping.role === "protected"
        ? tr(T.protectedNotUsed, lang)
        : mapping.role
          ? tr(asHeading(ROLE_LABELS[mapping.role]), lang)
          : tr(T.notUsed, lang),
      tr(mapping.reason, lang),
    ]),
  );

  // Thresholds: one block per row, each value in its own format.
  if (segmentation.thresholds.length > 0) {
    sheet.blocks.push(sectionBlock(row, 0, tr(T.thresholds, lang)));
    sheet.blocks.push(
      headerBlock(row + 1, 0, [tr(T.threshold, lang), tr(T.value, lang), tr(T.source, lang)]),
    );
    row += 2;
    for (const threshold of segmentation.thresholds) {
      sheet.blocks.push({
        row,
        column: 0,
        values: [
          [
            tr(threshold.label, lang),
            numberCell(threshold.value, threshold.format),
            tr(threshold.source, lang),
          ],
        ],
        columnFormats: [null, formatCode(threshold.format), null],
        align: "left",
        wrap: true,
      });
      row++;
    }
    row++;
  }
  table(
    tr(T.settings, lang),
    [tr(T.setting, lang), tr(T.value, lang)],
    settingRows(segmentation.settings, lang),
  );
  row = writeLtvCheck(sheet, analysis, lang, row);
  if (segmentation.notes.length > 0) {
    sheet.blocks.push(sectionBlock(row, 0, tr(T.notes, lang)));
    const lines = segmentation.notes.flatMap((note) => splitIntoLines(tr(note, lang), noteRoom));
    sheet.blocks.push({ row: row + 1, column: 0, values: lines.map((line) => [line]) });
    row += lines.length + 2;
  }

  const assumptions: string[] = [];
  for (const convention of report.conventions) {
    if (convention.kind === "date") assumptions.push(tr(convention.message, lang));
  }
  assumptions.push(
    context.currency
      ? tr(fill(T.currencyKnown, { symbol: CURRENCY_SYMBOLS[context.currency] }), lang)
      : tr(T.currency, lang),
  );
  const hasDates = data.available.lastPurchaseDay || data.history !== undefined;
  assumptions.push(
    hasDates && Number.isFinite(data.asOfDay)
      ? tr(fill(T.asOf, { date: formatDate(data.asOfDay, lang) }), lang)
      : tr(T.noDates, lang),
  );
  if (data.protectedColumns.length > 0) {
    assumptions.push(tr(fill(T.protected, { columns: data.protectedColumns.join(", ") }), lang));
  }
  // Only when the map sheet draws its value × margin % chart (it needs margins).
  if (hasChartPoints(analysis)) assumptions.push(tr(T.chart, lang));
  assumptions.push(tr(T.history, lang));
  sheet.blocks.push(sectionBlock(row, 0, tr(T.assumptions, lang)));
  const assumptionLines = assumptions.flatMap((text) => splitIntoLines(text, noteRoom));
  sheet.blocks.push({ row: row + 1, column: 0, values: assumptionLines.map((line) => [line]) });
  return sheet;
}
