/**
 * Invoice lines through DuckDB (src/cli/duckdb-input.ts) against the in-process path, end to end as a user runs
 * `customer-map build` (a fresh Node process through tsx; wall time, CPU time and peak resident memory from
 * `/usr/bin/time`):
 * - 10^6 generated invoice lines (CSV, 50,000 customers): `--engine in-process` vs `--engine duckdb`, with the
 *   ratios, and whether both gave the same customers, revenue to the cent and segment counts;
 * - DuckDB's own CSV reader + the feature query against ours (file → grid → readCustomerGrid), in this process;
 * - only when asked, BENCH_DUCKDB_LARGE=10000000,100000000: that many lines generated as Parquet by DuckDB
 *   itself (50,000 customers: the map has one row per customer and a sheet stops at 1,048,576 rows; invoices of
 *   1–9 lines, or BENCH_DUCKDB_SHAPE=scattered, see writeLinesParquet), built through DuckDB, with the data size
 *   and the load average (1 minute) before and after. Not run by default (10^8 lines take minutes and ~1 GB of
 *   disk).
 * Sizes of the CSV comparison: BENCH_DUCKDB_LINES (default 1000000).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWithDuckDb } from "../../src/cli/duckdb-input";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeLinesCsv } from "./generate-data";
import { type Measure, measureNode } from "./measure-process";

const ROOT = path.join(__dirname, "../..");
const RUN_AT = "2026-01-01T00:00:00Z";

function runBuild(input: string, out: string, json: string, engine: string): Promise<Measure> {
  const args = ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "build", input, "--out", out];
  args.push("--json", json, "--run-at", RUN_AT, "--engine", engine, "--force");
  return measureNode(args);
}

interface Summary {
  customerCount: number;
  customers: { id: string; revenue: number; segment: string }[];
  segments: { customers: number }[];
}

/** "yes", or what differs between two build summaries (customers, revenue in cents, segment per customer). */
async function sameResults(leftJson: string, rightJson: string): Promise<string> {
  const left = JSON.parse(await fs.readFile(leftJson, "utf8")) as Summary;
  const right = JSON.parse(await fs.readFile(rightJson, "utf8")) as Summary;
  if (left.customerCount !== right.customerCount)
    return `no (customers ${left.customerCount} vs ${right.customerCount})`;
  const other = new Map(right.customers.map((c) => [c.id, c]));
  let revenue = 0;
  let segment = 0;
  for (const c of left.customers) {
    const d = other.get(c.id);
    if (!d || Math.round(c.revenue * 100) !== Math.round(d.revenue * 100)) revenue++;
    else if (c.segment !== d.segment) segment++;
  }
  return revenue === 0 && segment === 0 ? "yes" : `no (${revenue} revenues, ${segment} segments differ)`;
}

const row = (label: string, rows: number, bytes: number, m: Measure, extra = "") =>
  `| ${label} | ${rows.toLocaleString("en")} | ${(bytes / 2 ** 20).toFixed(0)} | ${m.wallS.toFixed(1)} | ${m.cpuS.toFixed(1)} | ${m.peakMb.toFixed(0)} | ${m.code} | ${extra} |`;

/**
 * Generates `rows` invoice lines as Parquet with DuckDB (seeded), `customers` customers (skewed: a few buy often),
 * two years of dates. Shape "invoices" (the default): invoices of 1–9 lines (5 on average), each of one customer on
 * one day, as an ERP exports them. Shape "scattered" (BENCH_DUCKDB_SHAPE=scattered, the benchmark's first shape):
 * every line draws its own customer and day, so nearly every line is its own customer-day and invoices mix customers.
 */
