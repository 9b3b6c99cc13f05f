/**
 * The limits on what a file may hold before it is read, in one place (README "Known limits" lists them), and
 * the checks that enforce them on plain bytes: no file system, so the web page can share them.
 *
 * Why before reading: ExcelJS and papaparse build the whole content in memory; a 315 KB .xlsx holding one
 * 300 MB string cost 2.6 GB and 90 s before, a stray cell at XFD1048576 4 GB. Here the ZIP directory is read,
 * then every part is inflated through a bounded streaming inflater (the directory may lie) while cells and
 * the longest text run are counted, so a bomb is refused after a few hundred KB of output, in milliseconds.
 *
 * Also tells file kinds by their first bytes (not by extension, not by a ZIP library's error text): old .xls,
 * password-encrypted workbooks (both OLE2 containers), OpenDocument spreadsheets, and .xlsx.
 */
import { formatNumber } from "../core/format";
import type { Localized } from "../core/types";
import { inflateEntry, looksLikeZip, readZipDirectory, ZipBoundError, ZipFormatError } from "./zip-inspect";
import { texts } from "../i18n/texts";

/** Largest input file read (bytes). A CSV of 10^6 invoice lines is ~60 MB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Most non-empty cells read from one file (all sheets of a workbook). ~10^6 invoice lines × 10 columns. */
export const MAX_CELLS = 10_000_000;
/** Longest text in one cell: Excel's own limit, so no cell Excel wrote is refused. */
export const MAX_TEXT_CHARS = 32_767;
/** Most bytes all parts of a .xlsx may inflate to (the XML of 10^7 cells is ~500 MB). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/**
 * A run of XML bytes without a tag longer than this is a text longer than MAX_TEXT_CHARS even when every
 * character is written as the longest entity (`&quot;`, 6 bytes): refused without decoding anything.
 */
const MAX_TEXT_RUN_BYTES = MAX_TEXT_CHARS * 6;

type FileKind = "xlsx" | "ods" | "xls" | "encrypted" | "zip" | "text";

/** A refusal: stable code and a sentence in both languages naming the cause and the fix. */
export interface LimitProblem {
  code: string;
  message: Localized;
}

const MiB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** True when `needle` (ASCII) occurs in `bytes` written as UTF-16LE (names in an OLE2 directory). */
function hasUtf16Name(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < needle.length; k++)
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** What the bytes are, from their signature and (for ZIPs) their directory. */
export function fileKindOf(bytes: Uint8Array): FileKind {
  const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole2.every((b, i) => bytes[i] === b)) {
    // Excel saves a password-protected .xlsx as an OLE2 container holding "EncryptionInfo"/"EncryptedPackage".
    return hasUtf16Name(bytes, "EncryptedPackage") || hasUtf16Name(bytes, "EncryptionInfo")
      ? "encrypted"
      : "xls";
  }
  if (!looksLikeZip(bytes)) return "text";
  try {
    const names = readZipDirectory(bytes).map((entry) => entry.name);
    if (names.includes("xl/workbook.xml")) return "xlsx";
    // OpenDocument: an uncompressed "mimetype" entry first; its text is in the first bytes of the file.
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
    if (names.includes("mimetype") && head.includes("opendocument.spreadsheet")) return "ods";
  } catch {
    // A ZIP signature with an unreadable directory: a damaged (e.g. cut short) workbook, said as such.
    return "xlsx";
  }
  return "zip";
}

/** The sentence for a file kind that cannot be read, or null for .xlsx/CSV text. */
export function unreadableKindProblem(kind: FileKind): LimitProblem | null {
  switch (kind) {
    case "xls":
      return {
        code: "old-xls-format",
        message: texts((t) => t.xlsx.fileLimits.xlsNotRead),
      };
    case "encrypted":
      return {
        code: "encrypted-workbook",
        message: texts((t) => t.xlsx.fileLimits.workbookIsProtected),
      };
    case "ods":
      return {
        code: "ods-format",
        message: texts((t) => t.xlsx.fileLimits.odsNotRead),
      };
    case "zip":
      return {
        code: "not-a-workbook",
        message: texts((t) => t.xlsx.fileLimits.zipNotWorkbook),
      };
    default:
      return null;
  }
}

/** The input-size limit, checked before the file is read at all. */
export function inputSizeProblem(bytes: number): LimitProblem | null {
  if (bytes <= MAX_INPUT_BYTES) return null;
  return {
    code: "file-too-large",
    message: texts((t) => t.xlsx.fileLimits.fileTooBig(MiB(bytes), MiB(MAX_INPUT_BYTES))),
  };
}

export function tooManyCellsProblem(): LimitProblem {
  return {
    code: "too-many-cells",
    message: texts((t, textLang) => t.xlsx.fileLimits.fileHoldsMore(formatNumber(MAX_CELLS, textLang))),
  };
}

export function textTooLongProblem(where: Localized): LimitProblem {
  return {
    code: "text-too-long",
    message: texts((t, textLang) =>
      t.xlsx.fileLimits.cellTooLong(where[textLang], formatNumber(MAX_TEXT_CHARS, textLang)),
    ),
  };
}

/**
 * Checks a .xlsx package against the limits without building anything: every part is inflated (bounded),
 * worksheet cells are counted and the longest tag-free run of bytes measured. Null when the file is within
 * the limits; a problem otherwise (also for a broken package).
 */
export function xlsxLimitProblem(bytes: Uint8Array): LimitProblem | null {
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    return damaged();
  }
  let total = 0;
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const isSheet = entry.name.startsWith("xl/worksheets/") && entry.name.endsWith(".xml");
    const scanned = isSheet || entry.name === "xl/sharedStrings.xml";
    // Byte-scan state carried across chunks: bytes since the last '<', and the last bytes seen (for "<c ").
    let run = 0;
    let previous = 0;
    let beforePrevious = 0;
    let problem: LimitProblem | null = null;
    const scan = (chunk: Uint8Array) => {
      if (!scanned || problem) return;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x3c) run = 0;
        else if (++run > MAX_TEXT_RUN_BYTES) {
          problem = textTooLongProblem(texts((t) => t.xlsx.fileLimits.in(entry.name)));
          return;
        }
        // "<c " or "<c>" opens a cell in a worksheet.
        if (isSheet && beforePrevious === 0x3c && previous === 0x63 && (b === 0x20 || b === 0x3e)) {
          if (++cells > MAX_CELLS) {
            problem = tooManyCellsProblem();
            return;
          }
        }
        beforePrevious = previous;
        previous = b;
      }
    };
    try {
      total += inflateEntry(bytes, entry, MAX_UNCOMPRESSED_BYTES - total, (chunk) => {
        scan(chunk);
        if (problem) throw new StopScan();
      });
    } catch (error) {
      if (error instanceof StopScan) return problem;
      if (error instanceof ZipBoundError) {
        return {
          code: "too-large-uncompressed",
          message: texts((t) => t.xlsx.fileLimits.workbookTooLarge(MiB(MAX_UNCOMPRESSED_BYTES), entry.name)),
        };
      }
      if (error instanceof ZipFormatError) return damaged();
      throw error;
    }
  }
  return null;
}

class StopScan extends Error {}

function damaged(): LimitProblem {
  return {
    code: "damaged-workbook",
    message: texts((t) => t.xlsx.fileLimits.zipDamaged),
  };
}
