/**
 * `customer-map inspect <file> [--sheet NAME] [--json <out|->] [--lang en|es]`: reads the file the way a map
 * would be built from it and says what was found — sheet, shape, columns and roles with confidence, number
 * and date conventions, rows used and skipped with reasons, customers, total revenue and margin. Writes
 * nothing else and never modifies the input; `--json` follows the same safety rules as build's outputs
 * (src/cli/file-safety.ts).
 */
import * as path from "path";
import type { ReadResult } from "../core/analysis";
import { CoreError } from "../core/errors";
import {
  type CurrencyCode,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  pluralWord,
} from "../core/format";
import { NOUNS } from "../core/glossary";
import type { Role } from "../core/model";
import { asHeading, ROLE_LABELS } from "../core/role-labels";
import { formatEpochDay } from "../core/read/parse-date";
import { assertPlausibleTotals, readCustomerGrid } from "../core/read/read-customer-grid";
import type { Lang } from "../core/types";
import { readWorkbookFile } from "../xlsx/read-file";
import { isFileSystemError } from "../xlsx/file-errors";
import type { CliIo } from "./cli-io";
import { checkOutputs, writeTextAtomically } from "./file-safety";
import { cliMessageOf, columnMappingOf } from "./map-option";
import { columnLetters } from "../core/text";
import { seriesIn, tr, textIn } from "../core/language";
import { epochDayOfTime } from "../core/excel-serial";

interface InspectArgs {
  file: string;
  sheet?: string;
  json?: string;
  lang: Lang;
  /** Replace an existing --json file that is not an earlier summary of ours. */
  force?: boolean;
  /** `--map role=Column` values. */
  map?: string[];
}

/** Plain-data summary written as JSON (strings in the chosen language). */
export interface InspectSummary {
  file: string;
  /** CSV only: the encoding the text was decoded from. */
  encoding?: string;
  sheet: { name: string; names: string[]; reason: string };
  input: {
    kind: "customers" | "transactions";
    reason: string;
    rows: number;
    rowsUsed: number;
    rowsSkipped: number;
  };
  table: { headerRow: number; firstRow: number; lastRow: number; firstColumn: string; lastColumn: string };
  columns: { column: string; header: string; role: string | null; confidence: number; reason: string }[];
  conventions: { column: string; kind: string; convention: string; message: string }[];
  skipped: { reason: string; label: string; rows: number; examples: number[] }[];
  warnings: { code: string; message: string; column?: string }[];
  customers: number;
  totals: { revenue: number; margin: number | null };
  /** The currency the money column shows, null when none. */
  currency: CurrencyCode | null;
  dates: { firstPurchase: string | null; lastPurchase: string | null; asOf: string | null };
  history?: { periodUnit: string; periods: string[]; timeUnit: string; trendWindowDays: number | null };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function summarizeRead(
  file: string,
  sheet: { name: string; names: string[]; reason: string },
  read: ReadResult,
  lang: Lang,
): InspectSummary {
  const { customers, report, table } = read;
  let revenue = 0;
  let margin = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < customers.count; i++) {
    revenue += customers.revenue[i];
    if (!Number.isNaN(customers.marginAmount[i])) margin += customers.marginAmount[i];
    if (customers.firstPurchaseDay[i] < first) first = customers.firstPurchaseDay[i];
    if (customers.lastPurchaseDay[i] > last) last = customers.lastPurchaseDay[i];
  }
  const day = (value: number): string | null => (Number.isFinite(value) ? formatEpochDay(value) : null);
  const history = customers.history;
  return {
    file,
    sheet,
    input: {
      kind: read.kind,
      reason: tr(read.kindReason, lang),
      rows: report.rowsRead,
      rowsUsed: report.rowsUsed,
      rowsSkipped: report.rowsSkipped,
    },
    table: {
      headerRow: table.headerRow + 1,
      firstRow: table.firstRow + 1,
      lastRow: table.lastRow + 1,
      firstColumn: columnLetters(table.firstColumn),
      lastColumn: columnLetters(table.lastColumn),
    },
    columns: read.mapping.map((m) => ({
      column: columnLetters(table.firstColumn + m.column),
      header: m.header,
      role: m.role,
      confidence: m.confidence,
      reason: tr(m.reason, lang),
    })),
    conventions: report.conventions.map((c) => ({
      column: c.column,
      kind: c.kind,
      convention: c.convention,
      message: tr(c.message, lang),
    })),
    skipped: report.skipped.map((s) => ({
      reason: s.reason,
      label: tr(s.label, lang),
      rows: s.rows,
      examples: s.examples,
    })),
    warnings: report.warnings.map((w) => ({
      code: w.code,
      message: tr(w.message, lang),
      ...(w.column ? { column: w.column } : {}),
    })),
    customers: customers.count,
    totals: { revenue: round2(revenue), margin: customers.available.marginAmount ? round2(margin) : null },
    currency: read.currency ?? null,
    dates: { firstPurchase: day(first), lastPurchase: day(last), asOf: day(customers.asOfDay) },
    ...(history
      ? {
          history: {
            periodUnit: history.periodUnit,
            periods: history.periodLabels,
            timeUnit: history.timeUnit,
            trendWindowDays: history.trendWindowDays ?? null,
          },
        }
      : {}),
  };
}

