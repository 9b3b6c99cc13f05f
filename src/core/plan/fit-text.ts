/**
 * Text that a reader can read on paper: every cell's text either fits its column, wraps inside it, or runs
 * over empty cells to its right that print on the same page (a title, a note under a table). Nothing is cut
 * by a filled neighbour, runs past the printed width, or shows as "###".
 *
 * `textOverflows` finds the cells that break this rule (the plan-level test asserts there are none, in every
 * language including the longer pseudo-locale); `wrapOverflowingText` is the plan's last step: it widens a
 * column up to a cap so that no single word is broken, then wraps the blocks whose text still does not fit.
 * Widths are estimated the way spreadsheet programs lay out Calibri 11 (a column N characters wide shows N
 * digits; bold and larger fonts take more). Cost: O(cells looked at), with at most `SAMPLE_ROWS` rows of a
 * block looked at (a table of 10^5 customers is sized from its first rows, as its column widths are).
 */
import type { CellValue } from "../types";
import type { Block, CellRect, SheetPlan } from "./workbook-plan";

/** Excel's width of a column the plan does not size. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * Points a column prints: a file's width N is the whole column, 7N pixels of Calibri 11 (Excel's and
 * LibreOffice's reading of `<col width>`, its padding included), at 0.75 point a pixel. Measured: LibreOffice
 * printed the demo's Segments, Customers and Call list sheets, one page wide, at the scale this gives (83 %,
 * 77 %, 84 %).
 */
export const columnPoints = (characters: number) => characters * 7 * 0.75;
/** Widest a column is made so that a long word (a long cluster name in the pseudo-locale) is not broken. */
export const MAX_WORD_COLUMN_WIDTH = 40;
/** Rows of a block looked at: a long table is judged by its first rows, as its widths are fitted. */
const SAMPLE_ROWS = 300;
/** A column N characters wide leaves about one character of padding. */
const PADDING = 1;

interface TextOverflow {
  row: number;
  column: number;
  text: string;
  /** Estimated width the text needs, and what the column (with any empty cells it may run over) offers. */
  needs: number;
  fits: number;
}

/** How many characters wide a font draws: bold ≈ 8 % wider, size relative to 11 pt. */
function fontScale(block: Block): number {
  return ((block.fontSize ?? 11) / 11) * (block.bold ? 1.08 : 1);
}

/** Width in characters of a number as its format shows it (rough, on the generous side). */
function numberWidth(value: number, fullFormat: string | null | undefined): number {
  // The section that shows this number: positive;negative[;zero] (a ";" inside quotes is a literal).
  const sections = fullFormat ? (fullFormat.match(/(?:"[^"]*"|[^;"])+/g) ?? [fullFormat]) : [];
  const format = sections.length > 1 && value < 0 ? sections[1] : sections[0];
  if (format && /y/.test(format) && /d/.test(format)) return 10;
  const percent = format ? format.includes("%") : false;
  const shown = Math.abs(percent ? value * 100 : value);
  const digits = shown >= 1 ? Math.floor(Math.log10(shown)) + 1 : 1;
  const decimals = format ? (/\.(0+)/.exec(format)?.[1].length ?? 0) : Number.isInteger(value) ? 0 : 2;
  const literal = format ? textWidth((format.match(/"([^"]*)"/g) ?? []).join("").replace(/"/g, "")) : 0;
  return (
    digits +
    Math.floor((digits - 1) / 3) +
    (decimals > 0 ? decimals + 1 : 0) +
    (value < 0 ? 1 : 0) +
    literal +
    (percent ? 2 : 0)
  );
}

/**
 * Advance widths of Calibri 11's printable ASCII characters (" " to "~"), in 1/2048 em, regular and bold: the
 * metrics Excel lays text out with, and LibreOffice too (its Carlito is metric-compatible with Calibri).
 */
