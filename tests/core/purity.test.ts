/**
 * The core must stay pure: the lint rule on src/core rejects Office, React, DOM globals and Node I/O. This test
 * proves the rule bites (a probe file importing each is reported) and that the real core passes it.
 */
import path from "path";
import { execFile } from "child_process";

const root = path.join(__dirname, "..", "..");

/** Lints a snippet as if it were src/core/probe.ts, through the ESLint CLI (its flat config is ESM). */
function lintCoreSnippet(code: string): Promise<{ ruleId: string | null }[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [
        path.join(root, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        "src/core/probe.ts",
        "--format",
        "json",
      ],
      { cwd: root },
      (error, stdout) => {
        try {
          const [result] = JSON.parse(stdout) as { messages: { ruleId: string | null }[] }[];
          resolve(result.messages.filter((message) => message.ruleId?.startsWith("no-restricted")));
        } catch {
          reject(error ?? new Error(`eslint printed no JSON: ${stdout}`));
        }
      },
    );
    child.stdin!.end(code);
  });
}

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
