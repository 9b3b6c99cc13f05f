/**
 * Every string a reader sees — each visible sheet of the plan for both samples in both languages, and the
 * CLI's output — is scanned for what should never reach them: internal ids and camelCase keys, "field =
 * value", and words of the other language (a small list of tell-tale words, see glossary.ts). The data's own
 * text (customer names, regions, categories) is the user's and is left out of the scan.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { AVOIDED_SYNONYMS, TELL_TALE_WORDS } from "../../../src/core/glossary";
import type { Method } from "../../../src/core/model";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { sheetNameCandidates } from "../../../src/core/plan/sheet-names";
import type { Grid, Lang } from "../../../src/core/types";
import { type BundledSample, loadBundledSamples } from "./bundled-samples";
import { METHOD_DESCRIPTORS } from "../../../src/core/segment/method-registry";
import { roleTexts, strings } from "../../../src/taskpane/i18n/strings";
import { paneTextOverrides, webStrings } from "../../../src/web/web-strings";
import { inLang } from "../../../src/core/language";

const ASSETS = path.join(__dirname, "../../../assets");
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/;
// "región = Sur": a field name, then a value as written in the data (formulas like "LTV = margin ÷ ..." are fine).
const FIELD_EQUALS_VALUE = /\b[a-záéíóúñ]+ = [A-ZÁÉÍÓÚÑ]/;

interface Sample extends BundledSample {
  /** The sheets read, plus a row of their sheet names: the text that is the user's data. */
  grids: Grid[];
}

async function loadSamples(): Promise<Sample[]> {
  return (await loadBundledSamples()).map((sample) => ({
    ...sample,
    grids: [...sample.grids, [sample.sheetNames]],
  }));
}

/** Words of the data itself: a customer called "The Harbour Co." may say "the". */
function dataWords(grids: Grid[]): Set<string> {
  const words = new Set<string>();
  for (const grid of grids)
    for (const row of grid)
      for (const cell of row) if (typeof cell === "string") for (const word of wordsOf(cell)) words.add(word);
  return words;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-záéíóúüñ]+/)
    .filter(Boolean);
}

/** What is wrong with one piece of user text in `lang`, or null. */
function problemOf(text: string, lang: Lang, data: Set<string>): string | null {
  if (CAMEL_CASE.test(text)) return `internal id (${CAMEL_CASE.exec(text)![0]})`;
  if (FIELD_EQUALS_VALUE.test(text)) return "field = value";
  const synonym = inLang(AVOIDED_SYNONYMS, lang).find((term) =>
    new RegExp(`(^|\\W)${term}(\\W|$)`).test(text),
  );
  if (synonym) return `"${synonym}" instead of the glossary's term`;
  const other = TELL_TALE_WORDS[lang === "es" ? "en" : "es"];
  const foreign = wordsOf(text).find((word) => other.includes(word) && !data.has(word));
  return foreign ? `"${foreign}" in ${lang} text` : null;
}

describe("user-visible text: no internal ids, no other-language words", () => {
  let samples: Sample[];
  beforeAll(async () => {
    samples = await loadSamples();
  });

  for (const lang of ["en", "es"] as const) {
    for (const method of METHOD_DESCRIPTORS.map((descriptor) => descriptor.id as Method)) {
      it(`plan of both samples, ${method}, in ${lang}`, () => {
        const problems: string[] = [];
        for (const sample of samples) {
          const data = dataWords(sample.grids);
          const plan = buildWorkbookPlan(sample.analyse(lang, method), lang);
          for (const sheet of plan.sheets) {
            if (sheet.hidden) continue; // the history record is the add-in's own, not read by people
            const texts = [sheet.name, ...sheet.blocks.flatMap((block) => block.values.flat())];
            for (const value of texts) {
              if (typeof value !== "string" || value === "") continue;
              if (data.has(value.toLowerCase()) || wordsOf(value).every((word) => data.has(word))) continue;
              const problem = problemOf(value, lang, data);
              if (problem)
                problems.push(`${sample.file} · ${sheet.name}: ${problem} — ${value.slice(0, 120)}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    }

    it(`the pane's and the web page's own texts in ${lang}`, () => {
      const data = dataWords(samples.flatMap((sample) => sample.grids));
      const texts: [string, string][] = [
        ...Object.entries(strings[lang]).map(([key, text]): [string, string] => [`pane ${key}`, text]),
        ...METHOD_DESCRIPTORS.flatMap((method): [string, string][] => [
          [`method ${method.id}`, method.label[lang]],
          [`method ${method.id}`, method.name[lang]],
          [`method ${method.id}`, method.description[lang]],
        ]),
        ...Object.entries(roleTexts[lang]).map(([key, text]): [string, string] => [`role ${key}`, text]),
        ...Object.entries(webStrings[lang]).map(([key, text]): [string, string] => [`web ${key}`, text]),
        ...Object.entries(paneTextOverrides[lang] ?? {}).map(([key, text]): [string, string] => [
          `web override ${key}`,
          String(text),
        ]),
      ];
      const problems: string[] = [];
      for (const [where, text] of texts) {
        // Placeholders ({sheetName}) are filled in before anyone reads them.
        const problem = problemOf(text.replace(/\{\w+\}/g, ""), lang, data);
        if (problem) problems.push(`${where}: ${problem} — ${text.slice(0, 120)}`);
      }
      expect(texts.length).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    });

    it(`CLI output (build and inspect) in ${lang}`, async () => {
      const data = dataWords(samples.flatMap((sample) => sample.grids));
      const problems: string[] = [];
      for (const file of ["muestra-clientes.xlsx", "sample-customers.xlsx"]) {
        let out = "";
        const io = { out: (text: string) => void (out += text), err: (text: string) => void (out += text) };
        expect(await main(["inspect", path.join(ASSETS, file), "--lang", lang], io)).toBe(0);
        const result = path.join(os.tmpdir(), `cmap-user-text-${process.pid}-${lang}-${file}`);
        expect(await main(["build", path.join(ASSETS, file), "--out", result, "--lang", lang], io)).toBe(0);
        await fs.rm(result, { force: true });
        for (const line of out.split("\n")) {
          // The quoted header and the file name are the user's.
          const own = line
            .replace(/"[^"]*"/g, "")
            .replace(file, "")
            .replace(/\S*cmap-user-text\S*/, "");
          const problem = problemOf(own, lang, data);
          if (problem) problems.push(`inspect ${file}: ${problem} — ${line}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("the history record keeps being found under its earlier name", () => {
    expect(sheetNameCandidates("history")).toEqual(
      expect.arrayContaining(["Map history", "Historial del mapa", "CMAP history"]),
    );
  });
});
