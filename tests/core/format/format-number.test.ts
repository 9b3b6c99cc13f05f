import fc from "fast-check";
import {
  cellFormat,
  cellFormatCount,
  cellFormatWithPrefix,
  formatChange,
  formatCompactMoney,
  formatCount,
  formatDays,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatValue,
  MISSING,
  pluralWord,
} from "../../../src/core/format";
import type { Lang, TextLang } from "../../../src/core/types";
import { inLang } from "../../../src/core/language";

/**
 * The straightforward formatter the fast one replaced (toFixed, then a separator inserted character by
 * character): the fast path must give exactly the same text, since reasons are compared and stored.
 */
function referenceFormat(value: number, lang: Lang, decimals: number): string {
  if (!Number.isFinite(value)) return MISSING;
  const thousands = lang === "en" ? "," : ".";
  const decimal = lang === "en" ? "." : ",";
  const fixed = Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf(".");
  const integer = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += thousands;
    grouped += integer[i];
  }
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? "−" : "") + grouped + (dot < 0 ? "" : decimal + fixed.slice(dot + 1));
}

/** Intl with the same conventions (en-US; de-DE has the Spanish separators and groups 4-digit numbers). */
const intl: Record<TextLang, Intl.NumberFormat[]> = {
  en: [0, 1, 2, 3].map(
    (d) => new Intl.NumberFormat("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }),
  ),
  es: [0, 1, 2, 3].map(
    (d) => new Intl.NumberFormat("de-DE", { minimumFractionDigits: d, maximumFractionDigits: d }),
  ),
};

const langs = fc.constantFrom<Lang>("en", "es");
const decimals = fc.integer({ min: 0, max: 3 });
/** Doubles of every magnitude, plus values at rounding ties and group boundaries. */
const values = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e7, max: 1e7 }),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((i) => i / 2),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 1000 + 0.0005),
  fc.constantFrom(
    0,
    -0,
    0.5,
    -0.5,
    1.5,
    2.5,
    999.5,
    999_999.5,
    -999.4,
    1e15 + 0.5,
    2 ** 53 - 1,
    2 ** 53,
    1e21,
  ),
  fc.integer({ min: 0, max: 20 }).map((e) => 10 ** e - 1),
);

describe("formatNumber", () => {
  test("same text as the reference formatter for any double, language and decimals", () => {
    fc.assert(
      fc.property(values, langs, decimals, (value, lang, d) => {
        expect(formatNumber(value, lang, d)).toBe(referenceFormat(value, lang, d));
      }),
      { numRuns: 20_000, seed: 20241231 },
    );
  });

  test("matches Intl.NumberFormat (en-US / de-DE separators) when no rounding is involved", () => {
    // Intl rounds the shortest decimal text of a double, toFixed its exact binary value: they only agree
    // when nothing is rounded away, i.e. values with at most `d` decimals.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        langs,
        decimals,
        (units, shift, lang, d) => {
          const value = units / 10 ** Math.min(shift, d);
          expect(formatNumber(value, lang, d)).toBe(inLang(intl, lang)[d].format(value));
        },
      ),
      { numRuns: 10_000, seed: 7 },
    );
  });

  test("examples: grouping, ties, signs, zero after rounding, special values", () => {
    expect(formatNumber(1234567.891, "en", 2)).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, "es", 2)).toBe("1.234.567,89");
    expect(formatNumber(1000, "en")).toBe("1,000");
    expect(formatNumber(999.5, "en")).toBe("1,000");
    expect(formatNumber(1000001, "es")).toBe("1.000.001");
    expect(formatNumber(-2.5, "en")).toBe("−3");
    expect(formatNumber(-0.4, "en")).toBe("0");
    expect(formatNumber(-0.004, "es", 2)).toBe("0,00");
    expect(formatNumber(-1234.5, "es", 1)).toBe("−1.234,5");
    expect(formatNumber(NaN, "en")).toBe("—");
    expect(formatNumber(NaN, "es")).toBe("—");
    expect(formatNumber(-Infinity, "en")).toBe("—");
    expect(formatNumber(null, "es")).toBe("—");
    expect(formatNumber(2 ** 53, "en")).toBe("9,007,199,254,740,992");
  });
});

describe("formatPercent / formatChange", () => {
  test("percent and signed change follow the number text", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), langs, (ratio, lang) => {
        const number = referenceFormat(ratio * 100, lang, 1);
        const percent = lang === "en" ? `${number}%` : `${number}\u00a0%`;
        expect(formatPercent(ratio, lang)).toBe(percent);
        expect(formatChange(ratio, lang)).toBe(ratio > 0 && /[1-9]/.test(number) ? `+${percent}` : percent);
      }),
      { numRuns: 5_000, seed: 11 },
    );
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(0.125, "es")).toBe("12,5\u00a0%");
    expect(formatChange(Infinity, "en")).toBe("—");
  });
});

