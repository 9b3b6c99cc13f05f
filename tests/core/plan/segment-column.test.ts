/** The segment column's values: one per data row, aligned by customer id, blank for skipped rows. */
import fc from "fast-check";
import { analyzeGrid } from "../../../src/core/pipeline";
import { segmentColumnHeader, segmentColumnValues } from "../../../src/core/plan/segment-column";
import type { Method } from "../../../src/core/model";
import type { CellValue, Grid } from "../../../src/core/types";

const RUN_AT = "2025-01-15T10:00:00Z";

/** Expected value of each data row, computed by a plain lookup (ids.indexOf) instead of the helper's walk. */
function expectedValues(grid: Grid, method: Method, lang: "en" | "es"): string[] {
  const analysis = analyzeGrid(grid, { method, lang, runAt: RUN_AT });
  const { table, mapping, customers } = analysis.read;
  const idEntry =
    mapping.find((m) => m.role === "customerId") ?? mapping.find((m) => m.role === "customerName");
  const out: string[] = [];
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
    const cell = grid[r][table.firstColumn + idEntry!.column];
    const index = cell === null || cell === "" ? -1 : customers.ids.indexOf(String(cell).trim());
    out.push(
      index < 0 ? "" : analysis.segmentation.segments[analysis.segmentation.assignment[index]].name[lang],
    );
  }
  return out;
}

const customerGrid: Grid = [
  ["Customer list 2024", null, null],
  [null, null, null],
  ["Customer", "Revenue", "Margin"],
  ["Acme", 12000, 0.3],
  ["Bolt", 800, 0.1],
  [null, null, null],
  ["Cora", 4500, 0.25],
  ["Dune", 300, 0.05],
  ["Echo", 9000, 0.4],
  ["Total", 26600, null],
];

test("customer sheet: one value per row below the header, blank and totals rows blank", () => {
  const analysis = analyzeGrid(customerGrid, { method: "abc", lang: "en", runAt: RUN_AT });
  const column = segmentColumnValues(customerGrid, analysis.read, analysis.segmentation, "en");
  expect(column.headerRow).toBe(2);
  expect(column.lastRow).toBe(9);
  expect(column.values).toHaveLength(7);
  expect(column.values).toEqual(expectedValues(customerGrid, "abc", "en"));
  expect(column.values[2]).toBe("");
  expect(column.values[6]).toBe("");
  expect(column.values.filter((v) => v !== "")).toHaveLength(5);
  expect(column.header).toBe("Segment (ABC / Pareto)");
  expect(segmentColumnHeader("portfolio", "es")).toBe("Segmento (Mapa de cartera)");
});

test("fills: one group per segment present, whose rows are exactly the rows showing its name", () => {
  const analysis = analyzeGrid(customerGrid, { method: "abc", lang: "es", runAt: RUN_AT });
  const column = segmentColumnValues(customerGrid, analysis.read, analysis.segmentation, "es");
  const rowsInFills = column.fills.flatMap((f) => f.rows).sort((a, b) => a - b);
  expect(rowsInFills).toEqual(column.values.flatMap((v, i) => (v === "" ? [] : [i])));
  for (const group of column.fills) {
    const segment = analysis.segmentation.segments.find((s) => s.color === group.fill)!;
    expect(group.fontColor).toBe(segment.textColor);
    for (const row of group.rows) expect(column.values[row]).toBe(segment.name.es);
  }
  expect(new Set(column.fills.map((f) => f.fill)).size).toBe(column.fills.length);
});

test("invoice lines get their customer's segment, in any order (property)", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: 1, max: 5000 }),
          fc.integer({ min: 0, max: 700 }),
        ),
        {
          minLength: 12,
          maxLength: 40,
        },
      ),
      (lines) => {
        const grid: CellValue[][] = [["Customer", "Date", "Amount"]];
        for (const [customer, amount, day] of lines) {
          const row: CellValue[] = [
            `C${customer}`,
            `2024-${String(1 + (day % 12)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}`,
            amount,
          ];
          grid.push(row);
        }
        const analysis = analyzeGrid(grid, {
          method: "rfm",
          lang: "en",
          runAt: RUN_AT,
          shape: "transactions",
        });
        const column = segmentColumnValues(grid, analysis.read, analysis.segmentation, "en");
        expect(column.values).toEqual(expectedValues(grid, "rfm", "en"));
        // Same customer → same value on every line.
        const byCustomer = new Map<CellValue, string>();
        lines.forEach((_, i) => {
          const id = grid[i + 1][0];
          const seen = byCustomer.get(id);
          if (seen === undefined) byCustomer.set(id, column.values[i]);
          else expect(column.values[i]).toBe(seen);
        });
      },
    ),
    { seed: 20251123, numRuns: 25 },
  );
});
