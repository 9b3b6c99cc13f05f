/**
 * Segment-level worksheet functions:
 * - SEGMENT / SEGMENTREASON(data, [method], [options]): `data` is the customer (or invoice-line) table with
 *   its header row, read like the task pane reads it (readCustomerGrid) and segmented by segmentCustomers.
 *   The result is one column with a row for each row of `data`: rows above and at the header get "" and the
 *   column title; each data row gets its customer's segment name (or reason) in the user's language, found
 *   through the customer id of the row, so invoice lines get their customer's segment. Rows the reader skips
 *   (blank, totals, no id) get "".
 * - RFM(recency_days, frequency, monetary, [output]): quintile scores of the core (rank based, recent = 5).
 * - ABC(values, [a_share], [b_share]): the core's ABC classes, A/B/C.
 * Blank cells give "" and are left out of rankings; Excel errors give that error; other text gives #VALUE!.
 */
import { createCustomerData } from "../core/customer-data";
import type { Method } from "../core/model";
import { readCustomerGrid } from "../core/read/read-customer-grid";
import { customerOfEachRow } from "../core/read/row-customers";
import { RFM_SEGMENTS, quintileScores, rfSegmentIndex } from "../core/segment/rfm";
import { segmentCustomers } from "../core/segment/segment-customers";
import type { CellValue, Lang } from "../core/types";
import {
  asGrid,
  problemCell,
  readNumberArgument,
  readOptionalNumber,
  readOptionalText,
  type NumberArgument,
  type ResultCell,
  type ResultGrid,
} from "./cells";
import { excelError, inputErrorCode, isErrorValue, propagatedError } from "./excel-error";
import { parameterName, parameterNames } from "./function-catalog";
import { rowSuffix, say } from "./function-texts";
import { guard } from "./guard";
import { normalizeKey, parseMethod, parseSegmentOptions } from "./segment-options";
import { tr } from "../core/language";

/**
 * Excel's cells → the core's Grid: error objects become their text ("#N/A"), undefined becomes null. Rows
 * that need no conversion (only numbers, text, booleans and null: nearly all of them) are used as they are,
 * not copied, since the core only reads the grid. O(cells).
 */
function toCoreGrid(data: unknown): CellValue[][] {
  const grid = asGrid(data);
  const out: CellValue[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (isCoreRow(row)) {
      out[r] = row;
      continue;
    }
    const converted: CellValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined || cell === null) converted[c] = null;
      else if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean")
        converted[c] = cell;
      else converted[c] = inputErrorCode(cell) ?? String(cell);
    }
    out[r] = converted;
  }
  return out;
}

/**
 * The Excel error a data row holds in one of its mapped columns (#N/A revenue, #DIV/0! margin), as that
 * row's result with a message naming the row and column: such a row is never segmented, and never blank,
 * as the README promises. Null when the row holds none.
 */
function rowError(grid: CellValue[][], r: number, read: ReturnType<typeof readCustomerGrid>, lang: Lang) {
  const row = grid[r];
  if (!row) return null;
  for (const entry of read.mapping) {
    if (entry.role === null) continue;
    const code = inputErrorCode(row[read.table.firstColumn + entry.column]);
    if (code === null) continue;
    return propagatedError(code, say("rowHoldsError", lang, { row: r + 1, header: entry.header, code }));
  }
  return null;
}

/** True when every cell of the row is already a core cell (number, string, boolean or null). */
function isCoreRow(row: unknown[]): row is CellValue[] {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    const type = typeof cell;
    if (cell !== null && type !== "number" && type !== "string" && type !== "boolean") return false;
  }
  return true;
}

/** SEGMENT (what = "name") or SEGMENTREASON (what = "reason"). See the module doc. Cost O(rows) + the method's. */
export function segmentColumn(
  data: unknown,
  methodInput: unknown,
  optionsInput: unknown,
  what: "name" | "reason",
  lang: Lang,
): ResultGrid {
  return guard(lang, () => {
    const method = parseMethod(readOptionalText(methodInput));
    if (typeof method !== "string") return [[excelError("value", tr(method, lang))]];
    const options = parseSegmentOptions(optionsInput);
    if (!("thresholds" in options)) return [[excelError("value", tr(options, lang))]];
    const grid = toCoreGrid(data);
    const read = readCustomerGrid(grid);
    const segmentation = segmentCustomers(read.customers, {
      method: method as Method,
      seed: options.seed,
      k: options.k,
      minSegmentSize: options.minSegmentSize,
      thresholds: Object.keys(options.thresholds).length > 0 ? options.thresholds : undefined,
      // SEGMENT shows only names: skipping the reason texts saves most of the time on large ranges.
      explain: what === "reason",
      currency: read.currency ?? null,
    });
    const customerOfRow = customerOfEachRow(grid, read);
    const labels: string[] = segmentation.segments.map((s) => tr(s.name, lang));
    const out: ResultGrid = new Array(grid.length);
    for (let r = 0; r < grid.length; r++) {
      if (r === read.table.headerRow) {
        out[r] = [say(what === "name" ? "segmentTitle" : "reasonTitle", lang)];
        continue;
      }
      const customer = customerOfRow[r];
      const error = r > read.table.headerRow ? rowError(grid, r, read, lang) : null;
      if (error) out[r] = [error];
      else if (customer < 0) out[r] = [""];
      else
        out[r] = [
          what === "name"
            ? labels[segmentation.assignment[customer]]
            : tr(segmentation.reasons[customer], lang),
        ];
    }
    return out;
  });
}

