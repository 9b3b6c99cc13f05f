/**
 * Reads an `.xlsx` (ExcelJS) or `.csv` (papaparse) file's bytes into the grid shape the core reads, the same
 * values Excel's `range.values` would give: numbers, strings, booleans, "" for empty cells; dates as Excel
 * serial numbers; formulas as their cached result; rich text as plain text; error cells as their code
 * ("#N/A"); merged areas with the value in the top-left cell and "" in the others. The grid starts at cell A1.
 *
 * CSV: delimiter guessed among comma, semicolon, tab and pipe; the encoding from the BOM (UTF-8, UTF-16LE/BE),
 * else strict UTF-8, else `chardet` (decoded by the built-in TextDecoder; Latin-1 is read as Windows-1252, as
 * browsers do, so the `€` of a Spanish Excel "CSV (delimitado por punto y coma)" stays `€`); a UTF-8 file with a
 * few invalid bytes stays UTF-8 with just those bytes replaced and a warning naming their lines. Quoted fields;
 * CRLF or LF; an unclosed quote is refused with its line (never swallowing the rows after it). Every CSV cell
 * stays text, exactly as written: the core decides numbers and dates per column.
 *
 * Before anything is built: the limits of file-limits.ts (cells, text length, uncompressed size; .xlsx bombs
 * refused by a bounded inflate) and the file's kind by its first bytes (old .xls, encrypted, .ods get their own
 * sentence). Sheets: without a sheet asked for, the largest *visible* sheet. Sparse sheets (one stray cell at
 * XFD1048576) cost their cells, not their bounding box: rows stay short.
 *
 * Environment-neutral (no Node, no DOM), so the command line (`read-file.ts`, bytes from disk) and the web page
 * (bytes of a dropped file) read alike and report bad files with the same sentences.
 *
 * Cost: O(cells). Throws CoreError ("unsupported-file", "unreadable-file", "sheet-not-found", "empty-file",
 * the limit codes) with a one-line reason in English and Spanish.
 */
import chardet from "chardet";
import type * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { dateToExcelSerial } from "../core/excel-serial";
import { CoreError } from "../core/errors";
import { formatNumber } from "../core/format";
import { parseTextTable, textTableGrid } from "../core/read/text-table";
import type { CellValue, Grid, Localized } from "../core/types";
import {
  fileKindOf,
  MAX_CELLS,
  MAX_TEXT_CHARS,
  textTooLongProblem,
  tooManyCellsProblem,
  unreadableKindProblem,
  xlsxLimitProblem,
  type LimitProblem,
} from "./file-limits";
import { listIn, seriesIn, type TextLang, untranslated } from "../core/language";
import { texts } from "../i18n/texts";

export interface WorkbookFileGrid {
  sheetName: string;
  sheetNames: string[];
  /** Why this sheet was read (asked for, the only one, or the largest table). */
  sheetReason: Localized;
  grid: CellValue[][];
  /** Excel number format per cell (same shape as the grid); empty for CSV, which has none. */
  numberFormats: string[][];
  /** Hidden and very hidden sheets (never chosen without a sheet asked for, never joined). */
  hiddenSheets: string[];
  /** CSV: the encoding the text was decoded from ("UTF-8", "windows-1252", "UTF-16LE"...). */
  encoding?: string;
  /** What the reader had to repair (e.g. invalid bytes replaced), to show beside the core's warnings. */
  warnings: ReaderWarning[];
}

interface ReaderWarning {
  code: string;
  message: Localized;
}

export interface ReadWorkbookOptions {
  /** Sheet name (case-insensitive). Default: the visible sheet with the most non-empty cells. */
  sheet?: string;
}

