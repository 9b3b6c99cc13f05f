/**
 * The Office PaneHost against the in-memory Excel double: the sample goes in, detection finds and maps it,
 * a build writes the add-in's sheets and reports them, Cancel leaves the workbook as it was, settings are
 * remembered in the document, the add-in's own sheets are never read as data.
 */
import { createExcelDouble, type CellValue, type ExcelDouble } from "../fixtures/excel-double";
import { buildEnglishSample, buildSpanishSample } from "../../src/sample";
import { analyzeGrid } from "../../src/core/pipeline";
import { findOwnedSheets } from "../../src/office/ownership";
import { MAX_ATTRIBUTE_CELLS, readAttributeSheets } from "../../src/office/pane-workbook";
import { sampleSheetsOf } from "../../src/sample/sample-sheets";
import { createOfficePaneHost, PANE_SETTINGS_KEY } from "../../src/taskpane/office-pane-host";
import type { BuildProgress, PaneHost } from "../../src/taskpane/pane-host";
import { describeError } from "../../src/taskpane/pane-error";

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

describe("customer attributes from the workbook's other sheets", () => {
  const spanish = sampleSheetsOf(buildSpanishSample());
  const facturas = spanish.find((sheet) => sheet.name === "Facturas")!;
  const clientes = spanish.find((sheet) => sheet.name === "Clientes")!;
  /** A mutable copy, as the double's initial sheets take. */
  const cells = (grid: readonly (readonly CellValue[])[]): CellValue[][] => grid.map((row) => [...row]);

  test("the Spanish sample: Clientes is joined to Facturas in the data step and in the map", async () => {
    const excel = createExcelDouble();
    const host = hostOn(excel, "es-ES");
    await host.insertSampleData("es");
    const detected = await host.detectData();
    expect(detected.sheetName).toBe("Facturas");
    expect(detected.joinedSheets).toEqual(["Clientes"]);
    expect(detected.unreadSheets).toBeUndefined();
    expect(detected.report.warnings.map((w) => w.code)).toContain("joined-attributes");

    // What the map must contain, computed by the core alone on the sample's grids, with and without the join.
    // The cells' formats as the double shows them after inserting the sample (its money in euros).
    const numberFormats = facturas.grid.map(() =>
      (facturas.columnFormats ?? []).map((format) => format ?? "General"),
    );
    const options = {
      method: "portfolio" as const,
      lang: "es" as const,
      runAt: FIXED_NOW.toISOString(),
      numberFormats,
    };
    const joined = analyzeGrid(facturas.grid, {
      ...options,
      attributeGrids: [{ name: "Clientes", grid: clientes.grid }],
    });
    const alone = analyzeGrid(facturas.grid, options);
    const dimensions = joined.crossTabs.map((c) => c.dimension);
    expect(dimensions).toEqual(expect.arrayContaining(["region", "sector"]));
    expect(alone.crossTabs.length).toBeLessThan(joined.crossTabs.length);
    const cac = (a: typeof joined) => a.kpis.find((k) => k.id === "ltvToCac")?.value ?? null;
    expect(cac(joined)).not.toBeNull();
    expect(cac(alone)).toBeNull();

    const result = await host.build(
      { method: "portfolio", lang: "es" },
      () => undefined,
      new AbortController().signal,
    );
    expect(result.report).toEqual(joined.read.report);
    expect(result.customers).toBe(joined.read.customers.count);
    const segmentsSheet = result.sheets.find((sheet) => sheet.key === "segments")!;
    const written = excel.inspect.getSheetValues(segmentsSheet.name).flat();
    const texts = written.filter((v): v is string => typeof v === "string");
    for (const crossTab of joined.crossTabs) {
      expect(texts.some((text) => text.includes(crossTab.dimensionLabel.es))).toBe(true);
      if (crossTab.dimension === "region")
        for (const value of crossTab.values) expect(texts).toContain(value);
    }

    // After the build the add-in's own sheets exist: they are never read as attribute sheets.
    const read = await excel.run(async (context) =>
      readAttributeSheets(context, "Facturas", await findOwnedSheets(context)),
    );
    expect(read.grids.map((g) => g.name)).toEqual(["Clientes"]);
    expect(read.unread).toEqual([]);
  }, 60_000);

  test("hidden, empty and one-cell sheets are not read; sheets past the cell cap are listed as unread", async () => {
    const block = (rows: number, columns: number) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => (r === 0 ? `h${c}` : r * c)),
      );
    const excel = createExcelDouble({
      sheets: [
        { name: "Facturas", values: cells(facturas.grid) },
        { name: "Big", values: block(clientes.grid.length + 10, clientes.grid[0].length) },
        { name: "Oculta", values: block(3, 3), visibility: "Hidden" },
        { name: "Vacía" },
        { name: "Nota", values: [["solo una celda"]] },
        { name: "Clientes", values: cells(clientes.grid) },
      ],
    });
    const cap = clientes.grid.length * clientes.grid[0].length + 10;
    const read = await excel.run((context) => readAttributeSheets(context, "Facturas", [], cap));
    expect(read.grids.map((g) => g.name)).toEqual(["Clientes"]);
    // Excel gives empty cells as "".
    expect(read.grids[0].grid).toEqual(clientes.grid.map((row) => row.map((v) => v ?? "")));
    expect(read.unread).toEqual(["Big"]);
    expect(MAX_ATTRIBUTE_CELLS).toBe(2_000_000);
  });

  test("a side sheet whose ids do not match the customers is read but not joined", async () => {
    const other = clientes.grid.map((row, r) => (r === 0 ? row : [`X-${String(row[0])}`, ...row.slice(1)]));
    const excel = createExcelDouble({
      sheets: [
        { name: "Facturas", values: cells(facturas.grid) },
        { name: "Otros", values: cells(other) },
      ],
    });
    const detected = await hostOn(excel, "es-ES").detectData();
    expect(detected.joinedSheets).toEqual([]);
    expect(detected.report.warnings.map((w) => w.code)).not.toContain("joined-attributes");
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
