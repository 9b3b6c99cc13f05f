/**
 * `customer-map sql --dialect duckdb|postgres|spark [--map role=Column ...] [--table NAME] [--until yyyy-mm-dd]
 * [--lang en|es]`: prints the feature query (src/sql/feature-query.ts) for a company's own engine. The data team
 * runs it where the invoice lines are (a warehouse, Spark SQL), exports the result (one row per customer) to
 * CSV or Parquet, and `customer-map build customers.csv --out map.xlsx` reads it as the in-process path would
 * have read the lines. The customer id, date and amount columns must be named with --map (no guessing without
 * the data); the table may be schema-qualified (sales.invoice_lines).
 */
import { CoreError } from "../core/errors";
import type { Lang } from "../core/types";
import {
  buildFeatureQuery,
  DIALECTS,
  missingFeatureColumns,
  type Dialect,
  type FeatureQueryColumns,
} from "../sql/feature-query";
import type { CliIo } from "./cli-io";
import { parseMapValues } from "./map-option";
import { tr, type Localized } from "../core/language";
import { texts } from "../i18n/texts";

interface SqlArgs {
  dialect?: string;
  map: string[];
  table?: string;
  until?: string;
  lang: Lang;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Prints the query. Returns 0, or 1 with a one-line reason on stderr (bad dialect, map, date or columns). */
export function runSql(args: SqlArgs, io: CliIo): number {
  const lang = args.lang;
  const fail = (text: Localized): number => {
    io.err(`customer-map: ${tr(text, lang)}\n`);
    return 1;
  };
  if (args.dialect === undefined || !DIALECTS.includes(args.dialect as Dialect)) {
    const dialects = DIALECTS.join("|");
    const given = args.dialect;
    return fail(
      given === undefined
        ? texts((t) => t.cli.sqlCommand.sqlNeedsDialect(dialects))
        : texts((t) => t.cli.sqlCommand.sqlNeedsDialectNot(dialects, given)),
    );
  }
  const until = args.until;
  if (until !== undefined && !(ISO_DATE.test(until) && Number.isFinite(Date.parse(until)))) {
    return fail(texts((t) => t.cli.sqlCommand.untilMustBe(until)));
  }
  const table = args.table ?? "transactions";
  if (table.trim() === "") {
    return fail(texts((t) => t.cli.sqlCommand.tableNeedsTheName));
  }
  const columns: FeatureQueryColumns = {};
  try {
    for (const { role, column } of parseMapValues(args.map)) if (role) columns[role] = column;
  } catch (error) {
    if (error instanceof CoreError) return fail(error.localized);
    throw error;
  }
  const missing = missingFeatureColumns(columns);
  if (missing) return fail(missing);
  io.out(
    buildFeatureQuery({
      dialect: args.dialect as Dialect,
      source: table,
      columns,
      until: args.until,
    }),
  );
  return 0;
}
