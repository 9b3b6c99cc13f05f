import {
  buildOptionsFrom,
  choicesFromSettings,
  settingsFromChoices,
  withMethod,
} from "../../src/taskpane/method-choices";

describe("method choices", () => {
  test("a new workbook defaults to the Portfolio map, automatic k, core seed, pane language", () => {
    expect(choicesFromSettings(null)).toEqual({
      method: "portfolio",
      k: null,
      seed: undefined,
      outputLang: null,
      thresholds: {},
      segmentColumn: false,
    });
  });

  test("stored choices round-trip through the settings", () => {
    const choices = {
      method: "clusters" as const,
      k: 5,
      seed: 7,
      outputLang: "es" as const,
      thresholds: { a: 0.5 },
      segmentColumn: true,
    };
    expect(choicesFromSettings(settingsFromChoices(choices, { paneLang: "en" }))).toEqual(choices);
    expect(settingsFromChoices(choices, { paneLang: "en" }).paneLang).toBe("en");
  });

  test("invalid stored values fall back to defaults instead of reaching the core", () => {
    const restored = choicesFromSettings({
      method: "astrology" as never,
      k: 99,
      seed: 1.5,
      lang: "fr" as never,
      thresholds: { ok: 0.3, bad: Number.NaN, text: "x" as never },
    });
    expect(restored).toEqual({
      method: "portfolio",
      k: null,
      seed: undefined,
      outputLang: null,
      thresholds: { ok: 0.3 },
      segmentColumn: false,
    });
  });

  test("changing method drops the previous method's thresholds", () => {
    const choices = choicesFromSettings({ method: "abc", thresholds: { aShare: 0.7 } });
    expect(withMethod(choices, "abc")).toBe(choices);
    expect(withMethod(choices, "rfm").thresholds).toEqual({});
  });

  test("build options carry only what was chosen; k only for clusters", () => {
    const base = choicesFromSettings({ method: "rfm", k: 4 });
    expect(buildOptionsFrom(base, {}, "es")).toEqual({ method: "rfm", lang: "es" });
    expect(
      buildOptionsFrom(
        { ...base, method: "clusters" },
        { shape: "transactions", overrides: { X: null } },
        "en",
      ),
    ).toEqual({
      method: "clusters",
      lang: "en",
      k: 4,
      shape: "transactions",
      overrides: { X: null },
    });
    expect(buildOptionsFrom({ ...base, segmentColumn: true }, {}, "en")).toEqual({
      method: "rfm",
      lang: "en",
      segmentColumn: true,
    });
  });

  test("the segment column option is off by default and remembered per workbook", () => {
    expect(choicesFromSettings({}).segmentColumn).toBe(false);
    expect(choicesFromSettings({ segmentColumn: "yes" as never }).segmentColumn).toBe(false);
    const on = { ...choicesFromSettings(null), segmentColumn: true };
    expect(settingsFromChoices(on, {}).segmentColumn).toBe(true);
    expect(choicesFromSettings(settingsFromChoices(on, {})).segmentColumn).toBe(true);
  });
});
