/**
 * DuckDB ↔ in-process: the same input file analysed through DuckDB's feature query (readWithDuckDb → the
 * customer-feature table → analyzeGrid) and through the in-process reader (the lines → analyzeGrid) gives the
 * same customers, revenue to the cent and the same segments. On both samples (the Spanish invoice lines and the
 * English customer sheet, exported to CSV and to Parquet) and on 10^5 generated invoice lines (10^6 in
 * tests/sql/duckdb-equality-1e6.large.ts, run alone by `npm run test:large`, part of `npm test`). Each customer's
 * figures (revenue, margin, trend windows, periods, categories, purchase days...) are equal to the bit: both
 * paths sum money in whole units (src/core/read/money-units.ts), so the summation order does not matter.
 * Every method is order-free: clusters fit k-means on the customers in id order (a SQL table has no row order).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWithDuckDb } from "../../src/cli/duckdb-input";
import { writeLinesCsv } from "../bench/generate-data";
import type { Grid } from "../../src/core/types";
import { analyse, csvGrid, expectSameResults, METHODS, RUN_AT } from "./equality";
import { writeSampleCsv } from "./sample-csv";

const ASSETS = path.join(__dirname, "../../assets");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-duckdb-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Copies a CSV to Parquet with DuckDB itself (typed columns, as a warehouse export would be). */
async function toParquet(csv: string, parquet: string): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv('${csv}', union_by_name = true)) TO '${parquet}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
}

describe("DuckDB feature query ↔ in-process reader", () => {
  it("the Spanish sample's invoice lines: same customers, revenue to the cent, same segments (every method)", async () => {
    const csv = path.join(dir, "facturas.csv");
    expect(await writeSampleCsv(path.join(ASSETS, "muestra-clientes.xlsx"), csv)).toBeGreaterThan(10_000);
    await expectSameResults(csv, METHODS);
    // The feature query really ran (the lines were aggregated, one row per customer).
    const viaDuckDb = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    expect(viaDuckDb.aggregated).toBe(true);
    expect(viaDuckDb.grid[0]).toContain("purchase_day_list");
    expect(viaDuckDb.grid.length - 1).toBe(analyse(await csvGrid(csv), "portfolio").read.customers.count);
  });

  it("the same lines as Parquet give the same customer table as the CSV", async () => {
    const csv = path.join(dir, "facturas.csv");
    const parquet = path.join(dir, "facturas.parquet");
    await toParquet(csv, parquet);
    const fromCsv = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    const fromParquet = await readWithDuckDb(parquet, { until: RUN_AT.slice(0, 10) });
    expect(fromParquet.aggregated).toBe(true);
    // Equal cell by cell, every number exactly (money is summed in whole units, in any scan order); a text
    // list's entries may come in another order (unordered aggregates), so they are compared sorted.
    expect(fromParquet.grid.length).toBe(fromCsv.grid.length);
    const sortedLists = (grid: Grid) =>
      grid.map((row) =>
        row.map((cell) =>
          typeof cell === "string" ? cell.split("\u001e").join(" ").split(" ").sort().join(" ") : cell,
        ),
      );
    expect(sortedLists(fromParquet.grid)).toEqual(sortedLists(fromCsv.grid));
  });

  it("the English sample (a customer sheet) is read whole, as it is: same results", async () => {
    const csv = path.join(dir, "customers.csv");
    await writeSampleCsv(path.join(ASSETS, "sample-customers.xlsx"), csv);
    const viaDuckDb = await readWithDuckDb(csv, { until: RUN_AT.slice(0, 10) });
    expect(viaDuckDb.aggregated).toBe(false);
    await expectSameResults(csv, METHODS);
  });

  it("customers whose lines carry no invoice number (blank or spaces) keep their row and count the same orders", async () => {
    const csv = path.join(dir, "lines-no-invoice.csv");
    await writeLinesCsv(csv, 10_000);
    // Two customers of their own: one with no invoice number at all, one with a blank and a real one.
    const extra = [
      "NOINV-1,,2025-03-01,Services,120.00,80.00",
      "NOINV-1,   ,2025-09-01,Services,90.00,60.00",
      "NOINV-2,,2025-04-01,Services,50.00,30.00",
      "NOINV-2,900001,2025-10-01,Services,70.00,40.00",
    ];
    await fs.appendFile(csv, extra.join("\n") + "\n");
    await expectSameResults(csv, ["portfolio"]);
  });

  it("10^5 generated invoice lines: same customers, revenue to the cent, same segments", async () => {
    const csv = path.join(dir, "lines-1e5.csv");
    await writeLinesCsv(csv, 100_000);
    await expectSameResults(csv, ["portfolio", "rfm", "clusters"]);
  });
});
