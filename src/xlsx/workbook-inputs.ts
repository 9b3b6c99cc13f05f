/**
 * What a build takes from workbooks besides the data sheet, decided in one place for the command line and the
 * web page: the customer attributes on the workbook's other sheets, and the history record of an earlier
 * result (for mobility: who moved between segments since that map). Environment-neutral.
 */
import { readAssignmentHistory, type HistoryRun } from "../core/plan/history-sheet";
import { sheetNameCandidates } from "../core/plan/sheet-names";
import type { Grid } from "../core/types";
import { readOpenedWorkbook, type OpenedWorkbook } from "./read-bytes";

/**
 * The workbook's other sheets as possible customer-attribute tables (region, sector, channel, size,
 * acquisition cost), never the data sheet itself, a hidden sheet (working data the user does not see) nor our
 * history record; the pipeline joins a sheet only
 * when its id column matches most customers. An unreadable side sheet just brings nothing.
 */
export function attributeGridsOf(book: OpenedWorkbook, mainSheet: string): { name: string; grid: Grid }[] {
  // Only the history record is surely ours: a user's own sheet may well be called "Clientes".
  const ours = new Set(sheetNameCandidates("history"));
  const grids: { name: string; grid: Grid }[] = [];
  for (const name of book.sheetNames) {
    if (name === mainSheet || ours.has(name) || book.hiddenSheets.includes(name)) continue;
    try {
      grids.push({ name, grid: book.sheet(name).grid });
    } catch {
      // Nothing to join from this sheet.
    }
  }
  return grids;
}

/** The runs recorded in an earlier result's history sheet; [] when the workbook is not one of our results. */
export function historyRunsOf(book: OpenedWorkbook): HistoryRun[] {
  for (const name of sheetNameCandidates("history")) {
    try {
      return readAssignmentHistory(readOpenedWorkbook(book, { sheet: name }).grid);
    } catch {
      // Not one of our results under this name.
    }
  }
  return [];
}
