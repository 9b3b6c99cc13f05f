/**
 * DuckDB ↔ in-process on 10^6 generated invoice lines (about 50,000 customers): the same customers, revenue to
 * the cent, the same segments and every customer's figures to the bit, as on the samples and 10^5 lines
 * (tests/sql/duckdb-equality.test.ts). Run alone after the suite (`npm run test:large`, part of `npm test`):
 * on a shared 2-core machine it needs the whole machine for about two minutes.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeLinesCsv } from "../bench/generate-data";
import { expectSameResults } from "./equality";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-duckdb-1e6-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("10^6 generated invoice lines: same customers, revenue to the cent, same segments", async () => {
  const csv = path.join(dir, "lines-1e6.csv");
  await writeLinesCsv(csv, 1_000_000);
  await expectSameResults(csv, ["portfolio", "rfm", "clusters"]);
}, 900_000);
