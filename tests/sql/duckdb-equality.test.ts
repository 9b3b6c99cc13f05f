/**
 * DuckDB ↔ in-process: the same input file analysed through DuckDB's feature query (readWithDuckDb → the
 * customer-feature table → analyzeGrid) and through the in-process reader (the lines → analyzeGrid) gives the
 * same customers, revenue to the cent and the same segments. On both samples (the Spanish invoice lines and the
 * English customer sheet, exported to CSV and to Parquet) and on 10^5 generated invoice lines. Each customer's
 * figures (revenue, margin, trend windows, periods, categories, purchase days...) are equal to the bit: both
 * paths sum money in whole units (src/core/read/money-units.ts), so the summation order does not matter.
 * Every method is order-free: clusters fit k-means on the customers in id order (a SQL table has no row order).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { Analysis } from "../../src/core/analysis";
import type { Method } from "../../src/core/model";
import { analyzeGrid } from "../../src/core/pipeline";
import type { Grid } from "../../src/core/types";
import { readWithDuckDb } from "../../src/cli/duckdb-input";
import { readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { openWorkbookFile } from "../../src/xlsx/read-file";
import { writeLinesCsv } from "../bench/generate-data";
import { writeSampleCsv } from "./sample-csv";

const ASSETS = path.join(__dirname, "../../assets");
const RUN_AT = "2026-06-30T10:00:00.000Z";
const METHODS: Method[] = ["portfolio", "rfm", "lifecycle", "abc", "clusters"];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-duckdb-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function csvGrid(file: string): Promise<Grid> {
  return readOpenedWorkbook(await openWorkbookFile(file), {}).grid;
}

const analyse = (grid: Grid, method: Method): Analysis =>
  analyzeGrid(grid, { method, lang: "en", runAt: RUN_AT, seed: 1 });

/** Customers by id: revenue in cents and segment id. */
function byId(analysis: Analysis): Map<string, { cents: number; segment: string }> {
  const { customers } = analysis.read;
  const { segments, assignment } = analysis.segmentation;
  const result = new Map<string, { cents: number; segment: string }>();
  for (let i = 0; i < customers.count; i++)
    result.set(customers.ids[i], {
      cents: Math.round(customers.revenue[i] * 100),
      segment: segments[assignment[i]].id,
    });
  return result;
}

/** Ids whose revenue (cents) or segment differ, and the ids only one side has. */
function differences(inProcess: Analysis, viaDuckDb: Analysis): string[] {
  const a = byId(inProcess);
  const b = byId(viaDuckDb);
  const found: string[] = [];
  for (const [id, left] of a) {
    const right = b.get(id);
    if (!right) found.push(`${id}: missing via DuckDB`);
    else if (left.cents !== right.cents) found.push(`${id}: revenue ${left.cents} vs ${right.cents} cents`);
    else if (left.segment !== right.segment) found.push(`${id}: segment ${left.segment} vs ${right.segment}`);
  }
  for (const id of b.keys()) if (!a.has(id)) found.push(`${id}: only via DuckDB`);
  return found;
}

/** Typed arrays as plain arrays (so a difference prints as one), everything else as it is. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}

/**
 * Where two values differ: numbers by more than 1e-12 relative (or 1e-9 absolute near zero), anything else
 * at all. The paths give each customer bit-identical inputs; only figures summed over customers may differ in
 * the last bits, since the in-process path lists customers by first appearance and the query by id.
 */
function mismatches(left: unknown, right: unknown, at = "", found: string[] = []): string[] {
  if (found.length >= 20) return found;
  if (typeof left === "number" && typeof right === "number") {
    const close =
      Object.is(left, right) ||
      Math.abs(left - right) <= Math.max(1e-9, 1e-12 * Math.max(Math.abs(left), Math.abs(right)));
    if (!close) found.push(`${at}: ${left} vs ${right}`);
  } else if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) found.push(`${at}: ${left.length} vs ${right.length} entries`);
    else left.forEach((inner, k) => mismatches(inner, right[k], `${at}[${k}]`, found));
  } else if (left && right && typeof left === "object" && typeof right === "object") {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys)
      mismatches(
        (left as Record<string, unknown>)[key],
        (right as Record<string, unknown>)[key],
        `${at}.${key}`,
        found,
      );
  } else if (!Object.is(left, right)) found.push(`${at}: ${String(left)} vs ${String(right)}`);
  return found;
}

/**
 * What the purchase history feeds besides the segments: the KPIs (with their notes), the history periods, the
 * categories and cross-sell, the churn per window, the rhythm and the predictive model's backtest.
 */
