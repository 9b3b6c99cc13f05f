/**
 * PostgreSQL ↔ DuckDB: the feature query in the postgres dialect, run on PGlite (the PostgreSQL engine packaged
 * for Node, in-process, no server), gives the same customer features as the duckdb dialect on DuckDB, for the
 * same lines: the Spanish sample's invoice lines, and seeded lines with every rule's edge case (returns by
 * quantity and by amount, cancelled invoices "C…", lines without id/date/amount, "Total" rows, placeholders,
 * lines after the run date, customers with only returns, one-day customers). PGlite is a dev dependency: when it
 * cannot load, this test fails (it never skips).
 */
import * as path from "path";
import { execFile } from "child_process";
import { promisify } from "util";
import { DuckDBInstance } from "@duckdb/node-api";
import { createRandom } from "../../src/core/random";
import { buildFeatureQuery, type Dialect, type FeatureQueryColumns } from "../../src/sql/feature-query";
import { readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { openWorkbookFile } from "../../src/xlsx/read-file";
import { writeSampleCsv } from "./sample-csv";
import { promises as fs } from "fs";
import * as os from "os";

const UNTIL = "2026-06-30";
type Value = string | number | null;
interface Lines {
  columns: { name: string; type: "text" | "date" | "number" }[];
  rows: Value[][];
}

const sqlType = (type: "text" | "date" | "number", dialect: Dialect) =>
  type === "text"
    ? "VARCHAR"
    : type === "date"
      ? "DATE"
      : dialect === "postgres"
        ? "DOUBLE PRECISION"
        : "DOUBLE";
const literal = (value: Value) =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : `'${value.replace(/'/g, "''")}'`;

/** CREATE TABLE + INSERT statements (chunks of 1,000 rows) of the lines, for either engine. */
function loadStatements(lines: Lines, dialect: Dialect): string[] {
  const columns = lines.columns.map((c) => `"${c.name}" ${sqlType(c.type, dialect)}`).join(", ");
  const statements = [`CREATE TABLE lines (${columns})`];
  for (let start = 0; start < lines.rows.length; start += 1000) {
    const values = lines.rows
      .slice(start, start + 1000)
      .map((row) => `(${row.map(literal).join(", ")})`)
      .join(",\n");
    statements.push(`INSERT INTO lines VALUES ${values}`);
  }
  return statements;
}

/** One value as both engines are compared: dates as yyyy-mm-dd, every number as a JS number. */
function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "toString" in value) return String(value);
  return String(value);
}

const LIST_COLUMNS = new Set([
  "purchase_day_list",
  "revenue_by_month",
  "margin_by_month",
  "category_revenue",
]);
/** A text list's entries, sorted, every number as the double it reads as ("416.0" and "416" alike; no rounding). */
const listNumbers = (text: string) =>
  text
    .split("\u001e")
    .join(" ")
    .split(/\s+/)
    .map((entry) => entry.replace(/-?\d+(\.\d+)?(e[-+]?\d+)?/gi, (n) => String(Number(n))))
    .sort();

