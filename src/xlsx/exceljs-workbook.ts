/**
 * The previous renderer, kept as the writing benchmark's peer (`npm run bench -- write`) and for callers that
 * want an ExcelJS workbook object: the CLI writes with the streaming writer in write-workbook.ts instead.
 * Renders a workbook plan to an .xlsx file with ExcelJS: the same sheets, values, number formats, fonts,
 * fills, tables (with filter buttons), frozen panes, column widths, tab colors and the hidden history
 * sheet. ExcelJS cannot write charts, so where the plan has a chart this writes a note at the chart's
 * anchor pointing to the colored map and the chart's data (the streaming writer draws the chart itself).
 *
 * Safety: strings are always written as string cells (shared strings), never as formulas, whatever they
 * start with (`=`, `+`, `-`, `@`); this module never creates formula cells.
 * Cost: O(cells) in memory (ExcelJS keeps the workbook in memory); fine up to a few 1e5 customers.
 */
import { plannedRowHeights } from "../core/plan/print-pages";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import type { Block, ChartPlan, SheetPlan, WorkbookPlan } from "../core/plan/workbook-plan";
import { printAreaOf, printSetupOf } from "../core/plan/print-setup";
import { columnLetters, fillTemplate } from "../core/text";
import { argbOf } from "./write-workbook";
import { type Lang, tr } from "../core/language";
import { texts } from "../i18n/texts";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

const CHART_NOTE = texts((t) => t.xlsx.exceljsWorkbook.chartNote);

/** A1-style range of a rect, e.g. "B2:D10". */
function rangeOf(rect: { row: number; column: number; rows: number; columns: number }): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  const last = `${columnLetters(rect.column + Math.max(1, rect.columns) - 1)}${rect.row + Math.max(1, rect.rows)}`;
  return `${first}:${last}`;
}

/** A plan value as an ExcelJS cell value: strings stay strings (never formulas), non-finite numbers empty. */
function cellValueOf(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return value;
}

function writeBlock(worksheet: ExcelJS.Worksheet, block: Block): void {
  const font: Partial<ExcelJS.Font> = {};
  if (block.bold) font.bold = true;
  if (block.italic) font.italic = true;
  if (block.fontSize) font.size = block.fontSize;
  if (block.fontColor) font.color = { argb: argbOf(block.fontColor) };
  const hasFont = Object.keys(font).length > 0;
  const fill: ExcelJS.Fill | undefined = block.fill
    ? { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(block.fill) } }
    : undefined;
  const alignment: Partial<ExcelJS.Alignment> | undefined =
    block.align || block.wrap
      ? {
          ...(block.align ? { horizontal: block.align } : {}),
          ...(block.wrap ? { wrapText: true } : {}),
          vertical: "top",
        }
      : undefined;
  const formats = block.columnFormats;
  for (let r = 0; r < block.values.length; r++) {
    const row = worksheet.getRow(block.row + r + 1);
    const values = block.values[r];
    for (let c = 0; c < values.length; c++) {
      const cell = row.getCell(block.column + c + 1);
      cell.value = cellValueOf(values[c]);
      const format = formats?.[c];
      if (format) cell.numFmt = format;
      if (hasFont) cell.font = { ...font };
      if (fill) cell.fill = fill;
      if (alignment) cell.alignment = alignment;
    }
  }
}

/**
 * Rows holding wrapped text get the plan's height for their lines (`SheetPlan.rowHeights`; spreadsheet programs
 * do not re-measure rows of a file on opening, so wrapped text would otherwise overlap).
 */
function fitWrappedRowHeights(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const { row, height } of sheet.rowHeights ?? plannedRowHeights(sheet)) {
    const sheetRow = worksheet.getRow(row + 1);
    sheetRow.height = height;
    // Everything in a tall row reads from the top, beside the wrapped text.
    sheetRow.eachCell((cell) => {
      cell.alignment = { ...cell.alignment, vertical: "top" };
    });
  }
}

function writeChartNote(worksheet: ExcelJS.Worksheet, chart: ChartPlan, lang: Lang): void {
  const dataColumn = chart.series[0] ? Math.max(0, chart.series[0].xRect.column - 2) : chart.anchor.column;
  const cell = worksheet.getCell(chart.anchor.row + 1, chart.anchor.column + 1);
  cell.value = fillTemplate(tr(CHART_NOTE, lang), { column: columnLetters(dataColumn) });
  cell.font = { italic: true, color: { argb: "FF595959" } };
  cell.alignment = { wrapText: true, vertical: "top" };
  worksheet.mergeCells(
    chart.anchor.row + 1,
    chart.anchor.column + 1,
    chart.anchor.row + 4,
    chart.anchor.column + Math.min(chart.anchor.columns, 4),
  );
}

