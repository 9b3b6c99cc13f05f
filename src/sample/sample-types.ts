/**
 * The plain-data description of a sample workbook: sheets of cell values plus the little formatting that
 * makes them look like a real export (number formats, widths). The script `scripts/generate-samples.ts` writes it with
 * ExcelJS; tests compare it with the committed files. Dates are `Date` objects at UTC midnight.
 */
export type SampleCell = string | number | Date | null;

export interface SampleSheet {
  name: string;
  /** Row-major values; row 0 is sheet row 1. `null` = empty cell; an all-null row is a blank row. */
  rows: SampleCell[][];
  /** 1-based sheet row of the header (the title, if any, sits above it). */
  headerRow: number;
  /** Excel number format per column (null = General). */
  columnFormats: (string | null)[];
  /** Column widths in characters. */
  columnWidths: number[];
}

export interface SampleWorkbook {
  /** File name under `assets/`. */
  fileName: string;
  sheets: SampleSheet[];
}

/** Fixed metadata date so regenerated files carry no wall-clock time. */
export const SAMPLE_FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** Rounds money to cents, the way an ERP export shows it. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Whole-day UTC date. `month` is 1-based. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
