/**
 * The whole analysis in one call: read → (join customer attributes from another table) → segment → KPIs,
 * scores and segment KPIs → insights → cross-tabs → mobility. Pure and deterministic: the run time is
 * injected (`runAt`), randomness is seeded, nothing touches a host. The pane, the CLI and the tests call it.
 *
 * Also `summarizeAnalysis`, the JSON summary the CLI writes (contract in PRODUCT.md), and
 * `joinCustomerAttributes`, which brings region/sector/channel/size from a customer sheet into a
 * transaction table whose rows do not repeat them.
 *
 * Cost: dominated by reading and scoring, O(rows + customers × periods); see each step.
 * @throws CoreError from the reader (no table, no customer or amount column...) and from options checks.
 */
import type { Analysis, AnalysisOptions, CrossTab, LeadSummary, ReadResult } from "./analysis";
import { isLead, selectCustomers } from "./customer-data";
import { conversionRate, isLostStatus } from "./kpi/conversion-rate";
import type { CurrencyCode } from "./format";
import type { CustomerData, DimensionField, Kpi, ReadWarning, Role } from "./model";
import type { CellValue, Grid, Localized } from "./types";
import { computePortfolioKpis } from "./kpi/portfolio-kpis";
import { computeMigrationMatrix, previousSegmentIdsOf } from "./kpi/migration-matrix";
import { scoreCustomers } from "./kpi/score-customers";
import { summarizeSegments } from "./kpi/summarize-segments";
import { findInsights } from "./insights/find-insights";
import { customerCalls, patternInsights } from "./insights/call-list";
import { findTable } from "./read/find-table";
import { mapColumns } from "./read/map-columns";
import { assertPlausibleTotals, readCustomerGrid } from "./read/read-customer-grid";
import { decideNumberConvention, parseNumberText } from "./read/parse-number";
import { crossTabulate } from "./segment/cross-tabulate";
import { segmentCustomers } from "./segment/segment-customers";
import { isoDate } from "./format";
import { buildTimeline } from "./timeline";
import { type Lang, listIn, tr } from "./language";
import { texts } from "../i18n/texts";
import { epochDayOfTime } from "./excel-serial";

/** Called between stages with the stage name and the overall fraction done (0..1). */
type ProgressCallback = (stage: string, fraction: number) => void;

interface AnalyzeGridOptions extends AnalysisOptions {
  /** Excel number formats of the grid's cells, when the host gives them. */
  numberFormats?: readonly (readonly string[])[];
  /** Other tables of the workbook that may hold customer attributes (region, sector...) keyed by the same id. */
  attributeGrids?: readonly { name: string; grid: Grid }[];
  onProgress?: ProgressCallback;
}

/** A side table is joined only when most of the analysed customers are found in it. */
const MIN_JOIN_MATCH_SHARE = 0.5;

/**
 * Runs the pipeline on one grid. See the module comment.
 *
 * @example
 * const grid = [["Customer", "Revenue"], ["Ana", 1200], ["Luis", 300], ["Marta", 50]];
 * const analysis = analyzeGrid(grid, { method: "abc", lang: "en", runAt: "2025-01-15T10:00:00Z" });
 * analysis.read.customers.ids.length // => 3
 * analysis.segmentation.assignment.length // => 3
 */