/** One ExcelJS cell value → what `range.values` gives. */
function excelValueToCell(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateToExcelSerial(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("error" in record) return String(record.error);
    if ("richText" in record && Array.isArray(record.richText)) {
      return (record.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
    }
    if ("formula" in record || "sharedFormula" in record) return excelValueToCell(record.result);
    if ("text" in record) return excelValueToCell(record.text);
  }
  return String(value);
}

/** A file that cannot be read: the message, then the file it is about. */
export function fileError(code: string, file: string, message: Localized): CoreError {
  return new CoreError(
    code,
    texts((t, textLang) => t.xlsx.readBytes.text2(message[textLang], file)),
    file,
  );
}

export function limitError(problem: LimitProblem, file: string): CoreError {
  return new CoreError(
    problem.code,
    texts((t, textLang) => t.xlsx.readBytes.text2(problem.message[textLang], file)),
    file,
  );
}

interface DecodedCsv {
  text: string;
  /** Name of the encoding used. */
  encoding: string;
  /** 1-based lines where invalid UTF-8 bytes were replaced by "\ufffd" (first few). */
  replacedLines: number[];
  replacedBytes: number;
}

/**
 * Encodings accepted from chardet (all decoded by the built-in TextDecoder, in Node and in browsers); anything
 * else (a guess on very little text, UTF-32, which no spreadsheet writes) falls back to Windows-1252.
 */
const DETECTED = new Set(["UTF-16LE", "UTF-16BE", "ISO-8859-15", "ISO-8859-2", "windows-1250"]);

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1), as the WHATWG Encoding Standard maps them (the five
 * unassigned bytes keep their C1 code point). Node 20's TextDecoder decodes "windows-1252" as plain Latin-1
 * (0x80 → U+0080, not €), browsers do not; mapping these 32 characters after decoding gives both the same text.
 */
const WINDOWS_1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes, with the lines of the first invalid ones. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number; lines: number[] } {
  let valid = 0;
  let invalid = 0;
  let line = 1;
  const lines: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      if (lines.length < 5 && lines[lines.length - 1] !== line) lines.push(line);
      i++;
    }
  }
  return { valid, invalid, lines };
}

/** The text of strictly valid UTF-8 bytes, or undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes CSV bytes (see the module comment), saying which encoding was used. */
function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const plain = (text: string, encoding: string): DecodedCsv => ({
    text,
    encoding,
    replacedLines: [],
    replacedBytes: 0,
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return plain(new TextDecoder("utf-8").decode(bytes.subarray(3)), "UTF-8 (BOM)");
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return plain(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "UTF-16LE");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return plain(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "UTF-16BE");
  // NUL bytes do not occur in text: without a BOM they mean UTF-16 (or a binary file), chardet decides.
  const hasNul = bytes.indexOf(0) >= 0;
  // Strictly valid UTF-8 (the usual case) is decoded in one native pass, without counting the evidence below
  // byte by byte: strict validity implies no invalid byte there, and the text is the same.
  if (!hasNul) {
    const strict = strictUtf8(bytes);
    if (strict !== undefined) return plain(strict, "UTF-8");
  }
  const evidence = utf8Evidence(bytes);
  if (evidence.invalid === 0 && !hasNul) return plain(new TextDecoder("utf-8").decode(bytes), "UTF-8");
  // At least as many valid multi-byte UTF-8 sequences as invalid bytes: UTF-8 with a few stray bytes (a
  // Windows-1252 text almost never forms valid sequences by chance); only those bytes are replaced.
  if (!hasNul && evidence.valid > 0 && evidence.invalid <= evidence.valid) {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      encoding: "UTF-8",
      replacedLines: evidence.lines,
      replacedBytes: evidence.invalid,
    };
  }
  // chardet does not recognise UTF-16 without a BOM; its NUL bytes do: ASCII text in UTF-16LE has a NUL in
  // (nearly) every odd byte, in UTF-16BE in every even byte.
  if (hasNul) {
    let evenNul = 0;
    let oddNul = 0;
    const sample = Math.min(bytes.length, 65536);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    if (oddNul > sample / 4 && evenNul < oddNul / 10)
      return plain(new TextDecoder("utf-16le").decode(bytes), "UTF-16LE");
    if (evenNul > sample / 4 && oddNul < evenNul / 10)
      return plain(new TextDecoder("utf-16be").decode(bytes), "UTF-16BE");
  }
  const detected = chardet.detect(bytes);
  if (detected && DETECTED.has(detected)) return plain(new TextDecoder(detected).decode(bytes), detected);
  return plain(decodeWindows1252(bytes), "windows-1252");
}

/** Decodes CSV bytes to text (see decodeCsv, which also says the encoding). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return decodeCsv(bytes).text;
}

/** 1-based line of a character offset. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A bounding box this much larger than the cells it holds is "sparse": rows are left short instead of
 * padded, so memory follows the cells. Below it, grids stay rectangular exactly as before.
 */
function denseEnough(rows: number, width: number, cells: number): boolean {
  return rows * width <= 4 * cells + 1_000_000;
}

/**
 * Parses CSV text into a grid of strings: rectangular (short rows padded) unless sparse (see denseEnough).
 * Throws CoreError "csv-unclosed-quote" naming the line of a quote that never closes, and the limit errors.
 */
