/**
 * The Excel double must behave like Excel where the add-in's safety and performance depend on it; these tests
 * pin those behaviours (each one is documented Office.js / Excel behaviour, cited in the double's sources).
 */
import { createExcelDouble, DoubleErrorCodes, type ExcelDoubleError } from "../fixtures/excel-double";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as ExcelDoubleError).code;
  }
  return undefined;
}

describe("Excel double: proxy model", () => {
  test("a property is readable only after load + sync (PropertyNotLoaded otherwise)", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data", values: [["a", 1]] }] });
    const range = excel.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await excel.context.sync();
    expect(range.values).toEqual([["a", 1]]);
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("operations apply only on sync; each sync is counted with its request bytes", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    excel.context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    expect(excel.inspect.getRangeValues("Data", "A1")).toEqual([[""]]);
    await excel.context.sync();
    expect(excel.inspect.getRangeValues("Data", "A1")).toEqual([["x"]]);
    expect(excel.inspect.syncCount).toBe(1);
    expect(excel.inspect.requestBytes[0]).toBeGreaterThan(0);
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject reports null", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    const missing = excel.context.workbook.worksheets.getItemOrNullObject("Nope");
    await excel.context.sync();
    expect(missing.isNullObject).toBe(true);
    excel.context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.itemNotFound);
  });

  test("a failing operation stops the batch; operations before it stay applied", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [["first"]];
    sheet.getRange("A2:B2").values = [["too", "many", "cells"]];
    sheet.getRange("A3").values = [["never"]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
    expect(excel.inspect.getRangeValues("Data", "A1:A3")).toEqual([["first"], [""], [""]]);
  });

  test("a chart axis is logarithmic only where it holds values, with a base from 2 to 1000 (ExcelApi 1.7)", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Data",
          values: [
            [1, 10],
            [2, 1000],
          ],
        },
      ],
    });
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    const scatter = sheet.charts.add("XYScatter", sheet.getRange("A1:B2"), "Columns");
    scatter.axes.categoryAxis.scaleType = "Logarithmic";
    scatter.axes.categoryAxis.logBase = 10;
    await excel.context.sync();
    expect(excel.inspect.sheet("Data").charts.map((c) => [c.xScaleType, c.xLogBase])).toEqual([
      ["Logarithmic", 10],
    ]);
    const bar = sheet.charts.add("BarClustered", sheet.getRange("A1:B2"), "Columns");
    bar.axes.categoryAxis.scaleType = "Logarithmic";
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
    scatter.axes.valueAxis.logBase = 1;
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
    (scatter.axes.valueAxis as { scaleType: string }).scaleType = "Cubic";
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
  });

  test("manual page breaks: one per row, never above row 1, all removed at once (ExcelApi 1.9)", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    const breaks = excel.context.workbook.worksheets.getItem("Data").horizontalPageBreaks;
    breaks.add("A40");
    breaks.add(excel.context.workbook.worksheets.getItem("Data").getRange("C12:D14"));
    breaks.add("B40");
    await excel.context.sync();
    expect(excel.inspect.sheet("Data").horizontalPageBreaks).toEqual([11, 39]);
    breaks.add("A1");
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
    breaks.removePageBreaks();
    await excel.context.sync();
    expect(excel.inspect.sheet("Data").horizontalPageBreaks).toEqual([]);
  });

  test("run() hands a fresh context and syncs what is left queued, like Excel.run", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").values = [[42]];
    });
    expect(excel.inspect.getRangeValues("Data", "B2")).toEqual([[42]]);
    expect(excel.inspect.syncCount).toBe(1);
  });

  test("cell-edit mode makes every request fail with InvalidOperationInCellEditMode", async () => {
    const excel = createExcelDouble();
    excel.inspect.setCellEditMode(true);
    excel.context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidOperationInCellEditMode);
    expect(excel.inspect.getRangeValues("Sheet1", "A1")).toEqual([[""]]);
  });
});

