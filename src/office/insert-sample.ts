/**
 * Inserts sample sheets ("Try with sample data") into the open workbook: each grid goes to a new sheet under
 * a free name (never replacing or touching a user's sheet), with a bold header row, optional column formats
 * and widths, and optionally as an Excel table; the first one is activated so the selection sits in the new
 * data. The inserted sheets are the user's to edit afterwards: they are not recorded as add-in sheets.
 *
 * Same batching as the renderer: one sync to see existing names, then requests under the byte budget.
 */
import type { Grid } from "../core/types";
import type { TablePlan } from "../core/plan/workbook-plan";
import { drawSheet } from "./draw-sheet";
import { OPERATION_BYTES, RequestBatch } from "./request-budget";
import { freeSheetName, freeTableName } from "./sheet-names";

interface SampleSheet {
  name: string;
  grid: Grid;
  /** One number format per column (null = General). */
  columnFormats?: (string | null)[];
  /** Widths in characters per column. */
  columnWidths?: number[];
  /** Make the grid an Excel table with this name (made unique). */
  tableName?: string;
}

export async function insertSampleSheets(
  context: Excel.RequestContext,
  sheets: readonly SampleSheet[],
  options: { signal?: { readonly aborted: boolean } } = {},
): Promise<{ names: string[]; syncCount: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const batch = new RequestBatch(context, { suspend: true, signal: options.signal });
  await batch.sync();
  const takenSheets = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const names: string[] = [];
  let first: Excel.Worksheet | null = null;
  for (const sample of sheets) {
    const name = freeSheetName(sample.name, takenSheets);
    names.push(name);
    await batch.reserve(OPERATION_BYTES * 2);
    const sheet = worksheets.add(name);
    if (!first) first = sheet;
    const rows = sample.grid.length;
    const columns = rows > 0 ? sample.grid[0].length : 0;
    const tablePlans: TablePlan[] =
      sample.tableName && rows > 1 && columns > 0
        ? [{ name: sample.tableName, rect: { row: 0, column: 0, rows, columns } }]
        : [];
    await drawSheet(
      batch,
      sheet,
      {
        blocks:
          rows > 0 && columns > 0
            ? [
                {
                  row: 0,
                  column: 0,
                  values: sample.grid as (string | number | boolean | null)[][],
                  columnFormats: sample.columnFormats,
                },
                {
                  row: 0,
                  column: 0,
                  values: [sample.grid[0] as (string | number | boolean | null)[]],
                  bold: true,
                },
              ]
            : [],
        fills: [],
        tables: tablePlans,
        charts: [],
        columnWidths: (sample.columnWidths ?? []).map((width, column) => ({ column, width })),
        freeze: rows > 1 ? { rows: 1, columns: 0 } : undefined,
      },
      (table) => freeTableName(table.name, takenTables),
    );
  }
  if (first) {
    await batch.reserve(OPERATION_BYTES);
    first.activate();
  }
  await batch.flush();
  return { names, syncCount: batch.syncCount };
}
