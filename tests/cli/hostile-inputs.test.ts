/**
 * The hostile-input catalogue (issue "Never lose, overwrite or misread a user's data"): every case runs the
 * CLI in-process in English and in Spanish on files generated in a fresh folder, and asserts the exit code,
 * the message in that language, and that every input and unrelated file is byte-identical afterwards (only
 * the outputs a case names may change; no temporary file may be left behind).
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { captureIo } from "./capture-io";
import {
  bombWorkbook,
  cp1252,
  customerLines,
  customerRows,
  goodCsv,
  odsBytes,
  ole2Bytes,
  rewriteParts,
  sparseWorkbook,
  transactionsCsv,
  utf16,
  workbookBytes,
} from "./hostile-files";

type Lang = "en" | "es";
type Bytes = Buffer | string;

interface HostileCase {
  name: string;
  /** Files to create in the case folder (generated once, reused for both languages). */
  files: () => Promise<Record<string, Bytes>> | Record<string, Bytes>;
  /** Arguments, with paths relative to the case folder (made absolute), without --lang. */
  argv: string[];
  exit: number;
  /** Expected text in stderr (exit ≠ 0) or in stdout + stderr (exit 0), per language. */
  en?: RegExp;
  es?: RegExp;
  /** Files the run may create or change (outputs); every other file must stay byte-identical. */
  outputs?: string[];
  /** Extra assertions (folder, captured output, language). */
  check?: (dir: string, io: { stdout: string; stderr: string }, lang: Lang) => Promise<void> | void;
  /** Seconds the run may take at most (limits must refuse quickly). */
  seconds?: number;
}

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const UNRELATED = { "notes.txt": "My own notes, not an input.\n", "budget.xlsx": "" } as const;

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-hostile-"));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** Every file under a folder with its hash (folders listed as "dir"). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  async function walk(folder: string) {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const rel = path.relative(dir, full);
      if (entry.isSymbolicLink()) result.set(rel, "link:" + (await fs.readlink(full)));
      else if (entry.isDirectory()) {
        result.set(rel, "dir");
        await walk(full);
      } else {
        const stat = await fs.stat(full);
        // Files too large to hash quickly (the size-limit case) are compared by size and mtime.
        result.set(
          rel,
          stat.size > 64 * 1024 * 1024 ? `big:${stat.size}:${stat.mtimeMs}` : sha(await fs.readFile(full)),
        );
      }
    }
  }
  await walk(dir);
  return result;
}

const cache = new Map<string, Record<string, Bytes>>();

async function runCase(c: HostileCase, lang: Lang): Promise<void> {
  let files = cache.get(c.name);
  if (!files) {
    files = await c.files();
    cache.set(c.name, files);
  }
  const dir = path.join(root, `${c.name.replace(/[^a-z0-9]+/gi, "-")}-${lang}`);
  await fs.mkdir(dir, { recursive: true });
  // A user's own workbook beside the inputs (real bytes, unrelated to the run).
  const budget = await workbookBytes([
    {
      name: "Budget",
      rows: [
        ["Item", "Amount"],
        ["Rent", 1200],
      ],
    },
  ]);
  await fs.writeFile(path.join(dir, "budget.xlsx"), budget);
  await fs.writeFile(path.join(dir, "notes.txt"), UNRELATED["notes.txt"]);
  for (const [name, bytes] of Object.entries(files)) {
    const full = path.join(dir, name);
    await fs.mkdir(path.dirname(full), { recursive: true });
    if (name.endsWith("@link")) await fs.symlink(String(bytes), full.slice(0, -5));
    else if (name.endsWith("@hardlink")) await fs.link(path.join(dir, String(bytes)), full.slice(0, -9));
    else if (name.endsWith("@dir")) await fs.mkdir(full.slice(0, -4), { recursive: true });
    else if (name.endsWith("@huge")) {
      await fs.writeFile(full.slice(0, -5), "");
      await fs.truncate(full.slice(0, -5), Number(bytes));
    } else await fs.writeFile(full, bytes);
  }
  const before = await snapshot(dir);
  const argv = c.argv.map((arg) => (arg.startsWith("@") ? path.join(dir, arg.slice(1)) : arg));
  const io = captureIo();
  const started = Date.now();
  const code = await main([...argv, "--lang", lang, ...(argv.includes("--run-at") ? [] : [])], io);
  const seconds = (Date.now() - started) / 1000;
  const context = `${c.name} [${lang}]\nstdout: ${io.stdout.slice(0, 600)}\nstderr: ${io.stderr.slice(0, 600)}`;
  expect({ context, code }).toEqual({ context, code: c.exit });
  const pattern = c[lang];
  if (pattern) {
    const text = c.exit === 0 ? io.stdout + io.stderr : io.stderr;
    expect({ context, matches: pattern.test(text) }).toEqual({ context, matches: true });
  }
  if (c.exit !== 0) {
    // One line, starting with the program name, no raw error codes or stack traces.
    const lines = io.stderr.trim().split("\n");
    expect({ context, lines: lines.length }).toEqual({ context, lines: 1 });
    expect(io.stderr).toMatch(/^customer-map: /);
    expect({
      context,
      raw: /\b(EEXIST|EACCES|ENOENT|EISDIR|ENOTDIR|ENOSPC)\b|at .*\.ts:\d+/.test(io.stderr),
    }).toEqual({
      context,
      raw: false,
    });
  }
  if (c.seconds !== undefined)
    expect({ context, fast: seconds < c.seconds }).toEqual({ context, fast: true });
  const after = await snapshot(dir);
  const outputs = new Set(c.outputs ?? []);
  for (const [file, hash] of before) {
    if (outputs.has(file)) continue;
    expect({ context, file, hash: after.get(file) }).toEqual({ context, file, hash });
  }
  for (const file of after.keys()) {
    if (before.has(file) || outputs.has(file)) continue;
    // Nothing else may appear: no temporary file, no stray output.
    expect({ context, unexpected: file }).toEqual({ context, unexpected: undefined });
  }
  await c.check?.(dir, io, lang);
}

