/**
 * End to end through the Office layer: the bundled Spanish sample sits in a workbook (the double), is read
 * with readSource, analysed and planned by the core (analyzeGrid + buildWorkbookPlan), and rendered. Every
 * planned cell must arrive with its value, no text may become a formula, and the source must be unchanged.
 */
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import { buildSpanishSample } from "../../src/sample";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { readSource } from "../../src/office/read-source";
import { renderWorkbookPlan } from "../../src/office/render-plan";

const toCell = (v: string | number | Date | null): CellValue =>
  v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v;

test("the Spanish sample renders every planned cell, as text where text, without touching the source", async () => {
  const sample = buildSpanishSample();
  const sheets = sample.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map(toCell)) }));
  const first = sample.sheets[0];
  const excel = createExcelDouble({ sheets, selection: `A${first.headerRow + 1}` });
  const before = sheets.map((s) => excel.inspect.getSheetValues(s.name));

  const source = await excel.run((c) => readSource(c));
  const analysis = analyzeGrid(source.grid, {
    method: "portfolio",
    lang: "es",
    runAt: "2025-01-15T10:00:00Z",
    numberFormats: source.numberFormats,
  } as Parameters<typeof analyzeGrid>[1]);
  const plan = buildWorkbookPlan(analysis, "es");
  const report = await excel.run((c) => renderWorkbookPlan(c, plan));

  expect(excel.inspect.formulasWritten).toEqual([]);
  expect(excel.inspect.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
  sheets.forEach((s, i) => expect(excel.inspect.getSheetValues(s.name)).toEqual(before[i]));
  for (const sheetPlan of plan.sheets) {
    const rendered = report.sheets.find((s) => s.key === sheetPlan.key);
    expect(rendered).toBeDefined();
    const name = rendered!.name;
    for (const block of sheetPlan.blocks) {
      if (block.values.length === 0 || block.values[0].length === 0) continue;
      const address = `R${block.row}C${block.column}`;
      const got = excel.inspect.getRangeValues(
        name,
        `${colName(block.column)}${block.row + 1}:${colName(block.column + block.values[0].length - 1)}${block.row + block.values.length}`,
      );
      const expected = block.values.map((row) =>
        row.map((v) => (v === null || (typeof v === "number" && !Number.isFinite(v)) ? "" : v)),
      );
      expect({ address, got }).toEqual({ address, got: expected });
    }
  }
  expect(report.sheets.find((s) => s.key === "history")?.hidden).toBe(true);
  // The map prints on two pages: Excel gets the plan's manual break above the chart (ExcelApi 1.9), and no
  // other sheet gets one.
  for (const sheetPlan of plan.sheets) {
    const rendered = report.sheets.find((s) => s.key === sheetPlan.key)!;
    expect({ sheet: sheetPlan.key, breaks: excel.inspect.sheet(rendered.name).horizontalPageBreaks }).toEqual(
      {
        sheet: sheetPlan.key,
        breaks: sheetPlan.print?.rowBreaks ?? [],
      },
    );
  }
  expect(plan.sheets.find((s) => s.key === "map")?.print?.rowBreaks?.length).toBe(1);
  // Rows of wrapped text get the plan's heights, as the file writers set them (the call list has some).
  for (const sheetPlan of plan.sheets) {
    const rendered = report.sheets.find((s) => s.key === sheetPlan.key)!;
    const planned = Object.fromEntries((sheetPlan.rowHeights ?? []).map(({ row, height }) => [row, height]));
    expect({ sheet: sheetPlan.key, heights: excel.inspect.sheet(rendered.name).rowHeights }).toEqual({
      sheet: sheetPlan.key,
      heights: planned,
    });
  }
  expect(plan.sheets.find((s) => s.key === "insights")?.rowHeights?.length).toBeGreaterThan(0);
  // The sample's revenue spans orders of magnitude: the plan asks for a logarithmic value axis and Excel gets it.
  const mapPlan = plan.sheets.find((s) => s.key === "map")!;
  expect(mapPlan.charts[0].xAxisScale).toBe("logarithmic");
  const map = excel.inspect.sheet(report.sheets.find((s) => s.key === "map")!.name);
  expect(
    map.charts.map((chart) => [chart.xScaleType, chart.xLogBase, chart.yScaleType, chart.xAxisTitle]),
  ).toEqual([["Logarithmic", 10, null, "Ventas (escala logarítmica)"]]);
}, 60_000);

function colName(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