export function analyzeGrid(grid: Grid, options: AnalyzeGridOptions): Analysis {
  const progress = options.onProgress ?? (() => undefined);
  const runAt = options.runAt ?? "";
  const parsedRunAt = Date.parse(runAt);
  const todayDay =
    options.todayDay ?? (Number.isFinite(parsedRunAt) ? epochDayOfTime(parsedRunAt) : undefined);

  progress("read", 0);
  let read = readCustomerGrid(grid, {
    shape: options.shape,
    overrides: options.overrides,
    numberFormats: options.numberFormats,
    todayDay,
  });
  assertPlausibleTotals(read);
  read = joinAttributeSheets(read, options.attributeGrids ?? []).read;
  // Customers are buyers: rows with no purchase at all are leads. They feed the conversion rate and a lead
  // count, never the map, the segment counts, the totals or the patterns.
  const conversion = conversionRate(read.customers);
  const split = splitLeads(read);
  read = split.read;
  const data = read.customers;

  progress("segment", 0.3);
  const segmentation = segmentCustomers(data, {
    method: options.method,
    seed: options.seed,
    k: options.k,
    thresholds: options.thresholds,
    currency: read.currency ?? null,
  });

  progress("kpis", 0.5);
  // One timeline (window, rhythm, trend, churn) read by every period-based figure of the run.
  const timeline = buildTimeline(data);
  const kpis: Kpi[] = computePortfolioKpis(data, {
    timeline,
    conversion,
    ...(split.leads.count > 0 ? { leadCount: split.leads.count } : {}),
  });
  // Alerts judge trend and silence with the map's thresholds (the user's when set), so they never disagree.
  const thresholds = options.thresholds ?? {};
  const scored = scoreCustomers(data, {
    timeline,
    declineMin: thresholds.declineMin,
    growthMin: thresholds.growthMin,
    silenceMultiple: thresholds.silenceMultiple,
    silenceDays: thresholds.silenceDays,
  });
  const scores = {
    ltv: scored.ltv,
    probabilityAlive: scored.probabilityAlive,
    predictiveClv: scored.predictiveClv,
    flags: scored.flags,
  };
  for (const note of scored.notes) segmentation.notes.push(note);
  const segmentKpis = summarizeSegments(data, segmentation, scores, timeline.churn);

  progress("insights", 0.75);
  // The previous map: the latest recorded run of this method.
  const previous = options.history?.find((run) => run.method === options.method);
  const previousSegmentIds = previous ? previousSegmentIdsOf(previous.assignments, data.ids) : undefined;
  const insights = findInsights(data, segmentation, {
    currency: read.currency ?? null,
    ...(previous && previousSegmentIds ? { previousSegmentIds, previousRunAt: previous.runAt } : {}),
  });
  const crossTabs: CrossTab[] = crossTabulate(data, segmentation);

  if (previous) progress("mobility", 0.9);
  const mobility = previous
    ? computeMigrationMatrix({
        previous: previous.assignments,
        ids: data.ids,
        revenue: data.revenue,
        segmentation,
        previousRunAt: previous.runAt,
      })
    : undefined;

  progress("done", 1);
  return {
    options: {
      ...options,
      attributeGrids: undefined,
      numberFormats: undefined,
      onProgress: undefined,
    } as AnalysisOptions,
    read,
    segmentation,
    kpis,
    scores,
    segmentKpis,
    timeline,
    leads: split.leads,
    insights,
    crossTabs,
    ...(mobility ? { mobility } : {}),
    ...(previousSegmentIds ? { previousSegmentIds } : {}),
    ltv: {
      shown: scored.predictionsShown,
      ...(scored.predictionsShown || !scored.predictionNote ? {} : { reason: scored.predictionNote }),
      ...(scored.backtest ? { backtest: scored.backtest } : {}),
      horizonMonths: scored.horizonMonths,
    },
    runAt,
  };
}

/** Takes the leads (see `isLead`) out of the read result; says so in the report when there are any. */
function splitLeads(read: ReadResult): { read: ReadResult; leads: LeadSummary } {
  const data = read.customers;
  const buyers: number[] = [];
  const leads: LeadSummary = { count: 0, lost: 0, ids: [] };
  for (let i = 0; i < data.count; i++) {
    if (!isLead(data, i)) {
      buyers.push(i);
      continue;
    }
    leads.count++;
    leads.ids.push(data.ids[i]);
    if (isLostStatus(data.leadStatus[i] ?? "")) leads.lost++;
  }
  if (leads.count === 0) return { read, leads };
  const warning: ReadWarning = {
    code: "leads-not-customers",
    message:
      leads.lost > 0
        ? texts((t) => t.core.pipeline.rowsWithoutAnyPurchase(leads.count, leads.lost))
        : texts((t) => t.core.pipeline.leadRowsNoneLost(leads.count)),
  };
  return {
    read: {
      ...read,
      report: { ...read.report, warnings: [...read.report.warnings, warning] },
      customers: selectCustomers(data, buyers),
    },
    leads,
  };
}