export function parseCsvText(text: string): string[][] {
  const large = parseLargeCsvText(text);
  if (large) return checkCsvRows(large);
  const delimitersToGuess = [",", ";", "\t", "|"];
  let parsed = Papa.parse<string[]>(text, { delimiter: "", delimitersToGuess, skipEmptyLines: false });
  if (parsed.errors.some((error) => error.code === "UndetectableDelimiter")) {
    // papaparse counts empty lines when guessing, so a small two-column file with a trailing newline
    // ("Cliente;Ventas\nA;1\n") looks like one column: guess again without them, keep rows as they are.
    const guess = Papa.parse<string[]>(text, {
      delimiter: "",
      delimitersToGuess,
      skipEmptyLines: "greedy",
      preview: 1000,
    });
    if (!guess.errors.some((error) => error.code === "UndetectableDelimiter") && guess.meta.delimiter !== ",")
      parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  }
  // MissingQuotes (never closed) and InvalidQuotes (closed, then more text): either way papaparse merges lines.
  // Its index is the start of the quoted field.
  const unclosed = parsed.errors.find((error) => error.type === "Quotes");
  if (unclosed) {
    const line = lineAt(text, (unclosed as { index?: number }).index ?? 0);
    throw new CoreError(
      "csv-unclosed-quote",
      texts((t) => t.xlsx.readBytes.lineOpensAQuoted(line)),
      `line ${line}`,
    );
  }
  return checkCsvRows(parsed.data);
}

/** papaparse looks at no more than this much of the text to guess the line ending. */
const GUESS_PREFIX_CHARS = 1024 * 1024;

/**
 * The same rows as papaparse gives for a large text, found with less work: papaparse guesses the delimiter by
 * splitting the WHOLE text into lines once per candidate (four times 10^6 line strings at 10^6 lines) to look at
 * ten of them, and splits it into an array of all its lines before splitting each. Here the guess runs on the
 * first MiB (the only part papaparse's line-ending guess reads), which gives the same delimiter and line ending
 * whenever that part holds more than ten whole lines and no quote; a text without quotes is then split line by
 * line (papaparse's own quote-free path, without holding every line at once). Undefined (papaparse on the whole
 * text decides) for small texts, quotes in the first MiB, or an undetectable delimiter.
 */
function parseLargeCsvText(text: string): string[][] | undefined {
  const layout = largeCsvLayout(text);
  if (!layout) return undefined;
  const { delimiter, linebreak } = layout;
  if (text.includes('"')) {
    const parsed: Papa.ParseResult<string[]> = Papa.parse<string[]>(text, {
      delimiter,
      newline: linebreak,
      skipEmptyLines: false,
    });
    return parsed.errors.length > 0 ? undefined : parsed.data;
  }
  const rows: string[][] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(linebreak, start);
    if (end < 0) {
      rows.push(text.substring(start).split(delimiter));
      return rows;
    }
    rows.push(text.substring(start, end).split(delimiter));
    start = end + linebreak.length;
  }
}

/**
 * The delimiter and line ending papaparse would guess for a large text, found on its first MiB (see
 * parseLargeCsvText); undefined for small texts, quotes in the first MiB or an undetectable delimiter.
 */
function largeCsvLayout(text: string): { delimiter: string; linebreak: "\r" | "\n" | "\r\n" } | undefined {
  if (text.length < 2 * GUESS_PREFIX_CHARS) return undefined;
  const prefix = text.substring(0, GUESS_PREFIX_CHARS);
  if (prefix.includes('"')) return undefined;
  const guess = Papa.parse<string[]>(prefix, {
    delimiter: "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: false,
    preview: 1,
  });
  const { delimiter } = guess.meta;
  const linebreak = guess.meta.linebreak as "\r" | "\n" | "\r\n";
  if (guess.errors.length > 0 || !delimiter || !["\r", "\n", "\r\n"].includes(linebreak)) return undefined;
  // More than ten whole lines in the prefix: papaparse's guess saw the same ten lines as it would in the text.
  let lines = 0;
  for (let at = prefix.indexOf(linebreak); at >= 0 && lines <= 11; at = prefix.indexOf(linebreak, at + 1))
    lines++;
  if (lines <= 11) return undefined;
  return { delimiter, linebreak };
}

/**
 * A large quote-free CSV text as a grid view over the text (src/core/read/text-table.ts): the same cells as
 * parseCsvText gives, without a string kept per cell. Undefined (parseCsvText decides) for small texts, any
 * quote, a sparse grid or one past the limits.
 */
