/**
 * functions.json (generated from the JSDoc of src/functions/functions.ts by custom-functions-metadata, as the
 * webpack plugin does) lists every CMAP function with descriptions and parameter metadata, and the Spanish
 * metadata src/functions/functions.es.json matches it id for id.
 * To regenerate the Spanish file after changing functions.ts or src/i18n/es/function-metadata.ts:
 *   UPDATE_ES_METADATA=1 npx jest tests/functions/metadata
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { BUILT_IN_METHODS } from "../../src/core/segment/methods";
import { FUNCTION_CATALOG } from "../../src/i18n/es/function-metadata";
import { buildSpanishMetadata, type FunctionsMetadata } from "../../src/functions/spanish-metadata";

const FUNCTIONS_TS = path.resolve(__dirname, "../../src/functions/functions.ts");
const SPANISH_JSON = path.resolve(__dirname, "../../src/functions/functions.es.json");
const EXPECTED_IDS = [
  "AVGTICKET",
  "CAC",
  "LTVCAC",
  "CONVERSION",
  "CHURN",
  "RETENTION",
  "LTV",
  "CLV",
  "PALIVE",
  "RFM",
  "CLUSTER",
  "ABC",
  "SEGMENT",
  "SEGMENTREASON",
];

let english: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as FunctionsMetadata;
  if (process.env.UPDATE_ES_METADATA === "1") {
    fs.writeFileSync(SPANISH_JSON, JSON.stringify(buildSpanishMetadata(english), null, 2) + "\n");
  }
});

describe("English functions.json from JSDoc", () => {
  it("lists every CMAP function, id = name, uppercase", () => {
    expect(english.functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
    for (const fn of english.functions) expect(fn.name).toBe(fn.id);
  });

  it("has a description for every function and every parameter, and matrix results", () => {
    for (const fn of english.functions) {
      expect((fn.description ?? "").length).toBeGreaterThan(20);
      expect(fn.parameters.length).toBeGreaterThan(0);
      for (const parameter of fn.parameters) {
        expect((parameter.description ?? "").length).toBeGreaterThan(5);
        expect(parameter.type).toBe("any");
      }
      expect((fn.result as { dimensionality?: string }).dimensionality).toBe("matrix");
    }
  });

  it("marks the bracketed parameters optional", () => {
    const optional = (id: string) =>
      english.functions
        .find((f) => f.id === id)!
        .parameters.filter((p) => p.optional)
        .map((p) => p.name);
    expect(optional("LTV")).toEqual(["years_or_retention", "discount_rate"]);
    expect(optional("SEGMENT")).toEqual(["method", "options"]);
    expect(optional("AVGTICKET")).toEqual([]);
  });
});

describe("the method argument's help", () => {
  // The JSDoc is read at build time, so it cannot read the method registry: this keeps it in step with the
  // built-in methods (the Spanish help is made from the registry in function-catalog.ts).
  it.each(["SEGMENT", "SEGMENTREASON"])("%s names every built-in method, in both languages", (id) => {
    const en = english.functions.find((f) => f.id === id)!.parameters.find((p) => p.name === "method")!;
    const es = FUNCTION_CATALOG.find((f) => f.id === id)!.parameters.find((p) => p.en === "method")!;
    for (const method of BUILT_IN_METHODS) {
      expect(en.description).toContain(`"${method.argument.en}"`);
      expect(es.descriptionEs).toContain(`"${method.argument.es}"`);
    }
    expect(es.descriptionEs).toBe('"cartera" (por defecto), "rfm", "grupos", "ciclo de vida" o "abc".');
  });
});

describe("Spanish functions.es.json", () => {
  let spanish: FunctionsMetadata;
  beforeAll(() => {
    spanish = JSON.parse(fs.readFileSync(SPANISH_JSON, "utf8")) as FunctionsMetadata;
  });

  it("is exactly what the catalog gives for the current English metadata", () => {
    expect(spanish).toEqual(buildSpanishMetadata(english));
  });

  it("matches the English metadata id for id, with the same parameter shapes", () => {
    expect(spanish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    spanish.functions.forEach((fn, i) => {
      const en = english.functions[i];
      expect(fn.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        en.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      expect(fn.result).toEqual(en.result);
    });
  });

  it("has Spanish names (unique, Excel-valid) and descriptions that differ from the English ones", () => {
    const names = spanish.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(names).toContain("SEGMENTO");
    expect(names).toContain("TICKETMEDIO");
    spanish.functions.forEach((fn, i) => {
      expect(fn.description).not.toBe(english.functions[i].description);
      fn.parameters.forEach((p, j) =>
        expect(p.description).not.toBe(english.functions[i].parameters[j].description),
      );
    });
  });

  it("the catalog covers exactly the generated functions", () => {
    expect(FUNCTION_CATALOG.map((f) => f.id).sort()).toEqual([...EXPECTED_IDS].sort());
    expect(() =>
      buildSpanishMetadata({ functions: [...english.functions, { id: "X", name: "X", parameters: [] }] }),
    ).toThrow(/no Spanish text/);
  });
});
