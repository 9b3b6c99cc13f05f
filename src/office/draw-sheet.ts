/**
 * Draws the content of one planned sheet into a worksheet: value blocks in row chunks sized to the request
 * budget, number formats per column run (one broadcast operation, not per cell), block styles per block, fills
 * per FillGroup (one range area per group, address lists split to stay within what `getRanges` accepts),
 * tables, charts, column widths, row heights (one range area per height), frozen panes and tab color. Only queues operations through a RequestBatch,
 * which decides when to sync.
 *
 * Requirement sets: ExcelApi 1.9 (getRanges/RangeAreas; 1.7 for tabColor, freezePanes and chart series).
 * Cost: O(cells) time for the values, O(rects log rects) for fills; syncs ≈ bytes / budget.
 */
import { CoreError } from "../core/errors";
import type { CellValue } from "../core/types";
import {
  CHART_MARKER_SIZE,
  type Block,
  type CellRect,
  type ChartPlan,
  type FillGroup,
  type SheetPlan,
  type TablePlan,
} from "../core/plan/workbook-plan";
import { markerOutlineOf } from "../core/segment/palette";
import { a1, type Rect } from "./a1";
import { cellJsonBytes, jsonStringBytes, OPERATION_BYTES, type RequestBatch } from "./request-budget";
import { guardText } from "./text-guard";
import { texts } from "../i18n/texts";

/** What of a SheetPlan gets drawn (name, key and visibility are the caller's business). */
type SheetContent = Pick<
  SheetPlan,
  | "blocks"
  | "fills"
  | "tables"
  | "charts"
  | "columnWidths"
  | "rowHeights"
  | "freeze"
  | "tabColor"
  | "print"
  | "printArea"
>;

/**
 * The plan's page setup (ExcelApi 1.9): manual page breaks (`horizontalPageBreaks`, every host the add-in runs
 * on), then orientation, one page wide, header rows repeated, footer and print area (`pageLayout`) — the same
 * pages the file writers produce. The pageLayout part is skipped where the host has none (the test double).
 */
function applyPrintSetup(
  sheet: Excel.Worksheet,
  print: SheetContent["print"],
  printArea: SheetContent["printArea"],
): void {
  if (!print) return;
  // Manual page breaks (the map's chart on a page of its own): a break above the row's first cell.
  // ExcelApi 1.9, the add-in's minimum (requirements.ts).
  const breaks = sheet.horizontalPageBreaks;
  // A sheet drawn again (a re-run) keeps no break of the previous drawing.
  breaks.removePageBreaks();
  for (const row of print.rowBreaks ?? []) breaks.add(`A${row + 1}`);
  const layout = (sheet as { pageLayout?: Excel.PageLayout }).pageLayout;
  if (!layout) return;
  // The plan's print area, as the file writer writes it: the map and its chart, not the chart's data block.
  if (printArea) layout.setPrintArea(rangeOf(sheet, printArea));
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = print.footer.left;
  footer.rightFooter = print.footer.right;
}

/** Longest address list passed to one `getRanges` call; Excel fails near 8,192 characters. */
const MAX_RANGE_AREAS_ADDRESS_CHARS = 4000;

/** Excel column width in points for a width in characters (Calibri 11: 7 px per character + 5 px padding). */
function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** "#RRGGBB" for "RRGGBB"/"#rrggbb"; anything else (named colors) unchanged. */
function excelColor(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  return m ? `#${m[1].toUpperCase()}` : color;
}

/**
 * The value to send for one planned cell: text is guarded so it stays text (see text-guard), null and
 * non-finite numbers become "" (Office.js would skip nulls, and NaN does not survive JSON).
 */
function excelCellValue(value: CellValue, textFormatted: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string") return textFormatted ? value : guardText(value);
  return value;
}

function blockError(detail: string): CoreError {
  return new CoreError(
    "plan/invalid-block",
    texts((t) => t.office.drawSheet.invalidPlanBlock(detail)),
  );
}

