/**
 * Every `@example` in the core's doc blocks runs here, so an example that lies fails. An example is a few
 * lines of TypeScript; a line `expression // => expected` asserts that the expression equals the expected
 * value (numbers to the precision written: `// => 0.243` accepts 0.2434), `expression // => throws CoreError`
 * that it throws that class of error. Other lines run as they are (setup). The example sees every export of the file it documents and
 * may import others (relative paths are the documented file's).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const CORE = path.join(__dirname, "../../src/core");

interface Example {
  file: string;
  line: number;
  code: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The `@example` blocks of a file: from the tag to the next tag or the end of the doc block. */
function examplesOf(file: string): Example[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const examples: Example[] = [];
  let current: Example | null = null;
  lines.forEach((raw, index) => {
    const inDoc = /^\s*\*(?!\/)/.test(raw);
    const text = raw.replace(/^\s*\* ?/, "");
    if (current && (!inDoc || /^@\w/.test(text))) {
      examples.push(current);
      current = null;
    }
    if (!inDoc) return;
    const tag = /^@example\b\s*(.*)$/.exec(text);
    if (tag) current = { file, line: index + 1, code: tag[1] ? [tag[1]] : [] };
    else if (current && text.trim() !== "") current.code.push(text);
  });
  if (current) examples.push(current);
  return examples;
}

/** Digits after the point in a numeric literal ("0.243" → 3), or null when `text` is not one. */
function decimalsOf(text: string): number | null {
  const literal = /^[−-]?\d+(?:\.(\d+))?(?:e[+-]?\d+)?$/i.exec(text.trim());
  return literal ? (literal[1]?.length ?? 0) : null;
}

function check(actual: unknown, expected: unknown, expectedText: string, where: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const decimals = decimalsOf(expectedText);
    const tolerance =
      decimals === null || /e/i.test(expectedText)
        ? 1e-9 * Math.max(1, Math.abs(expected))
        : 0.5 * 10 ** -decimals + 1e-12;
    if (Number.isNaN(expected) ? Number.isNaN(actual) : Math.abs(actual - expected) <= tolerance) return;
    throw new Error(`${where}: got ${actual}, the example says ${expectedText}`);
  }
  try {
    expect(actual).toEqual(expected);
  } catch {
    throw new Error(`${where}: got ${JSON.stringify(actual)}, the example says ${expectedText}`);
  }
}

/** The example as a CommonJS function body: assertions become calls to `__check` / `__throws`. */
function compile(example: Example): string {
  const dir = path.dirname(example.file);
  const body = example.code
    .map((line, i) => {
      const where = JSON.stringify(`${path.relative(CORE, example.file)}:${example.line} line ${i + 1}`);
      const assertion = /^(.*?)\s*\/\/\s*=>\s*(.+)$/.exec(line);
      if (!assertion) return line;
      const [, expression, expected] = assertion;
      const throws = /^throws\s+(\w+)$/.exec(expected);
      if (throws) return `__throws(() => (${expression}), ${JSON.stringify(throws[1])}, ${where});`;
      return `__check((${expression}), (${expected}), ${JSON.stringify(expected)}, ${where});`;
    })
    .join("\n")
    .replace(
      /from "(\.[^"]*)"/g,
      (_, relative: string) => `from ${JSON.stringify(path.join(dir, relative))}`,
    );
  return ts.transpileModule(body, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
}

function run(example: Example): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const documented = require(example.file) as Record<string, unknown>;
  const names = Object.keys(documented).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const throws = (thunk: () => unknown, name: string, where: string) => {
    try {
      thunk();
    } catch (error) {
      if ((error as Error).constructor.name === name) return;
      throw new Error(`${where}: threw ${String(error)}, the example says throws ${name}`);
    }
    throw new Error(`${where}: did not throw, the example says throws ${name}`);
  };
  // The example is code from our own doc blocks, compiled above: running it is the point of this test.
  // eslint-disable-next-line no-new-func
  const fn = new Function("require", "exports", "__check", "__throws", ...names, compile(example));
  fn(require, {}, check, throws, ...names.map((name) => documented[name]));
}

const examples = sourceFiles(CORE).flatMap(examplesOf);

describe("doc-block examples of the core run and say the truth", () => {
  it("there are examples with assertions on at least 15 public functions", () => {
    const asserted = examples.filter((example) => example.code.some((line) => /\/\/\s*=>/.test(line)));
    expect(asserted.length).toBeGreaterThanOrEqual(15);
    expect(
      examples.filter((example) => !asserted.includes(example)).map((e) => `${e.file}:${e.line}`),
    ).toEqual([]);
  });

  it.each(
    examples.map((example) => [`${path.relative(CORE, example.file)}:${example.line}`, example] as const),
  )("%s", (_, example) => run(example));

  it("an example that lies fails", () => {
    const lie: Example = {
      file: path.join(CORE, "text.ts"),
      line: 0,
      code: ['capitalize("map") // => "map"'],
    };
    expect(() => run(lie)).toThrow(/the example says "map"/);
    const imprecise: Example = { file: path.join(CORE, "text.ts"), line: 0, code: ["2 / 3 // => 0.66"] };
    expect(() => run(imprecise)).toThrow(/the example says 0.66/);
    const noThrow: Example = {
      file: path.join(CORE, "text.ts"),
      line: 0,
      code: ['capitalize("a") // => throws CoreError'],
    };
    expect(() => run(noThrow)).toThrow(/did not throw/);
  });
});
