/** A cell value as Excel's `range.values` gives it: numbers, strings (also "" for empty), booleans. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, row-major, as read from a sheet or a file. */
export type Grid = readonly (readonly CellValue[])[];

/** Languages are data: see ./language.ts (display languages, their conventions, `tr` to read a text). */
export type { Lang, Localized, TextLang } from "./language";
