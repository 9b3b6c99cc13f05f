import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { hasChartPoints, mapGridOf, mapLayout } from "../../src/core/plan/map-sheet";
import { SEGMENT_TABLE_FIRST_ROW } from "../../src/core/plan/segments-sheet";
import { analyzeGrid } from "../../src/core/pipeline";
import { argbOf } from "../../src/xlsx/write-workbook";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook-file";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { makeAnalysisFixture } from "../fixtures/plan/analysis-fixture";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-write-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("writeWorkbookPlan (hand-built analysis)", () => {
  const analysis = makeAnalysisFixture();
  const plan = buildWorkbookPlan(analysis, "en");
  let file: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    file = path.join(dir, "fixture.xlsx");
    await writeWorkbookPlan(plan, file);
    workbook = await load(file);
  });

  it("writes the plan's sheets in order, the history sheet hidden", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(plan.sheets.map((sheet) => sheet.name));
    expect(workbook.worksheets.map((sheet) => sheet.state)).toEqual([
      "visible",
      "visible",
      "visible",
      "visible",
      "visible",
      "visible",
      "hidden",
    ]);
  });

  it("colors each map cell with its segment color and writes its figures with their formats", () => {
    const sheet = workbook.getWorksheet("Customer Map")!;
    const grid = mapGridOf(analysis);
    const layout = mapLayout(grid, 7, hasChartPoints(analysis));
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const top = layout.gridRows[r] + 1;
        const column = layout.gridColumns[c] + 1;
        const segment = analysis.segmentation.segments[cell.segment];
        expect(sheet.getCell(top, column).value).toBe(segment.name.en);
        expect(fillOf(sheet.getCell(top, column))).toBe(argbOf(segment.color));
        expect(fillOf(sheet.getCell(top + 4, column))).toBe(argbOf(segment.color));
        expect(sheet.getCell(top, column).font?.bold).toBe(true);
        expect(sheet.getCell(top, column).font?.color?.argb).toBe(argbOf(segment.textColor));
        expect(sheet.getCell(top + 1, column).value).toBe(cell.customers);
        expect(sheet.getCell(top + 2, column).value).toBe(cell.revenue);
        expect(sheet.getCell(top + 2, column).numFmt).toBe('"Revenue "#,##0;"Revenue "-#,##0');
      }),
    );
    // The chart is drawn (tests/xlsx/chart.test.ts), so no note stands in for it where it sits.
    const anchor = layout.chartAnchor;
    expect(sheet.getCell(anchor.row + 1, anchor.column + 1).value).toBeNull();
  });

  it("keeps segment totals, shares and formats on the Segments sheet", () => {
    const sheet = workbook.getWorksheet("Segments")!;
    const segments = analysis.segmentation.segments;
    const totalRevenue = segments.reduce((sum, segment) => sum + segment.revenue, 0);
    segments.forEach((segment, s) => {
      const row = SEGMENT_TABLE_FIRST_ROW + s + 1;
      expect(sheet.getCell(row, 1).value).toBe(segment.name.en);
      expect(fillOf(sheet.getCell(row, 1))).toBe(argbOf(segment.color));
      expect(sheet.getCell(row, 2).value).toBe(segment.customers);
      expect(sheet.getCell(row, 4).value).toBe(segment.revenue);
      expect(sheet.getCell(row, 5).value as number).toBeCloseTo(segment.revenue / totalRevenue, 12);
      expect(sheet.getCell(row, 5).numFmt).toBe("0.0%");
    });
    expect(sheet.getCell(SEGMENT_TABLE_FIRST_ROW + segments.length + 1, 4).value).toBe(totalRevenue);
  });

  it("writes the Customers sheet as an Excel table with filter buttons, a frozen header and colored segment cells", async () => {
    const sheet = workbook.getWorksheet("Customers")!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const tableXml = await zip.file("xl/tables/table1.xml")!.async("string");
    const lastColumn = String.fromCharCode(64 + headers.length);
    const ref = `A1:${lastColumn}${analysis.read.customers.count + 1}`;
    expect(tableXml).toContain('name="CmapCustomers"');
    expect(tableXml).toContain(`ref="${ref}"`);
    expect(tableXml).toContain(`<autoFilter ref="${ref}"`);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1, xSplit: 2 }));
    const segmentColumn = headers.indexOf("Segment") + 1;
    const idColumn = headers.indexOf("Customer ID") + 1;
    const data = analysis.read.customers;
    for (let r = 2; r <= data.count + 1; r++) {
      const i = data.ids.indexOf(String(sheet.getCell(r, idColumn).value));
      const segment = analysis.segmentation.segments[analysis.segmentation.assignment[i]];
      expect(sheet.getCell(r, segmentColumn).value).toBe(segment.name.en);
      expect(fillOf(sheet.getCell(r, segmentColumn))).toBe(argbOf(segment.color));
    }
    expect(sheet.getColumn(segmentColumn).width).toBeGreaterThanOrEqual(20);
  });

  it("keeps text that starts with = + - @ as text: no formula anywhere in the file", async () => {
    const sheet = workbook.getWorksheet("Customers")!;
    const names: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => names.push(cell)));
    for (const risky of ['=HYPERLINK("http://x","y")', "+34 600 000 000", "-Gamma", "@Delta"]) {
      const cell = names.find((candidate) => candidate.value === risky);
      expect(cell).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
    }
    // The raw sheets carry no <f> (formula) element at all.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheetFiles = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetFiles.length).toBe(plan.sheets.length);
    for (const name of sheetFiles) expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
    // And the reader sees the same text back.
    const read = await readWorkbookFile(file, { sheet: "Customers" });
    expect(read.grid.flat()).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","y")', "@Delta"]));
  });

  it("sets column widths and the print area of the map", async () => {
    const map = workbook.getWorksheet("Customer Map")!;
    const widths = plan.sheets[0].columnWidths;
    for (const { column, width } of widths) expect(map.getColumn(column + 1).width).toBe(width);
    expect(map.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it("prints every sheet one page wide, list headers repeated on each page, with a footer", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    for (const [s, sheet] of plan.sheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${s + 1}.xml`)!.async("string");
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toMatch(
        /<pageSetup orientation="(portrait|landscape)" fitToWidth="1" fitToHeight="[01]"\/>/,
      );
      expect(xml).toContain("<oddFooter>&amp;LCustomer Map · ");
      expect(xml).toContain("&amp;RPage &amp;P of &amp;N</oddFooter>");
      const titles = sheet.print?.titleRows;
      if (titles)
        expect(workbookXml).toContain(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${s}">'${sheet.name}'!$${titles.first + 1}:$${titles.last + 1}</definedName>`,
        );
    }
    // The lists repeat their header: Customers (row 1) and the call list.
    expect(plan.sheets.find((sheet) => sheet.key === "customers")!.print?.titleRows).toEqual({
      first: 0,
      last: 0,
    });
    expect(plan.sheets.find((sheet) => sheet.key === "insights")!.print?.titleRows).toBeDefined();
    // ExcelJS (the other writer) reads the same setup back.
    const customers = workbook.getWorksheet("Customers")!;
    expect(customers.pageSetup.fitToWidth).toBe(1);
    expect(customers.pageSetup.fitToHeight).toBe(0);
  });
});

