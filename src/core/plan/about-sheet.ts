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
import { listIn, seriesIn, tr } from "../language";
import { splitIntoLines, textWidth, widthFrom } from "./fit-text";
import { texts } from "../../i18n/texts";

const T = {
  ...COLUMN_LABELS,
  title: texts((t) => t.plan.aboutSheet.title),
  protectedNotUsed: texts((t) => t.plan.aboutSheet.protectedNotUsed),
  run: texts((t) => t.plan.aboutSheet.run),
  method: texts((t) => t.plan.aboutSheet.method),
  data: texts((t) => t.plan.aboutSheet.data),
  table: texts((t) => t.plan.aboutSheet.table),
  tableValue: texts((t) => t.plan.aboutSheet.tableValue),
  runAt: texts((t) => t.plan.aboutSheet.runAt),
  seed: GLOSSARY.seed,
  quality: texts((t) => t.plan.aboutSheet.quality),
  rowsRead: texts((t) => t.plan.aboutSheet.rowsRead),
  rowsUsed: texts((t) => t.plan.aboutSheet.rowsUsed),
  rowsSkipped: texts((t) => t.plan.aboutSheet.rowsSkipped),
  whySkipped: texts((t) => t.plan.aboutSheet.whySkipped),
  reason: texts((t) => t.plan.aboutSheet.reason),
  rows: texts((t) => t.plan.aboutSheet.rows),
  examples: texts((t) => t.plan.aboutSheet.examples),
  noneSkipped: texts((t) => t.plan.aboutSheet.noneSkipped),
  conventions: texts((t) => t.plan.aboutSheet.conventions),
  column: texts((t) => t.plan.aboutSheet.column),
  how: texts((t) => t.plan.aboutSheet.how),
  warnings: texts((t) => t.plan.aboutSheet.warnings),
  mapping: texts((t) => t.plan.aboutSheet.mapping),
  usedAs: texts((t) => t.plan.aboutSheet.usedAs),
  why: texts((t) => t.plan.aboutSheet.why),
  notUsed: texts((t) => t.plan.aboutSheet.notUsed),
  thresholds: texts((t) => t.plan.aboutSheet.thresholds),
  threshold: texts((t) => t.plan.aboutSheet.threshold),
  value: texts((t) => t.plan.aboutSheet.value),
  source: texts((t) => t.plan.aboutSheet.source),
  settings: texts((t) => t.plan.aboutSheet.settings),
  setting: texts((t) => t.plan.aboutSheet.setting),
  notes: texts((t) => t.plan.aboutSheet.notes),
  assumptions: texts((t) => t.plan.aboutSheet.assumptions),
  currency: texts((t) => t.plan.aboutSheet.currency),
  currencyKnown: texts((t) => t.plan.aboutSheet.currencyKnown),
  asOf: texts((t) => t.plan.aboutSheet.asOf),
  noDates: texts((t) => t.plan.aboutSheet.noDates),
  chart: texts((t) => t.plan.aboutSheet.chart),
  protected: texts((t) => t.plan.aboutSheet.protected),
  ltvCheck: texts((t) => t.plan.aboutSheet.ltvCheck),
  ltvVerdict: texts((t) => t.plan.aboutSheet.ltvVerdict),
  ltvShown: texts((t) => t.plan.aboutSheet.ltvShown),
  ltvHidden: texts((t) => t.plan.aboutSheet.ltvHidden),
  ltvHow: texts((t) => t.plan.aboutSheet.ltvHow),
  ltvCalibrationEnd: texts((t) => t.plan.aboutSheet.ltvCalibrationEnd),
  ltvHoldout: texts((t) => t.plan.aboutSheet.ltvHoldout),
  ltvCohort: texts((t) => t.plan.aboutSheet.ltvCohort),
  ltvPredicted: texts((t) => t.plan.aboutSheet.ltvPredicted),
  ltvActual: texts((t) => t.plan.aboutSheet.ltvActual),
  ltvError: texts((t) => t.plan.aboutSheet.ltvError),
  ltvDeciles: texts((t) => t.plan.aboutSheet.ltvDeciles),
  decile: texts((t) => t.plan.aboutSheet.decile),
  atRiskActive: texts((t) => t.plan.aboutSheet.atRiskActive),
  predicted: texts((t) => t.plan.aboutSheet.predicted),
  actual: texts((t) => t.plan.aboutSheet.actual),
  periods: texts((t) => t.plan.aboutSheet.periods),
  window: texts((t) => t.plan.aboutSheet.window),
  trend: texts((t) => t.plan.aboutSheet.trend),
  rhythm: texts((t) => t.plan.aboutSheet.rhythm),
  rhythmValue: texts((t) => t.plan.aboutSheet.rhythmValue),
  rhythmUnknown: texts((t) => t.plan.aboutSheet.rhythmUnknown),
  churn: texts((t) => t.plan.aboutSheet.churn),
  churnValue: texts((t) => t.plan.aboutSheet.churnValue),
  history: texts((t, textLang) => t.plan.aboutSheet.history(SHEET_NAMES.history[textLang])),
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
function settingRows(settings: Record<string, number | string | boolean>, lang: Lang): CellValue[][] {
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

/**
 * Widths of the About sheet's columns (characters): labels; values (sentences wrap in it); the third column of
 * its three-column tables (examples, why a column was read so). Together (89) they fit an upright page at full
 * size (print-setup.ts' upright width): the sheet reads like a page of a report, its sentences in lines a
 * reader's eye follows, rather than a landscape page shrunk to fit 150 characters.
 */
const LABEL_COLUMN_WIDTH = 30;
const VALUE_COLUMN_WIDTH = 35;
const THIRD_COLUMN_WIDTH = 24;
/**
 * Room of a label's line, in characters: a few short of its column, so that a label never reaches the value
 * beside it, even in a reader's font wider than Calibri.
 */
const LABEL_ROOM = LABEL_COLUMN_WIDTH - 6;

/**
 * A label cut into lines short of its column (see `LABEL_ROOM`), the lines joined with line breaks (the cell
 * wraps). Characters are counted 0.9 of a digit each, whatever the letter, as a wider font draws them.
 */
function labelLines(text: string): string {
  return splitIntoLines(text, LABEL_ROOM, { bold: true }, (line) => line.length * 0.9).join("\n");
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
    { column: 0, width: LABEL_COLUMN_WIDTH },
    { column: 1, width: VALUE_COLUMN_WIDTH },
    { column: 2, width: THIRD_COLUMN_WIDTH },
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
      const lines = labelLines(label);
      sheet.blocks.push({
        row,
        column: 0,
        values: [[lines]],
        bold: true,
        ...(lines !== label ? { wrap: true } : {}),
      });
      // A sentence wider than its column (the churn definition, the data's shape) wraps in it, its row as tall
      // as its lines (the plan's row heights), instead of running over the third column or off the page.
      const wrap = typeof value === "string" && textWidth(value) > VALUE_COLUMN_WIDTH - 1;
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
      // The first column labels its row: cut short of its column, as the pairs' labels are.
      values: rows.map(([first, ...rest]) => [
        typeof first === "string" ? labelLines(first) : first,
        ...rest,
      ]),
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
      `${pluralWord(skip.examples.length, NOUNS.row, lang)} ${seriesIn(lang, skip.examples)}`,
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
            labelLines(tr(threshold.label, lang)),
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
    assumptions.push(tr(fill(T.protected, { columns: listIn(lang, data.protectedColumns) }), lang));
  }
  // Only when the map sheet draws its value × margin % chart (it needs margins).
  if (hasChartPoints(analysis)) assumptions.push(tr(T.chart, lang));
  assumptions.push(tr(T.history, lang));
  sheet.blocks.push(sectionBlock(row, 0, tr(T.assumptions, lang)));
  const assumptionLines = assumptions.flatMap((text) => splitIntoLines(text, noteRoom));
  sheet.blocks.push({ row: row + 1, column: 0, values: assumptionLines.map((line) => [line]) });
  return sheet;
}
