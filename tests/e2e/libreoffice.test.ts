/**
 * A real spreadsheet program opens the result: LibreOffice (headless) converts the demo result to PDF and
 * pdftotext reads the map's title and a segment name back from it. Both programs must be on PATH (CI installs
 * libreoffice-calc and poppler-utils): without either the test fails naming the package to install, never
 * skips a check.
 */
import { execFile } from "child_process";
import { accessSync, constants, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

const PROGRAMS = ["libreoffice", "soffice"];
const ROOT = path.join(__dirname, "../..");
const RUN_AT = "2025-01-15T10:00:00.000Z";
/** The demo must print as a short report, every page readable. */
const MAX_PAGES = 25;
const CONVERT_TIMEOUT_MS = 120_000;

function findOnPath(names: string[]): string | null {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function run(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const MISSING_TOOLS =
  "is not on PATH: install libreoffice-calc and poppler-utils (Debian) to check that a real spreadsheet " +
  "program opens the result (.ci/run installs both).";

/** A poppler tool (pdfinfo, pdftotext), installed with LibreOffice's PDF checks; its absence is an error. */
function tool(name: string): string {
  const found = findOnPath([name]);
  if (!found) throw new Error(`${name} ${MISSING_TOOLS}`);
  return found;
}

describe("LibreOffice opens the built customer map", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-lo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Builds a sample into `dir`, converts it to PDF and returns the PDF's path. */
  async function buildPdf(sample: string, lang: "en" | "es", name: string): Promise<string> {
    const result = path.join(dir, `${name}.xlsx`);
    const io = { out: () => undefined, err: () => undefined };
    const code = await main(
      ["build", path.join(ROOT, "assets", sample), "--out", result, "--lang", lang, "--run-at", RUN_AT],
      io,
    );
    expect(code).toBe(0);
    // Own profile directory: a LibreOffice already running elsewhere on the machine must not capture the call.
    const profile = `file://${path.join(dir, "lo-profile")}`;
    const libreoffice = findOnPath(PROGRAMS);
    if (!libreoffice) throw new Error(`LibreOffice (libreoffice or soffice) ${MISSING_TOOLS}`);
    const conversion = await run(
      libreoffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, result],
      CONVERT_TIMEOUT_MS,
    );
    const pdf = path.join(dir, `${name}.pdf`);
    const stat = await fs.stat(pdf).catch(() => null);
    if (!stat)
      throw new Error(`LibreOffice produced no PDF (exit ${conversion.code}): ${conversion.stderr.trim()}`);
    expect(stat.size).toBeGreaterThan(10_000);
    expect((await fs.readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    return pdf;
  }

  /** The text of every page (pdftotext, layout kept), in order. */
  async function pageTexts(pdf: string): Promise<string[]> {
    const info = await run(tool("pdfinfo"), [pdf], 30_000);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? "0");
    const texts: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = await run(
        tool("pdftotext"),
        ["-layout", "-f", `${page}`, "-l", `${page}`, pdf, "-"],
        30_000,
      );
      texts.push(text.stdout);
    }
    return texts;
  }

  /** Every page as a PNG in test-artifacts/sheets, to be looked at. */
  async function savePages(pdf: string, name: string): Promise<void> {
    const out = path.join(ROOT, "test-artifacts", "sheets");
    await fs.mkdir(out, { recursive: true });
    // Pages of an earlier, longer run would be mistaken for this one's.
    for (const file of await fs.readdir(out))
      if (file.startsWith(`${name}-`)) await fs.rm(path.join(out, file), { force: true });
    await run(tool("pdftoppm"), ["-r", "70", "-png", pdf, path.join(out, name)], 120_000);
  }

  const cases = [
    {
      name: "mapa-clientes",
      sample: "muestra-clientes.xlsx",
      lang: "es" as const,
      footer: "Mapa de clientes · ",
      page: /Página (\d+) de (\d+)/,
      map: ["Mapa de clientes", "Estratégicos / VIP"],
      customers: { sheet: "Clientes", first: "ID cliente", segment: "Segmento" },
    },
    {
      name: "customer-map",
      sample: "sample-customers.xlsx",
      lang: "en" as const,
      footer: "Customer Map · ",
      page: /Page (\d+) of (\d+)/,
      map: ["Customer Map"],
      customers: { sheet: "Customers", first: "Customer ID", segment: "Segment" },
    },
  ];

  for (const sample of cases) {
    it(
      `${sample.lang}: the result prints in at most ${MAX_PAGES} pages, every sheet one page wide, with footers`,
      async () => {
        const pdf = await buildPdf(sample.sample, sample.lang, sample.name);
        await savePages(pdf, sample.name);
        const texts = await pageTexts(pdf);
        expect(texts.length).toBeGreaterThan(3);
        expect(texts.length).toBeLessThanOrEqual(MAX_PAGES);
        for (const text of sample.map) expect(texts[0]).toContain(text);
        // Every page carries the footer: the map's name, the sheet, "page x of y".
        const sheetOf = texts.map((text, index) => {
          expect(text).toContain(sample.footer);
          const page = sample.page.exec(text);
          expect(page?.[1]).toBe(String(index + 1));
          expect(page?.[2]).toBe(String(texts.length));
          return /· (.+?)\s{2,}/.exec(text.slice(text.lastIndexOf(sample.footer)))?.[1]?.trim() ?? "";
        });
        // One page wide: a list sheet that ran across column bands would have pages without its first
        // header; here every page of the customer list starts with the id header, the segment beside it.
        const customerPages = texts.filter((_, index) => sheetOf[index] === sample.customers.sheet);
        expect(customerPages.length).toBeGreaterThan(0);
        for (const text of customerPages) {
          const header = text.split("\n").find((line) => line.includes(sample.customers.first)) ?? "";
          expect(header).toContain(sample.customers.segment);
        }
        // Pages are letter/A4 sized (no page stretched to hold a wide sheet).
        const info = await run(tool("pdfinfo"), ["-f", "1", "-l", String(texts.length), pdf], 30_000);
        const sizes = [...info.stdout.matchAll(/size:\s+([\d.]+) x ([\d.]+) pts/g)];
        expect(sizes.length).toBe(texts.length);
        for (const size of sizes) expect(Math.max(Number(size[1]), Number(size[2]))).toBeLessThan(900);
      },
      CONVERT_TIMEOUT_MS + 120_000,
    );
  }
});
