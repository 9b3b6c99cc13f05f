/**
 * Writing the result: building the workbook plan (pure) and rendering it to .xlsx with our streaming writer,
 * against two peers on the same plan in the same run: the previous renderer (ExcelJS's in-memory workbook,
 * src/xlsx/exceljs-workbook.ts, same sheets, styles and tables) and ExcelJS's own streaming WorkbookWriter
 * writing the customer rows bare (values only: no styles, no tables, no other sheets; a lower bound for it).
 * Synthetic customer sheet (seeded), portfolio method. Medians; peak heap growth per writer is printed.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { createRandom } from "../../src/core/random";
import type { CellValue } from "../../src/core/types";
import { writeWorkbookPlanWithExcelJs } from "../../src/xlsx/exceljs-workbook";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook-file";

function syntheticGrid(customers: number): CellValue[][] {
  const random = createRandom(7);
  const regions = ["Norte", "Sur", "Este", "Oeste", "Centro"];
  const rows: CellValue[][] = [
    ["Cliente", "Nombre", "Ventas", "Margen", "Pedidos", "Última compra", "Región"],
  ];
  for (let i = 0; i < customers; i++) {
    const revenue = Math.round(Math.exp(6 + 3 * random()) * 100) / 100;
    rows.push([
      `C${i}`,
      `Cliente ${i}`,
      revenue,
      Math.round(revenue * (0.05 + 0.4 * random())),
      1 + Math.floor(30 * random()),
      45000 + Math.floor(600 * random()),
      regions[i % 5],
    ]);
  }
  return rows;
}

async function median(repetitions: number, task: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-bench-"));
  const sizes = (process.env.BENCH_WRITE_SIZES ?? "10000,100000").split(",").map(Number);
  console.log(
    "| customers | plan ms | ours (streaming) ms | ExcelJS in-memory, same plan ms | ExcelJS stream, bare rows ms | in-memory / ours | bare stream / ours | file MB |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
  try {
    for (const customers of sizes) {
      // ExcelJS in-memory takes ~30 s and GBs at 10^5: one run there, and not beyond.
      const repetitions = customers > 50_000 ? 1 : 3;
      const analysis = analyzeGrid(syntheticGrid(customers), {
        method: "portfolio",
        lang: "es",
        runAt: "2025-01-15T10:00:00Z",
      });
      let plan = buildWorkbookPlan(analysis, "es");
      const planMs = await median(repetitions, () => {
        plan = buildWorkbookPlan(analysis, "es");
      });
      const ours = path.join(dir, "ours.xlsx");
      const oursMs = await median(repetitions, () => writeWorkbookPlan(plan, ours));
      const inMemory = path.join(dir, "in-memory.xlsx");
      const inMemoryMs =
        customers <= 100_000 ? await median(1, () => writeWorkbookPlanWithExcelJs(plan, inMemory)) : NaN;
      const customerBlocks = plan.sheets.find((sheet) => sheet.key === "customers")!.blocks;
      const bare = path.join(dir, "bare.xlsx");
      const bareMs = await median(repetitions, async () => {
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bare, useSharedStrings: true });
        const sheet = workbook.addWorksheet("Clientes");
        for (const block of customerBlocks) for (const values of block.values) sheet.addRow(values).commit();
        sheet.commit();
        await workbook.commit();
      });
      const size = (await fs.stat(ours)).size / 2 ** 20;
      const ratio = (value: number) => (Number.isFinite(value) ? (value / oursMs).toFixed(2) : "—");
      console.log(
        `| ${customers.toLocaleString("en")} | ${planMs.toFixed(0)} | ${oursMs.toFixed(0)} | ${Number.isFinite(inMemoryMs) ? inMemoryMs.toFixed(0) : "—"} | ${bareMs.toFixed(0)} | ${ratio(inMemoryMs)} | ${ratio(bareMs)} | ${size.toFixed(1)} |`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
