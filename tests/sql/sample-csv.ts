/**
 * Test inputs for the SQL path: a sample workbook's analysed table written as a typed CSV, as a warehouse export
 * would be (from its header row, dates as yyyy-mm-dd, money as plain numbers: the sample's few amounts typed as
 * text, like "2.765,73", are written as the number the in-process reader reads in them), so DuckDB and the
 * in-process reader read the very same file. A database does not guess number conventions: see
 * src/sql/feature-query.ts.
 */
import { promises as fs } from "fs";
import { EXCEL_SERIAL_OF_EPOCH } from "../../src/core/excel-serial";
import { parseNumberText } from "../../src/core/read/parse-number";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import type { CellValue } from "../../src/core/types";
import { readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { openWorkbookFile } from "../../src/xlsx/read-file";

const DATE_ROLES = new Set(["date", "firstPurchase", "lastPurchase"]);
const MONEY_ROLES = new Set(["revenue", "cost", "marginAmount", "unitPrice", "previousRevenue"]);

function csvCell(cell: CellValue | undefined, kind: "date" | "money" | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (kind === "date" && typeof cell === "number")
    return new Date((cell - EXCEL_SERIAL_OF_EPOCH) * 86_400_000).toISOString().slice(0, 10);
  if (kind === "money" && typeof cell === "string" && cell.trim() !== "") {
    const value = parseNumberText(cell.replace("€", "").trim(), ",");
    return Number.isNaN(value) ? "" : String(value);
  }
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the table `readCustomerGrid` finds in the workbook's analysed sheet to `file`; returns its row count. */
export async function writeSampleCsv(workbook: string, file: string): Promise<number> {
  const book = readOpenedWorkbook(await openWorkbookFile(workbook), {});
  const read = readCustomerGrid(book.grid);
  const { headerRow, lastRow, firstColumn, lastColumn } = read.table;
  const kindOf = new Map<number, "date" | "money">();
  for (const m of read.mapping) {
    if (m.role && DATE_ROLES.has(m.role)) kindOf.set(firstColumn + m.column, "date");
    if (m.role && MONEY_ROLES.has(m.role)) kindOf.set(firstColumn + m.column, "money");
  }
  const lines: string[] = [];
  for (let r = headerRow; r <= lastRow; r++) {
    const row = book.grid[r] ?? [];
    const cells: string[] = [];
    for (let c = firstColumn; c <= lastColumn; c++)
      cells.push(csvCell(row[c], r > headerRow ? kindOf.get(c) : undefined));
    lines.push(cells.join(","));
  }
  await fs.writeFile(file, lines.join("\n") + "\n");
  return lastRow - headerRow;
}
