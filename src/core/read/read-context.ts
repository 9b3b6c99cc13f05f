/**
 * What the row readers share: the grid, where the table is, which grid column holds each role, the parser
 * of each typed column and the report being built.
 */
import type { ReadOptions } from "../analysis";
import { CoreError } from "../errors";
import type { DataShape, Role } from "../model";
import type { CellValue, Grid, Lang } from "../types";
import type { CurrencyCode } from "../format";
import type { CellParser, TypedReading } from "./column-parsers";
import type { ReportBuilder } from "./read-report";
import type { TableLocation } from "./find-table";
import { seriesIn, untranslated } from "../language";
import { texts } from "../../i18n/texts";

/** `ReadOptions` plus what transaction reading needs (all optional, additive). */
export interface ReadCustomerGridOptions extends ReadOptions {
  /** Last day of the observation window (epoch day, inclusive); later transactions are skipped and counted. */
  observationEndDay?: number;
  /** Unit of the customer-base-analysis triple. Default "weeks". */
  timeUnit?: "days" | "weeks";
  /** Force the period grid of revenue by period. */
  periodUnit?: "month" | "quarter" | "year";
  /** 1-based sheet row of `grid[0]` (when the grid is a range that does not start in row 1). Default 1. */
  firstSheetRow?: number;
}

export interface ReadContext {
  grid: Grid;
  table: TableLocation;
  /** Grid column index per role (absent when unmapped). */
  columnOf: Partial<Record<Role, number>>;
  /** Header per role. */
  headerOf: Partial<Record<Role, string>>;
  /** Grid column indexes and headers of protected-attribute columns. */
  protectedHeaders: string[];
  parsers: Partial<Record<Role, CellParser>>;
  /** What each parser does with plainly written cells (see TypedReading), for grids with typed columns. */
  typed?: Partial<Record<Role, TypedReading>>;
  report: ReportBuilder;
  lang: Lang | null;
  shape: DataShape;
  options: ReadCustomerGridOptions;
  /** Sheet row number (1-based) of grid row 0. */
  sheetRowOffset: number;
  /** The data's currency (detected from the money column), for money quoted in the readers' notes. */
  currency: CurrencyCode | null;
}

/** A cell as trimmed text ("" when empty or missing); numbers as Excel shows them without format. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "TRUE" : "FALSE";
}

/** Per-column counter of values that could not be read (not a skip: the row is used, the value left empty). */
export class BadValueCounter {
  readonly counts = new Map<string, { rows: number; examples: number[]; sample: string }>();

  add(header: string, sheetRow: number, cell: CellValue | undefined): void {
    let entry = this.counts.get(header);
    if (!entry) {
      entry = { rows: 0, examples: [], sample: String(cell) };
      this.counts.set(header, entry);
    }
    entry.rows++;
    if (entry.examples.length < 5) entry.examples.push(sheetRow);
  }

  flush(report: ReportBuilder): void {
    for (const [header, entry] of this.counts) {
      report.warn(
        "unreadable-values",
        texts((t, textLang) =>
          t.read.readContext.unreadableValues(
            header,
            entry.rows,
            entry.sample,
            seriesIn(textLang, entry.examples),
          ),
        ),
        header,
      );
    }
  }
}

/** Totals rows sum the rows above them: equal within rounding (half a cent or 0.5 %). */
export function closeToSum(value: number, sum: number): boolean {
  return sum !== 0 && Math.abs(value - sum) <= Math.max(0.01, 0.005 * Math.abs(sum));
}

/**
 * Largest amount believed in any currency (10^15). Beyond it (1e308, a 400-digit number) no total means
 * anything: sums overflow to Infinity and shares to NaN. Such a value is refused, never summed.
 */
const MAX_PLAUSIBLE_AMOUNT = 1e15;

/** Whether `checkPlausibleAmount` lets `value` pass (NaN does: it is reported as missing elsewhere). */
export function isPlausibleAmount(value: number): boolean {
  return value !== value || (Number.isFinite(value) && Math.abs(value) <= MAX_PLAUSIBLE_AMOUNT);
}

/** Throws CoreError "implausible-amount" naming the column, row and value when `value` is past the limit. */
export function checkPlausibleAmount(
  value: number,
  header: string,
  sheetRow: number,
  cell: CellValue | undefined,
): void {
  if (isPlausibleAmount(value)) return;
  const text = cellText(cell);
  const long = text.length > 24;
  const shown = long ? `${text.slice(0, 20)}…` : text || String(value);
  const size = long ? texts((t) => t.read.readContext.characters(text.length)) : untranslated("");
  throw new CoreError(
    "implausible-amount",
    texts((t, textLang) => t.read.readContext.columnRowTheAmount(header, sheetRow, shown, size[textLang])),
    `row ${sheetRow}`,
  );
}
