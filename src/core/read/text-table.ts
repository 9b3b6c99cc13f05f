/**
 * A large quote-free CSV text read once into offsets, and shown to the readers as a grid VIEW: no string per
 * cell is kept. At 10^6 invoice lines a `string[][]` holds 10^6 arrays and 6×10^6 strings that survive the whole
 * analysis (hundreds of MB the garbage collector walks again and again); here the text stays one string and each
 * cell is two numbers in typed arrays.
 *
 * - `parseTextTable(text, delimiter, linebreak)` splits the text the way the quote-free CSV path does (lines at
 *   `linebreak`, cells at `delimiter`, trailing blank rows dropped, short rows padded to the widest), or gives
 *   undefined when the result would not be a plain rectangular grid within the limits (the caller then takes the
 *   general path, which reports the problem).
 * - `textTableGrid(table)` is the grid the readers take (`grid.length`, `grid[r][c]`, `Array.isArray`, array
 *   methods): each row is made on demand as a fresh `string[]` equal to the general path's row, and let go.
 * - Typed columns for the hot readers, computed once per column on first use: `numbers(c)` (cells written as
 *   plain digits, an optional leading "-" and at most one "."; the value is exactly `Number` of the text) and
 *   `isoDays(c)` (cells written exactly `YYYY-MM-DD`, a real calendar day: its epoch day). Any other cell is
 *   NaN there, and the reader parses its text with the general rules (per-cell fallback), so every value is
 *   the one the general path gives (tests/core/read/text-table.test.ts proves it on generated tables).
 *
 * Cost: O(characters) to split; O(rows) per typed column; O(row length) per row made. Memory: the text plus
 * 4 bytes per cell and 8 per row (plus 9 bytes per row for each typed column used, 4 per row and one string per
 * distinct text for each distinct-text column).
 */
import type { Grid } from "../types";
import { civilToEpochDay } from "./parse-date";

interface TextTableLimits {
  /** Most cells accepted (more: undefined, the general path refuses the file). */
  maxCells: number;
  /** Longest cell accepted, in characters. */
  maxCellChars: number;
}

/** Plain digits, an optional "-" and "." with at most this many digits: exact in a double (< 2^53). */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

/** How a cell of a typed number column is written (see `numbers`). */
export const PLAIN_INTEGER = 1;
export const PLAIN_DECIMAL = 2;

/** A column's cells as indexes into its distinct texts: `texts[slot[r]]` is cell (r, c) ("" for padding). */
interface DistinctCells {
  slot: Int32Array;
  /** Each distinct cell text once, in order of first appearance. */
  texts: string[];
}

export interface TypedNumbers {
  /** The cell's value when `kind` is not 0, else NaN. */
  value: Float64Array;
  /** 0: not a plain number (parse the text); PLAIN_INTEGER: digits, optional leading "-"; PLAIN_DECIMAL: also one ".". */
  kind: Uint8Array;
}

class TextTable {
  /** Rows (trailing blank rows dropped). */
  readonly rows: number;
  /** Cells in the widest row: every row is shown padded to it with "". */
  readonly width: number;
  private readonly numberColumns = new Map<number, TypedNumbers>();
  private readonly dayColumns = new Map<number, Float64Array>();
  private readonly distinctColumns = new Map<number, DistinctCells>();

  constructor(
    readonly text: string,
    /** Index in `cellStart` of each row's first cell; `rows + 1` entries. */
    private readonly rowCell: Int32Array,
    /** Offset in the text of each cell's first character. */
    private readonly cellStart: Int32Array,
    /** Offset in the text just after each row's last character. */
    private readonly rowEnd: Int32Array,
    rows: number,
    width: number,
  ) {
    this.rows = rows;
    this.width = width;
  }

  /** Offsets [start, end) of cell (r, c) in the text, or start = -1 for a padding cell. */
  private bounds(r: number, c: number): [number, number] {
    const first = this.rowCell[r];
    const k = first + c;
    const next = this.rowCell[r + 1];
    if (k >= next) return [-1, -1];
    return [this.cellStart[k], k + 1 < next ? this.cellStart[k + 1] - 1 : this.rowEnd[r]];
  }

  /** Cell (r, c) as the general path's text ("" past the row's end). */
  cell(r: number, c: number): string {
    const [start, end] = this.bounds(r, c);
    return start < 0 ? "" : this.text.substring(start, end);
  }

  /** Row r as the general path gives it: its cells' texts, padded with "" to `width`. */
  row(r: number): string[] {
    const first = this.rowCell[r];
    const count = this.rowCell[r + 1] - first;
    const row = new Array<string>(this.width);
    const end = this.rowEnd[r];
    const text = this.text;
    for (let c = 0; c < count; c++) {
      const k = first + c;
      row[c] = text.substring(this.cellStart[k], c + 1 < count ? this.cellStart[k + 1] - 1 : end);
    }
    for (let c = count; c < this.width; c++) row[c] = "";
    return row;
  }

