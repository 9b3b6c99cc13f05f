/**
 * Writes the optional segment column beside the user's table: a header and one value per data row, in the
 * column just right of the table, with fills per segment. Only into empty cells: if any cell of that column
 * (over the table's rows) holds a value or formula, nothing is written and a message names the cell. On a
 * re-run the add-in recognises the column it wrote before (recorded in the workbook settings with the sheet
 * id, position and header) and replaces it instead of refusing.
 *
 * Note: writing next to an Excel table can make Excel extend the table over the new column (AutoExpansion);
 * the user's values are still untouched.
 *
 * @throws CoreError "office/segment-column-size" when values do not match the table's rows;
 * ExcelHostError "excel/segment-column-not-empty" when the target cells are not empty.
 */
import { CoreError } from "../core/errors";
import type { CellValue } from "../core/types";
import { a1, columnName, parseA1, quoteSheet, type Rect } from "./a1";
import { applyFillGroup, writeBlock } from "./draw-sheet";
import { ExcelHostError } from "./excel-errors";
import { readRangeInChunks } from "./read-range";
import { OPERATION_BYTES, RequestBatch } from "./request-budget";
import { texts } from "../i18n/texts";

export const SEGMENT_COLUMN_SETTING_KEY = "customerMap.segmentColumn";

export interface SegmentColumnRequest {
  /** The user's table as read (header row included), e.g. readSource's address: "Data!A1:L5001". */
  address: string;
  header: string;
  /** One value per data row (the table's rows after the header). */
  values: readonly CellValue[];
  /** Fills per segment: data-row indexes (0-based) that take each style. */
  fills?: { fill: string; fontColor: string; rows: readonly number[] }[];
}

interface SegmentColumnRecord {
  sheetId: string;
  row: number;
  column: number;
  rows: number;
  header: string;
}

function sameRecord(a: unknown, b: SegmentColumnRecord): boolean {
  if (typeof a !== "object" || a === null) return false;
  const r = a as SegmentColumnRecord;
  return r.sheetId === b.sheetId && r.column === b.column && r.row === b.row && r.header === b.header;
}

/** Row runs of the given indexes as 1-column rectangles (for one fill group). */
function rowRuns(rows: readonly number[], firstRow: number, column: number): Rect[] {
  const sorted = Array.from(rows).sort((a, b) => a - b);
  const out: Rect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.row + last.rows === firstRow + r) last.rows++;
    else if (!last || last.row + last.rows <= firstRow + r)
      out.push({ row: firstRow + r, column, rows: 1, columns: 1 });
  }
  return out;
}

export async function writeSegmentColumn(
  context: Excel.RequestContext,
  request: SegmentColumnRequest,
): Promise<{ address: string; syncCount: number }> {
  const { sheet: sheetName, rect: table } = parseA1(request.address);
  if (request.values.length !== table.rows - 1) {
    throw new CoreError(
      "office/segment-column-size",
      texts((t) => t.office.writeSegmentColumn.segmentColumnHas(request.values.length, table.rows - 1)),
    );
  }
  const sheet = sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id,name");
  const setting = context.workbook.settings.getItemOrNullObject(SEGMENT_COLUMN_SETTING_KEY);
  setting.load("value");
  await context.sync();
  let syncCount = 1;

  const target: Rect = { row: table.row, column: table.column + table.columns, rows: table.rows, columns: 1 };
  const record: SegmentColumnRecord = {
    sheetId: sheet.id,
    row: target.row,
    column: target.column,
    rows: target.rows,
    header: request.header,
  };
  const previous = setting.isNullObject ? null : (setting.value as SegmentColumnRecord | null);
  const ours = sameRecord(previous, record);
  if (!ours) {
    const current = await readRangeInChunks(context, sheet, target, { withFormulas: true });
    syncCount += current.syncCount;
    for (let i = 0; i < target.rows; i++) {
      const value = current.values[i][0];
      const formula = current.formulas ? current.formulas[i][0] : "";
      if (value !== "" || (formula !== "" && formula !== null)) {
        const cell = `${columnName(target.column)}${target.row + i + 1}`;
        const shown = String(formula !== "" && formula !== null ? formula : value).slice(0, 40);
        throw new ExcelHostError(
          "excel/segment-column-not-empty",
          texts((t) =>
            t.office.writeSegmentColumn.nextColumnNotEmpty(columnName(target.column), cell, shown),
          ),
          { where: cell },
        );
      }
    }
  }

  const batch = new RequestBatch(context, { suspend: true });
  if (ours && previous) {
    await batch.reserve(OPERATION_BYTES * 2);
    sheet.getRangeByIndexes(previous.row, previous.column, previous.rows, 1).clear("Contents");
  }
  await writeBlock(batch, sheet, {
    row: target.row,
    column: target.column,
    values: [[request.header], ...request.values.map((v) => [v])],
  });
  await batch.reserve(OPERATION_BYTES * 2);
  sheet.getRangeByIndexes(target.row, target.column, 1, 1).format.font.bold = true;
  for (const f of request.fills ?? []) {
    await applyFillGroup(batch, sheet, {
      fill: f.fill,
      fontColor: f.fontColor,
      rects: rowRuns(f.rows, target.row + 1, target.column),
    });
  }
  await batch.reserve(OPERATION_BYTES * 2);
  context.workbook.settings.add(SEGMENT_COLUMN_SETTING_KEY, record);
  await batch.flush();
  return { address: `${quoteSheet(sheet.name)}!${a1(target)}`, syncCount: syncCount + batch.syncCount };
}
