/**
 * DuckDB ↔ in-process equality checks shared by the suite's test (samples, 10^5 lines) and the large one
 * (10^6 lines, `npm run test:large`): the same file analysed through DuckDB's feature query and through the
 * in-process reader gives the same customers, revenue to the cent, the same segments and, per customer, the
 * same figures to the bit.
 */
import type { Analysis } from "../../src/core/analysis";
import type { Method } from "../../src/core/model";
import { analyzeGrid } from "../../src/core/pipeline";
import type { Grid } from "../../src/core/types";
import { readWithDuckDb } from "../../src/cli/duckdb-input";
import { readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { openWorkbookFile } from "../../src/xlsx/read-file";

export const RUN_AT = "2026-06-30T10:00:00.000Z";
export const METHODS: Method[] = ["portfolio", "rfm", "lifecycle", "abc", "clusters"];

export async function csvGrid(file: string): Promise<Grid> {
  return readOpenedWorkbook(await openWorkbookFile(file), {}).grid;
}

export const analyse = (grid: Grid, method: Method): Analysis =>
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
      orders: customers.orders[i],
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

export async function expectSameResults(file: string, methods: readonly Method[]): Promise<void> {
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
