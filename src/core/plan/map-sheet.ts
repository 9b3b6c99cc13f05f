/**
 * The Customer Map sheet: headline KPIs, the segmentation's map (portfolio matrix, RFM 5×5, or one tile per
 * segment when the method has no 2-D map) as a colored grid with customers, revenue, margin and margin %
 * per cell, a legend, and a value × margin % scatter chart (one series per segment) whose data sits in a
 * block at the right of the sheet so the chart survives the user re-sorting the Customers table.
 *
 * Cost: O(customers) to collect chart points plus a sort of each segment's points (capped per segment).
 */
import type { Analysis } from "../analysis";
import type { MapGrid } from "../model";
import { headlineKpis } from "../kpi/headline-kpis";
import type { CellValue, Lang } from "../types";
import { marginPercentOf } from "../customer-data";
import {
  cellFormat,
  cellFormatWithPrefix,
  cellFormatCount,
  type FormatContext,
  formatDateTime,
  type NumberFormatKind,
  numberCell,
} from "../format";
import { NOUNS } from "../glossary";
import { methodLabelOf } from "../segment/methods";
import {
  DATA_KIND_LABELS,
  MUTED_FONT_COLOR,
  emptySheet,
  fill,
  formatContextOf,
  headerBlock,
  noteBlock,
  sectionBlock,
  sumFinite,
  titleBlock,
} from "./plan-helpers";
import type { Block, CellRect, ChartPlan, FillGroup, SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";
import { fillTemplate } from "../text";
import { tr, untranslated } from "../language";
import { texts } from "../../i18n/texts";

/** Widest column of the map (characters): a 28-character name lengthened by 40 % plus its margin. */
const MAX_MAP_CELL_WIDTH = 42;

/** Lines per map cell: segment name, customers, revenue, margin, margin %. */
export const MAP_CELL_LINES = 5;
const KPI_FIRST_ROW = 3;
const ROW_LABEL_COLUMN = 1;
/** Map columns sit at 2, 4, 6...; the narrow columns between them (and the empty row under each map row)
 * separate the colored cells without needing borders, which not every renderer draws. */
const GRID_FIRST_COLUMN = 2;
const SPACER_WIDTH = 1.5;
/** Scatter points per segment: the largest customers by revenue; Excel charts slow down past a few thousand. */
export const MAX_CHART_POINTS_PER_SEGMENT = 1000;
const UNASSIGNED_FILL = "#F2F2F2";
/**
 * The chart's height in rows. It prints at the top of the second page, as wide as the map, with the segment
 * legend under it: this many rows leave room for the legend on an upright page at the map's scale.
 */
const CHART_ROWS = 38;

const T = {
  ...COLUMN_LABELS,
  title: texts((t) => t.plan.mapSheet.title),
  subtitle: texts((t) => t.plan.mapSheet.subtitle),
  segments: texts((t) => t.plan.mapSheet.segments),
  tilesTitle: texts((t) => t.plan.mapSheet.tilesTitle),
  tilesAxis: texts((t) => t.plan.mapSheet.tilesAxis),
  noSegment: texts((t) => t.plan.mapSheet.noSegment),
  chartTitle: texts((t) => t.plan.mapSheet.chartTitle),
  revenueLogScale: texts((t) => t.plan.mapSheet.revenueLogScale),
  chartData: texts((t) => t.plan.mapSheet.chartData),
  chartCapped: texts((t) => t.plan.mapSheet.chartCapped),
  customerId: texts((t) => t.plan.mapSheet.customerId),
  // Rows run from the best (top) down, columns from low (left) to high: the arrows point where values grow.
  axisHint: texts((t) => t.plan.mapSheet.axisHint),
};

/** One tile per segment in a single row: the map for methods without a 2-D grid (clusters, lifecycle, ABC). */
function segmentTiles(analysis: Analysis): MapGrid {
  const { segments } = analysis.segmentation;
  return {
    title: T.tilesTitle,
    rowAxis: untranslated(""),
    columnAxis: T.tilesAxis,
    rowLabels: [untranslated("")],
    columnLabels: segments.map((segment) => segment.name),
    cells: [
      segments.map((segment, index) => ({
        segment: index,
        customers: segment.customers,
        revenue: segment.revenue,
        margin: segment.margin,
      })),
    ],
  };
}

/** How many headline cards the map shows (facts from the data, then KPIs). */
const HEADLINE_CARDS = 7;

/** KPIs whose figure the map's first cards write from the data (a KPI card would repeat them). */
const SHOWN_FROM_DATA = ["customers", "revenue", "grossMargin", "marginPercent"];

/** The headline KPI cells: facts from the data first, then the analysis' own KPIs by preference. */
function headlineCards(
  analysis: Analysis,
  lang: Lang,
): { label: string; value: CellValue; format: string }[] {
  const context = formatContextOf(analysis, lang);
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, context);
  const data = analysis.read.customers;
  const revenue = sumFinite(data.revenue);
  const margin = data.available.marginAmount ? sumFinite(data.marginAmount) : NaN;
  const marginPercentKpi = analysis.kpis.find((kpi) => kpi.id === "marginPercent")?.value ?? NaN;
  const cards: { label: string; value: CellValue; format: string }[] = [
    { label: tr(T.customers, lang), value: data.count, format: formatCode("integer") },
    { label: tr(T.revenue, lang), value: numberCell(revenue), format: formatCode("money") },
  ];
  // Without margins, two empty margin cards would only say what is missing (the map's caption says it).
  if (data.available.marginAmount) {
    cards.push(
      { label: tr(T.margin, lang), value: numberCell(margin), format: formatCode("money") },
      // The KPI's margin % (over the revenue of customers with a known margin), never a second computation.
      {
        label: tr(T.marginPercent, lang),
        value: numberCell(marginPercentKpi),
        format: formatCode("percent"),
      },
    );
  }
  // Then the headline KPIs (the pane's choice too), but for the figures above.
  for (const kpi of headlineKpis(analysis.kpis, HEADLINE_CARDS - cards.length, SHOWN_FROM_DATA)) {
    cards.push({ label: tr(kpi.label, lang), value: kpi.value, format: formatCode(kpi.format) });
  }
  return cards;
}

