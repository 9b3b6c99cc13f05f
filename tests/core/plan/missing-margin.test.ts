/**
 * A sheet without margin, cost or margin % (issue 11: "never a label that claims what the data cannot show"):
 * the map is value × trend and says so in its name everywhere (map sheet, About, CLI summary), no segment
 * name claims margin, the headline shows no empty margin cards, and About does not describe a chart that was
 * not drawn.
 */
import * as path from "path";
import { analyzeGrid } from "../../../src/core/pipeline";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { methodLabelOf } from "../../../src/core/segment/methods";
import type { Grid, Lang } from "../../../src/core/types";
import { readWorkbookFile } from "../../../src/xlsx/read-file";
import { sheetOf } from "./plan-test-helpers";

const RUN_AT = "2025-01-15T10:00:00.000Z";
const MARGIN_HEADERS = ["Gross margin", "Margin %"];

let withoutMargin: Grid;
let withMargin: Grid;
beforeAll(async () => {
  const book = await readWorkbookFile(path.join(__dirname, "../../../assets/sample-customers.xlsx"));
  withMargin = book.grid;
  const drop = MARGIN_HEADERS.map((header) => book.grid[0].indexOf(header));
  expect(drop.every((column) => column >= 0)).toBe(true);
  withoutMargin = book.grid.map((row) => row.filter((_, column) => !drop.includes(column)));
});

function textsOf(grid: Grid, lang: Lang, sheetKey: "map" | "about"): string[] {
  const analysis = analyzeGrid(grid, { method: "portfolio", lang, runAt: RUN_AT });
  const sheet = sheetOf(buildWorkbookPlan(analysis, lang), sheetKey);
  return sheet.blocks
    .flatMap((block) => block.values.flat())
    .filter((v): v is string => typeof v === "string");
}

describe.each(["en", "es"] as const)("a sheet without margins, in %s", (lang) => {
  const marginWord = lang === "en" ? /margin/i : /margen/i;

  it("is named value × trend on the map and in About; with margins it stays value × margin", () => {
    const analysis = analyzeGrid(withoutMargin, { method: "portfolio", lang, runAt: RUN_AT });
    const label = methodLabelOf("portfolio", analysis.segmentation.settings)[lang];
    expect(label).not.toMatch(marginWord);
    expect(label).toMatch(lang === "en" ? /trend/ : /tendencia/);
    expect(textsOf(withoutMargin, lang, "map").some((text) => text.includes(label))).toBe(true);
    expect(textsOf(withoutMargin, lang, "about")).toContain(label);
    const withMarginAnalysis = analyzeGrid(withMargin, { method: "portfolio", lang, runAt: RUN_AT });
    expect(methodLabelOf("portfolio", withMarginAnalysis.segmentation.settings)[lang]).toMatch(marginWord);
  });

  it("no segment claims margin; no margin headline card; no sentence about a margin chart", () => {
    const analysis = analyzeGrid(withoutMargin, { method: "portfolio", lang, runAt: RUN_AT });
    for (const segment of analysis.segmentation.segments) expect(segment.name[lang]).not.toMatch(marginWord);
    const plan = buildWorkbookPlan(analysis, lang);
    expect(sheetOf(plan, "map").charts).toEqual([]);
    const mapTexts = textsOf(withoutMargin, lang, "map");
    expect(mapTexts).not.toContain(lang === "en" ? "Margin %" : "Margen %");
    const aboutTexts = textsOf(withoutMargin, lang, "about");
    expect(aboutTexts.filter((text) => /× margin %|× margen %/.test(text))).toEqual([]);
    // With margins the chart and its sentence are there (the test above can fail).
    expect(
      textsOf(withMargin, lang, "about").filter((text) => /× margin %|× margen %/.test(text)),
    ).toHaveLength(1);
  });
});
