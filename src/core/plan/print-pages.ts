/**
 * Where a sheet of several stacked tables breaks into printed pages, so that no table starts at the foot of a
 * page and continues on the next one without its header. The sheet is one page wide (print-setup.ts), so a
 * page holds a known height of rows once the width's scale is known: the printable height of the smaller of
 * A4 and Letter, divided by that scale, less the repeated header rows. Row heights are the plan's: 15 points,
 * the wrapped rows' lines (fit-text.ts, the heights the file writers set) and the larger fonts of titles.
 *
 * `tableBreaks` puts a manual page break (the map's mechanism: `pageBreakRows` → `rowBreaks`) before a section
 * or a table that would not fit in what remains of the page but fits on a page of its own, and before a long
 * table when fewer than `MIN_BODY_ROWS` of its rows would follow its header on the page. `printedPages` lays
 * the rows out on pages the same way, for the plan-level tests. Estimates err on the short side (a page is
 * taken as a little smaller than it is): a break a few rows early wastes paper, one too late loses a header.
 * Cost: O(rows of the sheet) after one pass over the blocks.
 */
import type { Block, SheetPlan } from "./workbook-plan";
import { columnPoints, DEFAULT_COLUMN_WIDTH, wrappedRowLines } from "./fit-text";
import { HEADER_FILL, SECTION_FONT_SIZE } from "./plan-helpers";

/** Points per line of 11-point text: the default row height, as the file writers set it. */
const LINE_POINTS = 15;
/**
 * Printable area (points) of the smaller of A4 and Letter with the writers' margins (0.7" left and right,
 * 0.75" top and bottom, the footer inside the bottom margin).
 */
export const PRINTABLE = {
  portrait: { width: 494, height: 684 },
  landscape: { width: 691, height: 487 },
};
/** Printable height (points) of the larger of A4 and Letter, same margins: the most a printed page holds. */
const TALLEST = { portrait: 734, landscape: 504 };
/**
 * Share of the page height counted on: the program's rounding of the scale and of row heights vary a little.
 * Small since the widths and wrapped lines are LibreOffice's own (fit-text.ts): a larger share of slack left
 * a third of a page blank under each pair of cross-tables that did fit together on paper.
 */
const SAFETY = 0.98;
/** A table longer than a page starts on a page where at least this many of its rows follow its header. */
export const MIN_BODY_ROWS = 3;

/** One table of a sheet: the rows above its header that introduce it (title, note), its header and body. */
interface PrintedTable {
  /** First row of the table with what introduces it (a section title, a note). */
  start: number;
  header: number;
  /** Last row of its body (inclusive). */
  end: number;
}

/** A section: its title row up to the last filled row before the next section's title. */
interface Section {
  start: number;
  end: number;
}

/** The rows each block covers, and which are filled. */
function rowsOf(sheet: SheetPlan): { last: number; filled: Set<number> } {
  const filled = new Set<number>();
  let last = -1;
  for (const block of sheet.blocks) {
    block.values.forEach((values, r) => {
      if (values.some((value) => value !== null && value !== "")) filled.add(block.row + r);
    });
    last = Math.max(last, block.row + block.values.length - 1);
  }
  return { last, filled };
}

function isHeader(block: Block): boolean {
  return block.fill === HEADER_FILL && block.values.length === 1;
}

function isSection(block: Block): boolean {
  return block.values.length === 1 && (block.fontSize ?? 11) >= SECTION_FONT_SIZE;
}

/**
 * Tables of a sheet: each header row, its body down to the first empty row, and the filled rows directly above
 * it (at most three: a section title, a note, a caption) that are not another table's.
 */
export function printedTables(sheet: SheetPlan): PrintedTable[] {
  const { filled } = rowsOf(sheet);
  const headers = [...new Set(sheet.blocks.filter(isHeader).map((block) => block.row))].sort((a, b) => a - b);
  const tables: PrintedTable[] = [];
  for (const header of headers) {
    let end = header;
    while (filled.has(end + 1) && !headers.includes(end + 1)) end++;
    const previousEnd = tables.length > 0 ? tables[tables.length - 1].end : -1;
    let start = header;
    while (start - 1 > previousEnd && start - 1 >= header - 3 && filled.has(start - 1)) start--;
    tables.push({ start, header, end });
  }
  return tables;
}

function sections(sheet: SheetPlan, last: number, filled: Set<number>): Section[] {
  const starts = [...new Set(sheet.blocks.filter(isSection).map((block) => block.row))].sort((a, b) => a - b);
  return starts.map((start, s) => {
    let end = (s + 1 < starts.length ? starts[s + 1] : last + 1) - 1;
    while (end > start && !filled.has(end)) end--;
    return { start, end };
  });
}

/**
 * The heights the plan sets on the rows holding wrapped text of more than one line: 15 points a line, the
 * lines counted by `wrappedRowLines` (fit-text.ts), at most `MAX_WRAPPED_LINES`. Ascending rows. Pure.
 */
export function plannedRowHeights(sheet: SheetPlan): { row: number; height: number }[] {
  return [...wrappedRowLines(sheet)]
    .map(([row, lines]) => ({ row, height: Math.ceil(lines * LINE_POINTS) }))
    .sort((a, b) => a.row - b.row);
}

/** Height in points of each row of the sheet (0..last). */
export function rowHeights(sheet: SheetPlan): number[] {
  const { last } = rowsOf(sheet);
  const heights = new Array<number>(last + 1).fill(LINE_POINTS);
  for (const block of sheet.blocks) {
    const size = block.fontSize ?? 11;
    if (size <= 11) continue;
    // Spreadsheet programs size a row to its largest font: about 1.3 times the font's size.
    for (let r = 0; r < block.values.length; r++)
      heights[block.row + r] = Math.max(heights[block.row + r], Math.ceil(size * 1.3));
  }
  for (const { row, height } of sheet.rowHeights ?? plannedRowHeights(sheet))
    if (row <= last) heights[row] = Math.max(heights[row], height);
  return heights;
}

