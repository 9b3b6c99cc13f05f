/**
 * Turns the files a user drops or chooses into what a build reads: the data workbook (parsed once, each sheet
 * converted to a grid once) and, when one of them is a customer map this tool wrote earlier, its history
 * record for mobility. Reads with the command line's reader (`src/xlsx/read-bytes.ts`), so a bad file gets
 * the command line's message; a file over `MAX_FILE_BYTES` is refused before a byte of it is read.
 *
 * The reader (ExcelJS, papaparse) is loaded on the first file, not with the page.
 */
import { CoreError } from "../core/errors";
import type { HistoryRun } from "../core/plan/history-sheet";
import type { SampleWorkbook } from "../sample";
import type { CellValue, Grid, Lang } from "../core/types";
import { formatText } from "../taskpane/i18n/strings";
import { sampleSheetsOf } from "../sample/sample-sheets";
import type { OpenedWorkbook } from "../xlsx/read-bytes";
import { webStrings } from "./web-strings";
import { formatNumber } from "../core/format";
import { inLang, localize } from "../core/language";
import { texts } from "../i18n/texts";

/**
 * Largest file the page reads. A 200 MB workbook is several million cells; reading it takes gigabytes in a
 * browser tab (ExcelJS holds the workbook), which freezes or kills the tab on an ordinary laptop.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A data file ready to analyse. */
export interface LoadedData {
  /** Changes with every file loaded (the working screen starts afresh). */
  id: number;
  fileName: string;
  bytes: number;
  book: OpenedWorkbook;
  /** The sheet analysed: the largest table at first, then the user's choice. */
  sheetName: string;
}

/** An earlier result of ours, compared with the new data. */
export interface PreviousMap {
  id: number;
  fileName: string;
  runs: HistoryRun[];
}

interface DroppedFiles {
  data?: LoadedData;
  previous?: PreviousMap;
}

let nextId = 1;

/** "12 MB", "2.5 MB" / "2,5 MB", "2 KB": the page's units, numbers by the one formatter. */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 10 ? 1 : 0;
  const w = inLang(webStrings, lang);
  if (mb < 0.1)
    return formatText(w.kilobytes, { n: formatNumber(Math.max(1, Math.round(bytes / 1024)), lang) });
  return formatText(w.megabytes, { n: formatNumber(mb, lang, digits) });
}

/** The refusal of a file over the limit, in both languages. */
function fileTooBigError(name: string, bytes: number): CoreError {
  const text = (lang: Lang) =>
    formatText(inLang(webStrings, lang).fileTooBig, {
      name,
      size: formatBytes(bytes, lang),
      limit: formatBytes(MAX_FILE_BYTES, lang),
    });
  return new CoreError("web/file-too-big", localize(text), name);
}

/** Memoizes each sheet's grid: detection runs again on every mapping change. */
function cached(book: OpenedWorkbook): OpenedWorkbook {
  const grids = new Map<string, ReturnType<OpenedWorkbook["sheet"]>>();
  return {
    ...book,
    sheet(name) {
      let grid = grids.get(name);
      if (!grid) {
        grid = book.sheet(name);
        grids.set(name, grid);
      }
      return grid;
    },
  };
}

/**
 * Opens one file with the command line's reader. @throws CoreError: the command line's ("unsupported-file",
 * "unreadable-file", "empty-file"...) or "web/file-too-big", decided before reading.
 */
async function openFile(file: File): Promise<OpenedWorkbook> {
  const reader = await import(/* webpackChunkName: "file-reader" */ "../xlsx/read-bytes");
  reader.checkWorkbookExtension(file.name);
  if (file.size > MAX_FILE_BYTES) throw fileTooBigError(file.name, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return cached(await reader.openWorkbookBytes(bytes, file.name));
}

/**
 * Sorts dropped files into the data and an earlier result (recognised by its history record). The first data
 * file wins; a second earlier result replaces the first. @throws the first file's reading error.
 */
export async function loadFiles(files: readonly File[]): Promise<DroppedFiles> {
  const { historyRunsOf } = await import(/* webpackChunkName: "file-reader" */ "../xlsx/workbook-inputs");
  const dropped: DroppedFiles = {};
  for (const file of files) {
    const book = await openFile(file);
    const runs = book.kind === "xlsx" ? historyRunsOf(book) : [];
    if (runs.length > 0) {
      dropped.previous = { id: nextId++, fileName: file.name, runs };
    } else if (!dropped.data) {
      dropped.data = {
        id: nextId++,
        fileName: file.name,
        bytes: file.size,
        book,
        sheetName: book.defaultSheet().name,
      };
    }
  }
  return dropped;
}

/** The bundled sample (generated, nothing to fetch) as a workbook to analyse, like a dropped file. */
export function sampleData(sample: SampleWorkbook, fileName: string): LoadedData {
  const sheets = sampleSheetsOf(sample);
  const filled = (grid: Grid) =>
    grid.reduce((sum, row) => sum + row.filter((cell) => cell !== "" && cell !== null).length, 0);
  let largest = sheets[0];
  for (const sheet of sheets) if (filled(sheet.grid) > filled(largest.grid)) largest = sheet;
  const book: OpenedWorkbook = {
    file: fileName,
    kind: "xlsx",
    sheetNames: sheets.map((sheet) => sheet.name),
    hiddenSheets: [],
    warnings: [],
    defaultSheet: () => ({
      name: largest.name,
      reason: texts((t) => t.web.loadFiles.sheetTheLargestTable(largest.name)),
    }),
    sheet(name) {
      const sheet = sheets.find((candidate) => candidate.name === name);
      if (!sheet)
        throw new CoreError(
          "sheet-not-found",
          texts((t) => t.web.loadFiles.noSheet(name)),
        );
      const formats = (sheet.columnFormats ?? []).map((format) => format ?? "General");
      return {
        grid: sheet.grid as CellValue[][],
        numberFormats: sheet.grid.map((row) => row.map((_, c) => formats[c] ?? "General")),
      };
    },
  };
  return { id: nextId++, fileName, bytes: 0, book, sheetName: largest.name };
}
