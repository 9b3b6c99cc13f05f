/**
 * The plan's charts as native Excel charts (DrawingML): one chart part per ChartPlan (xl/charts/chartN.xml) and
 * one drawing per sheet (xl/drawings/drawingN.xml) anchoring each chart over the plan's cells. Mirrors what the
 * add-in draws through Office.js (src/office/draw-sheet.ts, `addChart`): the same type, title, axis titles,
 * one series per non-empty segment named by the segment and colored with its color, markers only. Each series
 * reads its points from the cells the plan puts them in (`'Sheet'!$K$5:$K$40`), so the chart stays editable
 * and follows edits of the data; the values are also cached (`<c:numCache>`) so viewers draw it without
 * recalculating.
 *
 * Why our own XML: the established JavaScript libraries write no native .xlsx chart (ExcelJS and SheetJS CE do not),
 * and a native chart is what Excel draws in the add-in, editable, not a picture of one.
 * Cost: O(points) per chart (the plan caps points per segment).
 */
import type { CellValue } from "../core/types";
import {
  CHART_MARKER_SIZE,
  type CellRect,
  type ChartPlan,
  type ChartSeriesPlan,
  type SheetPlan,
} from "../core/plan/workbook-plan";
import { markerOutlineOf } from "../core/segment/palette";
import { columnLetters, quotedSheetName } from "../core/text";
import { escapeXml } from "./xml-text";
import { conventionsOf, type Lang } from "../core/language";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_RELATION = `${R}/chart`;
export const DRAWING_RELATION = `${R}/drawing`;

/** Text and gridlines in the muted grey of Excel's default chart style. */
const TEXT_COLOR = "595959";
const GRID_COLOR = "D9D9D9";
const X_AXIS = 500100;
const Y_AXIS = 500200;

/** What the plan's cells in a rect hold: values row-major (one column or one row here) and the first format. */
interface RectCells {
  values: CellValue[];
  format: string | null;
}

/** The values and number format of the plan's cells in `rect`, read from the blocks (later blocks win). */
function cellsOf(sheet: SheetPlan, rect: CellRect): RectCells {
  const values: CellValue[] = new Array(rect.rows * rect.columns).fill(null);
  let format: string | null = null;
  for (const block of sheet.blocks) {
    const width = block.values[0]?.length ?? 0;
    const top = Math.max(rect.row, block.row);
    const bottom = Math.min(rect.row + rect.rows, block.row + block.values.length);
    const left = Math.max(rect.column, block.column);
    const right = Math.min(rect.column + rect.columns, block.column + width);
    if (top >= bottom || left >= right) continue;
    for (let r = top; r < bottom; r++)
      for (let c = left; c < right; c++)
        values[(r - rect.row) * rect.columns + (c - rect.column)] =
          block.values[r - block.row][c - block.column];
    format = block.columnFormats?.[left - block.column] ?? format;
  }
  return { values, format };
}

/** A sheet-qualified absolute reference, e.g. `'Mapa de clientes'!$K$5:$K$40`. */
function referenceOf(sheetName: string, rect: CellRect): string {
  const first = `$${columnLetters(rect.column)}$${rect.row + 1}`;
  const last = `$${columnLetters(rect.column + Math.max(1, rect.columns) - 1)}$${rect.row + Math.max(1, rect.rows)}`;
  return `${quotedSheetName(sheetName)}!${first}:${last}`;
}

/** The series a chart draws: those with points (Office.js skips the empty ones too). */
export function drawnSeries(chart: ChartPlan): ChartSeriesPlan[] {
  return chart.series.filter((s) => s.xRect.rows > 0 && s.yRect.rows > 0);
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase().slice(-6);
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;

/** A text body for a title: one run, bold or not, at `size` hundredths of a point; `rotate` for the y axis. */
function richText(text: string, size: number, bold: boolean, lang: string, rotate = false): string {
  const run = `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr ${run}>${solid(TEXT_COLOR)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" ${run}>${solid(TEXT_COLOR)}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    "</c:rich></c:tx>"
  );
}

/** Default text of a chart element (tick labels, legend) at `size` hundredths of a point. */
function textProperties(size: number): string {
  return (
    "<c:txPr><a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="${size}">${solid(TEXT_COLOR)}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p>` +
    "</c:txPr>"
  );
}

/** A numeric reference with its cached values (blank or non-numeric cells are left out, as Excel caches them). */
function numberReference(sheet: SheetPlan, rect: CellRect): string {
  const { values, format } = cellsOf(sheet, rect);
  let points = "";
  values.forEach((value, index) => {
    if (typeof value === "number" && Number.isFinite(value))
      points += `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`;
  });
  return (
    `<c:numRef><c:f>${escapeXml(referenceOf(sheet.name, rect))}</c:f><c:numCache>` +
    `<c:formatCode>${escapeXml(format ?? "General")}</c:formatCode><c:ptCount val="${values.length}"/>${points}` +
    "</c:numCache></c:numRef>"
  );
}

/** Categories (bar charts): text cells as a string reference, numbers as a numeric one. */
function categoryReference(sheet: SheetPlan, rect: CellRect): string {
  const { values } = cellsOf(sheet, rect);
  if (values.every((value) => value === null || typeof value === "number"))
    return numberReference(sheet, rect);
  let points = "";
  values.forEach((value, index) => {
    if (value !== null && value !== "")
      points += `<c:pt idx="${index}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`;
  });
  return (
    `<c:strRef><c:f>${escapeXml(referenceOf(sheet.name, rect))}</c:f><c:strCache>` +
    `<c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`
  );
}

