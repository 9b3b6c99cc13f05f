import { CoreError } from "../../src/core/errors";
import { ExcelHostError } from "../../src/office/excel-errors";
import { abortError, describeError } from "../../src/taskpane/pane-error";
import { formatShare, formatValue } from "../../src/taskpane/format-number";

describe("describeError", () => {
  test("core errors keep both languages and the column", () => {
    const error = new CoreError("bad", { en: "E", es: "S" }, "Ventas");
    expect(describeError(error)).toEqual({
      kind: "core",
      code: "bad",
      message: { en: "E", es: "S" },
      where: "Ventas",
    });
  });
  test("an abort and the Office layer's cancel are both a Cancel", () => {
    expect(describeError(abortError())).toEqual({ kind: "cancelled" });
    expect(describeError(new ExcelHostError("excel/cancelled", { en: "c", es: "c" }))).toEqual({
      kind: "cancelled",
    });
  });
  test("anything else is unexpected, with its message", () => {
    expect(describeError(new Error("boom"))).toEqual({ kind: "unexpected", detail: "boom" });
    expect(describeError("text")).toEqual({ kind: "unexpected", detail: "text" });
  });
});

describe("formatValue", () => {
  test("missing numbers are never shown as 0", () => {
    expect(formatValue(null, "money", "en", "n/a")).toBe("n/a");
    expect(formatValue(Number.NaN, "percent", "es", "n/d")).toBe("n/d");
  });
  test("money, percent and shares in each language", () => {
    expect(formatValue(12345.6, "money", "en")).toBe("12,346");
    expect(formatValue(12345.6, "money", "es")).toBe("12.346");
    expect(formatValue(0.252, "percent", "en")).toBe("25.2%");
    expect(formatShare(0.5, "es")).toMatch(/^50\s%$/);
  });
});
