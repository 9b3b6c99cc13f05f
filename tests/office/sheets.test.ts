/** Activating sheets and inserting the sample data, against the Excel double. */
import { createExcelDouble, type CellValue } from "../fixtures/excel-double";
import { activateSheet } from "../../src/office/activate-sheet";
import { insertSampleSheets } from "../../src/office/insert-sample";

test("activateSheet activates by name, and explains missing or hidden sheets", async () => {
  const excel = createExcelDouble({
    sheets: [{ name: "Datos" }, { name: "Mapa" }, { name: "CMAP history", visibility: "Hidden" }],
  });
  await excel.run((c) => activateSheet(c, "Mapa"));
  expect(excel.inspect.activeSheetName()).toBe("Mapa");
  await expect(excel.run((c) => activateSheet(c, "Borrada"))).rejects.toMatchObject({
    code: "excel/sheet-missing",
  });
  await expect(excel.run((c) => activateSheet(c, "CMAP history"))).rejects.toMatchObject({
    code: "excel/sheet-hidden",
  });
});

test("sample sheets go to free names, never over the user's sheets, and text stays text", async () => {
  const mine: CellValue[][] = [["mis datos"]];
  const excel = createExcelDouble({ sheets: [{ name: "Clientes", values: mine }] });
  const grid: CellValue[][] = [
    ["Cliente", "Teléfono", "Ventas", "Fecha"],
    ["=Acme", "+34 600 000 000", 1200.5, 45000],
    ["Beta", "-", 80, 45001],
  ];
  const result = await excel.run((c) =>
    insertSampleSheets(c, [
      {
        name: "Clientes",
        grid,
        columnFormats: [null, null, "#,##0.00", "dd/mm/yyyy"],
        columnWidths: [20, 18],
        tableName: "Muestra",
      },
      { name: "Ventas", grid: [["a"], [1]] },
    ]),
  );
  expect(result.names).toEqual(["Clientes (b)", "Ventas"]);
  expect(excel.inspect.getSheetValues("Clientes")).toEqual(mine);
  expect(excel.inspect.getSheetValues("Clientes (b)")).toEqual(grid);
  expect(excel.inspect.formulasWritten).toEqual([]);
  expect(excel.inspect.tables().map((t) => [t.name, t.address])).toEqual([
    ["Muestra", "'Clientes (b)'!A1:D3"],
  ]);
  expect(excel.inspect.getNumberFormats("Clientes (b)", "C2:D2")).toEqual([["#,##0.00", "dd/mm/yyyy"]]);
  expect(excel.inspect.activeSheetName()).toBe("Clientes (b)");
  expect(result.syncCount).toBe(2);
});