const RUN = ["--run-at", "2025-01-15T10:00:00.000Z"];

const CASES: HostileCase[] = [
  // ---- Files destroyed (data loss) ----
  {
    name: "build --json is the input",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@r.xlsx", "--json", "@in.csv"],
    exit: 1,
    en: /--json .* is the input file/,
    es: /--json .* es el archivo de entrada/,
  },
  {
    name: "inspect --json is the input",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["inspect", "@in.csv", "--json", "@in.csv"],
    exit: 1,
    en: /is the input file .*never overwritten/,
    es: /es el archivo de entrada .*nunca se sobrescribe/,
  },
  {
    name: "build --json equals --out",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@r.xlsx", "--json", "@r.xlsx"],
    exit: 1,
    en: /--json and --out are the same file/,
    es: /--json y --out son el mismo archivo/,
  },
  {
    name: "build --json equals an existing --out through another spelling",
    files: async () => ({ "in.csv": goodCsv(), "sub/keep.txt": "x" }),
    argv: ["build", "@in.csv", "--out", "@r.xlsx", "--json", "@sub/../r.xlsx"],
    exit: 1,
    en: /same file/,
    es: /mismo archivo/,
  },
  {
    name: "build --out is the input through a symlink",
    files: () => ({ "in.xlsx": "", "link.xlsx@link": "in.xlsx" }),
    argv: ["build", "@in.xlsx", "--out", "@link.xlsx"],
    exit: 1,
    en: /--out .* is the input file/,
    es: /--out .* es el archivo de entrada/,
  },
  {
    name: "build --out is the input through a hard link",
    files: async () => ({
      "in.xlsx": await workbookBytes([{ name: "Clientes", rows: customerRows(20) }]),
      "twin.xlsx@hardlink": "in.xlsx",
    }),
    argv: ["build", "@in.xlsx", "--out", "@twin.xlsx"],
    exit: 1,
    en: /--out .* is the input file/,
    es: /--out .* es el archivo de entrada/,
  },
  {
    name: "build --out is a user's workbook",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@budget.xlsx", ...RUN],
    exit: 1,
    en: /already exists and is not an earlier result.*--force/,
    es: /ya existe y no es un resultado anterior.*--force/,
  },
  {
    name: "build --out is a user's workbook, with --force",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@budget.xlsx", "--force", ...RUN],
    exit: 0,
    en: /40 customers/,
    es: /40 clientes/,
    outputs: ["budget.xlsx"],
  },
  {
    name: "build --out is an earlier result of ours",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@map.xlsx", ...RUN],
    exit: 0,
    outputs: ["map.xlsx"],
    check: async (dir, _io, lang) => {
      // Building again onto the result replaces it without --force.
      const io = captureIo();
      expect(
        await main(
          ["build", path.join(dir, "in.csv"), "--out", path.join(dir, "map.xlsx"), "--lang", lang, ...RUN],
          io,
        ),
      ).toBe(0);
    },
  },
  {
    name: "build --json is a user's file",
    files: () => ({ "in.csv": goodCsv(), "data.json": '{"mine": true}\n' }),
    argv: ["build", "@in.csv", "--out", "@r.xlsx", "--json", "@data.json", ...RUN],
    exit: 1,
    en: /"[^"]*data\.json" already exists and is not an earlier result/,
    es: /"[^"]*data\.json" ya existe y no es un resultado anterior/,
  },
  {
    name: "inspect --json is the user's notes",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["inspect", "@in.csv", "--json", "@notes.txt"],
    exit: 1,
    en: /already exists and is not an earlier result/,
    es: /ya existe y no es un resultado anterior/,
  },
  {
    name: "build --out is a folder",
    files: () => ({ "in.csv": goodCsv(), "out.xlsx@dir": "" }),
    argv: ["build", "@in.csv", "--out", "@out.xlsx"],
    exit: 1,
    en: /is a folder: give a file name/,
    es: /es una carpeta: indique un nombre de archivo/,
  },
  {
    name: "build --out under a file used as a folder",
    files: () => ({ "in.csv": goodCsv() }),
    argv: ["build", "@in.csv", "--out", "@notes.txt/r.xlsx", ...RUN],
    exit: 1,
    en: /Cannot write .*: part of the path is a file|Cannot write .*: a file of that name/,
    es: /No se puede escribir .*: parte de la ruta es un archivo|No se puede escribir .*: apareció un archivo/,
  },
  {
    name: "input missing",
    files: () => ({}),
    argv: ["build", "@missing.csv", "--out", "@r.xlsx"],
    exit: 1,
    en: /File not found; check the path/,
    es: /No se encuentra el archivo; revise la ruta/,
  },
  {
    name: "input is a folder",
    files: () => ({ "folder.csv@dir": "" }),
    argv: ["inspect", "@folder.csv"],
    exit: 1,
    en: /folder, not a file/,
    es: /carpeta, no un archivo/,
  },
];

describe("hostile inputs: the user's files stay intact and every refusal names cause and fix", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      await runCase(c, "en");
      await runCase(c, "es");
    });
  }
});

// Generators kept referenced until their cases land (see below).
void [
  bombWorkbook,
  cp1252,
  customerLines,
  odsBytes,
  ole2Bytes,
  rewriteParts,
  sparseWorkbook,
  transactionsCsv,
  utf16,
];