const JOINABLE_DIMENSIONS: DimensionField[] = [
  "region",
  "country",
  "city",
  "sector",
  "channel",
  "size",
  "owner",
];

function keyText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Joins customer attributes from a side table (e.g. the "Clientes" sheet beside "Facturas") into the read
 * result, by customer id: dimensions the main table lacks (region, country, city, sector, channel, size,
 * sales rep), names when the main table has none, lead status, contact, and per-customer acquisition cost.
 * Values of the main table are never overwritten. Returns null (no join) when the side table has no recognisable id column,
 * nothing new to bring, or matches fewer than half of the customers. Never throws on the side table.
 * Cost: O(side rows + customers).
 */
/**
 * Joins every attribute sheet that brings something (see `joinCustomerAttributes`), in order: the one join of
 * the build (`analyzeGrid`) and of the pane's and web page's data step, so that step shows what the map uses.
 */
export function joinAttributeSheets(
  read: ReadResult,
  attributeGrids: readonly { name: string; grid: Grid }[],
): { read: ReadResult; joinedSheets: string[] } {
  const joinedSheets: string[] = [];
  for (const side of attributeGrids) {
    const joined = joinCustomerAttributes(read, side.grid, side.name);
    if (joined) {
      read = joined;
      joinedSheets.push(side.name);
    }
  }
  return { read, joinedSheets };
}

