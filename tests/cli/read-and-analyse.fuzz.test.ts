/**
 * Fuzz of the read-and-analyse path (fast-check): random grids and realistic-hostile ones (a customer table
 * with cells swapped for huge numbers, future dates, impossible dates, error codes, formula-looking text,
 * stray quotes, odd encodings' leftovers) go through the CSV parser and the whole analysis. The only allowed
 * failure is a CoreError with a message in both languages; a success has finite totals and every customer in
 * exactly one segment. Sized to run well under a minute; prints how many cases ran.
 */
import fc from "fast-check";
import { isCoreError } from "../../src/core/errors";
import { analyzeGrid, summarizeAnalysis } from "../../src/core/pipeline";
import type { CellValue } from "../../src/core/types";
import { parseCsvText } from "../../src/xlsx/read-file";

const RUN_AT = "2025-01-15T10:00:00.000Z";
let cases = 0;

function analyseOrRefuse(grid: CellValue[][]): void {
  cases++;
  try {
    const analysis = analyzeGrid(grid, { method: "portfolio", lang: "es", runAt: RUN_AT, seed: 1 });
    const summary = summarizeAnalysis(analysis, []);
    expect(Number.isFinite(summary.totals.revenue)).toBe(true);
    expect(summary.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(summary.customers);
  } catch (error) {
    if (!isCoreError(error)) throw error;
    expect(error.localized.en.length).toBeGreaterThan(0);
    expect(error.localized.es.length).toBeGreaterThan(0);
  }
}

const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "1e308",
    "9".repeat(400),
    "-1.234,56 €",
    "31/02/2024",
    "01/06/2099",
    "#N/A",
    "#DIV/0!",
    "=1+1",
    "@SUM(A1)",
    '"',
    "\ufffd",
    "PeÃ±a",
    "",
    "n/d",
    "(1,234)",
  ),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.boolean(),
);

/** A plausible customer table, then some cells replaced by hostile ones. */
const hostileTable = fc
  .tuple(
    fc.integer({ min: 1, max: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), hostileCell), { maxLength: 12 }),
  )
  .map(([rows, swaps]) => {
    const grid: CellValue[][] = [["Cliente", "Ventas", "Margen", "Última compra"]];
    for (let i = 1; i <= rows; i++) grid.push([`C${i}`, 1000 + i * 37, 100 + i, `0${1 + (i % 9)}/03/2024`]);
    for (const [r, c, value] of swaps) grid[1 + (r % rows)][c % 4] = value;
    return grid;
  });

const randomGrid = fc.array(fc.array(hostileCell, { maxLength: 6 }), { maxLength: 12 });

const csvText = fc
  .array(
    fc.array(
      fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ";", ",", "\n", "1.234,5", "Cliente")),
      {
        maxLength: 5,
      },
    ),
    { maxLength: 10 },
  )
  .map((rows) => "Cliente;Ventas\n" + rows.map((cells) => cells.join(";")).join("\n"));

describe("read-and-analyse fuzz", () => {
  afterAll(() => {
    console.log(`read-and-analyse fuzz: ${cases} cases`);
  });

  it("realistic-hostile tables: a result with finite totals or a CoreError in both languages", () => {
    fc.assert(
      fc.property(hostileTable, (grid) => analyseOrRefuse(grid)),
      { numRuns: 1500, seed: 12 },
    );
  });

  it("random grids: a result or a CoreError", () => {
    fc.assert(
      fc.property(randomGrid, (grid) => analyseOrRefuse(grid)),
      { numRuns: 3000, seed: 13 },
    );
  });

  it("random CSV text: parsed (or refused with its line) and analysed", () => {
    fc.assert(
      fc.property(csvText, (text) => {
        let grid: string[][];
        try {
          grid = parseCsvText(text);
        } catch (error) {
          if (!isCoreError(error)) throw error;
          expect(error.localized.es).toMatch(/línea \d+/);
          cases++;
          return;
        }
        analyseOrRefuse(grid);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });
});
