/**
 * The custom functions in the pseudo-locale (Office's display language "qps-ploc"): every text a function can
 * put into a cell — the messages of its error values for bad input, the #NUM! of a model that does not fit,
 * column titles, RFM segment names and SEGMENTREASON's reasons — must be pseudo-localized (read from a
 * dictionary or a Localized), or be the user's own data quoted back, or a model's proper name.
 */
import { pseudoLocalize } from "../../src/core/language";
import { SEGMENT } from "../../src/functions/functions";
import { FUNCTION_TEXTS } from "../../src/functions/function-texts";
import { dataWordsOf, hardCodedWords } from "../i18n/pseudo-text";
import { withDisplayLanguage } from "./helpers";
import {
  ENGLISH_CUSTOMERS,
  MESSAGE_SCENARIOS,
  SCENARIO_DATA_TEXTS,
  SPANISH_INVOICES,
  textsOf,
} from "./message-scenarios";

const DATA = dataWordsOf(
  [ENGLISH_CUSTOMERS, SPANISH_INVOICES].map((grid) => grid.map((row) => row.map((cell) => cell))),
  // The data the scenarios type, the bug text of the internal-error case, and the models' own names.
  [...SCENARIO_DATA_TEXTS, "boom", "BG/NBD", "Gamma-Gamma"],
);

describe("custom functions in the pseudo-locale: no hard-coded text", () => {
  it("Office's pseudo-locale reaches the functions", () => {
    const column = withDisplayLanguage("qps-ploc", () => SEGMENT(ENGLISH_CUSTOMERS)) as string[][];
    expect(column[0][0]).toBe(pseudoLocalize(FUNCTION_TEXTS.en.segmentTitle));
  });

  it.each(MESSAGE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    "%s",
    (_name, scenario) => {
      const { codes, texts } = textsOf(scenario.run("qps"));
      if (scenario.expects === "text") expect(texts.length).toBeGreaterThan(0);
      else expect(codes).toContain(scenario.expects);
      // An error value always says why.
      expect(texts.length).toBeGreaterThanOrEqual(codes.length);
      const problems = [...new Set(texts)].flatMap((text) =>
        hardCodedWords(text, DATA).map((word) => `${word} — ${text.slice(0, 160)}`),
      );
      expect(problems).toEqual([]);
    },
  );

  it("the scenarios reach every text of the functions' dictionary", () => {
    const seen = MESSAGE_SCENARIOS.flatMap((scenario) => textsOf(scenario.run("en")).texts).join("\n");
    // A text is reached when its fixed words (around the placeholders) appear in some result.
    const unreached = Object.entries(FUNCTION_TEXTS.en).filter(([, template]) =>
      template
        .split(/\{\w+\}/)
        .map((piece) => piece.trim())
        .filter((piece) => piece.length > 0)
        .some((piece) => !seen.includes(piece)),
    );
    expect(unreached.map(([key]) => key)).toEqual([]);
  });
});