export function joinCustomerAttributes(
  read: ReadResult,
  sideGrid: Grid,
  sideName: string,
): ReadResult | null {
  let table;
  try {
    table = findTable(sideGrid);
  } catch {
    return null;
  }
  const headers: string[] = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++)
    headers.push(keyText(sideGrid[table.headerRow]?.[c]));
  const mapping = mapColumns(headers);
  const columnOf = new Map<Role, number>();
  for (const entry of mapping)
    if (entry.role && !columnOf.has(entry.role)) columnOf.set(entry.role, table.firstColumn + entry.column);
  const idColumn = columnOf.get("customerId");
  if (idColumn === undefined) return null;

  const rowOfId = new Map<string, number>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const id = keyText(sideGrid[r]?.[idColumn]);
    if (id !== "" && !rowOfId.has(id)) rowOfId.set(id, r);
  }
  const data = read.customers;
  const sideRow = new Int32Array(data.count);
  let matched = 0;
  for (let i = 0; i < data.count; i++) {
    const row = rowOfId.get(data.ids[i]);
    sideRow[i] = row ?? -1;
    if (row !== undefined) matched++;
  }
  if (data.count === 0 || matched / data.count < MIN_JOIN_MATCH_SHARE) return null;

  const textColumn = (column: number): string[] =>
    Array.from(sideRow, (row) => (row < 0 ? "" : keyText(sideGrid[row]?.[column])));
  const dimensions: CustomerData["dimensions"] = { ...data.dimensions };
  const brought: string[] = [];
  for (const field of JOINABLE_DIMENSIONS) {
    const column = columnOf.get(field);
    if (column === undefined || data.dimensions[field]) continue;
    dimensions[field] = textColumn(column);
    brought.push(headers[column - table.firstColumn]);
  }
  let names = data.names;
  const nameColumn = columnOf.get("customerName");
  if (nameColumn !== undefined && data.names.every((name, i) => name === data.ids[i])) {
    const sideNames = textColumn(nameColumn);
    names = sideNames.map((name, i) => (name === "" ? data.ids[i] : name));
    brought.push(headers[nameColumn - table.firstColumn]);
  }
  let leadStatus = data.leadStatus;
  const leadColumn = columnOf.get("leadStatus");
  if (leadColumn !== undefined && data.leadStatus.every((status) => status === "")) {
    leadStatus = textColumn(leadColumn);
    brought.push(headers[leadColumn - table.firstColumn]);
  }
  let contact = data.contact;
  const contactColumn = columnOf.get("contact");
  if (contactColumn !== undefined && !data.contact?.some((value) => value !== "")) {
    contact = textColumn(contactColumn);
    brought.push(headers[contactColumn - table.firstColumn]);
  }
  let acquisitionSpend = data.acquisitionSpend;
  let acquisitionAvailable = data.available.acquisitionSpend;
  const spendColumn = columnOf.get("acquisitionSpend");
  if (spendColumn !== undefined && !data.available.acquisitionSpend) {
    const cells: CellValue[] = [];
    for (let r = table.firstRow; r <= table.lastRow; r++) cells.push(sideGrid[r]?.[spendColumn] ?? "");
    const convention = decideNumberConvention(cells, "." as const);
    acquisitionSpend = new Float64Array(data.count).fill(NaN);
    for (let i = 0; i < data.count; i++) {
      if (sideRow[i] < 0) continue;
      const cell = sideGrid[sideRow[i]]?.[spendColumn];
      const value =
        typeof cell === "number"
          ? cell
          : typeof cell === "string" && cell.trim() !== ""
            ? parseNumberText(cell, convention.decimal)
            : NaN;
      acquisitionSpend[i] = value;
      if (Number.isFinite(value)) acquisitionAvailable = true;
    }
    if (acquisitionAvailable) brought.push(headers[spendColumn - table.firstColumn]);
  }
  if (brought.length === 0) return null;

  const idHeader = headers[idColumn - table.firstColumn];
  const message: Localized = texts((t, textLang) =>
    t.core.pipeline.message(listIn(textLang, brought), sideName, idHeader, matched, data.count),
  );
  const warning: ReadWarning = { code: "joined-attributes", message, column: idHeader };
  return {
    ...read,
    report: { ...read.report, warnings: [...read.report.warnings, warning] },
    customers: {
      ...data,
      names,
      leadStatus,
      ...(contact ? { contact } : {}),
      dimensions,
      acquisitionSpend,
      available: { ...data.available, acquisitionSpend: acquisitionAvailable },
    },
  };
}

/** The JSON summary of a run (PRODUCT.md "Command line contract"). Plain data, stable key order. */
export interface AnalysisSummary {
  input: {
    kind: "customers" | "transactions";
    rows: number;
    rowsUsed: number;
    rowsSkipped: number;
    skipped: { reason: string; label: string; rows: number; examples: number[] }[];
    sheet?: string;
    /** Set by the file readers (CSV): the encoding the text was decoded from. */
    encoding?: string;
    /** Set by the CLI: what the readers repaired or set aside, in the summary's language. */
    warnings?: { code: string; message: string }[];
    /** Set by the CLI when DuckDB turned the invoice lines into the customer table (rows are then customers). */
    engine?: "duckdb";
    /** Invoice lines DuckDB scanned (Parquet: from the files' metadata), null when not counted (CSV). */
    lines?: number | null;
  };
  /** Customers (buyers) in the map; equals `customers.length`. */
  customerCount: number;
  /** Rows without any purchase (leads): counted for conversion only, never in `customers`. */
  leads: number;
  method: string;
  totals: { revenue: number; margin: number | null };
  /** One entry per customer, in the order of the data; their revenues sum to `totals.revenue`. */
  customers: CustomerSummary[];
  /** The currency the data shows ("EUR", "USD", "GBP"), null when it shows none. */
  currency: CurrencyCode | null;
  segments: {
    id: string;
    name: string;
    customers: number;
    share: number;
    revenue: number;
    margin: number | null;
  }[];
  kpis: Record<string, number | null>;
  /** Rows of the Customers to call sheet (one per customer) and of the Patterns sheet (one per pattern). */
  callList: { customers: number; patterns: number };
  /** The predictive model's check: predictions are shown only when `shown` (see PredictiveLtvReport). */
  ltv: {
    shown: boolean;
    reason: string | null;
    backtest: {
      verdict: string;
      reason: string;
      rule: string;
      calibrationEnd: string;
      holdoutEnd: string;
      timeUnit: string;
      holdoutLength: number;
      customers: number;
      repeatBuyers: number;
      predicted: number | null;
      actual: number | null;
      relativeError: number | null;
      deciles: { decile: number; customers: number; predicted: number; actual: number }[];
    } | null;
  };
  sheets: string[];
  runAt: string;
  seed?: number | string | boolean;
}