  /** Column c read as plain numbers (see the module comment); computed on first use. */
  numbers(c: number): TypedNumbers {
    let column = this.numberColumns.get(c);
    if (column) return column;
    const value = new Float64Array(this.rows).fill(NaN);
    const kind = new Uint8Array(this.rows);
    const text = this.text;
    for (let r = 0; r < this.rows; r++) {
      const [start, end] = this.bounds(r, c);
      if (start < 0 || end === start) continue;
      let i = start;
      const negative = text.charCodeAt(i) === 45;
      if (negative) i++;
      let mantissa = 0;
      let digits = 0;
      let decimals = -1;
      let ok = i < end;
      for (; ok && i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= 48 && code <= 57) {
          mantissa = mantissa * 10 + (code - 48);
          digits++;
          if (decimals >= 0) decimals++;
        } else if (code === 46 && decimals < 0 && digits > 0) decimals = 0;
        else ok = false;
      }
      // "12." (a trailing point) and more digits than a double holds exactly: left to the general rules.
      if (!ok || digits > MAX_EXACT_DIGITS || decimals === 0) continue;
      // Both operands exact, so the quotient is the correctly rounded value of the text: Number(text).
      const magnitude = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
      value[r] = negative ? -magnitude : magnitude;
      kind[r] = decimals > 0 ? PLAIN_DECIMAL : PLAIN_INTEGER;
    }
    column = { value, kind };
    this.numberColumns.set(c, column);
    return column;
  }

  /**
   * Column c's cells written as a whole number exactly as `String(Number(text))` writes it back (digits, no
   * leading zero, at most 15 digits): that number; NaN for any other cell. Made at each call.
   */
  canonicalIntegers(c: number): Float64Array {
    const numbers = this.numbers(c);
    const column = new Float64Array(this.rows).fill(NaN);
    const text = this.text;
    for (let r = 0; r < this.rows; r++) {
      if (numbers.kind[r] !== PLAIN_INTEGER) continue;
      const first = text.charCodeAt(this.cellStart[this.rowCell[r] + c]);
      // "-…" and "0…" (other than "0" itself) are not written back the same way.
      if (first === 45 || (first === 48 && this.cellLength(r, c) !== 1)) continue;
      column[r] = numbers.value[r];
    }
    return column;
  }

  /** Characters in cell (r, c). */
  private cellLength(r: number, c: number): number {
    const [start, end] = this.bounds(r, c);
    return end - start;
  }

  /**
   * Column c as distinct texts (see DistinctCells), computed on first use: the cells are hashed and compared
   * as ranges of the text, so only one string is made per distinct cell, not one per row.
   */
  distinct(c: number): DistinctCells {
    let column = this.distinctColumns.get(c);
    if (column) return column;
    const text = this.text;
    const rows = this.rows;
    const rowCell = this.rowCell;
    const cellStart = this.cellStart;
    const rowEnd = this.rowEnd;
    const slot = new Int32Array(rows);
    const texts: string[] = [];
    // Open addressing: table[i] is 1 + a slot, 0 when free; each slot keeps its text's hash.
    let mask = 1023;
    let table = new Int32Array(mask + 1);
    let hashes: Int32Array = new Int32Array(256);
    for (let r = 0; r < rows; r++) {
      const k = rowCell[r] + c;
      const next = rowCell[r + 1];
      let start = 0;
      let end = 0;
      if (k < next) {
        start = cellStart[k];
        end = k + 1 < next ? cellStart[k + 1] - 1 : rowEnd[r];
      }
      const length = end - start;
      let hash = -2128831035;
      for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
      let at = hash & mask;
      let found = -1;
      for (;;) {
        const entry = table[at];
        if (entry === 0) break;
        const s = entry - 1;
        // Compared with the slot's own (small, recently made) string: closer in memory than its first cell.
        const known = texts[s];
        if (hashes[s] === hash && known.length === length) {
          let same = true;
          for (let i = 0; same && i < length; i++) same = known.charCodeAt(i) === text.charCodeAt(start + i);
          if (same) {
            found = s;
            break;
          }
        }
        at = (at + 1) & mask;
      }
      if (found < 0) {
        found = texts.length;
        if (found === hashes.length) hashes = grownTo(hashes, found * 2);
        texts.push(text.substring(start, end));
        hashes[found] = hash;
        table[at] = found + 1;
        if (2 * texts.length > mask) {
          mask = mask * 2 + 1;
          table = new Int32Array(mask + 1);
          for (let s = 0; s < texts.length; s++) {
            let i = hashes[s] & mask;
            while (table[i] !== 0) i = (i + 1) & mask;
            table[i] = s + 1;
          }
        }
      }
      slot[r] = found;
    }
    column = { slot, texts };
    this.distinctColumns.set(c, column);
    return column;
  }

  /** Column c read as `YYYY-MM-DD` dates (epoch days; NaN for any other cell); computed on first use. */
  isoDays(c: number): Float64Array {
    let column = this.dayColumns.get(c);
    if (column) return column;
    column = new Float64Array(this.rows).fill(NaN);
    const text = this.text;
    for (let r = 0; r < this.rows; r++) {
      const [start, end] = this.bounds(r, c);
      if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
        continue;
      const year = digitsAt(text, start, 4);
      const month = digitsAt(text, start + 5, 2);
      const day = digitsAt(text, start + 8, 2);
      if (year < 1901 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
      column[r] = civilToEpochDay(year, month, day);
    }
    this.dayColumns.set(c, column);
    return column;
  }
}

