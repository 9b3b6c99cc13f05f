/** @jest-environment jsdom */
/**
 * The pane in the pseudo-locale (Office's display language "qps-ploc"): on every screen a user goes through —
 * welcome, data step, the method's settings, progress, results — every word shown (text, aria-label, title,
 * placeholder) must be pseudo-localized, i.e. read from the pane's dictionary or a Localized, or be the data's
 * own (the fake workbook's sheet, address and headers) or a language's own name in the picker.
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { inLang, LANGUAGES } from "../../../src/core/language";
import { sheetName } from "../../../src/core/plan/sheet-names";
import { App } from "../../../src/taskpane/components/App";
import { strings } from "../../../src/taskpane/i18n/strings";
import { shownTexts } from "../../i18n/pseudo-dom";
import { dataWordsOf, hardCodedWords } from "../../i18n/pseudo-text";
import { findButton, userOptions } from "../dom-helpers";
import { createFakeHost, detectedFixture, resultFixture } from "../fake-pane-host";

const t = inLang(strings, "qps");
const fixture = detectedFixture();
const DATA = dataWordsOf(
  [[fixture.mapping.map((m) => m.header), [fixture.sheetName, fixture.address]]],
  // A language is offered by its own name and code ("Español", "ES"); the product's name stays its own.
  Object.values(LANGUAGES).flatMap((language) => [language.name, language.id.toUpperCase()]),
);

/** Every word shown on the current screen that is neither pseudo-localized nor data. */
function hardCodedOnScreen(): string[] {
  const texts = shownTexts();
  return [...new Set(texts.flatMap((text) => hardCodedWords(text, DATA).map((word) => `${word} — ${text}`)))];
}

test("welcome, data step, method settings, progress and results: no hard-coded text", async () => {
  const host = createFakeHost({ displayLanguage: "qps-ploc", settings: null });
  const user = userEvent.setup(userOptions);
  render(<App host={host} />);
  await screen.findByText(t.welcomeTitle);
  const problems = hardCodedOnScreen().map((p) => `welcome: ${p}`);

  await user.click(await findButton(t.welcomeUseMyData));
  await screen.findByText(fixture.address);
  problems.push(...hardCodedOnScreen().map((p) => `data step: ${p}`));
  await user.click(await findButton(t.methodOptions));
  await screen.findByText(t.methodOutputLanguage);
  problems.push(...hardCodedOnScreen().map((p) => `method settings: ${p}`));

  await user.click(await findButton(t.buildButton));
  act(() => host.buildCalls[0].onProgress({ stage: "analyzing", fraction: 0.4 }));
  problems.push(...hardCodedOnScreen().map((p) => `progress: ${p}`));
  expect(host.buildCalls[0].options.lang).toBe("qps");

  // The host reports the sheets it wrote, named in the build's language.
  const result = resultFixture();
  const sheets = result.sheets.map((sheet) => ({ ...sheet, name: sheetName(sheet.key, "qps") }));
  await act(async () => host.buildCalls[0].result.resolve({ ...result, sheets }));
  await screen.findByText(t.resultsTitle);
  problems.push(...hardCodedOnScreen().map((p) => `results: ${p}`));

  expect(problems).toEqual([]);
});
