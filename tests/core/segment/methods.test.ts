/** The method registry: one list every surface reads, descriptors that agree with what their method does. */
import { CoreError } from "../../../src/core/errors";
import { analyzeGrid } from "../../../src/core/pipeline";
import {
  BUILT_IN_METHODS,
  DEFAULT_METHOD,
  METHOD_DESCRIPTORS,
  METHODS,
  isMethod,
  methodNamed,
  methodOf,
  registerMethod,
} from "../../../src/core/segment/methods";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";
import { createCustomerData } from "../../../src/core/customer-data";
import { buildEnglishSample } from "../../../src/sample";
import { sampleSheetsOf } from "../../../src/sample/sample-sheets";
import { METHODS as PANE_METHODS } from "../../../src/taskpane/method-choices";
import { parseMethod } from "../../../src/functions/segment-options";

const SAMPLE = sampleSheetsOf(buildEnglishSample())[0].grid;
const RUN_AT = "2025-01-15T10:00:00Z";

describe("method list", () => {
  it("holds the five built-in methods, portfolio first (the default), with distinct ids", () => {
    expect(METHODS).toEqual(["portfolio", "rfm", "clusters", "lifecycle", "abc"]);
    expect(METHODS).toEqual(BUILT_IN_METHODS.map((method) => method.id));
    expect(new Set(METHODS).size).toBe(METHODS.length);
    expect(DEFAULT_METHOD).toBe("portfolio");
  });

  it("is the very list the pane shows", () => {
    expect(PANE_METHODS).toBe(METHODS);
  });

  it("lets CMAP.SEGMENT name every method by id, formula name or alias, in any case and with accents", () => {
    for (const method of METHOD_DESCRIPTORS) {
      const names = [
        method.id,
        method.id.toUpperCase(),
        method.argument.en,
        method.argument.es,
        ...method.aliases,
      ];
      for (const name of names) expect([name, parseMethod(name)]).toEqual([name, method.id]);
    }
    expect(parseMethod("Ciclo de Vida")).toBe("lifecycle");
    expect(parseMethod("CLÚSTERES")).toBe("clusters");
    expect(parseMethod("")).toBe("portfolio");
    expect(parseMethod("nonsense")).toEqual({
      en: 'Unknown method "nonsense". Use portfolio, rfm, clusters, lifecycle or abc.',
      es: 'Método desconocido "nonsense". Use cartera, rfm, grupos, ciclo de vida o abc.',
    });
    expect(methodNamed("k means")).toBe(methodOf("clusters"));
  });

  it("recognises only registered ids", () => {
    expect(METHODS.every(isMethod)).toBe(true);
    expect(isMethod("pareto")).toBe(false);
    expect(isMethod(undefined)).toBe(false);
    expect(() => methodOf("pareto")).toThrow(
      /Unknown segmentation method "pareto"\. Use portfolio, .* or abc\./,
    );
  });
});

describe("registerMethod", () => {
  const toy = { ...methodOf("abc"), id: "toy", aliases: [], argument: { en: "toy", es: "juguete" } };

  it("refuses an id or a name another method already has, and ids that are not plain", () => {
    for (const clash of [
      { ...toy, id: "abc" },
      { ...toy, aliases: ["Pareto"] },
      { ...toy, argument: { en: "toy", es: "Cartera" } },
      { ...toy, id: "Toy Method" },
    ]) {
      expect(() => registerMethod(clash)).toThrow(CoreError);
    }
    expect(METHODS).toHaveLength(5);
  });
});

describe("each built-in descriptor agrees with its method", () => {
  it("has names, a label and a description in both languages", () => {
    for (const method of METHOD_DESCRIPTORS) {
      for (const text of [method.label, method.name, method.description]) {
        expect([method.id, text.en.trim() !== "", text.es.trim() !== ""]).toEqual([method.id, true, true]);
      }
    }
  });

  it("ranks only segments it can produce as valuable or slipping", () => {
    for (const method of METHOD_DESCRIPTORS) {
      for (const id of Object.keys(method.segmentStanding))
        expect([method.id, id, id in method.segmentColors]).toEqual([method.id, id, true]);
    }
  });

  it.each(BUILT_IN_METHODS.map((method) => method.id))(
    "%s: its segments take the descriptor's colors, and the thresholds it lists are the ones it reads",
    (id) => {
      const method = methodOf(id);
      const run = (thresholds?: Record<string, number>) =>
        analyzeGrid(SAMPLE, { method: id, lang: "en", runAt: RUN_AT, thresholds }).segmentation;
      const segmentation = run();
      expect(segmentation.method).toBe(id);
      for (const segment of segmentation.segments) {
        if (Object.keys(method.segmentColors).length > 0)
          expect([segment.id, segment.color]).toEqual([segment.id, method.segmentColors[segment.id]]);
      }
      // Overridable thresholds: each one the method used is listed, and giving it back unchanged is accepted
      // and marked as set by the user. (RFM lists none: its score cut-offs are computed and only reported.)
      const overridable = segmentation.thresholds.filter((t) => method.thresholdIds.includes(t.id));
      if (method.thresholdIds.length > 0) expect(overridable).toEqual(segmentation.thresholds);
      const again = run(Object.fromEntries(overridable.map((t) => [t.id, t.value])));
      expect(Array.from(again.assignment)).toEqual(Array.from(segmentation.assignment));
      for (const t of again.thresholds.filter((t) => method.thresholdIds.includes(t.id)))
        expect([t.id, t.source.en]).toEqual([t.id, "set by user"]);
    },
  );

  it("checks threshold ids once, against the descriptor, for every method", () => {
    const data = createCustomerData({ ids: ["a", "b"], revenue: [10, 1], asOfDay: 20_000 });
    for (const method of METHOD_DESCRIPTORS) {
      expect(() =>
        segmentCustomers(data, { method: method.id as never, thresholds: { nonsense: 1 } }),
      ).toThrow(new RegExp(`The ${method.id} method has no threshold "nonsense"`));
    }
  });
});
