/**
 * The streaming writer against the ExcelJS renderer it replaced: both render the same plans, ExcelJS reads
 * both files back, and every cell must agree on value, number format, font, fill and alignment; sheets on
 * state, column widths, frozen panes and merges. Plus the texts a streaming writer must escape itself.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import type { WorkbookPlan } from "../../src/core/plan/workbook-plan";
import { analyzeGrid } from "../../src/core/pipeline";
import { writeWorkbookPlanWithExcelJs } from "../../src/xlsx/exceljs-workbook";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { escapeXml } from "../../src/xlsx/write-workbook";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook-file";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-stream-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** What a reader sees of a cell: value, format, font, fill, alignment (undefined parts dropped). */
function cellView(cell: ExcelJS.Cell) {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return {
    // An empty text and an empty cell read the same; ours writes no cell for "" (ISBLANK stays true).
    value: cell.value === "" ? null : (cell.value ?? null),
    numFmt: cell.numFmt || "General",
    bold: Boolean(cell.font?.bold),
    italic: Boolean(cell.font?.italic),
    size: cell.font?.size ?? 11,
    color: cell.font?.color?.argb ?? null,
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb ?? null) : null,
    horizontal: cell.alignment?.horizontal ?? null,
    vertical: cell.alignment?.vertical ?? null,
    wrap: Boolean(cell.alignment?.wrapText),
  };
}

async function expectSameWorkbook(fullPlan: WorkbookPlan, name: string): Promise<void> {
  // Cells only: ExcelJS draws no chart (it writes a note instead), ours draws it (tests/xlsx/chart.test.ts).
  // Without charts both print the plan's whole print area.
  const plan = { ...fullPlan, sheets: fullPlan.sheets.map((sheet) => ({ ...sheet, charts: [] })) };
  const ours = path.join(dir, `${name}-stream.xlsx`);
  const theirs = path.join(dir, `${name}-exceljs.xlsx`);
  await writeWorkbookPlan(plan, ours);
  await writeWorkbookPlanWithExcelJs(plan, theirs);
  const [a, b] = await Promise.all([load(ours), load(theirs)]);
  expect(a.worksheets.map((s) => [s.name, s.state])).toEqual(b.worksheets.map((s) => [s.name, s.state]));
  let cells = 0;
  for (const sheetB of b.worksheets) {
    const sheetA = a.getWorksheet(sheetB.name)!;
    expect(sheetA.views[0]).toEqual(expect.objectContaining({ state: sheetB.views[0].state }));
    const split = (view: Partial<ExcelJS.WorksheetView>) => {
      const frozen = view as Partial<ExcelJS.WorksheetViewFrozen>;
      return [frozen.xSplit ?? 0, frozen.ySplit ?? 0];
    };
    expect(split(sheetA.views[0])).toEqual(split(sheetB.views[0]));
    expect(sheetA.views[0].showGridLines ?? true).toBe(sheetB.views[0].showGridLines ?? true);
    for (let c = 1; c <= sheetB.columnCount; c++)
      // A column without a width reads as undefined or as ExcelJS's default 9, depending on its neighbours.
      expect([c, sheetA.getColumn(c).width ?? 9]).toEqual([c, sheetB.getColumn(c).width ?? 9]);
    expect(Object.keys(sheetA.model.merges ?? {}).sort()).toEqual(
      Object.keys(sheetB.model.merges ?? {}).sort(),
    );
    expect(sheetA.pageSetup.orientation).toBe(sheetB.pageSetup.orientation);
    expect(sheetA.pageSetup.printArea).toBe(sheetB.pageSetup.printArea);
    const rows = Math.max(sheetA.rowCount, sheetB.rowCount);
    const columns = Math.max(sheetA.columnCount, sheetB.columnCount);
    for (let r = 1; r <= rows; r++) {
      const rowA = sheetA.getRow(r);
      const rowB = sheetB.getRow(r);
      expect([sheetB.name, r, rowA.height]).toEqual([sheetB.name, r, rowB.height]);
      for (let c = 1; c <= columns; c++) {
        const viewB = cellView(rowB.getCell(c));
        expect({ sheet: sheetB.name, r, c, ...cellView(rowA.getCell(c)) }).toEqual({
          sheet: sheetB.name,
          r,
          c,
          ...viewB,
        });
        cells++;
      }
    }
  }
  expect(cells).toBeGreaterThan(1000);
}

describe("streaming writer = ExcelJS renderer, cell by cell", () => {
  it.each([
    ["sample-customers.xlsx", "en" as const, "portfolio" as const],
    ["muestra-clientes.xlsx", "es" as const, "rfm" as const],
  ])(
    "%s (%s, %s)",
    async (file, lang, method) => {
      const book = await readWorkbookFile(path.join(__dirname, "../../assets", file));
      const analysis = analyzeGrid(book.grid, {
        method,
        lang,
        runAt: "2025-01-15T10:00:00.000Z",
        numberFormats: book.numberFormats,
      });
      await expectSameWorkbook(buildWorkbookPlan(analysis, lang), file.replace(".xlsx", ""));
    },
    60_000,
  );
});

describe("texts the writer escapes itself", () => {
  const risky = [
    '=HYPERLINK("http://x","y")',
    "+34 600 000 000",
    "-Gamma",
    "@Delta",
    "  leading and trailing  ",
    "tab\tand\nnewline",
    "bell\u0007 and vertical tab\u000b",
    "literal _x0041_ escape",
    "<b>&amp; \"quoted\" 'single'</b>",
    "emoji 😀 and ñ",
    `=${"long formula-looking text ".repeat(4)}`,
    "x".repeat(40_000),
  ];
  const plan: WorkbookPlan = {
    lang: "en",
    sheets: [
      {
        key: "customers",
        name: "Texts <&> 'q' x",
        blocks: [{ row: 0, column: 0, values: [["Text"], ...risky.map((text) => [text])] }],
        fills: [],
        tables: [],
        charts: [],
        columnWidths: [],
      },
    ],
  };

  it("reads back exactly what was written (32,767 characters at most), never a formula", async () => {
    const file = path.join(dir, "texts.xlsx");
    await writeWorkbookPlan(plan, file);
    const sheet = (await load(file)).getWorksheet("Texts <&> 'q' x")!;
    risky.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // Control characters travel as _xHHHH_ escapes and a literal _x0041_ as _x005F_x0041_: both read back exact.
      expect(String(cell.value)).toBe(text.slice(0, 32767));
    });
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<f[ >]/);
  });

  it("escapeXml leaves plain text untouched and escapes markup", () => {
    expect(escapeXml("Plain text 123")).toBe("Plain text 123");
    expect(escapeXml('a<b>&"c"')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
    expect(escapeXml("a\u0001b")).toBe("a_x0001_b");
    expect(escapeXml("_x00e9_")).toBe("_x005F_x00e9_");
  });

  it("removes the partial file when the folder does not exist", async () => {
    const file = path.join(dir, "missing-folder", "out.xlsx");
    await expect(writeWorkbookPlan(plan, file)).rejects.toThrow(/ENOENT/);
    await expect(fs.access(file)).rejects.toThrow();
  });
});
