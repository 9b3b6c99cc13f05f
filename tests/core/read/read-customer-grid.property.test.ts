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