/** The kinds of `customers[].alerts`, a closed list (README "CLI JSON"). */
type AlertKind = "decline" | "growth" | "silent" | "loss" | "outlier" | "crossSell" | "moved";

/** One customer in the JSON summary. Missing numbers are null. */
interface CustomerSummary {
  id: string;
  name: string;
  /** Email, phone or contact person from the contact column (first non-empty value); null when absent. */
  contact: string | null;
  /** Segment id (`segments[].id`). */
  segment: string;
  revenue: number;
  margin: number | null;
  orders: number | null;
  daysSinceLastPurchase: number | null;
  /** The timeline's trend (12 months vs the 12 before with two years of transactions) as a fraction; null when there is no prior period to compare with (or none was bought in it). */
  trend: number | null;
  pAlive: number | null;
  clv: number | null;
  /** Segment id in the previous map (mobility), or null. */
  previousSegment: string | null;
  alerts: AlertKind[];
}

/** The alert kinds of each customer, from the same flags and insights the workbook shows. */
function customerAlerts(
  analysis: Analysis,
  i: number,
  segmentId: string,
  previous: string | null,
): AlertKind[] {
  const flags = analysis.scores.flags[i] ?? [];
  const alerts: AlertKind[] = [];
  if (flags.includes("declining")) alerts.push("decline");
  if (flags.includes("growing")) alerts.push("growth");
  if (flags.includes("silent")) alerts.push("silent");
  if (analysis.read.customers.marginAmount[i] < 0) alerts.push("loss");
  if (flags.includes("outlier")) alerts.push("outlier");
  if (analysis.insights.some((insight) => insight.customer === i && insight.kind === "cross-sell-gap"))
    alerts.push("crossSell");
  if (previous !== null && previous !== segmentId) alerts.push("moved");
  return alerts;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Summarises an analysis for the CLI's `--json` and for automation. Missing numbers are null (JSON has no
 * NaN). `sheetNames` are the names of the sheets written; `lang` picks the segment and skip labels.
 * `options.customers: false` leaves the per-customer list empty (the CLI's table without `--json` does not
 * show it, and at 10^6 customers it is a million objects).
 */