function parseCsvTextView(text: string): Grid | undefined {
  const layout = largeCsvLayout(text);
  if (!layout || text.includes('"')) return undefined;
  const table = parseTextTable(text, layout.delimiter, layout.linebreak, {
    maxCells: MAX_CELLS,
    maxCellChars: MAX_TEXT_CHARS,
  });
  return table ? textTableGrid(table) : undefined;
}

/** Drops trailing blank rows, checks the limits and pads short rows (see denseEnough). */
function checkCsvRows(rows: string[][]): string[][] {
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === "")) rows.pop();
  let width = 0;
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    width = Math.max(width, row.length);
    cells += row.length;
    if (cells > MAX_CELLS) throw limitError(tooManyCellsProblem(), "CSV");
    for (let c = 0; c < row.length; c++) {
      if (row[c].length > MAX_TEXT_CHARS) {
        const where = texts((t) => t.xlsx.readBytes.where(r + 1, c + 1));
        const problem = textTooLongProblem(where);
        throw new CoreError(problem.code, problem.message, `row ${r + 1}`);
      }
    }
  }
  if (denseEnough(rows.length, width, cells)) for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

/** ExcelJS, loaded on the first .xlsx read: a CSV run does not pay its loading time (~0.5 s of start-up). */
let excelJs: typeof ExcelJS | undefined;
function loadExcelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  excelJs ??= require("exceljs") as typeof ExcelJS;
  return excelJs;
}

function nonEmptyCells(sheet: ExcelJS.Worksheet): number {
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined && cell.value !== "") count++;
    });
  });
  return count;
}

/** The row of every empty sheet row in a sparse grid: one shared, frozen array. */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const EMPTY_FORMATS: string[] = Object.freeze([]) as unknown as string[];

/**
 * The sheet as a grid from A1. Only rows that exist are visited (never `getRow` over the whole sheet, which
 * creates them). Rectangular like `range.values` when dense; when sparse (see denseEnough) each row ends at
 * its last cell and empty rows share one empty array, so a stray cell at XFD1048576 costs one row.
 */
function sheetToGrid(sheet: ExcelJS.Worksheet): { grid: CellValue[][]; numberFormats: string[][] } {
  const cells: { r: number; c: number; value: CellValue; format: string | undefined }[] = [];
  // The same extent as before (ExcelJS's, which counts styled empty cells too), so dense grids are unchanged.
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged areas: Excel gives the value in the top-left cell only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells.push({
        r: r - 1,
        c: c - 1,
        value: excelValueToCell(cell.value),
        format: cell.numFmt || undefined,
      });
    });
  });
  const dense = denseEnough(rowCount, columnCount, cells.length);
  const grid: CellValue[][] = new Array(rowCount);
  const numberFormats: string[][] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    grid[r] = dense ? new Array(columnCount).fill("") : EMPTY_ROW;
    numberFormats[r] = dense ? new Array(columnCount).fill("General") : EMPTY_FORMATS;
  }
  for (const { r, c, value, format } of cells) {
    if (grid[r] === EMPTY_ROW) {
      grid[r] = [];
      numberFormats[r] = [];
    }
    const row = grid[r];
    const formats = numberFormats[r];
    while (row.length <= c) {
      row.push("");
      formats.push("General");
    }
    row[c] = value;
    if (format) formats[c] = format;
  }
  return { grid, numberFormats };
}

/** The file types read, by extension: .xls and .ods are let through to be told apart by their bytes. */
const CSV_EXTENSIONS = new Set([".csv", ".txt"]);
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const OTHER_SPREADSHEETS = new Set([".xls", ".ods"]);

