/**
 * The optional segment column through the Office PaneHost on the Excel double: written right of the user's
 * table after the sheets (header, one value per data row aligned by customer id, fills per segment), never over
 * a non-empty column (the map is still built and the result carries the warning), absent when not asked for.
 */
import { createExcelDouble, type ExcelDouble } from "../fixtures/excel-double";
import { analyzeGrid } from "../../src/core/pipeline";
import type { Grid } from "../../src/core/types";
import { a1, columnName, parseA1 } from "../../src/office/a1";
import { createOfficePaneHost } from "../../src/taskpane/office-pane-host";
import type { BuildOptions, DetectedData, PaneHost } from "../../src/taskpane/pane-host";

const FIXED_NOW = new Date("2025-01-15T10:00:00Z");

function hostOn(excel: ExcelDouble): PaneHost {
  return createOfficePaneHost({
    run: (batch) => excel.run(batch),
    displayLanguage: "es-ES",
    now: () => FIXED_NOW,
    subscribeSelection: () => () => undefined,
  });
}

const build = (host: PaneHost, options: Partial<BuildOptions> = {}) =>
  host.build({ method: "abc", lang: "es", ...options }, () => undefined, new AbortController().signal);

/** The Spanish sample (invoice lines under a title row, a blank row and a totals row), detected. */
async function spanishSample(): Promise<{ excel: ExcelDouble; host: PaneHost; detected: DetectedData }> {
  const excel = createExcelDouble();
  const host = hostOn(excel);
  await host.insertSampleData("es");
  const detected = await host.detectData();
  return { excel, host, detected };
}

/**
 * What the column must hold, computed independently: the core analysis of the same cells, then for each row
 * from the table's header to its last row, the segment of the customer whose id the row carries (ids.indexOf).
 */
function expectedColumn(excel: ExcelDouble, detected: DetectedData) {
  const { rect } = parseA1(detected.address);
  const range = a1(rect);
  const grid = excel.inspect.getRangeValues(detected.sheetName, range) as Grid;
  const numberFormats = excel.inspect.getNumberFormats(detected.sheetName, range);
  const analysis = analyzeGrid(grid, {
    method: "abc",
    lang: "es",
    numberFormats,
    runAt: FIXED_NOW.toISOString(),
  });
  const { table, mapping, customers } = analysis.read;
  const id = mapping.find((m) => m.role === "customerId")!;
  const { segments, assignment } = analysis.segmentation;
  const rows: { value: string; color: string | null }[] = [];
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
    const cell = grid[r][table.firstColumn + id.column];
    const index = cell === null || cell === "" ? -1 : customers.ids.indexOf(String(cell).trim());
    const segment = index < 0 ? null : segments[assignment[index]];
    rows.push({ value: segment ? segment.name.es : "", color: segment ? segment.color : null });
  }
  const column = rect.column + table.lastColumn + 1;
  return {
    letter: columnName(column),
    headerRow: rect.row + table.headerRow,
    lastRow: rect.row + table.lastRow,
    rows,
    segmentsPresent: new Set(rows.filter((r) => r.color).map((r) => r.color)).size,
  };
}

test("option on: the column right of the data has the header and one segment per row, filled by segment", async () => {
  const { excel, host, detected } = await spanishSample();
  const sourceBefore = excel.inspect.getRangeValues(detected.sheetName, a1(parseA1(detected.address).rect));
  const formatsBefore = excel.inspect.sheet(detected.sheetName).formatOperations;
  const expected = expectedColumn(excel, detected);
  expect(expected.rows.some((r) => r.value === "")).toBe(true); // blank and totals rows
  expect(expected.segmentsPresent).toBeGreaterThan(1);
  expect(expected.rows.length).toBeGreaterThan(1000);

  const result = await build(host, { segmentColumn: true });
  const address = `${expected.letter}${expected.headerRow + 1}:${expected.letter}${expected.lastRow + 1}`;
  expect(result.segmentColumnAddress).toBe(`${detected.sheetName}!${address}`);
  expect(result.segmentColumnWarning).toBeUndefined();
  const written = excel.inspect.getRangeValues(detected.sheetName, address).map((row) => row[0]);
  expect(written).toEqual(["Segmento (ABC / Pareto)", ...expected.rows.map((r) => r.value)]);
  // The user's cells are untouched.
  expect(excel.inspect.getRangeValues(detected.sheetName, a1(parseA1(detected.address).rect))).toEqual(
    sourceBefore,
  );
  // Fills by segment: each segmented row has its segment's color; one bold + (fill, font) per segment group.
  expected.rows.forEach((row, i) => {
    if (row.color)
      expect(
        excel.inspect.getCellFormat(detected.sheetName, `${expected.letter}${expected.headerRow + 2 + i}`)
          .fillColor,
      ).toBe(row.color);
  });
  // Fills go per segment (areas lists of a few hundred cells each), never per cell.
  const formatOperations = excel.inspect.sheet(detected.sheetName).formatOperations - formatsBefore;
  expect(formatOperations).toBeGreaterThanOrEqual(1 + 2 * expected.segmentsPresent);
  expect(formatOperations).toBeLessThan(expected.rows.length / 20);
  expect(result.sheets.length).toBeGreaterThanOrEqual(4);

  // Read again: the column the add-in wrote is not the user's data, and a re-run writes it in place.
  const again = await host.detectData();
  expect(again.address).toBe(detected.address);
  expect(again.columns).toBe(detected.columns);
  const rerun = await build(host, { segmentColumn: true });
  expect(rerun.segmentColumnWarning).toBeUndefined();
  expect(rerun.segmentColumnAddress).toBe(result.segmentColumnAddress);
  const next = columnName(parseA1(address).rect.column + 1);
  expect(
    excel.inspect
      .getRangeValues(detected.sheetName, `${next}${expected.headerRow + 1}:${next}${expected.lastRow + 1}`)
      .every((row) => row[0] === ""),
  ).toBe(true);
});

