/**
 * The Office PaneHost against the in-memory Excel double: the sample goes in, detection finds and maps it,
 * a build writes the add-in's sheets and reports them, Cancel leaves the workbook as it was, settings are
 * remembered in the document, the add-in's own sheets are never read as data.
 */
import { createExcelDouble, type ExcelDouble } from "../fixtures/excel-double";
import { buildEnglishSample } from "../../src/core/sample";
import {
  createOfficePaneHost,
  headlineKpis,
  PANE_SETTINGS_KEY,
  sampleSheetsOf,
} from "../../src/taskpane/office-pane-host";
import type { BuildProgress, PaneHost } from "../../src/taskpane/pane-host";
import { describeError } from "../../src/taskpane/pane-error";
import type { Kpi } from "../../src/core/model";

const FIXED_NOW = new Date("2025-01-15T10:00:00Z");

function hostOn(excel: ExcelDouble, displayLanguage = "en-US"): PaneHost {
  return createOfficePaneHost({
    run: (batch) => excel.run(batch),
    displayLanguage,
    now: () => FIXED_NOW,
    subscribeSelection: () => () => undefined,
  });
}

describe("office pane host on the Excel double", () => {
  test("insert the English sample, detect it, build the map", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel);
    await host.insertSampleData("en");
    const sampleNames = buildEnglishSample().sheets.map((s) => s.name);
    expect(excel.inspect.sheetNames()).toEqual(["Sheet1", ...sampleNames]);
    expect(excel.inspect.activeSheetName()).toBe(sampleNames[0]);

    const detected = await host.detectData();
    expect(detected.sheetName).toBe(sampleNames[0]);
    expect(detected.kind).toBe("customers");
    const sampleRows = buildEnglishSample().sheets[0].rows;
    const headerRow = buildEnglishSample().sheets[0].headerRow;
    expect(detected.rows).toBe(sampleRows.length - headerRow);
    expect(detected.columns).toBe(sampleRows[headerRow - 1].length);
    expect(detected.mapping.find((m) => m.role === "customerId")).toBeDefined();
    expect(detected.mapping.find((m) => m.role === "revenue")).toBeDefined();
    expect(detected.report.rowsUsed + detected.report.rowsSkipped).toBe(detected.report.rowsRead);

    const progress: BuildProgress[] = [];
    const result = await host.build(
      { method: "portfolio", lang: "en" },
      (p) => progress.push(p),
      new AbortController().signal,
    );
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(["reading", "analyzing", "planning", "writing"]),
    );
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].fraction).toBeGreaterThanOrEqual(progress[i - 1].fraction);
    // Every written (visible) sheet is in the result, and exists in the workbook under that name.
    const names = excel.inspect.sheetNames();
    expect(result.sheets.length).toBeGreaterThanOrEqual(4);
    for (const sheet of result.sheets) expect(names).toContain(sheet.name);
    expect(result.sheets.map((s) => s.key)).not.toContain("history");
    // Segments partition the customers; shares add up to 1.
    expect(result.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(result.customers);
    expect(result.segments.reduce((sum, s) => sum + s.revenueShare, 0)).toBeCloseTo(1, 9);
    expect(result.customers).toBe(detected.customers);

    // Standing on the add-in's own sheet still reads the user's data.
    await host.activateSheet(result.sheets[0].name);
    expect(excel.inspect.activeSheetName()).toBe(result.sheets[0].name);
    const again = await host.detectData();
    expect(again.sheetName).toBe(sampleNames[0]);
  });

  test("Cancel before writing leaves the workbook's sheets unchanged and is reported as a cancel", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel);
    await host.insertSampleData("en");
    const before = excel.inspect.sheetNames();
    const controller = new AbortController();
    const error = await host
      .build(
        { method: "rfm", lang: "en" },
        (p) => p.stage === "analyzing" && controller.abort(),
        controller.signal,
      )
      .catch((e: unknown) => e);
    expect(describeError(error).kind).toBe("cancelled");
    expect(excel.inspect.sheetNames()).toEqual(before);
  });

  test("Cancel while writing removes the temporary sheets", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel);
    await host.insertSampleData("en");
    const before = excel.inspect.sheetNames();
    const controller = new AbortController();
    const error = await host
      .build(
        { method: "portfolio", lang: "en" },
        (p) => p.stage === "writing" && p.fraction > 0.65 && controller.abort(),
        controller.signal,
      )
      .catch((e: unknown) => e);
    expect(describeError(error).kind).toBe("cancelled");
    expect(excel.inspect.sheetNames()).toEqual(before);
  });

  test("an empty sheet is a clear, localized error", async () => {
    const host = hostOn(createExcelDouble());
    const error = await host.detectData().catch((e: unknown) => e);
    const described = describeError(error);
    expect(described.kind).toBe("core");
    if (described.kind === "core") {
      expect(described.message.en).toContain('Sheet "Sheet1" is empty');
      expect(described.message.es).toContain('La hoja "Sheet1" está vacía');
    }
  });

  test("settings round-trip through the document settings; none before the first save", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ method: "abc", k: null, lang: "es" });
    expect(await host.loadSettings()).toEqual({ method: "abc", k: null, lang: "es" });
    expect(Object.keys(excel.inspect.settings())).toContain(PANE_SETTINGS_KEY);
  });

  test("the Spanish sample inserts both of its sheets with dates as Excel serials", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel, "es-ES");
    await host.insertSampleData("es");
    expect(excel.inspect.sheetNames()).toEqual(["Sheet1", "Facturas", "Clientes"]);
    const detected = await host.detectData();
    expect(detected.kind).toBe("transactions");
  });
});

describe("sampleSheetsOf", () => {
  test("a Date becomes its Excel serial (days since 1899-12-30)", () => {
    const sheets = sampleSheetsOf({
      fileName: "x.xlsx",
      sheets: [
        {
          name: "S",
          rows: [["d"], [new Date(Date.UTC(2024, 0, 1))]],
          headerRow: 1,
          columnFormats: [null],
          columnWidths: [10],
        },
      ],
    });
    // 2024-01-01 is serial 45292 in Excel's 1900 date system.
    expect(sheets[0].grid).toEqual([["d"], [45292]]);
  });
});

describe("headlineKpis", () => {
  const kpi = (id: string, value: number | null): Kpi => ({
    id,
    label: { en: id, es: id },
    value,
    format: "number",
  });
  test("preferred ids first, unavailable ones skipped, filled up to four", () => {
    const chosen = headlineKpis([
      kpi("customers", 10),
      kpi("marginPercent", 0.3),
      kpi("revenue", 100),
      kpi("churnRate", null),
      kpi("x", 1),
      kpi("y", 2),
    ]);
    expect(chosen.map((k) => k.id)).toEqual(["revenue", "marginPercent", "customers", "x"]);
  });
});
