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
  /** One source file of the toy project: its path and its lines. */
  const file = (fileName: string, ...lines: string[]): SourceText => ({
    fileName,
    text: `${lines.join("\n")}\n`,
  });
  /** One exported constant per name: `export const p = 1;` … */
  const constants = (...names: string[]): string[] =>
    names.map((name, i) => `export const ${name} = ${i + 1};`);
  /** "file: name" of each export nothing else imports, in the checker's order. */
  const unusedIn = (...sources: SourceText[]): string[] =>
    unusedExports(sources, inSrc).map((entry) => `${entry.fileName}: ${entry.name}`);

  it("lists an export nobody imports, and not one another file imports", () => {
    const sources = [
      file("src/a.ts", "export const used = 1;", "export function unused(): number {", "  return used;", "}"),
      file("src/main.ts", 'import { used } from "./a";', "console.log(used);"),
    ];
    expect(unusedIn(...sources)).toEqual(["src/a.ts: unused"]);
    expect(unusedExports(sources, inSrc)[0].line).toBe(2);
  });

  it("a use inside the exporting file does not count", () => {
    expect(unusedIn(file("src/a.ts", "export const a = 1;", "console.log(a);"))).toEqual(["src/a.ts: a"]);
  });

  it("a re-export is a use only when its own name is imported", () => {
    const a = file("src/a.ts", "export const x = 1;", "export const y = 2;", "export type T = number;");
    const index = file("src/index.ts", 'export { x, y as z } from "./a";', 'export * from "./a";');
    const main = file("tests/main.test.ts", 'import { z, type T } from "../src/index";', "let t: T = z;");
    // z (y) and T (through export *) are used; x is re-exported by index.ts but nobody imports it there.
    expect(unusedIn(a, index, main)).toEqual(["src/a.ts: x", "src/index.ts: x"]);
    expect(unusedIn(a, index)).toEqual([
      "src/a.ts: x",
      "src/a.ts: y",
      "src/a.ts: T",
      "src/index.ts: x",
      "src/index.ts: z",
    ]);
  });

  it("reads namespace imports, dynamic imports and import types", () => {
    const a = file(
      "src/a.ts",
      ...constants("p", "q", "r"),
      "export type S = 4;",
      "export default 5;",
      "export const unused = 6;",
    );
    const user = file(
      "scripts/user.ts",
      'import * as ns from "../src/a";',
      "console.log(ns.p);",
      'async function f() { const { q } = await import("../src/a"); return q; }',
      'import("../src/a").then((m) => m.r);',
      'let s: typeof import("../src/a").S;',
      'const lazy = () => import("../src/a");',
    );
    expect(unusedIn(a, user)).toEqual(["src/a.ts: unused"]);
  });

  it("a namespace used as a whole uses every export", () => {
    const user = file("src/user.ts", 'import * as ns from "./a";', "console.log(Object.keys(ns));");
    expect(unusedIn(file("src/a.ts", ...constants("p", "q")), user)).toEqual([]);
  });
});
