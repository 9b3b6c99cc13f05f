import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { isCoreError } from "../../src/core/errors";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { isOurJson, isOurWorkbook, writeAtomically } from "../../src/cli/file-safety";
import { fileSystemMessage } from "../../src/xlsx/file-errors";
import { writeWorkbookPlanWithExcelJs } from "../../src/xlsx/exceljs-workbook";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook-file";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-file-safety-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

describe("file-system failures as sentences", () => {
  it.each([
    ["ENOENT", /does not exist/, /no existe/],
    ["EACCES", /permission denied/, /permiso denegado/],
    ["EPERM", /permission denied/, /permiso denegado/],
    ["EISDIR", /is a folder/, /es una carpeta/],
    ["ENOTDIR", /part of the path is a file/, /parte de la ruta es un archivo/],
    ["ENOSPC", /disk is full/, /disco está lleno/],
    ["EEXIST", /appeared while writing/, /apareció un archivo/],
    ["EROFS", /read-only/, /solo lectura/],
    ["EBUSY", /open in another program/, /abierto en otro programa/],
    ["EWHATEVER", /the system refused \(EWHATEVER\)/, /el sistema lo rechazó \(EWHATEVER\)/],
  ])("%s names the file, the cause and the fix in both languages", (code, en, es) => {
    const message = fileSystemMessage(errno(code), "write", "out/map.xlsx");
    expect(message.en).toMatch(/^Cannot write "out\/map\.xlsx": /);
    expect(message.es).toMatch(/^No se puede escribir "out\/map\.xlsx": /);
    expect(message.en).toMatch(en);
    expect(message.es).toMatch(es);
  });
});

describe("writeAtomically", () => {
  it("a failure mid-write (full disk) leaves the previous file intact and no temporary file", async () => {
    const target = path.join(dir, "keep.xlsx");
    await fs.writeFile(target, "previous result");
    let error: unknown;
    try {
      await writeAtomically(target, async (temporary) => {
        await fs.writeFile(temporary, "half a fi");
        throw errno("ENOSPC");
      });
    } catch (caught) {
      error = caught;
    }
    expect(isCoreError(error) && error.localized.en).toMatch(/disk is full/);
    expect(await fs.readFile(target, "utf8")).toBe("previous result");
    expect((await fs.readdir(dir)).filter((name) => name.includes(".tmp"))).toEqual([]);
  });
});

describe("recognising our own results", () => {
  const grid = [
    ["Cliente", "Ventas", "Margen"],
    ...Array.from({ length: 12 }, (_, i) => [`C${i}`, 100 + i * 50, 10 + i]),
  ];
  const plan = buildWorkbookPlan(
    analyzeGrid(grid, { method: "portfolio", lang: "es", runAt: "2025-01-15T00:00:00Z" }),
    "es",
  );

  it("our streaming writer's result carries the marker; a user's workbook does not", async () => {
    const ours = path.join(dir, "ours.xlsx");
    await writeWorkbookPlan(plan, ours);
    expect(isOurWorkbook(await fs.readFile(ours))).toBe(true);
    const book = new ExcelJS.Workbook();
    book.addWorksheet("CMAP history").addRow(["not ours"]);
    const theirs = Buffer.from(await book.xlsx.writeBuffer());
    expect(isOurWorkbook(theirs)).toBe(false);
    expect(isOurWorkbook(Buffer.from("plain text"))).toBe(false);
  });

  it("results written before the marker (creator + history sheet) are still ours", async () => {
    const legacy = path.join(dir, "legacy.xlsx");
    await writeWorkbookPlanWithExcelJs(plan, legacy);
    expect(isOurWorkbook(await fs.readFile(legacy))).toBe(true);
  });

  it("our JSON summaries are recognised by their keys", () => {
    expect(isOurJson(JSON.stringify({ input: {}, method: "rfm", segments: [], totals: {} }))).toBe(true);
    expect(isOurJson(JSON.stringify({ file: "a", sheet: {}, input: {}, table: {}, columns: [] }))).toBe(true);
    expect(isOurJson('{"mine": true}')).toBe(false);
    expect(isOurJson("not json")).toBe(false);
  });
});
