/**
 * The optional segment column beside the user's table, as plain data: one segment name per data row of the
 * table as read (header row excluded), the column's header, and the rows of each segment for its fill. Rows map
 * to customers through the row's customer id (or name, when there is no id column), the same way the SEGMENT
 * worksheet function does, so invoice lines get their customer's segment; rows the reader skipped (blank,
 * totals, no id) get "". Pure and plain (strings and number arrays), so it crosses a worker's message channel.
 *
 * Cost: O(rows) with one id → customer map, built only when a row is not the next customer in order.
 */
import type { ReadResult } from "../analysis";
import type { Method, Segmentation } from "../model";
import { customerOfEachRow } from "../read/row-customers";
import { methodOf } from "../segment/methods";
import type { Grid, Lang, Localized } from "../types";
import { tr } from "../language";
import { texts } from "../../i18n/texts";

const SEGMENT_TITLE: Localized = texts((t) => t.plan.segmentColumn.segmentTitle);

export interface SegmentColumnData {
  /** Grid rows (0-based) of the table's header and last data row: the column spans them. */
  headerRow: number;
  lastRow: number;
  /** Grid columns (0-based) of the table; the segment column goes right of `lastColumn`. */
  firstColumn: number;
  lastColumn: number;
  header: string;
  /** One per data row, headerRow + 1 .. lastRow: the segment name in `lang`, or "" for skipped rows. */
  values: string[];
  /** Per segment that has rows: its colors and the data-row indexes (0-based, into `values`) that take them. */
  fills: { fill: string; fontColor: string; rows: number[] }[];
}

/** The segment column header: "Segment (RFM)" / "Segmento (RFM)", with the method's short name (registry). */
export function segmentColumnHeader(method: Method, lang: Lang): string {
  return `${tr(SEGMENT_TITLE, lang)} (${tr(methodOf(method).name, lang)})`;
}

/**
 * See the module doc. `grid` is the grid `read` was read from. With no id (or name) column in the mapping every
 * row is "" (nothing to align by).
 */
export function segmentColumnValues(
  grid: Grid,
  read: Pick<ReadResult, "table" | "mapping" | "customers">,
  segmentation: Pick<Segmentation, "method" | "segments" | "assignment">,
  lang: Lang,
): SegmentColumnData {
  const { table } = read;
  const rows = Math.max(0, table.lastRow - table.headerRow);
  const customerOfRow = customerOfEachRow(grid, read);
  const labels = segmentation.segments.map((s) => tr(s.name, lang));
  const rowsOf: number[][] = segmentation.segments.map(() => []);
  const values: string[] = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    const customer = customerOfRow[table.headerRow + 1 + i] ?? -1;
    if (customer < 0) {
      values[i] = "";
      continue;
    }
    const segment = segmentation.assignment[customer];
    values[i] = labels[segment];
    rowsOf[segment].push(i);
  }
  const fills: SegmentColumnData["fills"] = [];
  segmentation.segments.forEach((segment, s) => {
    if (rowsOf[s].length > 0)
      fills.push({ fill: segment.color, fontColor: segment.textColor, rows: rowsOf[s] });
  });
  return {
    headerRow: table.headerRow,
    lastRow: table.lastRow,
    firstColumn: table.firstColumn,
    lastColumn: table.lastColumn,
    header: segmentColumnHeader(segmentation.method, lang),
    values,
    fills,
  };
}
