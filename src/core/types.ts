/** A cell value as Excel's `range.values` gives it: numbers, strings (also "" for empty), booleans. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, row-major, as read from a sheet or a file. */
export type Grid = readonly (readonly CellValue[])[];

export type Lang = "en" | "es";

/** Every user-visible text exists in both languages. */
export interface Localized {
  en: string;
  es: string;
}