async function writeLinesParquet(
  file: string,
  rows: number,
  customers: number,
  shape: string,
): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { preserve_insertion_order: "false" });
  const connection = await instance.connect();
  const customer = `'C' || lpad(CAST(1 + CAST(floor(${customers} * pow(random(), 2)) AS BIGINT) AS VARCHAR), 8, '0')`;
  const day = "DATE '2024-01-01' + CAST(floor(random() * 730) AS INTEGER)";
  const lines =
    shape === "scattered"
      ? `SELECT ${customer} AS "Customer ID", CAST(100000 + i // 3 AS VARCHAR) AS "Invoice", ${day} AS "Date",
           round(random() * 2000 + 1, 2) AS "Amount"
         FROM range(${rows}) t(i)`
      : `SELECT "Customer ID", "Invoice", "Date", round(random() * 400 + 1, 2) AS "Amount"
         FROM (
           SELECT ${customer} AS "Customer ID", CAST(1000000 + j AS VARCHAR) AS "Invoice", ${day} AS "Date",
             1 + CAST(floor(random() * 9) AS INTEGER) AS line_count
           FROM range(${Math.ceil((rows / 5) * 1.1)}) t(j)
         ) invoices, range(line_count) l(k)
         LIMIT ${rows}`;
  try {
    await connection.run("SELECT setseed(0.16)");
    await connection.run(`COPY (${lines}) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function run(): Promise<void> {
  const lines = Number(process.env.BENCH_DUCKDB_LINES ?? 1_000_000);
  const large = (process.env.BENCH_DUCKDB_LARGE ?? "")
    .split(",")
    .filter((size) => size.trim() !== "")
    .map(Number);
  const shape = process.env.BENCH_DUCKDB_SHAPE === "scattered" ? "scattered" : "invoices";
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-duckdb-bench-"));
  try {
    const csv = path.join(dir, `lines-${lines}.csv`);
    await writeLinesCsv(csv, lines);
    const bytes = (await fs.stat(csv)).size;
    console.log("| build | lines | input MB | wall s | CPU s | peak MB | exit | |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---|");
    const inProcess = await runBuild(csv, path.join(dir, "a.xlsx"), path.join(dir, "a.json"), "in-process");
    console.log(row("CSV, in-process", lines, bytes, inProcess));
    const duck = await runBuild(csv, path.join(dir, "b.xlsx"), path.join(dir, "b.json"), "duckdb");
    const same = await sameResults(path.join(dir, "a.json"), path.join(dir, "b.json"));
    console.log(
      row(
        "CSV, DuckDB",
        lines,
        bytes,
        duck,
        `in-process / DuckDB: time ${(inProcess.wallS / duck.wallS).toFixed(2)}×, peak memory ${(inProcess.peakMb / duck.peakMb).toFixed(2)}×; same customers, revenue, segments: ${same}`,
      ),
    );
    for (const rows of large) {
      const parquet = path.join(dir, `lines-${rows}.parquet`);
      const started = performance.now();
      await writeLinesParquet(parquet, rows, 50_000, shape);
      const generated = (performance.now() - started) / 1000;
      const size = (await fs.stat(parquet)).size;
      const loadBefore = os.loadavg()[0];
      const measure = await runBuild(parquet, path.join(dir, "c.xlsx"), path.join(dir, "c.json"), "auto");
      const loadAfter = os.loadavg()[0];
      console.log(
        row(
          `Parquet (${shape}), DuckDB`,
          rows,
          size,
          measure,
          `generated in ${generated.toFixed(0)} s; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
        ),
      );
      await fs.rm(parquet, { force: true });
    }

    // DuckDB's CSV reader + feature query against ours, in this process (no workbook written).
    let start = performance.now();
    const ours = readCustomerGrid((await readWorkbookFile(csv)).grid);
    const oursMs = performance.now() - start;
    start = performance.now();
    const theirs = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    const duckMs = performance.now() - start;
    if (theirs.grid.length - 1 !== ours.customers.count)
      throw new Error(`customers differ: ours ${ours.customers.count}, DuckDB ${theirs.grid.length - 1}`);
    console.log(
      `\nCSV → customer features, ${lines.toLocaleString("en")} lines, ${ours.customers.count.toLocaleString("en")} customers: ours ${oursMs.toFixed(0)} ms, DuckDB ${duckMs.toFixed(0)} ms (ours / DuckDB ${(oursMs / duckMs).toFixed(2)})`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
