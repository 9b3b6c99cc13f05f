import {
  formatText,
  langFromDisplayLanguage,
  roleTexts,
  stageKeys,
  strings,
} from "../../../src/taskpane/i18n/strings";
import { ROLE_ORDER } from "../../../src/taskpane/components/MappingEditor";
import { METHOD_DESCRIPTORS } from "../../../src/taskpane/method-choices";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  test("English and Spanish have exactly the same keys", () => {
    expect(Object.keys(strings.es).sort()).toEqual(Object.keys(strings.en).sort());
  });

  test("no text is empty or only spaces, in either language", () => {
    for (const lang of ["en", "es"] as const) {
      for (const [key, value] of Object.entries(strings[lang]))
        expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
  });

  test("each text has the same placeholders in both languages", () => {
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect([key, placeholders(strings.es[key])]).toEqual([key, placeholders(strings.en[key])]);
    }
  });

  test("every method and every role the dropdowns offer is named in both languages", () => {
    for (const lang of ["en", "es"] as const) {
      for (const method of METHOD_DESCRIPTORS) {
        expect([method.id, method.name[lang].trim() !== ""]).toEqual([method.id, true]);
        expect([method.id, method.description[lang].trim() !== ""]).toEqual([method.id, true]);
        expect([method.id, method.label[lang].trim() !== ""]).toEqual([method.id, true]);
      }
      expect(Object.keys(roleTexts[lang]).sort()).toEqual([...ROLE_ORDER].sort());
      for (const role of ROLE_ORDER) expect(roleTexts[lang][role].trim()).not.toBe("");
    }
  });

  test("every build stage has a text", () => {
    for (const key of Object.values(stageKeys)) expect(strings.en[key]).toMatch(/…$/);
  });
});

describe("formatText", () => {
  test("fills placeholders and leaves unknown ones visible", () => {
    expect(formatText("{used} of {read} rows", { used: 3, read: "10" })).toBe("3 of 10 rows");
    expect(formatText("{a} {missing}", { a: 1 })).toBe("1 {missing}");
  });
});

describe("langFromDisplayLanguage", () => {
  test.each([
    ["es-ES", "es"],
    ["es-MX", "es"],
    ["ES", "es"],
    ["es_419", "es"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["estonian", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%s → %s", (input, expected) => expect(langFromDisplayLanguage(input)).toBe(expected));
});
