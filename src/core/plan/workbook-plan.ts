/**
 * The workbook plan: a declarative description of the sheets to write. The core builds it; renderers
 * (`src/office` for Excel, `src/xlsx` for files) draw it. It never says how to talk to Excel.
 *
 * Coordinates are 0-based (row 0, column 0 = A1). Values are plain cell values; `text` cells are always
 * written as text, never as formulas, whatever they start with (renderers must guarantee it).
 */
import type { CellValue } from "../types";
import { type Lang } from "../language";

/** Which add-in-owned sheet this is; renderers use it to recognise their own sheets on re-run. */
export type SheetKey = "map" | "segments" | "customers" | "insights" | "patterns" | "about" | "history";

/** Number format codes are Excel's (e.g. `#,##0`, `0.0%`, `yyyy-mm-dd`). */
export interface Block {
  row: number;
  column: number;
  /** Rectangular: every row has the same length. */
  values: CellValue[][];
  /** One format per column of the block (applies to all its rows), or omitted for General. */
  columnFormats?: (string | null)[];
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  /** Horizontal alignment for the whole block. */
  align?: "left" | "center" | "right";
}

/** A rectangle of cells. */
export interface CellRect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** One fill style applied to many rectangles at once (one request per style, never per cell). */
export interface FillGroup {
  fill: string;
  fontColor: string;
  rects: CellRect[];
  bold?: boolean;
}

export interface TablePlan {
  name: string;
  /** Header row + data rows; must coincide with a block. */
  rect: CellRect;
  style?: string;
}

export interface ChartSeriesPlan {
  name: string;
  /** Columns of the sheet holding x and y (and bubble size) for this series' rows. */
  xRect: CellRect;
  yRect: CellRect;
  sizeRect?: CellRect;
  color: string;
}

/** Size in points of a scatter chart's markers, the same in Excel and in the files (renderers draw circles). */
export const CHART_MARKER_SIZE = 5;

export interface ChartPlan {
  type: "scatter" | "bubble" | "bar";
  title: string;
  xAxisTitle: string;
  /** The horizontal value axis' scale (base 10 when logarithmic); linear when omitted. */
  xAxisScale?: "linear" | "logarithmic";
  yAxisTitle: string;
  series: ChartSeriesPlan[];
  /** Where the chart sits (top-left cell) and its size in columns × rows. */
  anchor: CellRect;
}

/**
 * How a sheet prints (and exports to PDF): decided once in the plan (src/core/plan/print-setup.ts) so the file
 * writers and Excel print the same pages. Every sheet is one page wide; long sheets run down as many pages as
 * needed with their header rows repeated on each.
 */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Pages wide (always 1) and tall (0 = as many as the rows need). */
  fitToWidth: number;
  fitToHeight: number;
  /**
   * Rows that start a new printed page (0-based), e.g. the map's chart on a page of its own. Spreadsheets keep
   * these manual breaks with "one page wide" scaling.
   */
  rowBreaks?: number[];
  /** Rows repeated at the top of every printed page (0-based, first..last inclusive), e.g. a table's header. */
  titleRows?: { first: number; last: number };
  /**
   * Page footer in Excel's header/footer codes (`&P` page, `&N` pages; a literal `&` is written `&&`), the
   * same codes the file format, ExcelJS and Office.js take.
   */
  footer: { left: string; right: string };
}

export interface SheetPlan {
  key: SheetKey;
  /** Localized sheet name (<= 31 characters, no []:*?/\\). */
  name: string;
  /** Hidden sheets hold the add-in's own records (assignments history). */
  hidden?: boolean;
  tabColor?: string;
  blocks: Block[];
  fills: FillGroup[];
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Width in characters per column index. */
  columnWidths: { column: number; width: number }[];
  freeze?: { rows: number; columns: number };
  /**
   * Heights in points of the rows whose wrapped text takes more than one line (ascending rows), from the lines
   * the words wrap into in their columns (print-pages.ts `plannedRowHeights`). Every renderer sets them (the
   * file writers, and Office.js as one range area per height): spreadsheet programs do not re-measure the rows
   * of a file they open, and the page breaks the plan computes (print-pages.ts) count on these heights.
   */
  rowHeights?: { row: number; height: number }[];
  /**
   * Optional print area (what a printout or PDF shows); renderers that can set one should. Lets a sheet keep
   * helper data (e.g. a chart's data block) out of the printed page. Omitted = the used range.
   */
  printArea?: CellRect;
  /** Rows that start a new printed page (0-based): the print setup carries them as `rowBreaks`. */
  pageBreakRows?: number[];
  /** Page setup for printing; set for every sheet by the plan builder. */
  print?: PrintSetup;
}

export interface WorkbookPlan {
  lang: Lang;
  sheets: SheetPlan[];
}
