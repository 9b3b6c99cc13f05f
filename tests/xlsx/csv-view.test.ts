/**
 * `build`'s typed CSV path (a grid view over the text, src/core/read/text-table.ts) against the general path
 * (a string per cell): the same analysis, the same summary JSON and the same workbook plan, on the CDNOW sample
 * (../shared), on the repo's two sample workbooks written out as CSV, and on a generated file large enough
 * (over 2 MiB) to take the view through openWorkbookBytes exactly as the command line does.
 */
import { readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { analyzeGrid, summarizeAnalysis } from "../../src/core/pipeline";
import { parseTextTable, textTableGrid, textTableOf } from "../../src/core/read/text-table";
import type { Grid } from "../../src/core/types";
import { openWorkbookBytes, parseCsvText, readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeLinesCsv } from "../bench/generate-data";
import { CDNOW_DIR } from "../fixtures/cdnow-path";

const RUN_AT = "2026-01-01T00:00:00Z";
const LIMITS = { maxCells: 10_000_000, maxCellChars: 32_767 };

/** The analysis, its summary (every customer included) and its plan, as the bytes the CLI would print. */
function outputs(grid: Grid, method: "portfolio" | "rfm"): string {
  const analysis = analyzeGrid(grid, { method, lang: "en", runAt: RUN_AT, seed: 7 });
  const plan = buildWorkbookPlan(analysis, "en");
  const summary = summarizeAnalysis(
    analysis,
    plan.sheets.map((sheet) => sheet.name),
    "en",
    "data",
    { customers: true },
  );
  return JSON.stringify({ summary, plan, read: analysis.read });
}

function cdnowCsv(): string {
  const lines = readFileSync(path.join(CDNOW_DIR, "CDNOW_sample.txt"), "utf8").trim().split(/\r?\n/);
  const rows = lines.map((line) => {
    const [, id, date, cds, dollars] = line.trim().split(/\s+/);
    return `${id},${date},${cds},${dollars}`;
  });
  return ["Customer ID,Date,CDs,Dollars", ...rows].join("\n") + "\n";
}

async function sampleCsv(file: string): Promise<string> {
  const { grid } = await readWorkbookFile(path.join(__dirname, "../../assets", file));
  const text = grid
    .map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join("\t"))
    .join("\n");
  expect(text).not.toMatch(/"/);
  return text + "\n";
}

describe("build's CSV view gives the general path's outputs", () => {
  const cases: [string, () => Promise<string>, string][] = [
    ["CDNOW sample (../shared)", () => Promise.resolve(cdnowCsv()), ","],
    ["muestra-clientes.xlsx as CSV", () => sampleCsv("muestra-clientes.xlsx"), "\t"],
    ["sample-customers.xlsx as CSV", () => sampleCsv("sample-customers.xlsx"), "\t"],
  ];

  it.each(cases)("%s", async (_name, load, delimiter) => {
    const text = await load();
    const table = parseTextTable(text, delimiter, "\n", LIMITS);
    expect(table).toBeDefined();
    const view = textTableGrid(table!);
    const general = parseCsvText(text);
    expect(general.length).toBe(view.length);
    for (const method of ["portfolio", "rfm"] as const)
      expect(outputs(view, method)).toBe(outputs(general, method));
  });

  it("a generated 3 MiB invoice-lines file, opened as build opens it", async () => {
    const file = path.join(os.tmpdir(), `cmap-view-${process.pid}.csv`);
    await writeLinesCsv(file, 60_000);
    try {
      const bytes = readFileSync(file);
      expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
      const viewBook = readOpenedWorkbook(await openWorkbookBytes(bytes, "lines.csv", { csvView: true }));
      const plainBook = readOpenedWorkbook(await openWorkbookBytes(bytes, "lines.csv"));
      // The first is the view, the second strings: the comparison is between the two paths.
      expect(textTableOf(viewBook.grid)).toBeDefined();
      expect(textTableOf(plainBook.grid)).toBeUndefined();
      expect(outputs(viewBook.grid, "portfolio")).toBe(outputs(plainBook.grid, "portfolio"));
    } finally {
      rmSync(file, { force: true });
    }
  });
});
