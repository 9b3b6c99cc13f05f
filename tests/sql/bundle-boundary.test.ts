/**
 * DuckDB is a native Node module for the CLI only: no webpack entry (add-in pane, custom functions, web page)
 * may reach it. Walks the relative imports from each entry and checks that neither `@duckdb/node-api` nor the
 * CLI's DuckDB input is among them, and that the CLI loads DuckDB lazily (a dynamic import, not a static one).
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const ENTRIES = ["src/taskpane/index.tsx", "src/functions/functions.ts", "src/web/index.tsx"];
const IMPORT =
  /(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|require\(\s*"([^"]+)"\s*\)/g;

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Every source file and package an entry reaches through its imports. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [path.join(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(file, specifier);
      if (target) stack.push(target);
    }
  }
  return { files, packages };
}

describe("DuckDB stays out of the bundles", () => {
  it.each(ENTRIES)("%s reaches neither @duckdb/node-api nor the CLI's DuckDB input", (entry) => {
    const { files, packages } = reached(entry);
    expect(files.size).toBeGreaterThan(5);
    expect([...packages].filter((name) => name.startsWith("@duckdb"))).toEqual([]);
    // Paths relative to the project (its folder's own name may hold any word).
    const relative = [...files].map((file) => path.relative(ROOT, file));
    expect(relative.filter((file) => /duckdb|^src[\\/](cli|sql)[\\/]/.test(file))).toEqual([]);
  });

  it("the CLI reaches DuckDB only through a dynamic import", () => {
    const { files } = reached("src/cli/main.ts");
    const statics = [...files].filter((file) =>
      /^import\s[^;]*from\s+"@duckdb\/node-api"/m.test(readFileSync(file, "utf8")),
    );
    expect(statics).toEqual([]);
    const input = readFileSync(path.join(ROOT, "src/cli/duckdb-input.ts"), "utf8");
    expect(input).toContain('await import("@duckdb/node-api")');
    expect(files.has(path.join(ROOT, "src/cli/duckdb-input.ts"))).toBe(true);
  });
});
