import * as path from "path";
import { analyzeGrid } from "/work/wt-print/src/core/pipeline";
import { buildWorkbookPlan } from "/work/wt-print/src/core/plan/build-workbook-plan";
import { readWorkbookFile } from "/work/wt-print/src/xlsx/read-file";
import { printedRect } from "/work/wt-print/src/core/plan/print-setup";
import { wrappedRowLines } from "/work/wt-print/src/core/plan/fit-text";
import { printedPages } from "/work/wt-print/src/core/plan/print-pages";
const A = "/work/wt-print/assets";
async function main() {
  const inv = await readWorkbookFile(path.join(A, "muestra-clientes.xlsx"), { sheet: "Facturas" });
  const cus = await readWorkbookFile(path.join(A, "muestra-clientes.xlsx"), { sheet: "Clientes" });
  const en = await readWorkbookFile(path.join(A, "sample-customers.xlsx"));
  for (const lang of ["es", "en", "qps"] as const) {
    for (const which of ["muestra", "sample"]) {
      const analysis = which === "muestra"
        ? analyzeGrid(inv.grid, { method: "portfolio", lang: lang as any, runAt: "2025-01-15T10:00:00.000Z", numberFormats: inv.numberFormats, attributeGrids: [{ name: "Clientes", grid: cus.grid }] })
        : analyzeGrid(en.grid, { method: "portfolio", lang: lang as any, runAt: "2025-01-15T10:00:00.000Z", numberFormats: en.numberFormats });
      let plan;
      try { plan = buildWorkbookPlan(analysis, lang as any); } catch (e) { console.log(lang, "fail", String(e).slice(0,80)); continue; }
      for (const sheet of plan.sheets) {
        if (sheet.hidden) continue;
        const rect = printedRect(sheet);
        const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
        let px = 0;
        for (let c = rect.column; c < rect.column + rect.columns; c++) px += Math.floor((widths.get(c) ?? 8.43) * 7 + 5);
        const pts = px * 0.75;
        const page = sheet.print?.orientation === "landscape" ? 11.69*72 - 1.4*72 : 8.27*72 - 1.4*72;
        const pageL = sheet.print?.orientation === "landscape" ? 11*72 - 1.4*72 : 8.5*72 - 1.4*72;
        const scale = Math.min(1, Math.min(page, pageL) / pts);
        const pages = printedPages(sheet, sheet.print?.rowBreaks ?? [], sheet.print?.titleRows).length;
        console.log(which, lang, sheet.key.padEnd(10), sheet.print?.orientation, "cols", rect.columns, "pts", Math.round(pts), "scale", Math.round(scale*100)+"%", "pages", pages, "wrapRows", wrappedRowLines(sheet).size, JSON.stringify(sheet.columnWidths.map(w=>w.width)));
      }
    }
  }
}
main();
