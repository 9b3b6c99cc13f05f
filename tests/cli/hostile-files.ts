/**
 * Hostile input files, generated on the fly (nothing binary is checked in): shared by the catalogue test
 * (tests/cli/hostile-inputs.test.ts) and the memory benchmark (tests/bench/hostile-memory.ts).
 */
import { deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A customer table: 40 rows "Cliente;Ventas;Margen;Última compra" with Spanish numbers. */
export function customerLines(count = 40, delimiter = ";"): string[] {
  const lines = [["Cliente", "Ventas", "Margen", "Última compra"].join(delimiter)];
  for (let i = 1; i <= count; i++) {
    const revenue = (1000 + i * 137.25).toFixed(2).replace(".", ",");
    const margin = (100 + i * 9).toFixed(0);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 9)).padStart(2, "0");
    lines.push([`Cliente ${i}`, `"${revenue}"`, margin, `${day}/${month}/2024`].join(delimiter));
  }
  return lines;
}

export const goodCsv = (count = 40): string => customerLines(count).join("\n") + "\n";

/** Invoice lines: 10 customers × 3 invoices in 2024, optionally one line moved to `strayDate`. */
export function transactionsCsv(strayDate?: string): string {
  const lines = ["Cliente;Fecha;Factura;Importe"];
  let invoice = 1;
  for (let c = 1; c <= 10; c++) {
    for (let k = 0; k < 3; k++) {
      const month = String(1 + ((c + k * 4) % 12)).padStart(2, "0");
      lines.push(`C${c};${String(1 + c).padStart(2, "0")}/${month}/2024;F${invoice++};${100 + c * 10 + k}`);
    }
  }
  if (strayDate) lines[lines.length - 1] = lines[lines.length - 1].replace(/;[^;]*;F/, `;${strayDate};F`);
  return lines.join("\n") + "\n";
}

/** A workbook written by ExcelJS from sheets of rows. */
export async function workbookBytes(
  sheets: { name: string; rows: ExcelJS.CellValue[][]; state?: "visible" | "hidden" | "veryHidden" }[],
  decorate?: (book: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  decorate?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function customerRows(count = 20): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [["Cliente", "Ventas", "Margen"]];
  for (let i = 1; i <= count; i++) rows.push([`Cliente ${i}`, 1000 + i * 37, 100 + i * 3]);
  return rows;
}

/** 20 customers and one stray cell at XFD1048576: 7 KB on disk, 1.7 × 10^10 cells of bounding box. */
export function sparseWorkbook(): Promise<Buffer> {
  return workbookBytes([{ name: "Clientes", rows: customerRows(20) }], (book) => {
    book.worksheets[0].getCell("XFD1048576").value = "x";
  });
}

/** Rewrites parts of a .xlsx package (e.g. to inject a shared string ExcelJS would never write). */
export async function rewriteParts(
  bytes: Buffer,
  edit: (zip: JSZip) => Promise<void> | void,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/**
 * One 300 MB shared string in a ~300 KB .xlsx. Built by hand (stored local header + deflated data) so the test
 * never holds the 300 MB string itself: deflate of a repeated byte is produced from one compressed block.
 */
export async function bombWorkbook(megabytes = 300): Promise<Buffer> {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Cliente</t></si><si><t>Ventas</t></si><si><t>';
  return inflatingWorkbook(
    "xl/sharedStrings.xml",
    head,
    Buffer.alloc(1024 * 1024, 0x41),
    megabytes,
    "</t></si></sst>",
  );
}

/** A small .xlsx whose one sheet holds `cells` empty cells (`<c></c>`) in one row: past the cell limit. */
export async function manyCellsWorkbook(cells: number): Promise<Buffer> {
  const perSlice = 150_000;
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">';
  const slice = Buffer.from("<c></c>".repeat(perSlice));
  return inflatingWorkbook(
    "xl/worksheets/sheet1.xml",
    head,
    slice,
    Math.ceil(cells / perSlice),
    "</row></sheetData></worksheet>",
  );
}

/** A small .xlsx one of whose parts (not a sheet) unpacks to `megabytes` MB of well-formed XML. */
export async function hugePartWorkbook(megabytes: number): Promise<Buffer> {
  const slice = Buffer.from("<x/>".repeat(256 * 1024));
  return inflatingWorkbook(
    "xl/styles.xml",
    '<?xml version="1.0"?><styleSheet>',
    slice,
    megabytes,
    "</styleSheet>",
  );
}

/**
 * A two-cell workbook whose part `partName` is replaced by head + `times` × slice + tail, deflated in slices
 * (each a non-final block, the same bytes every time, so a huge part is built in milliseconds); the ZIP
 * directory claims a small size, which the reader must not trust.
 */
async function inflatingWorkbook(
  partName: string,
  head: string,
  slice: Buffer,
  times: number,
  tail: string,
): Promise<Buffer> {
  const base = await workbookBytes([
    {
      name: "Clientes",
      rows: [
        ["Cliente", "Ventas"],
        ["A", 1],
      ],
    },
  ]);
  const zip = await JSZip.loadAsync(base);
  const { deflateRawSync: deflate } = await import("zlib");
  const sliceBlock = deflate(slice, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const parts = [deflate(Buffer.from(head), { finishFlush: 2 })];
  for (let i = 0; i < times; i++) parts.push(sliceBlock);
  parts.push(deflateRawSync(Buffer.from(tail)));
  const data = Buffer.concat(parts);
  const files: { name: string; data: Buffer; method: number; size: number; crc: number }[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    if (name === partName) continue;
    const raw = await zip.file(name)!.async("nodebuffer");
    files.push({ name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: 0 });
  }
  files.push({ name: partName, data, method: 8, size: 1000, crc: 0 });
  return zipOf(files);
}

/** A ZIP from ready entries (CRC left 0: our reader does not check it; a ZIP library would refuse). */
function zipOf(files: { name: string; data: Buffer; method: number; size: number; crc: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(file.method, 8);
    local.writeUInt32LE(file.crc, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(file.method, 10);
    central.writeUInt32LE(file.crc, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.data);
    centrals.push(central, name);
    offset += 30 + name.length + file.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The first bytes of an OLE2 compound file, plus directory names written as UTF-16LE. */
export function ole2Bytes(streamNames: string[]): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = streamNames.map((name) => Buffer.from(name + "\0", "utf16le"));
  return Buffer.concat([header, Buffer.alloc(504), ...names, Buffer.alloc(512)]);
}

/** A minimal OpenDocument spreadsheet package (mimetype first, stored). */
export async function odsBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  zip.file("META-INF/manifest.xml", "<manifest:manifest/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Text encoded as UTF-16 with its byte-order mark. */
export function utf16(text: string, endian: "le" | "be", bom = true): Buffer {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  if (endian === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

/** Windows-1252 bytes of a Latin text (€ = 0x80, ñ = 0xF1...). */
export function cp1252(text: string): Buffer {
  const special: Record<string, number> = {
    "€": 0x80,
    "‚": 0x82,
    "„": 0x84,
    "…": 0x85,
    "’": 0x92,
    "“": 0x93,
    "”": 0x94,
  };
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = special[text[i]] ?? (code < 256 ? code : 0x3f);
  }
  return out;
}