/** Width in points of the columns a sheet prints (its print area's, else every column a block covers). */
function printedWidth(sheet: SheetPlan): number {
  const widths = new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
  const area = sheet.printArea;
  let first = 0;
  let columns = 0;
  if (area) {
    first = area.column;
    columns = area.columns;
  } else {
    for (const block of sheet.blocks)
      columns = Math.max(columns, block.column + (block.values[0]?.length ?? 0));
  }
  let width = 0;
  for (let c = first; c < first + columns; c++) width += columnPoints(widths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  return width;
}

/**
 * The scale a sheet printed one page wide gets (1 when it fits at 100 %): the printable width of its
 * orientation over its columns' width, as a spreadsheet program fits it to the smaller of A4 and Letter.
 */
function printScale(sheet: SheetPlan): number {
  const page = PRINTABLE[sheet.print?.orientation ?? "portrait"];
  const width = printedWidth(sheet);
  return width > page.width ? page.width / width : 1;
}

/** Unscaled points of rows a printed page holds, before any repeated header rows. */
export function pageCapacity(sheet: SheetPlan): number {
  const page = PRINTABLE[sheet.print?.orientation ?? "portrait"];
  return (page.height * SAFETY) / printScale(sheet);
}

/** Unscaled points of rows the tallest paper's page holds (no safety share): where a program may end a page. */
function tallestCapacity(sheet: SheetPlan): number {
  return TALLEST[sheet.print?.orientation ?? "portrait"] / printScale(sheet);
}

function sum(heights: number[], from: number, to: number): number {
  let total = 0;
  for (let r = from; r <= to; r++) total += heights[r] ?? LINE_POINTS;
  return total;
}

/**
 * Lays the rows out on printed pages: a page ends at a manual break or when the next row does not fit.
 * Returns the first row of each page.
 */
export function printedPages(
  sheet: SheetPlan,
  breaks: readonly number[],
  titleRows?: { first: number; last: number },
): number[] {
  const heights = rowHeights(sheet);
  const capacity = pageCapacity(sheet);
  const titles = titleRows ? sum(heights, titleRows.first, titleRows.last) : 0;
  const capacityFrom = (start: number) => capacity - (titleRows && start > titleRows.last ? titles : 0);
  const breakSet = new Set(breaks);
  const starts = [0];
  let used = 0;
  for (let row = 0; row < heights.length; row++) {
    const start = starts[starts.length - 1];
    if (row > start && (breakSet.has(row) || used + heights[row] > capacityFrom(start))) {
      starts.push(row);
      used = 0;
    }
    used += heights[row];
  }
  return starts;
}

/**
 * Manual page breaks (0-based rows, ascending) that keep each section and table of a sheet of stacked tables
 * with its header. Rows already breaking (`existing`) are kept and laid out first.
 */
export function tableBreaks(
  sheet: SheetPlan,
  titleRows?: { first: number; last: number },
  existing: readonly number[] = [],
): number[] {
  const { last, filled } = rowsOf(sheet);
  const heights = rowHeights(sheet);
  const capacity = pageCapacity(sheet);
  const titles = titleRows ? sum(heights, titleRows.first, titleRows.last) : 0;
  const capacityFrom = (start: number) => capacity - (titleRows && start > titleRows.last ? titles : 0);
  const sectionAt = new Map(sections(sheet, last, filled).map((section) => [section.start, section]));
  const tableAt = new Map<number, PrintedTable>();
  for (const table of printedTables(sheet)) if (!tableAt.has(table.start)) tableAt.set(table.start, table);
  const breaks = new Set(existing);
  // Rows above the first table's header (the sheet's title and its line of explanation) never make a page of
  // their own: the first table starts under them, on the first page, however long it is.
  const firstHeader = Math.min(
    ...[...tableAt.values()].map((table) => table.header),
    Number.POSITIVE_INFINITY,
  );
  let start = 0;
  let used = 0;
  for (let row = 0; row <= last; row++) {
    if (row > start && used > 0 && !breaks.has(row) && row > firstHeader) {
      const remaining = capacityFrom(start) - used;
      const fresh = capacityFrom(row);
      const section = sectionAt.get(row);
      const table = tableAt.get(row);
      const sectionHeight = section ? sum(heights, section.start, section.end) : 0;
      const tableHeight = table ? sum(heights, table.start, table.end) : 0;
      const opening = table
        ? sum(heights, table.start, Math.min(table.end, table.header + MIN_BODY_ROWS))
        : 0;
      const breakHere =
        (section !== undefined && sectionHeight <= fresh && sectionHeight > remaining) ||
        (table !== undefined && tableHeight <= fresh && tableHeight > remaining) ||
        (table !== undefined && tableHeight > fresh && opening > remaining);
      if (breakHere) breaks.add(row);
    }
    if (row > start && (breaks.has(row) || used + heights[row] > capacityFrom(start))) {
      // The estimate ends this page here, but the paper's page is up to `TALLEST` high: a program filling it
      // ends it up to that many points later. A table or section starting within them would then lose its
      // opening rows to the foot of the page (a header with no body): it starts a page of its own.
      if (!breaks.has(row)) {
        const extra = tallestCapacity(sheet) - capacityFrom(start);
        for (let next = row, more = 0; next <= last && more <= extra; more += heights[next++]) {
          if (sectionAt.has(next) || tableAt.has(next)) {
            breaks.add(next);
            break;
          }
        }
      }
      start = row;
      used = 0;
    }
    used += heights[row];
  }
  return [...breaks].sort((a, b) => a - b);
}
