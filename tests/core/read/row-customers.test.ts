import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";
import { customerOfEachRow } from "../../../src/core/read/row-customers";
import type { CellValue } from "../../../src/core/types";

const TODAY = 20000;

describe("customerOfEachRow", () => {
  it("maps each customer-sheet row to its customer; title, header, blank and totals rows to -1", () => {
    const grid: CellValue[][] = [
      ["Customer list 2024", "", ""],
      ["Customer", "Revenue", "Margin"],
      ["A", 100, 20],
      ["B", 50, 5],
      ["", "", ""],
      ["C", 30, 3],
      ["Total", 180, 28],
    ];
    const read = readCustomerGrid(grid, { todayDay: TODAY });
    const rows = customerOfEachRow(grid, read);
    const idOf = (r: number) => (rows[r] < 0 ? null : read.customers.ids[rows[r]]);
    expect(Array.from(grid, (_, r) => idOf(r))).toEqual([null, null, "A", "B", null, "C", null]);
  });

  it("maps invoice lines of the same customer to the same customer, in any order", () => {
    const grid: CellValue[][] = [
      ["Cliente", "Fecha", "Factura", "Importe"],
      ["X", "2024-01-05", "F1", 100],
      ["Y", "2024-01-06", "F2", 50],
      ["X", "2024-02-05", "F3", 70],
      ["#N/A", "2024-02-06", "F4", 10],
    ];
    const read = readCustomerGrid(grid, { todayDay: TODAY });
    expect(read.kind).toBe("transactions");
    const rows = customerOfEachRow(grid, read);
    expect(rows[1]).toBe(rows[3]);
    expect(rows[1]).not.toBe(rows[2]);
    expect(read.customers.ids[rows[2]]).toBe("Y");
    expect(rows[0]).toBe(-1);
    expect(rows[4]).toBe(-1);
  });

  it("gives -1 everywhere when no id or name column was mapped", () => {
    const read = readCustomerGrid(
      [
        ["Customer", "Revenue"],
        ["A", 1],
      ],
      { todayDay: TODAY },
    );
    const withoutIds = { ...read, mapping: read.mapping.filter((m) => m.role !== "customerId") };
    expect(Array.from(customerOfEachRow([["x"], ["A"]], withoutIds))).toEqual([-1, -1]);
  });
});