/** Where things sit on the map sheet; one computation shared by the builder and the tests. */
interface MapLayout {
  /** Columns that hold content (row labels, then map columns 2, 4, 6...); the ones between are spacers. */
  wideColumns: number[];
  cardRows: number;
  gridTitleRow: number;
  columnLabelRow: number;
  /** Sheet columns of the map's columns. */
  gridColumns: number[];
  /** First sheet row of each map row (each is MAP_CELL_LINES rows tall plus one spacer row). */
  gridRows: number[];
  legendRow: number;
  chartAnchor: CellRect;
  chartDataColumn: number;
}

/** The positions of the map sheet's parts for a map of this shape and this many KPI cards. */
export function mapLayout(grid: MapGrid, cardCount: number, hasChart: boolean): MapLayout {
  const gridRowCount = grid.cells.length;
  const gridColumnCount = gridRowCount > 0 ? grid.cells[0].length : 0;
  const wideCount = Math.max(gridColumnCount, 3);
  const wideColumns = [
    ROW_LABEL_COLUMN,
    ...Array.from({ length: wideCount }, (_, c) => GRID_FIRST_COLUMN + 2 * c),
  ];
  const cardRows = Math.ceil(cardCount / wideColumns.length);
  const gridTitleRow = KPI_FIRST_ROW + cardRows * 3;
  const gridFirstRow = gridTitleRow + 3;
  const gridRows = Array.from({ length: gridRowCount }, (_, r) => gridFirstRow + r * (MAP_CELL_LINES + 1));
  const gridEnd = gridFirstRow + gridRowCount * (MAP_CELL_LINES + 1);
  // The map and its KPIs fill the first printed page; the chart (a page break above it) and the segment
  // legend under it, which names its colors and says what to do with each, fill the second.
  const lastWideColumn = wideColumns[wideColumns.length - 1];
  const chartAnchor: CellRect = {
    // One blank row under the page break: the chart's frame never shows at the foot of the map's page.
    row: gridEnd + 1,
    column: ROW_LABEL_COLUMN,
    rows: CHART_ROWS,
    columns: lastWideColumn + 1 - ROW_LABEL_COLUMN,
  };
  return {
    wideColumns,
    cardRows,
    gridTitleRow,
    columnLabelRow: gridTitleRow + 2,
    gridColumns: Array.from({ length: gridColumnCount }, (_, c) => GRID_FIRST_COLUMN + 2 * c),
    gridRows,
    legendRow: hasChart ? gridEnd + CHART_ROWS + 2 : gridEnd,
    chartAnchor,
    // Right of the printed map, outside the print area.
    chartDataColumn: lastWideColumn + 3,
  };
}