export function summarizeAnalysis(
  analysis: Analysis,
  sheetNames: readonly string[],
  lang: Lang = analysis.options.lang,
  sourceSheet?: string,
  options: { customers?: boolean } = {},
): AnalysisSummary {
  const data = analysis.read.customers;
  const report = analysis.read.report;
  let revenue = 0;
  let margin = 0;
  let marginKnown = false;
  for (let i = 0; i < data.count; i++) {
    if (Number.isFinite(data.revenue[i])) revenue += data.revenue[i];
    if (Number.isFinite(data.marginAmount[i])) {
      margin += data.marginAmount[i];
      marginKnown = true;
    }
  }
  const kpis: Record<string, number | null> = {};
  for (const kpi of analysis.kpis) kpis[kpi.id] = kpi.value === null ? null : finiteOrNull(kpi.value);
  const seed = analysis.options.seed ?? analysis.segmentation.settings.seed;
  return {
    currency: analysis.read.currency ?? null,
    input: {
      kind: analysis.read.kind,
      rows: report.rowsRead,
      rowsUsed: report.rowsUsed,
      rowsSkipped: report.rowsSkipped,
      skipped: report.skipped.map((skip) => ({
        reason: skip.reason,
        label: tr(skip.label, lang),
        rows: skip.rows,
        examples: skip.examples.slice(),
      })),
      ...(sourceSheet === undefined ? {} : { sheet: sourceSheet }),
    },
    customerCount: data.count,
    leads: analysis.leads?.count ?? 0,
    method: analysis.segmentation.method,
    // Money to the cent: sums of many amounts carry binary noise (…779999983) that no reader wants.
    totals: { revenue: roundToCents(revenue), margin: marginKnown ? roundToCents(margin) : null },
    segments: analysis.segmentation.segments.map((segment) => ({
      id: segment.id,
      name: tr(segment.name, lang),
      customers: segment.customers,
      share: segment.share,
      revenue: roundToCents(segment.revenue),
      margin: finiteOrNull(roundToCents(segment.margin)),
    })),
    customers: options.customers === false ? [] : customerSummaries(analysis),
    kpis,
    callList: { customers: customerCalls(analysis).length, patterns: patternInsights(analysis).length },
    ltv: summarizeLtv(analysis, lang),
    sheets: sheetNames.slice(),
    runAt: analysis.runAt,
    ...(seed === undefined ? {} : { seed }),
  };
}

function customerSummaries(analysis: Analysis): CustomerSummary[] {
  const data = analysis.read.customers;
  const { segmentation, scores, timeline } = analysis;
  const result: CustomerSummary[] = new Array(data.count);
  for (let i = 0; i < data.count; i++) {
    const segment = segmentation.segments[segmentation.assignment[i]]?.id ?? "";
    const previous = analysis.previousSegmentIds?.[i] ?? null;
    result[i] = {
      id: data.ids[i],
      name: data.names[i],
      contact: data.contact?.[i] || null,
      segment,
      revenue: roundToCents(data.revenue[i]),
      margin: finiteOrNull(roundToCents(data.marginAmount[i])),
      orders: finiteOrNull(timeline.orders[i]),
      daysSinceLastPurchase: finiteOrNull(timeline.daysSinceLastPurchase[i]),
      trend: finiteOrNull(timeline.trend[i]),
      pAlive: finiteOrNull(scores.probabilityAlive[i]),
      clv: finiteOrNull(roundToCents(scores.predictiveClv[i])),
      previousSegment: previous,
      alerts: customerAlerts(analysis, i, segment, previous),
    };
  }
  return result;
}

/** `ltv` of the JSON summary: shown or not, why, and the backtest with figures rounded to 0.1 purchase. */
function summarizeLtv(analysis: Analysis, lang: Lang): AnalysisSummary["ltv"] {
  const ltv = analysis.ltv;
  const backtest = ltv?.backtest;
  const tenth = (value: number | undefined): number | null =>
    value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;
  return {
    shown: ltv?.shown ?? false,
    reason: tr(ltv?.reason, lang) ?? null,
    backtest: backtest
      ? {
          verdict: backtest.verdict,
          reason: tr(backtest.reason, lang),
          rule: tr(backtest.rule, lang),
          calibrationEnd: isoDate(backtest.calibrationEndDay),
          holdoutEnd: isoDate(backtest.holdoutEndDay),
          timeUnit: backtest.timeUnit,
          holdoutLength: Math.round(backtest.holdoutLength * 100) / 100,
          customers: backtest.customers,
          repeatBuyers: backtest.repeatBuyers,
          predicted: tenth(backtest.predicted),
          actual: tenth(backtest.actual),
          relativeError:
            backtest.relativeError === undefined || !Number.isFinite(backtest.relativeError)
              ? null
              : Math.round(backtest.relativeError * 1000) / 1000,
          deciles: (backtest.deciles ?? []).map((d) => ({
            decile: d.decile,
            customers: d.customers,
            predicted: Math.round(d.predicted * 10) / 10,
            actual: d.actual,
          })),
        }
      : null,
  };
}

function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
