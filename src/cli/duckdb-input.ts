/**
 * Large inputs through DuckDB, in-process: Parquet files, globs ('sales/*.parquet', 'exports/*.csv') and CSV files
 * above `LARGE_CSV_BYTES`. DuckDB scans the lines (streamed, in parallel, spilling past memory) and runs the
 * feature query (src/sql/feature-query.ts); the customer-feature table it returns is handed to `build` as a grid,
 * so the same core reads, segments and writes it (src/core/read/feature-table.ts).
 *
 * Column roles come from the core's own header mapping, run on the header and the first rows (with `--map`
 * applied), so the same headers mean the same thing on both paths. A table that is already one row per customer
 * (a customer sheet, or a feature table a warehouse wrote) is read whole and analysed as it is.
 *
 * `@duckdb/node-api` (a native module) is imported only here, lazily, only when one of those inputs is built:
 * the ordinary path, the tests that do not need it and the web and add-in bundles (webpack builds from
 * src/taskpane, src/functions and src/web only) never load it.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CoreError } from "../core/errors";
import { listIn } from "../core/language";
import type { Role } from "../core/model";
import { readCustomerGrid } from "../core/read/read-customer-grid";
import type { CellValue, Grid } from "../core/types";
import { buildFeatureQuery, type FeatureQueryColumns } from "../sql/feature-query";
import { texts } from "../i18n/texts";
import { columnMappingOf } from "./map-option";

/** CSV files larger than this go through DuckDB (the in-process reader holds the whole grid in memory). */
const LARGE_CSV_BYTES = 200 * 1024 * 1024;
/** DuckDB's memory budget (the process's peak is about this plus Node's ~300 MB). */
export const DUCKDB_MEMORY_LIMIT = "1GB";
/** Rows read to map the columns and tell invoice lines from customer rows. */
const SAMPLE_ROWS = 2000;

const GLOB = /[*?[]/;

type Format = "parquet" | "csv";

function formatOf(input: string): Format | null {
  const ext = path.extname(input).toLowerCase();
  if (ext === ".parquet") return "parquet";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  return null;
}

/** True when `build` should read `input` through DuckDB: Parquet, a glob, or a CSV above LARGE_CSV_BYTES. */
export async function usesDuckDb(input: string, largeCsvBytes = LARGE_CSV_BYTES): Promise<boolean> {
  if (GLOB.test(input)) return true;
  const format = formatOf(input);
  if (format === "parquet") return true;
  if (format !== "csv") return false;
  try {
    return (await fs.stat(input)).size > largeCsvBytes;
  } catch {
    return false;
  }
}

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

interface DuckDbInput {
  /** The customer table (feature table, or the input itself when it is one row per customer). */
  grid: Grid;
  /** What the grid is, for the summary's sheet name. */
  name: string;
  /** Invoice lines scanned (the input's rows). */
  lines: number;
  /** True when the feature query ran (the input was invoice lines). */
  aggregated: boolean;
}

/** The role → column table of the feature query from the core's mapping of a sample. */
function columnsOf(mapping: { header: string; role: Role | null }[]): FeatureQueryColumns {
  const columns: FeatureQueryColumns = {};
  for (const entry of mapping)
    if (entry.role && columns[entry.role] === undefined) columns[entry.role] = entry.header;
  return columns;
}

function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** DuckDB's own error text, first line, without its "Error:" prefix. */
function duckMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 300);
}

/**
 * The error for a DuckDB failure while reading `input`: out of memory (its budget spent and the temporary folder
 * full, or an operator that cannot spill) is said as such, with what helps; anything else is an unreadable file.
 */
export function duckDbReadError(input: string, format: Format, error: unknown): CoreError {
  const detail = duckMessage(error);
  if (/out of memory/i.test(detail)) {
    return new CoreError(
      "duckdb-out-of-memory",
      texts((t) => t.sql.duckdb.outOfMemory(input, DUCKDB_MEMORY_LIMIT, detail)),
      input,
    );
  }
  const kind = format === "parquet" ? "Parquet" : "CSV";
  return new CoreError(
    "duckdb-unreadable",
    texts((t) => t.sql.duckdb.unreadable(input, kind, detail)),
    input,
  );
}

/**
 * Reads `input` through DuckDB and returns the customer table. `until` (yyyy-mm-dd) sets aside lines dated after
 * the run. Throws CoreError with a sentence (both languages) on every bad input: no file for the glob, an
 * unreadable Parquet/CSV, missing columns, values DuckDB cannot read as numbers or dates.
 */
