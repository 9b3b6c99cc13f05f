/** One list of methods: every surface reads the core's, and every alias reaches its method. */
import { METHOD_DESCRIPTORS, METHODS, isMethod } from "../../../src/core/segment/methods";
import { METHODS as PANE_METHODS } from "../../../src/taskpane/method-choices";
import { parseMethod } from "../../../src/functions/segment-options";

describe("method list", () => {
  it("holds the five methods, portfolio first (the default), with distinct ids", () => {
    expect(METHODS).toEqual(["portfolio", "rfm", "clusters", "lifecycle", "abc"]);
    expect(new Set(METHODS).size).toBe(METHODS.length);
  });

  it("is the very list the pane shows", () => {
    expect(PANE_METHODS).toBe(METHODS);
  });

  it("lets CMAP.SEGMENT name every method by id or alias, in any case and with accents", () => {
    for (const method of METHOD_DESCRIPTORS) {
      for (const name of [method.id, method.id.toUpperCase(), ...method.aliases]) {
        expect(parseMethod(name)).toBe(method.id);
      }
    }
    expect(parseMethod("Ciclo de Vida")).toBe("lifecycle");
    expect(parseMethod("CLÚSTERES")).toBe("clusters");
    expect(typeof parseMethod("nonsense")).toBe("object");
  });

  it("recognises only listed ids", () => {
    expect(METHODS.every(isMethod)).toBe(true);
    expect(isMethod("pareto")).toBe(false);
    expect(isMethod(undefined)).toBe(false);
  });
});
