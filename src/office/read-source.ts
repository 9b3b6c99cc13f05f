/**
 * Finds the customer data in the open workbook and reads it into a grid (values + number formats).
 *
 * Where it looks, in order: the Excel table that contains the selection; the block around the selection (the
 * current region, as Ctrl+A selects, extended across short runs of blank rows — see below) when the current
 * region has at least 2 rows and 2 columns; the largest table of the active sheet; the used range of the
 * active sheet. This follows the product brief ("the Excel table or the current region around the selection,
 * or the largest table"): what the user pointed at wins over a table elsewhere on the sheet.
 *
 * Why the current region is extended, and how: Excel's current region stops at the first blank row, and real
 * sheets have blank rows in the middle of the data, a title above the header and a totals row below a blank
 * row (PRODUCT.md lists all three as expected mess), so the region alone cuts the data short. Two fixes were
 * weighed. (a) Read the whole used range and let the core find the table: the core finds the header under
 * title rows and skips blank/totals rows with counted reasons, but it would also take in whatever else the
 * sheet holds — a summary block beside the data, a second table far below — and looks for the header only in
 * the first 60 rows, so a sheet with notes or another block above would lose the table the user pointed at.
 * (b) Extend the current region across blank rows: keeps the selection as the anchor, never crosses a blank
 * column (side-by-side blocks stay apart), and still hands the core the title, blank and totals rows to deal
 * with. (b) is more robust, so it is what this does — in memory, on one chunked read of the used range, rather
 * than by asking Excel for the region below each blank row (one sync per gap). Runs of up to
 * `MAX_BRIDGED_BLANK_ROWS` blank rows are bridged; a longer gap is taken as the end of the table.
 *
 * Reads in row blocks under 5 million cells and 5 MB per request (read-range.ts). One sync to locate the data,
 * one more for a table's range, then one per block.
 *
 * @throws ExcelHostError "excel/no-data" when the active sheet is empty. Excel's errors propagate raw (call it
 * inside `runExcel`).
 */
import type { CellValue } from "../core/types";
import { isBlankCell } from "../core/read/find-table";
import { a1, quoteSheet, type Rect } from "./a1";
import { ExcelHostError } from "./excel-errors";
import { readRangeInChunks, type ChunkedReadOptions } from "./read-range";
import { texts } from "../i18n/texts";

type SourceKind = "table" | "region" | "used-range";

export interface SourceData {
  sheetName: string;
  /** Sheet-qualified address of what was read ("Data!A1:L5001"). */
  address: string;
  grid: CellValue[][];
  /** Same shape as grid. */
  numberFormats: string[][];
  kind: SourceKind;
  /** Name of the Excel table read, when kind is "table". */
  tableName?: string;
  syncCount: number;
}

type ReadSourceOptions = Omit<ChunkedReadOptions, "withNumberFormats" | "withFormulas">;

/**
 * Longest run of blank rows still taken as part of the table around the selection. Blank rows inside a table
 * (between groups, before a totals row, under a title) come one or two at a time; a wider gap usually
 * separates another block (notes, a second table), which the core would otherwise read as data rows.
 */
export const MAX_BRIDGED_BLANK_ROWS = 3;

const BOUNDS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function rowIsBlank(row: readonly CellValue[] | undefined, first: number, last: number): boolean {
  if (!row) return true;
  for (let c = first; c <= last; c++) if (!isBlankCell(row[c])) return false;
  return true;
}

function columnIsBlank(grid: readonly (readonly CellValue[])[], column: number, top: number, bottom: number) {
  for (let r = top; r <= bottom; r++) if (!isBlankCell(grid[r]?.[column])) return false;
  return true;
}

/**
 * The current region `region` (coordinates relative to `grid`) grown to the block it belongs to: rows across
 * runs of at most `maxGapRows` blank rows (blank within the block's columns), columns across none (a blank
 * column separates side-by-side blocks, as in Excel's current region), repeated until nothing grows, since
 * new rows can reach into new columns and back. Pure.
 * Cost: O(cells of the result + gap rows scanned at its edges); each row or column is added once.
 */
