/**
 * `customer-map build <input.xlsx|input.csv> --out <result.xlsx> [--sheet NAME] [--method ...] [--lang en|es]
 * [--json <summary.json>|-]`: runs the whole pipeline on a file and writes a new workbook with the customer
 * map, the segment summary, the customer list, the call list, the notes and the hidden history record.
 *
 * Safety (src/cli/file-safety.ts): the input is only read, never written; `--out` and `--json` may not be the
 * input nor each other (resolved real paths); an existing `--out`/`--json` is replaced only when it is an
 * earlier result of ours, or with `--force`; both are written to a temporary file beside them and renamed, so a
 * failed run never leaves a half-written file. When `--out` already holds a previous map, its history record
 * is read so the new map shows mobility (who moved between segments).
 *
 * Workbooks with several sheets and no `--sheet`: the largest table is analysed (the invoices, in the
 * Spanish sample) and customer attributes (region, sector, channel, size, acquisition cost) are joined from
 * the other sheets whose id column matches at least half of the customers; the About sheet says so.
 */
import * as path from "path";
import { CoreError } from "../core/errors";
import { formatCount, formatNumber, formatValue } from "../core/format";
import type { Method, Role } from "../core/model";
import { summarizeAnalysis, type AnalysisSummary } from "../core/pipeline";
import type { HistoryRun } from "../core/plan/history-sheet";
import { DEFAULT_METHOD, isMethod, methodLabelOf, METHODS } from "../core/segment/methods";
import type { Lang, Localized } from "../core/types";
import { readOpenedWorkbook } from "../xlsx/read-bytes";
import { openWorkbookFile } from "../xlsx/read-file";
import { attributeGridsOf, historyRunsOf } from "../xlsx/workbook-inputs";
import { writeWorkbookPlan } from "../xlsx/write-workbook-file";
import { isFileSystemError } from "../xlsx/file-errors";
import type { CliIo } from "./cli-io";
import { readWithDuckDb, usesDuckDb } from "./duckdb-input";
import { checkOutputs, writeAtomically, writeTextAtomically } from "./file-safety";
import { cliMessageOf, columnMappingOf } from "./map-option";
import { listIn, textIn, tr } from "../core/language";
import { fromPacks, texts } from "../i18n/texts";
import {
  analyzeAndPlan,
  WRITING_FROM,
  type AnalysisRequest,
  type BuildProgress,
} from "../orchestrator/analyze-and-plan";

const CUSTOMER_FORMS = fromPacks((t) => t.cli.buildCommand.customer);

interface BuildArgs {
  input: string;
  out: string;
  sheet?: string;
  method: Method;
  lang: Lang;
  /** Path of the JSON summary, or "-" for stdout. */
  json?: string;
  seed?: number;
  /** Run time written into the result (ISO); default now. For reproducible outputs. */
  runAt?: string;
  /** Replace an existing --out/--json even when it is not an earlier result of ours. */
  force?: boolean;
  /** `--map role=Column` values, in order (checked against the roles and the table's headers). */
  map?: string[];
  /** CSV files above this size go through DuckDB (default LARGE_CSV_BYTES; tests lower it). */
  largeCsvBytes?: number;
}

/** `--engine`: who turns invoice lines into customers (see buildArgsOf). */
const ENGINES = ["auto", "duckdb", "in-process"] as const;

/** Input rows above which progress lines are printed on stderr. */
const PROGRESS_ROWS = 20_000;

/** The lines' labels: the orchestrator's stages, and within "analyzing" the core's steps. */
const STAGE_LABELS: Record<string, Localized> = {
  read: texts((t) => t.cli.buildCommand.stageLabelsRead),
  segment: texts((t) => t.cli.buildCommand.stageLabelsSegment),
  kpis: texts((t) => t.cli.buildCommand.stageLabelsKpis),
  insights: texts((t) => t.cli.buildCommand.stageLabelsInsights),
  mobility: texts((t) => t.cli.buildCommand.stageLabelsMobility),
  done: texts((t) => t.cli.buildCommand.stageLabelsDone),
  planning: texts((t) => t.cli.buildCommand.stageLabelsPlan),
  writing: texts((t) => t.cli.buildCommand.stageLabelsWrite),
};