export async function readWithDuckDb(
  input: string,
  options: { map?: readonly string[]; until?: string } = {},
): Promise<DuckDbInput> {
  const format = formatOf(input);
  if (!format) {
    throw new CoreError(
      "duckdb-unknown-format",
      texts((t) => t.sql.duckdb.notParquetOrCsv(input)),
      input,
    );
  }
  let duckdb: typeof import("@duckdb/node-api");
  try {
    duckdb = await import("@duckdb/node-api");
  } catch (error) {
    throw new CoreError(
      "duckdb-missing",
      texts((t) => t.sql.duckdb.couldNotLoad(duckMessage(error))),
    );
  }
  // Bounded memory whatever the input: DuckDB spills its hash tables and sorts to a private temporary folder
  // past DUCKDB_MEMORY_LIMIT (its default is 80 % of the machine), and need not keep the files' row order.
  const spill = await fs.mkdtemp(path.join(os.tmpdir(), "customer-map-duckdb-"));
  const instance = await duckdb.DuckDBInstance.create(":memory:", {
    memory_limit: DUCKDB_MEMORY_LIMIT,
    temp_directory: spill,
    preserve_insertion_order: "false",
  });
  const connection = await instance.connect();
  try {
    const matched = await connection.runAndReadAll(`SELECT count(*) AS n FROM glob(${sqlText(input)})`);
    if (Number(matched.getRowsJS()[0][0]) === 0) {
      throw new CoreError(
        GLOB.test(input) ? "duckdb-empty-glob" : "duckdb-no-file",
        GLOB.test(input)
          ? texts((t) => t.sql.duckdb.noFileMatches(input))
          : texts((t) => t.sql.duckdb.fileNotFound(input)),
        input,
      );
    }
    const reader = (types: string) =>
      format === "parquet"
        ? `read_parquet(${sqlText(input)}, union_by_name = true)`
        : `read_csv(${sqlText(input)}, union_by_name = true${types})`;
    const unreadable = (error: unknown) => duckDbReadError(input, format, error);
    // Sample (text only, so ids like 00123 keep their zeros) → the core's column mapping and shape.
    let sample;
    try {
      sample = await connection.runAndReadAll(
        format === "parquet"
          ? `SELECT * FROM ${reader("")} LIMIT ${SAMPLE_ROWS}`
          : `SELECT * FROM read_csv(${sqlText(input)}, union_by_name = true, all_varchar = true) LIMIT ${SAMPLE_ROWS}`,
      );
    } catch (error) {
      throw unreadable(error);
    }
    const headers = sample.columnNames();
    const sampleGrid: Grid = [headers, ...sample.getRowsJS().map((row) => row.map(cellOf))];
    const overrides = options.map?.length ? columnMappingOf(options.map, sampleGrid) : undefined;
    const read = readCustomerGrid(sampleGrid, { overrides });
    const name = path.basename(input);
    if (read.kind === "customers") {
      // Already one row per customer: the whole table, as it is.
      const all = await connection.runAndReadAll(
        `SELECT * FROM ${reader(format === "csv" ? ", all_varchar = true" : "")}`,
      );
      const rows = all.getRowsJS();
      return {
        grid: [headers, ...rows.map((row) => row.map(cellOf))],
        name,
        lines: rows.length,
        aggregated: false,
      };
    }
    const columns = columnsOf(read.mapping);
    // Text roles stay text in a CSV (ids, invoices, names); numbers and dates are typed by DuckDB's sniffer.
    const textRoles: Role[] = ["customerId", "customerName", "invoiceId"];
    const types = textRoles
      .map((role) => columns[role])
      .filter((header): header is string => header !== undefined)
      .map((header) => `${sqlText(header)}: 'VARCHAR'`);
    const query = buildFeatureQuery({
      dialect: "duckdb",
      // SQL, not prose: DuckDB's struct literal of column types.
      source: reader(format === "csv" && types.length > 0 ? `, types = {${types.join(", ")}}` : ""),
      sourceIsExpression: true,
      columns,
      until: options.until,
    });
    let result;
    try {
      result = await connection.runAndReadAll(query);
    } catch (error) {
      const message = duckMessage(error);
      if (/conver|cast/i.test(message)) {
        const used = [
          columns.date,
          columns.revenue,
          columns.quantity,
          columns.unitPrice,
          columns.marginAmount,
          columns.marginPercent,
          columns.cost,
        ]
          .filter((header) => header !== undefined)
          .map((header) => `"${header}"`);
        throw new CoreError(
          "duckdb-bad-values",
          texts((t, textLang) => t.sql.duckdb.notNumberOrDate(listIn(textLang, used, "or"), input, message)),
          input,
        );
      }
      throw unreadable(error);
    }
    const grid: Grid = [result.columnNames(), ...result.getRowsJS().map((row) => row.map(cellOf))];
    if (grid.length === 1) {
      throw new CoreError(
        "duckdb-no-lines",
        texts((t) => t.sql.duckdb.noCustomerLines(input)),
        input,
      );
    }
    // Lines scanned, for the summary: free for Parquet (file metadata); a CSV would need a second scan.
    let lines = NaN;
    if (format === "parquet") {
      const counted = await connection.runAndReadAll(`SELECT count(*) FROM ${reader("")}`);
      lines = Number(counted.getRowsJS()[0][0]);
    }
    return { grid, name, lines, aggregated: true };
  } finally {
    connection.closeSync();
    instance.closeSync();
    await fs.rm(spill, { recursive: true, force: true });
  }
}
