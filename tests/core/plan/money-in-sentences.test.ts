/**
 * Money inside sentences carries the data's currency as money cells do, placed as the language places it: the
 * call list's reasons read "33.068 € → 208.403 €" in Spanish and "€33,068 → €208,403" in English (the Spanish
 * sample's money is in euros, the English sample's in dollars), and no amount of thousands is left bare.
 */
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { moneyText } from "../../../src/core/insights/money-text";
import { type BundledSample, loadBundledSamples } from "./bundled-samples";
import { sheetOf } from "./plan-test-helpers";

/** Amounts of thousands as the language writes them: "208.403" (es), "208,403" (en). */
const AMOUNT = { es: /−?\d{1,3}(?:\.\d{3})+(?:,\d+)?/g, en: /−?\d{1,3}(?:,\d{3})+(?:\.\d+)?/g };

describe("money in sentences carries the data's currency", () => {
  let samples: BundledSample[];
  beforeAll(async () => {
    samples = await loadBundledSamples();
  });

  const cases = [
    { file: "muestra-clientes.xlsx", lang: "es", symbol: "€" },
    { file: "muestra-clientes.xlsx", lang: "en", symbol: "€" },
    { file: "sample-customers.xlsx", lang: "en", symbol: "$" },
    { file: "sample-customers.xlsx", lang: "es", symbol: "$" },
  ] as const;
  for (const { file, lang, symbol } of cases) {
    it(`${file} (${lang}): every amount in the call list's reasons reads with ${symbol}`, () => {
      const sample = samples.find((candidate) => candidate.file === file);
      if (!sample) throw new Error(`no sample ${file}`);
      const plan = buildWorkbookPlan(sample.analyse(lang, "portfolio"), lang);
      const sentences = sheetOf(plan, "insights")
        .blocks.flatMap((block) => block.values.flat())
        .filter(
          (value): value is string => typeof value === "string" && value.includes(" ") && /\d/.test(value),
        );
      let amounts = 0;
      for (const sentence of sentences) {
        for (const match of sentence.matchAll(AMOUNT[lang])) {
          amounts++;
          const at = match.index ?? 0;
          const shown =
            lang === "es"
              ? sentence.slice(at, at + match[0].length + 2)
              : sentence.slice(Math.max(0, at - 1), at + match[0].length);
          expect({ sentence, shown }).toEqual({
            sentence,
            shown:
              lang === "es"
                ? `${match[0]}\u00a0${symbol}`
                : match[0].startsWith("−")
                  ? shown
                  : `${symbol}${match[0]}`,
          });
        }
      }
      expect(amounts).toBeGreaterThan(10);
    });
  }

  it("follows the one formatter: symbol before in English, after in Spanish, none without a currency", () => {
    expect(moneyText(1234, "es", { currency: "EUR" })).toBe("1.234\u00a0€");
    expect(moneyText(1234, "en", { currency: "EUR" })).toBe("€1,234");
    expect(moneyText(1234, "en", { currency: null })).toBe("1,234");
    expect(moneyText(1234, "es", {})).toBe("1.234");
  });
});
