/**
 * The call list prints one page wide at a readable scale: its sentences, names and contacts wrap in bounded
 * widths instead of the page shrinking. Measured here from the plan as a spreadsheet program lays it out: a
 * column N characters wide is 7N pixels (0.75 point each; LibreOffice printed the demo's list at the scale
 * this gives), fitted into the printable width of a landscape Letter page (11" less two 0.7" margins, the
 * smaller of Letter and A4), at 75 % or more — in English, Spanish and the pseudo-locale (texts ~40 % longer),
 * both samples. Each row is as tall as the lines its wrapped texts take, and a figure's sign never starts a
 * line.
 */
import { NO_BREAK_SPACE, formatMoney, formatPercent } from "../../../src/core/format";
import type { Lang } from "../../../src/core/language";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import {
  columnPoints,
  MAX_WRAPPED_LINES,
  splitIntoLines,
  textOverflows,
  textWidth,
} from "../../../src/core/plan/fit-text";
import { CALL_LIST_HEADER_ROW, wrappingWidths } from "../../../src/core/plan/insights-sheet";
import { type BundledSample, loadBundledSamples } from "./bundled-samples";
import { sheetOf } from "./plan-test-helpers";

/** Printable width in points of a landscape Letter page with 0.7" side margins. */
const LANDSCAPE_WIDTH = (11 - 2 * 0.7) * 72;
const READABLE_SCALE = 0.75;

describe("the call list prints one page wide at a readable scale", () => {
  let samples: BundledSample[];
  beforeAll(async () => {
    samples = await loadBundledSamples();
  });

  for (const lang of ["en", "es", "qps"] as Lang[]) {
    it(`both samples, in ${lang}: at least 75 %, rows as tall as their wrapped lines, every word whole`, () => {
      for (const sample of samples) {
        const plan = buildWorkbookPlan(sample.analyse(lang, "portfolio"), lang);
        const sheet = sheetOf(plan, "insights");
        const where = `${sample.file} (${lang})`;
        const table = sheet.tables[0];
        expect(table.rect.row).toBe(CALL_LIST_HEADER_ROW);
        expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
        const widths = new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
        let points = 0;
        for (let c = 0; c < table.rect.columns; c++) points += columnPoints(widths.get(c) ?? 8.43);
        const scale = Math.min(1, LANDSCAPE_WIDTH / points);
        expect({ where, scale: scale >= READABLE_SCALE }).toEqual({ where, scale: true });
        // It was 55 %: the sentences now wrap in columns narrower than a line of them.
        const body = sheet.blocks.find(
          (block) => block.row === table.rect.row + 1 && block.values.length > 1,
        )!;
        expect(body.wrap).toBe(true);
        const heights = new Map((sheet.rowHeights ?? []).map(({ row, height }) => [row, height]));
        let tall = 0;
        body.values.forEach((values, r) => {
          const height = heights.get(body.row + r) ?? 15;
          expect(height % 15).toBe(0);
          expect(height).toBeLessThanOrEqual(MAX_WRAPPED_LINES * 15);
          if (height > 15) tall++;
          values.forEach((value, c) => {
            if (typeof value !== "string") return;
            // At least as many lines as the text is wide over its column (words only make it more).
            const least = Math.ceil(textWidth(value) / ((widths.get(c) ?? 8.43) - 1));
            expect({ where, value, enough: height >= Math.min(MAX_WRAPPED_LINES, least) * 15 }).toEqual({
              where,
              value,
              enough: true,
            });
          });
        });
        expect(tall).toBeGreaterThan(body.values.length / 2);
        expect(textOverflows(sheet)).toEqual([]);
      }
    });
  }

  it("wrapping widths narrow alike to the budget, never below a column's least", () => {
    const columns = [
      { column: 2, natural: 28, min: 14 },
      { column: 6, natural: 60, min: 26 },
      { column: 7, natural: 36, min: 18 },
    ];
    // The budget is counted as the plan counts a printed column (7N pixels, fit-text.ts' columnPoints).
    const all = (ws: { width: number }[]) => ws.reduce((sum, { width }) => sum + columnPoints(width), 0);
    // Room for everything: natural widths.
    expect(wrappingWidths(columns, 100, 2000).map(({ width }) => width)).toEqual([28, 60, 36]);
    // A budget between: within it, each narrowed, the widest most.
    const narrowed = wrappingWidths(columns, 100, 500);
    expect(100 + all(narrowed)).toBeLessThanOrEqual(500);
    expect(100 + all(narrowed) + columnPoints(1) * 3).toBeGreaterThan(500);
    expect(narrowed.map(({ column }) => column)).toEqual([2, 6, 7]);
    expect(narrowed[1].width).toBeLessThan(60);
    expect(narrowed[1].width).toBeGreaterThan(narrowed[2].width);
    // No room: the least widths.
    expect(wrappingWidths(columns, 100, 150).map(({ width }) => width)).toEqual([14, 26, 18]);
  });

  it("a Spanish figure keeps its sign: no line starts with € or %", () => {
    const context = { lang: "es" as const, currency: "EUR" as const };
    const money = formatMoney(208403, context);
    const percent = formatPercent(-0.39, "es", 0);
    expect(money).toBe(`208.403${NO_BREAK_SPACE}€`);
    expect(percent).toBe(`−39${NO_BREAK_SPACE}%`);
    const sentence = `Caída brusca de compras: ventas ${percent} últimos 12 meses (${money} → ${money}).`;
    for (let width = 6; width <= 40; width++) {
      const lines = splitIntoLines(sentence, width);
      expect(lines.join(" ")).toBe(sentence.replace(/ +/g, " "));
      for (const line of lines) expect(line).not.toMatch(/^[€%]/);
    }
  });
});