/** ".csv" of "data/Clientes.CSV" (lower case; "" without one). Works on paths and bare file names. */
function extensionOf(file: string): string {
  const name = baseNameOf(file);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** "Clientes.csv" of "data/Clientes.csv" or "C:\\data\\Clientes.csv". */
function baseNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * Refuses a file that is neither a workbook nor a CSV, before any byte is read.
 * @throws CoreError "unsupported-file"
 */
export function checkWorkbookExtension(file: string): void {
  const extension = extensionOf(file);
  if (
    !CSV_EXTENSIONS.has(extension) &&
    !XLSX_EXTENSIONS.has(extension) &&
    !OTHER_SPREADSHEETS.has(extension)
  ) {
    throw fileError(
      "unsupported-file",
      file,
      texts((t) => t.xlsx.fileMessages.unsupportedFileTypeUse),
    );
  }
}

/** A workbook parsed once, from which any sheet can be read as a grid. */
export interface OpenedWorkbook {
  /** The name given (a path on the command line, a file name in the browser), used in messages. */
  file: string;
  kind: "csv" | "xlsx";
  sheetNames: string[];
  /** Hidden and very hidden sheets: never chosen without being asked for, never joined. */
  hiddenSheets: string[];
  /** CSV: the encoding the text was decoded from. */
  encoding?: string;
  /** What the reader had to repair. */
  warnings: ReaderWarning[];
  /** One sheet as a grid (exact name). @throws CoreError "sheet-not-found" */
  sheet(name: string): { grid: CellValue[][]; numberFormats: string[][] };
  /** The sheet read when none is asked for, and why (the only one, or the largest visible table). */
  defaultSheet(): { name: string; reason: Localized };
}

export interface OpenWorkbookOptions {
  /**
   * A large quote-free CSV is read as a grid view over its text (parseCsvTextView): the same cells, far less
   * memory. For readers that only read the grid (`build`); a view cannot be posted to a worker.
   */
  csvView?: boolean;
}

/**
 * Parses an `.xlsx` or `.csv` file's bytes (see the module comment). Environment-neutral: the command line
 * gives the bytes of a file on disk, the web page those of a dropped file.
 * @throws CoreError "unsupported-file", "unreadable-file", "empty-file", the limit codes
 */
export async function openWorkbookBytes(
  bytes: Uint8Array,
  file: string,
  options: OpenWorkbookOptions = {},
): Promise<OpenedWorkbook> {
  checkWorkbookExtension(file);
  const extension = extensionOf(file);
  // The bytes say what the file is, whatever its name: an old .xls renamed .xlsx, an .xlsx saved as .csv.
  const kind = fileKindOf(bytes);
  const unreadable = unreadableKindProblem(kind);
  if (unreadable) throw limitError(unreadable, file);
  if (kind === "text") {
    if (OTHER_SPREADSHEETS.has(extension)) {
      throw fileError(
        "unsupported-file",
        file,
        texts((t) => t.xlsx.fileMessages.notAnExcelWorkbook),
      );
    }
    if (XLSX_EXTENSIONS.has(extension)) {
      throw fileError(
        "unreadable-file",
        file,
        texts((t) => t.xlsx.fileMessages.notAnXlsxWorkbook),
      );
    }
    return openCsvBytes(file, extension, bytes, options.csvView === true);
  }
  const limit = xlsxLimitProblem(bytes);
  if (limit) throw limitError(limit, file);
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // The library's own text ("End of data reached", "invalid signature") names no cause a user can act on.
    throw fileError(
      "unreadable-file",
      file,
      texts((t) => t.xlsx.fileMessages.workbookDamaged),
    );
  }
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((sheet) => sheet.name);
  const hiddenSheets = sheets
    .filter((sheet) => sheet.state !== "visible" && sheet.state !== undefined)
    .map((sheet) => sheet.name);
  if (sheets.length === 0)
    throw fileError(
      "empty-file",
      file,
      texts((t) => t.xlsx.fileMessages.workbookHasNo),
    );
  let defaultChoice: { name: string; reason: Localized } | undefined;
  return {
    file,
    kind: "xlsx",
    sheetNames,
    hiddenSheets,
    warnings: [],
    sheet: (wanted) => {
      const sheet = sheets.find((candidate) => candidate.name === wanted);
      if (!sheet) throw sheetNotFound(wanted, sheetNames);
      return sheetToGrid(sheet);
    },
    // Counting every sheet's cells is costly on big workbooks: done once, when first asked.
    defaultSheet: () => (defaultChoice ??= chooseDefaultSheet()),
  };

  function chooseDefaultSheet(): { name: string; reason: Localized } {
    if (sheets.length === 1) {
      const name = sheets[0].name;
      return { name, reason: texts((t) => t.xlsx.readBytes.sheetTheOnlyOne(name)) };
    }
    // Visible sheets first: a hidden (or very hidden) sheet is working data the user does not see.
    const visible = sheets.filter((sheet) => !hiddenSheets.includes(sheet.name));
    const candidates = visible.length > 0 ? visible : sheets;
    let chosen = candidates[0];
    let best = -1;
    for (const sheet of candidates) {
      const cells = nonEmptyCells(sheet);
      if (cells > best) {
        best = cells;
        chosen = sheet;
      }
    }
    const hiddenList = (textLang: TextLang) =>
      listIn(
        textLang,
        hiddenSheets.map((name) => `"${name}"`),
      );
    const hiddenNote =
      hiddenSheets.length === 0
        ? untranslated("")
        : visible.length > 0
          ? texts((t, textLang) => t.xlsx.readBytes.hiddenSheetsNotUsed(hiddenList(textLang)))
          : texts((t) => t.xlsx.readBytes.everySheetIsHidden);
    return {
      name: chosen.name,
      reason: texts((t, textLang) =>
        t.xlsx.readBytes.sheetTheLargestTable(
          chosen.name,
          visible.length > 0,
          formatNumber(best, textLang),
          hiddenNote[textLang],
        ),
      ),
    };
  }
}

