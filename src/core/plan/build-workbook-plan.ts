/**
 * Builds the workbook plan — the declarative description of every sheet the add-in and the CLI write —
 * from one analysis. Pure: the same analysis and language give the same plan, which renderers (Excel via
 * Office.js, files via ExcelJS) draw without further decisions. Cost: O(customers × columns) for the
 * Customers sheet, everything else is small.
 */
import type { Analysis } from "../analysis";
import type { Lang } from "../types";
import { buildAboutSheet } from "./about-sheet";
import { buildCustomersSheet } from "./customers-sheet";
import { buildHistorySheet } from "./history-sheet";
import { buildInsightsSheet, buildPatternsSheet } from "./insights-sheet";
import { buildMapSheet } from "./map-sheet";
import { wrapOverflowingText } from "./fit-text";
import { plannedRowHeights, tableBreaks } from "./print-pages";
import { printSetupOf } from "./print-setup";
import { buildSegmentsSheet } from "./segments-sheet";
import type { WorkbookPlan } from "./workbook-plan";

/**
 * The plan of sheets, in workbook order: Customer Map, Segments, Customers, Insights, Patterns, About this
 * map, and the hidden history record (this run, and the other methods' runs of `analysis.options.history`).
 */
export function buildWorkbookPlan(analysis: Analysis, lang: Lang): WorkbookPlan {
  const sheets = [
    buildMapSheet(analysis, lang),
    buildSegmentsSheet(analysis, lang),
    buildCustomersSheet(analysis, lang),
    buildInsightsSheet(analysis, lang),
    buildPatternsSheet(analysis, lang),
    buildAboutSheet(analysis, lang),
    buildHistorySheet(analysis, lang),
  ];
  for (const sheet of sheets) {
    // Last: every text readable on paper — columns wide enough for a word, long texts wrapped (fit-text.ts).
    if (!sheet.hidden) wrapOverflowingText(sheet);
    // Rows of wrapped text are as tall as their lines (the file writers set these heights).
    const heights = sheet.hidden ? [] : plannedRowHeights(sheet);
    if (heights.length > 0) sheet.rowHeights = heights;
    // A list sheet repeats its table's header row on every printed page.
    const table = sheet.tables[0];
    const titleRows = table ? { first: table.rect.row, last: table.rect.row } : undefined;
    sheet.print = printSetupOf(sheet, lang, titleRows);
    // Sheets of stacked tables: a table that would start at the foot of a page starts on the next one, with its
    // header (print-pages.ts). The map has its own break; the customer list is one table, its header repeated.
    if (sheet.hidden || sheet.key === "map" || sheet.key === "customers") continue;
    const breaks = tableBreaks(sheet, titleRows, sheet.pageBreakRows ?? []);
    if (breaks.length > 0) {
      sheet.pageBreakRows = breaks;
      sheet.print = printSetupOf(sheet, lang, titleRows);
    }
  }
  return { lang, sheets };
}
