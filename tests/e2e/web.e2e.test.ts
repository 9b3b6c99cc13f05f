/**
 * End-to-end: the web page (dist/web built into a test-only folder) in Debian's headless Chromium, served by
 * the same tiny server `npm run web` uses, and from file://. A file is set on the page's file input (both
 * sample workbooks, a 100,000-line transaction CSV, an earlier result beside new data, bad files), every step
 * is walked and photographed in English and Spanish (test-artifacts/web/), the downloaded .xlsx is opened and
 * compared with what the command line writes for the same input at the same run time: the same package parts
 * byte for byte (before compression) and, read back by ExcelJS, the same cells in every sheet. Bad files get
 * the command line's message. Every request the page makes is recorded: only its own files, and after load
 * only its own script chunks (the worker, lazily loaded code) — no data request of any kind.
 *
 * Needs the web page bundle: the `web/` folder of the tests' production bundle (tests/build/test-bundle.ts),
 * or CMAP_WEB_DIST.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { runBuild } from "../../src/cli/build-command";
import { KMEANS_SIMD_WASM_BASE64 } from "../../src/core/segment/kmeans-simd-module";
import type { Lang } from "../../src/core/types";
import { writeLinesCsv } from "../bench/generate-data";
import { webBuild } from "../build/web-build";
import { captureIo } from "../cli/capture-io";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-artifacts", "web");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The run time the page's clock is fixed at, and the command line is given (--run-at). */
const RUN_AT = "2026-12-01T09:30:00.000Z";
const TRANSACTION_LINES = 100_000;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveFolder } = require("../../scripts/serve-web.js") as {
  serveFolder(folder: string, port?: number): Promise<http.Server>;
};

jest.setTimeout(900_000);

let server: http.Server;
let baseUrl = "";
let work = "";
/** The built page's folder. */
let webDist = "";

/** Every network request of every page, with whether the page had finished loading. */
const requests: { url: string; type: string; afterLoad: boolean; test: string }[] = [];

