import { columnLetters, quotedSheetName } from "../core/text";
/**
 * A1 addresses for the renderer: 0-based rectangles ↔ "B3:D10", sheet-qualified addresses, and parsing of the
 * addresses Excel returns (`range.address` is "Sheet1!A1:C3"). Pure; no Office types.
 */

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA" (the core's one implementation). */
export const columnName = columnLetters;

/** "B3" for a single cell, "B3:D10" otherwise. */
export function a1(rect: Rect): string {
  const topLeft = `${columnName(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return topLeft;
  return `${topLeft}:${columnName(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/** Sheet name as Excel needs it inside an address: quoted unless plain letters/digits/underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quotedSheetName(name);
}

const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses "Sheet1!B3:D10", "'My sheet'!B3" or "B3:D10" into the sheet name (null when absent) and rectangle.
 * Throws a plain Error for anything else: callers pass addresses Excel produced, so a failure is a bug.
 */
export function parseA1(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let reference = address.trim();
  const bang = reference.lastIndexOf("!");
  if (bang >= 0) {
    sheet = reference.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    reference = reference.slice(bang + 1);
  }
  const m = REFERENCE.exec(reference);
  if (!m) throw new Error(`Not an A1 range address: "${address}"`);
  const c0 = columnIndex(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return {
    sheet,
    rect: {
      row: Math.min(r0, r1),
      column: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      columns: Math.abs(c1 - c0) + 1,
    },
  };
}