const CALIBRI_ASCII = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831, 1185, 1114, 1092, 1260,
  1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822,
  1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931,
  470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
];
const CALIBRI_BOLD_ASCII = [
  463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880, 1038, 1038, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949, 1840, 1241, 1148, 1084, 1291,
  999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385, 1090, 1405, 1153, 968, 1014, 1337, 1211, 1856,
  1128, 1064, 979, 665, 880, 665, 1020, 1020, 615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983,
  503, 1666, 1099, 1101, 1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
];
/** Width of a character Calibri has outside ASCII and not a letter with an accent (€, ×, –, →, ·), 1/2048 em. */
const CALIBRI_OTHER: Record<string, number> = {
  "\u00a0": 463,
  "€": 1038,
  "×": 1020,
  "–": 1020,
  "—": 1854,
  "→": 1854,
  "·": 517,
  "…": 1414,
  "≥": 1020,
  "≤": 1020,
  "“": 857,
  "”": 857,
  "’": 511,
  "‘": 511,
  "«": 1049,
  "»": 1049,
  "¿": 949,
  "¡": 667,
  º: 865,
  ª: 824,
};
/** A digit of Calibri (1038/2048 em): the unit of column widths, and the width counted for an unknown character. */
const CALIBRI_DIGIT = 1038;

/**
 * Width in points of a text drawn in Calibri at `fontSize` points (bold or not), from the font's advance widths:
 * an accented letter counts as its letter, a character outside the tables as a digit.
 */
export function calibriPoints(text: string, fontSize = 11, bold = false): number {
  const table = bold ? CALIBRI_BOLD_ASCII : CALIBRI_ASCII;
  let units = 0;
  for (const ch of text.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // a combining accent
    units += code >= 32 && code < 127 ? table[code - 32] : (CALIBRI_OTHER[ch] ?? CALIBRI_DIGIT);
  }
  return (units / 2048) * fontSize;
}

const NARROW = new Set(" \u00a0.,;:!|'`ijlIftr()[]-/".split(""));
/**
 * Where a line may break: white space, except the no-break space (U+00A0) the formatter puts between a figure and
 * its sign ("1.234 €", "1,4 %"), so a sign never starts a line. (`\s` alone would match U+00A0.)
 */
const BREAKABLE_SPACE = /[^\S\u00a0]+/;
const WIDE = new Set("mwMW@%".split(""));

/**
 * Width of a text in Calibri 11 in "digit widths" (the unit of column widths), on the generous side: digits
 * and capitals ≈ 1, most lower-case letters 0.85, narrow letters and punctuation 0.5, m/w 1.3. Accented letters
 * count as their base letter.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // a combining accent
    if (NARROW.has(ch)) width += 0.5;
    else if (WIDE.has(ch)) width += 1.3;
    else if ((ch >= "a" && ch <= "z") || ch === "ŀ") width += 0.85;
    else width += 1;
  }
  return width;
}

/** Estimated width in characters of a cell as shown (the longest line of a text). */
function shownWidth(value: CellValue, block: Block, columnIndex: number): number {
  if (value === null || value === undefined || value === "") return 0;
  const scale = fontScale(block);
  if (typeof value === "number") return numberWidth(value, block.columnFormats?.[columnIndex]) * scale;
  let longest = 0;
  for (const line of String(value).split("\n")) longest = Math.max(longest, textWidth(line));
  return longest * scale;
}

/**
 * Least width of a character of a word that must not be broken, in digit widths. Calibri's letters are
 * narrower, but a reader without Calibri gets a wider font (LibreOffice draws DejaVu Sans, about 0.84 of a
 * digit per letter, 0.96 in bold), and a column sized to Calibri broke "Agroalimentario" in a bold header.
 */
const WORD_CHARACTER_FLOOR = 0.9;

/** Estimated width of the longest word of a text (what wrapping cannot break without cutting a word). */
export function longestWordWidth(value: CellValue, block: Block): number {
  if (typeof value !== "string") return 0;
  let longest = 0;
  for (const word of value.split(BREAKABLE_SPACE))
    longest = Math.max(longest, textWidth(word), word.length * WORD_CHARACTER_FLOOR);
  return longest * fontScale(block);
}

/**
 * A sentence cut into lines at spaces, each at most `width` characters wide as shown (a word longer than a
 * line gets a line of its own): for a note written one line per row, running over the empty cells beside it,
 * where a cell that wraps would be as narrow as its column.
 */
export function splitIntoLines(
  text: string,
  width: number,
  block: Pick<Block, "bold" | "fontSize"> = {},
  measure: (text: string) => number = textWidth,
): string[] {
  const scale = fontScale(block as Block);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(BREAKABLE_SPACE).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate) * scale > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Width in characters from `column` to the last printed column of a sheet's widths (the room of a note). */
