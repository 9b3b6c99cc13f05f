/**
 * Coercion of custom-function inputs and outputs, free of Office globals.
 *
 * Input rules (the same for every CMAP function, documented in the README):
 * - A range arrives as a 2-D array; a single value as a scalar or a 1×1 array. Both are accepted.
 * - Numbers are used as they are. Text that is a number ("1.234,56", "$ 1,234.56", "12%") is read with the
 *   decimal separator its texts show, else the user's language (comma for Spanish); a percent text is a
 *   fraction (12% → 0.12).
 * - Blank cells (empty, "", or placeholders like "n/a") are *blank*: the row gives an empty result cell and
 *   takes no part in any fit, ranking or total.
 * - Excel error values (`#N/A`...) are *errors*: the row gives an error result (the same error where Excel
 *   allows it, else #N/A) and takes no part in any fit, ranking or total.
 * - Other text and TRUE/FALSE are *invalid*: the row gives #VALUE! naming the parameter, the row and the text.
 *
 * Storage is typed arrays plus sparse maps for the rare errors and texts, so 10^5-row ranges cost no
 * per-row objects.
 */
import { decideNumberConvention, parseNumberText } from "../core/read/parse-number";
import { isMissingCell } from "../core/read/missing-values";
import { conventionsOf, listIn, tr, type Lang, type Localized } from "../core/language";
import { excelError, inputErrorCode, propagatedError, type ExcelErrorValue } from "./excel-error";
import { rowSuffix, say } from "./function-texts";

/** One result cell: a number, a text ("" = looks empty), a boolean or an Excel error value. */
export type ResultCell = number | string | boolean | ExcelErrorValue;
export type ResultGrid = ResultCell[][];

export const CELL_NUMBER = 0;
export const CELL_BLANK = 1;
const CELL_ERROR = 2;
const CELL_INVALID = 3;

/** A numeric argument read cell by cell (row-major). */
export interface NumberArgument {
  rows: number;
  cols: number;
  /** Value per cell; NaN unless status is CELL_NUMBER. */
  values: Float64Array;
  /** CELL_NUMBER, CELL_BLANK, CELL_ERROR or CELL_INVALID per cell. */
  status: Uint8Array;
  /** Error code per erroneous cell (by flat index). */
  errors: Map<number, string>;
  /** Original text or boolean of each invalid cell (by flat index). */
  invalid: Map<number, string>;
}

/** A 2-D view of any input: scalars become 1×1; a 1-D array becomes one row. Missing cells are null. */
export function asGrid(input: unknown): unknown[][] {
  if (!Array.isArray(input)) return [[input === undefined ? null : input]];
  if (input.length === 0) return [[null]];
  if (!Array.isArray(input[0])) return [input as unknown[]];
  return input as unknown[][];
}

/** True for a cell that counts as blank: null/undefined, "", whitespace or a placeholder such as "n/a". */
function isBlankInput(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return inputErrorCode(cell) === null && isMissingCell(cell);
  return false;
}

/**
 * Reads a numeric argument under the input rules above. Text numbers of one argument share one decimal
 * convention (decided from their texts; `lang` breaks ties). O(cells).
 */
export function readNumberArgument(input: unknown, lang: Lang): NumberArgument {
  const grid = asGrid(input);
  const rows = grid.length;
  let cols = 0;
  for (const row of grid) cols = Math.max(cols, Array.isArray(row) ? row.length : 1);
  const values = new Float64Array(rows * cols).fill(NaN);
  const status = new Uint8Array(rows * cols).fill(CELL_BLANK);
  const errors = new Map<number, string>();
  const invalid = new Map<number, string>();
  const texts: { index: number; text: string }[] = [];
  for (let r = 0; r < rows; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [grid[r]];
    for (let c = 0; c < cols; c++) {
      const index = r * cols + c;
      const cell = row[c];
      if (typeof cell === "number") {
        if (Number.isFinite(cell)) {
          values[index] = cell;
          status[index] = CELL_NUMBER;
        } else {
          status[index] = CELL_ERROR;
          errors.set(index, "#NUM!");
        }
        continue;
      }
      const code = inputErrorCode(cell);
      if (code !== null) {
        status[index] = CELL_ERROR;
        errors.set(index, code);
      } else if (isBlankInput(cell)) {
        status[index] = CELL_BLANK;
      } else if (typeof cell === "string") {
        texts.push({ index, text: cell });
      } else {
        status[index] = CELL_INVALID;
        invalid.set(index, String(cell).toUpperCase());
      }
    }
  }
  if (texts.length > 0) {
    const convention = decideNumberConvention(
      texts.map((t) => t.text),
      conventionsOf(lang).decimal,
    );
    for (const { index, text } of texts) {
      const value = parseNumberText(text, convention.decimal);
      if (Number.isFinite(value)) {
        values[index] = value;
        status[index] = CELL_NUMBER;
      } else {
        status[index] = CELL_INVALID;
        invalid.set(index, text);
      }
    }
  }
  return { rows, cols, values, status, errors, invalid };
}

