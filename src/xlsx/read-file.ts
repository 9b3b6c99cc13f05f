/**
 * Reads an `.xlsx` (ExcelJS) or `.csv` (papaparse) file into the grid shape the core reads, the same values
 * Excel's `range.values` would give: numbers, strings, booleans, "" for empty cells; dates as Excel serial
 * numbers; formulas as their cached result; rich text as plain text; error cells as their code ("#N/A");
 * merged areas with the value in the top-left cell and "" in the others. The grid starts at cell A1.
 *
 * CSV: delimiter guessed among comma, semicolon, tab and pipe; UTF-8 with or without BOM (falls back to
 * Windows-1252 when the bytes are not UTF-8); quoted fields; CRLF or LF. Every CSV cell stays text, exactly
 * as written: the core decides numbers and dates per column.
 *
 * Cost: O(cells). Throws CoreError ("file-not-found", "unsupported-file", "unreadable-file",
 * "sheet-not-found", "empty-file") with a one-line reason in English and Spanish.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { CoreError } from "../core/errors";
import type { CellValue } from "../core/types";
import type { Localized } from "../core/types";
// ExcelJS gives dates UTC-based, so the plain serial has no time-zone shift.
import { dateToExcelSerial } from "../core/excel-serial";

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

/** One ExcelJS cell value → what `range.values` gives. */
export function excelValueToCell(value: unknown): CellValue {
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

function fileError(code: string, file: string, en: string, es: string): CoreError {
  return new CoreError(code, { en: `${en}: ${file}`, es: `${es}: ${file}` }, file);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw fileError(
        "file-not-found",
        file,
        "File not found; check the path",
        "No se encuentra el archivo; revise la ruta",
      );
    if (code === "EISDIR")
      throw fileError(
        "unreadable-file",
        file,
        "This is a folder, not a file",
        "Es una carpeta, no un archivo",
      );
    throw fileError(
      "unreadable-file",
      file,
      `Cannot read the file (${code ?? "error"})`,
      `No se puede leer el archivo (${code ?? "error"})`,
    );
  }
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

/**
 * Reads one sheet of an `.xlsx` or `.csv` file as a grid. See the module comment.
 *
 * @example const { grid } = await readWorkbookFile("clientes.xlsx", { sheet: "Clientes" });
 */
export async function readWorkbookFile(
  file: string,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookFileGrid> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv" && extension !== ".txt" && extension !== ".xlsm") {
    throw fileError(
      "unsupported-file",
      file,
      "Unsupported file type; use an .xlsx workbook or a .csv file",
      "Tipo de archivo no admitido; use un libro .xlsx o un archivo .csv",
    );
  }
  const bytes = await readBytes(file);
  if (extension === ".csv" || extension === ".txt") {
    const grid = parseCsvText(decodeCsvBytes(bytes));
    if (grid.length === 0) throw fileError("empty-file", file, "The file is empty", "El archivo está vacío");
    const name = path.basename(file, extension);
    return {
      sheetName: name,
      sheetNames: [name],
      sheetReason: { en: "CSV file: one table", es: "Archivo CSV: una tabla" },
      grid,
      numberFormats: [],
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
  let chosen: ExcelJS.Worksheet | undefined;
  let sheetReason: Localized;
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    chosen =
      sheets.find((sheet) => sheet.name === options.sheet) ??
      sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (!chosen) {
      const list = sheetNames.map((name) => `"${name}"`).join(", ");
      throw new CoreError(
        "sheet-not-found",
        {
          en: `Sheet "${options.sheet}" not found; the workbook has: ${list}`,
          es: `No existe la hoja "${options.sheet}"; el libro tiene: ${list}`,
        },
        options.sheet,
      );
    }
    sheetReason = { en: `Sheet "${chosen.name}", as asked`, es: `Hoja "${chosen.name}", la pedida` };
  } else if (sheets.length === 1) {
    chosen = sheets[0];
    sheetReason = { en: `Sheet "${chosen.name}", the only one`, es: `Hoja "${chosen.name}", la única` };
  } else {
    let best = -1;
    for (const sheet of sheets) {
      const cells = nonEmptyCells(sheet);
      if (cells > best) {
        best = cells;
        chosen = sheet;
      }
    }
    sheetReason = {
      en: `Sheet "${chosen!.name}", the largest table (${best} filled cells); choose another with --sheet`,
      es: `Hoja "${chosen!.name}", la tabla más grande (${best} celdas con datos); elija otra con --sheet`,
    };
  }
  const { grid, numberFormats } = sheetToGrid(chosen!);
  return { sheetName: chosen!.name, sheetNames, sheetReason, grid, numberFormats };
}
