/**
 * The segment reasons on the Customers sheet show money as money cells and the call list do: in the data's
 * currency, placed as the language places it ("Ventas 24.011 € (bajo valor; umbral 39.720 €)", "Revenue
 * $232,903 (high value; threshold $21,502)"), and as the bare number when the data shows no currency. Checked
 * row by row against the sheet's own Revenue cell, for every method whose reasons quote revenue, on both
 * bundled samples (euros, dollars) in both languages. The reader's note on returns quotes money the same way.
 */
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { type CurrencyCode, formatMoney } from "../../../src/core/format";
import type { Method } from "../../../src/core/model";
import { analyzeGrid } from "../../../src/core/pipeline";
import type { Analysis } from "../../../src/core/analysis";
import type { CellValue } from "../../../src/core/types";
import type { TextLang as Lang } from "../../../src/core/language";
import { type BundledSample, loadBundledSamples, SAMPLE_RUN_AT } from "./bundled-samples";
import { materialise, sheetOf } from "./plan-test-helpers";

const HEADERS = {
  en: { revenue: "Revenue", reason: "Reason", word: "revenue" },
  es: { revenue: "Ventas", reason: "Motivo", word: "ventas" },
} as const;

/** The methods whose reasons quote the customer's revenue. */
const MONEY_METHODS: Method[] = ["portfolio", "rfm", "abc", "clusters"];

/** [revenue cell, reason] of every customer row of the plan's Customers sheet. */
function revenueAndReason(analysis: Analysis, lang: Lang): [number, string][] {
  const grid = materialise(sheetOf(buildWorkbookPlan(analysis, lang), "customers")).grid();
  const headers = grid[0] as string[];
  const revenue = headers.indexOf(HEADERS[lang].revenue);
  const reason = headers.indexOf(HEADERS[lang].reason);
  expect({ revenue, reason }).toEqual({ revenue: expect.any(Number), reason: expect.any(Number) });
  expect(Math.min(revenue, reason)).toBeGreaterThanOrEqual(0);
  return grid.slice(1).map((row) => [row[revenue] as number, row[reason] as string]);
}

/** Every reason quotes the row's revenue as `formatMoney` writes it in `currency`, after the word "revenue". */
function expectRevenueQuoted(rows: [number, string][], lang: Lang, currency: CurrencyCode | null): void {
  expect(rows.length).toBeGreaterThan(5);
  for (const [revenue, reason] of rows) {
    const money = formatMoney(revenue, { lang, currency });
    const quoted = `${HEADERS[lang].word} ${money}`;
    // ABC's customers without positive revenue: "no positive revenue ($0)".
    const found = reason.toLowerCase().includes(quoted) || (!(revenue > 0) && reason.includes(`(${money})`));
    expect({ reason, quoted, found }).toEqual({
      reason,
      quoted,
      found: true,
    });
  }
}

describe("money in the segment reasons carries the data's currency", () => {
  let samples: BundledSample[];
  beforeAll(async () => {
    samples = await loadBundledSamples();
  });

  const cases = [
    { file: "muestra-clientes.xlsx", currency: "EUR" },
    { file: "sample-customers.xlsx", currency: "USD" },
  ] as const;
  for (const { file, currency } of cases) {
    for (const lang of ["es", "en"] as const) {
      it(`${file} (${lang}): every method's reasons quote revenue in ${currency}`, () => {
        const sample = samples.find((candidate) => candidate.file === file);
        if (!sample) throw new Error(`no sample ${file}`);
        for (const method of MONEY_METHODS) {
          const analysis = sample.analyse(lang, method);
          expect(analysis.read.currency).toBe(currency);
          expectRevenueQuoted(revenueAndReason(analysis, lang), lang, currency);
        }
        // The portfolio map's value threshold and RFM's monetary ranges are money too.
        const symbol = currency === "EUR" ? "€" : "$";
        const portfolio = revenueAndReason(sample.analyse(lang, "portfolio"), lang);
        const threshold = lang === "en" ? `threshold ${symbol}` : /umbral −?[\d.]+\u00a0[€$]\)/;
        for (const [, reason] of portfolio) {
          if (typeof threshold === "string") expect(reason).toContain(threshold);
          else expect(reason).toMatch(threshold);
        }
        const rfm = revenueAndReason(sample.analyse(lang, "rfm"), lang);
        const range =
          lang === "en"
            ? new RegExp(`\\(M \\d: \\${symbol}[\\d,]+–\\${symbol}[\\d,]+\\)`)
            : new RegExp(`\\(M \\d: [\\d.]+\u00a0\\${symbol}–[\\d.]+\u00a0\\${symbol}\\)`);
        for (const [, reason] of rfm) expect(reason).toMatch(range);
      });
    }
  }

  it("the About sheet's note on returns netted against sales quotes their amount in the data's currency", () => {
    const sample = samples.find((candidate) => candidate.file === "muestra-clientes.xlsx");
    if (!sample) throw new Error("no sample muestra-clientes.xlsx");
    const expected = {
      es: { lead: "se restaron de las ventas: ", money: /: −\d{1,3}(?:\.\d{3})*,\d\d\u00a0€$/ },
      en: { lead: "were netted against sales: ", money: /: −€\d{1,3}(?:,\d{3})*\.\d\d$/ },
    } as const;
    for (const lang of ["es", "en"] as const) {
      const texts = materialise(sheetOf(buildWorkbookPlan(sample.analyse(lang, "portfolio"), lang), "about"))
        .grid()
        .flat()
        .filter((value): value is string => typeof value === "string");
      const note = texts.find((text) => text.includes(expected[lang].lead));
      expect(note).toMatch(expected[lang].money);
    }
  });

  it("reads the bare number when the data shows no currency, in both languages", () => {
    const grid: CellValue[][] = [["Customer", "Revenue", "Margin", "Orders", "Last purchase"]];
    for (let i = 0; i < 24; i++) {
      const revenue = 1000 + i * 2345.5;
      const day = String(1 + ((i * 7) % 28)).padStart(2, "0");
      grid.push([`C${i + 1}`, revenue, revenue * (0.1 + (i % 5) * 0.06), 1 + (i % 9), `2024-11-${day}`]);
    }
    for (const lang of ["en", "es"] as const) {
      for (const method of MONEY_METHODS) {
        const analysis = analyzeGrid(grid, { method, lang, runAt: SAMPLE_RUN_AT });
        expect(analysis.read.currency ?? null).toBeNull();
        const rows = revenueAndReason(analysis, lang);
        expectRevenueQuoted(rows, lang, null);
        for (const [, reason] of rows) expect(reason).not.toMatch(/[€$£]/);
      }
    }
  });
});
