/**
 * Sheets of stacked tables print without a table cut from its header: laid out on pages as the plan's page
 * setup prints them (print-pages.ts), every table of every visible sheet, both samples, both languages, every
 * method, starts on the page of its title and header; one that fits on a page prints whole on one, a longer
 * one starts with at least MIN_BODY_ROWS of its rows under its header. Each manual break lies just before a
 * section's title or a table's title/header.
 */
import type { Method } from "../../../src/core/model";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { columnPoints, textWidth } from "../../../src/core/plan/fit-text";
import { headerBlock, sectionBlock } from "../../../src/core/plan/plan-helpers";
import {
  MIN_BODY_ROWS,
  PRINTABLE,
  pageCapacity,
  printedPages,
  printedTables,
  rowHeights,
  tableBreaks,
} from "../../../src/core/plan/print-pages";
import type { SheetPlan } from "../../../src/core/plan/workbook-plan";
import { METHOD_DESCRIPTORS } from "../../../src/core/segment/method-registry";
import { type BundledSample, loadBundledSamples } from "./bundled-samples";

/** Index of the page a row prints on, given the first row of each page. */
function pageOf(starts: number[], row: number): number {
  let page = 0;
  while (page + 1 < starts.length && starts[page + 1] <= row) page++;
  return page;
}

/** What is wrong with how a sheet's tables fall on its pages; empty when each keeps its header. */
function pageProblems(sheet: SheetPlan): string[] {
  const titleRows = sheet.print?.titleRows;
  const breaks = sheet.print?.rowBreaks ?? [];
  const starts = printedPages(sheet, breaks, titleRows);
  const heights = rowHeights(sheet);
  const titles = titleRows
    ? heights.slice(titleRows.first, titleRows.last + 1).reduce((a, b) => a + b, 0)
    : 0;
  const page = pageCapacity(sheet) - titles;
  const problems: string[] = [];
  const tables = printedTables(sheet);
  for (const table of tables) {
    const where = `${sheet.name}, table at row ${table.header + 1}`;
    const first = pageOf(starts, table.start);
    if (pageOf(starts, table.header) !== first) problems.push(`${where}: header on a page after its title`);
    const height = heights.slice(table.start, table.end + 1).reduce((a, b) => a + b, 0);
    const rowsWithHeader = starts.filter((start) => start > table.header)[0] ?? Infinity;
    if (height <= page) {
      if (pageOf(starts, table.end) !== first) problems.push(`${where}: fits a page but is split`);
    } else if (Math.min(rowsWithHeader, table.end + 1) - table.header - 1 < MIN_BODY_ROWS) {
      problems.push(`${where}: fewer than ${MIN_BODY_ROWS} rows under its header on its first page`);
    }
  }
  // A break only where a table or a section begins.
  const sectionRows = new Set(
    sheet.blocks
      .filter((block) => block.values.length === 1 && (block.fontSize ?? 11) > 11)
      .map((b) => b.row),
  );
  const tableStarts = new Set(tables.map((table) => table.start));
  for (const row of breaks)
    if (!sectionRows.has(row) && !tableStarts.has(row) && sheet.key !== "map")
      problems.push(`${sheet.name}: break at row ${row + 1}, not before a table or a section`);
  return problems;
}

/** A landscape sheet of `rows` one-line rows in ten 13-wide columns, headed, then a section of a small table. */
function stackedSheet(firstRows: number, secondRows: number): SheetPlan {
  const columns = 10;
  const line = (r: number) => Array.from({ length: columns }, (_, c) => (c === 0 ? `row ${r}` : r * c));
  const second = firstRows + 2;
  return {
    key: "segments",
    name: "Stacked",
    blocks: [
      headerBlock(
        0,
        0,
        Array.from({ length: columns }, (_, c) => `H${c}`),
      ),
      { row: 1, column: 0, values: Array.from({ length: firstRows }, (_, r) => line(r)) },
      sectionBlock(second, 0, "Second table"),
      headerBlock(
        second + 1,
        0,
        Array.from({ length: columns }, (_, c) => `K${c}`),
      ),
      { row: second + 2, column: 0, values: Array.from({ length: secondRows }, (_, r) => line(r)) },
    ],
    fills: [],
    tables: [],
    charts: [],
    columnWidths: Array.from({ length: columns }, (_, column) => ({ column, width: 13 })),
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, footer: { left: "", right: "" } },
  };
}

