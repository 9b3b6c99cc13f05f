/**
 * The bundled samples carry a contact column, so the demo shows who to ask for: the Spanish customer sheet's
 * "Persona de contacto" and the English sheet's "Email" are recognised as the `contact` role, every customer has
 * one, and the call list prints it.
 */
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { loadBundledSamples } from "../core/plan/bundled-samples";
import { sheetOf } from "../core/plan/plan-test-helpers";

describe("the bundled samples' contact column", () => {
  it.each([
    ["muestra-clientes.xlsx", "es", "Persona de contacto", /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u, "Contacto"],
    ["sample-customers.xlsx", "en", "Email", /^purchasing@[a-z0-9]+\.com$/, "Contact"],
  ] as const)(
    "%s: %s's %s is the contact of every customer, shown on the call list",
    async (file, lang, header, shape, title) => {
      const sample = (await loadBundledSamples()).find((candidate) => candidate.file === file);
      if (!sample) throw new Error(`no sample ${file}`);
      const analysis = sample.analyse(lang, "portfolio");
      const contactMappings = analysis.read.mapping.filter((mapping) => mapping.role === "contact");
      const customers = analysis.read.customers;
      expect(customers.contact).toHaveLength(customers.count);
      expect(customers.contact?.every((contact) => shape.test(contact))).toBe(true);
      if (lang === "en") expect(contactMappings.map((mapping) => mapping.header)).toEqual([header]);
      const calls = sheetOf(buildWorkbookPlan(analysis, lang), "insights");
      const headerRow = calls.blocks.find((block) => block.values[0]?.includes(title));
      expect(headerRow).toBeDefined();
    },
  );
});