/** The map drawn for an analysis: the segmentation's own grid, or one tile per segment. */
export function mapGridOf(analysis: Analysis): MapGrid {
  return analysis.segmentation.grid ?? segmentTiles(analysis);
}

/** Builds the Customer Map sheet plan. */
export function buildMapSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("map", lang);
  const context: FormatContext = formatContextOf(analysis, lang);
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, context);
  const { segmentation } = analysis;
  const data = analysis.read.customers;
  const segments = segmentation.segments;
  sheet.tabColor = segments[0]?.color;
  const grid = mapGridOf(analysis);
  const cards = headlineCards(analysis, lang);
  const layout = mapLayout(grid, cards.length, hasChartPoints(analysis));
  const { wideColumns, cardRows, gridTitleRow } = layout;
  const gridRowCount = grid.cells.length;
  const gridColumnCount = layout.gridColumns.length;
  const wideCount = wideColumns.length - 1;
  const lastWideColumn = wideColumns[wideColumns.length - 1];
  /** A row of values for the wide columns 1, 2, 4, 6... with empty spacer cells between, as one block row. */
  const spread = (values: CellValue[], firstWide: number): CellValue[] => {
    const row: CellValue[] = [];
    values.forEach((value, k) => {
      if (k > 0 && wideColumns[firstWide + k] - wideColumns[firstWide + k - 1] === 2) row.push(null);
      row.push(value);
    });
    return row;
  };
  const spreadFormats = (formats: (string | null)[], firstWide: number): (string | null)[] =>
    spread(formats, firstWide) as (string | null)[];

  sheet.blocks.push(titleBlock(0, ROW_LABEL_COLUMN, tr(T.title, lang)));
  sheet.blocks.push(
    noteBlock(
      1,
      ROW_LABEL_COLUMN,
      fillTemplate(tr(T.subtitle, lang), {
        method: tr(methodLabelOf(segmentation.method, segmentation.settings), lang),
        customers: data.count,
        kind: tr(DATA_KIND_LABELS[analysis.read.kind], lang),
        runAt: formatDateTime(analysis.runAt, lang),
      }),
    ),
  );

  // Headline KPI cards: label over value, as many per row as there are wide columns.
  const perRow = wideColumns.length;
  for (let cardRow = 0; cardRow < cardRows; cardRow++) {
    const rowCards = cards.slice(cardRow * perRow, (cardRow + 1) * perRow);
    const row = KPI_FIRST_ROW + cardRow * 3;
    sheet.blocks.push({
      row,
      column: ROW_LABEL_COLUMN,
      values: [
        spread(
          rowCards.map((card) => card.label),
          0,
        ),
      ],
      bold: true,
      fontColor: MUTED_FONT_COLOR,
      wrap: true,
    });
    sheet.blocks.push({
      row: row + 1,
      column: ROW_LABEL_COLUMN,
      values: [
        spread(
          rowCards.map((card) => card.value),
          0,
        ),
      ],
      columnFormats: spreadFormats(
        rowCards.map((card) => card.format),
        0,
      ),
      bold: true,
      fontSize: 14,
      align: "left",
    });
  }

  // The map itself.
  const labelRow = layout.columnLabelRow;
  sheet.blocks.push(sectionBlock(gridTitleRow, ROW_LABEL_COLUMN, tr(grid.title, lang)));
  if (tr(grid.rowAxis, lang) !== "" || tr(grid.columnAxis, lang) !== "") {
    sheet.blocks.push(
      noteBlock(
        gridTitleRow + 1,
        ROW_LABEL_COLUMN,
        tr(grid.rowAxis, lang) === ""
          ? `${tr(grid.columnAxis, lang)} →`
          : fillTemplate(tr(T.axisHint, lang), {
              rows: tr(grid.rowAxis, lang),
              columns: tr(grid.columnAxis, lang),
            }),
      ),
    );
  }
  if (gridColumnCount > 0) {
    sheet.blocks.push({
      row: labelRow,
      column: GRID_FIRST_COLUMN,
      values: [
        spread(
          grid.columnLabels.map((label) => tr(label, lang)),
          1,
        ),
      ],
      bold: true,
      align: "center",
      wrap: true,
    });
  }

  const groups = new Map<number, FillGroup>();
  const groupOf = (segment: number): FillGroup => {
    let group = groups.get(segment);
    if (!group) {
      const summary = segments[segment];
      group = summary
        ? { fill: summary.color, fontColor: summary.textColor, rects: [] }
        : { fill: UNASSIGNED_FILL, fontColor: "#000000", rects: [] };
      groups.set(segment, group);
    }
    return group;
  };

  const lineFormats = [
    null,
    cellFormatCount(NOUNS.customer, context),
    cellFormatWithPrefix("money", tr(T.revenue, lang), context),
    cellFormatWithPrefix("money", tr(T.margin, lang), context),
    cellFormatWithPrefix("percent", tr(T.marginPercent, lang), context),
  ];
  for (let r = 0; r < gridRowCount; r++) {
    const base = layout.gridRows[r];
    const cells = grid.cells[r];
    sheet.blocks.push({
      row: base,
      column: ROW_LABEL_COLUMN,
      values: [[tr(grid.rowLabels[r], lang) ?? ""]],
      bold: true,
      align: "right",
      wrap: true,
    });
    // A cell no customer falls in stays blank: painting it would show a segment nobody is in.
    const shown = (cell: (typeof cells)[number], value: CellValue): CellValue =>
      cell.customers > 0 ? value : null;
    const lines: CellValue[][] = [
      cells.map((cell) =>
        shown(cell, segments[cell.segment] ? tr(segments[cell.segment].name, lang) : tr(T.noSegment, lang)),
      ),
      cells.map((cell) => shown(cell, cell.customers)),
      cells.map((cell) => shown(cell, numberCell(cell.revenue))),
      cells.map((cell) => shown(cell, numberCell(cell.margin))),
      cells.map((cell) => shown(cell, numberCell(cell.revenue === 0 ? NaN : cell.margin / cell.revenue))),
    ];
    lines.forEach((values, line) => {
      const format = lineFormats[line];
      sheet.blocks.push({
        row: base + line,
        column: GRID_FIRST_COLUMN,
        values: [spread(values, 1)],
        columnFormats:
          format === null
            ? undefined
            : spreadFormats(
                cells.map(() => format),
                1,
              ),
        bold: line === 0 ? true : undefined,
        align: "center",
      });
    });
    cells.forEach((cell, c) => {
      if (cell.customers === 0) return;
      // Neighbouring cells of one segment read as one area: the spacer between them takes the color too.
      const right = cells[c + 1];
      const below = grid.cells[r + 1]?.[c];
      const sameRight = right !== undefined && right.customers > 0 && right.segment === cell.segment;
      const sameBelow = below !== undefined && below.customers > 0 && below.segment === cell.segment;
      groupOf(cell.segment).rects.push({
        row: base,
        column: GRID_FIRST_COLUMN + 2 * c,
        rows: MAP_CELL_LINES + (sameBelow ? 1 : 0),
        columns: sameRight ? 2 : 1,
      });
    });
  }

  // Legend: segment, customers, share of revenue, recommended action.
  const legendRow = layout.legendRow;
  sheet.blocks.push(sectionBlock(legendRow, ROW_LABEL_COLUMN, tr(T.segments, lang)));
  sheet.blocks.push({
    ...headerBlock(legendRow + 1, ROW_LABEL_COLUMN, []),
    values: [
      spread(
        [tr(T.segment, lang), tr(T.customers, lang), tr(T.revenueShare, lang), tr(T.action, lang)],
        0,
      ).map((v) => v ?? ""),
    ],
  });
  const totalRevenue = sumFinite(data.revenue);
  if (segments.length > 0) {
    sheet.blocks.push({
      row: legendRow + 2,
      column: ROW_LABEL_COLUMN,
      values: segments.map((segment) =>
        spread(
          [
            tr(segment.name, lang),
            segment.customers,
            numberCell(totalRevenue === 0 ? NaN : segment.revenue / totalRevenue),
          ],
          0,
        ),
      ),
      columnFormats: spreadFormats([null, formatCode("integer"), formatCode("percent")], 0),
    });
    // The action is a sentence: wrapped in its column so it prints whole.
    sheet.blocks.push({
      row: legendRow + 2,
      column: wideColumns[3],
      values: segments.map((segment) => [tr(segment.action, lang)]),
      wrap: true,
    });
    segments.forEach((_, s) => {
      groupOf(s).rects.push({ row: legendRow + 2 + s, column: ROW_LABEL_COLUMN, rows: 1, columns: 1 });
    });
  }
  sheet.fills = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
  const legendEnd = legendRow + 2 + segments.length;

  // Chart: one scatter series per segment over a data block at the right, outside the printed area.
  const { chartAnchor, chartDataColumn } = layout;
  const chart = buildChartData(analysis, lang, chartDataColumn, gridTitleRow);
  if (chart) {
    sheet.blocks.push(...chart.blocks);
    sheet.charts.push({
      type: "scatter",
      title: tr(T.chartTitle, lang),
      // A logarithmic value axis names itself: the reader must not read equal steps as equal amounts.
      xAxisTitle: tr(
        chart.xScale === "logarithmic"
          ? fill(T.revenueLogScale, { revenue: tr(T.revenue, lang) })
          : T.revenue,
        lang,
      ),
      xAxisScale: chart.xScale,
      yAxisTitle: tr(T.marginPercent, lang),
      series: chart.series,
      anchor: chartAnchor,
    });
  }

  // Widths: wide enough for the longest segment name on the map (bold), bounded so that a name ~40 % longer
  // than the English one (the pseudo-locale's test, and languages such as German) still fits.
  const longestName = Math.max(0, ...segments.map((segment) => tr(segment.name, lang).length));
  const longestRowLabel = Math.max(0, ...grid.rowLabels.map((label) => tr(label, lang).length));
  const cellWidth = Math.min(MAX_MAP_CELL_WIDTH, Math.max(18, longestName + 4));
  const widths: { column: number; width: number }[] = [
    { column: 0, width: 2 },
    // Bold labels run wider than the character count: the width holds the longest on one line, so the map's
    // first line is never made taller (a blank line under the segment name) for a label that does not wrap.
    {
      column: ROW_LABEL_COLUMN,
      width: Math.min(
        MAX_MAP_CELL_WIDTH,
        Math.max(16, Math.ceil(longestRowLabel / 0.85) + 1, longestName + 3),
      ),
    },
  ];
  for (let c = 0; c < wideCount; c++) {
    widths.push({ column: GRID_FIRST_COLUMN + 2 * c, width: cellWidth });
    widths.push({ column: GRID_FIRST_COLUMN + 2 * c + 1, width: SPACER_WIDTH });
  }
  if (chart) {
    widths.push(
      { column: chartDataColumn, width: Math.min(MAX_MAP_CELL_WIDTH, Math.max(16, longestName + 2)) },
      { column: chartDataColumn + 1, width: 14 },
      { column: chartDataColumn + 2, width: 12 },
      { column: chartDataColumn + 3, width: 10 },
    );
  }
  sheet.columnWidths = widths;
  sheet.printArea = {
    row: 0,
    column: 0,
    rows: Math.max(legendEnd, chart ? chartAnchor.row + chartAnchor.rows : 0),
    columns: lastWideColumn + 1,
  };
  if (chart) sheet.pageBreakRows = [chartAnchor.row - 1];
  return sheet;
}

