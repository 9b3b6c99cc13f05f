/**
 * Reading benchmark: 1,000,000 seeded transaction rows (50,000 customers, two years of Excel serial dates,
 * invoices, categories, amount and cost) as a grid, the shape `range.values` gives.
 *
 * - Ours, whole path: `readCustomerGrid` (find table, map columns, detect shape, parse every row, returns
 *   netting, then `summarizeTransactions`: first/last purchase, orders, purchase days, revenue, margin,
 *   periods, trend windows, customer-base-analysis triple, categories).
 * - Ours, aggregation only: `summarizeTransactions` on the columnar table.
 * - arquero: the same group-by (per customer: sum of amount, row count, min and max date), once from the
 *   same grid (columns extracted + table + groupby/rollup) and once on a ready table (rollup only).
 * Arquero computes less (no parsing, no distinct days, no periods), so the comparison favours it.
 * Medians over repetitions. Run: npx tsx -e 'import("./tests/bench/read.bench.ts").then(m=>m.run())'
 */
import * as aq from "arquero";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { summarizeTransactions } from "../../src/core/read/summarize-transactions";
import type { CellValue } from "../../src/core/types";
import { createRandom } from "../../src/core/random";

const ROWS = 1_000_000;
const CUSTOMERS = 50_000;
const REPETITIONS = 5;
const FIRST_SERIAL = 45292; // 2024-01-01

function generateGrid(rows: number, seed: number): CellValue[][] {
  const random = createRandom(seed);
  const categories = ["Tools", "Materials", "Spare parts", "Consumables", "Services"];
  const ids: string[] = [];
  for (let c = 0; c < CUSTOMERS; c++) ids.push(`C${String(c + 1).padStart(6, "0")}`);
  const grid: CellValue[][] = [
    ["Sales lines 2024-2025"],
    [],
    ["Customer ID", "Invoice", "Date", "Category", "Amount", "Cost"],
  ];
  let invoice = 100000;
  for (let i = 0; i < rows; i++) {
    // Skewed customers: a few buy a lot.
    const customer = Math.floor(CUSTOMERS * random() ** 2);
    if (random() < 0.4) invoice++;
    const amount = Math.round(random() * 200000) / 100 + 1;
    grid.push([
      ids[customer],
      invoice,
      FIRST_SERIAL + Math.floor(random() * 730),
      categories[Math.floor(random() * 5)],
      amount,
      Math.round(amount * 70) / 100,
    ]);
  }
  return grid;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void, repetitions: number): number {
  const times: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function arqueroFromGrid(grid: CellValue[][]): unknown {
  const n = grid.length - 3;
  const id = new Array<string>(n);
  const date = new Float64Array(n);
  const amount = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = grid[i + 3];
    id[i] = row[0] as string;
    date[i] = row[2] as number;
    amount[i] = row[4] as number;
  }
  return aq
    .table({ id, date, amount })
    .groupby("id")
    .rollup({
      revenue: aq.op.sum("amount"),
      rows: aq.op.count(),
      first: aq.op.min("date"),
      last: aq.op.max("date"),
    });
}

export async function run(): Promise<void> {
  const grid = generateGrid(ROWS, 20240601);
  // Warm-up (JIT) and a correctness cross-check: same customers and total revenue.
  const ours = readCustomerGrid(grid);
  const theirs = arqueroFromGrid(grid) as { numRows(): number; array(name: string): ArrayLike<number> };
  const ourTotal = ours.customers.revenue.reduce((a, b) => a + b, 0);
  const theirRevenue = theirs.array("revenue");
  let theirTotal = 0;
  for (let i = 0; i < theirRevenue.length; i++) theirTotal += theirRevenue[i];
  if (ours.customers.count !== theirs.numRows() || Math.abs(ourTotal - theirTotal) > 1e-6 * theirTotal) {
    throw new Error(
      `results differ: ${ours.customers.count} vs ${theirs.numRows()} customers, ${ourTotal} vs ${theirTotal}`,
    );
  }

  // Columnar input for the aggregation-only comparison.
  const n = ROWS;
  const index = new Map<string, number>();
  const customerIds: string[] = [];
  const customer = new Int32Array(n);
  const day = new Float64Array(n);
  const amount = new Float64Array(n);
  const id = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const row = grid[i + 3];
    const key = row[0] as string;
    let c = index.get(key);
    if (c === undefined) {
      c = customerIds.length;
      index.set(key, c);
      customerIds.push(key);
    }
    customer[i] = c;
    id[i] = key;
    day[i] = (row[2] as number) - 25569;
    amount[i] = row[4] as number;
  }
  const ready = aq.table({ id, date: day, amount });

  const wholeOurs = time(() => readCustomerGrid(grid), REPETITIONS);
  const wholeArquero = time(() => arqueroFromGrid(grid), REPETITIONS);
  const aggOurs = time(
    () => summarizeTransactions({ rowCount: n, customerIds, customer, day, amount }),
    REPETITIONS,
  );
  const aggArquero = time(
    () =>
      ready.groupby("id").rollup({
        revenue: aq.op.sum("amount"),
        rows: aq.op.count(),
        first: aq.op.min("date"),
        last: aq.op.max("date"),
      }),
    REPETITIONS,
  );
  const ms = (value: number): string => value.toFixed(0).padStart(7);
  console.log(
    `${ROWS.toLocaleString("en")} transaction rows, ${ours.customers.count.toLocaleString("en")} customers; medians of ${REPETITIONS} runs (ms)`,
  );
  console.log("| step                          |    ours | arquero | arquero / ours |");
  console.log("|-------------------------------|--------:|--------:|---------------:|");
  console.log(
    `| grid → customer features      | ${ms(wholeOurs)} | ${ms(wholeArquero)} | ${(wholeArquero / wholeOurs).toFixed(2).padStart(14)} |`,
  );
  console.log(
    `| aggregation only (columnar)   | ${ms(aggOurs)} | ${ms(aggArquero)} | ${(aggArquero / aggOurs).toFixed(2).padStart(14)} |`,
  );
  console.log(`whole path under 3 s: ${wholeOurs < 3000 ? "yes" : "NO"}`);
}