async function writeNumberFormats(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  block: Block,
  rows: number,
): Promise<void> {
  const formats = block.columnFormats;
  if (!formats) return;
  // Runs of adjacent columns with the same format share one broadcast operation.
  for (let j = 0; j < formats.length;) {
    const format = formats[j];
    let end = j + 1;
    while (end < formats.length && formats[end] === format) end++;
    if (format && format !== "General") {
      await batch.reserve(OPERATION_BYTES * 2 + jsonStringBytes(format));
      sheet.getRangeByIndexes(block.row, block.column + j, rows, end - j).numberFormat = [[format]];
    }
    j = end;
  }
}

async function writeValues(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  block: Block,
  columns: number,
): Promise<void> {
  const textColumns = (block.columnFormats ?? []).map((f) => f === "@");
  const rows = block.values.length;
  let chunk: CellValue[][] = [];
  let chunkStart = 0;
  let chunkBytes = OPERATION_BYTES * 2;
  const emit = async () => {
    if (chunk.length === 0) return;
    await batch.reserve(chunkBytes);
    sheet.getRangeByIndexes(block.row + chunkStart, block.column, chunk.length, columns).values = chunk;
    chunkStart += chunk.length;
    chunk = [];
    chunkBytes = OPERATION_BYTES * 2;
  };
  for (let i = 0; i < rows; i++) {
    const source = block.values[i];
    if (source.length !== columns)
      throw blockError(`row ${i + 1} has ${source.length} cells, expected ${columns}`);
    let row: CellValue[] = source as CellValue[];
    let rowBytes = 2;
    for (let j = 0; j < columns; j++) {
      const value = source[j];
      const out = excelCellValue(value, textColumns[j] === true);
      if (out !== value) {
        if (row === source) row = source.slice(); // copy only rows that change; the plan stays untouched
        row[j] = out;
      }
      rowBytes += cellJsonBytes(out);
    }
    if (chunk.length > 0 && chunkBytes + rowBytes > batch.remaining()) await emit();
    if (chunkBytes + rowBytes > batch.budgetBytes - OPERATION_BYTES * 2) {
      throw blockError(`row ${i + 1} alone is larger than one Excel request (${rowBytes} bytes)`);
    }
    chunk.push(row);
    chunkBytes += rowBytes;
  }
  await emit();
}

async function styleBlock(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  block: Block,
  columns: number,
): Promise<void> {
  const styled =
    block.bold !== undefined ||
    block.italic !== undefined ||
    block.fontSize !== undefined ||
    block.fontColor !== undefined ||
    block.fill !== undefined ||
    block.wrap !== undefined ||
    block.align !== undefined;
  if (!styled) return;
  await batch.reserve(OPERATION_BYTES * 8);
  const range = sheet.getRangeByIndexes(block.row, block.column, block.values.length, columns);
  if (block.bold !== undefined) range.format.font.bold = block.bold;
  if (block.italic !== undefined) range.format.font.italic = block.italic;
  if (block.fontSize !== undefined) range.format.font.size = block.fontSize;
  if (block.fontColor !== undefined) range.format.font.color = excelColor(block.fontColor);
  if (block.fill !== undefined) range.format.fill.color = excelColor(block.fill);
  if (block.wrap !== undefined) range.format.wrapText = block.wrap;
  if (block.align !== undefined) {
    range.format.horizontalAlignment =
      block.align === "left" ? "Left" : block.align === "center" ? "Center" : "Right";
  }
}

/** Writes one block: number formats first (so Text-formatted columns receive text), values, then styles. */
export async function writeBlock(batch: RequestBatch, sheet: Excel.Worksheet, block: Block): Promise<number> {
  const rows = block.values.length;
  if (rows === 0) return 0;
  const columns = block.values[0].length;
  if (columns === 0) return 0;
  if (block.columnFormats && block.columnFormats.length !== columns) {
    throw blockError(`${block.columnFormats.length} column formats for ${columns} columns`);
  }
  await writeNumberFormats(batch, sheet, block, rows);
  await writeValues(batch, sheet, block, columns);
  await styleBlock(batch, sheet, block, columns);
  return rows * columns;
}

