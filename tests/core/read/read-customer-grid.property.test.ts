/**
 * Property: whatever the grid, readCustomerGrid returns a consistent result or throws a CoreError —
 * never another error. Seeded, so failures reproduce.
 */
import fc from "fast-check";
import { isCoreError } from "../../../src/core/errors";
import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";
import type { CellValue } from "../../../src/core/types";

const tokens = [
  "Cliente",
  "Customer",
  "Ventas",
  "Revenue",
  "Fecha",
  "Date",
  "Margen %",
  "Factura",
  "Total",
  "Subtotal",
  "NA",
  "#N/A",
  "n/d",
  "-",
  "(1,234)",
  "1.234,56 €",
  "$ 1,234.56",
  "12%",
  "6.300",
  "31/12/2024",
  "12/31/2024",
  "2024-01-05T10:00",
  "C123",
  "abc",
  "",
  " ",
  "Edad",
  "Región",
  "Nº pedidos",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...tokens),
  fc.string({ maxLength: 6 }),
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: -5, max: 60000 }),
  fc.boolean(),
  fc.constant(null),
);
const grid = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 14 });

describe("readCustomerGrid on random grids", () => {
  it("throws only CoreError, and accounts for every row it reads", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (g, forceTransactions) => {
        try {
          const result = readCustomerGrid(
            g,
            forceTransactions ? { shape: "transactions" } : { todayDay: 20000 },
          );
          const { report, customers } = result;
          expect(report.rowsUsed + report.rowsSkipped).toBe(report.rowsRead);
          expect(customers.count).toBe(customers.ids.length);
          expect(customers.revenue.length).toBe(customers.count);
          expect(new Set(customers.ids).size).toBe(customers.count);
        } catch (error) {
          if (!isCoreError(error)) throw error;
        }
      }),
      { seed: 20240601, numRuns: 1500 },
    );
  });
});

describe("readCustomerGrid on customer sheets with repeated ids", () => {
  it("one customer per distinct id, in order of first appearance, with its rows' revenue summed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 9999 })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.constantFrom("C-", "", "cliente ", "Ω"),
        (rows, prefix) => {
          const grid: CellValue[][] = [["Customer ID", "Revenue", "Orders"]];
          rows.forEach(([id, cents], r) => grid.push([`${prefix}${id}`, cents / 100, 1 + (r % 3)]));
          const expected = new Map<string, number>();
          for (const [id, cents] of rows) {
            const key = `${prefix}${id}`.trim();
            expected.set(key, (expected.get(key) ?? 0) + cents / 100);
          }
          const { customers } = readCustomerGrid(grid, { shape: "customers" });
          expect(customers.ids).toEqual([...expected.keys()]);
          expect(customers.ids).toHaveLength(customers.count);
          customers.ids.forEach((id, i) => expect(customers.revenue[i]).toBeCloseTo(expected.get(id)!, 6));
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });
});