/** Warnings printed under the build's table (the rest are in --json and on the About sheet). */
const SHOWN_WARNINGS = new Set(["invalid-bytes", "future-dates"]);

/** A one-line, localized failure the CLI reports with exit code 1. */
class BuildInputError extends Error {}

/** Checks the arguments that need the file system; throws BuildInputError with a one-line reason. */
async function checkPaths(args: BuildArgs): Promise<void> {
  const lang = args.lang;
  if (path.extname(args.out).toLowerCase() !== ".xlsx") {
    throw new BuildInputError(textIn(lang, (t) => t.cli.buildCommand.outMustBe(args.out)));
  }
  await checkOutputs({ inputs: [args.input], out: args.out, json: args.json, force: args.force === true });
}

/** The previous map's history runs, when `--out` already holds a result of ours; [] otherwise. */
async function historyOf(out: string): Promise<HistoryRun[]> {
  try {
    return historyRunsOf(await openWorkbookFile(out));
  } catch {
    // No such file, or not a readable workbook: a first map, no mobility.
    return [];
  }
}

function pad(text: string, width: number, right = false): string {
  const cut = text.length > width ? text.slice(0, width - 1) + "…" : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** The short table printed after a build: segments with customers, share of revenue, revenue, margin; a few KPIs. */
function summaryTable(
  summary: AnalysisSummary,
  kpiLabels: Record<string, string>,
  methodLabel: string,
  lang: Lang,
  out: string,
): string {
  const context = { lang, currency: summary.currency };
  const number = (value: number | null, kind: "money" | "percent" | "ratio" = "money") =>
    formatValue(value, kind, context);
  const customers = formatCount(summary.customerCount, CUSTOMER_FORMS, lang);
  const totalRevenue = summary.totals.revenue;
  const lines: string[] = [];
  lines.push(textIn(lang, (t) => t.cli.buildCommand.customerMap(customers, methodLabel, out)));
  // Columns as wide as their longest text (header or value), at least the English layout's widths, so a
  // longer language's headers are never cut; segment names are cut at 48 characters.
  const header = [
    textIn(lang, (t) => t.cli.buildCommand.segment),
    textIn(lang, (t) => t.cli.buildCommand.customers),
    textIn(lang, (t) => t.cli.buildCommand.revenueShare),
    textIn(lang, (t) => t.cli.buildCommand.revenue),
    textIn(lang, (t) => t.cli.buildCommand.margin),
  ];
  const rows = summary.segments.map((segment) => [
    segment.name,
    formatNumber(segment.customers, lang),
    number(totalRevenue === 0 ? null : segment.revenue / totalRevenue, "percent"),
    number(segment.revenue),
    number(segment.margin),
  ]);
  const widths = [34, 9, 10, 14, 14].map((least, c) =>
    Math.min(c === 0 ? 48 : Infinity, Math.max(least, ...[header, ...rows].map((row) => row[c].length))),
  );
  for (const row of [header, ...rows])
    lines.push(row.map((text, c) => pad(text, widths[c], c > 0)).join(" "));
  const kpiIds: [string, "money" | "percent" | "ratio"][] = [
    ["revenue", "money"],
    ["grossMargin", "money"],
    ["marginPercent", "percent"],
    ["averageTicket", "money"],
    ["averageLtv", "money"],
    ["ltvToCac", "ratio"],
    ["churnRatePerYear", "percent"],
  ];
  const kpis = kpiIds
    .filter(([id]) => id in summary.kpis && summary.kpis[id] !== null)
    .map(([id, kind]) => `${kpiLabels[id] ?? id} ${number(summary.kpis[id], kind)}`);
  if (kpis.length > 0) lines.push(`${textIn(lang, (t) => t.cli.buildCommand.kpis)}: ${kpis.join(" · ")}`);
  lines.push(
    textIn(lang, (t, textLang) =>
      t.cli.buildCommand.callListAndRows(
        formatNumber(summary.callList.customers, textLang),
        formatNumber(summary.callList.patterns, textLang),
        formatNumber(summary.input.rowsUsed, textLang),
        formatNumber(summary.input.rows, textLang),
      ),
    ),
  );
  return lines.join("\n") + "\n";
}

/**
 * Runs `build`. Returns the exit code: 0 done, 1 bad input (one-line reason on stderr), 2 unexpected.
 * `now` is injectable for tests.
 */
export async function runBuild(
  args: BuildArgs,
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const lang = args.lang;
  const started = Date.now();
  try {
    await checkPaths(args);
    const runAt = args.runAt ?? now().toISOString();
    // Parquet, globs and very large CSV files: DuckDB turns the lines into the customer-feature table first.
    const viaDuckDb = await usesDuckDb(args.input, args.largeCsvBytes);
    const large = viaDuckDb
      ? await readWithDuckDb(args.input, { map: args.map, until: runAt.slice(0, 10) })
      : undefined;
    let opened = large ? undefined : await openWorkbookFile(args.input, { csvView: true });
    let book = large
      ? { grid: large.grid, sheetName: large.name, sheetNames: [large.name], numberFormats: [], warnings: [] }
      : readOpenedWorkbook(opened!, { sheet: args.sheet });
    // With DuckDB, --map was applied to the lines; the feature table's own headers need none.
    const overrides: Record<string, Role | null> | undefined =
      args.map?.length && !large?.aggregated ? columnMappingOf(args.map, book.grid) : undefined;
    // Attributes are joined from the other sheets only when the data sheet was not named.
    const attributeGrids =
      opened && args.sheet === undefined && book.sheetNames.length > 1
        ? attributeGridsOf(opened, book.sheetName)
        : [];
    const history = await historyOf(args.out);
    const verbose = book.grid.length > PROGRESS_ROWS;
    const progress = ({ stage, fraction, step }: BuildProgress) => {
      if (!verbose && Date.now() - started < 1000) return;
      // The analysis' start is announced by its first step ("reading the data").
      if (stage === "analyzing" && step === undefined) return;
      const label = tr(STAGE_LABELS[step ?? stage], lang) ?? step ?? stage;
      io.err(`customer-map: ${Math.round(fraction * 100)}% ${label}\n`);
    };
    const { warnings: bookWarnings, sheetName } = book;
    const encoding = "encoding" in book ? book.encoding : undefined;
    const request: AnalysisRequest = {
      grid: book.grid,
      numberFormats: book.numberFormats,
      attributeGrids,
      options: { method: args.method, lang, seed: args.seed, overrides, runAt, history },
    };
    const { plan, summary: built } = await analyzeAndPlan(request, {
      onProgress: progress,
      pause: () => Promise.resolve(),
      // The input's cells are no longer needed: let them go before the plan and the file are built (at 10^6
      // rows they are hundreds of MB the garbage collector would otherwise walk again and again).
      releaseInput: () => {
        request.grid = [];
        request.attributeGrids = [];
        book = undefined as unknown as typeof book;
        opened = undefined;
      },
      summarize: (analysis, plan) => ({
        summary: summarizeAnalysis(
          analysis,
          plan.sheets.map((sheet) => sheet.name),
          lang,
          sheetName,
          // The per-customer list is only printed with --json.
          { customers: args.json !== undefined },
        ),
        readWarnings: analysis.read.report.warnings,
        kpiLabels: Object.fromEntries(analysis.kpis.map((kpi) => [kpi.id, tr(kpi.label, lang)])),
        methodLabel: tr(methodLabelOf(analysis.segmentation.method, analysis.segmentation.settings), lang),
      }),
    });
    const { summary, kpiLabels, methodLabel } = built;
    // What the reader repaired or set aside (invalid bytes, future dates...) travels with the summary.
    const warnings = [...bookWarnings, ...built.readWarnings].map((w) => ({
      code: w.code,
      message: tr(w.message, lang),
    }));
    summary.input = {
      ...summary.input,
      ...(encoding ? { encoding } : {}),
      ...(large?.aggregated
        ? { engine: "duckdb", lines: Number.isNaN(large.lines) ? null : large.lines }
        : {}),
      warnings,
    };
    progress({ stage: "writing", fraction: WRITING_FROM });
    await writeAtomically(args.out, (temporary) => writeWorkbookPlan(plan, temporary));
    const shown = warnings.filter((w) => SHOWN_WARNINGS.has(w.code));
    const table =
      summaryTable(summary, kpiLabels, methodLabel, lang, args.out) +
      shown.map((w) => `! ${w.message}\n`).join("");
    if (args.json === "-") {
      io.out(JSON.stringify(summary, null, 2) + "\n");
      io.err(table);
    } else {
      if (args.json !== undefined)
        await writeTextAtomically(args.json, JSON.stringify(summary, null, 2) + "\n");
      io.out(table);
    }
    return 0;
  } catch (error) {
    if (error instanceof CoreError) {
      io.err(`customer-map: ${cliMessageOf(error, lang)}\n`);
      return 1;
    }
    if (error instanceof BuildInputError) {
      io.err(`customer-map: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    if (isFileSystemError(error)) {
      // A failure outside the guarded reads and writes (should not happen): still a sentence, not a raw code.
      io.err(`customer-map: ${textIn(lang, (t) => t.cli.buildCommand.fileUnusable)}: ${message}\n`);
      return 1;
    }
    io.err(`customer-map: ${textIn(lang, (t) => t.cli.buildCommand.unexpectedError)}: ${message}\n`);
    return 2;
  }
}

/** Parses and checks `build` options (already split by main's parseArgs). Returns BuildArgs or a usage error. */
export function buildArgsOf(
  positional: string[],
  options: Record<string, string>,
  lang: Lang,
  map: string[] = [],
): BuildArgs | string {
  const known = new Set([
    "out",
    "sheet",
    "method",
    "lang",
    "json",
    "seed",
    "run-at",
    "force",
    "map",
    "engine",
  ]);
  const unknown = Object.keys(options).find((name) => !known.has(name));
  if (unknown) return `unknown option --${unknown} for build`;
  if (positional.length !== 1) return "build needs exactly one input file";
  if (options.out === undefined) return "build needs --out <result.xlsx>";
  const method = options.method ?? DEFAULT_METHOD;
  // The method registry's ids (core/segment/methods.ts), so a registered method is accepted here too.
  if (!isMethod(method))
    return textIn(lang, (t, textLang) =>
      t.cli.buildCommand.unknownMethod(method, listIn(textLang, METHODS, "or"), DEFAULT_METHOD),
    );
  let seed: number | undefined;
  if (options.seed !== undefined) {
    seed = Number(options.seed);
    if (!Number.isInteger(seed)) return `--seed must be an integer, not "${options.seed}"`;
  }
  if (options["run-at"] !== undefined && !Number.isFinite(Date.parse(options["run-at"]))) {
    return `--run-at must be an ISO date-time, not "${options["run-at"]}"`;
  }
  const engine = options.engine ?? "auto";
  if (!(ENGINES as readonly string[]).includes(engine))
    return textIn(lang, (t, textLang) =>
      t.cli.buildCommand.unknownEngine(engine, listIn(textLang, ENGINES, "or")),
    );
  return {
    input: positional[0],
    out: options.out,
    sheet: options.sheet,
    method,
    lang,
    json: options.json,
    seed,
    runAt: options["run-at"],
    force: options.force === "true",
    map,
    // duckdb: every CSV through DuckDB; in-process: CSV files of any size in-process (Parquet and globs always
    // need DuckDB); auto: CSV files above LARGE_CSV_BYTES through DuckDB.
    ...(engine === "duckdb"
      ? { largeCsvBytes: -1 }
      : engine === "in-process"
        ? { largeCsvBytes: Infinity }
        : {}),
  };
}