/** The number written by `count` ASCII digits at `at`, or −1. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A copy of `array` with `size` entries. */
function grownTo(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

/** Grows a typed array to at least `size` entries (doubling). */
function grown(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Splits a quote-free text into a TextTable (see the module comment), or undefined when the grid would be
 * sparse (rows left short by the general path), past the limits, or empty.
 */
export function parseTextTable(
  text: string,
  delimiter: string,
  linebreak: string,
  limits: TextTableLimits,
): TextTable | undefined {
  if (delimiter.length !== 1) return undefined;
  const separator = delimiter.charCodeAt(0);
  let rowCell: Int32Array = new Int32Array(1024);
  let rowEnd: Int32Array = new Int32Array(1024);
  let cellStart: Int32Array = new Int32Array(8192);
  let rows = 0;
  let cells = 0;
  let width = 0;
  let start = 0;
  for (;;) {
    const found = text.indexOf(linebreak, start);
    const end = found < 0 ? text.length : found;
    if (rows + 2 > rowCell.length) {
      rowCell = grown(rowCell, rows + 2);
      rowEnd = grown(rowEnd, rows + 2);
    }
    rowCell[rows] = cells;
    let cellAt = start;
    for (;;) {
      if (cells >= cellStart.length) cellStart = grown(cellStart, cells + 1);
      cellStart[cells++] = cellAt;
      let next = cellAt;
      while (next < end && text.charCodeAt(next) !== separator) next++;
      if (next - cellAt > limits.maxCellChars) return undefined;
      if (next >= end) break;
      cellAt = next + 1;
    }
    rowEnd[rows] = end;
    width = Math.max(width, cells - rowCell[rows]);
    rows++;
    if (cells > limits.maxCells) return undefined;
    if (found < 0) break;
    start = found + linebreak.length;
  }
  rowCell[rows] = cells;
  // Trailing blank rows (every cell blank once trimmed) are dropped, as the general path does.
  const blank = (r: number): boolean => {
    for (let k = rowCell[r]; k < rowCell[r + 1]; k++) {
      const cellEnd = k + 1 < rowCell[r + 1] ? cellStart[k + 1] - 1 : rowEnd[r];
      if (text.substring(cellStart[k], cellEnd).trim() !== "") return false;
    }
    return true;
  };
  while (rows > 0 && blank(rows - 1)) {
    cells = rowCell[rows - 1];
    rows--;
  }
  if (rows === 0) return undefined;
  width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, rowCell[r + 1] - rowCell[r]);
  // Sparse grids keep short rows in the general path: not a view's shape.
  if (rows * width > 4 * cells + 1_000_000) return undefined;
  return new TextTable(
    text,
    rowCell.slice(0, rows + 1),
    cellStart.slice(0, cells),
    rowEnd.slice(0, rows),
    rows,
    width,
  );
}

const TABLES = new WeakMap<object, TextTable>();

/**
 * The grid view of a table (see the module comment): an array-like whose rows are made on demand. The last row
 * made is kept, so a reader looking at one row several times pays for it once.
 */
export function textTableGrid(table: TextTable): Grid {
  let lastIndex = -1;
  let lastRow: string[] = [];
  const rowAt = (r: number): string[] => {
    if (r !== lastIndex) {
      lastRow = table.row(r);
      lastIndex = r;
    }
    return lastRow;
  };
  const indexOf = (property: string | symbol): number => {
    if (typeof property !== "string" || property.length === 0) return -1;
    const code = property.charCodeAt(0);
    if (code < 48 || code > 57) return -1;
    const index = Number(property);
    return Number.isInteger(index) && String(index) === property ? index : -1;
  };
  const grid = new Proxy([] as string[][], {
    get(target, property, receiver) {
      const index = indexOf(property);
      if (index >= 0) return index < table.rows ? rowAt(index) : undefined;
      if (property === "length") return table.rows;
      return Reflect.get(target, property, receiver) as unknown;
    },
    has(target, property) {
      const index = indexOf(property);
      if (index >= 0) return index < table.rows;
      return Reflect.has(target, property);
    },
    getOwnPropertyDescriptor(target, property) {
      const index = indexOf(property);
      if (index >= 0)
        return index < table.rows
          ? { value: rowAt(index), writable: false, enumerable: true, configurable: true }
          : undefined;
      if (property === "length")
        return { value: table.rows, writable: true, enumerable: false, configurable: false };
      return Reflect.getOwnPropertyDescriptor(target, property);
    },
    ownKeys() {
      return [...Array.from({ length: table.rows }, (_, r) => String(r)), "length"];
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });
  TABLES.set(grid, table);
  return grid;
}

/** The table behind a grid view, or undefined for any other grid. */
export function textTableOf(grid: Grid): TextTable | undefined {
  return TABLES.get(grid);
}