/** Merges vertically adjacent rectangles with the same column span (fewer, shorter addresses). O(n log n). */
function mergeRects(rects: readonly CellRect[]): Rect[] {
  const sorted = rects
    .filter((r) => r.rows > 0 && r.columns > 0)
    .slice()
    .sort((a, b) => a.column - b.column || a.columns - b.columns || a.row - b.row);
  const out: Rect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === r.column && last.columns === r.columns && last.row + last.rows >= r.row) {
      last.rows = Math.max(last.row + last.rows, r.row + r.rows) - last.row;
    } else out.push({ row: r.row, column: r.column, rows: r.rows, columns: r.columns });
  }
  return out;
}

/** Splits rectangles into comma-separated address lists of at most `maxChars` characters. */
function addressLists(rects: readonly Rect[], maxChars = MAX_RANGE_AREAS_ADDRESS_CHARS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const rect of rects) {
    const address = a1(rect);
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** One fill style for all its rectangles: one RangeAreas per address list, never one operation per cell. */
export async function applyFillGroup(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  group: FillGroup,
): Promise<number> {
  let operations = 0;
  for (const list of addressLists(mergeRects(group.rects))) {
    await batch.reserve(OPERATION_BYTES * 5 + jsonStringBytes(list));
    const areas = sheet.getRanges(list);
    areas.format.fill.color = excelColor(group.fill);
    areas.format.font.color = excelColor(group.fontColor);
    if (group.bold !== undefined) areas.format.font.bold = group.bold;
    operations++;
  }
  return operations;
}

/**
 * The plan's heights of the rows of wrapped text (`SheetPlan.rowHeights`, points), the heights the file
 * writers set: rows of one height share one range area (a column-A cell per row, adjacent rows merged), so the
 * operations are at most the distinct heights (8: 15 points a line) times the address lists, never one per row.
 */
async function applyRowHeights(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  rowHeights: SheetContent["rowHeights"],
): Promise<void> {
  const rowsByHeight = new Map<number, CellRect[]>();
  for (const { row, height } of rowHeights ?? []) {
    const rects = rowsByHeight.get(height) ?? [];
    rects.push({ row, column: 0, rows: 1, columns: 1 });
    rowsByHeight.set(height, rects);
  }
  for (const [height, rects] of rowsByHeight) {
    for (const list of addressLists(mergeRects(rects))) {
      await batch.reserve(OPERATION_BYTES * 3 + jsonStringBytes(list));
      sheet.getRanges(list).format.rowHeight = height;
    }
  }
}

function rangeOf(sheet: Excel.Worksheet, rect: CellRect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
}

const CHART_TYPES: Record<ChartPlan["type"], string> = {
  scatter: "XYScatter",
  bubble: "Bubble",
  bar: "BarClustered",
};

/** One chart from its plan: the first series comes with the chart, the others are added; empty ones skipped. */
async function addChart(batch: RequestBatch, sheet: Excel.Worksheet, plan: ChartPlan): Promise<boolean> {
  const series = plan.series.filter((s) => s.xRect.rows > 0 && s.yRect.rows > 0);
  if (series.length === 0) return false;
  await batch.reserve(OPERATION_BYTES * (11 + series.length * 10));
  const chart = sheet.charts.add(
    CHART_TYPES[plan.type] as Excel.ChartType,
    rangeOf(sheet, series[0].yRect),
    "Columns",
  );
  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.xAxisTitle;
  chart.axes.valueAxis.title.text = plan.yAxisTitle;
  // The same picture as the file writer's chart (src/xlsx/chart-xml.ts): axis labels at the plot's edge (never
  // among the points when margins go negative), the legend under the plot, small circles of the segment's color.
  chart.axes.categoryAxis.tickLabelPosition = "Low";
  chart.axes.valueAxis.tickLabelPosition = "Low";
  // Revenue spanning orders of magnitude: a base-10 logarithmic horizontal axis, as in the file (ExcelApi 1.7).
  if (plan.xAxisScale === "logarithmic") {
    chart.axes.categoryAxis.scaleType = "Logarithmic";
    chart.axes.categoryAxis.logBase = 10;
  }
  chart.legend.position = "Bottom";
  series.forEach((s, i) => {
    const target = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    target.name = s.name;
    target.setXAxisValues(rangeOf(sheet, s.xRect));
    target.setValues(rangeOf(sheet, s.yRect));
    if (plan.type === "bubble" && s.sizeRect) target.setBubbleSizes(rangeOf(sheet, s.sizeRect));
    if (plan.type === "scatter") {
      target.markerStyle = "Circle";
      target.markerSize = CHART_MARKER_SIZE;
    }
    target.markerBackgroundColor = excelColor(s.color);
    target.markerForegroundColor = excelColor(markerOutlineOf(s.color));
  });
  const a = plan.anchor;
  chart.setPosition(
    sheet.getRangeByIndexes(a.row, a.column, 1, 1),
    sheet.getRangeByIndexes(a.row + Math.max(1, a.rows) - 1, a.column + Math.max(1, a.columns) - 1, 1, 1),
  );
  return true;
}

interface DrawResult {
  cellsWritten: number;
  fillOperations: number;
  tables: { plan: TablePlan; table: Excel.Table }[];
  charts: number;
}

/**
 * Draws everything of `content` into `sheet`. Tables are created with `tableName(plan)` (the caller renames
 * them when final names become free).
 */
export async function drawSheet(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  content: SheetContent,
  tableName: (plan: TablePlan, index: number) => string,
  onCells?: (cells: number) => void,
): Promise<DrawResult> {
  const result: DrawResult = { cellsWritten: 0, fillOperations: 0, tables: [], charts: 0 };
  if (content.tabColor) {
    await batch.reserve(OPERATION_BYTES);
    sheet.tabColor = excelColor(content.tabColor);
  }
  for (const block of content.blocks) {
    const cells = await writeBlock(batch, sheet, block);
    result.cellsWritten += cells;
    onCells?.(cells);
  }
  for (const group of content.fills) result.fillOperations += await applyFillGroup(batch, sheet, group);
  for (let i = 0; i < content.tables.length; i++) {
    const plan = content.tables[i];
    await batch.reserve(OPERATION_BYTES * 5);
    const table = sheet.tables.add(rangeOf(sheet, plan.rect), true);
    table.name = tableName(plan, i);
    if (plan.style) table.style = plan.style;
    table.showFilterButton = true;
    result.tables.push({ plan, table });
  }
  for (const chart of content.charts) if (await addChart(batch, sheet, chart)) result.charts++;
  // Columns with the same width side by side share one operation.
  const widths = content.columnWidths.slice().sort((a, b) => a.column - b.column);
  for (let i = 0; i < widths.length;) {
    let end = i + 1;
    while (
      end < widths.length &&
      widths[end].column === widths[end - 1].column + 1 &&
      widths[end].width === widths[i].width
    )
      end++;
    await batch.reserve(OPERATION_BYTES * 2);
    sheet.getRangeByIndexes(0, widths[i].column, 1, end - i).format.columnWidth = columnWidthPoints(
      widths[i].width,
    );
    i = end;
  }
  await applyRowHeights(batch, sheet, content.rowHeights);
  const freeze = content.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await batch.reserve(OPERATION_BYTES * 2);
    if (freeze.rows > 0 && freeze.columns > 0) {
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
    } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
    else sheet.freezePanes.freezeColumns(freeze.columns);
  }
  applyPrintSetup(sheet, content.print, content.printArea);
  return result;
}
