/**
 * A thin public surface: every export of src/ is imported by another file (src/, tests/ or scripts/). A name
 * only its own file uses is not exported; code nothing uses is deleted. No allow-list. The same check runs
 * alone with `npx tsx scripts/unused-exports.ts`.
 */
import * as path from "path";
import {
  describeUnused,
  unusedExports,
  unusedProjectExports,
  type SourceText,
} from "../../scripts/unused-exports";

const inSrc = (fileName: string): boolean => fileName.startsWith("src/");

describe("unused exports", () => {
  it("src/ exports nothing that no other file imports", () => {
    const unused = unusedProjectExports(path.resolve(__dirname, "../.."));
    expect(describeUnused(unused)).toBe("");
  });
});

describe("the unused-exports check bites", () => {
  const names = (sources: SourceText[]): string[] =>
    unusedExports(sources, inSrc).map((entry) => `${entry.fileName}: ${entry.name}`);

  it("lists an export nobody imports, and not one another file imports", () => {
    const sources = [
      {
        fileName: "src/a.ts",
        text: "export const used = 1;\nexport function unused(): number {\n  return used;\n}\n",
      },
      { fileName: "src/main.ts", text: 'import { used } from "./a";\nconsole.log(used);\n' },
    ];
    expect(names(sources)).toEqual(["src/a.ts: unused"]);
    expect(unusedExports(sources, inSrc)[0].line).toBe(2);
  });

  it("a use inside the exporting file does not count", () => {
    expect(names([{ fileName: "src/a.ts", text: "export const a = 1;\nconsole.log(a);\n" }])).toEqual([
      "src/a.ts: a",
    ]);
  });

  it("a re-export is a use only when its own name is imported", () => {
    const a = {
      fileName: "src/a.ts",
      text: "export const x = 1;\nexport const y = 2;\nexport type T = number;\n",
    };
    const index = {
      fileName: "src/index.ts",
      text: 'export { x, y as z } from "./a";\nexport * from "./a";\n',
    };
    const main = {
      fileName: "tests/main.test.ts",
      text: 'import { z, type T } from "../src/index";\nlet t: T = z;\n',
    };
    // z (y) and T (through export *) are used; x is re-exported by index.ts but nobody imports it there.
    expect(names([a, index, main])).toEqual(["src/a.ts: x", "src/index.ts: x"]);
    expect(names([a, index])).toEqual([
      "src/a.ts: x",
      "src/a.ts: y",
      "src/a.ts: T",
      "src/index.ts: x",
      "src/index.ts: z",
    ]);
  });

  it("reads namespace imports, dynamic imports and import types", () => {
    const a = {
      fileName: "src/a.ts",
      text: "export const p = 1;\nexport const q = 2;\nexport const r = 3;\nexport type S = 4;\nexport default 5;\nexport const unused = 6;\n",
    };
    const user = {
      fileName: "scripts/user.ts",
      text: [
        'import * as ns from "../src/a";',
        "console.log(ns.p);",
        'async function f() { const { q } = await import("../src/a"); return q; }',
        'import("../src/a").then((m) => m.r);',
        'let s: typeof import("../src/a").S;',
        'const lazy = () => import("../src/a");',
      ].join("\n"),
    };
    expect(names([a, user])).toEqual(["src/a.ts: unused"]);
  });

  it("a namespace used as a whole uses every export", () => {
    const a = { fileName: "src/a.ts", text: "export const p = 1;\nexport const q = 2;\n" };
    const user = {
      fileName: "src/user.ts",
      text: 'import * as ns from "./a";\nconsole.log(Object.keys(ns));\n',
    };
    expect(names([a, user])).toEqual([]);
  });
});