describe("money, dates, plurals and cell formats", () => {
  const eur = { lang: "es" as const, currency: "EUR" as const };
  test("money carries the data's currency where each language puts it, or none", () => {
    expect(formatMoney(-14889.44, { lang: "es", currency: null }, 2)).toBe("−14.889,44");
    expect(formatMoney(-14889.44, { lang: "en" }, 2)).toBe("−14,889.44");
    expect(formatMoney(1234, eur)).toBe("1.234\u00a0€");
    expect(formatMoney(1234, { lang: "en", currency: "USD" })).toBe("$1,234");
    expect(formatMoney(-1234, { lang: "en", currency: "GBP" })).toBe("−£1,234");
    expect(formatMoney(NaN, eur)).toBe(MISSING);
    expect(formatCompactMoney(17_197_093, eur)).toBe("17,2\u00a0M\u00a0€");
    expect(formatCompactMoney(17_197_093, { lang: "en", currency: "USD" })).toBe("$17.2M");
    expect(formatCompactMoney(48_842, eur)).toBe("48.842\u00a0€");
    expect(formatCompactMoney(1_000_000, { lang: "en" })).toBe("1M");
  });
  test("percent inside sentences follows the language", () => {
    expect(formatPercent(0.014, "es")).toBe("1,4\u00a0%");
    expect(formatPercent(0.014, "en")).toBe("1.4%");
  });
  test("dates in each language's convention; timestamps without a bare Z", () => {
    const day = Date.UTC(2025, 0, 5) / 86_400_000;
    expect(formatDate(day, "es")).toBe("05/01/2025");
    expect(formatDate(day, "en")).toBe("Jan 5, 2025");
    expect(formatDate(NaN, "en")).toBe(MISSING);
    expect(formatDateTime("2025-01-15T10:00:00.000Z", "es")).toBe("15/01/2025 10:00 UTC");
    expect(formatDateTime("2025-01-15T10:00:00.000Z", "en")).not.toMatch(/Z$/);
  });
  test("plurals come from Intl.PluralRules", () => {
    const forms = { en: ["customer", "customers"], es: ["cliente", "clientes"] } as const;
    expect(formatCount(1, forms, "es")).toBe("1 cliente");
    expect(formatCount(2, forms, "es")).toBe("2 clientes");
    expect(formatCount(0, forms, "en")).toBe("0 customers");
    expect(formatCount(15974, forms, "es")).toBe("15.974 clientes");
    // Days in sentences ("1 días desde la última compra" was seen in the Customers sheet).
    expect(formatDays(1, "es")).toBe("1 día");
    expect(formatDays(1, "en")).toBe("1 day");
    expect(formatDays(0.6, "en")).toBe("1 day");
    expect(formatDays(1127, "es")).toBe("1.127 días");
    expect(formatDays(NaN, "es")).toBe(MISSING);
  });
  test("cell formats: currency codes on money, language date codes, the rest invariant", () => {
    expect(cellFormat("money", eur)).toBe('#,##0 "€"');
    expect(cellFormat("money", { lang: "en", currency: "USD" })).toBe('"$"#,##0');
    expect(cellFormat("money", { lang: "en" })).toBe("#,##0");
    expect(cellFormat("date", { lang: "es" })).toBe("dd/mm/yyyy");
    expect(cellFormat("date", { lang: "en" })).toContain("mmm");
    expect(cellFormat("percent", eur)).toBe("0.0%");
    expect(cellFormatWithPrefix("money", 'Ven"tas', eur)).toBe('"Ventas "#,##0 "€";"Ventas "-#,##0 "€"');
    expect(cellFormatCount({ en: ["customer", "customers"], es: ["cliente", "clientes"] }, eur)).toBe(
      '[=1]0" cliente";#,##0" clientes"',
    );
    expect(formatValue(12, "days", { lang: "es" })).toBe("12 días");
    expect(formatValue(1, "days", { lang: "en" })).toBe("1 day");
  });
});

describe("plural words", () => {
  test("every count, asked again and again, gets the word Intl.PluralRules chooses (remembered counts included)", () => {
    const forms = { en: ["day", "days"], es: ["día", "días"] } as const;
    const counts = [0, -0, 1, 2, 1.5, -1, 21, 4095, 4096, 1_000_000, 2_000_000, 0.5];
    for (let n = 0; n < 5000; n += 7) counts.push(n);
    for (const lang of ["en", "es"] as const) {
      const rules = new Intl.PluralRules(lang);
      for (let round = 0; round < 2; round++) {
        for (const count of counts) {
          const [one, other] = forms[lang];
          expect(pluralWord(count, forms, lang)).toBe(rules.select(count) === "one" ? one : other);
        }
      }
    }
  });
});