interface UsableRows {
  count: number;
  /** Result cell of each unusable row (blank → "", error, #VALUE!); undefined for usable rows. */
  problems: (ResultCell | undefined)[];
  usable: number[];
}

/** Reads equal-sized column arguments into usable rows; other rows get their problem cell. */
function usableRows(
  functionId: string,
  args: NumberArgument[],
  lang: Lang,
  check: (values: number[], row: number) => ResultCell | null,
): UsableRows | { failure: ResultCell } {
  const names = parameterNames(functionId).slice(0, args.length);
  const count = args[0].rows * args[0].cols;
  for (let i = 1; i < args.length; i++) {
    if (args[i].rows * args[i].cols !== count) {
      return {
        failure: excelError(
          "value",
          say("rangeSizes", lang, {
            name: names[i],
            cells: args[i].rows * args[i].cols,
            first: names[0],
            count,
          }),
        ),
      };
    }
  }
  const problems: (ResultCell | undefined)[] = new Array(count);
  const usable: number[] = [];
  const indexes = new Array<number>(args.length);
  const values = new Array<number>(args.length);
  for (let row = 0; row < count; row++) {
    indexes.fill(row);
    const problem = problemCell(args, names, indexes, row + 1, lang);
    if (problem !== null) {
      problems[row] = problem;
      continue;
    }
    for (let i = 0; i < args.length; i++) values[i] = args[i].values[row];
    const bad = check(values, row + 1);
    if (bad !== null) problems[row] = bad;
    else usable.push(row);
  }
  return { count, problems, usable };
}

type RfmOutput = "score" | "segment" | "r" | "f" | "m";
const RFM_OUTPUTS: Record<string, RfmOutput> = {
  score: "score",
  scores: "score",
  puntuacion: "score",
  puntuaciones: "score",
  codigo: "score",
  code: "score",
  segment: "segment",
  segmento: "segment",
  name: "segment",
  nombre: "segment",
  r: "r",
  f: "f",
  m: "m",
};

/** RFM(recency_days, frequency, monetary, [output]). Cost O(n log n). */
export function rfm(
  recencyDays: unknown,
  frequency: unknown,
  monetary: unknown,
  outputInput: unknown,
  lang: Lang,
): ResultGrid {
  return guard(lang, () => {
    const outputText = readOptionalText(outputInput);
    const output: RfmOutput | undefined = outputText === "" ? "score" : RFM_OUTPUTS[normalizeKey(outputText)];
    if (!output) {
      return [[excelError("value", say("unknownRfmOutput", lang, { output: outputText }))]];
    }
    const names = parameterNames("RFM");
    const args = [recencyDays, frequency, monetary].map((a) => readNumberArgument(a, lang));
    const rows = usableRows("RFM", args, lang, (v, row) => {
      for (let i = 0; i < 2; i++) {
        if (v[i] < 0) {
          return excelError(
            "value",
            say("negative", lang, { name: names[i], where: rowSuffix(row, lang), value: v[i] }),
          );
        }
      }
      return null;
    });
    if ("failure" in rows) return [[rows.failure]];
    const n = rows.usable.length;
    const negatedRecency = new Float64Array(n);
    const frequencies = new Float64Array(n);
    const money = new Float64Array(n);
    rows.usable.forEach((row, k) => {
      negatedRecency[k] = -args[0].values[row];
      frequencies[k] = args[1].values[row];
      money[k] = args[2].values[row];
    });
    const r = quintileScores(negatedRecency).scores;
    const f = quintileScores(frequencies).scores;
    const m = quintileScores(money).scores;
    const out: ResultGrid = new Array(rows.count);
    for (let row = 0; row < rows.count; row++) out[row] = [rows.problems[row] ?? ""];
    rows.usable.forEach((row, k) => {
      let value: ResultCell;
      if (output === "score") value = `${r[k]}${f[k]}${m[k]}`;
      else if (output === "segment") value = tr(RFM_SEGMENTS[rfSegmentIndex(r[k], f[k])].name, lang);
      else value = output === "r" ? r[k] : output === "f" ? f[k] : m[k];
      out[row] = [value];
    });
    return out;
  });
}

/** ABC(values, [a_share], [b_share]): "A", "B" or "C" per row by the core's Pareto rule. Cost O(n log n). */
export function abc(values: unknown, aShare: unknown, bShare: unknown, lang: Lang): ResultGrid {
  return guard(lang, () => {
    const a = readOptionalNumber(aShare, 0.8, parameterName("ABC", 1), lang);
    if (isErrorValue(a)) return [[a]];
    const b = readOptionalNumber(bShare, Math.max(0.95, a), parameterName("ABC", 2), lang);
    if (isErrorValue(b)) return [[b]];
    const args = [readNumberArgument(values, lang)];
    const rows = usableRows("ABC", args, lang, () => null);
    if ("failure" in rows) return [[rows.failure]];
    const out: ResultGrid = new Array(rows.count);
    for (let row = 0; row < rows.count; row++) out[row] = [rows.problems[row] ?? ""];
    if (rows.usable.length === 0) return out;
    const data = createCustomerData({
      ids: rows.usable.map((row) => String(row + 1)),
      revenue: Float64Array.from(rows.usable, (row) => args[0].values[row]),
      asOfDay: 0,
    });
    const segmentation = segmentCustomers(data, {
      method: "abc",
      thresholds: { aCumulativeShare: a, bCumulativeShare: b },
    });
    rows.usable.forEach((row, k) => {
      out[row] = [segmentation.segments[segmentation.assignment[k]].id];
    });
    return out;
  });
}
