/** Finding and reading the customer data, against the Excel double. */
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import { readSource } from "../../src/office/read-source";

const table: CellValue[][] = [
  ["Cliente", "Ventas", "Fecha"],
  ["Ana", 10, 45000],
  ["Bo", 20, 45001],
];

test("the current region around the selection is read with its number formats", async () => {
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
  expect(source.address).toBe("Datos!B5:D7");
  expect(source.grid).toEqual(table);
  expect(source.numberFormats).toEqual([
    ["General", "General", "General"],
    ["General", "#,##0", "dd/mm/yyyy"],
    ["General", "#,##0", "dd/mm/yyyy"],
  ]);
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
