/** @jest-environment jsdom */
/**
 * The web page in the pseudo-locale (a browser whose language is "qps-ploc"): on every step a user goes
 * through — the intro with its drop zone, a refused file, the sample loaded with the data step, the method's
 * settings, the build's results with the download and the preview of every sheet — every word shown (text,
 * aria-label, title, placeholder, alt) must be pseudo-localized, i.e. read from the page's or the pane's
 * dictionary or a Localized, or be the data's own (the sample's sheets, headers and customers), a language's
 * own name in the picker, or a column letter of the preview.
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder, TextEncoder } from "util";
import { CompressionStream } from "stream/web";
import { inLang, LANGUAGES } from "../../src/core/language";
import { buildEnglishSample, buildSpanishSample } from "../../src/sample";
import { sampleSheetsOf } from "../../src/sample/sample-sheets";
import { strings } from "../../src/taskpane/i18n/strings";
import { WebApp } from "../../src/web/components/WebApp";
import { resultFileName } from "../../src/web/file-pane-host";
import { formatBytes } from "../../src/web/load-files";
import { webStrings } from "../../src/web/web-strings";
import { joinContinuedLines, shownTexts } from "../i18n/pseudo-dom";
import { dataWordsOf, hardCodedWords } from "../i18n/pseudo-text";
import { findButton, userOptions } from "../taskpane/dom-helpers";

const w = inLang(webStrings, "qps");
const t = inLang(strings, "qps");
const DATA = dataWordsOf(
  [buildEnglishSample(), buildSpanishSample()].flatMap((sample) =>
    sampleSheetsOf(sample).map((sheet) => [...sheet.grid, [sheet.name]]),
  ),
  // A language is offered by its own name and code ("Español", "ES"); the refused file's name is the user's.
  [
    ...Object.values(LANGUAGES).flatMap((language) => [language.name, language.id.toUpperCase()]),
    "huge.xlsx",
  ],
);

/** The preview's column letters (A, B, … AB) and row numbers are cell names, like the data's headers. */
function isCellHeading(node: Node): boolean {
  const cell = node.parentElement?.closest("th");
  return cell !== null && cell !== undefined && /^[A-Z]{1,3}$|^\d+$/.test((node.textContent ?? "").trim());
}

/** The hard-coded words of a text; a cell address after a sheet's name ("Customers!A1:M303") names cells. */
function hardCodedOf(text: string): string[] {
  return hardCodedWords(text.replace(/![A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?/g, " "), DATA);
}

/** Every word shown on the page now that is neither pseudo-localized nor data. */
function hardCodedOnPage(): string[] {
  const texts = [document.title, ...joinContinuedLines(shownTexts(document.body, isCellHeading))];
  return [...new Set(texts.flatMap((text) => hardCodedOf(text).map((word) => `${word} — ${text}`)))];
}

beforeAll(() => {
  // jsdom has neither the text codecs (the file writer encodes and deflates the workbook's XML) nor object URLs (the
  // download panel makes one for its link); browsers have both.
  Object.assign(globalThis, { TextEncoder, TextDecoder, CompressionStream });
  URL.createObjectURL = () => "blob:cmap-test";
  URL.revokeObjectURL = () => undefined;
});

test("intro, refused file, data step, method settings, results, download and preview: no hard-coded text", async () => {
  const user = userEvent.setup(userOptions);
  render(<WebApp displayLanguage="qps-ploc" />);
  await screen.findByText(w.introTitle);
  expect(document.documentElement.lang).toBe("qps");
  const problems = hardCodedOnPage().map((p) => `intro: ${p}`);

  // A file over the page's limit is refused before it is read, with sizes in the page's units.
  const huge = new File(["x"], "huge.xlsx");
  Object.defineProperty(huge, "size", { value: 300 * 1024 * 1024 });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  await act(async () => {
    fireEvent.change(input, { target: { files: [huge] } });
  });
  await screen.findByText(w.fileProblemTitle);
  problems.push(...hardCodedOnPage().map((p) => `refused file: ${p}`));

  await user.click(await findButton(w.trySample));
  await screen.findByText(w.changeFile);
  await screen.findByText(t.methodOptions);
  problems.push(...hardCodedOnPage().map((p) => `data step: ${p}`));
  await user.click(await findButton(t.methodOptions));
  await screen.findByText(t.methodOutputLanguage);
  problems.push(...hardCodedOnPage().map((p) => `method settings: ${p}`));

  await user.click(await findButton(t.buildButton));
  // The build ends with the download, or with the pane's error bar (whose text then says why).
  await waitFor(
    () => {
      const text = document.body.textContent ?? "";
      if (text.includes(t.errorTitle))
        throw new Error(`the build failed: ${text.slice(text.indexOf(t.errorTitle), 2000)}`);
      expect(screen.getByText(w.downloadButton)).toBeInTheDocument();
    },
    { timeout: 60_000 },
  );
  problems.push(...hardCodedOnPage().map((p) => `results: ${p}`));

  const tabs = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]'));
  expect(tabs.length).toBeGreaterThanOrEqual(4);
  for (const tab of tabs) {
    fireEvent.click(tab);
    await waitFor(() => expect(tab).toHaveAttribute("aria-selected", "true"));
    problems.push(...hardCodedOnPage().map((p) => `preview of ${tab.textContent}: ${p}`));
  }

  expect(problems).toEqual([]);
}, 120_000);

// A text filled into a pseudo-localized template shows inside its ⟦…⟧, so the walk above cannot see a
// hard-coded word there: the page's fillers are checked on their own.
test("the texts the page fills into others (file names, sizes) are pseudo-localized too", () => {
  const filled = [
    resultFileName("huge.xlsx", "qps"),
    formatBytes(300 * 1024 * 1024, "qps"),
    formatBytes(2048, "qps"),
  ];
  expect(filled.flatMap(hardCodedOf)).toEqual([]);
  expect(resultFileName("Facturas.xlsx", "es")).toBe("Facturas - mapa de clientes.xlsx");
  expect([formatBytes(2.5 * 1024 * 1024, "es"), formatBytes(2048, "en")]).toEqual(["2,5 MB", "2 KB"]);
});
