/**
 * Reads an `.xlsx` (ExcelJS) or `.csv` (papaparse) file's bytes into the grid shape the core reads, the same values
 * Excel's `range.values` would give: numbers, strings, booleans, "" for empty cells; dates as Excel serial
 * numbers; formulas as their cached result; rich text as plain text; error cells as their code ("#N/A");
 * merged areas with the value in the top-left cell and "" in the others. The grid starts at cell A1.
 *
 * CSV: delimiter guessed among comma, semicolon, tab and pipe; UTF-8 with or without BOM (falls back to
 * Windows-1252 when the bytes are not UTF-8); quoted fields; CRLF or LF. Every CSV cell stays text, exactly
 * as written: the core decides numbers and dates per column.
 *
 * Environment-neutral (no Node, no DOM), so the command line (`read-file.ts`, bytes from disk) and the web page
 * (bytes of a dropped file) read alike and report bad files with the same messages.
 *
 * Cost: O(cells). Throws CoreError ("unsupported-file", "unreadable-file", "sheet-not-found", "empty-file")
 * with a one-line reason in English and Spanish.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { CoreError } from "../core/errors";
import type { CellValue } from "../core/types";
import type { Localized } from "../core/types";

export interface WorkbookFileGrid {
  sheetName: string;
  sheetNames: string[];
  /** Why this sheet was read (asked for, the only one, or the largest table). */
  sheetReason: Localized;
  grid: CellValue[][];
  /** Excel number format per cell (same shape as the grid); empty for CSV, which has none. */
  numberFormats: string[][];
}

export interface ReadWorkbookOptions {
  /** Sheet name (case-insensitive). Default: the sheet with the most non-empty cells. */
  sheet?: string;
}

const EXCEL_SERIAL_OF_EPOCH = 25569;
const MS_PER_DAY = 86400000;

/** Excel serial of a JS Date as ExcelJS gives it (UTC-based, so no time-zone shift). */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_SERIAL_OF_EPOCH;
}

/** One ExcelJS cell value → what `range.values` gives. */
export function excelValueToCell(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateToSerial(value);
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

function fileError(code: string, file: string, en: string, es: string): CoreError {
  return new CoreError(code, { en: `${en}: ${file}`, es: `${es}: ${file}` }, file);
}

/** Decodes CSV bytes: UTF-8 (BOM removed), or Windows-1252 when the bytes are not valid UTF-8. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.includes("\ufffd")) text = new TextDecoder("windows-1252").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses CSV text into a rectangular grid of strings. */
export function parseCsvText(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === "")) rows.pop();
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
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

function sheetToGrid(sheet: ExcelJS.Worksheet): { grid: CellValue[][]; numberFormats: string[][] } {
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  const grid: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = new Array(columnCount).fill("");
    const formats: string[] = new Array(columnCount).fill("General");
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column > columnCount) return;
        // Merged areas: Excel gives the value in the top-left cell only.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        values[column - 1] = excelValueToCell(cell.value);
        if (cell.numFmt) formats[column - 1] = cell.numFmt;
      });
    }
    grid.push(values);
    numberFormats.push(formats);
  }
  return { grid, numberFormats };
}

/** The file types read, by extension. */
const CSV_EXTENSIONS = new Set([".csv", ".txt"]);
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

/** ".csv" of "data/Clientes.CSV" (lower case; "" without one). Works on paths and bare file names. */
export function extensionOf(file: string): string {
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
  if (!CSV_EXTENSIONS.has(extension) && !XLSX_EXTENSIONS.has(extension)) {
    throw fileError(
      "unsupported-file",
      file,
      "Unsupported file type; use an .xlsx workbook or a .csv file",
      "Tipo de archivo no admitido; use un libro .xlsx o un archivo .csv",
    );
  }
}

/** A workbook parsed once, from which any sheet can be read as a grid. */
export interface OpenedWorkbook {
  /** The name given (a path on the command line, a file name in the browser), used in messages. */
  file: string;
  kind: "csv" | "xlsx";
  sheetNames: string[];
  /** The sheet read when none is asked for: the only one, or the one with the most non-empty cells. */
  largestSheet: { name: string; filledCells: number };
  /** One sheet as a grid (exact name). @throws CoreError "sheet-not-found" */
  sheet(name: string): { grid: CellValue[][]; numberFormats: string[][] };
}

