/**
 * The bundled sample workbooks (generated, no file to fetch) as sheets of Excel values: what the pane inserts
 * into the workbook and what the web page analyses when asked to try the sample.
 */
import type { CellValue, Grid } from "../core/types";
import { dateToExcelSerial } from "../core/excel-serial";
import type { SampleWorkbook } from "./sample-types";

/** One sample sheet as Excel values, with its column formats and widths. */
interface ExcelSampleSheet {
  name: string;
  grid: Grid;
  /** One number format per column (null = General). */
  columnFormats?: (string | null)[];
  /** Widths in characters per column. */
  columnWidths?: number[];
}

/** Sample cells as Excel values: dates become serial numbers (the sheet formats show them as dates). */
export function sampleSheetsOf(sample: SampleWorkbook): ExcelSampleSheet[] {
  return sample.sheets.map((sheet) => ({
    name: sheet.name,
    grid: sheet.rows.map((row) =>
      row.map((cell): CellValue => (cell instanceof Date ? dateToExcelSerial(cell) : cell)),
    ),
    columnFormats: sheet.columnFormats,
    columnWidths: sheet.columnWidths,
  }));
}