/** Reads an optional scalar argument: undefined/blank → `fallback`; otherwise the number or an error cell. */
export function readOptionalNumber(
  input: unknown,
  fallback: number,
  name: Localized,
  lang: Lang,
): number | ExcelErrorValue {
  const argument = readNumberArgument(input, lang);
  if (argument.rows * argument.cols !== 1) {
    return excelError("value", say("singleValue", lang, { name }));
  }
  const status = argument.status[0];
  if (status === CELL_BLANK) return fallback;
  if (status === CELL_NUMBER) return argument.values[0];
  if (status === CELL_ERROR)
    return propagatedError(argument.errors.get(0)!, inputErrorText(name, 0, argument.errors.get(0)!, lang));
  return excelError("value", notANumberText(name, 0, argument.invalid.get(0)!, lang));
}

/** Reads an optional text argument (a single cell): undefined/blank → "". Numbers become their text. */
export function readOptionalText(input: unknown): string {
  const grid = asGrid(input);
  const cell = grid[0]?.[0];
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/** Shape of the result of broadcasting arguments (Excel's rule: a dimension of size 1 stretches). */
interface BroadcastShape {
  rows: number;
  cols: number;
}

/** The broadcast shape of the arguments, or null when two sizes disagree (neither is 1). */
function broadcastShape(args: readonly NumberArgument[]): BroadcastShape | null {
  let rows = 1;
  let cols = 1;
  for (const a of args) {
    if (a.rows !== 1) {
      if (rows !== 1 && rows !== a.rows) return null;
      rows = a.rows;
    }
    if (a.cols !== 1) {
      if (cols !== 1 && cols !== a.cols) return null;
      cols = a.cols;
    }
  }
  return { rows, cols };
}

/** Flat index inside `a` of result cell (r, c) under broadcasting. */
function broadcastIndex(a: NumberArgument, r: number, c: number): number {
  return (a.rows === 1 ? 0 : r) * a.cols + (a.cols === 1 ? 0 : c);
}

/**
 * The result of a cell when one of its inputs is blank, an error or invalid (checked in argument order:
 * errors first, then invalid text, then blanks), or null when all inputs are numbers.
 */
export function problemCell(
  args: readonly NumberArgument[],
  names: readonly Localized[],
  indexes: readonly number[],
  sheetRow: number,
  lang: Lang,
): ResultCell | null {
  let blank = false;
  for (let i = 0; i < args.length; i++) {
    const status = args[i].status[indexes[i]];
    if (status === CELL_ERROR) {
      const code = args[i].errors.get(indexes[i])!;
      return propagatedError(code, inputErrorText(names[i], sheetRow, code, lang));
    }
  }
  for (let i = 0; i < args.length; i++) {
    const status = args[i].status[indexes[i]];
    if (status === CELL_INVALID) {
      return excelError("value", notANumberText(names[i], sheetRow, args[i].invalid.get(indexes[i])!, lang));
    }
    if (status === CELL_BLANK) blank = true;
  }
  return blank ? "" : null;
}

/**
 * Element-wise function over broadcast arguments: `compute` receives the numbers of one result cell and
 * returns a number or an error value; blanks, errors and invalid inputs follow the input rules. A NaN or
 * infinite result becomes #NUM! (never NaN in a cell). O(result cells).
 */
export function elementwise(
  args: readonly NumberArgument[],
  names: readonly Localized[],
  lang: Lang,
  compute: (values: Float64Array, row: number) => number | ExcelErrorValue,
): ResultGrid {
  const shape = broadcastShape(args);
  if (!shape) {
    const sizes = listIn(
      lang,
      args.map((a, i) => `${tr(names[i], lang)} ${a.rows}×${a.cols}`),
    );
    return [[excelError("value", say("sizeMismatch", lang, { sizes }))]];
  }
  const out: ResultGrid = new Array(shape.rows);
  const values = new Float64Array(args.length);
  const indexes = new Array<number>(args.length).fill(0);
  for (let r = 0; r < shape.rows; r++) {
    const row: ResultCell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let i = 0; i < args.length; i++) {
        indexes[i] = broadcastIndex(args[i], r, c);
        values[i] = args[i].values[indexes[i]];
      }
      const problem = problemCell(args, names, indexes, r + 1, lang);
      row[c] = problem ?? finite(compute(values, r + 1), lang);
    }
    out[r] = row;
  }
  return out;
}

/** A NaN/±Infinity number becomes #NUM! with a message; anything else passes. */
function finite(value: number | ExcelErrorValue | string, lang: Lang): ResultCell {
  if (typeof value === "number" && !Number.isFinite(value))
    return excelError("number", say("notFinite", lang));
  return value;
}

/** Replaces any undefined, NaN or infinite cell of a finished result (a last guard: never NaN in Excel). */
export function sanitizeGrid(grid: ResultGrid, lang: Lang): ResultGrid {
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as unknown;
      if (cell === undefined || cell === null) row[c] = "";
      else if (typeof cell === "number" && !Number.isFinite(cell))
        row[c] = excelError("number", say("notFinite", lang));
    }
  }
  return grid;
}

/** `{name} (row 3) is "abc", not a number…`; `row` is 1-based within the range, 0 for a single value. */
function notANumberText(name: Localized, row: number, text: string, lang: Lang): string {
  return say("notANumber", lang, { name, where: rowSuffix(row, lang), text });
}

/** `{name} (row 3) holds the error #N/A…`; `row` as in notANumberText. */
function inputErrorText(name: Localized, row: number, code: string, lang: Lang): string {
  return say("inputError", lang, { name, where: rowSuffix(row, lang), code });
}
