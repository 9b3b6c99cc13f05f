/**
 * Writes the bundled sample workbooks into assets/ from the pure, seeded generator in src/sample:
 *   npx tsx scripts/generate-samples.ts       (also: npm run samples)
 * Same seed, same cell data on every run (tests/core/sample/samples.test.ts checks the committed files).
 * Workbook metadata dates are fixed so nothing depends on the wall clock.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  buildEnglishSample,
  buildSpanishSample,
  SAMPLE_FIXED_DATE,
  type SampleWorkbook,
} from "../src/sample";

/** Converts a sample description into an ExcelJS workbook (header bold, title bold and larger, formats). */
export function toExcelWorkbook(sample: SampleWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Customer Map for Excel";
  workbook.lastModifiedBy = "Customer Map for Excel";
  workbook.created = SAMPLE_FIXED_DATE;
  workbook.modified = SAMPLE_FIXED_DATE;
  workbook.lastPrinted = SAMPLE_FIXED_DATE;
  for (const sheet of sample.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", xSplit: 0, ySplit: sheet.headerRow }],
    });
    sheet.columnWidths.forEach((width, c) => {
      worksheet.getColumn(c + 1).width = width;
    });
    sheet.rows.forEach((values, r) => {
      if (values.every((v) => v === null)) return; // a blank row stays truly empty
      const row = worksheet.getRow(r + 1);
      values.forEach((value, c) => {
        if (value === null) return;
        const cell = row.getCell(c + 1);
        cell.value = value;
        const format = sheet.columnFormats[c];
        if (format && r + 1 > sheet.headerRow && typeof value !== "string") cell.numFmt = format;
      });
      if (r + 1 === sheet.headerRow) row.font = { bold: true };
      if (r + 1 < sheet.headerRow) row.font = { bold: true, size: 14 };
      if (values[0] === "Total") row.font = { bold: true };
    });
  }
  return workbook;
}

/** DOS time/date of 2025-01-01 00:00:00, stamped on every zip entry (see normalizeZipTimestamps). */
const FIXED_DOS_TIME = 0;
const FIXED_DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

/**
 * Overwrites the modification time of every entry of a zip archive (local headers and central directory)
 * with a fixed value. The zip library stamps entries with the wall clock, which would make every
 * regeneration a binary change; with this the committed files are byte-stable. Walks the central
 * directory from the end-of-central-directory record; throws on an archive it does not understand.
 */
export function normalizeZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("normalizeZipTimestamps: end of central directory not found");
  const entries = out.readUInt16LE(eocd + 10);
  let cursor = out.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(cursor) !== 0x02014b50)
      throw new Error("normalizeZipTimestamps: bad central header");
    out.writeUInt16LE(FIXED_DOS_TIME, cursor + 12);
    out.writeUInt16LE(FIXED_DOS_DATE, cursor + 14);
    const localOffset = out.readUInt32LE(cursor + 42);
    if (out.readUInt32LE(localOffset) !== 0x04034b50)
      throw new Error("normalizeZipTimestamps: bad local header");
    out.writeUInt16LE(FIXED_DOS_TIME, localOffset + 10);
    out.writeUInt16LE(FIXED_DOS_DATE, localOffset + 12);
    cursor +=
      46 + out.readUInt16LE(cursor + 28) + out.readUInt16LE(cursor + 30) + out.readUInt16LE(cursor + 32);
  }
  return out;
}

/** Renders one sample to .xlsx bytes, byte-stable for the same sample. */
export async function sampleToBuffer(sample: SampleWorkbook): Promise<Buffer> {
  const data = await toExcelWorkbook(sample).xlsx.writeBuffer();
  return normalizeZipTimestamps(Buffer.from(data as ArrayBuffer));
}

/** The samples the repository ships, in the order they are written. */
export function bundledSamples(): SampleWorkbook[] {
  return [buildSpanishSample(), buildEnglishSample()];
}

async function main(): Promise<void> {
  const assetsDir = path.resolve(__dirname, "..", "assets");
  for (const sample of bundledSamples()) {
    const target = path.join(assetsDir, sample.fileName);
    fs.writeFileSync(target, await sampleToBuffer(sample));
    const rows = sample.sheets.map((s) => `${s.name}: ${s.rows.length} rows`).join(", ");
    console.log(`wrote ${path.relative(process.cwd(), target)} (${rows})`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
