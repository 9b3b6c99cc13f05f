/**
 * The Excel renderer against the Excel double: bounded syncs and request sizes at 100,000 customers, the
 * user's data untouched, one set of output sheets after re-runs, user sheets never replaced, text kept text,
 * and a failed or cancelled render leaving the workbook as it was.
 */
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import { renderWorkbookPlan } from "../../src/office/render-plan";
import { OWNERSHIP_SETTING_KEY } from "../../src/office/ownership";
import { DEFAULT_REQUEST_BUDGET_BYTES } from "../../src/office/request-budget";
import {
  customersSheet,
  historySheet,
  mapSheet,
  SEGMENTS,
  seededRandom,
  syntheticPlan,
} from "./synthetic-plan";
import { CHART_MARKER_SIZE, type WorkbookPlan } from "../../src/core/plan/workbook-plan";
import { markerOutlineOf } from "../../src/core/segment/palette";

const FOUR_MB = 4 * 1024 * 1024;

function userSource(rows: number): CellValue[][] {
  const random = seededRandom(99);
  const out: CellValue[][] = [["Cliente", "Ventas", "Margen", "Fecha"]];
  for (let i = 0; i < rows; i++)
    out.push([`Cliente ${i}`, Math.round(random() * 1e5) / 100, random(), 45000 + i]);
  return out;
}

describe("renderWorkbookPlan at 100,000 customers", () => {
  const customers = 100_000;
  const source = userSource(2000);
  const excel = createExcelDouble({ sheets: [{ name: "Datos", values: source }], selection: "B5" });
  const before = excel.inspect.getSheetValues("Datos");
  const plan = syntheticPlan({ customers, seed: 3 });
  let report: Awaited<ReturnType<typeof renderWorkbookPlan>>;

  beforeAll(async () => {
    report = await excel.run((context) => renderWorkbookPlan(context, plan));
  }, 120_000);

  test("no request reaches 4 MB and the syncs are bounded by the bytes to write", () => {
    const requests = excel.inspect.requests;
    expect(requests.every((r) => r.failedWith === undefined)).toBe(true);
    expect(excel.inspect.maxRequestBytes).toBeLessThan(FOUR_MB);
    const totalBytes = requests.reduce((s, r) => s + r.requestBytes, 0);
    // Every write request but the last is nearly full: the count is ~ bytes / budget plus the prepare and
    // finish requests, never one per row or per block.
    expect(excel.inspect.syncCount).toBe(report.syncCount);
    expect(excel.inspect.syncCount).toBeLessThanOrEqual(
      2 + Math.ceil((2 * totalBytes) / DEFAULT_REQUEST_BUDGET_BYTES) + 2,
    );
    expect(excel.inspect.syncCount).toBeLessThanOrEqual(25);
  });

  test("every written cell of the customers block is in the workbook", () => {
    const written = excel.inspect.getSheetValues("Customers");
    const block = plan.sheets[1].blocks[0].values;
    expect(written).toHaveLength(customers + 1);
    for (const i of [0, 1, 2, 4999, 50_000, customers]) {
      expect(written[i]).toEqual(block[i].map((v) => (v === null ? "" : v)));
    }
  });

  test("the user's sheet is identical before and after", () => {
    expect(excel.inspect.getSheetValues("Datos")).toEqual(before);
    expect(excel.inspect.sheet("Datos").formatOperations).toBe(0);
  });

  test("write requests suspend calculation and screen updating", () => {
    const writes = excel.inspect.requests.filter((r) => r.cellsWritten > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((r) => r.calculationSuspended && r.screenUpdatingSuspended)).toBe(true);
  });

  test("segment fills are applied per group of ranges, not per cell", () => {
    const runs = plan.sheets[1].fills.reduce((s, g) => s + g.rects.length, 0);
    // Interleaved segments: tens of thousands of runs go out in a few hundred RangeAreas, each with two or
    // three format operations — far fewer than one per cell.
    expect(report.fillOperations).toBeLessThan(runs / 20);
    const fills = excel.inspect.getFills("Customers");
    const values = excel.inspect.getSheetValues("Customers");
    const seg = (row: number) => SEGMENTS.findIndex((s) => s.name === values[row][2]);
    for (const row of [1, 2, 3, 777, 99_999]) {
      const cell = excel.inspect.getCellFormat("Customers", `C${row + 1}`);
      expect(cell.fillColor).toBe(SEGMENTS[seg(row)].fill);
      expect(cell.fontColor).toBe(SEGMENTS[seg(row)].font);
    }
    expect(fills.length).toBeGreaterThan(0);
  });

  test("table with filters, frozen panes, widths, tab color, chart and hidden history are in place", () => {
    expect(excel.inspect.tables()).toEqual([
      {
        name: "CmapCustomers",
        sheet: "Customers",
        address: `Customers!A1:L${customers + 1}`,
        style: "TableStyleLight9",
        showFilterButton: true,
      },
    ]);
    const info = excel.inspect.sheet("Customers");
    expect(info.freeze).toEqual({ rows: 1, columns: 2 });
    expect(info.tabColor).toBe("#2F5597");
    expect(info.columnWidths[1]).toBeCloseTo((10 * 7 + 5) * 0.75, 5);
    const map = excel.inspect.sheet("Customer Map");
    expect(map.charts).toHaveLength(1);
    expect(map.charts[0].type).toBe("XYScatter");
    expect(map.charts[0].series.map((s) => [s.name, s.xValues, s.values, s.markerBackgroundColor])).toEqual(
      SEGMENTS.map((s, i) => [s.name, `'Customer Map'!B${4 + i}`, `'Customer Map'!C${4 + i}`, s.fill]),
    );
    expect(excel.inspect.sheet("CMAP history").visibility).toBe("Hidden");
    expect(excel.inspect.activeSheetName()).toBe("Customer Map");
    expect(map.charts[0].topLeft).toBe("'Customer Map'!F3");
    expect(map.charts[0].bottomRight).toBe("'Customer Map'!M17");
    // The same picture as the file's chart: circles of one size, labels at the plot's edge, legend below.
    expect(map.charts[0].series.map((s) => [s.markerStyle, s.markerSize, s.markerForegroundColor])).toEqual(
      SEGMENTS.map((s) => ["Circle", CHART_MARKER_SIZE, markerOutlineOf(s.fill)]),
    );
    expect([map.charts[0].xTickLabelPosition, map.charts[0].yTickLabelPosition]).toEqual(["Low", "Low"]);
    expect(map.charts[0].legendPosition).toBe("Bottom");
  });

  test("number formats are set per column run, and cells read back with them", () => {
    expect(excel.inspect.getNumberFormats("Customers", "D2:E3")).toEqual([
      ["#,##0.00", "0.0%"],
      ["#,##0.00", "0.0%"],
    ]);
    expect(excel.inspect.sheet("Customers").formatOperations).toBeLessThan(1000);
  });
});

