import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { isCoreError } from "../../src/core/errors";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { decodeCsvBytes, parseCsvText, readWorkbookFile } from "../../src/xlsx/read-file";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "read-file-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function expectCoreError(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(isCoreError(error)).toBe(true);
    if (isCoreError(error)) {
      expect(error.code).toBe(code);
      expect(error.localized.es).not.toBe(error.localized.en);
      return error.localized.en;
    }
  }
  throw new Error(`expected CoreError ${code}`);
}

describe("readWorkbookFile — xlsx", () => {
  let file: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet("Notas");
    notes.getCell("A1").value = "Solo una nota";
    const sheet = workbook.addWorksheet("Clientes");
    sheet.getCell("A1").value = "Informe de clientes";
    sheet.mergeCells("A1:E1");
    sheet.addRow([]);
    sheet.getRow(3).values = ["Cliente", "Ventas", "Margen", "Última compra", "Zona"];
    sheet.getRow(4).values = [
      "A",
      100,
      { formula: "B4*0.3", result: 30 },
      new Date(Date.UTC(2024, 0, 15)),
      { richText: [{ text: "No" }, { text: "rte" }] },
    ];
    sheet.getRow(5).values = ["B", 50, { error: "#N/A" }, new Date(Date.UTC(2024, 1, 1)), "Sur"];
    sheet.getCell("D4").numFmt = "dd/mm/yyyy";
    await workbook.xlsx.writeFile((file = path.join(dir, "clientes.xlsx")));
  });

  it("chooses the largest sheet and gives values the way range.values does", async () => {
    const book = await readWorkbookFile(file);
    expect(book.sheetNames).toEqual(["Notas", "Clientes"]);
    expect(book.sheetName).toBe("Clientes");
    expect(book.sheetReason.en).toContain("largest");
    expect(book.grid[0]).toEqual(["Informe de clientes", "", "", "", ""]);
    expect(book.grid[3]).toEqual(["A", 100, 30, 45306, "Norte"]);
    expect(book.grid[4][2]).toBe("#N/A");
    expect(book.numberFormats[3][3]).toBe("dd/mm/yyyy");
  });

  it("feeds the core: title skipped, formula result, error as missing margin", async () => {
    const book = await readWorkbookFile(file, { sheet: "clientes" });
    const result = readCustomerGrid(book.grid, { numberFormats: book.numberFormats });
    expect(result.table.headerRow).toBe(2);
    expect(Array.from(result.customers.revenue)).toEqual([100, 50]);
    expect(result.customers.marginAmount[0]).toBe(30);
    expect(Number.isNaN(result.customers.marginAmount[1])).toBe(true);
    expect(result.customers.dimensions.region).toEqual(["Norte", "Sur"]);
  });

  it("names the sheets when the asked one does not exist", async () => {
    const message = await expectCoreError(readWorkbookFile(file, { sheet: "Ventas" }), "sheet-not-found");
    expect(message).toContain('"Notas" and "Clientes"');
  });
});

describe("readWorkbookFile — csv", () => {
  it("reads semicolons, BOM, quoted fields and CRLF, keeping every cell as text", async () => {
    const file = path.join(dir, "ventas.csv");
    await fs.writeFile(
      file,
      '\ufeffCliente;Ventas;Nota\r\n"Pérez; Hijos";"1.234,56";"dijo ""hola"""\r\nB;7;\r\n',
      "utf8",
    );
    const book = await readWorkbookFile(file);
    expect(book.grid).toEqual([
      ["Cliente", "Ventas", "Nota"],
      ["Pérez; Hijos", "1.234,56", 'dijo "hola"'],
      ["B", "7", ""],
    ]);
    const result = readCustomerGrid(book.grid);
    expect(Array.from(result.customers.revenue)).toEqual([1234.56, 7]);
  });

  it("reads commas and pads short rows", () => {
    expect(parseCsvText("a,b,c\n1,2\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", ""],
    ]);
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const bytes = Uint8Array.from([0x50, 0x61, 0xed, 0x73]); // "País" in Windows-1252
    expect(decodeCsvBytes(bytes)).toBe("País");
  });

  it("reads Windows-1252's 0x80-0x9F as Windows-1252 (€, curly quotes, dashes), not as Latin-1 controls", () => {
    // "Peña;3.455,43 €;“sí” – ok" as a Spanish Excel CSV saves it.
    const bytes = Uint8Array.from([
      ...Buffer.from("Pe\xf1a;3.455,43 ", "latin1"),
      0x80,
      0x3b,
      0x93,
      ...Buffer.from("s\xed", "latin1"),
      0x94,
      0x20,
      0x96,
      ...Buffer.from(" ok", "latin1"),
    ]);
    expect(decodeCsvBytes(bytes)).toBe("Peña;3.455,43 €;“sí” – ok");
  });
});

describe("readWorkbookFile — errors", () => {
  it("missing file", async () => {
    await expectCoreError(readWorkbookFile(path.join(dir, "nope.xlsx")), "file-not-found");
  });
  it("unsupported extension", async () => {
    await expectCoreError(readWorkbookFile(path.join(dir, "data.pdf")), "unsupported-file");
  });
  it("a corrupt xlsx", async () => {
    const file = path.join(dir, "broken.xlsx");
    await fs.writeFile(file, "this is not a zip");
    await expectCoreError(readWorkbookFile(file), "unreadable-file");
  });
});

describe("bundled sample workbooks", () => {
  const assets = path.resolve(__dirname, "../../assets");
  it("reads the Spanish invoice lines as transactions, netting the cancellations", async () => {
    const file = path.join(assets, "muestra-clientes.xlsx");
    const book = await readWorkbookFile(file);
    expect(book.sheetName).toBe("Facturas");
    const result = readCustomerGrid(book.grid, { numberFormats: book.numberFormats });
    expect(result.kind).toBe("transactions");
    expect(result.report.rowsUsed + result.report.rowsSkipped).toBe(result.report.rowsRead);
    expect(result.report.skipped.find((s) => s.reason === "totals-row")?.rows).toBe(1);
    // Independent total: every non-total Importe cell, numbers and texts, cancellations (C invoices) negated.
    let total = 0;
    for (const row of book.grid.slice(result.table.firstRow, result.table.lastRow + 1)) {
      if (row[0] === "Total" || row[0] === "") continue;
      const raw = row[5];
      const value =
        typeof raw === "number"
          ? raw
          : Number(
              String(raw)
                .replace(/[€\s.]/g, "")
                .replace(",", "."),
            );
      total += String(row[3]).startsWith("C") ? -Math.abs(value) : value;
    }
    const ours = result.customers.revenue.reduce((a, b) => a + b, 0);
    expect(ours).toBeCloseTo(total, 2);
  });

  it("reads the English customer sheet with every column mapped", async () => {
    const book = await readWorkbookFile(path.join(assets, "sample-customers.xlsx"));
    const result = readCustomerGrid(book.grid, { numberFormats: book.numberFormats });
    expect(result.kind).toBe("customers");
    expect(result.mapping.every((m) => m.role !== null)).toBe(true);
    // Text amounts like "$ 9,753.21" are read (Excel's SUM in the totals row ignores them).
    let numeric = 0;
    let text = 0;
    for (const row of book.grid.slice(result.table.firstRow, result.table.lastRow + 1)) {
      if (row[0] === "Total" || row[0] === "") continue;
      if (typeof row[2] === "number") numeric += row[2];
      else text += Number(String(row[2]).replace(/[$,\s]/g, ""));
    }
    expect(result.customers.revenue.reduce((a, b) => a + b, 0)).toBeCloseTo(numeric + text, 2);
  });
});
