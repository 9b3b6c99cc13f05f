import { CoreError } from "../../src/core/errors";
import { ExcelHostError } from "../../src/office/excel-errors";
import { abortError, describeError } from "../../src/taskpane/pane-error";

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
