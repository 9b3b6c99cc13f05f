/** The shared small helpers: column letters, template fill, capitalize, Excel serials. */
import { dateToExcelSerial, EXCEL_SERIAL_OF_EPOCH } from "../../src/core/excel-serial";
import { capitalize, columnLetters, fillLocalized, fillTemplate } from "../../src/core/text";

describe("core text helpers", () => {
  it("names columns like Excel: A..Z, AA.., AZ, BA, ZZ, AAA", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fillTemplate("{n} of {total} rows ({missing})", { n: 3, total: 10 })).toBe(
      "3 of 10 rows ({missing})",
    );
    expect(fillTemplate("{toString}", {})).toBe("{toString}");
    expect(fillLocalized({ en: "{n} rows", es: "{n} filas" }, { n: 2 })).toEqual({
      en: "2 rows",
      es: "2 filas",
    });
  });

  it("capitalizes the first letter only", () => {
    expect(capitalize("champions")).toBe("Champions");
    expect(capitalize("margen %")).toBe("Margen %");
    expect(capitalize("")).toBe("");
  });

  it("converts dates to Excel serials (1900 system)", () => {
    expect(EXCEL_SERIAL_OF_EPOCH).toBe(25569);
    expect(dateToExcelSerial(new Date(Date.UTC(2025, 0, 15)))).toBe(45672);
    expect(dateToExcelSerial(new Date(Date.UTC(2025, 0, 15, 12)))).toBe(45672.5);
  });
});