function textReport(summary: InspectSummary, lang: Lang): string {
  const lines: string[] = [];
  lines.push(
    `${summary.file} — ${textIn(lang, (t) => t.cli.inspectCommand.sheet)} "${summary.sheet.name}" (${summary.sheet.reason})`,
  );
  lines.push(
    `${summary.input.reason}. ${textIn(lang, (t) => t.cli.inspectCommand.rows)}: ${formatNumber(summary.input.rows, lang)}, ${textIn(lang, (t) => t.cli.inspectCommand.used)} ${formatNumber(summary.input.rowsUsed, lang)}, ${textIn(lang, (t) => t.cli.inspectCommand.skipped)} ${formatNumber(summary.input.rowsSkipped, lang)}`,
  );
  lines.push(textIn(lang, (t) => t.cli.inspectCommand.columns));
  for (const c of summary.columns) {
    lines.push(
      // The role as a reader names it ("ID de cliente"), never its internal id ("customerId").
      `  ${c.column} ${JSON.stringify(c.header)} → ${
        c.role
          ? tr(asHeading(ROLE_LABELS[c.role as Role]), lang)
          : textIn(lang, (t) => t.cli.inspectCommand.unmapped)
      } ${c.role ? `(${formatPercent(c.confidence, lang, 0)})` : ""} — ${c.reason}`,
    );
  }
  for (const c of summary.conventions) lines.push(`  · ${c.message}`);
  for (const s of summary.skipped)
    lines.push(
      `  ${textIn(lang, (t) => t.cli.inspectCommand.skipped)}: ${formatCount(s.rows, NOUNS.row, lang)}, ${s.label} (${textIn(lang, (t) => t.cli.inspectCommand.forExample)} ${pluralWord(s.examples.length, NOUNS.row, lang)} ${seriesIn(lang, s.examples)})`,
    );
  for (const w of summary.warnings) lines.push(`  ! ${w.message}`);
  lines.push(
    `${textIn(lang, (t) => t.cli.inspectCommand.customers)}: ${formatNumber(summary.customers, lang)}; ${textIn(lang, (t) => t.cli.inspectCommand.revenue)} ${formatMoney(summary.totals.revenue, { lang, currency: summary.currency })}; ${textIn(lang, (t) => t.cli.inspectCommand.margin)} ${
      summary.totals.margin === null
        ? textIn(lang, (t) => t.cli.inspectCommand.unknown)
        : formatMoney(summary.totals.margin, { lang, currency: summary.currency })
    }`,
  );
  return lines.join("\n") + "\n";
}

/** Runs `inspect`. Returns the exit code; writes a one-line reason to stderr on failure. */
export async function runInspect(args: InspectArgs, io: CliIo): Promise<number> {
  try {
    await checkOutputs({ inputs: [args.file], json: args.json, force: args.force === true });
    const book = await readWorkbookFile(args.file, { sheet: args.sheet });
    const read = readCustomerGrid(book.grid, {
      overrides: args.map?.length ? columnMappingOf(args.map, book.grid) : undefined,
      numberFormats: book.numberFormats,
      todayDay: epochDayOfTime(Date.now()),
    });
    assertPlausibleTotals(read);
    const summary = summarizeRead(
      path.basename(args.file),
      { name: book.sheetName, names: book.sheetNames, reason: tr(book.sheetReason, args.lang) },
      read,
      args.lang,
    );
    if (book.encoding) summary.encoding = book.encoding;
    summary.warnings.unshift(
      ...book.warnings.map((w) => ({ code: w.code, message: tr(w.message, args.lang) })),
    );
    if (args.json === undefined) {
      io.out(textReport(summary, args.lang));
    } else {
      const json = JSON.stringify(summary, null, 2) + "\n";
      if (args.json === "-") io.out(json);
      else await writeTextAtomically(args.json, json);
    }
    return 0;
  } catch (error) {
    if (error instanceof CoreError) {
      io.err(`customer-map: ${cliMessageOf(error, args.lang)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    if (isFileSystemError(error)) {
      io.err(`customer-map: ${textIn(args.lang, (t) => t.cli.inspectCommand.fileUnusable)}: ${message}\n`);
      return 1;
    }
    io.err(`customer-map: ${textIn(args.lang, (t) => t.cli.inspectCommand.unexpectedError)}: ${message}\n`);
    return 2;
  }
}
