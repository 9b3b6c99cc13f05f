/** The one Excel.run wrapper: results pass through, every failure becomes a typed, bilingual error. */
import fc from "fast-check";
import { createExcelDouble } from "../fixtures/excel-double";
import { CoreError, isCoreError } from "../../src/core/errors";
import { runExcel, officeRunner } from "../../src/office/excel-run";
import { ExcelHostError, toExcelHostError } from "../../src/office/excel-errors";

test("the batch's result is returned", async () => {
  const excel = createExcelDouble();
  await expect(runExcel(async () => 42, excel.run)).resolves.toBe(42);
});

test("cell-edit mode becomes the bilingual 'press Enter or Esc' error, keeping Excel's code", async () => {
  const excel = createExcelDouble();
  excel.inspect.setCellEditMode(true);
  const failure = runExcel(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
    await context.sync();
  }, excel.run);
  await expect(failure).rejects.toBeInstanceOf(ExcelHostError);
  await expect(failure).rejects.toMatchObject({
    code: "excel/cell-edit-mode",
    hostCode: "InvalidOperationInCellEditMode",
    localized: {
      en: "The workbook is in cell-edit mode: press Enter or Esc and try again.",
      es: "El libro está en modo de edición de celda: pulse Intro o Esc y vuelva a intentarlo.",
    },
  });
});

test("a missing sheet maps to item-not-found naming where it failed", async () => {
  const excel = createExcelDouble();
  const failure = runExcel(async (context) => {
    context.workbook.worksheets.getItem("Gone").getRange("A1").values = [[1]];
    await context.sync();
  }, excel.run);
  await expect(failure).rejects.toMatchObject({ code: "excel/item-not-found", hostCode: "ItemNotFound" });
});

test("CoreErrors thrown by our own code pass through unchanged", async () => {
  const ours = new CoreError("read/empty", { en: "Empty", es: "Vacío" });
  const excel = createExcelDouble();
  await expect(runExcel(async () => Promise.reject(ours), excel.run)).rejects.toBe(ours);
});

test("outside Excel the default runner fails with a typed error, not a ReferenceError", async () => {
  await expect(runExcel(async () => 1, officeRunner)).rejects.toMatchObject({ code: "excel/not-in-excel" });
});

test("any thrown value maps to a CoreError with both languages and keeps the original", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.record({ code: fc.string(), message: fc.string() }),
        fc.constant(null),
        fc.integer(),
        fc.constant(new TypeError("boom")),
      ),
      (thrown) => {
        const mapped = toExcelHostError(thrown);
        expect(isCoreError(mapped)).toBe(true);
        expect(mapped.localized.en.length).toBeGreaterThan(0);
        expect(mapped.localized.es.length).toBeGreaterThan(0);
        expect((mapped as ExcelHostError).original).toBe(thrown);
      },
    ),
    { seed: 7, numRuns: 200 },
  );
});
