/**
 * Finds the customer data in the open workbook and reads it into a grid (values + number formats).
 *
 * Where it looks, in order: the Excel table that contains the selection; the current region around the
 * selection (the block bounded by blank rows/columns, as Ctrl+A selects) when it has at least 2 rows and 2
 * columns; the largest table of the active sheet; the used range of the active sheet. This follows the product
 * brief ("the Excel table or the current region around the selection, or the largest table"): what the user
 * pointed at wins over a table elsewhere on the sheet.
 *
 * Reads in row blocks under 5 million cells and 5 MB per request (read-range.ts). Two or three syncs to
 * locate the data, then one per block.
 *
 * @throws ExcelHostError "excel/no-data" when the active sheet is empty. Excel's errors propagate raw (call it
 * inside `runExcel`).
 */
import type { CellValue } from "../core/types";
import { a1, quoteSheet, type Rect } from "./a1";
import { ExcelHostError } from "./excel-errors";
import { readRangeInChunks, type ChunkedReadOptions } from "./read-range";

export type SourceKind = "table" | "region" | "used-range";

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

export type ReadSourceOptions = Omit<ChunkedReadOptions, "withNumberFormats" | "withFormulas">;

const BOUNDS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
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
  } else if (regionRect.rows >= 2 && regionRect.columns >= 2) {
    kind = "region";
  } else if (sheetTables.items.length > 0) {
    kind = "table";
  } else {
    kind = "used-range";
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
  } else if (kind === "region") {
    rect = regionRect;
  } else {
    if (used.isNullObject) {
      throw new ExcelHostError("excel/no-data", {
        en: `Sheet "${sheet.name}" is empty. Open the sheet with your customer data, select a cell inside the table and try again.`,
        es: `La hoja "${sheet.name}" está vacía. Abra la hoja con sus datos de clientes, seleccione una celda de la tabla y vuelva a intentarlo.`,
      });
    }
    rect = rectOf(used);
  }

  const read = await readRangeInChunks(context, sheet, rect, { ...options, withNumberFormats: true });
  const address = kind === "region" ? region.address : kind === "used-range" ? used.address : undefined;
  return {
    sheetName: sheet.name,
    address: address ?? `${quoteSheet(sheet.name)}!${a1(rect)}`,
    grid: read.values,
    numberFormats: read.numberFormats ?? [],
    kind,
    tableName,
    syncCount: syncCount + read.syncCount,
  };
}