test("the number of syncs does not grow with rows beyond request chunking", async () => {
  const syncsFor = async (customers: number) => {
    const excel = createExcelDouble();
    const report = await excel.run((c) =>
      renderWorkbookPlan(c, syntheticPlan({ customers, sortedBySegment: true })),
    );
    const bytes = excel.inspect.requests.reduce((s, r) => s + r.requestBytes, 0);
    return { syncs: report.syncCount, bytes, fillOperations: report.fillOperations };
  };
  const small = await syncsFor(100);
  const large = await syncsFor(30_000);
  expect(small.syncs).toBe(3); // look, write, finish
  expect(large.syncs - small.syncs).toBeLessThanOrEqual(
    Math.ceil((2 * large.bytes) / DEFAULT_REQUEST_BUDGET_BYTES),
  );
  // Sorted segments: one range per segment whatever the number of rows.
  expect(large.fillOperations).toBe(small.fillOperations);
}, 60_000);

test("planned row heights arrive as one range area per height, not one operation per row", async () => {
  const formatOperationsFor = async (heights: { row: number; height: number }[]) => {
    const excel = createExcelDouble();
    const { sheet } = customersSheet({ customers: 20_000, seed: 5 });
    await excel.run((c) =>
      renderWorkbookPlan(c, { lang: "en", sheets: [{ ...sheet, rowHeights: heights }] }, { activate: false }),
    );
    return { info: excel.inspect.sheet("Customers"), maxRequestBytes: excel.inspect.maxRequestBytes };
  };
  // Every other row of 20,000 wrapped, in three heights (two, three and eight lines): no two rows of a height
  // are adjacent, so nothing merges and the addresses alone need several lists.
  const heights = Array.from({ length: 10_000 }, (_v, i) => ({
    row: 1 + 2 * i,
    height: [30, 45, 120][i % 3],
  }));
  const withHeights = await formatOperationsFor(heights);
  const without = await formatOperationsFor([]);
  expect(withHeights.info.rowHeights).toEqual(Object.fromEntries(heights.map((h) => [h.row, h.height])));
  expect(without.info.rowHeights).toEqual({});
  const operations = withHeights.info.formatOperations - without.info.formatOperations;
  expect(operations).toBeGreaterThanOrEqual(3);
  expect(operations).toBeLessThan(40);
  expect(withHeights.maxRequestBytes).toBeLessThan(FOUR_MB);
}, 60_000);

