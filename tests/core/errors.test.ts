import { CoreError, isCoreError } from "../../src/core/errors";

describe("CoreError", () => {
  it("carries a code and a message in both languages", () => {
    const error = new CoreError(
      "bad-margin",
      { en: "margin is wrong", es: "el margen es incorrecto" },
      "Margen",
    );
    expect(isCoreError(error)).toBe(true);
    expect(error.message).toBe("margin is wrong");
    expect(error.messageIn("es")).toBe("el margen es incorrecto");
    expect(error.where).toBe("Margen");
  });
  it("is not confused with other errors", () => {
    expect(isCoreError(new Error("x"))).toBe(false);
  });
});
