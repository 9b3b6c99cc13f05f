import fc from "fast-check";
import { formatChange, formatNumber, formatPercent } from "../../../src/core/segment/format-values";
import type { Lang } from "../../../src/core/types";

/**
 * The straightforward formatter the fast one replaced (toFixed, then a separator inserted character by
 * character): the fast path must give exactly the same text, since reasons are compared and stored.
 */
function referenceFormat(value: number, lang: Lang, decimals: number): string {
  if (Number.isNaN(value)) return lang === "en" ? "n/a" : "n/d";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
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
const intl: Record<Lang, Intl.NumberFormat[]> = {
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
          expect(formatNumber(value, lang, d)).toBe(intl[lang][d].format(value));
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
    expect(formatNumber(NaN, "en")).toBe("n/a");
    expect(formatNumber(NaN, "es")).toBe("n/d");
    expect(formatNumber(-Infinity, "en")).toBe("−∞");
    expect(formatNumber(2 ** 53, "en")).toBe("9,007,199,254,740,992");
  });
});

describe("formatPercent / formatChange", () => {
  test("percent and signed change follow the number text", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), langs, (ratio, lang) => {
        const number = referenceFormat(ratio * 100, lang, 1);
        const percent = lang === "en" ? `${number}%` : `${number} %`;
        expect(formatPercent(ratio, lang)).toBe(percent);
        expect(formatChange(ratio, lang)).toBe(ratio > 0 ? `+${percent}` : percent);
      }),
      { numRuns: 5_000, seed: 11 },
    );
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(0.125, "es")).toBe("12,5 %");
    expect(formatChange(Infinity, "en")).toBe("∞");
  });
});
