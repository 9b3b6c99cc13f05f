/**
 * Only src/office talks to Office: the lint rule outside it rejects the Excel, Office and OfficeRuntime
 * globals, their types, reaching them through globalThis, context.sync() and importing office.js. This test
 * proves the rule bites in the pane, the functions, the CLI and the orchestrator, and that src/office itself
 * may do all of it. The orchestrator, shared by every surface, may import none of them either.
 * All snippets go through one ESLint run per place (each run costs seconds): one snippet per line, and every
 * line must be reported.
 */
import { restrictedMessages } from "../lint-snippet";

jest.setTimeout(180_000);

const SNIPPETS: [string, string][] = [
  ["export const a = () => Excel.run(async () => undefined);", "the Excel global"],
  ["export const b = () => Office.onReady();", "the Office global"],
  ["export const c = () => OfficeRuntime.storage;", "the OfficeRuntime global"],
  ["export type D = Excel.RequestContext;", "an Excel type"],
  ["export const e = (globalThis as { Office?: typeof Office }).Office;", "Office through globalThis"],
  ["export const f = async (context: { sync(): Promise<void> }) => context.sync();", "context.sync()"],
  ['import "@microsoft/office-js";', "importing office.js"],
];
const PROBE = SNIPPETS.map(([code]) => code).join("\n");

describe("Office boundary rule", () => {
  it.each([
    "src/taskpane/probe.tsx",
    "src/functions/probe.ts",
    "src/cli/probe.ts",
    "src/orchestrator/probe.ts",
  ])("rejects every Office API use in %s, naming src/office", async (file) => {
    const messages = await restrictedMessages(PROBE, file);
    const reported = new Set(messages.map((message) => message.line));
    const missed = SNIPPETS.filter((_, index) => !reported.has(index + 1)).map(([, what]) => what);
    expect(missed).toEqual([]);
    for (const message of messages) expect(message.message).toMatch(/src\/office/);
  });

  it("lets src/office use Office APIs", async () => {
    expect(await restrictedMessages(PROBE, "src/office/probe.ts")).toEqual([]);
  });

  it("accepts a pane file that calls the Office layer", async () => {
    const code =
      'import { loadJsonSetting } from "../office/document-settings";\n' +
      'export const load = (run: never) => loadJsonSetting(run, "k");';
    expect(await restrictedMessages(code, "src/taskpane/probe.ts")).toEqual([]);
  });

  it("keeps the orchestrator free of the surfaces it serves", async () => {
    const code = [
      'import { runBuild } from "../cli/build-command";',
      'import type { PaneHost } from "../taskpane/pane-host";',
      'import { renderPlan } from "../office/render-plan";',
      'import { page } from "../web/page";',
      'import * as React from "react";',
      "export const uses = [runBuild, renderPlan, page, React] as unknown as PaneHost;",
    ].join("\n");
    const reported = new Set(
      (await restrictedMessages(code, "src/orchestrator/probe.ts")).map((m) => m.line),
    );
    expect([...reported].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
