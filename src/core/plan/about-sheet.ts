/**
 * The "About this map" sheet: how the map was made, so a reader can trust or challenge it — method,
 * thresholds (with how each was set), seed and settings, the data-quality report (rows used and skipped,
 * why, with example rows), how columns were mapped and read, warnings, the assumptions (date order,
 * currency, end of observation) and the time of the run. Small: O(columns + reasons + thresholds).
 */
import type { Analysis } from "../analysis";
import { asHeading, ROLE_LABELS } from "../role-labels";
import type { CellValue, Lang } from "../types";
import { formatCode, isoDateOfEpochDay, numberCell } from "./number-formats";
import {
  DATA_KIND_LABELS,
  METHOD_LABELS,
  emptySheet,
  fill,
  headerBlock,
  noteBlock,
  sectionBlock,
  titleBlock,
} from "./plan-helpers";
import type { SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";
import { columnLetters } from "../text";

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
  seed: { en: "Random seed", es: "Semilla aleatoria" },
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
    en: "Money is in the currency of the source sheet, not converted; amounts are shown without a currency symbol.",
    es: "Los importes están en la moneda de la hoja de origen, sin convertir; se muestran sin símbolo de moneda.",
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
    en: "The value × margin % chart is drawn where the writer supports charts (Excel); otherwise the colored map and the chart's data on the Customer Map sheet stand in for it.",
    es: "El gráfico valor × margen % se dibuja donde el escritor admite gráficos (Excel); si no, el mapa coloreado y los datos del gráfico en la hoja Mapa de clientes lo sustituyen.",
  },
  protected: {
    en: "Protected attributes found and left out of the segmentation: {columns}.",
    es: "Atributos protegidos encontrados y excluidos de la segmentación: {columns}.",
  },
  history: {
    en: 'This run\'s assignments are kept in the hidden sheet "CMAP history" so the next map can show who moved between segments.',
    es: 'Las asignaciones de esta ejecución se guardan en la hoja oculta "CMAP history" para que el próximo mapa muestre quién cambia de segmento.',
  },
};