export function widthFrom(
  columnWidths: { column: number; width: number }[],
  column: number,
  lastColumn: number,
): number {
  const widths = new Map(columnWidths.map((entry) => [entry.column, entry.width]));
  let total = 0;
  for (let c = column; c <= lastColumn; c++) total += widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  return total - PADDING;
}

function widthsOf(sheet: SheetPlan): Map<number, number> {
  return new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
}

function widthOf(widths: Map<number, number>, column: number): number {
  return widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
}

/** Columns that print: the print area's, else every column a block covers. */
function printedColumns(sheet: SheetPlan): { first: number; last: number } {
  const area: CellRect | undefined = sheet.printArea;
  if (area) return { first: area.column, last: area.column + area.columns - 1 };
  let last = 0;
  for (const block of sheet.blocks) last = Math.max(last, block.column + (block.values[0]?.length ?? 1) - 1);
  return { first: 0, last };
}

/** Cells written with a non-empty value, and the cells of tables, as "row,column". */
function occupiedCells(sheet: SheetPlan): Set<string> {
  const cells = new Set<string>();
  for (const block of sheet.blocks) {
    const rows = Math.min(block.values.length, SAMPLE_ROWS);
    for (let r = 0; r < rows; r++) {
      const row = block.values[r];
      for (let c = 0; c < row.length; c++)
        if (row[c] !== null && row[c] !== "") cells.add(`${block.row + r},${block.column + c}`);
    }
  }
  return cells;
}

interface CellVisit {
  block: Block;
  blockIndex: number;
  row: number;
  column: number;
  value: CellValue;
  c: number;
}

function forEachSampledCell(sheet: SheetPlan, visit: (cell: CellVisit) => void): void {
  sheet.blocks.forEach((block, blockIndex) => {
    const rows = Math.min(block.values.length, SAMPLE_ROWS);
    for (let r = 0; r < rows; r++) {
      const row = block.values[r];
      for (let c = 0; c < row.length; c++)
        visit({ block, blockIndex, row: block.row + r, column: block.column + c, value: row[c], c });
    }
  });
}

/**
 * What a cell's text may use: its column, plus — for left-aligned text that does not wrap — the empty cells to
 * its right that print on the same page.
 */
function roomOf(
  cell: CellVisit,
  widths: Map<number, number>,
  occupied: Set<string>,
  printed: { first: number; last: number },
): number {
  let room = widthOf(widths, cell.column) - PADDING;
  const leftText = typeof cell.value === "string" && (cell.block.align ?? "left") === "left";
  if (!leftText || cell.block.wrap) return room;
  for (let next = cell.column + 1; next <= printed.last && !occupied.has(`${cell.row},${next}`); next++)
    room += widthOf(widths, next);
  return room;
}

/**
 * Cells whose text (or number) the reader would not see whole: cut by a neighbour, beyond the printed width,
 * a word broken by wrapping, or a number too wide for its column. Empty for a readable sheet.
 */
export function textOverflows(sheet: SheetPlan): TextOverflow[] {
  const widths = widthsOf(sheet);
  const occupied = occupiedCells(sheet);
  const printed = printedColumns(sheet);
  const problems: TextOverflow[] = [];
  forEachSampledCell(sheet, (cell) => {
    if (cell.column > printed.last || cell.column < printed.first) return;
    const needs = shownWidth(cell.value, cell.block, cell.c);
    if (needs === 0) return;
    const own = widthOf(widths, cell.column) - PADDING;
    if (cell.block.wrap && typeof cell.value === "string") {
      const word = longestWordWidth(cell.value, cell.block);
      if (word > own)
        problems.push({ row: cell.row, column: cell.column, text: cell.value, needs: word, fits: own });
      return;
    }
    const room = roomOf(cell, widths, occupied, printed);
    if (needs > room)
      problems.push({ row: cell.row, column: cell.column, text: String(cell.value), needs, fits: room });
  });
  return problems;
}

/**
 * Makes every text of the sheet readable (see the module comment): a column is widened, up to
 * `MAX_WORD_COLUMN_WIDTH`, to hold its longest word or number; then a block whose text is still too long for
 * its room wraps. Changes `sheet.columnWidths` and blocks' `wrap` in place.
 */