describe("Excel double: what Excel stores for values", () => {
  const write = async (input: string | number, format?: string) => {
    const excel = createExcelDouble();
    const range = excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (format) range.numberFormat = [[format]];
    range.values = [[input]];
    await excel.context.sync();
    return {
      value: excel.inspect.getRangeValues("Sheet1", "A1")[0][0],
      formulas: excel.inspect.formulasWritten,
    };
  };

  test('a string starting with "=" becomes a formula (its value is not the string)', async () => {
    const { value, formulas } = await write('=HYPERLINK("http://x","y")');
    expect(formulas.map((f) => f.formula)).toEqual(['=HYPERLINK("http://x","y")']);
    expect(value).not.toBe('=HYPERLINK("http://x","y")');
  });

  test('"+" and "@" start formulas; "+"/"-" followed by a number give numbers', async () => {
    expect((await write("+34 600 000 000")).formulas.map((f) => f.formula)).toEqual(["=+34 600 000 000"]);
    expect((await write("@SUM(A2)")).formulas).toHaveLength(1);
    expect(await write("-5")).toEqual({ value: -5, formulas: [] });
    expect(await write("+5")).toEqual({ value: 5, formulas: [] });
  });

  test("number-, boolean- and date-looking strings are converted like typed input", async () => {
    expect((await write("00123")).value).toBe(123);
    expect((await write("1,234.5")).value).toBe(1234.5);
    expect((await write("12%")).value).toBeCloseTo(0.12, 12);
    expect((await write("TRUE")).value).toBe(true);
    expect((await write("2024-03-05")).value).toBe(Date.UTC(2024, 2, 5) / 86_400_000 + 25_569);
  });

  test("the apostrophe prefix keeps text text and is not part of the value", async () => {
    expect(await write("'=1+2")).toEqual({ value: "=1+2", formulas: [] });
    expect(await write("'00123")).toEqual({ value: "00123", formulas: [] });
  });

  test('cells formatted as Text ("@") store strings verbatim', async () => {
    expect(await write("=1+2", "@")).toEqual({ value: "=1+2", formulas: [] });
  });

  test("writing a 2-D array whose size differs from the range throws InvalidArgument", async () => {
    const excel = createExcelDouble();
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1], [2]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
  });

  test("a 1×1 number format is broadcast to the whole range; other sizes must match", async () => {
    const excel = createExcelDouble();
    const sheet = excel.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B3").numberFormat = [["0.0%"]];
    await excel.context.sync();
    expect(excel.inspect.getNumberFormats("Sheet1", "A1:B3")).toEqual(
      Array.from({ length: 3 }, () => ["0.0%", "0.0%"]),
    );
    sheet.getRange("A1:B3").numberFormat = [["0", "0"]];
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
  });
});

describe("Excel double: limits", () => {
  test("a request over 5 MB is rejected before anything is applied", async () => {
    const excel = createExcelDouble();
    const sheet = excel.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["before"]];
    const big = "x".repeat(1000);
    sheet.getRange("B1:B6000").values = Array.from({ length: 6000 }, () => [big]);
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.requestPayloadSizeLimitExceeded);
    expect(excel.inspect.requests[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(excel.inspect.getRangeValues("Sheet1", "A1:B1")).toEqual([["", ""]]);
  });

  test("a response over 5 MB fails the sync", async () => {
    const big = "y".repeat(1000);
    const excel = createExcelDouble({
      sheets: [{ name: "Data", values: Array.from({ length: 6000 }, () => [big]) }],
    });
    const range = excel.context.workbook.worksheets.getItem("Data").getRange("A1:A6000");
    range.load("values");
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.responsePayloadSizeLimitExceeded);
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("getRanges refuses address lists longer than Excel accepts", async () => {
    const excel = createExcelDouble();
    const addresses = Array.from({ length: 1500 }, (_, i) => `A${2 * i + 1}`).join(",");
    expect(addresses.length).toBeGreaterThan(8192);
    excel.context.workbook.worksheets.getItem("Sheet1").getRanges(addresses).format.fill.color = "#FF0000";
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidArgument);
  });
});

describe("Excel double: workbook rules", () => {
  test("sheet names are unique case-insensitively; the last visible sheet cannot be deleted or hidden", async () => {
    const excel = createExcelDouble();
    excel.context.workbook.worksheets.add("sheet1");
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.itemAlreadyExists);
    excel.context.workbook.worksheets.getItem("Sheet1").delete();
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidOperation);
    excel.context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidOperation);
  });

  test("getSurroundingRegion finds the block bounded by blank rows and columns", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Data",
          values: [
            ["Title", "", "", ""],
            ["", "", "", ""],
            ["Name", "Sales", "", "x"],
            ["Ana", 1, "", ""],
            ["Bo", 2, "", ""],
          ],
        },
      ],
    });
    const region = excel.context.workbook.worksheets.getItem("Data").getRange("B4").getSurroundingRegion();
    region.load("address");
    await excel.context.sync();
    expect(region.address).toBe("Data!A3:B5");
  });

  test("tables cannot overlap and table names are unique in the workbook", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Data",
          values: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
    });
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    const table = sheet.tables.add("A1:B2", true);
    table.name = "Sales";
    await excel.context.sync();
    sheet.tables.add("B1:C2", true);
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.invalidOperation);
    sheet.tables.add("E1:F2", true).name = "sales";
    expect(await codeOf(excel.context.sync())).toBe(DoubleErrorCodes.itemAlreadyExists);
  });
});
