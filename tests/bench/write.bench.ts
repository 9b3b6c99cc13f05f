/**
 * Writing the result: building the workbook plan (pure) and rendering it to .xlsx with ExcelJS, against the
 * peer baseline of ExcelJS writing the same customer rows bare (values only, no styles, no other sheets).
 * Synthetic customer sheet (seeded), portfolio method. Medians over a few repetitions.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { createRandom } from "../../src/core/random";
import type { CellValue } from "../../src/core/types";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook";

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
  console.log(
    "customers | plan ms | our .xlsx write ms | ExcelJS bare rows ms | write ratio (ours / bare) | file MB",
  );
  try {
    for (const customers of [10_000, 100_000]) {
      // One run at 100k: ExcelJS takes ~30 s per write there.
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
      const customersBlock = plan.sheets.find((sheet) => sheet.key === "customers")!.blocks;
      const bare = path.join(dir, "bare.xlsx");
      const bareMs = await median(repetitions, async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Clientes");
        for (const block of customersBlock) sheet.addRows(block.values);
        await workbook.xlsx.writeFile(bare);
      });
      const size = (await fs.stat(ours)).size / 2 ** 20;
      console.log(
        `${customers} | ${planMs.toFixed(0)} | ${oursMs.toFixed(0)} | ${bareMs.toFixed(0)} | ${(oursMs / bareMs).toFixed(2)} | ${size.toFixed(1)}`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