export function extendRegionAcrossBlankRows(
  grid: readonly (readonly CellValue[])[],
  region: Rect,
  maxGapRows: number = MAX_BRIDGED_BLANK_ROWS,
): Rect {
  const rows = grid.length;
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  let top = Math.max(0, region.row);
  let bottom = Math.min(rows - 1, region.row + region.rows - 1);
  let left = Math.max(0, region.column);
  let right = Math.min(width - 1, region.column + region.columns - 1);
  if (bottom < top || right < left) return region;
  let grown = true;
  while (grown) {
    grown = false;
    for (let k = 1; k <= maxGapRows + 1 && bottom + k < rows; k++) {
      if (!rowIsBlank(grid[bottom + k], left, right)) {
        bottom += k;
        k = 0;
        grown = true;
      }
    }
    for (let k = 1; k <= maxGapRows + 1 && top - k >= 0; k++) {
      if (!rowIsBlank(grid[top - k], left, right)) {
        top -= k;
        k = 0;
        grown = true;
      }
    }
    while (right + 1 < width && !columnIsBlank(grid, right + 1, top, bottom)) {
      right++;
      grown = true;
    }
    while (left > 0 && !columnIsBlank(grid, left - 1, top, bottom)) {
      left--;
      grown = true;
    }
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function crop<T>(grid: T[][], rect: Rect): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row = grid[rect.row + r] ?? [];
    out[r] =
      rect.column === 0 && rect.columns === row.length
        ? row
        : row.slice(rect.column, rect.column + rect.columns);
  }
  return out;
}

export async function readSource(
  context: Excel.RequestContext,
  options: ReadSourceOptions = {},
): Promise<SourceData> {
  let syncCount = 0;
  const sync = async () => {
    await context.sync();
    syncCount++;
  };
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const selection = context.workbook.getSelectedRange();
  selection.load(BOUNDS);
  const selectionTables = selection.getTables(false);
  selectionTables.load("items/name");
  const region = selection.getCell(0, 0).getSurroundingRegion();
  region.load(BOUNDS);
  const sheetTables = sheet.tables;
  sheetTables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(BOUNDS);
  await sync();

  let kind: SourceKind;
  let rect: Rect;
  let tableName: string | undefined;
  const regionRect = rectOf(region);
  if (selectionTables.items.length > 0) {
    kind = "table";
    tableName = selectionTables.items[0].name;
  } else if (regionRect.rows >= 2 && regionRect.columns >= 2 && !used.isNullObject) {
    kind = "region";
  } else if (sheetTables.items.length > 0) {
    kind = "table";
  } else {
    kind = "used-range";
  }

  if (kind === "region") {
    // One chunked read of the used range; the block around the selection is cut out of it in memory.
    const usedRect = rectOf(used);
    const read = await readRangeInChunks(context, sheet, usedRect, { ...options, withNumberFormats: true });
    const local = extendRegionAcrossBlankRows(read.values, {
      row: regionRect.row - usedRect.row,
      column: regionRect.column - usedRect.column,
      rows: regionRect.rows,
      columns: regionRect.columns,
    });
    rect = { ...local, row: usedRect.row + local.row, column: usedRect.column + local.column };
    return {
      sheetName: sheet.name,
      address: `${quoteSheet(sheet.name)}!${a1(rect)}`,
      grid: crop(read.values, local),
      numberFormats: crop(read.numberFormats ?? [], local),
      kind,
      syncCount: syncCount + read.syncCount,
    };
  }

  if (kind === "table") {
    const candidates = tableName
      ? [{ name: tableName, table: sheetTables.getItem(tableName) }]
      : sheetTables.items.map((t) => ({ name: t.name, table: t }));
    const ranges = candidates.map(({ name, table }) => {
      const r = table.getRange();
      r.load(BOUNDS);
      return { name, range: r };
    });
    await sync();
    let best = ranges[0];
    for (const r of ranges)
      if (r.range.rowCount * r.range.columnCount > best.range.rowCount * best.range.columnCount) best = r;
    rect = rectOf(best.range);
    tableName = best.name;
  } else {
    if (used.isNullObject) {
      throw new ExcelHostError(
        "excel/no-data",
        texts((t) => t.office.readSource.sheetIsEmptyOpen(sheet.name)),
      );
    }
    rect = rectOf(used);
  }

  const read = await readRangeInChunks(context, sheet, rect, { ...options, withNumberFormats: true });
  return {
    sheetName: sheet.name,
    address: kind === "used-range" ? used.address : `${quoteSheet(sheet.name)}!${a1(rect)}`,
    grid: read.values,
    numberFormats: read.numberFormats ?? [],
    kind,
    tableName,
    syncCount: syncCount + read.syncCount,
  };
}
