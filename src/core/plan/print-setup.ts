/**
 * How each sheet prints: one page wide (the reader never gets a page with three columns of a table), landscape
 * when the printed columns are wider than they are tall, header rows repeated on every page, and a footer
 * with the map's name, the sheet and "page x of y" in the sheet's language. Decided here, once, from the plan,
 * so the streaming writer, the ExcelJS writer and Excel (Office.js) print the same pages.
 */
import type { Lang, Localized } from "../types";
import type { CellRect, PrintSetup, SheetPlan } from "./workbook-plan";
import { tr } from "../language";
import { texts } from "../../i18n/texts";
import { DEFAULT_COLUMN_WIDTH } from "./fit-text";

/** Points per character of column width and per row, as spreadsheet programs lay out Calibri 11. */
const POINTS_PER_CHARACTER = 5.6;
const POINTS_PER_ROW = 15;
/** Printable width of an A4/Letter page in points at 100 % (0.7" margins): upright and landscape. */
const PORTRAIT_WIDTH = 500;

const FOOTER_PAGE: Localized = texts((t) => t.plan.printSetup.footerPage);
const FOOTER_TITLE: Localized = texts((t) => t.plan.printSetup.footerTitle);

/** Text as a header/footer literal: `&` starts a code, so a literal one is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * The print area a renderer writes: the plan's, which takes in the chart under the map (Excel and the
 * streaming file writer draw it at the top of the map's second page, the segment legend under it). A renderer
 * that draws no chart (the ExcelJS peer, `drawsCharts` false) prints the same area, the chart's place left
 * blank above the legend.
 */
export function printAreaOf(sheet: SheetPlan, drawsCharts: boolean): CellRect | undefined {
  void drawsCharts;
  return sheet.printArea;
}

/**
 * The columns and rows that print where the chart is drawn (Excel, the streaming writer): the print area, else
 * everything the blocks cover. The page's orientation is decided on it.
 */
function printedRect(sheet: SheetPlan): CellRect {
  const area = printAreaOf(sheet, true);
  if (area) return area;
  let rows = 0;
  let columns = 0;
  for (const block of sheet.blocks) {
    rows = Math.max(rows, block.row + block.values.length);
    columns = Math.max(columns, block.column + (block.values[0]?.length ?? 0));
  }
  return { row: 0, column: 0, rows, columns };
}

/** Width in points of the printed columns (`DEFAULT_COLUMN_WIDTH` where the plan sets none). */
function printedWidthPoints(sheet: SheetPlan, rect: CellRect): number {
  const widths = new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
  let total = 0;
  for (let c = rect.column; c < rect.column + rect.columns; c++)
    total += (widths.get(c) ?? DEFAULT_COLUMN_WIDTH) * POINTS_PER_CHARACTER;
  return total;
}

/**
 * The print setup of a sheet. `headerRows`: the rows to repeat on every page (a table's header), when the
 * sheet is a long list. The map prints on one page; every other sheet on one page wide and as many tall.
 */
export function printSetupOf(
  sheet: SheetPlan,
  lang: Lang,
  headerRows?: { first: number; last: number },
): PrintSetup {
  const rect = printedRect(sheet);
  const width = printedWidthPoints(sheet, rect);
  const height = rect.rows * POINTS_PER_ROW;
  // Upright when the content fits the upright width or is taller than wide (the map of a 6×2 matrix);
  // landscape for wide tables, where it keeps the text larger.
  const upright = width <= PORTRAIT_WIDTH || (sheet.key === "map" && height > width);
  // A map with a page break (its chart and legend on a second page) prints one page wide and as tall as its
  // breaks make it: spreadsheets ignore manual breaks when told how many pages tall to fit.
  const breaks = sheet.pageBreakRows ?? [];
  return {
    orientation: upright ? "portrait" : "landscape",
    fitToWidth: 1,
    fitToHeight: sheet.key === "map" && breaks.length === 0 ? 1 : 0,
    ...(breaks.length > 0 ? { rowBreaks: breaks.slice() } : {}),
    ...(headerRows ? { titleRows: headerRows } : {}),
    footer: {
      left: footerText(`${tr(FOOTER_TITLE, lang)} · ${sheet.name}`),
      right: tr(FOOTER_PAGE, lang),
    },
  };
}
