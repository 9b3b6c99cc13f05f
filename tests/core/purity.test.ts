/**
 * The core must stay pure: the lint rule on src/core rejects Office, React, DOM globals and Node I/O. This test
 * proves the rule bites (a probe file importing each is reported) and that the real core passes it.
 */
import { restrictedMessages } from "../lint-snippet";

const lintCoreSnippet = (code: string) => restrictedMessages(code, "src/core/probe.ts");

describe("src/core purity rule", () => {
  it.each([
    ['import fs from "fs";\nexport const x = fs;', "Node file APIs"],
    ['import React from "react";\nexport const x = React;', "React"],
    ['import { Button } from "@fluentui/react-components";\nexport const x = Button;', "Fluent UI"],
    [
      'import { renderWorkbookPlan } from "../office/render-plan";\nexport const x = renderWorkbookPlan;',
      "the Office layer",
    ],
    ["export const x = () => Excel.run(async () => undefined);", "the Excel global"],
    ["export const x = () => document.title;", "the DOM"],
  ])("rejects %s (%s)", async (code) => {
    expect((await lintCoreSnippet(code)).length).toBeGreaterThan(0);
  });

  it("accepts pure code", async () => {
    expect(
      await lintCoreSnippet('import { CoreError } from "./errors";\nexport const x = CoreError;'),
    ).toEqual([]);
  });
});
