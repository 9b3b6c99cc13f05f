/**
 * Adding a method = one file + one line: a toy method (tests/registry/alphabetical-method.ts) registered
 * through the registry's one entry point appears on every surface without editing any of them — the CLI
 * (--method, help, the workbook it builds), CMAP.SEGMENT's method argument, the pane's analysis, the sheets'
 * method labels and the history sheet. The pane's method choices are in toy-method-pane.test.tsx (jsdom).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { readAssignmentHistory, type HistoryRun } from "../../src/core/plan/history-sheet";
import type { Method } from "../../src/core/model";
import { METHODS, registerMethod } from "../../src/core/segment/methods";
import type { CellValue, Grid } from "../../src/core/types";
import { SEGMENT, SEGMENTREASON } from "../../src/functions/functions";
import { analyzeForPane } from "../../src/taskpane/summarize-for-pane";
import { choicesFromSettings, buildOptionsFrom } from "../../src/taskpane/method-choices";
import { readOpenedWorkbook } from "../../src/xlsx/read-bytes";
import { openWorkbookFile } from "../../src/xlsx/read-file";
import { captureIo } from "../cli/capture-io";
import { codes, withDisplayLanguage } from "../functions/helpers";
import { alphabeticalMethod, initialOf } from "./alphabetical-method";

registerMethod(alphabeticalMethod); // the one line

const RUN_AT = "2025-01-15T10:00:00.000Z";
// Names on both sides of M/N, accents and lowercase included; revenue varied so no KPI is degenerate.
const CUSTOMERS: [string, string, number][] = [
  ["C01", "Acme Tools", 1200],
  ["C02", "Zephyr Foods", 800],
  ["C03", "mango & co", 450],
  ["C04", "Nordic Parts", 3000],
  ["C05", "Ébano SL", 150],
  ["C06", "Orbit Labs", 990],
  ["C07", "Lumen SA", 2100],
  ["C08", "Nube Digital", 640],
  ["C09", "Bravo Retail", 310],
  ["C10", "Quartz Ltd", 1750],
  ["C11", "Delta Works", 520],
  ["C12", "Yuca Verde", 880],
];
const GRID: (string | number)[][] = [
  ["Customer ID", "Customer name", "Revenue"],
  ...CUSTOMERS.map(([id, name, r]) => [id, name, r]),
];
/** The toy's rule, written out: the expected segment of every customer id. */
const EXPECTED: Record<string, string> = Object.fromEntries(
  CUSTOMERS.map(([id, name]) => [id, initialOf(name) < "N" ? "a-m" : "n-z"]),
);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-registry-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the rule splits the fixture both ways (so the surfaces below can show it)", () => {
  expect(Object.values(EXPECTED).filter((s) => s === "a-m")).toHaveLength(6);
  expect(Object.values(EXPECTED).filter((s) => s === "n-z")).toHaveLength(6);
  expect(METHODS).toContain("alphabetical");
});

describe("CLI", () => {
  it("lists the method in the help and in the --method error", async () => {
    const help = captureIo();
    expect(await main(["--help"], help)).toBe(0);
    expect(help.stdout).toMatch(/--method portfolio\|rfm\|clusters\|lifecycle\|abc\|alphabetical\]/);
    const bad = captureIo();
    expect(
      await main(["build", "x.csv", "--out", path.join(dir, "x.xlsx"), "--method", "alphabet"], bad),
    ).toBe(2); // a usage error
    expect(bad.stderr).toContain(
      '--method "alphabet" is not a segmentation method: give portfolio, rfm, clusters, lifecycle, abc or alphabetical, or leave --method out for portfolio.',
    );
  });

  it("builds a workbook with the toy's segments, its label on the sheets and its run in the history", async () => {
    const input = path.join(dir, "customers.csv");
    await fs.writeFile(input, GRID.map((row) => row.join(",")).join("\n") + "\n");
    const out = path.join(dir, "map.xlsx");
    const json = path.join(dir, "map.json");
    const io = captureIo();
    const code = await main(
      ["build", input, "--out", out, "--method", "alphabetical", "--json", json, "--run-at", RUN_AT],
      io,
    );
    expect(io.stderr).toBe("");
    expect(code).toBe(0);
    expect(io.stdout).toContain("Alphabetical (A–M, N–Z)");

    const summary = JSON.parse(await fs.readFile(json, "utf8"));
    expect(summary.method).toBe("alphabetical");
    expect(summary.segments.map((s: { id: string; customers: number }) => [s.id, s.customers])).toEqual([
      ["a-m", 6],
      ["n-z", 6],
    ]);

    const book = await openWorkbookFile(out);
    const history = readAssignmentHistory(readOpenedWorkbook(book, { sheet: "Map history" }).grid);
    expect(history).toHaveLength(1);
    expect(history[0].method).toBe("alphabetical");
    expect({ ...history[0].assignments }).toEqual(EXPECTED);
    const about = readOpenedWorkbook(book, { sheet: "About this map" }).grid.flat();
    expect(about).toContain("Alphabetical (A–M, N–Z)");
    const map = readOpenedWorkbook(book, { sheet: "Customer Map" }).grid.flat().join(" ");
    expect(map).toContain("Alphabetical (A–M, N–Z)");
    expect(map).toContain("Names N–Z");

    // A second run over the same result reads the toy's record back (mobility needs it).
    const again = captureIo();
    expect(
      await main(
        ["build", input, "--out", out, "--method", "alphabetical", "--lang", "es", "--run-at", RUN_AT],
        again,
      ),
    ).toBe(0);
    expect(again.stdout).toContain("Alfabético (A–M, N–Z)");
  });
});

