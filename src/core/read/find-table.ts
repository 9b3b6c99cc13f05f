/**
 * Finds the customer table inside a grid as Excel gives it: the header row need not be the first (title
 * rows, merged titles, notes above it), blank rows and columns around it, trailing blank rows.
 *
 * Cost: O(HEADER_SEARCH_ROWS × width) to find the header, O(trailing blank rows) to find the end.
 */
import { CoreError } from "../errors";
import type { CellValue, Grid } from "../types";
import { matchHeader } from "./map-columns";
import { isMissingCell } from "./missing-values";
import { normalizeText } from "./text-normalize";
import { texts } from "../../i18n/texts";

/** The header is looked for in the first rows only: titles and notes above a table are short. */
const HEADER_SEARCH_ROWS = 60;

export interface TableLocation {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim().length === 0);
}

/** True when every cell of the row between the two columns (inclusive) is empty. */
export function isBlankRow(
  row: readonly CellValue[] | undefined,
  firstColumn: number,
  lastColumn: number,
): boolean {
  if (!row) return true;
  const end = Math.min(lastColumn, row.length - 1);
  for (let c = firstColumn; c <= end; c++) if (!isBlankCell(row[c])) return false;
  return true;
}

const NUMERIC_TEXT = /^\s*[-+(]?[$€£]?\s*\d[\d.,\s]*%?\)?\s*(€|EUR)?\s*$/;

/**
 * Score of a row as a header: recognised column names count most, other texts a little; rows with numbers
 * or fewer than two texts are not headers (unless the grid has a single column).
 */
function headerScore(row: readonly CellValue[], singleColumn: boolean): number {
  let texts = 0;
  let numbers = 0;
  let recognised = 0;
  for (const cell of row) {
    if (typeof cell === "number") {
      // Years are valid headers ("2023", "2024").
      if (!(Number.isInteger(cell) && cell >= 1990 && cell <= 2100)) numbers++;
      continue;
    }
    if (typeof cell !== "string" || cell.trim().length === 0 || isMissingCell(cell)) continue;
    // Numbers stored as text (CSV files) are data, not column names.
    if (NUMERIC_TEXT.test(cell)) {
      numbers++;
      continue;
    }
    texts++;
    const match = matchHeader(cell);
    if (match) recognised += match.confidence;
  }
  if (texts < (singleColumn ? 1 : 2) || numbers > texts) return 0;
  return 3 * recognised + texts;
}

/**
 * Locates the header row and the data rows below it.
 *
 * @throws CoreError "empty-grid" when the grid has no cells, "no-header-row" when no row looks like a header,
 *   "no-data-rows" when the header has nothing below it.
 */
export function findTable(grid: Grid): TableLocation {
  let width = 0;
  const searchRows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < searchRows; r++) width = Math.max(width, grid[r]?.length ?? 0);
  if (grid.length === 0 || width === 0) {
    throw new CoreError(
      "empty-grid",
      texts((t) => t.read.findTable.sheetIsEmpty),
    );
  }
  let bestRow = -1;
  let bestScore = 0;
  for (let r = 0; r < searchRows; r++) {
    const row = grid[r];
    if (!row) continue;
    const score = headerScore(row, width === 1);
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow < 0) {
    throw new CoreError(
      "no-header-row",
      texts((t) => t.read.findTable.noHeaderRowFound(searchRows)),
    );
  }
  const header = grid[bestRow];
  let firstColumn = -1;
  let lastColumn = -1;
  for (let c = 0; c < header.length; c++) {
    if (!isBlankCell(header[c])) {
      if (firstColumn < 0) firstColumn = c;
      lastColumn = c;
    }
  }
  let lastRow = grid.length - 1;
  while (lastRow > bestRow && isBlankRow(grid[lastRow], firstColumn, lastColumn)) lastRow--;
  if (lastRow === bestRow) {
    throw new CoreError(
      "no-data-rows",
      texts((t) => t.read.findTable.headerInRow(bestRow + 1)),
      `row ${bestRow + 1}`,
    );
  }
  return { headerRow: bestRow, firstRow: bestRow + 1, lastRow, firstColumn, lastColumn };
}

export const PURE_TOTAL_LABELS = new Set([
  "total",
  "totals",
  "totales",
  "subtotal",
  "subtotales",
  "sub total",
  "grand total",
  "total general",
  "gran total",
  "suma",
  "sum",
  "suma total",
  "overall",
  "importe total",
  "total ventas",
  "total sales",
  "total clientes",
  "total customers",
]);

/**
 * How a text reads as a totals label: "pure" for "Total", "Subtotal", "Total general"...; "prefix" for
 * "Total zona Norte" (could also be a customer called "Total Energías": the caller needs more evidence);
 * "" otherwise. Cost O(length), with a first-letter exit for ordinary ids.
 */
export function totalsLabelKind(text: string): "pure" | "prefix" | "" {
  if (text.length < 3) return "";
  const first = text.charCodeAt(0) | 32;
  // t, s, g, o, i: total, subtotal/suma/sum, grand total, overall, importe total.
  if (first !== 116 && first !== 115 && first !== 103 && first !== 111 && first !== 105) return "";
  const normalized = normalizeText(text);
  if (PURE_TOTAL_LABELS.has(normalized)) return "pure";
  return /^(sub ?)?total(es|s)?\b|^suma\b/.test(normalized) ? "prefix" : "";
}
