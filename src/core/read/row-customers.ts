/**
 * Which customer each row of the source grid belongs to, so results can be written back row for row beside the
 * user's table (the CMAP.SEGMENT spill, the pane's optional segment column). Rows are matched by the id column
 * the reader mapped (or the name column when there is no id), the same text the reader used.
 */
import type { ReadResult } from "../analysis";
import type { Grid } from "../types";
import { isMissingCell } from "./missing-values";
import { cellText } from "./read-context";

/**
 * Per grid row, the index of its customer in `read.customers`, or -1 (rows up to the header, rows without an id,
 * ids the reader skipped, and every row when no id or name column was mapped).
 *
 * Customers are numbered in order of first appearance, so on a customer-level sheet each row's id is the next
 * customer's: that is checked first, and the id → customer map is only built for the other rows (invoice lines,
 * reordered ids). Cost: O(rows), plus O(customers) once when the map is needed.
 */
export function customerOfEachRow(
  grid: Grid,
  read: Pick<ReadResult, "table" | "mapping" | "customers">,
): Int32Array {
  const result = new Int32Array(grid.length).fill(-1);
  const idEntry =
    read.mapping.find((m) => m.role === "customerId") ?? read.mapping.find((m) => m.role === "customerName");
  if (!idEntry) return result;
  const idColumn = read.table.firstColumn + idEntry.column;
  const ids = read.customers.ids;
  let nextCustomer = 0;
  let customerOf: Map<string, number> | undefined;
  for (let r = read.table.headerRow + 1; r < grid.length; r++) {
    const cell = grid[r]?.[idColumn];
    if (cell === undefined || cell === null || isMissingCell(cell)) continue;
    const id = cellText(cell);
    if (id === "") continue;
    if (nextCustomer < ids.length && id === ids[nextCustomer]) {
      result[r] = nextCustomer++;
      continue;
    }
    if (!customerOf) {
      customerOf = new Map<string, number>();
      for (let c = 0; c < ids.length; c++) customerOf.set(ids[c], c);
    }
    result[r] = customerOf.get(id) ?? -1;
  }
  return result;
}
