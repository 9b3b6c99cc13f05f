/**
 * `customer-map inspect <file> [--sheet NAME] [--json <out|->] [--lang en|es]`: reads the file the way a map
 * would be built from it and says what was found — sheet, shape, columns and roles with confidence, number
 * and date conventions, rows used and skipped with reasons, customers, total revenue and margin. Writes
 * nothing else and never modifies the input.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { ReadResult } from "../core/analysis";
import { CoreError } from "../core/errors";
import { formatEpochDay } from "../core/read/parse-date";
import { readCustomerGrid } from "../core/read/read-customer-grid";
import type { Lang } from "../core/types";
import { readWorkbookFile } from "../xlsx/read-file";
import type { CliIo } from "./cli-io";
import { columnLetters } from "../core/text";

export interface InspectArgs {
  file: string;
  sheet?: string;
  json?: string;
  lang: Lang;
}

/** Plain-data summary written as JSON (strings in the chosen language). */
export interface InspectSummary {
  file: string;
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
  dates: { firstPurchase: string | null; lastPurchase: string | null; asOf: string | null };
  history?: { periodUnit: string; periods: string[]; timeUnit: string; trendWindowDays: number | null };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function summarizeRead(
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
      reason: read.kindReason[lang],
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
      reason: m.reason[lang],
    })),
    conventions: report.conventions.map((c) => ({
      column: c.column,
      kind: c.kind,
      convention: c.convention,
      message: c.message[lang],
    })),
    skipped: report.skipped.map((s) => ({
      reason: s.reason,
      label: s.label[lang],
      rows: s.rows,
      examples: s.examples,
    })),
    warnings: report.warnings.map((w) => ({
      code: w.code,
      message: w.message[lang],
      ...(w.column ? { column: w.column } : {}),
    })),
    customers: customers.count,
    totals: { revenue: round2(revenue), margin: customers.available.marginAmount ? round2(margin) : null },
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
  const es = lang === "es";
  const lines: string[] = [];
  lines.push(`${summary.file} — ${es ? "hoja" : "sheet"} "${summary.sheet.name}" (${summary.sheet.reason})`);
  lines.push(
    `${summary.input.reason}. ${es ? "Filas" : "Rows"}: ${summary.input.rows}, ${es ? "usadas" : "used"} ${summary.input.rowsUsed}, ${es ? "omitidas" : "skipped"} ${summary.input.rowsSkipped}`,
  );
  lines.push(es ? "Columnas:" : "Columns:");
  for (const c of summary.columns) {
    lines.push(
      `  ${c.column} ${JSON.stringify(c.header)} → ${c.role ?? (es ? "(sin asignar)" : "(unmapped)")} ${c.role ? `(${c.confidence})` : ""} — ${c.reason}`,
    );
  }
  for (const c of summary.conventions) lines.push(`  · ${c.message}`);
  for (const s of summary.skipped)
    lines.push(
      `  ${es ? "omitidas" : "skipped"}: ${s.rows} × ${s.label} (${es ? "p. ej. filas" : "e.g. rows"} ${s.examples.join(", ")})`,
    );
  for (const w of summary.warnings) lines.push(`  ! ${w.message}`);
  lines.push(
    `${es ? "Clientes" : "Customers"}: ${summary.customers}; ${es ? "ventas" : "revenue"} ${summary.totals.revenue}; ${es ? "margen" : "margin"} ${summary.totals.margin ?? (es ? "desconocido" : "unknown")}`,
  );
  return lines.join("\n") + "\n";
}

/** Runs `inspect`. Returns the exit code; writes a one-line reason to stderr on failure. */
export async function runInspect(args: InspectArgs, io: CliIo): Promise<number> {
  try {
    const book = await readWorkbookFile(args.file, { sheet: args.sheet });
    const read = readCustomerGrid(book.grid, {
      numberFormats: book.numberFormats,
      todayDay: Math.floor(Date.now() / 86400000),
    });
    const summary = summarizeRead(
      path.basename(args.file),
      { name: book.sheetName, names: book.sheetNames, reason: book.sheetReason[args.lang] },
      read,
      args.lang,
    );
    if (args.json === undefined) {
      io.out(textReport(summary, args.lang));
    } else {
      const json = JSON.stringify(summary, null, 2) + "\n";
      if (args.json === "-") io.out(json);
      else await fs.writeFile(args.json, json, "utf8");
    }
    return 0;
  } catch (error) {
    if (error instanceof CoreError) {
      io.err(`customer-map: ${error.messageIn(args.lang)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`customer-map: ${args.lang === "es" ? "error inesperado" : "unexpected error"}: ${message}\n`);
    return 2;
  }
}