describe("page breaks of sheets of stacked tables", () => {
  it("a table that would start at the foot of a page starts on the next one, the break just before its title", () => {
    const rowsPerPage = Math.floor(pageCapacity(stackedSheet(1, 1)) / 15);
    // The first table leaves four rows of the page: the second (title, header, ten rows) does not fit there.
    const sheet = stackedSheet(rowsPerPage - 6, 10);
    const second = rowsPerPage - 6 + 2;
    // Without a break it would be cut from its header; the check sees it.
    expect(pageProblems(sheet)).not.toEqual([]);
    const breaks = tableBreaks(sheet);
    expect(breaks).toEqual([second]);
    sheet.print = { ...sheet.print!, rowBreaks: breaks };
    expect(pageProblems(sheet)).toEqual([]);
    expect(printedPages(sheet, breaks)).toEqual([0, second]);
  });

  it("the sheet's title never prints alone: a long first table starts under it, on the first page", () => {
    const rowsPerPage = Math.floor(pageCapacity(stackedSheet(1, 1)) / 15);
    // Title and note over a blank row, then a table a little shorter than a page: it does not fit under the
    // title, but a page holding only the title would be wasted paper; it starts there and runs on.
    const table = stackedSheet(rowsPerPage - 3, 1);
    const sheet: SheetPlan = {
      ...table,
      blocks: [
        sectionBlock(0, 0, "Title"),
        { row: 1, column: 0, values: [["A line of explanation"]] },
        ...table.blocks.slice(0, 2).map((block) => ({ ...block, row: block.row + 3 })),
      ],
    };
    expect(printedTables(sheet)[0].header).toBe(3);
    expect(tableBreaks(sheet)).toEqual([]);
  });

  it("no break where the next table fits in what remains of the page", () => {
    const rowsPerPage = Math.floor(pageCapacity(stackedSheet(1, 1)) / 15);
    expect(tableBreaks(stackedSheet(rowsPerPage - 20, 10))).toEqual([]);
  });

  it(`a table longer than a page starts where at least ${MIN_BODY_ROWS} of its rows follow its header`, () => {
    const rowsPerPage = Math.floor(pageCapacity(stackedSheet(1, 1)) / 15);
    // Room for the title, the header and two rows: too little for a long table, which moves to the next page.
    expect(tableBreaks(stackedSheet(rowsPerPage - 6, 3 * rowsPerPage))).toEqual([rowsPerPage - 4]);
    // Room for ten of its rows: it starts here and runs on.
    expect(tableBreaks(stackedSheet(rowsPerPage - 16, 3 * rowsPerPage))).toEqual([]);
  });

  it("a table a taller paper would start at the foot of the estimated page's successor starts a page of its own", () => {
    const rowsPerPage = Math.floor(pageCapacity(stackedSheet(1, 1)) / 15);
    // The first table fills the estimated page, which ends at the blank row above the second table's title,
    // so the estimate alone prints that table whole on the next page. A page of the taller paper (Letter
    // landscape: 504 points against the estimate's 0.95 × 487) holds the blank row and the title too, and
    // would put the title at its foot, its table on the next page: the second table gets its own break.
    const sheet = stackedSheet(rowsPerPage - 1, 10);
    const second = rowsPerPage + 1;
    expect(printedPages(sheet, [])).toEqual([0, rowsPerPage]);
    expect(tableBreaks(sheet)).toEqual([second]);
    // The scenario is real: rows of the taller page (same scale) reach past the title.
    expect(Math.floor((pageCapacity(sheet) * (504 / (0.95 * 487))) / 15)).toBeGreaterThan(second);
  });

  describe("the bundled samples", () => {
    let samples: BundledSample[];
    beforeAll(async () => {
      samples = await loadBundledSamples();
    });

    for (const lang of ["en", "es"] as const) {
      for (const method of METHOD_DESCRIPTORS.map((descriptor) => descriptor.id as Method)) {
        it(`every table keeps its header on paper, ${method}, in ${lang}`, () => {
          const problems: string[] = [];
          for (const sample of samples) {
            const plan = buildWorkbookPlan(sample.analyse(lang, method), lang);
            for (const sheet of plan.sheets) {
              if (sheet.hidden || sheet.key === "map" || sheet.key === "customers") continue;
              problems.push(...pageProblems(sheet).map((problem) => `${sample.file}: ${problem}`));
            }
          }
          expect(problems).toEqual([]);
        });
      }
      it(`Segments prints one page wide at 80 % or more (it was 67 %), in ${lang}`, () => {
        for (const sample of samples) {
          const sheet = buildWorkbookPlan(sample.analyse(lang, "portfolio"), lang).sheets.find(
            (s) => s.key === "segments",
          )!;
          const where = `${sample.file} (${lang})`;
          expect({ where, print: sheet.print }).toMatchObject({
            where,
            print: { orientation: "landscape", fitToWidth: 1 },
          });
          // Every column the sheet writes prints (no print area): 7N pixels a column, as LibreOffice printed it.
          let columns = 0;
          for (const block of sheet.blocks)
            columns = Math.max(columns, block.column + (block.values[0]?.length ?? 0));
          const widths = new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
          let points = 0;
          for (let c = 0; c < columns; c++) points += columnPoints(widths.get(c) ?? 8.43);
          const scale = Math.min(1, PRINTABLE.landscape.width / points);
          expect({ where, scale: scale >= 0.8 }).toEqual({ where, scale: true });
        }
      });
      it(`About prints upright at full size, its long values wrapped in rows as tall as their lines, in ${lang}`, () => {
        for (const sample of samples) {
          const sheet = buildWorkbookPlan(sample.analyse(lang, "portfolio"), lang).sheets.find(
            (s) => s.key === "about",
          )!;
          const where = `${sample.file} (${lang})`;
          expect({ where, orientation: sheet.print?.orientation }).toEqual({
            where,
            orientation: "portrait",
          });
          // Printed at 100 %: its columns fit the upright printable width (print-pages.ts' PRINTABLE).
          const width = sheet.columnWidths.reduce((sum, { width }) => sum + (width * 7 + 5) * 0.75, 0);
          expect(width).toBeLessThanOrEqual(494);
          const heights = new Map((sheet.rowHeights ?? []).map(({ row, height }) => [row, height]));
          const valueWidth = sheet.columnWidths.find((c) => c.column === 1)!.width;
          for (const block of sheet.blocks) {
            const value = block.values[0]?.[0];
            if (block.column !== 1 || block.values.length !== 1 || typeof value !== "string") continue;
            if (textWidth(value) <= valueWidth - 1) continue;
            // A sentence wider than its column (as Calibri draws it) wraps, its row at least two lines tall.
            expect({ where, value, wrap: block.wrap === true }).toEqual({ where, value, wrap: true });
            expect({ where, value, tall: (heights.get(block.row) ?? 15) >= 30 }).toEqual({
              where,
              value,
              tall: true,
            });
          }
        }
      });
    }
  });
});