beforeAll(async () => {
  webDist = await webBuild();
  fs.mkdirSync(SHOTS, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cmap-web-e2e-"));
  server = await serveFolder(webDist);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A fresh browser profile (its own --user-data-dir) in `locale`, recording requests. */
async function openBrowser(
  locale: string,
  test: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const profile = fs.mkdtempSync(path.join(work, "profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    locale,
    viewport: { width: 1100, height: 1000 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let loaded = false;
  page.on("load", () => (loaded = true));
  context.on("request", (request) =>
    requests.push({ url: request.url(), type: request.resourceType(), afterLoad: loaded, test }),
  );
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.clock.setFixedTime(new Date(RUN_AT));
  return { context, page, errors };
}

/** A full-page picture; the viewport grows with the page so the pinned Build bar sits where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1100, height: Math.min(6000, Math.max(900, height)) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 1100, height: 1000 });
}

interface Texts {
  lang: Lang;
  locale: string;
  sample: string;
  dropTitle: string;
  found: RegExp;
  foundText: string;
  sheetLabel: string;
  noData: string;
  build: string;
  ready: string;
  options: string;
  download: string;
  unreadable: string;
  comparing: string;
  mobility: string;
  switchTo: { name: string; dropTitle: string };
}

const LANGUAGES: Texts[] = [
  {
    lang: "en",
    locale: "en-US",
    sample: "sample-customers.xlsx",
    dropTitle: "Drop your file here",
    found: /^Table found on sheet /,
    foundText: "Table found on sheet ",
    sheetLabel: "Sheet",
    noData: "No customer data found in this file",
    build: "Build customer map",
    ready: "Your customer map is ready",
    options: "More options",
    download: "Download the customer map (.xlsx)",
    unreadable: "The file could not be read",
    comparing: "Comparing with",
    mobility: "Mobility since the previous map",
    switchTo: { name: "Español", dropTitle: "Suelte aquí su archivo" },
  },
  {
    lang: "es",
    locale: "es-ES",
    sample: "muestra-clientes.xlsx",
    dropTitle: "Suelte aquí su archivo",
    found: /^Tabla encontrada en la hoja /,
    foundText: "Tabla encontrada en la hoja ",
    sheetLabel: "Hoja",
    noData: "No hay datos de clientes en este archivo",
    build: "Crear mapa de clientes",
    ready: "Su mapa de clientes está listo",
    options: "Más opciones",
    download: "Descargar el mapa de clientes (.xlsx)",
    unreadable: "No se pudo leer el archivo",
    comparing: "Se compara con",
    mobility: "Movilidad desde el mapa anterior",
    switchTo: { name: "English", dropTitle: "Drop your file here" },
  },
];

/** The command line's result for `input` at RUN_AT (and, when `previous` is given, over a copy of it). */
async function cliResult(input: string, lang: Lang, name: string, previous?: string) {
  const out = path.join(work, `${name}.cli.xlsx`);
  if (previous) fs.copyFileSync(previous, out);
  else fs.rmSync(out, { force: true });
  const io = captureIo();
  const code = await runBuild({ input, out, method: "portfolio", lang, json: "-", runAt: RUN_AT }, io);
  expect({ code, stderr: code === 0 ? "" : io.stderr }).toEqual({ code: 0, stderr: "" });
  return {
    file: out,
    summary: JSON.parse(io.stdout) as { customerCount: number; totals: { revenue: number } },
  };
}

/** The CLI's one-line reason for a bad input file, as the page must show it (file name, not path). */
async function cliError(input: string, lang: Lang): Promise<string> {
  const io = captureIo();
  const code = await runBuild(
    { input, out: path.join(work, "never.xlsx"), method: "portfolio", lang, runAt: RUN_AT },
    io,
  );
  expect(code).toBe(1);
  return io.stderr
    .replace(/^customer-map: /, "")
    .trim()
    .split(path.dirname(input) + path.sep)
    .join("");
}

async function partsOf(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) parts.set(name, await zip.file(name)!.async("string"));
  return parts;
}

/**
 * Relative difference allowed between a number the page wrote and the command line's. Only the last bits of
 * transcendental results may differ: Chromium's V8 and Node's compute Math.exp, Math.log, Math.pow... with
 * different libm code (measured: ~10 % of Math.exp results differ in the last ulp), and the predictive LTV's
 * likelihood maximisation carries that to ~1e-8 relative. Everything else must be identical.
 */
const LAST_BITS = 1e-6;

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= LAST_BITS * Math.max(Math.abs(a), Math.abs(b));
}

const NUMBER_CELL = /<v>([^<]*)<\/v>/g;

/** A part's XML, equal but for numbers that differ only in their last bits; returns how many did. */
function expectSamePart(name: string, web: string, cli: string): number {
  if (web === cli) return 0;
  const skeleton = (xml: string) => xml.replace(NUMBER_CELL, "<v/>");
  if (skeleton(web) !== skeleton(cli)) throw new Error(`part ${name} differs from the command line's`);
  const a = [...web.matchAll(NUMBER_CELL)].map((match) => Number(match[1]));
  const b = [...cli.matchAll(NUMBER_CELL)].map((match) => Number(match[1]));
  let differing = 0;
  a.forEach((value, i) => {
    if (value === b[i]) return;
    differing++;
    if (!sameNumber(value, b[i]))
      throw new Error(`part ${name}: number ${value} vs the command line's ${b[i]}`);
  });
  return differing;
}

/**
 * The page's download against the command line's file: the same parts, byte for byte but for the last bits of
 * a few fitted numbers (see LAST_BITS); read back by ExcelJS, the same cells in every sheet; the customer list
 * has every customer and adds up to the command line's revenue total.
 */
async function expectSameAsCli(
  downloaded: string,
  cli: { file: string; summary: { customerCount: number; totals: { revenue: number } } },
): Promise<void> {
  const [web, theirs] = await Promise.all([partsOf(downloaded), partsOf(cli.file)]);
  expect([...web.keys()]).toEqual([...theirs.keys()]);
  let lastBits = 0;
  for (const [name, text] of theirs) lastBits += expectSamePart(name, web.get(name)!, text);
  if (lastBits > 0)
    console.log(`${path.basename(downloaded)}: ${lastBits} numbers differ in their last bits`);
  const books = await Promise.all(
    [downloaded, cli.file].map(async (file) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      return book;
    }),
  );
  const [a, b] = books;
  expect(a.worksheets.map((sheet) => sheet.name)).toEqual(b.worksheets.map((sheet) => sheet.name));
  let cells = 0;
  for (const sheetB of b.worksheets) {
    const sheetA = a.getWorksheet(sheetB.name)!;
    expect(sheetA.rowCount).toBe(sheetB.rowCount);
    sheetB.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells++;
        const ours = sheetA.getCell(r, c).value;
        if (typeof ours === "number" && typeof cell.value === "number" && sameNumber(ours, cell.value))
          return;
        expect([sheetB.name, r, c, ours]).toEqual([sheetB.name, r, c, cell.value]);
      }),
    );
  }
  expect(cells).toBeGreaterThan(1000);
  // The customer list: one row per customer, and its revenue adds up to the command line's total.
  const customers = a.worksheets.find((sheet) => /^(Customers|Clientes)$/.test(sheet.name))!;
  expect(customers.rowCount - 1).toBe(cli.summary.customerCount);
  const header = (customers.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const revenueColumn = header.findIndex((name) => /^(Revenue|Ventas)$/.test(name));
  expect(revenueColumn).toBeGreaterThan(0);
  let revenue = 0;
  customers.eachRow((row, r) => {
    if (r > 1) revenue += Number(row.getCell(revenueColumn).value);
  });
  expect(revenue).toBeCloseTo(cli.summary.totals.revenue, 2);
}

/** Clicks Download and saves the file; returns its path. */
async function download(page: Page, texts: Texts, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: texts.download }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = path.join(work, `${name}.web.xlsx`);
  await file.saveAs(saved);
  return saved;
}