export function wrapOverflowingText(sheet: SheetPlan): void {
  const widths = widthsOf(sheet);
  const printed = printedColumns(sheet);
  // 1. Widths: a number or a word never needs breaking. Single-cell blocks (titles, notes) are left out: they
  //    run over the empty cells beside them or wrap, and must not stretch a table's column for one sentence.
  const needed = new Map<number, number>();
  forEachSampledCell(sheet, (cell) => {
    if (cell.column > printed.last) return;
    const single = cell.block.values.length === 1 && cell.block.values[0].length === 1;
    const needs =
      typeof cell.value === "number"
        ? shownWidth(cell.value, cell.block, cell.c)
        : single
          ? 0
          : longestWordWidth(cell.value, cell.block);
    if (needs > (needed.get(cell.column) ?? 0)) needed.set(cell.column, needs);
  });
  let changed = false;
  for (const [column, needs] of needed) {
    const width = Math.min(MAX_WORD_COLUMN_WIDTH, Math.ceil(needs + PADDING));
    if (width > widthOf(widths, column)) {
      widths.set(column, width);
      changed = true;
    }
  }
  if (changed)
    sheet.columnWidths = [...widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([column, width]) => ({ column, width }));
  // 2. Wrap what still does not fit.
  const occupied = occupiedCells(sheet);
  const toWrap = new Set<number>();
  forEachSampledCell(sheet, (cell) => {
    if (typeof cell.value !== "string" || cell.block.wrap || toWrap.has(cell.blockIndex)) return;
    if (cell.column > printed.last) return;
    if (shownWidth(cell.value, cell.block, cell.c) > roomOf(cell, widths, occupied, printed))
      toWrap.add(cell.blockIndex);
  });
  for (const index of toWrap) sheet.blocks[index].wrap = true;
}

/** Tallest a row is made for wrapped text, in lines (a longer text is cut rather than taking a page). */
export const MAX_WRAPPED_LINES = 8;

/**
 * Lines of 11-point text each row holding wrapped text needs (rows of one line are left out), as the words wrap
 * in their columns (`cellLines`: Calibri's widths, as Excel and LibreOffice break them). File writers set row
 * heights from it (spreadsheet programs do not re-measure the rows of a file they open). Only wrapped blocks
 * are looked at, every row of them; a larger font counts its lines taller.
 */
export function wrappedRowLines(sheet: SheetPlan): Map<number, number> {
  const widths = widthsOf(sheet);
  const linesByRow = new Map<number, number>();
  for (const block of sheet.blocks) {
    if (!block.wrap) continue;
    const scale = (block.fontSize ?? 11) / 11;
    block.values.forEach((values, r) => {
      values.forEach((value, c) => {
        if (typeof value !== "string" || value === "") return;
        const lines = cellLines(value, widthOf(widths, block.column + c), block);
        const row = block.row + r;
        linesByRow.set(row, Math.max(linesByRow.get(row) ?? 1, Math.min(MAX_WRAPPED_LINES, lines) * scale));
      });
    });
  }
  for (const [row, lines] of linesByRow) if (lines <= 1) linesByRow.delete(row);
  return linesByRow;
}

/**
 * Points of a column's width per character of it, as LibreOffice lays a column out (one Calibri 11 digit,
 * 1038/2048 of 11 points; Excel's 7 pixels a character with its glyphs rounded to whole pixels keep about the
 * same proportion of text to column), and the points left between a cell's borders and its wrapped text.
 * Measured: with these, the lines of 1,170 wrapped cells of the four demo workbooks (both samples, English and
 * Spanish) came out as LibreOffice drew them in all but one (a name it drew on two lines in a narrower column).
 */
const WRAP_POINTS_PER_CHARACTER = (CALIBRI_DIGIT / 2048) * 11;
const CELL_MARGIN_POINTS = 3;

/**
 * Lines a text takes wrapped in a column `width` characters wide, in the block's font: Calibri's advance
 * widths, broken at spaces as spreadsheet programs break (a word wider than a line takes lines of its own).
 */
export function cellLines(text: string, width: number, block: Pick<Block, "bold" | "fontSize"> = {}): number {
  const size = block.fontSize ?? 11;
  const room = width * WRAP_POINTS_PER_CHARACTER - CELL_MARGIN_POINTS;
  // The measure is in points at the block's own size and weight, so `splitIntoLines` applies no scale ({}).
  const measure = (line: string) => calibriPoints(line, size, block.bold === true);
  // An empty line (or paragraph) still takes a line.
  return text
    .split("\n")
    .reduce((total, part) => total + Math.max(1, splitIntoLines(part, room, {}, measure).length), 0);
}
