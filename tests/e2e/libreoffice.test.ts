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
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const PROGRAMS = ["libreoffice", "soffice"];
const ROOT = path.join(__dirname, "../..");
const RUN_AT = "2025-01-15T10:00:00.000Z";
/** The demo must print as a short report, every page readable: at most 25 pages (issue #13; today 23–24). */
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
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: timeoutMs, env: env ?? process.env }, (error, stdout, stderr) => {
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

  /**
   * Builds a sample into `dir`, converts it to PDF and returns the PDF's path. LibreOffice runs in the
   * workbook's language (`locale`), as the reader's spreadsheet would: cell formats are invariant codes and
   * show the reader's separators, so a Spanish reader sees 17.197.093 € where an English one sees 17,197,093 €.
   */
  async function buildPdf(sample: string, lang: "en" | "es", name: string, locale: string): Promise<string> {
    const result = path.join(dir, `${name}.xlsx`);
    const io = { out: () => undefined, err: () => undefined };
    const code = await main(
      ["build", path.join(ROOT, "assets", sample), "--out", result, "--lang", lang, "--run-at", RUN_AT],
      io,
    );
    expect(code).toBe(0);
    // Own profile directory (one per locale: the profile remembers it): a LibreOffice already running
    // elsewhere on the machine must not capture the call.
    const profile = `file://${path.join(dir, `lo-profile-${locale}`)}`;
    const libreoffice = findOnPath(PROGRAMS);
    if (!libreoffice) throw new Error(`LibreOffice (libreoffice or soffice) ${MISSING_TOOLS}`);
    const conversion = await run(
      libreoffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, result],
      CONVERT_TIMEOUT_MS,
      { ...process.env, LC_ALL: `${locale}.UTF-8`, LANG: `${locale}.UTF-8` },
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

  /**
   * For every visible sheet of a result: the first words of the leftmost and rightmost text cells of its
   * widest text row inside the print area (a table's header, the map's column labels). A sheet printed one
   * page wide has both on one page; one that ran across column bands has them on different pages.
   */
  async function widestRows(file: string): Promise<Map<string, [string, string]>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const firstWord = (text: string) => /[\p{L}\p{N}%#]+/u.exec(text)?.[0] ?? "";
    const result = new Map<string, [string, string]>();
    workbook.eachSheet((sheet) => {
      if (sheet.state !== "visible") return;
      const area = /\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/.exec(String(sheet.pageSetup.printArea ?? ""));
      const lastColumn = area
        ? area[3].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
        : sheet.columnCount;
      let best: { span: number; words: [string, string] } | null = null;
      sheet.eachRow((row) => {
        const texts: { column: number; word: string }[] = [];
        row.eachCell((cell, column) => {
          const word = typeof cell.value === "string" ? firstWord(cell.value) : "";
          if (column <= lastColumn && word.length >= 2) texts.push({ column, word });
        });
        if (texts.length < 2) return;
        const span = texts[texts.length - 1].column - texts[0].column;
        if (!best || span > best.span) best = { span, words: [texts[0].word, texts[texts.length - 1].word] };
      });
      if (best) result.set(sheet.name, (best as { words: [string, string] }).words);
    });
    return result;
  }

  /**
   * True when the page shows `first` and, at most three lines away (a wrapped header cell), `last`, as whole
   * words, outside the footer: the two ends of one sheet row on one page.
   */
  function rowOnOnePage(text: string, first: string, last: string): boolean {
    const body = text.slice(0, text.lastIndexOf(" · ")).split("\n").slice(0, -1);
    const word = (w: string) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`, "u");
    return body.some(
      (line, i) =>
        word(first).test(line) && word(last).test(body.slice(Math.max(0, i - 3), i + 4).join("\n")),
    );
  }

  const cases = [
    {
      name: "mapa-clientes",
      sample: "muestra-clientes.xlsx",
      lang: "es" as const,
      locale: "es_ES",
      footer: "Mapa de clientes · ",
      page: /Página (\d+) de (\d+)/,
      map: ["Mapa de clientes", "Estratégicos / VIP"],
      mapSheet: "Mapa de clientes",
      chartTitle: "Valor × margen % por segmento",
      customers: { sheet: "Clientes", first: "ID cliente", segment: "Segmento" },
    },
    {
      name: "mapa-clientes-en",
      sample: "muestra-clientes.xlsx",
      lang: "en" as const,
      locale: "en_US",
      footer: "Customer Map · ",
      page: /Page (\d+) of (\d+)/,
      map: ["Customer Map", "Strategic / VIP"],
      mapSheet: "Customer Map",
      chartTitle: "Value × margin % by segment",
      customers: { sheet: "Customers", first: "Customer ID", segment: "Segment" },
    },
    {
      name: "customer-map",
      sample: "sample-customers.xlsx",
      lang: "en" as const,
      locale: "en_US",
      footer: "Customer Map · ",
      page: /Page (\d+) of (\d+)/,
      map: ["Customer Map"],
      mapSheet: "Customer Map",
      chartTitle: "Value × margin % by segment",
      customers: { sheet: "Customers", first: "Customer ID", segment: "Segment" },
    },
    {
      name: "customer-map-es",
      sample: "sample-customers.xlsx",
      lang: "es" as const,
      locale: "es_ES",
      footer: "Mapa de clientes · ",
      page: /Página (\d+) de (\d+)/,
      map: ["Mapa de clientes"],
      mapSheet: "Mapa de clientes",
      chartTitle: "Valor × margen % por segmento",
      customers: { sheet: "Clientes", first: "ID cliente", segment: "Segmento" },
    },
  ];

  for (const sample of cases) {
    it(
      `${sample.name} (${sample.lang}): at most ${MAX_PAGES} pages, every sheet one page wide, the map and its chart on a page each, footers`,
      async () => {
        const pdf = await buildPdf(sample.sample, sample.lang, sample.name, sample.locale);
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
        // One page wide, every sheet: the widest row's first and last texts print on one page.
        const widest = await widestRows(path.join(dir, `${sample.name}.xlsx`));
        expect(widest.size).toBeGreaterThanOrEqual(5);
        for (const [sheet, [first, last]] of widest) {
          const pages = texts.filter((_, index) => sheetOf[index] === sheet);
          expect({ sheet, pages: pages.length > 0 }).toEqual({ sheet, pages: true });
          const together = pages.some((text) => rowOnOnePage(text, first, last));
          expect({ sheet, first, last, together }).toEqual({ sheet, first, last, together: true });
        }
        // And a list that ran across column bands would have pages without its first header; every page of
        // the customer list starts with the id header, the segment beside it.
        const customerPages = texts.filter((_, index) => sheetOf[index] === sample.customers.sheet);
        expect(customerPages.length).toBeGreaterThan(0);
        for (const text of customerPages) {
          const header = text.split("\n").find((line) => line.includes(sample.customers.first)) ?? "";
          expect(header).toContain(sample.customers.segment);
        }
        // The map fills its page and the chart the next one (the chart no longer shares, at half size).
        const mapPages = texts.filter((_, index) => sheetOf[index] === sample.mapSheet);
        expect(mapPages).toHaveLength(2);
        expect(mapPages[0]).not.toContain(sample.chartTitle);
        expect(mapPages[1]).toContain(sample.chartTitle);
        // Money in the reader's convention: 17.197.093 € in Spanish, €17,197,093 / $7,435,767 in English.
        if (sample.lang === "es") {
          expect(texts[0]).toMatch(/\d{1,3}(\.\d{3})+ [€$]/);
          expect(texts[0]).not.toMatch(/\d,\d{3} [€$]/);
        } else {
          expect(texts[0]).toMatch(/[€$]\d{1,3}(,\d{3})+/);
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
