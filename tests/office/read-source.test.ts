/** Finding and reading the customer data, against the Excel double. */
import fc from "fast-check";
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import {
  extendRegionAcrossBlankRows,
  MAX_BRIDGED_BLANK_ROWS,
  readSource,
} from "../../src/office/read-source";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";

const table: CellValue[][] = [
  ["Cliente", "Ventas", "Fecha"],
  ["Ana", 10, 45000],
  ["Bo", 20, 45001],
];

test("the block around the selection is read with its number formats, title rows included", async () => {
  // "Informe" is a title one blank row above the header: the region is extended across that blank row and
  // the core finds the header under the title.
  const excel = createExcelDouble({
    sheets: [
      {
        name: "Datos",
        at: "B3",
        values: [["Informe"], [""], ...table.map((r) => r)].map((r) => (r.length === 3 ? r : [r[0], "", ""])),
        numberFormats: [[], [], [], [null, "#,##0", "dd/mm/yyyy"], [null, "#,##0", "dd/mm/yyyy"]],
      },
    ],
    selection: "C6",
  });
  const source = await excel.run((c) => readSource(c));
  expect(source.kind).toBe("region");
  expect(source.address).toBe("Datos!B3:D7");
  expect(source.grid).toEqual([["Informe", "", ""], ["", "", ""], ...table]);
  expect(source.numberFormats).toEqual([
    ["General", "General", "General"],
    ["General", "General", "General"],
    ["General", "General", "General"],
    ["General", "#,##0", "dd/mm/yyyy"],
    ["General", "#,##0", "dd/mm/yyyy"],
  ]);
  expect(readCustomerGrid(source.grid).table.headerRow).toBe(2);
});

describe("a messy sheet: title row, blank row in the middle, totals row", () => {
  const header: CellValue[] = ["Cliente", "Ventas", "Región"];
  const top: CellValue[][] = [
    ["Ana", 100, "Norte"],
    ["Bo", 200, "Sur"],
    ["Cai", 300, "Este"],
  ];
  const bottom: CellValue[][] = [
    ["Dan", 400, "Oeste"],
    ["Eva", 500, "Norte"],
  ];
  const values: CellValue[][] = [
    ["Ventas por cliente 2024", "", ""],
    ["", "", ""],
    header,
    ...top,
    ["", "", ""],
    ...bottom,
    ["Total", 1500, ""],
  ];
  // A block beside the data, past a blank column, that must not be read; and notes far below.
  const sheet: CellValue[][] = values.map((row, i) => [
    ...row,
    "",
    i === 2 ? "Objetivo" : i === 3 ? 9000 : "",
  ]);
  for (let i = 0; i < MAX_BRIDGED_BLANK_ROWS + 1; i++) sheet.push(["", "", "", "", ""]);
  sheet.push(["Fuente: ERP", "", "", "", ""]);

  test.each([
    ["a cell in the upper part", "B5"],
    ["a cell in the lower part", "A10"],
    ["the header", "C3"],
  ])("selecting %s reads every data row; the core counts 1 blank and 1 totals row", async (_, selection) => {
    const excel = createExcelDouble({ sheets: [{ name: "Ventas", values: sheet }], selection });
    const source = await excel.run((c) => readSource(c));
    expect(source.kind).toBe("region");
    expect(source.address).toBe("Ventas!A1:C10");
    expect(source.grid).toEqual(values);
    const read = readCustomerGrid(source.grid, { numberFormats: source.numberFormats });
    expect(read.customers.count).toBe(top.length + bottom.length);
    expect([...read.customers.ids].sort()).toEqual([...top, ...bottom].map((r) => r[0]).sort());
    const skipped = Object.fromEntries(read.report.skipped.map((s) => [s.reason, s.rows]));
    expect(skipped).toEqual({ blank: 1, "totals-row": 1 });
    expect(read.report.rowsUsed).toBe(top.length + bottom.length);
  });
});

describe("extendRegionAcrossBlankRows", () => {
  const x = "x";
  test("bridges gaps up to the limit, stops at a wider gap and at blank columns", () => {
    const grid: CellValue[][] = [
      [x, x, "", x],
      ["", "", "", x],
      [x, x, "", ""],
      [x, x, "", x],
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "", ""],
      [x, "", "", ""],
    ];
    const region = { row: 2, column: 0, rows: 2, columns: 2 };
    expect(extendRegionAcrossBlankRows(grid, region, 1)).toEqual({ row: 0, column: 0, rows: 4, columns: 2 });
    expect(extendRegionAcrossBlankRows(grid, region, 2)).toEqual({ row: 0, column: 0, rows: 4, columns: 2 });
    expect(extendRegionAcrossBlankRows(grid, region, 3)).toEqual({ row: 0, column: 0, rows: 8, columns: 2 });
    expect(extendRegionAcrossBlankRows(grid, region, 0)).toEqual(region);
  });

  test("new rows can bring in new columns, which bring in more rows", () => {
    const grid: CellValue[][] = [
      ["", "", x],
      ["", "", x],
      [x, x, x],
      [x, x, ""],
      ["", "", ""],
      [x, x, ""],
    ];
    expect(extendRegionAcrossBlankRows(grid, { row: 5, column: 0, rows: 1, columns: 2 }, 1)).toEqual({
      row: 0,
      column: 0,
      rows: 6,
      columns: 3,
    });
  });

  test("the result always contains the region and only grows into non-blank rows and columns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.nat(11),
        fc.nat(4),
        fc.nat(3),
        (cells, r, c, gap) => {
          const grid: CellValue[][] = cells.map((row) => row.map((on) => (on ? 1 : "")));
          const region = { row: r % grid.length, column: c, rows: 1, columns: 1 };
          const out = extendRegionAcrossBlankRows(grid, region, gap);
          expect(out.row).toBeLessThanOrEqual(region.row);
          expect(out.column).toBeLessThanOrEqual(region.column);
          expect(out.row + out.rows).toBeGreaterThanOrEqual(region.row + 1);
          expect(out.column + out.columns).toBeGreaterThanOrEqual(region.column + 1);
          // Maximal: the rows within `gap + 1` past each edge and the adjacent columns are blank in the block.
          const blankRow = (i: number) =>
            i < 0 ||
            i >= grid.length ||
            grid[i].slice(out.column, out.column + out.columns).every((v) => v === "");
          for (let k = 1; k <= gap + 1; k++) {
            expect(blankRow(out.row - k)).toBe(true);
            expect(blankRow(out.row + out.rows - 1 + k)).toBe(true);
          }
          for (const col of [out.column - 1, out.column + out.columns]) {
            if (col < 0 || col >= 5) continue;
            for (let i = out.row; i < out.row + out.rows; i++) expect(grid[i][col]).toBe("");
          }
        },
      ),
      { seed: 20250115, numRuns: 300 },
    );
  });
});

