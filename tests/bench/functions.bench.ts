/**
 * Custom-function benchmark: CMAP.SEGMENT on a 100,000-row customer range (goal: well under 1 s), each
 * method, against the core called directly on the same grid (readCustomerGrid + segmentCustomers) in the
 * same process, so the ratio is the cost of the wrapper (coercion, id lookup, result column). SEGMENT needs no
 * reason texts, so both sides segment with `explain: false`; SEGMENTREASON (portfolio) is measured against the
 * core with reasons. Also
 * CMAP.AVGTICKET on 100,000 rows against a plain JavaScript division loop. No peer library offers a
 * worksheet segmentation function, hence the core as the reference. Medians over repetitions.
 * Run: npx tsx -e 'import("./tests/bench/functions.bench.ts").then(m=>m.run())'
 */
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { segmentCustomers } from "../../src/core/segment/segment-customers";
import type { Method } from "../../src/core/model";
import { SampleRandom } from "../../src/sample/sample-random";
import { AVGTICKET, SEGMENT, SEGMENTREASON } from "../../src/functions/functions";

const ROWS = 100_000;
const REGIONS = ["North", "South", "East", "West", "Central"];

/** A seeded customer-level grid as Excel would pass it: header row, numbers, date serials, text. */
export function customerGrid(rows: number, seed = 7): (string | number | null)[][] {
  const random = new SampleRandom(seed);
  const grid: (string | number | null)[][] = [
    [
      "Customer ID",
      "Customer name",
      "Revenue",
      "Gross margin",
      "Orders",
      "First purchase",
      "Last purchase",
      "Revenue previous year",
      "Region",
    ],
  ];
  const end = 45657; // 2024-12-31 as an Excel serial
  for (let i = 0; i < rows; i++) {
    const revenue = Math.round(random.lognormal(Math.log(10000), 1.1) * 100) / 100;
    const first = end - random.integer(30, 3000);
    const last = Math.min(end, first + random.integer(0, end - first));
    grid.push([
      `CU-${100000 + i}`,
      `Customer ${i}`,
      revenue,
      Math.round(revenue * random.normal(0.28, 0.1) * 100) / 100,
      1 + random.poisson(8),
      first,
      last,
      Math.round(revenue * random.lognormal(0, 0.4) * 100) / 100,
      random.pick(REGIONS),
    ]);
  }
  return grid;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(repetitions: number, task: () => unknown): number {
  const samples: number[] = [];
  task(); // warm-up
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function run(): Promise<void> {
  const grid = customerGrid(ROWS);
  const rows: { case: string; "CMAP (ms)": string; "reference (ms)": string; ratio: string }[] = [];
  const methods: Method[] = ["portfolio", "rfm", "abc", "lifecycle", "clusters"];
  for (const method of methods) {
    const reps = method === "clusters" ? 3 : 5;
    const ours = time(reps, () => SEGMENT(grid, method));
    const core = time(reps, () =>
      segmentCustomers(readCustomerGrid(grid).customers, { method, explain: false }),
    );
    rows.push({
      case: `SEGMENT ${method}, ${ROWS.toLocaleString("en")} rows vs core direct`,
      "CMAP (ms)": ours.toFixed(1),
      "reference (ms)": core.toFixed(1),
      ratio: (ours / core).toFixed(2),
    });
  }
  {
    const ours = time(3, () => SEGMENTREASON(grid, "portfolio"));
    const core = time(3, () => segmentCustomers(readCustomerGrid(grid).customers, { method: "portfolio" }));
    rows.push({
      case: `SEGMENTREASON portfolio, ${ROWS.toLocaleString("en")} rows vs core direct`,
      "CMAP (ms)": ours.toFixed(1),
      "reference (ms)": core.toFixed(1),
      ratio: (ours / core).toFixed(2),
    });
  }
  const revenue = grid.slice(1).map((r) => [r[2]]);
  const orders = grid.slice(1).map((r) => [r[4]]);
  const ours = time(10, () => AVGTICKET(revenue, orders));
  const plain = time(10, () => revenue.map((r, i) => [(r[0] as number) / (orders[i][0] as number)]));
  rows.push({
    case: `AVGTICKET, ${ROWS.toLocaleString("en")} rows vs plain JS loop`,
    "CMAP (ms)": ours.toFixed(1),
    "reference (ms)": plain.toFixed(1),
    ratio: (ours / plain).toFixed(2),
  });
  console.log("\nCustom functions (medians)");
  console.table(rows);
}