test("occupied column: the sheets are still built, the result warns naming the column, nothing is overwritten", async () => {
  // An Excel table A1:C10 with a note in D5, right beside it: the column the segment would go into.
  const values = [
    ["Cliente", "Ventas", "Margen", ""],
    ["Acme", 12000, 0.3, ""],
    ["Bolt", 800, 0.1, ""],
    ["Cora", 4500, 0.25, ""],
    ["Dune", 300, 0.05, "nota"],
    ["Echo", 9000, 0.4, ""],
    ["Faro", 150, 0.2, ""],
    ["Gala", 2600, 0.15, ""],
    ["Hita", 700, 0.35, ""],
    ["Iris", 5100, 0.22, ""],
  ];
  const excel = createExcelDouble({
    sheets: [{ name: "Datos", values }],
    tables: [{ sheet: "Datos", name: "Ventas", address: "A1:C10" }],
    selection: "B3",
  });
  const host = hostOn(excel);
  const detected = await host.detectData();
  expect(detected.source).toBe("table");
  expect(detected.address).toBe("Datos!A1:C10");
  const before = excel.inspect.getSheetValues("Datos");
  const result = await build(host, { segmentColumn: true });
  expect(result.segmentColumnAddress).toBeUndefined();
  expect(result.segmentColumnWarning?.en).toContain(
    'Column D next to your table is not empty (cell D5 holds "nota")',
  );
  expect(result.segmentColumnWarning?.en).toContain("clear that column or insert an empty column");
  expect(result.segmentColumnWarning?.es).toContain("La columna D junto a su tabla no está vacía");
  expect(excel.inspect.getSheetValues("Datos")).toEqual(before);
  // The map's sheets were written all the same.
  expect(result.sheets.length).toBeGreaterThanOrEqual(4);
  const names = excel.inspect.sheetNames();
  for (const sheet of result.sheets) expect(names).toContain(sheet.name);
});

test("an Excel table with an empty column beside it gets its segment column", async () => {
  const values = [
    ["Cliente", "Ventas"],
    ["Acme", 12000],
    ["Bolt", 800],
    ["Cora", 4500],
    ["Dune", 300],
    ["Echo", 9000],
  ];
  const excel = createExcelDouble({
    sheets: [{ name: "Datos", values: values.map((r) => [...r]) }],
    tables: [{ sheet: "Datos", name: "Ventas", address: "A1:B6" }],
    selection: "A2",
  });
  const host = hostOn(excel);
  await host.detectData();
  const result = await build(host, { segmentColumn: true, lang: "en" });
  expect(result.segmentColumnAddress).toBe("Datos!C1:C6");
  const analysis = analyzeGrid(values, { method: "abc", lang: "en", runAt: FIXED_NOW.toISOString() });
  const { segments, assignment } = analysis.segmentation;
  const expected = values
    .slice(1)
    .map((row) => [segments[assignment[analysis.read.customers.ids.indexOf(String(row[0]))]].name.en]);
  expect(excel.inspect.getRangeValues("Datos", "C1:C6")).toEqual([["Segment (ABC / Pareto)"], ...expected]);
  expect(excel.inspect.getRangeValues("Datos", "A1:B6")).toEqual(values);
});

test("option off: no column is written", async () => {
  const { excel, host, detected } = await spanishSample();
  const expected = expectedColumn(excel, detected);
  const before = excel.inspect.getSheetValues(detected.sheetName);
  const result = await build(host);
  expect(result.segmentColumnAddress).toBeUndefined();
  expect(result.segmentColumnWarning).toBeUndefined();
  expect(excel.inspect.getSheetValues(detected.sheetName)).toEqual(before);
  expect(
    excel.inspect
      .getRangeValues(detected.sheetName, `${expected.letter}1:${expected.letter}${expected.lastRow + 1}`)
      .every((row) => row[0] === ""),
  ).toBe(true);
});
