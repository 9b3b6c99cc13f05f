/**
 * Golden files of the workbook plan for the two bundled samples, so a change in what the workbook shows is
 * reviewed as a diff. Big blocks are cut to their first rows (with their row count); small sheets are whole.
 * Update after an intended change with: UPDATE_GOLDEN=1 npx jest tests/core/plan/golden-plan.test.ts
 */
import { promises as fs } from "fs";
import * as path from "path";
import { analyzeGrid } from "../../../src/core/pipeline";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plan/workbook-plan";
import type { CellValue } from "../../../src/core/types";
import { readWorkbookFile } from "../../../src/xlsx/read-file";
import { planProblems } from "./plan-test-helpers";

const GOLDEN_DIR = path.join(__dirname, "../../fixtures/plan");
const ASSETS = path.join(__dirname, "../../../assets");
const RUN_AT = "2025-01-15T10:00:00.000Z";
/** Blocks taller than this keep only their first rows in the golden file. */
const FULL_BLOCK_ROWS = 40;
const KEPT_ROWS = 5;
const KEPT_RECTS = 6;

function stable(value: CellValue): CellValue {
  // Ten significant digits: the plan's arithmetic, not the last bits of floating point, is under review.
  return typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(10)) : value;
}

function digestSheet(sheet: SheetPlan) {
  return {
    key: sheet.key,
    name: sheet.name,
    ...(sheet.hidden ? { hidden: true } : {}),
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
    ...(sheet.printArea ? { printArea: sheet.printArea } : {}),
    ...(sheet.print ? { print: sheet.print } : {}),
    columnWidths: sheet.columnWidths,
    ...(sheet.rowHeights ? { rowHeights: sheet.rowHeights.slice(0, FULL_BLOCK_ROWS) } : {}),
    tables: sheet.tables,
    charts: sheet.charts,
    fills: sheet.fills.map((group) => ({
      fill: group.fill,
      fontColor: group.fontColor,
      ...(group.bold ? { bold: true } : {}),
      rectCount: group.rects.length,
      rects: group.rects.slice(0, KEPT_RECTS),
    })),
    blocks: sheet.blocks.map((block) => {
      const { values, ...style } = block;
      const cut = values.length > FULL_BLOCK_ROWS;
      return {
        ...style,
        rows: values.length,
        values: (cut ? values.slice(0, KEPT_ROWS) : values).map((row) => row.map(stable)),
        ...(cut ? { cut: true } : {}),
      };
    }),
  };
}

export function digestPlan(plan: WorkbookPlan) {
  return { lang: plan.lang, sheets: plan.sheets.map(digestSheet) };
}

/** Pretty JSON with arrays and objects of plain values (a row of cells, a rect) on one line: short, diff-friendly files. */
function compactJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 1)
      .replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_, inner: string) => `[${inner.replace(/,\s*\n\s*/g, ", ")}]`)
      .replace(/\{\s*([^[\]{}]*?)\s*\}/g, (_, inner: string) => `{ ${inner.replace(/,\s*\n\s*/g, ", ")} }`) +
    "\n"
  );
}

async function checkGolden(name: string, plan: WorkbookPlan): Promise<void> {
  expect(planProblems(plan)).toEqual([]);
  const file = path.join(GOLDEN_DIR, name);
  const actual = JSON.parse(JSON.stringify(digestPlan(plan)));
  if (process.env.UPDATE_GOLDEN === "1") {
    await fs.writeFile(file, compactJson(actual), "utf8");
    return;
  }
  let expected: unknown;
  try {
    expected = JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    throw new Error(
      `Golden file ${name} missing: run UPDATE_GOLDEN=1 npx jest tests/core/plan/golden-plan.test.ts`,
    );
  }
  expect(actual).toEqual(expected);
}

describe("golden workbook plans of the bundled samples", () => {
  it("Spanish sample (invoices joined with the customer sheet), portfolio map, in Spanish", async () => {
    const file = path.join(ASSETS, "muestra-clientes.xlsx");
    const invoices = await readWorkbookFile(file, { sheet: "Facturas" });
    const customers = await readWorkbookFile(file, { sheet: "Clientes" });
    const analysis = analyzeGrid(invoices.grid, {
      method: "portfolio",
      lang: "es",
      runAt: RUN_AT,
      numberFormats: invoices.numberFormats,
      attributeGrids: [{ name: "Clientes", grid: customers.grid }],
    });
    await checkGolden("muestra-clientes.plan.json", buildWorkbookPlan(analysis, "es"));
  });

  it("English sample (customer sheet), portfolio map, in English", async () => {
    const book = await readWorkbookFile(path.join(ASSETS, "sample-customers.xlsx"));
    const analysis = analyzeGrid(book.grid, {
      method: "portfolio",
      lang: "en",
      runAt: RUN_AT,
      numberFormats: book.numberFormats,
    });
    await checkGolden("sample-customers.plan.json", buildWorkbookPlan(analysis, "en"));
  });

  it("English sample with RFM: the 5×5 grid is the map", async () => {
    const book = await readWorkbookFile(path.join(ASSETS, "sample-customers.xlsx"));
    const analysis = analyzeGrid(book.grid, {
      method: "rfm",
      lang: "en",
      runAt: RUN_AT,
      numberFormats: book.numberFormats,
    });
    const plan = buildWorkbookPlan(analysis, "en");
    await checkGolden("sample-customers.rfm.plan.json", plan);
    expect(analysis.segmentation.grid?.cells).toHaveLength(5);
  });
});
