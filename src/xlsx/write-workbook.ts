/**
 * Renders a workbook plan to an .xlsx package, streaming: each sheet's XML is produced row by row in order and
 * deflated into the package as it is produced (src/xlsx/zip-writer.ts), so memory holds the plan plus one
 * chunk, never a cell-object model of the workbook. Same output as the ExcelJS renderer it replaced
 * (src/xlsx/exceljs-workbook.ts, kept as the benchmark's peer): sheets, values, number formats, fonts, fills,
 * tables with filter buttons, frozen panes, column widths, tab colors, print setup, the hidden history sheet;
 * and, where ExcelJS wrote a note, the plan's charts as native Excel charts (src/xlsx/chart-xml.ts).
 *
 * Why not ExcelJS's own streaming WorkbookWriter: it writes no tables (the Customers sheet is an Excel table),
 * and its per-cell style objects still cost ~10× this writer's time (measured in `npm run bench -- write`).
 *
 * Safety: strings are always written as shared-string cells (`t="s"`), never as formulas, whatever they start
 * with (`=`, `+`, `-`, `@`); this module writes no `<f>` element at all. Characters XML 1.0 cannot carry
 * are written as Excel's `_xHHHH_` escapes (and a literal `_xHHHH_` in the text is escaped itself).
 * Cost: O(cells) time; memory O(plan + distinct strings + distinct styles).
 */
import type { CellValue } from "../core/types";
import { printAreaOf, printSetupOf } from "../core/plan/print-setup";
import { plannedRowHeights } from "../core/plan/print-pages";
import type { Block, CellRect, PrintSetup, SheetPlan, WorkbookPlan } from "../core/plan/workbook-plan";
import type { ZipWriter } from "./zip-writer";
import { columnLetters, quotedSheetName } from "../core/text";
import { argbOf, escapeXml, hasEdgeSpace } from "./xml-text";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATION,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATION,
  chartXml,
  drawingXml,
  drawnSeries,
} from "./chart-xml";
import { type Lang } from "../core/language";

// Kept importable from here, where the other modules and tests have always found them.
export { argbOf, escapeXml };

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

/** A1-style range of a rect, e.g. "B2:D10". */
function rangeOf(rect: CellRect, absolute = false): string {
  const d = absolute ? "$" : "";
  const first = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  const last = `${d}${columnLetters(rect.column + Math.max(1, rect.columns) - 1)}${d}${rect.row + Math.max(1, rect.rows)}`;
  return `${first}:${last}`;
}

/** Font, fill, number format and alignment of one cell: what a cellXfs entry says. */
interface CellStyle {
  numFmt?: string | null;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  verticalTop?: boolean;
}

