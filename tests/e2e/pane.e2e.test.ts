/**
 * End-to-end: the built task pane (dist/, with the real office.js from @microsoft/office-js) in Debian's
 * headless Chromium, at 360 px, against the Excel test double injected before the page loads. Clicks through
 * sample data → Build customer map in English and in Spanish, asserts the sheets the double now holds, and
 * saves a screenshot of each step to test-artifacts/screenshots/. Also: outside Excel without the double the
 * pane says to open it in Excel. No request may leave localhost.
 *
 * Needs the webpack build: the production bundle this test run builds into its own folder (never dist/;
 * tests/build/test-bundle.ts), or the build in CMAP_DIST=<dir>.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { testBundle } from "../build/test-bundle";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SCREENSHOTS = path.join(ARTIFACTS, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PANE_WIDTH_PX = 360;

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

jest.setTimeout(600_000);

let server: http.Server;
let baseUrl = "";
let browser: Browser;
let harnessCode = "";
const offsiteRequests: string[] = [];

function bundleHarness(): string {
  // esbuild ships with tsx; bundling the TypeScript double for the browser takes a few hundred ms.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [path.join(__dirname, "pane-harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  const code = result.outputFiles[0].text;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, "pane-harness.js"), code);
  return code;
}

function serve(directory: string): Promise<http.Server> {
  const srv = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(directory, decodeURIComponent(url.pathname)));
    if (!file.startsWith(directory) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve(srv)));
}

beforeAll(async () => {
  const bundle = await testBundle();
  harnessCode = bundleHarness();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve(bundle);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
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
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(displayLanguage: string | null): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: PANE_WIDTH_PX, height: 760 },
    deviceScaleFactor: 1,
    locale: displayLanguage ?? "en-US",
  });
  // The add-in must work offline: block and record anything that is not the local server.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("data:")) return route.continue();
    offsiteRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  (page as unknown as { pageErrors: string[] }).pageErrors = errors;
  if (displayLanguage !== null) {
    await page.addInitScript({
      content: `window.__CMAP_E2E_LANG__ = ${JSON.stringify(displayLanguage)};\n${harnessCode}`,
    });
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

interface Texts {
  lang: "en" | "es";
  displayLanguage: string;
  trySample: string;
  found: RegExp;
  build: string;
  ready: string;
  options: string;
}

const LANGUAGES: Texts[] = [
  {
    lang: "en",
    displayLanguage: "en-US",
    trySample: "Try with sample data",
    found: /sheet Customers$/,
    build: "Build customer map",
    ready: "Your customer map is ready",
    options: "More options",
  },
  {
    lang: "es",
    displayLanguage: "es-ES",
    trySample: "Probar con datos de ejemplo",
    found: /hoja Facturas$/,
    build: "Crear mapa de clientes",
    ready: "Su mapa de clientes está listo",
    options: "Más opciones",
  },
];

describe.each(LANGUAGES)("task pane in a real browser ($lang)", (texts) => {
  test("sample data → Build customer map writes the map into the workbook", async () => {
    const page = await openPane(texts.displayLanguage);
    try {
      await page.getByRole("button", { name: texts.trySample }).waitFor();
      await shot(page, `${texts.lang}-1-welcome`);

      await page.getByRole("button", { name: texts.trySample }).click();
      await page.getByText(texts.found).first().waitFor({ timeout: 60_000 });
      await page.getByRole("radio").first().waitFor();
      await shot(page, `${texts.lang}-2-data`);

      await page.getByRole("button", { name: texts.options }).click();
      await page.waitForTimeout(500); // let the accordion finish opening
      await shot(page, `${texts.lang}-3-method-options`);
      await page.getByRole("button", { name: texts.options }).click();

      const sheetsBefore = await page.evaluate(() =>
        (window as unknown as { __CMAP_INSPECT__: { sheetNames(): string[] } }).__CMAP_INSPECT__.sheetNames(),
      );
      const workerUrls: string[] = [];
      page.on("worker", (worker) => workerUrls.push(worker.url()));
      await page.getByRole("button", { name: texts.build }).click();
      await page.getByText(texts.ready).waitFor({ timeout: 300_000 });
      await shot(page, `${texts.lang}-4-results`);

      const state = await page.evaluate(() => {
        const inspect = (
          window as unknown as {
            __CMAP_INSPECT__: {
              sheetNames(): string[];
              activeSheetName(): string;
              sheet(n: string): { visibility: string };
            };
          }
        ).__CMAP_INSPECT__;
        const names = inspect.sheetNames();
        return {
          names,
          visible: names.filter((n) => inspect.sheet(n).visibility === "Visible"),
          active: inspect.activeSheetName(),
        };
      });
      const created = state.names.filter((name) => !sheetsBefore.includes(name));
      // Six visible result sheets and the hidden history record; the user's sheets are all still there.
      expect(created.length).toBe(7);
      for (const name of sheetsBefore) expect(state.names).toContain(name);
      const visibleCreated = created.filter((name) => state.visible.includes(name));
      expect(visibleCreated.length).toBe(6);

      // Every created visible sheet is linked in the results, and the link activates it.
      for (const name of visibleCreated) await page.getByRole("button", { name, exact: true }).waitFor();
      const target = visibleCreated[2];
      await page.getByRole("button", { name: target, exact: true }).click();
      await page.waitForFunction(
        (name) =>
          (
            window as unknown as { __CMAP_INSPECT__: { activeSheetName(): string } }
          ).__CMAP_INSPECT__.activeSheetName() === name,
        target,
      );
      // Segments are listed with their customer counts.
      expect(await page.locator("li").filter({ hasText: "·" }).count()).toBeGreaterThanOrEqual(2);
      // The analysis ran in the dedicated worker (its own chunk), not on the pane's thread.
      expect(await page.evaluate(() => document.documentElement.getAttribute("data-cmap-analysis"))).toBe(
        "worker",
      );
      expect(workerUrls.some((url) => url.includes("analysis-worker"))).toBe(true);
      expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    } catch (error) {
      // Leave the evidence next to the screenshots: what the pane showed and what the page threw.
      await shot(page, `${texts.lang}-failure`).catch(() => undefined);
      const pageErrors = (page as unknown as { pageErrors: string[] }).pageErrors;
      throw new Error(`${String(error)}\npage errors: ${pageErrors.join("\n")}`);
    } finally {
      await page.context().close();
    }
  });
});

test("outside Excel and without the double, the pane says to open it in Excel", async () => {
  const page = await openPane(null);
  try {
    await page.getByText("Open this add-in in Excel").waitFor({ timeout: 60_000 });
    await shot(page, "en-0-no-host");
  } finally {
    await page.context().close();
  }
});

/** office.js itself tries to open its telemetry frame when loaded outside Office; it is blocked above. */
const OFFICE_JS_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

test("nothing but office.js's own (blocked) telemetry was requested from outside localhost", () => {
  expect(offsiteRequests.filter((url) => !url.startsWith(OFFICE_JS_TELEMETRY))).toEqual([]);
});