async function setFiles(page: Page, files: string | string[]): Promise<void> {
  await page.locator("#cmap-data-file").setInputFiles(files);
}

describe.each(LANGUAGES)("web page ($lang)", (texts) => {
  let firstResult = "";

  test("the sample workbook: every step, and the download is the command line's map", async () => {
    const { context, page, errors } = await openBrowser(texts.locale, `sample-${texts.lang}`);
    try {
      await page.goto(`${baseUrl}/index.html`);
      await page.getByText(texts.dropTitle).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(texts.lang);
      await shot(page, `${texts.lang}-1-start`);

      await setFiles(page, path.join(ROOT, "assets", texts.sample));
      await page.getByText(texts.found).first().waitFor({ timeout: 120_000 });
      await page.getByRole("radio").first().waitFor();
      await shot(page, `${texts.lang}-2-data`);

      // The sheet chooser (workbooks with several sheets): the largest table first, any other on request.
      const chooser = page.getByRole("combobox", { name: texts.sheetLabel });
      if ((await chooser.count()) > 0) {
        const largest = (await chooser.innerText()).trim();
        await chooser.click();
        await page.getByRole("listbox").waitFor();
        await shot(page, `${texts.lang}-3-sheet-chooser`);
        const other = page.getByRole("option").filter({ hasNotText: largest }).first();
        const otherName = (await other.innerText()).trim();
        await other.click();
        // Read again: the table found there, or why there is none.
        await page
          .getByText(`${texts.foundText}${otherName}`)
          .or(page.getByText(texts.noData))
          .first()
          .waitFor({ timeout: 60_000 });
        await shot(page, `${texts.lang}-3b-other-sheet`);
        await chooser.click();
        await page.getByRole("option", { name: largest }).click();
        await page.getByText(texts.found).first().waitFor({ timeout: 60_000 });
        await page.getByRole("radio").first().waitFor();
      }

      await page.getByRole("button", { name: texts.options }).click();
      await page.waitForTimeout(500);
      await shot(page, `${texts.lang}-4-method-options`);

      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await page.getByRole("button", { name: texts.build }).click();
      await page.getByText(texts.ready).waitFor({ timeout: 300_000 });
      await shot(page, `${texts.lang}-5-results`);
      // The analysis ran in the worker; segments are listed with their counts; a named customer is called.
      expect(await page.evaluate(() => document.documentElement.getAttribute("data-cmap-analysis"))).toBe(
        "worker",
      );
      expect(workers.some((url) => url.startsWith(baseUrl) && url.includes("analysis-worker"))).toBe(true);
      expect(await page.locator("li").filter({ hasText: "·" }).count()).toBeGreaterThanOrEqual(3);
      // The map grid's preview: colored cells drawn from the plan.
      const coloredCells = await page.locator("table[data-sheet] td[style*='background-color']").count();
      expect(coloredCells).toBeGreaterThan(4);

      const insightsTab = page.getByRole("tab").nth(3);
      await insightsTab.click();
      await page.waitForTimeout(300);
      await shot(page, `${texts.lang}-6-preview-call-list`);

      firstResult = await download(page, texts, `sample-${texts.lang}`);
      const cli = await cliResult(
        path.join(ROOT, "assets", texts.sample),
        texts.lang,
        `sample-${texts.lang}`,
      );
      await expectSameAsCli(firstResult, cli);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an earlier result dropped with the data shows mobility, as the command line does", async () => {
    expect(firstResult).not.toBe("");
    const { context, page, errors } = await openBrowser(texts.locale, `mobility-${texts.lang}`);
    try {
      await page.goto(`${baseUrl}/index.html`);
      const renamed = path.join(work, `previous-${texts.lang}.xlsx`);
      fs.copyFileSync(firstResult, renamed);
      await setFiles(page, [renamed, path.join(ROOT, "assets", texts.sample)]);
      await page.getByText(texts.comparing).waitFor({ timeout: 120_000 });
      await page.getByRole("radio").first().waitFor();
      await page.getByRole("button", { name: texts.build }).click();
      await page.getByText(texts.ready).waitFor({ timeout: 300_000 });
      await page.getByRole("tab").nth(1).click();
      await page.getByText(texts.mobility).first().waitFor();
      await shot(page, `${texts.lang}-7-mobility`);

      const second = await download(page, texts, `mobility-${texts.lang}`);
      const cli = await cliResult(
        path.join(ROOT, "assets", texts.sample),
        texts.lang,
        `mobility-${texts.lang}`,
        firstResult,
      );
      await expectSameAsCli(second, cli);
      const segments = (await partsOf(second)).get("xl/sharedStrings.xml")!;
      expect(segments).toContain(texts.mobility);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("bad files get the command line's message; a too-big file is refused before reading", async () => {
    const { context, page } = await openBrowser(texts.locale, `bad-${texts.lang}`);
    try {
      await page.goto(`${baseUrl}/index.html`);
      const corrupt = path.join(work, "ventas.xlsx");
      fs.writeFileSync(corrupt, "this is not a zip file");
      await setFiles(page, corrupt);
      await page.getByText(texts.unreadable).waitFor();
      const alert = page.getByRole("alert");
      expect(await alert.innerText()).toContain(await cliError(corrupt, texts.lang));
      await shot(page, `${texts.lang}-8-bad-file`);

      const pdf = path.join(work, "informe.pdf");
      fs.writeFileSync(pdf, "%PDF-1.4");
      await setFiles(page, pdf);
      await page.getByRole("alert").filter({ hasText: "informe.pdf" }).waitFor();
      expect(await page.getByRole("alert").innerText()).toContain(await cliError(pdf, texts.lang));

      // 201 MB, sparse on disk: the page must say so from the size alone.
      const big = path.join(work, "enorme.csv");
      const handle = fs.openSync(big, "w");
      fs.ftruncateSync(handle, 201 * 1024 * 1024);
      fs.closeSync(handle);
      await setFiles(page, big);
      const tooBig = page.getByRole("alert").filter({ hasText: "enorme.csv" });
      await tooBig.waitFor({ timeout: 10_000 });
      expect(await tooBig.innerText()).toMatch(/200 MB/);
      await shot(page, `${texts.lang}-9-too-big`);
    } finally {
      await context.close();
    }
  });

  test("the page follows the browser's language and switches", async () => {
    const { context, page } = await openBrowser(texts.locale, `lang-${texts.lang}`);
    try {
      await page.goto(`${baseUrl}/index.html`);
      await page.getByText(texts.dropTitle).waitFor();
      await page.getByRole("button", { name: texts.switchTo.name }).click();
      await page.getByText(texts.switchTo.dropTitle).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).not.toBe(texts.lang);
    } finally {
      await context.close();
    }
  });
});

test(`a ${TRANSACTION_LINES.toLocaleString("en-US")}-line transaction CSV from drop to download, same map as the command line`, async () => {
  const csv = path.join(work, "facturas.csv");
  await writeLinesCsv(csv, TRANSACTION_LINES);
  const { context, page, errors } = await openBrowser("en-US", "csv");
  try {
    await page.goto(`${baseUrl}/index.html`);
    await page.getByText(LANGUAGES[0].dropTitle).waitFor();
    const started = Date.now();
    await setFiles(page, csv);
    await page.getByRole("radio").first().waitFor({ timeout: 300_000 });
    const detected = Date.now();
    await page.getByRole("button", { name: LANGUAGES[0].build }).click();
    // While the worker builds, the page still answers.
    const stillAnswering = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const frameMs = Date.now() - stillAnswering;
    await page.getByText(LANGUAGES[0].ready).waitFor({ timeout: 600_000 });
    const built = Date.now();
    const downloaded = await download(page, LANGUAGES[0], "csv");
    const done = Date.now();
    console.log(
      `web page, ${TRANSACTION_LINES} transaction lines: drop → data step ${detected - started} ms, ` +
        `build ${built - detected} ms, download ${done - built} ms, total ${done - started} ms ` +
        `(a frame during the build: ${frameMs} ms)`,
    );
    await shot(page, "en-10-csv-results");
    const cli = await cliResult(csv, "en", "csv");
    await expectSameAsCli(downloaded, cli);
    expect(frameMs).toBeLessThan(2_000);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("from file:// the page loads, analyses and downloads (on the page's thread where workers are refused)", async () => {
  const { context, page, errors } = await openBrowser("en-US", "file");
  try {
    await page.goto(`file://${path.join(webDist, "index.html")}`);
    await page.getByText(LANGUAGES[0].dropTitle).waitFor();
    await setFiles(page, path.join(ROOT, "assets", "sample-customers.xlsx"));
    await page.getByRole("radio").first().waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: LANGUAGES[0].build }).click();
    await page.getByText(LANGUAGES[0].ready).waitFor({ timeout: 300_000 });
    const analysisPath = await page.evaluate(() =>
      document.documentElement.getAttribute("data-cmap-analysis"),
    );
    console.log(`web page from file://: the analysis ran ${analysisPath}`);
    expect(["worker", "in-thread"]).toContain(analysisPath);
    await shot(page, "en-11-file-url");
    const downloaded = await download(page, LANGUAGES[0], "file-url");
    const cli = await cliResult(path.join(ROOT, "assets", "sample-customers.xlsx"), "en", "file-url");
    await expectSameAsCli(downloaded, cli);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the page may compile the k-means SIMD module under its own security policy, and Chromium runs its SIMD", async () => {
  const { context, page, errors } = await openBrowser("en-US", "wasm");
  try {
    await page.goto(`${baseUrl}/index.html`);
    await page.getByText(LANGUAGES[0].dropTitle).waitFor();
    const bytes = Array.from(Buffer.from(KMEANS_SIMD_WASM_BASE64, "base64"));
    // Compiled in the page itself, where the policy applies (the analysis worker is not stricter).
    const compiled = await page.evaluate(async (moduleBytes) => {
      const code = new Uint8Array(moduleBytes);
      try {
        const module = await WebAssembly.compile(code);
        return { valid: WebAssembly.validate(code), passes: WebAssembly.Module.exports(module).length };
      } catch (error) {
        return { valid: WebAssembly.validate(code), refused: String(error) };
      }
    }, bytes);
    expect(compiled).toEqual({ valid: true, passes: 16 });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("every request was for the page's own files; after load only its own script chunks", () => {
  const network = requests.filter((request) => /^(https?|wss?|ftp):/i.test(request.url));
  expect(network.length).toBeGreaterThan(5);
  const foreign = network.filter((request) => !request.url.startsWith(`${baseUrl}/`));
  expect(foreign).toEqual([]);
  const ownFiles = new Set(fs.readdirSync(webDist));
  const notOwn = network.filter((request) => !ownFiles.has(new URL(request.url).pathname.slice(1)));
  expect(notOwn).toEqual([]);
  const afterLoad = network.filter(
    (request) => request.afterLoad && !(request.type === "script" || /\.js$/.test(request.url)),
  );
  expect(afterLoad).toEqual([]);
  const dataRequests = network.filter((request) =>
    ["fetch", "xhr", "websocket", "eventsource", "ping"].includes(request.type),
  );
  expect(dataRequests).toEqual([]);
  // From file:// nothing touches the network at all.
  expect(requests.filter((request) => request.test === "file" && /^https?:/i.test(request.url))).toEqual([]);
});
