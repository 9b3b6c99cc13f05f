/**
 * The hidden history sheet: the record of each method's latest assignments (customer id → segment id), so
 * the next map can show mobility (who moved between segments). One column pair per run:
 *
 *   row 0: "CMAP history" marker and format version
 *   row 1: method          (per run, at the pair's first column)
 *   row 2: runAt (ISO)
 *   row 3: "customerId", "segmentId"
 *   row 4…: one customer per row
 *
 * Runs of other methods found in the previous record are carried over, so switching method and back still
 * shows mobility against that method's last map. Ids are the user's text and stay text.
 * Cost: O(customers) to write and to read back.
 */
import type { Analysis, HistoryRun } from "../analysis";
import type { CellValue, Grid, Lang } from "../types";
import { emptySheet } from "./plan-helpers";
import type { SheetPlan } from "./workbook-plan";
import { isMethod } from "../segment/methods";

const HISTORY_MARKER = "CMAP history";
const HISTORY_VERSION = 1;
const METHOD_ROW = 1;
const RUN_AT_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;

/** One method's recorded assignments. */
export type { HistoryRun } from "../analysis";

/** The run this analysis records. */
export function historyRunOf(analysis: Analysis): HistoryRun {
  const { segmentation } = analysis;
  const data = analysis.read.customers;
  // No prototype: a customer called "__proto__" must be an ordinary key.
  const assignments: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < data.count; i++) {
    const segment = segmentation.segments[segmentation.assignment[i]];
    if (segment) assignments[data.ids[i]] = segment.id;
  }
  return { method: segmentation.method, runAt: analysis.runAt, assignments };
}

/**
 * Builds the hidden history sheet: this run first, then the runs of other methods the analysis was given
 * (`options.history`, read by `readAssignmentHistory` from the previous workbook; empty on a first map).
 */
export function buildHistorySheet(analysis: Analysis, lang: Lang): SheetPlan {
  const previousRuns = analysis.options.history ?? [];
  const sheet = emptySheet("history", lang);
  sheet.hidden = true;
  // This run's rows come straight from the analysis (currentRows): no dictionary of every customer.
  const current = { method: analysis.segmentation.method, runAt: analysis.runAt, assignments: {} };
  const runs: HistoryRun[] = [current, ...previousRuns.filter((run) => run.method !== current.method)];
  sheet.blocks.push({ row: 0, column: 0, values: [[HISTORY_MARKER, HISTORY_VERSION]], bold: true });
  runs.forEach((run, r) => {
    const column = r * 2;
    const rows = r === 0 ? currentRows(analysis) : assignmentRows(run.assignments);
    sheet.blocks.push({
      row: METHOD_ROW,
      column,
      values: [
        [run.method, ""],
        [run.runAt, ""],
        ["customerId", "segmentId"],
      ],
    });
    if (rows.length > 0)
      sheet.blocks.push({ row: FIRST_DATA_ROW, column, values: rows, columnFormats: ["@", "@"] });
  });
  sheet.columnWidths = runs.flatMap((_, r) => [
    { column: r * 2, width: 24 },
    { column: r * 2 + 1, width: 24 },
  ]);
  return sheet;
}

/** A run's assignments as sheet rows, in the object's own property order. */
function assignmentRows(assignments: Record<string, string>): CellValue[][] {
  return Object.entries(assignments).map(([id, segment]) => [id, segment]);
}

/** 2^32 − 1: property keys below it that read as a canonical integer are array indices. */
const MAX_ARRAY_INDEX = 4294967295;

/** The property key as an array index (an integer in [0, 2^32 − 2] written canonically), or -1. */
function arrayIndexOf(key: string): number {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || key.length > 10) return -1;
  const value = Number(key);
  return Number.isInteger(value) && value < MAX_ARRAY_INDEX && String(value) === key ? value : -1;
}

/**
 * The rows `assignmentRows(historyRunOf(analysis).assignments)` gives, without building a dictionary of
 * every customer: same keys, same values (the last assignment of a repeated id wins, at its first place),
 * same order (array-index keys first in ascending numeric order, then the others in insertion order), as
 * JavaScript orders an object's own properties. O(customers) plus the sort of any numeric ids.
 */
function currentRows(analysis: Analysis): CellValue[][] {
  const { segmentation } = analysis;
  const data = analysis.read.customers;
  const rows: [string, string][] = [];
  const at = new Map<string, number>();
  const indexRows: { index: number; row: [string, string] }[] = [];
  for (let i = 0; i < data.count; i++) {
    const segment = segmentation.segments[segmentation.assignment[i]];
    if (!segment) continue;
    const id = data.ids[i];
    const seen = at.get(id);
    if (seen !== undefined) {
      rows[seen][1] = segment.id;
      continue;
    }
    at.set(id, rows.length);
    rows.push([id, segment.id]);
  }
  let kept = 0;
  for (const row of rows) {
    const index = arrayIndexOf(row[0]);
    if (index >= 0) indexRows.push({ index, row });
    else rows[kept++] = row;
  }
  if (indexRows.length === 0) return rows;
  rows.length = kept;
  indexRows.sort((a, b) => a.index - b.index);
  return [...indexRows.map((entry) => entry.row), ...rows];
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/**
 * Parses a history sheet's values back into runs. Tolerant: a grid that is not a history record (no marker)
 * gives no runs; malformed column pairs are skipped. Never throws.
 */
export function readAssignmentHistory(grid: Grid): HistoryRun[] {
  if (grid.length < FIRST_DATA_ROW || cellText(grid[0]?.[0]).trim() !== HISTORY_MARKER) return [];
  const runs: HistoryRun[] = [];
  const width = Math.max(...grid.slice(0, HEADER_ROW + 1).map((row) => row.length));
  for (let column = 0; column < width; column += 2) {
    // Only registered methods (segment/methods.ts): a pair naming another is not ours to read.
    const method = cellText(grid[METHOD_ROW]?.[column]).trim();
    if (!isMethod(method)) continue;
    if (cellText(grid[HEADER_ROW]?.[column]) !== "customerId") continue;
    const assignments: Record<string, string> = Object.create(null) as Record<string, string>;
    for (let row = FIRST_DATA_ROW; row < grid.length; row++) {
      const id = cellText(grid[row]?.[column]);
      const segment = cellText(grid[row]?.[column + 1]);
      if (id === "" || segment === "") continue;
      assignments[id] = segment;
    }
    runs.push({ method, runAt: cellText(grid[RUN_AT_ROW]?.[column]), assignments });
  }
  return runs;
}
