/**
 * The web page's writer (in memory, the platform's CompressionStream) against the command line's (a file,
 * zlib): the same plan gives the same package parts, byte for byte once inflated, and the web page's file is
 * a valid ZIP that ExcelJS opens.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { analyzeGrid } from "../../src/core/pipeline";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeWorkbookBytes } from "../../src/xlsx/write-workbook-bytes";
import { writeWorkbookPlan } from "../../src/xlsx/write-workbook-file";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-bytes-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) parts.set(name, await zip.file(name)!.async("string"));
  return parts;
}

test("in memory and on disk, the sample's map has the same parts", async () => {
  const book = await readWorkbookFile(path.join(ROOT, "assets/sample-customers.xlsx"));
  const analysis = analyzeGrid(book.grid, {
    method: "portfolio",
    lang: "en",
    numberFormats: book.numberFormats,
    runAt: "2026-12-01T10:00:00.000Z",
  });
  const plan = buildWorkbookPlan(analysis, "en");
  const file = path.join(dir, "map.xlsx");
  await writeWorkbookPlan(plan, file);
  const fromFile = await fs.readFile(file);
  const inMemory = await writeWorkbookBytes(plan);

  const [a, b] = await Promise.all([partsOf(inMemory), partsOf(fromFile)]);
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect(a.size).toBeGreaterThan(8);
  for (const [name, text] of b) expect(a.get(name)).toBe(text);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(inMemory as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(plan.sheets.map((sheet) => sheet.name));
  const customers = workbook.getWorksheet("Customers")!;
  expect(customers.rowCount).toBe(analysis.read.customers.count + 1);
});
