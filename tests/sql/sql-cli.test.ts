/**
 * `customer-map sql` (the query for a company's engine) and `customer-map build` on the inputs DuckDB reads:
 * a Parquet glob end to end, and the bad inputs (empty glob, unreadable Parquet, missing columns), each refused
 * with a sentence in the asked language and exit code 1.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { usesDuckDb } from "../../src/cli/duckdb-input";
import { captureIo } from "../cli/capture-io";
import { writeSampleCsv } from "./sample-csv";

const ASSETS = path.join(__dirname, "../../assets");
const RUN_AT = "2026-06-30T10:00:00.000Z";
const LINES = ["--map", "customerId=Cliente", "--map", "date=Fecha", "--map", "revenue=Importe"];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-sql-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("customer-map sql", () => {
  it.each([
    [
      "duckdb",
      `"Cliente"`,
      "STRING_AGG(CASE WHEN all_returns = 0 THEN CAST(line_day - start_day AS VARCHAR) ELSE NULL END, ' ')",
      "(line_date - DATE '1970-01-01')",
      "MIN_BY(day_net, line_day + all_returns * 1000000000)",
    ],
    [
      "postgres",
      `"Cliente"`,
      "customer_days AS MATERIALIZED",
      "DOUBLE PRECISION",
      "(ARRAY_AGG(day_net ORDER BY line_day + all_returns * 1000000000))[1]",
    ],
    [
      "spark",
      "`Cliente`",
      "CONCAT_WS(' ', COLLECT_LIST(CASE WHEN all_returns = 0 THEN CAST(line_day - start_day AS STRING) ELSE NULL END))",
      "DATEDIFF(line_date, DATE '1970-01-01')",
      "MIN_BY(day_net, line_day + all_returns * 1000000000)",
    ],
  ])(
    "prints the %s query with that dialect's quoting, ordered lists, date arithmetic and first-day net",
    async (dialect, quoted, list, dates, firstDayNet) => {
      const io = captureIo();
      const code = await main(["sql", "--dialect", dialect, ...LINES, "--table", "ventas.lineas"], io);
      expect(io.stderr).toBe("");
      expect(code).toBe(0);
      expect(io.stdout).toContain(quoted);
      expect(io.stdout).toContain(list);
      expect(io.stdout).toContain(dates);
      expect(io.stdout).toContain(firstDayNet);
      // The lines stream into the first grouping (no hint in Spark); nothing reads them twice.
      if (dialect !== "spark") expect(io.stdout).toContain("net_lines AS NOT MATERIALIZED");
      expect(io.stdout).toContain(dialect === "spark" ? "FROM `ventas`.`lineas`" : `FROM "ventas"."lineas"`);
      // The output columns are the ones the reader recognises as a customer-feature table.
      for (const column of [
        "customer_id",
        "revenue",
        "orders",
        "purchase_days",
        "recent_revenue",
        "purchase_day_list",
        "revenue_by_month",
        "as_of",
      ])
        expect(io.stdout).toContain(` AS ${column}`);
      expect(io.stdout).not.toContain("margin_amount");
    },
  );

  it("adds the margin when a cost column is mapped, and --until fixes the run date", async () => {
    const io = captureIo();
    const code = await main(
      ["sql", "--dialect", "duckdb", ...LINES, "--map", "cost=Coste", "--until", "2025-12-31"],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toContain("AS margin_amount");
    expect(io.stdout).toContain("line_date <= DATE '2025-12-31'");
  });

  it.each([
    [
      ["sql", "--dialect", "oracle", ...LINES],
      "--dialect duckdb|postgres|spark",
      "--dialect duckdb|postgres|spark",
    ],
    [["sql", ...LINES], "sql needs --dialect", "sql necesita --dialect"],
    [
      ["sql", "--dialect", "spark", "--map", "date=Fecha"],
      "missing: customerId and revenue",
      "faltan: customerId y revenue",
    ],
    [["sql", "--dialect", "spark", ...LINES, "--until", "31/12/2025"], "yyyy-mm-dd", "aaaa-mm-dd"],
    [
      ["sql", "--dialect", "spark", ...LINES, "--map", "sales=Importe"],
      'unknown role "sales"',
      'papel desconocido "sales"',
    ],
    [["sql", "--dialect", "spark", ...LINES, "--out", "x.sql"], "does not take --out", "no admite --out"],
  ])("refuses %j with a sentence in English and Spanish, exit 1", async (argv, en, es) => {
    const english = captureIo();
    expect(await main(argv, english)).toBe(1);
    expect(english.stderr).toContain(en);
    const spanish = captureIo();
    expect(await main([...argv, "--lang", "es"], spanish)).toBe(1);
    expect(spanish.stderr).toContain(es);
    expect(english.stdout + spanish.stdout).toBe("");
  });
});

describe("customer-map build through DuckDB", () => {
  it("chooses DuckDB for Parquet, globs and CSV files over the size threshold only", async () => {
    const csv = path.join(dir, "small.csv");
    await fs.writeFile(csv, "a,b\n1,2\n");
    expect(await usesDuckDb("sales/*.parquet")).toBe(true);
    expect(await usesDuckDb(path.join(dir, "x.parquet"))).toBe(true);
    expect(await usesDuckDb(csv)).toBe(false);
    expect(await usesDuckDb(csv, 4)).toBe(true);
    expect(await usesDuckDb(path.join(ASSETS, "sample-customers.xlsx"), 0)).toBe(false);
  });

  it("builds a map from a glob of Parquet files (the Spanish sample split in two), same as from its CSV", async () => {
    const csv = path.join(dir, "facturas.csv");
    await writeSampleCsv(path.join(ASSETS, "muestra-clientes.xlsx"), csv);
    await fs.mkdir(path.join(dir, "ventas"));
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const source = `read_csv('${csv}', types = {'Cliente': 'VARCHAR', 'Factura': 'VARCHAR'})`;
    await connection.run(
      `COPY (SELECT * FROM ${source} WHERE "Fecha" < DATE '2024-01-01') TO '${dir}/ventas/2023.parquet' (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * FROM ${source} WHERE "Fecha" >= DATE '2024-01-01' OR "Fecha" IS NULL) TO '${dir}/ventas/2024.parquet' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();

    const summaries = [];
    for (const input of [path.join(dir, "ventas", "*.parquet"), csv]) {
      const io = captureIo();
      const out = path.join(dir, `${path.basename(input).replace("*", "all")}.xlsx`);
      const code = await main(
        ["build", input, "--out", out, "--json", "-", "--run-at", RUN_AT, "--lang", "es"],
        io,
      );
      expect(io.stderr).toContain("Mapa de clientes");
      expect(code).toBe(0);
      expect((await fs.stat(out)).size).toBeGreaterThan(10_000);
      summaries.push(JSON.parse(io.stdout));
    }
    const [viaDuckDb, inProcess] = summaries;
    expect(viaDuckDb.input.engine).toBe("duckdb");
    expect(viaDuckDb.input.lines).toBe(inProcess.input.rows);
    expect(inProcess.input.engine).toBeUndefined();
    expect(viaDuckDb.customerCount).toBe(inProcess.customerCount);
    expect(viaDuckDb.totals.revenue).toBeCloseTo(inProcess.totals.revenue, 2);
    expect(viaDuckDb.segments.map((s: { customers: number }) => s.customers)).toEqual(
      inProcess.segments.map((s: { customers: number }) => s.customers),
    );
  }, 240_000);

  it.each([
    [
      "an empty glob",
      () => path.join(dir, "nothing", "*.parquet"),
      "no file matches",
      "ningún archivo coincide",
    ],
    [
      "an unreadable Parquet file",
      async () => {
        const file = path.join(dir, "broken.parquet");
        await fs.writeFile(file, "this is not parquet");
        return file;
      },
      "could not be read as Parquet",
      "no se pudo leer como Parquet",
    ],
    [
      "lines without an amount column",
      async () => {
        const { DuckDBInstance } = await import("@duckdb/node-api");
        const instance = await DuckDBInstance.create(":memory:");
        const connection = await instance.connect();
        const file = path.join(dir, "no-amount.parquet");
        await connection.run(
          `COPY (SELECT 'C' || (i % 7) AS "Cliente", DATE '2025-01-01' + CAST(i AS INTEGER) AS "Fecha" FROM range(50) t(i)) TO '${file}' (FORMAT parquet)`,
        );
        connection.closeSync();
        instance.closeSync();
        return file;
      },
      "--map revenue=",
      "--map revenue=",
    ],
  ])("refuses %s with a sentence in both languages, exit 1", async (_what, make, en, es) => {
    const input = await make();
    for (const [lang, expected] of [
      ["en", en],
      ["es", es],
    ]) {
      const io = captureIo();
      const out = path.join(dir, `refused-${lang}.xlsx`);
      const code = await main(["build", input, "--out", out, "--lang", lang, "--run-at", RUN_AT], io);
      expect(io.stderr).toContain(expected);
      expect(code).toBe(1);
      await expect(fs.stat(out)).rejects.toThrow();
    }
  });
});