/** A CSV file's bytes → its one-table workbook (see decodeCsv and parseCsvText). */
function openCsvBytes(file: string, extension: string, bytes: Uint8Array, view: boolean): OpenedWorkbook {
  const decoded = decodeCsv(bytes);
  let grid: CellValue[][];
  try {
    // The view is read-only like every grid the readers take; the type says string[][] for the other callers.
    grid =
      ((view ? parseCsvTextView(decoded.text) : undefined) as CellValue[][] | undefined) ??
      parseCsvText(decoded.text);
  } catch (error) {
    if (error instanceof CoreError && error.code !== "csv-unclosed-quote") {
      throw new CoreError(
        error.code,
        texts((t, textLang) => t.xlsx.readBytes.text2(error.localized[textLang], file)),
        error.where,
      );
    }
    throw error;
  }
  if (grid.length === 0)
    throw fileError(
      "empty-file",
      file,
      texts((t) => t.xlsx.fileMessages.fileIsEmpty),
    );
  // As path.basename(file, extension): a name whose extension differs in case keeps it.
  const base = baseNameOf(file);
  const name = base.endsWith(extension) ? base.slice(0, -extension.length) : base;
  const warnings: ReaderWarning[] = [];
  if (decoded.replacedBytes > 0) {
    const lines = decoded.replacedLines;
    warnings.push({
      code: "invalid-bytes",
      message: texts((t, textLang) =>
        t.xlsx.readBytes.invalidUtf8Byte(decoded.replacedBytes, lines.length, seriesIn(textLang, lines)),
      ),
    });
  }
  return {
    file,
    kind: "csv",
    sheetNames: [name],
    hiddenSheets: [],
    encoding: decoded.encoding,
    warnings,
    sheet: (wanted) => {
      if (wanted !== name) throw sheetNotFound(wanted, [name]);
      return { grid, numberFormats: [] };
    },
    defaultSheet: () => ({
      name,
      reason: texts((t) => t.xlsx.readBytes.csvFileOneTable(decoded.encoding)),
    }),
  };
}

function sheetNotFound(wanted: string, sheetNames: string[]): CoreError {
  const list = sheetNames.map((name) => `"${name}"`);
  return new CoreError(
    "sheet-not-found",
    texts((t, textLang) => t.xlsx.readBytes.sheetNotFound(wanted, listIn(textLang, list))),
    wanted,
  );
}

/**
 * Reads one sheet of an opened workbook as a grid: the one asked for (case-insensitive), else the only one,
 * else the largest visible table. See the module comment.
 */
export function readOpenedWorkbook(
  book: OpenedWorkbook,
  options: ReadWorkbookOptions = {},
): WorkbookFileGrid {
  const { sheetNames, hiddenSheets } = book;
  let sheetName: string;
  let sheetReason: Localized;
  if (book.kind !== "csv" && options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const found =
      sheetNames.find((name) => name === options.sheet) ??
      sheetNames.find((name) => name.trim().toLowerCase() === wanted);
    if (found === undefined) throw sheetNotFound(options.sheet, sheetNames);
    sheetName = found;
    sheetReason = hiddenSheets.includes(found)
      ? texts((t) => t.xlsx.readBytes.sheetAsAskedHidden(found))
      : texts((t) => t.xlsx.readBytes.sheetAsAsked(found));
  } else {
    const chosen = book.defaultSheet();
    sheetName = chosen.name;
    sheetReason = chosen.reason;
  }
  const { grid, numberFormats } = book.sheet(sheetName);
  return {
    sheetName,
    sheetNames,
    sheetReason,
    grid,
    numberFormats,
    hiddenSheets,
    ...(book.encoding !== undefined ? { encoding: book.encoding } : {}),
    warnings: book.warnings,
  };
}