describe("writeWorkbookPlan (English sample through the pipeline)", () => {
  it("writes what the analysis says: customers, revenue total and segment colors", async () => {
    const book = await readWorkbookFile(path.join(__dirname, "../../assets/sample-customers.xlsx"));
    const analysis = analyzeGrid(book.grid, {
      method: "portfolio",
      lang: "en",
      runAt: "2025-01-15T10:00:00.000Z",
      numberFormats: book.numberFormats,
    });
    const file = path.join(dir, "sample.xlsx");
    await writeWorkbookPlan(buildWorkbookPlan(analysis, "en"), file);
    const workbook = await load(file);
    const customers = workbook.getWorksheet("Customers")!;
    expect(customers.rowCount).toBe(analysis.read.customers.count + 1);
    const headers = (customers.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const revenueColumn = headers.indexOf("Revenue") + 1;
    let revenue = 0;
    customers.eachRow((row, r) => {
      if (r > 1) revenue += row.getCell(revenueColumn).value as number;
    });
    const expected = Array.from(analysis.read.customers.revenue).reduce((a, b) => a + b, 0);
    expect(revenue).toBeCloseTo(expected, 4);
    const segmentColumn = headers.indexOf("Segment") + 1;
    const colorByName = new Map(
      analysis.segmentation.segments.map((segment) => [segment.name.en, argbOf(segment.color)]),
    );
    customers.eachRow((row, r) => {
      if (r > 1)
        expect(fillOf(row.getCell(segmentColumn))).toBe(
          colorByName.get(String(row.getCell(segmentColumn).value)),
        );
    });
  });
});
