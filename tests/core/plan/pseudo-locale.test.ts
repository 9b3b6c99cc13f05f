/**
 * The pseudo-locale proves no text of the workbook is hard-coded: the plan of both samples, for every method,
 * is rendered in "qps" (English wrapped in ⟦…⟧ and lengthened ~40 %), and every word a reader sees — sheet
 * names, cells, formula strings, number-format suffixes, chart titles, print footers — must be wrapped or come
 * from the user's data. The lengthened texts must still make a valid workbook (sheet names within Excel's 31
 * characters: `planProblems`).
 */
import { openBrackets } from "../../i18n/pseudo-dom";
import { LANGUAGES, pseudoLocalize, tr } from "../../../src/core/language";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import type { SheetPlan } from "../../../src/core/plan/workbook-plan";
import { METHOD_DESCRIPTORS } from "../../../src/core/segment/method-registry";
import type { Method } from "../../../src/core/model";
import { type BundledSample, loadBundledSamples } from "./bundled-samples";
import { cellTexts, dataWordsOf, formatTexts, hardCodedWords } from "../../i18n/pseudo-text";
import { planProblems } from "./plan-test-helpers";

interface Sample extends BundledSample {
  /** The words of the sheets read and their names: the user's data, allowed unwrapped. */
  data: Set<string>;
}

async function loadSamples(): Promise<Sample[]> {
  return (await loadBundledSamples()).map((sample) => ({
    ...sample,
    data: dataWordsOf(sample.grids, sample.sheetNames),
  }));
}

/** Every text of a visible sheet a reader sees, with where it is. */
function visibleTexts(sheet: SheetPlan): [where: string, text: string][] {
  const texts: [string, string][] = [["sheet name", sheet.name]];
  const cells = new Map<string, string>();
  for (const block of sheet.blocks)
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string") cells.set(`${block.row + r},${block.column + c}`, value);
      }),
    );
  // A note written one line per row (fit-text.ts `splitIntoLines`) is one text: a line that leaves a ⟦ open
  // continues on the row below, in the same column.
  const continued = new Set<string>();
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const [line, column] = [block.row + r, block.column + c];
        if (continued.has(`${line},${column}`)) return;
        let joined = value;
        if (typeof joined === "string" && !joined.startsWith("=")) {
          for (let next = line + 1; openBrackets(joined) > 0 && cells.has(`${next},${column}`); next++) {
            joined += ` ${cells.get(`${next},${column}`)}`;
            continued.add(`${next},${column}`);
          }
        }
        for (const text of cellTexts(joined)) texts.push([`R${line + 1}C${column + 1}`, text]);
      }),
    );
    block.columnFormats?.forEach((code, c) => {
      for (const text of formatTexts(code)) texts.push([`format of C${block.column + c + 1}`, text]);
    });
  }
  for (const chart of sheet.charts) {
    texts.push(
      ["chart title", chart.title],
      ["chart x axis", chart.xAxisTitle],
      ["chart y axis", chart.yAxisTitle],
    );
    for (const series of chart.series) texts.push(["chart series", series.name]);
  }
  if (sheet.print) texts.push(["footer", sheet.print.footer.left], ["footer", sheet.print.footer.right]);
  return texts.filter(([, text]) => text !== "");
}

describe("pseudo-locale: every text of the workbook plan is read from a Localized", () => {
  let samples: Sample[];
  beforeAll(async () => {
    samples = await loadSamples();
  });

  it("the detector flags unwrapped words and accepts the data's own, in the data's order", () => {
    const data = dataWordsOf([[["Industrias Ruiz S.L.", "Norte"]]]);
    expect(hardCodedWords("⟦Çûšţöméŕ⟧ Industrias Ruiz S.L.: ⟦šĥàŕp ďŕöp⟧ (−39%, €1.2M)", data)).toEqual([]);
    expect(hardCodedWords("⟦Çûšţöméŕ⟧: Además ⟦x⟧", data)).toEqual(["Además"]);
    expect(hardCodedWords("Ruiz Industrias", data)).toEqual(["Ruiz Industrias"]);
    expect(hardCodedWords("⟦à ⟦ñéšţéď⟧ ţéxţ⟧ Norte", data)).toEqual([]);
  });

  it("the pseudo-locale wraps, lengthens and keeps placeholders; it is English underneath", () => {
    const pseudo = pseudoLocalize("Revenue {name}");
    expect(pseudo.startsWith("⟦Ŕévéñûé {name}")).toBe(true);
    expect(pseudo.endsWith("⟧")).toBe(true);
    expect(pseudo.length).toBe(2 + 14 + Math.ceil(14 * 0.4));
    expect(tr({ en: "Revenue", es: "Ventas" }, "qps")).toBe(pseudoLocalize("Revenue"));
    const { en, qps } = LANGUAGES;
    expect({ ...qps.conventions, months: en.conventions.months }).toEqual(en.conventions);
    expect(qps.conventions.months).toEqual(en.conventions.months?.map((month) => pseudoLocalize(month)));
  });

  for (const method of METHOD_DESCRIPTORS.map((descriptor) => descriptor.id as Method)) {
    it(`plan of both samples, ${method}: no hard-coded text, nothing too long`, () => {
      const problems: string[] = [];
      for (const sample of samples) {
        const plan = buildWorkbookPlan(sample.analyse("qps", method), "qps");
        problems.push(...planProblems(plan).map((problem) => `${sample.file}: ${problem}`));
        let checked = 0;
        for (const sheet of plan.sheets) {
          if (sheet.hidden) continue; // the history record is the add-in's own, not read by people
          for (const [where, text] of visibleTexts(sheet)) {
            checked++;
            const words = hardCodedWords(text, sample.data);
            if (words.length > 0)
              problems.push(
                `${sample.file} · ${sheet.key} · ${where}: ${words.join(" ")} — ${text.slice(0, 140)}`,
              );
          }
        }
        expect(checked).toBeGreaterThan(200);
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