describe("ownership and safety", () => {
  const plan = (): WorkbookPlan => syntheticPlan({ customers: 200 });

  test("re-running leaves exactly one set of output sheets and no extra tables", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Datos", values: userSource(10) }] });
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    const first = excel.inspect.sheetNames();
    const second = await excel.run((c) => renderWorkbookPlan(c, plan()));
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    expect(excel.inspect.sheetNames()).toEqual(first);
    expect(excel.inspect.sheetNames()).toEqual(["Datos", "Customer Map", "Customers", "CMAP history"]);
    expect(second.replacedSheets).toBe(3);
    expect(excel.inspect.tables().map((t) => t.name)).toEqual(["CmapCustomers"]);
    const record = excel.inspect.settings()[OWNERSHIP_SETTING_KEY] as { sheets: { id: string }[] };
    expect(record.sheets.map((s) => s.id).sort()).toEqual(
      ["Customer Map", "Customers", "CMAP history"].map((n) => excel.inspect.sheet(n).id).sort(),
    );
  });

  test('a user sheet named "Customer Map" survives untouched; output goes to "Customer Map (new)", never "(2)"', async () => {
    const userMap: CellValue[][] = [["My own map"], ["=do not touch"]];
    const excel = createExcelDouble({
      sheets: [
        { name: "Datos", values: userSource(5) },
        { name: "Customer Map", values: userMap },
      ],
      tables: [{ sheet: "Customer Map", name: "CmapCustomers", address: "A1:A2" }],
    });
    const before = excel.inspect.getSheetValues("Customer Map");
    const report = await excel.run((c) => renderWorkbookPlan(c, plan()));
    expect(excel.inspect.getSheetValues("Customer Map")).toEqual(before);
    expect(excel.inspect.sheet("Customer Map").formatOperations).toBe(0);
    expect(report.renamed).toEqual([{ key: "map", plannedName: "Customer Map", name: "Customer Map (new)" }]);
    expect(excel.inspect.sheetNames()).toEqual([
      "Datos",
      "Customer Map",
      "Customer Map (new)",
      "Customers",
      "CMAP history",
    ]);
    // The user's table keeps its name; ours gets a free one.
    expect(excel.inspect.tables().map((t) => [t.sheet, t.name])).toEqual([
      ["Customer Map", "CmapCustomers"],
      ["Customers", "CmapCustomers_2"],
    ]);
    // Re-run: the user's sheet is still never touched, ours is replaced in place.
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    expect(excel.inspect.getSheetValues("Customer Map")).toEqual(before);
    expect(excel.inspect.sheetNames()).toEqual([
      "Datos",
      "Customer Map",
      "Customer Map (new)",
      "Customers",
      "CMAP history",
    ]);
  });

  test("a renamed output sheet is still recognised as ours (by id) and replaced", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Datos", values: userSource(5) }] });
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    await excel.run(async (c) => {
      c.workbook.worksheets.getItem("Customers").name = "Old customers";
    });
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    expect(excel.inspect.sheetNames()).toEqual(["Datos", "Customer Map", "Customers", "CMAP history"]);
  });

  test("names, phone numbers and negative-looking strings arrive as text, with no formula recorded", async () => {
    const specialNames = [
      '=HYPERLINK("http://x","y")',
      "+34 600 000 000",
      "-5",
      "@risk",
      "'quoted",
      "00123",
      "TRUE",
    ];
    const excel = createExcelDouble();
    const p: WorkbookPlan = {
      lang: "en",
      sheets: [customersSheet({ customers: specialNames.length, specialNames }).sheet],
    };
    await excel.run((c) => renderWorkbookPlan(c, p));
    const names = excel.inspect
      .getSheetValues("Customers")
      .slice(1)
      .map((row) => row[1]);
    expect(names).toEqual(specialNames);
    expect(excel.inspect.formulasWritten).toEqual([]);
  });

  test("writing the same names without the guard would have made formulas (the double catches it)", async () => {
    const excel = createExcelDouble();
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [
      ['=HYPERLINK("http://x","y")'],
      ["+34 600 000 000"],
    ];
    await excel.context.sync();
    expect(excel.inspect.formulasWritten).toHaveLength(2);
  });

  test("a failure mid-render removes the new sheets and leaves previous output and user data as they were", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Datos", values: userSource(5) }] });
    await excel.run((c) => renderWorkbookPlan(c, plan()));
    const names = excel.inspect.sheetNames();
    const values = excel.inspect.getSheetValues("Customers");
    const bad = plan();
    bad.sheets[1].blocks.push({ row: 0, column: 20, values: [[1, 2], [3]] });
    await expect(excel.run((c) => renderWorkbookPlan(c, bad))).rejects.toMatchObject({
      code: "plan/invalid-block",
    });
    expect(excel.inspect.sheetNames()).toEqual(names);
    expect(excel.inspect.getSheetValues("Customers")).toEqual(values);
  });

  test("Cancel stops the render, removes its sheets and throws the cancelled error", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Datos", values: userSource(5) }] });
    const signal = { aborted: false };
    const progress: number[] = [];
    const run = excel.run((c) =>
      renderWorkbookPlan(c, syntheticPlan({ customers: 40_000 }), {
        signal,
        onProgress: (p) => {
          progress.push(p.fraction);
          if (p.phase === "write") signal.aborted = true;
        },
      }),
    );
    await expect(run).rejects.toMatchObject({ code: "excel/cancelled" });
    expect(excel.inspect.sheetNames()).toEqual(["Datos"]);
    expect(progress.length).toBeGreaterThan(1);
  }, 60_000);

  test("a hidden-only plan sheet set never hides the last visible sheet", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Datos", values: userSource(2) }] });
    const p: WorkbookPlan = { lang: "es", sheets: [historySheet(), mapSheet("es")] };
    const report = await excel.run((c) => renderWorkbookPlan(c, p));
    expect(report.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["CMAP history", true],
      ["Mapa de clientes", false],
    ]);
    expect(excel.inspect.activeSheetName()).toBe("Mapa de clientes");
  });
});