function derived(analysis: Analysis) {
  const { customers } = analysis.read;
  const history = customers.history;
  const { churn, rhythmDays, portfolioRhythmDays, window } = analysis.timeline;
  const periods = history?.periodLabels.length ?? 0;
  const slice = (
    list: { offsets: Int32Array } | undefined,
    values: Int32Array | Float64Array | undefined,
    i: number,
    // subarray first: copying the whole list for every customer made this quadratic (minutes on 10^5 lines).
  ) => (list && values ? Array.from(values.subarray(list.offsets[i], list.offsets[i + 1])) : undefined);
  // Per customer, by id (the in-process path keeps the order of first appearance, the query sorts by id).
  const perCustomer: Record<string, unknown> = {};
  for (const i of customers.ids
    .map((_, i) => i)
    .sort((x, y) => (customers.ids[x] < customers.ids[y] ? -1 : 1)))
    perCustomer[customers.ids[i]] = {
      revenue: customers.revenue[i],
      marginAmount: customers.marginAmount[i],
      previousRevenue: customers.previousRevenue[i],
      recentRevenue: history?.recentRevenue?.[i],
      meanRepeatSpend: history?.meanRepeatSpend[i],
      frequency: history?.frequency[i],
      recency: history?.recency[i],
      age: history?.age[i],
      revenueByPeriod: history?.revenueByPeriod.slice(i * periods, (i + 1) * periods),
      marginByPeriod: history?.marginByPeriod.slice(i * periods, (i + 1) * periods),
      categories: history?.categories[i],
      categoryRevenue: slice(history?.categoryRevenue, history?.categoryRevenue?.revenue, i),
      purchaseDays: slice(history?.purchaseDayList, history?.purchaseDayList?.days, i),
      churn: churn.status[i],
      rhythmDays: rhythmDays[i],
    };
  const insights = analysis.insights
    .map((insight) => ({
      ...insight,
      customer: insight.customer === undefined ? undefined : customers.ids[insight.customer],
    }))
    .sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  return plain({
    kpis: analysis.kpis,
    segmentKpis: analysis.segmentKpis,
    periodUnit: history?.periodUnit,
    periodLabels: history?.periodLabels,
    hasCategories: history?.hasCategories,
    window,
    churn: { ...churn, status: undefined },
    portfolioRhythmDays,
    insights,
    ltv: analysis.ltv,
    // Last: every customer's own figures, which must be equal to the bit.
    perCustomer,
  }) as { perCustomer: unknown };
}

async function expectSameResults(file: string, methods: readonly Method[]): Promise<void> {
  const lines = await csvGrid(file);
  const viaDuckDb = await readWithDuckDb(file, { until: RUN_AT.slice(0, 10) });
  for (const method of methods) {
    const inProcess = analyse(lines, method);
    const duck = analyse(viaDuckDb.grid, method);
    expect(duck.read.customers.count).toBe(inProcess.read.customers.count);
    expect(differences(inProcess, duck)).toEqual([]);
    expect(duck.segmentation.segments.map((s) => s.customers)).toEqual(
      inProcess.segmentation.segments.map((s) => s.customers),
    );
    const [left, right] = [derived(inProcess), derived(duck)];
    // Each customer's figures: identical (money is summed in whole units on both paths, money-units.ts).
    expect(right.perCustomer).toEqual(left.perCustomer);
    // Figures over all customers (KPIs, segment KPIs, churn, insights, the LTV model): to the last bits.
    expect(mismatches(left, right)).toEqual([]);
  }
}

/** Copies a CSV to Parquet with DuckDB itself (typed columns, as a warehouse export would be). */
async function toParquet(csv: string, parquet: string): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv('${csv}', union_by_name = true)) TO '${parquet}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
}

describe("DuckDB feature query ↔ in-process reader", () => {
  it("the Spanish sample's invoice lines: same customers, revenue to the cent, same segments (every method)", async () => {
    const csv = path.join(dir, "facturas.csv");
    expect(await writeSampleCsv(path.join(ASSETS, "muestra-clientes.xlsx"), csv)).toBeGreaterThan(10_000);
    await expectSameResults(csv, METHODS);
    // The feature query really ran (the lines were aggregated, one row per customer).
    const viaDuckDb = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    expect(viaDuckDb.aggregated).toBe(true);
    expect(viaDuckDb.grid[0]).toContain("purchase_day_list");
    expect(viaDuckDb.grid.length - 1).toBe(analyse(await csvGrid(csv), "portfolio").read.customers.count);
  });

  it("the same lines as Parquet give the same customer table as the CSV", async () => {
    const csv = path.join(dir, "facturas.csv");
    const parquet = path.join(dir, "facturas.parquet");
    await toParquet(csv, parquet);
    const fromCsv = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    const fromParquet = await readWithDuckDb(parquet, { until: RUN_AT.slice(0, 10) });
    expect(fromParquet.aggregated).toBe(true);
    // Equal cell by cell, every number exactly (money is summed in whole units, in any scan order); a text
    // list's entries may come in another order (unordered aggregates), so they are compared sorted.
    expect(fromParquet.grid.length).toBe(fromCsv.grid.length);
    const sortedLists = (grid: Grid) =>
      grid.map((row) =>
        row.map((cell) =>
          typeof cell === "string" ? cell.split("\u001e").join(" ").split(" ").sort().join(" ") : cell,
        ),
      );
    expect(sortedLists(fromParquet.grid)).toEqual(sortedLists(fromCsv.grid));
  });

  it("the English sample (a customer sheet) is read whole, as it is: same results", async () => {
    const csv = path.join(dir, "customers.csv");
    await writeSampleCsv(path.join(ASSETS, "sample-customers.xlsx"), csv);
    const viaDuckDb = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    expect(viaDuckDb.aggregated).toBe(false);
    await expectSameResults(csv, METHODS);
  });

  it("10^5 generated invoice lines: same customers, revenue to the cent, same segments", async () => {
    const csv = path.join(dir, "lines-1e5.csv");
    await writeLinesCsv(csv, 100_000);
    await expectSameResults(csv, ["portfolio", "rfm", "clusters"]);
  });
});
