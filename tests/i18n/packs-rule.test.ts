/**
 * Texts live in the language packs (src/i18n/<lang>/): the lint rule refuses a `{ en: …, es: … }` text written
 * anywhere else in src — a string, a template or a word list — in the core, the pane, the CLI and the Office
 * layer, and lets the packs and code that only passes texts along (`{ en: name.en, es: name.es }`) be.
 * One snippet per line; every line of the probe must be reported.
 */
import { restrictedMessages } from "../lint-snippet";

jest.setTimeout(180_000);

const SNIPPETS: [string, string][] = [
  ['export const a = { en: "Customers", es: "Clientes" };', "a string"],
  ["export const b = (n: number) => ({ en: `${n} rows`, es: `${n} filas` });", "a template"],
  ['export const c = { en: ["row", "rows"], es: ["fila", "filas"] };', "a word list"],
  ['export const d = { es: "Solo en español" };', "one language alone"],
];
const PROBE = SNIPPETS.map(([code]) => code).join("\n");

describe("language packs rule", () => {
  it.each(["src/core/plan/probe.ts", "src/taskpane/probe.tsx", "src/cli/probe.ts", "src/office/probe.ts"])(
    "rejects texts written in %s, pointing to the packs",
    async (file) => {
      const messages = await restrictedMessages(PROBE, file);
      const reported = new Set(messages.map((message) => message.line));
      const missed = SNIPPETS.filter((_, index) => !reported.has(index + 1)).map(([, what]) => what);
      expect(missed).toEqual([]);
      for (const message of messages) expect(message.message).toMatch(/src\/i18n/);
    },
  );

  it("lets the packs hold texts, and code pass texts along", async () => {
    expect(await restrictedMessages(PROBE, "src/i18n/en/probe.ts")).toEqual([]);
    const passing = [
      'import type { Localized } from "../language";',
      "export const copy = (name: Localized): Localized => ({ en: name.en, es: name.es });",
    ].join("\n");
    expect(await restrictedMessages(passing, "src/core/plan/probe.ts")).toEqual([]);
  });
});
