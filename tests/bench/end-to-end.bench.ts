/**
 * End to end: `customer-map build <file.csv> --out <map.xlsx>` as a user runs it (a fresh Node process through
 * the bin shim src/cli/customer-map.js, start-up included; the run first builds the CLI bundle, `npm run
 * build:cli`, which the shim then uses; BENCH_E2E_RUNNER=tsx runs `node --import tsx src/cli/main.ts`
 * instead, compiling the TypeScript at start-up), on seeded generated CSV files: one row per customer
 * (10^4, 10^5, 10^6 customers) and invoice lines (10^4, 10^5, 10^6 lines, one customer per 20 lines). Wall
 * time, CPU time (user + system: less sensitive to other jobs on a shared machine) and peak resident memory
 * from `/usr/bin/time`; the cost per row shows whether cost is linear.
 *
 * Peer in the same run: reading the 10^6-line CSV into per-customer features (ours: file → grid →
 * readCustomerGrid) against arquero (fromCSV → groupby/rollup of revenue, lines, first and last date), in
 * this process. Sizes: BENCH_E2E_SIZES=10000,100000 (default 10^4, 10^5, 10^6).
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import * as aq from "arquero";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeCustomersCsv, writeLinesCsv } from "./generate-data";
import { type Measure, measureNode } from "./measure-process";

const ROOT = path.join(__dirname, "../..");

function runBuild(input: string, out: string): Promise<Measure> {
  const args =
    process.env.BENCH_E2E_RUNNER === "tsx"
      ? ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "build", input, "--out", out]
      : [path.join(ROOT, "src/cli/customer-map.js"), "build", input, "--out", out];
  args.push("--run-at", "2026-01-01T00:00:00Z");
  return measureNode(args);
}

async function readAggregate(
  file: string,
): Promise<{ oursMs: number; arqueroMs: number; customers: number }> {
  let start = performance.now();
  const book = await readWorkbookFile(file);
  const ours = readCustomerGrid(book.grid);
  const oursMs = performance.now() - start;
  start = performance.now();
  const text = await fs.readFile(file, "utf8");
  const table = aq.fromCSV(text, { parse: { Date: (value: string) => Date.parse(value) } });
  const theirs = table.groupby("Customer ID").rollup({
    revenue: aq.op.sum("Amount"),
    lines: aq.op.count(),
    first: aq.op.min("Date"),
    last: aq.op.max("Date"),
  });
  const arqueroMs = performance.now() - start;
  if (theirs.numRows() !== ours.customers.count)
    throw new Error(`customers differ: ours ${ours.customers.count}, arquero ${theirs.numRows()}`);
  return { oursMs, arqueroMs, customers: ours.customers.count };
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_E2E_SIZES ?? "10000,100000,1000000").split(",").map(Number);
  if (process.env.BENCH_E2E_RUNNER !== "tsx")
    execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.js")], {
      cwd: ROOT,
      stdio: "inherit",
    });
  console.log(
    process.env.BENCH_E2E_RUNNER === "tsx"
      ? "runner: node --import tsx src/cli/main.ts"
      : "runner: src/cli/customer-map.js with the build:cli bundle",
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-e2e-"));
  try {
    console.log("| input | rows | wall s | CPU s | peak MB | µs CPU per row | exit |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const kind of ["customers", "lines"] as const) {
      for (const rows of sizes) {
        const input = path.join(dir, `${kind}-${rows}.csv`);
        if (kind === "customers") await writeCustomersCsv(input, rows);
        else await writeLinesCsv(input, rows);
        const out = path.join(dir, `${kind}-${rows}.xlsx`);
        const measure = await runBuild(input, out);
        await fs.rm(out, { force: true });
        console.log(
          `| ${kind === "customers" ? "one row per customer" : "invoice lines"} | ${rows.toLocaleString("en")} | ${measure.wallS.toFixed(1)} | ${measure.cpuS.toFixed(1)} | ${measure.peakMb.toFixed(0)} | ${((measure.cpuS / rows) * 1e6).toFixed(1)} | ${measure.code} |`,
        );
      }
    }
    const largest = Math.max(...sizes);
    const lines = path.join(dir, `lines-${largest}.csv`);
    const { oursMs, arqueroMs, customers } = await readAggregate(lines);
    console.log(
      `\nCSV → per-customer features, ${largest.toLocaleString("en")} lines, ${customers.toLocaleString("en")} customers: ours ${oursMs.toFixed(0)} ms, arquero ${arqueroMs.toFixed(0)} ms (arquero / ours ${(arqueroMs / oursMs).toFixed(2)})`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