/** Runs the statements and the query on PGlite in a child Node process (see run-pglite.mjs). */
async function runPostgres(lines: Lines, query: string): Promise<Record<string, unknown>[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-pglite-"));
  try {
    const input = path.join(dir, "input.json");
    await fs.writeFile(input, JSON.stringify({ statements: loadStatements(lines, "postgres"), query }));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(__dirname, "run-pglite.mjs"), input],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    return JSON.parse(stdout) as Record<string, unknown>[];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function runDuckDb(lines: Lines, query: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const statement of loadStatements(lines, "duckdb")) await connection.run(statement);
    return (await connection.runAndReadAll(query)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Runs both dialects and compares every feature of every customer exactly: money is summed in whole units
 * (src/core/read/money-units.ts), so the engines' different summation orders give the same doubles.
 */
async function expectSameFeatures(lines: Lines, columns: FeatureQueryColumns): Promise<number> {
  const query = (dialect: Dialect) => buildFeatureQuery({ dialect, source: "lines", columns, until: UNTIL });
  const [postgres, duckdb] = await Promise.all([
    runPostgres(lines, query("postgres")),
    runDuckDb(lines, query("duckdb")),
  ]);
  expect(postgres.length).toBeGreaterThan(0);
  expect(Object.keys(postgres[0]).sort()).toEqual(Object.keys(duckdb[0]).sort());
  expect(postgres.map((row) => row.customer_id)).toEqual(duckdb.map((row) => row.customer_id));
  for (let i = 0; i < postgres.length; i++) {
    for (const key of Object.keys(duckdb[i])) {
      const left = plain(postgres[i][key]);
      const right = plain(duckdb[i][key]);
      if (typeof left === "string" && typeof right === "number") {
        // PostgreSQL NUMERIC values come back as text.
        expect([postgres[i].customer_id, key, Number(left)]).toEqual([duckdb[i].customer_id, key, right]);
      } else if (typeof left === "number" && typeof right === "number") {
        expect([postgres[i].customer_id, key, left]).toEqual([duckdb[i].customer_id, key, right]);
      } else if (typeof left === "string" && typeof right === "string" && LIST_COLUMNS.has(key)) {
        // Text lists of amounts: the same entries (unordered aggregates), each number the same double.
        expect([postgres[i].customer_id, key, listNumbers(left)]).toEqual([
          duckdb[i].customer_id,
          key,
          listNumbers(right),
        ]);
      } else {
        expect([postgres[i].customer_id, key, left]).toEqual([duckdb[i].customer_id, key, right]);
      }
    }
  }
  return postgres.length;
}

/** Seeded lines with every edge case of the rules (see the module comment). */
function edgeCaseLines(): Lines {
  const random = createRandom(16);
  const rows: Value[][] = [];
  const day = (offset: number) =>
    new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 20_000; i++) {
    const customer = `K${Math.floor(400 * random() ** 2)}`;
    const quantity = random() < 0.03 ? -1 - Math.floor(3 * random()) : 1 + Math.floor(5 * random());
    const price = Math.round(random() * 20000) / 100;
    const amount = random() < 0.02 ? -price : quantity * price;
    const invoice =
      random() < 0.02 ? `C${1000 + i}` : random() < 0.05 ? null : String(5000 + Math.floor(i / 3));
    rows.push([
      customer,
      `Name ${customer}`,
      day(Math.floor(random() * 800)),
      invoice,
      quantity,
      amount,
      price * 0.6,
      "Norte",
    ]);
  }
  rows.push(["Total", null, day(10), null, 1, 999999, 1, null]);
  rows.push(["n/a", null, day(10), "1", 1, 10, 1, null]);
  rows.push([null, null, day(10), "1", 1, 10, 1, null]);
  rows.push(["K1", null, null, "1", 1, 10, 1, null]);
  rows.push(["K1", null, day(11), "1", 1, null, 1, null]);
  rows.push(["K1", null, "2099-01-01", "2", 1, 10, 1, null]);
  rows.push(["ONLY-RETURNS", null, day(20), "C77", 1, 50, 10, "Sur"]);
  rows.push(["ONE-DAY", null, day(30), "9", 2, 40, 10, "Sur"]);
  rows.push(["ONE-DAY", null, day(30), "9", 2, 40, 10, "Sur"]);
  // Lines without an invoice number only: the customer keeps its row, with 0 orders, on both engines.
  rows.push(["NO-INVOICE", null, day(40), null, 1, 30, 10, "Sur"]);
  rows.push(["NO-INVOICE", null, day(90), "  ", 1, 25, 10, "Sur"]);
  return {
    columns: [
      { name: "Cliente", type: "text" },
      { name: "Nombre", type: "text" },
      { name: "Fecha", type: "date" },
      { name: "Factura", type: "text" },
      { name: "Cantidad", type: "number" },
      { name: "Importe", type: "number" },
      { name: "Coste", type: "number" },
      { name: "Zona", type: "text" },
    ],
    rows,
  };
}

describe("feature query on PostgreSQL (PGlite) ↔ DuckDB", () => {
  it("seeded lines with every rule's edge case give the same features", async () => {
    const count = await expectSameFeatures(edgeCaseLines(), {
      customerId: "Cliente",
      customerName: "Nombre",
      date: "Fecha",
      invoiceId: "Factura",
      quantity: "Cantidad",
      revenue: "Importe",
      cost: "Coste",
      region: "Zona",
    });
    expect(count).toBeGreaterThan(300);
  }, 240_000);

  it("the Spanish sample's invoice lines give the same features, without and with an invoice column", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-pg-"));
    try {
      const csv = path.join(dir, "facturas.csv");
      await writeSampleCsv(path.join(__dirname, "../../assets/muestra-clientes.xlsx"), csv);
      const grid = readOpenedWorkbook(await openWorkbookFile(csv), {}).grid;
      const header = grid[0].map(String);
      const types = header.map((name) =>
        name === "Fecha" ? "date" : name === "Importe" || name === "Coste" ? "number" : "text",
      );
      const lines: Lines = {
        columns: header.map((name, c) => ({ name, type: types[c] })),
        rows: grid.slice(1).map((row) =>
          header.map((_, c) => {
            const cell = row[c];
            if (cell === null || cell === undefined || cell === "") return null;
            return types[c] === "number" ? Number(cell) : String(cell);
          }),
        ),
      };
      const columns = {
        customerId: "Cliente",
        customerName: "Razón social",
        date: "Fecha",
        revenue: "Importe",
        cost: "Coste",
      };
      expect(await expectSameFeatures(lines, { ...columns, invoiceId: "Factura" })).toBeGreaterThan(300);
      expect(await expectSameFeatures(lines, columns)).toBeGreaterThan(300);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