/** Collects the distinct fonts, fills, number formats and cell formats of the workbook (xl/styles.xml). */
class StyleRegistry {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([[fontXml({}), 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly xfs = new Map<string, number>([
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0],
  ]);

  /** The cellXfs index of a style (0 = default). */
  indexOf(style: CellStyle): number {
    let numFmtId = 0;
    if (style.numFmt && style.numFmt !== "General") {
      numFmtId = this.numFmts.get(style.numFmt) ?? 164 + this.numFmts.size;
      this.numFmts.set(style.numFmt, numFmtId);
    }
    const font = fontXml(style);
    const fontId = this.fonts.get(font) ?? this.fonts.size;
    this.fonts.set(font, fontId);
    let fillId = 0;
    if (style.fill) {
      const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
      fillId = this.fills.get(fill) ?? this.fills.size;
      this.fills.set(fill, fillId);
    }
    const alignment =
      style.align || style.wrap || style.verticalTop
        ? `<alignment${style.align ? ` horizontal="${style.align}"` : ""}${style.verticalTop ? ' vertical="top"' : ""}${style.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const index = this.xfs.get(xf) ?? this.xfs.size;
    this.xfs.set(xf, index);
    return index;
  }

  toXml(): string {
    const list = (name: string, items: Iterable<string>, size: number) =>
      `<${name} count="${size}">${[...items].join("")}</${name}>`;
    const numFmts =
      this.numFmts.size === 0
        ? ""
        : list(
            "numFmts",
            [...this.numFmts].map(
              ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
            ),
            this.numFmts.size,
          );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      list("fonts", this.fonts.keys(), this.fonts.size) +
      list("fills", this.fills.keys(), this.fills.size) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.keys(), this.xfs.size) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

function fontXml(style: CellStyle): string {
  return (
    `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.fontSize ?? 11}"/>` +
    (style.fontColor ? `<color rgb="${argbOf(style.fontColor)}"/>` : '<color theme="1"/>') +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}

/** The shared-string table (xl/sharedStrings.xml): each distinct text once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  references = 0;

  indexOf(text: string): number {
    this.references++;
    let position = this.index.get(text);
    if (position === undefined) {
      position = this.index.size;
      this.index.set(text, position);
    }
    return position;
  }

  *chunks(): Generator<string> {
    yield (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">`
    );
    let chunk = "";
    for (const text of this.index.keys()) {
      const space = hasEdgeSpace(text) ? ' xml:space="preserve"' : "";
      chunk += `<si><t${space}>${escapeXml(text)}</t></si>`;
      if (chunk.length > CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk + "</sst>";
  }
}

/**
 * Texts up to this length go to the shared-string table (labels, segment names and ids repeat, and Excel
 * keeps them there anyway); longer ones (per-customer reasons, notes) are nearly all distinct, so they are
 * written inline (`t="inlineStr"`, still text, never a formula) instead of hashed into a table of their own.
 */
const SHARED_STRING_MAX_LENGTH = 40;

/** Characters of XML handed to the compressor at once. */
const CHUNK_CHARS = 1 << 16;

/** Something that puts cells in rows [row, row + rows): a block or a fill rectangle. */
interface Span {
  row: number;
  rows: number;
}

/** Spans sorted by first row, walked row by row: `advance(r)` returns those covering row r. */
class Sweep<T extends Span> {
  private readonly sorted: T[];
  private next = 0;
  private active: T[] = [];

  constructor(spans: readonly T[]) {
    this.sorted = spans.filter((span) => span.rows > 0).sort((a, b) => a.row - b.row);
  }

  advance(row: number): readonly T[] {
    if (this.active.length > 0 && this.active.some((span) => span.row + span.rows <= row))
      this.active = this.active.filter((span) => span.row + span.rows > row);
    while (this.next < this.sorted.length && this.sorted[this.next].row <= row)
      this.active.push(this.sorted[this.next++]);
    return this.active;
  }

  get lastRow(): number {
    return this.sorted.reduce((last, span) => Math.max(last, span.row + span.rows - 1), -1);
  }
}

/** Heights of the rows holding wrapped text: the plan's (see `plannedRowHeights`). */
function wrappedRowHeights(sheet: SheetPlan): Map<number, number> {
  return new Map((sheet.rowHeights ?? plannedRowHeights(sheet)).map(({ row, height }) => [row, height]));
}

interface FillSpan extends Span {
  column: number;
  columns: number;
  group: number;
}

interface BlockSpan extends Span {
  block: Block;
  /** Base style index per column of the block, resolved lazily with overlays. */
  styles: CellStyle[];
}

/** Where each table's header names come from: the header cells the blocks write (the plan says they coincide). */
function tableHeaderNames(sheet: SheetPlan, rect: CellRect): string[] {
  const names: string[] = [];
  for (let c = 0; c < rect.columns; c++) {
    const column = rect.column + c;
    let name: string | null = null;
    for (const block of sheet.blocks) {
      const r = rect.row - block.row;
      const k = column - block.column;
      if (r >= 0 && r < block.values.length && k >= 0 && k < (block.values[r]?.length ?? 0)) {
        const value = block.values[r][k];
        if (value !== null && value !== "") name = String(value);
      }
    }
    names.push(name ?? `Column ${c + 1}`);
  }
  return names;
}

interface SheetContext {
  styles: StyleRegistry;
  strings: SharedStrings;
  lang: Lang;
  /** Relationship ids of this sheet's tables, in the order of sheet.tables. */
  tableRelationIds: string[];
  /** Relationship id of the sheet's drawing, when it has charts. */
  drawingRelationId?: string;
  selected: boolean;
}

/** The worksheet XML of one sheet, in chunks, rows in order. */
function* sheetXml(sheet: SheetPlan, context: SheetContext): Generator<string> {
  const { styles, strings } = context;
  // Printing (and PDF export) is part of "opening the result": the plan's page setup, one page wide.
  const print = printSetupFor(sheet, context.lang);

  let head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  const tab = sheet.tabColor ? `<tabColor rgb="${argbOf(sheet.tabColor)}"/>` : "";
  const fit = '<pageSetUpPr fitToPage="1"/>';
  if (tab || fit) head += `<sheetPr>${tab}${fit}</sheetPr>`;
  const gridLines = sheet.key === "map" ? ' showGridLines="0"' : "";
  const selected = context.selected ? ' tabSelected="1"' : "";
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : null;
  if (freeze) {
    const pane =
      freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
    const topLeft = `${columnLetters(freeze.columns)}${freeze.rows + 1}`;
    head +=
      `<sheetViews><sheetView workbookViewId="0"${gridLines}${selected}>` +
      `<pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  } else {
    head += `<sheetViews><sheetView workbookViewId="0"${gridLines}${selected}/></sheetViews>`;
  }
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = [...new Map(sheet.columnWidths.map(({ column, width }) => [column, width]))].sort(
    (a, b) => a[0] - b[0],
  );
  if (widths.length > 0) {
    head += `<cols>${widths
      .map(
        ([column, width]) =>
          `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`,
      )
      .join("")}</cols>`;
  }
  yield head + "<sheetData>";

  const blockStyle = (block: Block, c: number): CellStyle => ({
    numFmt: block.columnFormats?.[c] ?? null,
    bold: block.bold,
    italic: block.italic,
    fontSize: block.fontSize,
    fontColor: block.fontColor,
    fill: block.fill,
    align: block.align,
    wrap: block.wrap,
    verticalTop: Boolean(block.align || block.wrap),
  });
  const blocks = new Sweep<BlockSpan>(
    sheet.blocks.map((block) => ({
      row: block.row,
      rows: block.values.length,
      block,
      styles: Array.from({ length: block.values[0]?.length ?? 0 }, (_, c) => blockStyle(block, c)),
    })),
  );
  const fillSpans: FillSpan[] = [];
  sheet.fills.forEach((group, g) => {
    for (const rect of group.rects) fillSpans.push({ ...rect, group: g });
  });
  const fills = new Sweep(fillSpans);
  const heights = wrappedRowHeights(sheet);
  const lastRow = Math.max(blocks.lastRow, fills.lastRow);

  // Per-row scratch, indexed by column: the cell's value, its base style and its fill overlay.
  const width = 1 + sheet.blocks.reduce((m, b) => Math.max(m, b.column + (b.values[0]?.length ?? 0)), 0);
  const maxColumn = Math.max(width, 1 + fillSpans.reduce((m, f) => Math.max(m, f.column + f.columns), 0));
  const letters = Array.from({ length: maxColumn }, (_, c) => columnLetters(c));
  const values: (CellValue | undefined)[] = new Array(maxColumn).fill(undefined);
  const base: (CellStyle | undefined)[] = new Array(maxColumn).fill(undefined);
  const overlay = new Int32Array(maxColumn).fill(-1);
  const used = new Uint8Array(maxColumn);
  const touched: number[] = [];
  // Resolved style index per (base style object, overlay group, top alignment): computed once per combination.
  const resolved = new Map<CellStyle | undefined, Map<number, number>>();
  const resolve = (style: CellStyle | undefined, group: number, top: boolean): number => {
    let byOverlay = resolved.get(style);
    if (!byOverlay) resolved.set(style, (byOverlay = new Map()));
    const key = group * 2 + (top ? 1 : 0);
    let index = byOverlay.get(key);
    if (index === undefined) {
      let final: CellStyle = { ...(style ?? {}) };
      if (group >= 0) {
        const fill = sheet.fills[group];
        // Keep the block's bold/italic/size; the group sets the fill and the color (and bold when it says so).
        final = { ...final, fill: fill.fill, fontColor: fill.fontColor, bold: final.bold || fill.bold };
      }
      if (top) final.verticalTop = true;
      index = styles.indexOf(final);
      byOverlay.set(key, index);
    }
    return index;
  };

  let chunk = "";
  // Declared once, not per row: a closure per row is measurable garbage at 10^6 rows.
  const touch = (c: number) => {
    if (!used[c]) {
      used[c] = 1;
      touched.push(c);
    }
  };
  // ` s="12"` per style index, built once.
  const styleAttributes: string[] = [];
  const styleAttributeOf = (s: number) => (styleAttributes[s] ??= s === 0 ? "" : ` s="${s}"`);
  for (let r = 0; r <= lastRow; r++) {
    touched.length = 0;
    for (const span of blocks.advance(r)) {
      const block = span.block;
      const rowValues = block.values[r - block.row];
      for (let k = 0; k < rowValues.length; k++) {
        const c = block.column + k;
        touch(c);
        values[c] = rowValues[k];
        base[c] = span.styles[k];
      }
    }
    for (const span of fills.advance(r)) {
      for (let c = span.column; c < span.column + span.columns; c++) {
        touch(c);
        overlay[c] = span.group;
      }
    }
    if (touched.length === 0) continue;
    // Usually one block per row, touched left to right: sort only when the columns came out of order.
    for (let t = 1; t < touched.length; t++) {
      if (touched[t] < touched[t - 1]) {
        touched.sort((a, b) => a - b);
        break;
      }
    }
    const height = heights.get(r);
    // The row number as text once per row, not once per cell.
    const rowNumber = String(r + 1);
    let xml = height ? `<row r="${rowNumber}" ht="${height}" customHeight="1">` : `<row r="${rowNumber}">`;
    for (const c of touched) {
      const value = values[c];
      // In a tall row the cells with content read from the top, beside the wrapped text.
      const filled = value !== undefined && value !== null;
      const s = resolve(base[c], overlay[c], height !== undefined && filled);
      const styleAttribute = styleAttributeOf(s);
      const ref = letters[c] + rowNumber;
      if (typeof value === "string" && value !== "") {
        const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
        if (text.length <= SHARED_STRING_MAX_LENGTH) {
          xml += `<c r="${ref}"${styleAttribute} t="s"><v>${strings.indexOf(text)}</v></c>`;
        } else {
          const space = hasEdgeSpace(text) ? ' xml:space="preserve"' : "";
          xml += `<c r="${ref}"${styleAttribute} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
        }
      } else if (typeof value === "number" && Number.isFinite(value)) {
        xml += `<c r="${ref}"${styleAttribute}><v>${value}</v></c>`;
      } else if (typeof value === "boolean") {
        xml += `<c r="${ref}"${styleAttribute} t="b"><v>${value ? 1 : 0}</v></c>`;
      } else if (s !== 0) {
        xml += `<c r="${ref}"${styleAttribute}/>`;
      }
      values[c] = undefined;
      base[c] = undefined;
      overlay[c] = -1;
      used[c] = 0;
    }
    chunk += xml + "</row>";
    if (chunk.length > CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  let tail = chunk + "</sheetData>";
  tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  tail += `<pageSetup orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>`;
  tail += `<headerFooter><oddFooter>${escapeXml(`&L${print.footer.left}&R${print.footer.right}`)}</oddFooter></headerFooter>`;
  // Manual page breaks (order: after the footer): a break with id n starts a new page at 0-based row n.
  const breaks = print.rowBreaks ?? [];
  if (breaks.length > 0)
    tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
      .map((row) => `<brk id="${row}" max="16383" man="1"/>`)
      .join("")}</rowBreaks>`;
  // A sheet's drawing holds its charts (order: after the footer, before the table parts).
  if (context.drawingRelationId) tail += `<drawing r:id="${context.drawingRelationId}"/>`;
  if (context.tableRelationIds.length > 0) {
    tail += `<tableParts count="${context.tableRelationIds.length}">${context.tableRelationIds
      .map((id) => `<tablePart r:id="${id}"/>`)
      .join("")}</tableParts>`;
  }
  yield tail + "</worksheet>";
}

/** The plan's page setup; plans built by hand (tests, benchmarks) get the same decision made here. */
function printSetupFor(sheet: SheetPlan, lang: Lang): PrintSetup {
  return sheet.print ?? printSetupOf(sheet, lang);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * The custom document property that marks a file as a result of ours (src/cli/file-safety.ts reads it before
 * replacing an existing `--out`). Excel keeps custom properties when the user saves the file again.
 */
export const RESULT_MARKER_PROPERTY = "CustomerMapResult";
export const RESULT_MARKER_VALUE = "Customer Map for Excel";

/**
 * Writes the plan's .xlsx package into `zip`, streaming, and finishes it. Environment-neutral: the command
 * line gives a ZipWriter onto a file (`write-workbook-file.ts`), the web page one into memory
 * (`write-workbook-bytes.ts`); the parts written are the same bytes either way.
 */
export async function writeWorkbookPackage(plan: WorkbookPlan, zip: ZipWriter): Promise<void> {
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const firstVisible = Math.max(
    0,
    plan.sheets.findIndex((sheet) => !sheet.hidden),
  );
  let tableId = 0;
  const tableParts: string[] = [];
  let chartId = 0;
  const drawingParts: string[] = [];
  const chartParts: string[] = [];
  for (let s = 0; s < plan.sheets.length; s++) {
    const sheet = plan.sheets[s];
    const tableRelationIds = sheet.tables.map((_, t) => `rIdTable${t + 1}`);
    // Charts without points are not drawn (as in Excel); a sheet with none drawn has no drawing.
    const charts = sheet.charts.filter((chart) => drawnSeries(chart).length > 0);
    const drawingRelationId = charts.length > 0 ? "rIdDrawing1" : undefined;
    await zip.addEntry(
      `xl/worksheets/sheet${s + 1}.xml`,
      sheetXml(sheet, {
        styles,
        strings,
        lang: plan.lang,
        tableRelationIds,
        drawingRelationId,
        selected: s === firstVisible,
      }),
    );
    const relations: string[] = [];
    if (drawingRelationId) {
      const drawing = `xl/drawings/drawing${drawingParts.length + 1}.xml`;
      drawingParts.push(drawing);
      relations.push(
        `<Relationship Id="${drawingRelationId}" Type="${DRAWING_RELATION}" Target="../drawings/drawing${drawingParts.length}.xml"/>`,
      );
      const chartRelationIds = charts.map((_, c) => `rIdChart${c + 1}`);
      const chartRelations: string[] = [];
      for (const [c, chart] of charts.entries()) {
        chartId++;
        chartParts.push(`xl/charts/chart${chartId}.xml`);
        chartRelations.push(
          `<Relationship Id="${chartRelationIds[c]}" Type="${CHART_RELATION}" Target="../charts/chart${chartId}.xml"/>`,
        );
        await zip.addEntry(`xl/charts/chart${chartId}.xml`, [chartXml(sheet, chart, plan.lang)]);
      }
      await zip.addEntry(drawing, [drawingXml(charts, chartRelationIds)]);
      await zip.addEntry(`xl/drawings/_rels/drawing${drawingParts.length}.xml.rels`, [
        XML_HEAD + `<Relationships xmlns="${PACKAGE_REL}">${chartRelations.join("")}</Relationships>`,
      ]);
    }
    for (const [t, table] of sheet.tables.entries()) {
      tableId++;
      tableParts.push(`xl/tables/table${tableId}.xml`);
      relations.push(
        `<Relationship Id="${tableRelationIds[t]}" Type="${REL}/table" Target="../tables/table${tableId}.xml"/>`,
      );
      const ref = rangeOf(table.rect);
      const names = tableHeaderNames(sheet, table.rect);
      await zip.addEntry(`xl/tables/table${tableId}.xml`, [
        XML_HEAD +
          `<table xmlns="${MAIN}" id="${tableId}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
          `<autoFilter ref="${ref}"/>` +
          `<tableColumns count="${names.length}">${names
            .map((name, c) => `<tableColumn id="${c + 1}" name="${escapeXml(name)}"/>`)
            .join("")}</tableColumns>` +
          `<tableStyleInfo name="${escapeXml(table.style ?? "TableStyleLight1")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
          "</table>",
      ]);
    }
    if (relations.length === 0) continue;
    await zip.addEntry(`xl/worksheets/_rels/sheet${s + 1}.xml.rels`, [
      XML_HEAD + `<Relationships xmlns="${PACKAGE_REL}">${relations.join("")}</Relationships>`,
    ]);
  }
  await zip.addEntry("xl/sharedStrings.xml", strings.chunks());
  await zip.addEntry("xl/styles.xml", [styles.toXml()]);

  const printAreas = plan.sheets
    // The plan's print area, chart included: this writer draws the charts.
    .map((sheet, s) => ({ area: printAreaOf(sheet, true), s, name: sheet.name }))
    .filter((entry) => entry.area !== undefined)
    .map(
      ({ area, s, name }) =>
        `<definedName name="_xlnm.Print_Area" localSheetId="${s}">${escapeXml(quotedSheetName(name))}!${rangeOf(area!, true)}</definedName>`,
    );
  // Header rows repeated on every printed page ("print titles"): whole rows, e.g. 'Clientes'!$1:$1.
  plan.sheets.forEach((sheet, s) => {
    const rows = printSetupFor(sheet, plan.lang).titleRows;
    if (rows)
      printAreas.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${s}">${escapeXml(quotedSheetName(sheet.name))}!$${rows.first + 1}:$${rows.last + 1}</definedName>`,
      );
  });
  await zip.addEntry("xl/workbook.xml", [
    XML_HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="${firstVisible}"/></bookViews>` +
      `<sheets>${plan.sheets
        .map(
          (sheet, s) =>
            `<sheet name="${escapeXml(sheet.name)}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${s + 1}"/>`,
        )
        .join("")}</sheets>` +
      (printAreas.length > 0 ? `<definedNames>${printAreas.join("")}</definedNames>` : "") +
      '<calcPr calcId="171027"/></workbook>',
  ]);
  const n = plan.sheets.length;
  await zip.addEntry("xl/_rels/workbook.xml.rels", [
    XML_HEAD +
      `<Relationships xmlns="${PACKAGE_REL}">` +
      plan.sheets
        .map(
          (_, s) =>
            `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
        )
        .join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>",
  ]);
  await zip.addEntry("docProps/core.xml", [
    XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      "<dc:creator>Customer Map for Excel</dc:creator></cp:coreProperties>",
  ]);
  await zip.addEntry("docProps/custom.xml", [
    XML_HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${RESULT_MARKER_PROPERTY}"><vt:lpwstr>${RESULT_MARKER_VALUE}</vt:lpwstr></property>` +
      "</Properties>",
  ]);
  await zip.addEntry("_rels/.rels", [
    XML_HEAD +
      `<Relationships xmlns="${PACKAGE_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>` +
      "</Relationships>",
  ]);
  await zip.addEntry("[Content_Types].xml", [
    XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      plan.sheets
        .map(
          (_, s) =>
            `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
        )
        .join("") +
      tableParts.map((part) => `<Override PartName="/${part}" ContentType="${CT}.table+xml"/>`).join("") +
      drawingParts
        .map((part) => `<Override PartName="/${part}" ContentType="${DRAWING_CONTENT_TYPE}"/>`)
        .join("") +
      chartParts
        .map((part) => `<Override PartName="/${part}" ContentType="${CHART_CONTENT_TYPE}"/>`)
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
      "</Types>",
  ]);
  await zip.finish();
}
