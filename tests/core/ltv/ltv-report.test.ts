/**
 * Predictive LTV only where it fits, end to end: on CDNOW's transactions the backtest passes and the
 * predictions are shown (About sheet and JSON carry the check); on the Spanish B2B sample the model cannot be
 * checked, so probability active and predicted CLV are hidden, with the reason, in both languages.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Analysis } from "../../../src/core/analysis";
import { analyzeGrid, summarizeAnalysis } from "../../../src/core/pipeline";
import { buildAboutSheet } from "../../../src/core/plan/about-sheet";
import type { CellValue } from "../../../src/core/types";
import { readWorkbookFile } from "../../../src/xlsx/read-file";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const RUN_AT = "2025-01-15T10:00:00.000Z";

function cdnowGrid(): CellValue[][] {
  const lines = readFileSync(`${CDNOW_DIR}/CDNOW_sample.txt`, "utf8").trim().split(/\r?\n/);
  const grid: CellValue[][] = [["Customer", "Date", "Amount"]];
  for (const line of lines) {
    const [id, , date, , dollars] = line.trim().split(/\s+/);
    grid.push([id, `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, Number(dollars)]);
  }
  return grid;
}

function aboutText(analysis: Analysis, lang: "en" | "es"): string {
  return buildAboutSheet(analysis, lang)
    .blocks.flatMap((block) => block.values.flat())
    .map(String)
    .join("\n");
}

describe("predictive LTV on CDNOW transactions: checked, fits, shown", () => {
  const analysis = analyzeGrid(cdnowGrid(), { method: "portfolio", lang: "en", runAt: RUN_AT });
  const summary = summarizeAnalysis(analysis, []);

  it("the backtest (last third of the history) fits and the JSON carries it", () => {
    expect(analysis.ltv?.shown).toBe(true);
    expect(summary.ltv.shown).toBe(true);
    expect(summary.ltv.reason).toBeNull();
    const backtest = summary.ltv.backtest!;
    expect(backtest.verdict).toBe("fits");
    expect(backtest.calibrationEnd).toBe("1997-12-30");
    expect(backtest.holdoutEnd).toBe("1998-06-30");
    expect(backtest.customers).toBe(2357);
    expect(backtest.relativeError).toBeLessThanOrEqual(0.3);
    expect(backtest.deciles).toHaveLength(10);
    expect(backtest.deciles.reduce((s, d) => s + d.actual, 0)).toBe(backtest.actual);
  });

  it("P(alive) is blank for one-day buyers and, for equal frequency and age, falls with silence", () => {
    const data = analysis.read.customers;
    const h = data.history!;
    const alive = analysis.scores.probabilityAlive;
    const groups = new Map<string, number[]>();
    for (let i = 0; i < data.count; i++) {
      if (h.frequency[i] === 0) expect(alive[i]).toBeNaN();
      else {
        expect(alive[i]).toBeGreaterThan(0);
        const key = `${h.frequency[i]}|${h.age[i]}`;
        groups.set(key, [...(groups.get(key) ?? []), i]);
      }
    }
    let compared = 0;
    for (const members of groups.values()) {
      const bySilence = members.sort((x, y) => h.recency[y] - h.recency[x]); // shortest silence first
      for (let t = 1; t < bySilence.length; t++) {
        expect(alive[bySilence[t]]).toBeLessThanOrEqual(alive[bySilence[t - 1]] + 1e-12);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("the About sheet shows the check and explains 'at risk' yet active, in both languages", () => {
    const en = aboutText(analysis, "en");
    expect(en).toMatch(/Predictive LTV: does the model fit\?/);
    expect(en).toMatch(/Repeat purchases predicted/);
    expect(en).toMatch(/still buying, but less/);
    const es = aboutText(analysis, "es");
    expect(es).toMatch(/LTV predictivo: ¿se ajusta el modelo\?/);
    expect(es).toMatch(/sigue comprando, pero menos/);
  });
});

describe("predictive LTV on the Spanish B2B sample: not shown, with the reason", () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const file = path.join(__dirname, "../../../assets/muestra-clientes.xlsx");
    const invoices = await readWorkbookFile(file, { sheet: "Facturas" });
    analysis = analyzeGrid(invoices.grid, { method: "portfolio", lang: "es", runAt: RUN_AT });
  });

  it("hides probability active and predicted CLV and says why", () => {
    expect(analysis.ltv?.shown).toBe(false);
    expect(Array.from(analysis.scores.probabilityAlive).every(Number.isNaN)).toBe(true);
    expect(Array.from(analysis.scores.predictiveClv).every(Number.isNaN)).toBe(true);
    const summary = summarizeAnalysis(analysis, [], "es");
    expect(summary.ltv.shown).toBe(false);
    expect(summary.ltv.reason).toMatch(/No se muestran|no se muestran/);
    expect(aboutText(analysis, "es")).toMatch(/No se muestran:/);
    expect(aboutText(analysis, "en")).toMatch(/Not shown:/);
  });
});
