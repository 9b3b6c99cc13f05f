/** The optional segment column: only into empty cells, never over the user's data; replaced on re-run. */
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import { writeSegmentColumn } from "../../src/office/write-segment-column";

const table: CellValue[][] = [
  ["Cliente", "Ventas"],
  ["Ana", 10],
  ["Bo", 20],
  ["=Eve", 30],
];

test("writes the header and values into the empty column beside the table, with fills per segment", async () => {
  const excel = createExcelDouble({ sheets: [{ name: "Datos", values: table.map((r) => [...r]) }] });
  const result = await excel.run((c) =>
    writeSegmentColumn(c, {
      address: "Datos!A1:B4",
      header: "Segmento",
      values: ["VIP", "=Riesgo", "VIP"],
      fills: [
        { fill: "#00FF00", fontColor: "#000000", rows: [0, 2] },
        { fill: "#FF0000", fontColor: "#FFFFFF", rows: [1] },
      ],
    }),
  );
  expect(result.address).toBe("Datos!C1:C4");
  expect(excel.inspect.getRangeValues("Datos", "A1:C4")).toEqual([
    ["Cliente", "Ventas", "Segmento"],
    ["Ana", 10, "VIP"],
    ["Bo", 20, "=Riesgo"],
    ["=Eve", 30, "VIP"],
  ]);
  expect(excel.inspect.formulasWritten).toEqual([]);
  expect(excel.inspect.getCellFormat("Datos", "C3").fillColor).toBe("#FF0000");
  expect(excel.inspect.getCellFormat("Datos", "C4").fillColor).toBe("#00FF00");
  // Bold header + (fill, font color) per segment group: never one operation per cell.
  expect(excel.inspect.sheet("Datos").formatOperations).toBe(1 + 2 * 2);
});

test("refuses, naming the cell, when the column beside the table is not empty; nothing is written", async () => {
  const values = table.map((r, i) => (i === 2 ? [...r, "nota"] : [...r, ""]));
  const excel = createExcelDouble({ sheets: [{ name: "Datos", values }] });
  const before = excel.inspect.getSheetValues("Datos");
  await expect(
    excel.run((c) =>
      writeSegmentColumn(c, { address: "Datos!A1:B4", header: "Segmento", values: ["a", "b", "c"] }),
    ),
  ).rejects.toMatchObject({
    code: "excel/segment-column-not-empty",
    where: "C3",
    localized: { en: expect.stringContaining('cell C3 holds "nota"'), es: expect.stringContaining("C3") },
  });
  expect(excel.inspect.getSheetValues("Datos")).toEqual(before);
});

test("a re-run replaces the column it wrote before instead of refusing", async () => {
  const excel = createExcelDouble({ sheets: [{ name: "Datos", values: table.map((r) => [...r]) }] });
  const request = { address: "Datos!A1:B4", header: "Segmento", values: ["a", "b", "c"] };
  await excel.run((c) => writeSegmentColumn(c, request));
  await excel.run((c) => writeSegmentColumn(c, { ...request, values: ["x", "y", "z"] }));
  expect(excel.inspect.getRangeValues("Datos", "C1:C4")).toEqual([["Segmento"], ["x"], ["y"], ["z"]]);
});

test("the number of values must match the table's data rows", async () => {
  const excel = createExcelDouble({ sheets: [{ name: "Datos", values: table.map((r) => [...r]) }] });
  await expect(
    excel.run((c) => writeSegmentColumn(c, { address: "Datos!A1:B4", header: "S", values: ["a"] })),
  ).rejects.toMatchObject({ code: "office/segment-column-size" });
});