/** Builds the About sheet plan. */
export function buildAboutSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("about", lang);
  const { read, segmentation } = analysis;
  const data = read.customers;
  const report = read.report;
  let row = 0;
  sheet.blocks.push(titleBlock(row, 0, T.title[lang]));
  row += 2;

  const pairs = (title: string, entries: [string, CellValue, string | null][]) => {
    sheet.blocks.push(sectionBlock(row, 0, title));
    row++;
    for (const [label, value, format] of entries) {
      sheet.blocks.push({ row, column: 0, values: [[label]], bold: true });
      sheet.blocks.push({ row, column: 1, values: [[value]], columnFormats: [format], align: "left" });
      row++;
    }
    row++;
  };
  const table = (title: string, headers: string[], rows: CellValue[][], formats?: (string | null)[]) => {
    if (rows.length === 0) return;
    sheet.blocks.push(sectionBlock(row, 0, title));
    sheet.blocks.push(headerBlock(row + 1, 0, headers));
    sheet.blocks.push({ row: row + 2, column: 0, values: rows, columnFormats: formats, wrap: true });
    row += rows.length + 3;
  };

  const seed = analysis.options.seed ?? segmentation.settings.seed;
  pairs(T.run[lang], [
    [T.method[lang], METHOD_LABELS[segmentation.method][lang], null],
    [T.data[lang], `${DATA_KIND_LABELS[read.kind][lang]} — ${read.kindReason[lang]}`, null],
    [
      T.table[lang],
      fill(T.tableValue, {
        first: read.table.headerRow + 1,
        last: read.table.lastRow + 1,
        from: columnLetters(read.table.firstColumn),
        to: columnLetters(read.table.lastColumn),
      })[lang],
      null,
    ],
    [T.customers[lang], data.count, formatCode("integer")],
    [T.runAt[lang], analysis.runAt, null],
    ...(seed === undefined ? [] : ([[T.seed[lang], seed, null]] as [string, CellValue, string | null][])),
  ]);

  pairs(T.quality[lang], [
    [T.rowsRead[lang], report.rowsRead, formatCode("integer")],
    [T.rowsUsed[lang], report.rowsUsed, formatCode("integer")],
    [T.rowsSkipped[lang], report.rowsSkipped, formatCode("integer")],
  ]);
  if (report.skipped.length === 0) {
    sheet.blocks.push(noteBlock(row - 1, 0, T.noneSkipped[lang]));
    row++;
  }
  table(
    T.whySkipped[lang],
    [T.reason[lang], T.rows[lang], T.examples[lang]],
    report.skipped.map((skip) => [skip.label[lang], skip.rows, skip.examples.join(", ")]),
    [null, formatCode("integer"), null],
  );
  table(
    T.conventions[lang],
    [T.column[lang], T.how[lang]],
    report.conventions.map((convention) => [convention.column, convention.message[lang]]),
  );
  table(
    T.warnings[lang],
    [T.column[lang], T.warnings[lang]],
    report.warnings.map((warning) => [warning.column ?? "", warning.message[lang]]),
  );
  table(
    T.mapping[lang],
    [T.column[lang], T.usedAs[lang], T.why[lang]],
    read.mapping.map((mapping) => [
      mapping.header,
      mapping.role === "protected"
        ? T.protectedNotUsed[lang]
        : mapping.role
          ? asHeading(ROLE_LABELS[mapping.role])[lang]
          : T.notUsed[lang],
      mapping.reason[lang],
    ]),
  );

  // Thresholds: one block per row, each value in its own format.
  if (segmentation.thresholds.length > 0) {
    sheet.blocks.push(sectionBlock(row, 0, T.thresholds[lang]));
    sheet.blocks.push(headerBlock(row + 1, 0, [T.threshold[lang], T.value[lang], T.source[lang]]));
    row += 2;
    for (const threshold of segmentation.thresholds) {
      sheet.blocks.push({
        row,
        column: 0,
        values: [
          [threshold.label[lang], numberCell(threshold.value, threshold.format), threshold.source[lang]],
        ],
        columnFormats: [null, formatCode(threshold.format), null],
        align: "left",
      });
      row++;
    }
    row++;
  }
  table(
    T.settings[lang],
    [T.setting[lang], T.value[lang]],
    Object.entries(segmentation.settings)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([key, value]) => [key, typeof value === "boolean" ? String(value) : value]),
  );
  if (segmentation.notes.length > 0) {
    sheet.blocks.push(sectionBlock(row, 0, T.notes[lang]));
    sheet.blocks.push({ row: row + 1, column: 0, values: segmentation.notes.map((note) => [note[lang]]) });
    row += segmentation.notes.length + 2;
  }

  const assumptions: string[] = [];
  for (const convention of report.conventions) {
    if (convention.kind === "date") assumptions.push(convention.message[lang]);
  }
  assumptions.push(T.currency[lang]);
  const hasDates = data.available.lastPurchaseDay || data.history !== undefined;
  assumptions.push(
    hasDates && Number.isFinite(data.asOfDay)
      ? fill(T.asOf, { date: isoDateOfEpochDay(data.asOfDay) })[lang]
      : T.noDates[lang],
  );
  if (data.protectedColumns.length > 0) {
    assumptions.push(fill(T.protected, { columns: data.protectedColumns.join(", ") })[lang]);
  }
  assumptions.push(T.chart[lang]);
  assumptions.push(T.history[lang]);
  sheet.blocks.push(sectionBlock(row, 0, T.assumptions[lang]));
  sheet.blocks.push({ row: row + 1, column: 0, values: assumptions.map((text) => [text]) });

  sheet.columnWidths = [
    { column: 0, width: 34 },
    { column: 1, width: 60 },
    { column: 2, width: 50 },
  ];
  return sheet;
}