/** True when some customer has a point on the chart (a segment, revenue and a margin %). */
export function hasChartPoints(analysis: Analysis): boolean {
  const data = analysis.read.customers;
  const { segments, assignment } = analysis.segmentation;
  for (let i = 0; i < data.count; i++)
    if (
      assignment[i] >= 0 &&
      assignment[i] < segments.length &&
      Number.isFinite(marginPercentOf(data, i)) &&
      Number.isFinite(data.revenue[i])
    )
      return true;
  return false;
}

/** Values spanning more than this ratio (largest ÷ smallest) get a logarithmic axis: two orders of magnitude. */
export const LOG_AXIS_MIN_SPAN = 100;

/**
 * The scale of a chart's value axis: logarithmic when every value is positive and they span more than
 * `LOG_AXIS_MIN_SPAN` (a heavy-tailed revenue puts most customers in the first tenth of a linear axis, bunched
 * against it), else linear.
 */
export function valueAxisScale(values: readonly number[]): "linear" | "logarithmic" {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const value of values) {
    if (!(value > 0)) return "linear";
    smallest = Math.min(smallest, value);
    largest = Math.max(largest, value);
  }
  return values.length > 1 && largest / smallest > LOG_AXIS_MIN_SPAN ? "logarithmic" : "linear";
}