test("the Excel table containing the selection wins", async () => {
  const excel = createExcelDouble({
    sheets: [{ name: "Datos", values: [...table, ["", "", ""], ["x", "y", ""], [1, 2, ""]] }],
    tables: [
      { sheet: "Datos", name: "Small", address: "A5:B6" },
      { sheet: "Datos", name: "Clientes", address: "A1:C3" },
    ],
    selection: "B2",
  });
  const source = await excel.run((c) => readSource(c));
  expect([source.kind, source.tableName, source.address]).toEqual(["table", "Clientes", "Datos!A1:C3"]);
  expect(source.grid).toEqual(table);
});

test("with the selection on an empty cell, the largest table of the sheet is read", async () => {
  const excel = createExcelDouble({
    sheets: [{ name: "Datos", values: [...table, ["", "", ""], ["x", "y", ""], [1, 2, ""]] }],
    tables: [
      { sheet: "Datos", name: "Small", address: "A5:B6" },
      { sheet: "Datos", name: "Clientes", address: "A1:C3" },
    ],
    selection: "H20",
  });
  const source = await excel.run((c) => readSource(c));
  expect([source.kind, source.tableName]).toEqual(["table", "Clientes"]);
});

test("without tables or region, the used range is read; an empty sheet gets a clear message", async () => {
  const used = createExcelDouble({ sheets: [{ name: "Datos", values: [["solo"]] }], selection: "F9" });
  const source = await used.run((c) => readSource(c));
  expect([source.kind, source.address, source.grid]).toEqual(["used-range", "Datos!A1", [["solo"]]]);

  const empty = createExcelDouble({ sheets: [{ name: "Vacía" }] });
  await expect(empty.run((c) => readSource(c))).rejects.toMatchObject({
    code: "excel/no-data",
    localized: {
      en: expect.stringContaining('Sheet "Vacía" is empty'),
      es: expect.stringContaining("está vacía"),
    },
  });
});

test("a 2-million-cell source is read in blocks under 5 million cells and 5 MB per request", async () => {
  const rows = 200_000;
  const columns = 10;
  const values: CellValue[][] = [Array.from({ length: columns }, (_, j) => `Col ${j}`)];
  for (let i = 1; i < rows; i++) {
    const row: CellValue[] = new Array(columns);
    for (let j = 0; j < columns; j++) row[j] = j === 0 ? `Customer ${i}` : i * 10 + j + 0.25;
    values.push(row);
  }
  const excel = createExcelDouble({ sheets: [{ name: "Big", values }], selection: "A1" });
  const source = await excel.run((c) => readSource(c));
  expect(source.grid.length).toBe(rows);
  expect(source.grid[0]).toEqual(values[0]);
  expect(source.grid[123_456]).toEqual(values[123_456]);
  expect(source.grid[rows - 1]).toEqual(values[rows - 1]);
  const reads = excel.inspect.requests.filter((r) => r.cellPropertiesRead > 0);
  expect(reads.length).toBeGreaterThan(1);
  expect(reads.every((r) => r.cellPropertiesRead < 5_000_000 && r.responseBytes < 5 * 1024 * 1024)).toBe(
    true,
  );
  expect(reads.every((r) => r.failedWith === undefined)).toBe(true);
  expect(source.syncCount).toBe(excel.inspect.syncCount);
}, 60_000);

test("a block that Excel still refuses as too large is halved and retried", async () => {
  // Short rows first (they size the blocks), long rows after: the second block overflows and is split.
  const values: CellValue[][] = [["h1", "h2"]];
  for (let i = 0; i < 3000; i++) values.push([i, i < 2000 ? "a" : "b".repeat(6000)]);
  const excel = createExcelDouble({ sheets: [{ name: "Mixed", values }] });
  const source = await excel.run((c) => readSource(c));
  expect(source.grid).toEqual(values);
  expect(excel.inspect.requests.some((r) => r.failedWith === "ResponsePayloadSizeLimitExceeded")).toBe(true);
}, 60_000);
