/**
 * Excel error values for the custom functions, created through one adapter so the wrappers run in Excel
 * and in Jest alike.
 *
 * In Excel the shared runtime defines the global `CustomFunctions.Error`; returning one in a result cell
 * shows `#VALUE!` (etc.) with our message in the cell's error tooltip. In Node (tests, benchmarks) that
 * global is absent, so the adapter returns a `FallbackExcelError` with the same two fields Excel's class
 * has (`code`, e.g. "#VALUE!", and `message`). Tests assert on those fields, which hold for both.
 */

/** The error kinds the functions return; the value is Excel's cell text (= CustomFunctions.ErrorCode). */
const ERROR_CODES = {
  value: "#VALUE!",
  number: "#NUM!",
  divisionByZero: "#DIV/0!",
  notAvailable: "#N/A",
  nullIntersection: "#NULL!",
} as const;
type ErrorKind = keyof typeof ERROR_CODES;

/** What a result cell holding an error looks like, in Excel and in tests. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

/** Stand-in for `CustomFunctions.Error` outside Excel: plain data with the same fields. */
class FallbackExcelError implements ExcelErrorValue {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const ENUM_NAME: Record<ErrorKind, string> = {
  value: "invalidValue",
  number: "invalidNumber",
  divisionByZero: "divisionByZero",
  notAvailable: "notAvailable",
  nullIntersection: "nullReference",
};

interface CustomFunctionsGlobal {
  Error: new (code: never, message?: string) => ExcelErrorValue;
  ErrorCode: Record<string, string>;
}

function customFunctionsGlobal(): CustomFunctionsGlobal | undefined {
  const candidate = (globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> }).CustomFunctions;
  return candidate && typeof candidate.Error === "function" && candidate.ErrorCode
    ? (candidate as CustomFunctionsGlobal)
    : undefined;
}

/** Creates an Excel error value of `kind` with an optional message (Excel's class when present). O(1). */
export function excelError(kind: ErrorKind, message?: string): ExcelErrorValue {
  const runtime = customFunctionsGlobal();
  if (runtime) {
    const code = runtime.ErrorCode[ENUM_NAME[kind]] ?? ERROR_CODES[kind];
    return new runtime.Error(code as never, message);
  }
  return new FallbackExcelError(ERROR_CODES[kind], message);
}

const ERROR_TEXT =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/**
 * The Excel error code of an input cell, or null when the cell is not an error. Excel hands errors inside
 * ranges to custom functions as error objects (`{ code: "#N/A" }`); grids read elsewhere carry them as text
 * ("#N/A"). Both are recognised.
 */
export function inputErrorCode(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string")
    return cell.length > 1 && cell.charCodeAt(0) === 35 && ERROR_TEXT.test(cell.trim())
      ? cell.trim().toUpperCase()
      : null;
  if (typeof cell === "object") {
    const code = (cell as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return code;
  }
  return null;
}

/** True when a result value is an error value made by this module or by Excel. */
export function isErrorValue(value: unknown): value is ExcelErrorValue {
  return inputErrorCode(value) !== null && typeof value === "object";
}

/**
 * The error to return for a row whose input holds the Excel error `code`: the same error when Excel lets a
 * custom function return it (#DIV/0!, #NUM!, #VALUE!, #N/A, #NULL!), else #N/A (Excel refuses #REF! and
 * #NAME? as custom-function results), always with a message naming the input.
 */
export function propagatedError(code: string, message: string): ExcelErrorValue {
  const kind = (Object.keys(ERROR_CODES) as ErrorKind[]).find((k) => ERROR_CODES[k] === code);
  return excelError(kind ?? "notAvailable", message);
}
