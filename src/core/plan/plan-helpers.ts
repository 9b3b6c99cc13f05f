/**
 * Small builders shared by the sheet modules: empty sheets, blocks, widths, unique headers, localized
 * method labels. Pure and cheap (widths look at a bounded sample of rows).
 */
import type { Analysis } from "../analysis";
import type { FormatContext } from "../format";
import type { CellValue, Lang, Localized } from "../types";
import { sheetName } from "./sheet-names";
import type { Block, SheetKey, SheetPlan } from "./workbook-plan";
import { fillLocalized } from "../text";
import { texts } from "../../i18n/texts";

const TITLE_FONT_SIZE = 16;
export const SECTION_FONT_SIZE = 12;
export const MUTED_FONT_COLOR = "#595959";
export const HEADER_FILL = "#1F3864";
const HEADER_FONT_COLOR = "#FFFFFF";

/** Rows looked at when sizing columns: enough to be representative, bounded so 1e5 rows stay cheap. */
const WIDTH_SAMPLE_ROWS = 300;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** The language and the data's currency: what every cell format and figure in sentences needs. */
export function formatContextOf(analysis: Analysis, lang: Lang): FormatContext {
  return { lang, currency: analysis.read.currency ?? null };
}

export function emptySheet(key: SheetKey, lang: Lang): SheetPlan {
  return { key, name: sheetName(key, lang), blocks: [], fills: [], tables: [], charts: [], columnWidths: [] };
}

export function titleBlock(row: number, column: number, text: string): Block {
  return { row, column, values: [[text]], bold: true, fontSize: TITLE_FONT_SIZE, fontColor: HEADER_FILL };
}

export function sectionBlock(row: number, column: number, text: string): Block {
  return { row, column, values: [[text]], bold: true, fontSize: SECTION_FONT_SIZE, fontColor: HEADER_FILL };
}

export function noteBlock(row: number, column: number, text: string): Block {
  return { row, column, values: [[text]], italic: true, fontColor: MUTED_FONT_COLOR };
}

/** A table header row: bold white on dark blue. */
export function headerBlock(row: number, column: number, headers: string[]): Block {
  return {
    row,
    column,
    values: [headers],
    bold: true,
    fill: HEADER_FILL,
    fontColor: HEADER_FONT_COLOR,
    wrap: true,
  };
}

/** The header cells of columns of figures: right-aligned, as the numbers under them are. */
export function figureHeaderBlock(row: number, column: number, headers: string[]): Block {
  return { ...headerBlock(row, column, headers), align: "right" };
}

/**
 * Makes headers unique and non-empty (Excel tables require it): a repeated header gets " (2)", " (3)"...
 * Comparison is case-insensitive, as Excel's is.
 */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((raw, index) => {
    const base = raw.trim() === "" ? `Column ${index + 1}` : raw.trim();
    let candidate = base;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Display width in characters of a cell value as the renderer will show it (numbers formatted roughly). */
function displayLength(value: CellValue, format: string | null | undefined): number {
  if (value === null || value === "") return 0;
  if (typeof value === "number") {
    // A `_)` pad after the figure takes about a character.
    const pad = format?.endsWith("_)") ? 1 : 0;
    // "17/12/2024" or, with the month's name, "Dec 17, 2024".
    if (format && format.includes("yy")) return (format.includes("mmm") ? 12 : 10) + pad;
    if (format && format.includes("%")) return 7 + pad;
    const digits = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 1;
    const literal = format ? (format.match(/"([^"]*)"/g) ?? []).join("").length : 0;
    return (
      digits + Math.floor((digits - 1) / 3) + (format && format.includes(".") ? 3 : 0) + 1 + literal + pad
    );
  }
  return String(value).length;
}

/**
 * Column widths (characters) fitted to the content of the given blocks, looking at the first rows only.
 * Blocks marked as titles/notes (single cell wider than the column) should not be passed, or they would
 * stretch a column for one sentence.
 */
export function fitColumnWidths(
  blocks: Block[],
  limits: { min?: number; max?: number } = {},
): { column: number; width: number }[] {
  const min = limits.min ?? MIN_WIDTH;
  const max = limits.max ?? MAX_WIDTH;
  const widths = new Map<number, number>();
  for (const block of blocks) {
    const rows = Math.min(block.values.length, WIDTH_SAMPLE_ROWS);
    for (let r = 0; r < rows; r++) {
      const row = block.values[r];
      for (let c = 0; c < row.length; c++) {
        const length =
          displayLength(row[c], block.columnFormats?.[c]) * (block.fontSize && block.fontSize > 12 ? 1.3 : 1);
        const column = block.column + c;
        widths.set(column, Math.max(widths.get(column) ?? 0, length));
      }
    }
  }
  return [...widths.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([column, width]) => ({ column, width: Math.min(max, Math.max(min, Math.ceil(width + 2))) }));
}

/** Merges width lists, the later ones winning per column. */
export function mergeWidths(
  ...lists: { column: number; width: number }[][]
): { column: number; width: number }[] {
  const byColumn = new Map<number, number>();
  for (const list of lists) for (const { column, width } of list) byColumn.set(column, width);
  return [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width }));
}

export const DATA_KIND_LABELS: Record<"customers" | "transactions", Localized> = {
  customers: texts((t) => t.plan.planHelpers.dataKindLabelsCustomers),
  transactions: texts((t) => t.plan.planHelpers.dataKindLabelsTransactions),
};

/** A Localized built from an English and a Spanish template with `{name}` placeholders. */
export const fill = fillLocalized;

/** Sum of the finite values only; `NaN` when there is none (so "unknown" never reads as 0). */
export function sumFinite(values: ArrayLike<number>): number {
  let sum = 0;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isFinite(value)) {
      sum += value;
      any = true;
    }
  }
  return any ? sum : NaN;
}
