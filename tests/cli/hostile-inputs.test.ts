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
import { MAX_CELLS, MAX_UNCOMPRESSED_BYTES } from "../../src/xlsx/file-limits";
import { captureIo } from "./capture-io";
import {
  bombWorkbook,
  hugePartWorkbook,
  manyCellsWorkbook,
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
  const code = await main([...argv, "--lang", lang], io);
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

  {
    name: "input is a device that never ends",
    files: () => ({ "zero.csv@link": "/dev/zero" }),
    argv: ["inspect", "@zero.csv"],
    exit: 1,
    en: /Not a regular file \(a device, pipe or socket\)/,
    es: /No es un archivo normal \(un dispositivo, tubería o socket\)/,
    seconds: 5,
  },
  {
    name: "--out is a device (a full disk)",
    files: () => ({ "in.csv": goodCsv(), "full.xlsx@link": "/dev/full" }),
    argv: ["build", "@in.csv", "--out", "@full.xlsx", "--force"],
    exit: 1,
    en: /is not a regular file/,
    es: /no es un archivo normal/,
    seconds: 5,
  },

  // ---- Crashes and memory ----
  {
    name: "sparse workbook with a stray cell at XFD1048576",
    files: async () => ({ "sparse.xlsx": await sparseWorkbook() }),
    argv: ["build", "@sparse.xlsx", "--out", "@r.xlsx", ...RUN],
    exit: 0,
    en: /20 customers/,
    es: /20 clientes/,
    outputs: ["r.xlsx"],
    seconds: 20,
  },
  {
    name: "sparse workbook inspected",
    files: async () => ({ "sparse.xlsx": await sparseWorkbook() }),
    argv: ["inspect", "@sparse.xlsx", "--json", "-"],
    exit: 0,
    en: /"customers": 20/,
    es: /"customers": 20/,
    seconds: 20,
  },
  {
    name: "sparse earlier result as --out",
    files: async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-sparse-out-"));
      await fs.writeFile(path.join(dir, "in.csv"), goodCsv());
      const out = path.join(dir, "map.xlsx");
      expect(await main(["build", path.join(dir, "in.csv"), "--out", out, ...RUN], captureIo())).toBe(0);
      // A stray cell far away in the result's history sheet (as a user might type by accident).
      const result = await rewriteParts(await fs.readFile(out), async (zip) => {
        const names = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
        const last = names.sort().pop()!;
        const xml = await zip.file(last)!.async("string");
        zip.file(
          last,
          xml.replace(
            "</sheetData>",
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
          ),
        );
      });
      await fs.rm(dir, { recursive: true, force: true });
      return { "in.csv": goodCsv(), "map.xlsx": result };
    },
    argv: ["build", "@in.csv", "--out", "@map.xlsx", ...RUN],
    exit: 0,
    outputs: ["map.xlsx"],
    seconds: 30,
  },
  {
    name: "300 MB shared string in a small .xlsx (zip bomb)",
    files: async () => ({ "bomb.xlsx": await bombWorkbook(300) }),
    argv: ["inspect", "@bomb.xlsx"],
    exit: 1,
    en: /more than 32,767 characters/,
    es: /más de 32\.767 caracteres/,
    seconds: 3,
  },
  {
    name: "zip bomb as build input",
    files: async () => ({ "bomb.xlsx": await bombWorkbook(50) }),
    argv: ["build", "@bomb.xlsx", "--out", "@r.xlsx"],
    exit: 1,
    en: /Excel's limit for one cell/,
    es: /el límite de Excel para una celda/,
    seconds: 3,
  },
  {
    name: "more cells than the limit in a small .xlsx",
    files: async () => ({ "cells.xlsx": await manyCellsWorkbook(MAX_CELLS + 1) }),
    argv: ["inspect", "@cells.xlsx"],
    exit: 1,
    en: /more than 10,000,000 cells/,
    es: /más de 10\.000\.000 celdas/,
    seconds: 10,
  },
  {
    name: "a .xlsx part that unpacks past the uncompressed limit",
    files: async () => ({
      "huge-part.xlsx": await hugePartWorkbook(MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + 1),
    }),
    argv: ["build", "@huge-part.xlsx", "--out", "@r.xlsx"],
    exit: 1,
    en: /unpacks to more than 1024 MB \(the limit/,
    es: /se descomprime a más de 1024 MB \(el límite/,
    seconds: 15,
  },
  {
    name: "input above the size limit",
    files: () => ({ "huge.csv@huge": String(300 * 1024 * 1024) }),
    argv: ["inspect", "@huge.csv"],
    exit: 1,
    en: /above the 256 MB limit/,
    es: /más que el límite de 256 MB/,
    seconds: 3,
  },
  {
    name: "truncated .xlsx",
    files: async () => ({
      "cut.xlsx": (await workbookBytes([{ name: "Clientes", rows: customerRows(20) }])).subarray(0, 900),
    }),
    argv: ["inspect", "@cut.xlsx"],
    exit: 1,
    en: /damaged/,
    es: /dañado/,
  },
  {
    name: "empty .xlsx file",
    files: () => ({ "empty.xlsx": "" }),
    argv: ["inspect", "@empty.xlsx"],
    exit: 1,
    en: /Not an \.xlsx workbook/,
    es: /No es un libro \.xlsx/,
  },
  {
    name: "CSV text named .xlsx",
    files: () => ({ "data.xlsx": goodCsv() }),
    argv: ["inspect", "@data.xlsx"],
    exit: 1,
    en: /give it the \.csv extension/,
    es: /dele la extensión \.csv/,
  },
  {
    name: "CSV cell longer than Excel's limit",
    files: () => ({ "long.csv": goodCsv().replace("Cliente 3", "x".repeat(40000)) }),
    argv: ["inspect", "@long.csv"],
    exit: 1,
    en: /row 4, column 1\) holds more than 32,767 characters/,
    es: /fila 4, columna 1\) tiene más de 32\.767 caracteres/,
  },
  {
    name: "one very wide CSV row",
    files: () => ({ "wide.csv": goodCsv() + "x" + ";".repeat(20000) + "y\n" }),
    argv: ["inspect", "@wide.csv", "--json", "-"],
    exit: 0,
    en: /"customers": 4\d/,
    es: /"customers": 4\d/,
    seconds: 20,
  },

  // ---- Read wrong with exit 0: encodings, malformed CSV ----
  {
    name: "unclosed quote on row 5 of 40",
    files: () => {
      const lines = customerLines(40);
      lines[5] = lines[5].replace('";', ";");
      return { "quote.csv": lines.join("\n") + "\n" };
    },
    argv: ["build", "@quote.csv", "--out", "@r.xlsx"],
    exit: 1,
    en: /Line 6 opens a quoted field .* never closed/,
    es: /La línea 6 abre un campo entre comillas .* nunca se cierra/,
  },
  {
    name: "unclosed quote, inspect",
    files: () => {
      const lines = customerLines(40);
      lines[38] = lines[38].replace('";', ";");
      return { "quote.csv": lines.join("\n") + "\n" };
    },
    argv: ["inspect", "@quote.csv", "--json", "-"],
    exit: 1,
    en: /Line 39 opens a quoted field/,
    es: /La línea 39 abre un campo/,
  },
  {
    name: "Spanish Excel CSV in Windows-1252 with euro amounts",
    files: () => ({
      "ventas.csv": cp1252(
        "Cliente;Ventas;Margen\n" +
          Array.from(
            { length: 40 },
            (_, i) =>
              `Peña ${i + 1};${(3455.43 + i)
                .toFixed(2)
                .replace(".", ",")
                .replace(/^(\d)(\d{3})/, "$1.$2")} €;${100 + i} €`,
          ).join("\n") +
          "\n",
      ),
    }),
    argv: ["inspect", "@ventas.csv", "--json", "-"],
    exit: 0,
    en: /"encoding": "windows-1252"/,
    es: /"encoding": "windows-1252"/,
    check: (_dir, io) => {
      const summary = JSON.parse(io.stdout);
      expect(summary.customers).toBe(40);
      expect(summary.totals.revenue).toBeCloseTo(40 * 3455.43 + 780, 2);
    },
  },
  {
    name: "UTF-8 with one invalid byte stays UTF-8",
    files: () => {
      const text = goodCsv().replace("Cliente 7", "Peña 7").replace("Cliente 12", "Cliente \u0001 12");
      return {
        "utf8.csv": Buffer.from(text.replace("\u0001", "#"), "utf8").map((b) =>
          b === 0x23 ? 0xff : b,
        ) as Buffer,
      };
    },
    argv: ["inspect", "@utf8.csv", "--json", "-"],
    exit: 0,
    en: /1 invalid UTF-8 byte replaced .*line 13/,
    es: /1 byte UTF-8 no válido sustituido .*línea 13/,
    check: (_dir, io) => {
      const summary = JSON.parse(io.stdout);
      expect(summary.encoding).toBe("UTF-8");
      expect(summary.customers).toBe(40);
      expect(io.stdout).not.toContain("PeÃ±a");
    },
  },
  {
    name: "UTF-16LE with BOM (Excel Unicode text)",
    files: () => ({ "unicode.txt": utf16(goodCsv().replace(/;/g, "\t"), "le") }),
    argv: ["inspect", "@unicode.txt", "--json", "-"],
    exit: 0,
    en: /"encoding": "UTF-16LE"/,
    es: /"customers": 40/,
  },
  {
    name: "UTF-16BE with BOM",
    files: () => ({ "be.csv": utf16(goodCsv(), "be") }),
    argv: ["build", "@be.csv", "--out", "@r.xlsx", "--json", "-", ...RUN],
    exit: 0,
    en: /"encoding": "UTF-16BE"/,
    es: /"customers": 40/,
    outputs: ["r.xlsx"],
  },
  {
    name: "UTF-16LE without BOM",
    files: () => ({ "nobom.csv": utf16(goodCsv().replace("Cliente 1;", "Peña 1;"), "le", false) }),
    argv: ["inspect", "@nobom.csv", "--json", "-"],
    exit: 0,
    en: /"customers": 40/,
    es: /"encoding": "UTF-16LE"/,
  },
  {
    name: "UTF-8 with BOM",
    files: () => ({ "bom.csv": "\ufeff" + goodCsv().replace("Cliente 1;", "Peña 1;") }),
    argv: ["inspect", "@bom.csv", "--json", "-"],
    exit: 0,
    en: /"encoding": "UTF-8 \(BOM\)"/,
    es: /Peña 1|"customers": 40/,
  },

  // ---- Clear causes: file kinds by their bytes ----
  {
    name: "old .xls workbook",
    files: () => ({ "old.xls": ole2Bytes(["Root Entry", "Workbook", "SummaryInformation"]) }),
    argv: ["build", "@old.xls", "--out", "@r.xlsx"],
    exit: 1,
    en: /old Excel 97-2003 \(\.xls\).*save it as \.xlsx/,
    es: /Excel 97-2003 \(\.xls\).*guárdelo como \.xlsx/,
  },
  {
    name: "old .xls renamed .xlsx",
    files: () => ({ "old.xlsx": ole2Bytes(["Root Entry", "Workbook"]) }),
    argv: ["inspect", "@old.xlsx"],
    exit: 1,
    en: /\(\.xls\) workbook/,
    es: /\(\.xls\)/,
  },
  {
    name: "password-encrypted workbook",
    files: () => ({ "secret.xlsx": ole2Bytes(["Root Entry", "EncryptionInfo", "EncryptedPackage"]) }),
    argv: ["build", "@secret.xlsx", "--out", "@r.xlsx"],
    exit: 1,
    en: /protected with a password .*remove the password/,
    es: /protegido con contraseña .*quite la contraseña/,
  },
  {
    name: "OpenDocument spreadsheet",
    files: async () => ({ "hoja.ods": await odsBytes() }),
    argv: ["inspect", "@hoja.ods"],
    exit: 1,
    en: /OpenDocument spreadsheet \(\.ods\).*save it as \.xlsx/,
    es: /OpenDocument \(\.ods\).*guárdela como \.xlsx/,
  },
  {
    name: "OpenDocument renamed .xlsx",
    files: async () => ({ "hoja.xlsx": await odsBytes() }),
    argv: ["inspect", "@hoja.xlsx"],
    exit: 1,
    en: /OpenDocument/,
    es: /OpenDocument/,
  },
  {
    name: "a ZIP that is not a workbook",
    files: async () => ({
      "photos.xlsx": await rewriteParts(await odsBytes(), (zip) => void zip.remove("mimetype")),
    }),
    argv: ["inspect", "@photos.xlsx"],
    exit: 1,
    en: /ZIP archive but not an Excel workbook/,
    es: /es un ZIP pero no un libro de Excel/,
  },
  {
    name: ".xlsx saved with a .csv name is read as a workbook",
    files: async () => ({
      "clientes.csv": await workbookBytes([{ name: "Clientes", rows: customerRows(20) }]),
    }),
    argv: ["inspect", "@clientes.csv", "--json", "-"],
    exit: 0,
    en: /"customers": 20/,
    es: /"customers": 20/,
  },
  {
    name: "unsupported extension",
    files: () => ({ "report.pdf": "%PDF-1.4" }),
    argv: ["inspect", "@report.pdf"],
    exit: 1,
    en: /Unsupported file type/,
    es: /Tipo de archivo no admitido/,
  },
  {
    name: "empty CSV",
    files: () => ({ "empty.csv": "" }),
    argv: ["inspect", "@empty.csv"],
    exit: 1,
    en: /The file is empty/,
    es: /El archivo está vacío/,
  },
  {
    name: "CSV with only a header",
    files: () => ({ "header.csv": "Cliente;Ventas\n" }),
    argv: ["inspect", "@header.csv"],
    exit: 1,
    en: /has no data below it/,
    es: /no tiene datos debajo/,
  },

  // ---- Hidden sheets ----
  {
    name: "very hidden sheet is the largest",
    files: async () => ({
      "book.xlsx": await workbookBytes([
        { name: "Clientes", rows: customerRows(10) },
        { name: "Scratch", rows: customerRows(200), state: "veryHidden" },
      ]),
    }),
    argv: ["inspect", "@book.xlsx"],
    exit: 0,
    en: /sheet "Clientes".*largest visible table.*hidden sheets not used: "Scratch"/,
    es: /hoja "Clientes".*tabla visible más grande.*hojas ocultas no usadas: "Scratch"/,
  },
  {
    name: "hidden sheet chosen with --sheet",
    files: async () => ({
      "book.xlsx": await workbookBytes([
        { name: "Clientes", rows: customerRows(10) },
        { name: "Scratch", rows: customerRows(30), state: "hidden" },
      ]),
    }),
    argv: ["inspect", "@book.xlsx", "--sheet", "Scratch"],
    exit: 0,
    en: /as asked \(a hidden sheet\)/,
    es: /la pedida \(una hoja oculta\)/,
  },
  {
    name: "sheet that does not exist",
    files: async () => ({ "book.xlsx": await workbookBytes([{ name: "Clientes", rows: customerRows(10) }]) }),
    argv: ["inspect", "@book.xlsx", "--sheet", "Ventas"],
    exit: 1,
    en: /Sheet "Ventas" not found; the workbook has: "Clientes"/,
    es: /No existe la hoja "Ventas"; el libro tiene: "Clientes"/,
  },

  // ---- Future dates, impossible totals ----
  {
    name: "one transaction dated 2099",
    files: () => ({ "tx.csv": transactionsCsv("01/06/2099") }),
    argv: ["build", "@tx.csv", "--out", "@r.xlsx", "--json", "-", ...RUN],
    exit: 0,
    en: /1 transactions are dated after the run date and were set aside/,
    es: /1 transacciones tienen fecha posterior a la de ejecución y se apartaron/,
    outputs: ["r.xlsx"],
    check: (_dir, io) => {
      const summary = JSON.parse(io.stdout);
      expect(summary.input.skipped.find((s: { reason: string }) => s.reason === "future-date").rows).toBe(1);
    },
  },
  {
    name: "one transaction dated 2099, inspect",
    files: () => ({ "tx.csv": transactionsCsv("01/06/2099") }),
    argv: ["inspect", "@tx.csv", "--json", "-"],
    exit: 0,
    en: /"asOf": "2024-/,
    es: /"asOf": "2024-/,
  },
  {
    name: "customer sheet with a last purchase in 2099",
    files: () => ({ "c.csv": goodCsv().replace("/2024", "/2099") }),
    argv: ["inspect", "@c.csv", "--json", "-"],
    exit: 0,
    en: /purchase dates after the run date \(rows 2\); those dates were set aside/,
    es: /posteriores a la de ejecución \(filas 2\); esas fechas se apartaron/,
  },
  ...(["build", "inspect"] as const).flatMap((command): HostileCase[] => {
    const args = (file: string) =>
      command === "build" ? ["build", file, "--out", "@r.xlsx", ...RUN] : ["inspect", file, "--json", "-"];
    return [
      {
        name: `${command}: all revenues negative with a margin %`,
        files: () => ({
          "neg.csv":
            "Cliente;Ventas;Margen %\n" +
            Array.from({ length: 20 }, (_, i) => `C${i};-${1000 + i};26,5%`).join("\n") +
            "\n",
        }),
        argv: args("@neg.csv"),
        exit: 1,
        en: /Column "Ventas" adds up to −[\d,]+\.\d\d \(20 of 20 customers negative\)/,
        es: /La columna "Ventas" suma −[\d.]+,\d\d \(20 de 20 clientes en negativo\)/,
      },
      {
        name: `${command}: revenue 1e308`,
        files: async () => ({
          "big.xlsx": await workbookBytes([
            { name: "Clientes", rows: [...customerRows(10), ["Cliente X", 1e308, 5]] },
          ]),
        }),
        argv: args("@big.xlsx"),
        exit: 1,
        en: /Column "Ventas", row 12: the amount 1e\+308 is beyond any real amount/,
        es: /Columna "Ventas", fila 12: el importe 1e\+308 está fuera de cualquier importe real/,
      },
      {
        name: `${command}: a 400-digit number`,
        files: () => ({ "digits.csv": goodCsv().replace('"1274,50"', "9".repeat(400)) }),
        argv: args("@digits.csv"),
        exit: 1,
        en: /Column "Ventas", row 3: the amount 9{20}… \(400 characters\)/,
        es: /Columna "Ventas", fila 3: el importe 9{20}… \(400 caracteres\)/,
      },
      {
        name: `${command}: a margin of 1e300`,
        files: async () => ({
          "m.xlsx": await workbookBytes([
            { name: "Clientes", rows: [...customerRows(5), ["Cliente Z", 10, 1e300]] },
          ]),
        }),
        argv: args("@m.xlsx"),
        exit: 1,
        en: /Column "Margen", row 7/,
        es: /Columna "Margen", fila 7/,
      },
    ];
  }),

  // ---- Messages that name the real cause ----
  {
    name: "revenue column of mostly text",
    files: () => ({ "t.csv": "Cliente;Ventas\nA;pendiente\nB;ver nota\nC;100\nD;sin datos\nE;consultar\n" }),
    argv: ["build", "@t.csv", "--out", "@r.xlsx"],
    exit: 1,
    en: /Header "Ventas" looks like a revenue column, but \d+ % of its values are not numbers \(e\.g\. "pendiente"\).* On the command line: --map revenue=<column>\./,
    es: /El encabezado "Ventas" parece una columna de ventas, pero el \d+ % de sus valores no son números \(p\. ej\. "pendiente"\).* En la línea de órdenes: --map revenue=<columna>\./,
  },
  {
    name: "transactions dated 31/02/2024",
    files: () => ({
      "d.csv":
        "Cliente;Fecha;Factura;Importe\nA;31/02/2024;F1;100\nA;30/02/2024;F2;50\nB;31/04/2024;F3;70\nB;11/01/2024;F4;20\n",
    }),
    argv: ["inspect", "@d.csv"],
    exit: 1,
    en: /"31\/02\/2024", a day that does not exist in the calendar/,
    es: /"31\/02\/2024", un día que no existe en el calendario/,
  },
  {
    name: "one transaction dated 31/02/2024",
    files: () => ({ "d.csv": transactionsCsv("31/02/2024") }),
    argv: ["inspect", "@d.csv"],
    exit: 0,
    en: /Column "Fecha", row 31: 31\/02\/2024 is not a real date/,
    es: /Columna "Fecha", fila 31: 31\/02\/2024 no es una fecha real/,
  },
  {
    name: "small two-column CSV with a trailing newline",
    files: () => ({ "two.csv": "Cliente;Ventas\nA;100\nB;250\n" }),
    argv: ["inspect", "@two.csv", "--json", "-"],
    exit: 0,
    en: /"customers": 2/,
    es: /"customers": 2/,
  },

  // ---- --map ----
  {
    name: "--map gives an unknown header the revenue role",
    files: () => ({ "m.csv": goodCsv().replace("Ventas", "Importe bruto facturado") }),
    argv: ["inspect", "@m.csv", "--map", "revenue=Importe bruto facturado", "--json", "-"],
    exit: 0,
    en: /"role": "revenue"/,
    es: /"customers": 40/,
  },
  {
    name: "--map by column letter and Spanish role name on build",
    files: () => ({ "m.csv": goodCsv().replace("Ventas", "Zzz") }),
    argv: ["build", "@m.csv", "--out", "@r.xlsx", "--map", "ventas=B", ...RUN],
    exit: 0,
    en: /40 customers/,
    es: /40 clientes/,
    outputs: ["r.xlsx"],
  },
  {
    name: "--map with an unknown role",
    files: () => ({ "m.csv": goodCsv() }),
    argv: ["inspect", "@m.csv", "--map", "turnover=Ventas"],
    exit: 1,
    en: /unknown role "turnover"; valid roles: customerId, customerName, revenue/,
    es: /papel desconocido "turnover"; papeles válidos: customerId, customerName, revenue/,
  },
  {
    name: "--map with an unknown column",
    files: () => ({ "m.csv": goodCsv() }),
    argv: ["build", "@m.csv", "--out", "@r.xlsx", "--map", "revenue=Importe"],
    exit: 1,
    en: /no column "Importe" in the table \(row 1\); columns: A "Cliente", B "Ventas"/,
    es: /no hay columna "Importe" en la tabla \(fila 1\); columnas: A "Cliente", B "Ventas"/,
  },
  {
    name: "--map without a column",
    files: () => ({ "m.csv": goodCsv() }),
    argv: ["inspect", "@m.csv", "--map", "revenue"],
    exit: 1,
    en: /must be role=Column/,
    es: /debe ser papel=Columna/,
  },
  {
    name: "--map none leaves a column unmapped",
    files: () => ({ "m.csv": goodCsv() }),
    argv: ["inspect", "@m.csv", "--map", "none=Margen", "--json", "-"],
    exit: 0,
    en: /Left unmapped by you/,
    es: /Sin asignar por decisión suya/,
  },

  // ---- Still fine: hostile text is data, never a formula ----
  {
    name: "formula-looking names and amounts",
    files: () => ({
      "f.csv": goodCsv()
        .replace("Cliente 1;", '"=HYPERLINK(""http://x"";""y"")";')
        .replace("Cliente 2;", "@SUM(A1);"),
    }),
    argv: ["build", "@f.csv", "--out", "@r.xlsx", ...RUN],
    exit: 0,
    en: /40 customers/,
    es: /40 clientes/,
    outputs: ["r.xlsx"],
  },
];

describe("hostile inputs: the user's files stay intact and every refusal names cause and fix", () => {
  it("catalogues at least 60 hostile inputs", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of CASES) {
    it(c.name, async () => {
      await runCase(c, "en");
      await runCase(c, "es");
    });
  }
});