describe("CMAP.SEGMENT", () => {
  const ids = GRID.slice(1).map((row) => String(row[0]));

  it("accepts the toy by id, by its Spanish formula name and by alias, and gives its segments", () => {
    const expected = [["Segment"], ...ids.map((id) => [EXPECTED[id] === "a-m" ? "Names A–M" : "Names N–Z"])];
    for (const name of ["alphabetical", "Alfabético", "a-z"]) {
      expect(withDisplayLanguage("en-US", () => codes(SEGMENT(GRID, name)))).toEqual(expected);
    }
    const reasons = withDisplayLanguage("es-ES", () => codes(SEGMENTREASON(GRID, "alfabetico")));
    expect(reasons[4]).toEqual(["El nombre empieza por N."]);
  });

  it("names it among the methods when the argument is unknown, in both languages", () => {
    const en = withDisplayLanguage("en-US", () => SEGMENT(GRID, "nonsense"))[0][0] as { message?: string };
    expect(en.message).toContain("lifecycle, abc or alphabetical");
    const es = withDisplayLanguage("es-ES", () => SEGMENT(GRID, "nonsense"))[0][0] as { message?: string };
    expect(es.message).toContain("ciclo de vida, abc o alfabetico");
  });
});

describe("pane's analysis and the plan", () => {
  it("restores a stored choice of the toy and builds its plan (labels, history) on the UI thread", async () => {
    const choices = choicesFromSettings({
      // Settings are typed with the built-in union; a method registered at run time is a string like them.
      method: "alphabetical" as Method,
      k: 3,
    });
    expect(choices.method).toBe("alphabetical");
    const options = buildOptionsFrom(choices, {}, "es");
    // The toy reads no k (its descriptor's optionIds), so the pane does not send one.
    expect(options).toEqual({ method: "alphabetical", lang: "es" });
    const outcome = await analyzeForPane(
      {
        grid: GRID,
        attributeGrids: [],
        options: { ...options, runAt: RUN_AT, history: [], segmentColumn: true },
      },
      () => undefined,
      async () => undefined,
    );
    expect(outcome.summary.segments.map((s) => [s.name.es, s.customers])).toEqual([
      ["Nombres A–M", 6],
      ["Nombres N–Z", 6],
    ]);
    expect(outcome.segmentColumn?.header).toBe("Segmento (Alfabético)");
    const historySheet = outcome.plan.sheets.find((sheet) => sheet.key === "history");
    expect(historySheet?.blocks[1].values[0][0]).toBe("alphabetical");
  });

  it("keeps the toy's record beside a built-in's in the history sheet, and reads both back", () => {
    const analysis = (method: string, history: HistoryRun[] = []) =>
      analyzeGrid(GRID, { method: method as Method, lang: "en", runAt: RUN_AT, history });
    const first = buildWorkbookPlan(analysis("alphabetical"), "en");
    const firstRuns = readAssignmentHistory(gridOf(first.sheets.find((s) => s.key === "history")!));
    const second = buildWorkbookPlan(analysis("abc", firstRuns), "en");
    const runs = readAssignmentHistory(gridOf(second.sheets.find((s) => s.key === "history")!));
    expect(runs.map((run) => run.method)).toEqual(["abc", "alphabetical"]);
    expect({ ...runs[1].assignments }).toEqual(EXPECTED);
  });
});

/** The values a sheet plan's blocks write, as one grid. */
function gridOf(sheet: { blocks: { row: number; column: number; values: unknown[][] }[] }): Grid {
  const grid: CellValue[][] = [];
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) => {
      const target = (grid[block.row + r] ??= []);
      row.forEach((value, c) => {
        while (target.length < block.column + c) target.push(null);
        target[block.column + c] = value as CellValue;
      });
    });
  }
  return grid.map((row) => row ?? []);
}