/** The table's header names and rows, taken from the cells the blocks wrote (the plan says they coincide). */
function tableContent(
  worksheet: ExcelJS.Worksheet,
  rect: { row: number; column: number; rows: number; columns: number },
) {
  const headerRow = worksheet.getRow(rect.row + 1);
  const names: string[] = [];
  for (let c = 0; c < rect.columns; c++) {
    const value = headerRow.getCell(rect.column + c + 1).value;
    names.push(value === null || value === undefined ? `Column ${c + 1}` : String(value));
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r < rect.rows; r++) {
    const row = worksheet.getRow(rect.row + r + 1);
    const values: ExcelJS.CellValue[] = new Array(rect.columns);
    for (let c = 0; c < rect.columns; c++) values[c] = row.getCell(rect.column + c + 1).value;
    rows.push(values);
  }
  return { names, rows };
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan, lang: Lang): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: sheet.tabColor ? { tabColor: { argb: argbOf(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [
          {
            state: "frozen",
            xSplit: sheet.freeze.columns,
            ySplit: sheet.freeze.rows,
            showGridLines: sheet.key !== "map",
          },
        ]
      : [{ state: "normal", showGridLines: sheet.key !== "map" }],
  });
  // No chart can be drawn here, so the printed map stops before the chart's (empty) place.
  const printArea = printAreaOf(sheet, false);
  // Printing (and PDF export) is part of "opening the result": the plan's page setup, one page wide.
  const print = sheet.print ?? printSetupOf(sheet, lang);
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    // ExcelJS prefixes each end with "$" itself, so it is given "A$1:P$29" to write "$A$1:$P$29".
    ...(printArea ? { printArea: rangeOf(printArea).replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}` }
      : {}),
  };
  worksheet.headerFooter = { oddFooter: `&L${print.footer.left}&R${print.footer.right}` };
  // A break under 1-based row n starts the page at 0-based row n.
  for (const row of print.rowBreaks ?? []) worksheet.getRow(row).addPageBreak();
  for (const { column, width } of sheet.columnWidths) worksheet.getColumn(column + 1).width = width;
  for (const block of sheet.blocks) writeBlock(worksheet, block);
  fitWrappedRowHeights(worksheet, sheet);
  for (const group of sheet.fills) {
    const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(group.fill) } };
    const fontColor = { argb: argbOf(group.fontColor) };
    for (const rect of group.rects) {
      for (let r = 0; r < rect.rows; r++) {
        const row = worksheet.getRow(rect.row + r + 1);
        for (let c = 0; c < rect.columns; c++) {
          const cell = row.getCell(rect.column + c + 1);
          cell.fill = fill;
          // Keep the block's bold/italic/size; the group only sets the color (and bold when it says so).
          cell.font = { ...cell.font, color: fontColor, ...(group.bold ? { bold: true } : {}) };
        }
      }
    }
  }
  for (const table of sheet.tables) {
    const { names, rows } = tableContent(worksheet, table.rect);
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetters(table.rect.column)}${table.rect.row + 1}`,
      headerRow: true,
      totalsRow: false,
      style: {
        theme: (table.style ?? "TableStyleLight1") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  for (const chart of sheet.charts) writeChartNote(worksheet, chart, lang);
}

/** Builds the ExcelJS workbook of a plan (exposed for tests and for writing to a buffer). */
function workbookOfPlan(plan: WorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Customer Map for Excel";
  for (const sheet of plan.sheets) renderSheet(workbook, sheet, plan.lang);
  const firstVisible = plan.sheets.findIndex((sheet) => !sheet.hidden);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, firstVisible),
      visibility: "visible",
    },
  ];
  return workbook;
}

/**
 * Writes the plan to `path` (.xlsx). Overwrites `path`; callers make sure it is not the input file.
 * Throws whatever the file system throws (no such folder, permission denied).
 */
export async function writeWorkbookPlanWithExcelJs(plan: WorkbookPlan, path: string): Promise<void> {
  await workbookOfPlan(plan).xlsx.writeFile(path);
}