/**
 * Chart points grouped by segment (contiguous rows per segment, largest revenue first, capped), with one
 * series per segment. Customers with unknown margin % are left out (they have no y). Null when no point.
 */
function buildChartData(
  analysis: Analysis,
  lang: Lang,
  column: number,
  row: number,
): { blocks: Block[]; series: ChartPlan["series"]; xScale: ChartPlan["xAxisScale"] } | null {
  const data = analysis.read.customers;
  const { segments, assignment } = analysis.segmentation;
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, formatContextOf(analysis, lang));
  const bySegment: number[][] = segments.map(() => []);
  for (let i = 0; i < data.count; i++) {
    const s = assignment[i];
    if (
      s >= 0 &&
      s < segments.length &&
      Number.isFinite(marginPercentOf(data, i)) &&
      Number.isFinite(data.revenue[i])
    ) {
      bySegment[s].push(i);
    }
  }
  let capped = false;
  const values: CellValue[][] = [];
  const series: ChartPlan["series"] = [];
  const firstDataRow = row + 2;
  bySegment.forEach((members, s) => {
    if (members.length === 0) return;
    members.sort((a, b) => data.revenue[b] - data.revenue[a] || a - b);
    if (members.length > MAX_CHART_POINTS_PER_SEGMENT) capped = true;
    const shown = members.slice(0, MAX_CHART_POINTS_PER_SEGMENT);
    const start = firstDataRow + values.length;
    for (const i of shown)
      values.push([tr(segments[s].name, lang), data.ids[i], data.revenue[i], marginPercentOf(data, i)]);
    series.push({
      name: tr(segments[s].name, lang),
      xRect: { row: start, column: column + 2, rows: shown.length, columns: 1 },
      yRect: { row: start, column: column + 3, rows: shown.length, columns: 1 },
      color: segments[s].color,
    });
  });
  if (values.length === 0) return null;
  const xValues = values.map((cells) => cells[2] as number);
  const blocks: Block[] = [
    sectionBlock(row, column, tr(T.chartData, lang)),
    headerBlock(row + 1, column, [
      tr(T.segment, lang),
      tr(T.customerId, lang),
      tr(T.revenue, lang),
      tr(T.marginPercent, lang),
    ]),
    {
      row: firstDataRow,
      column,
      values,
      columnFormats: [null, null, formatCode("money"), formatCode("percent")],
    },
  ];
  if (capped) {
    blocks.push(
      noteBlock(
        firstDataRow + values.length + 1,
        column,
        fillTemplate(tr(T.chartCapped, lang), { max: MAX_CHART_POINTS_PER_SEGMENT }),
      ),
    );
  }
  return { xScale: valueAxisScale(xValues), blocks, series };
}