/**
 * Parses an `.xlsx` or `.csv` file's bytes (see the module comment). Environment-neutral: the command line
 * gives the bytes of a file on disk, the web page those of a dropped file.
 * @throws CoreError "unsupported-file", "unreadable-file", "empty-file"
 */
export async function openWorkbookBytes(bytes: Uint8Array, file: string): Promise<OpenedWorkbook> {
  checkWorkbookExtension(file);
  const extension = extensionOf(file);
  if (CSV_EXTENSIONS.has(extension)) {
    const grid = parseCsvText(decodeCsvBytes(bytes));
    if (grid.length === 0) throw fileError("empty-file", file, "The file is empty", "El archivo está vacío");
    // As path.basename(file, extension): a name whose extension differs in case keeps it.
    const base = baseNameOf(file);
    const name = base.endsWith(extension) ? base.slice(0, -extension.length) : base;
    return {
      file,
      kind: "csv",
      sheetNames: [name],
      largestSheet: { name, filledCells: grid.length * (grid[0]?.length ?? 0) },
      sheet: (wanted) => {
        if (wanted !== name) throw sheetNotFound(wanted, [name]);
        return { grid, numberFormats: [] };
      },
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw fileError(
      "unreadable-file",
      file,
      `Not a readable .xlsx workbook (${(error as Error).message.split("\n")[0]})`,
      `No es un libro .xlsx legible (${(error as Error).message.split("\n")[0]})`,
    );
  }
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((sheet) => sheet.name);
  if (sheets.length === 0)
    throw fileError("empty-file", file, "The workbook has no sheets", "El libro no tiene hojas");
  let largest = sheets[0];
  let best = -1;
  if (sheets.length > 1) {
    for (const sheet of sheets) {
      const cells = nonEmptyCells(sheet);
      if (cells > best) {
        best = cells;
        largest = sheet;
      }
    }
  }
  return {
    file,
    kind: "xlsx",
    sheetNames,
    largestSheet: { name: largest.name, filledCells: best },
    sheet: (wanted) => {
      const sheet = sheets.find((candidate) => candidate.name === wanted);
      if (!sheet) throw sheetNotFound(wanted, sheetNames);
      return sheetToGrid(sheet);
    },
  };
}

function sheetNotFound(wanted: string, sheetNames: string[]): CoreError {
  const list = sheetNames.map((name) => `"${name}"`).join(", ");
  return new CoreError(
    "sheet-not-found",
    {
      en: `Sheet "${wanted}" not found; the workbook has: ${list}`,
      es: `No existe la hoja "${wanted}"; el libro tiene: ${list}`,
    },
    wanted,
  );
}

/**
 * Reads one sheet of an opened workbook as a grid: the one asked for (case-insensitive), else the only one,
 * else the largest table. See the module comment.
 */
export function readOpenedWorkbook(
  book: OpenedWorkbook,
  options: ReadWorkbookOptions = {},
): WorkbookFileGrid {
  const { sheetNames } = book;
  let sheetName: string;
  let sheetReason: Localized;
  if (book.kind === "csv") {
    sheetName = sheetNames[0];
    sheetReason = { en: "CSV file: one table", es: "Archivo CSV: una tabla" };
  } else if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const found =
      sheetNames.find((name) => name === options.sheet) ??
      sheetNames.find((name) => name.trim().toLowerCase() === wanted);
    if (found === undefined) throw sheetNotFound(options.sheet, sheetNames);
    sheetName = found;
    sheetReason = { en: `Sheet "${sheetName}", as asked`, es: `Hoja "${sheetName}", la pedida` };
  } else if (sheetNames.length === 1) {
    sheetName = sheetNames[0];
    sheetReason = { en: `Sheet "${sheetName}", the only one`, es: `Hoja "${sheetName}", la única` };
  } else {
    const { name, filledCells } = book.largestSheet;
    sheetName = name;
    sheetReason = {
      en: `Sheet "${name}", the largest table (${filledCells} filled cells); choose another with --sheet`,
      es: `Hoja "${name}", la tabla más grande (${filledCells} celdas con datos); elija otra con --sheet`,
    };
  }
  const { grid, numberFormats } = book.sheet(sheetName);
  return { sheetName, sheetNames, sheetReason, grid, numberFormats };
}

/** `openWorkbookBytes` then `readOpenedWorkbook`: one sheet of a file's bytes. */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookFileGrid> {
  return readOpenedWorkbook(await openWorkbookBytes(bytes, file), options);
}