/** One series: its name as text (as Office.js sets `series.name`), its color, its cells. */
function seriesXml(sheet: SheetPlan, chart: ChartPlan, s: ChartSeriesPlan, index: number): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  if (chart.type === "bar")
    return (
      `<c:ser>${head}<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>` +
      `<c:cat>${categoryReference(sheet, s.xRect)}</c:cat><c:val>${numberReference(sheet, s.yRect)}</c:val></c:ser>`
    );
  const values = `<c:xVal>${numberReference(sheet, s.xRect)}</c:xVal><c:yVal>${numberReference(sheet, s.yRect)}</c:yVal>`;
  if (chart.type === "bubble")
    return (
      `<c:ser>${head}<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${values}` +
      `<c:bubbleSize>${numberReference(sheet, s.sizeRect ?? s.yRect)}</c:bubbleSize><c:bubble3D val="0"/></c:ser>`
    );
  // Markers only: the points of a segment are customers, not a sequence, so no line joins them.
  return (
    `<c:ser>${head}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="${CHART_MARKER_SIZE}"/>` +
    `<c:spPr>${solid(s.color)}<a:ln w="9525">${solid(markerOutlineOf(s.color))}</a:ln></c:spPr></c:marker>` +
    `${values}<c:smooth val="0"/></c:ser>`
  );
}

/**
 * One value (or category) axis. The axes cross at zero (the horizontal axis is the 0 % margin line when
 * margins go negative); their labels sit low, at the plot's edge, never among the points. Excel gets the same
 * (`tickLabelPosition = "Low"` in src/office/draw-sheet.ts).
 */
function axisXml(options: {
  kind: "valAx" | "catAx";
  id: number;
  crossId: number;
  position: "b" | "l";
  title: string;
  format: string | null;
  lang: string;
  /** Base-10 logarithmic scale (a value axis whose values span orders of magnitude). */
  logarithmic?: boolean;
}): string {
  const { kind, id, crossId, position, title, format, lang, logarithmic } = options;
  const logBase = logarithmic ? '<c:logBase val="10"/>' : "";
  return (
    `<c:${kind}><c:axId val="${id}"/><c:scaling>${logBase}<c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>` +
    (kind === "valAx"
      ? `<c:majorGridlines><c:spPr><a:ln w="9525">${solid(GRID_COLOR)}</a:ln></c:spPr></c:majorGridlines>`
      : "") +
    `<c:title>${richText(title, 1000, true, lang, position === "l")}<c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="${escapeXml(format ?? "General")}" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:spPr><a:ln w="9525">${solid(GRID_COLOR)}</a:ln></c:spPr>${textProperties(900)}` +
    `<c:crossAx val="${crossId}"/><c:crosses val="autoZero"/>` +
    (kind === "valAx"
      ? '<c:crossBetween val="midCat"/>'
      : '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>') +
    `</c:${kind}>`
  );
}

/** The chart part (xl/charts/chartN.xml) of one ChartPlan drawn on `sheet`. */
export function chartXml(sheet: SheetPlan, chart: ChartPlan, lang: Lang): string {
  const language = conventionsOf(lang).tag;
  const series = drawnSeries(chart);
  const first = series[0];
  const xFormat = first
    ? cellsOf(sheet, { ...first.xRect, rows: Math.min(1, first.xRect.rows) }).format
    : null;
  const yFormat = first
    ? cellsOf(sheet, { ...first.yRect, rows: Math.min(1, first.yRect.rows) }).format
    : null;
  const body = series.map((s, i) => seriesXml(sheet, chart, s, i)).join("");
  const axisIds = `<c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/>`;
  let plot: string;
  if (chart.type === "bar") {
    plot =
      `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${body}` +
      `<c:gapWidth val="150"/>${axisIds}</c:barChart>` +
      axisXml({
        kind: "catAx",
        id: X_AXIS,
        crossId: Y_AXIS,
        position: "l",
        title: chart.xAxisTitle,
        format: xFormat,
        lang: language,
      }) +
      axisXml({
        kind: "valAx",
        id: Y_AXIS,
        crossId: X_AXIS,
        position: "b",
        title: chart.yAxisTitle,
        format: yFormat,
        lang: language,
      });
  } else {
    plot =
      (chart.type === "bubble"
        ? `<c:bubbleChart><c:varyColors val="0"/>${body}<c:bubbleScale val="100"/><c:showNegBubbles val="0"/>${axisIds}</c:bubbleChart>`
        : `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${body}${axisIds}</c:scatterChart>`) +
      axisXml({
        kind: "valAx",
        id: X_AXIS,
        crossId: Y_AXIS,
        position: "b",
        title: chart.xAxisTitle,
        format: xFormat,
        lang: language,
        logarithmic: chart.xAxisScale === "logarithmic",
      }) +
      axisXml({
        kind: "valAx",
        id: Y_AXIS,
        crossId: X_AXIS,
        position: "l",
        title: chart.yAxisTitle,
        format: yFormat,
        lang: language,
      });
  }
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:date1904 val="0"/><c:lang val="${language}"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1400, true, language)}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525">${solid(GRID_COLOR)}</a:ln></c:spPr>` +
    "</c:chartSpace>"
  );
}

/**
 * The drawing part of a sheet: each chart in a two-cell anchor from the top-left of the anchor's first cell to
 * the bottom-right of its last (Office.js `chart.setPosition(first, last)`), moving and sizing with the cells.
 * `relationIds[i]` is the drawing's relationship to chart i.
 */
export function drawingXml(charts: readonly ChartPlan[], relationIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const a = chart.anchor;
    const marker = (tag: string, column: number, row: number) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      "<xdr:twoCellAnchor>" +
      marker("from", a.column, a.row) +
      marker("to", a.column + Math.max(1, a.columns), a.row + Math.max(1, a.rows)) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${relationIds[i]}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`
  );
}
