/**
 * The Segments sheet: one row per segment (customers, shares, revenue, margin, margin %, average ticket,
 * LTV, churn risk, recommended action) with a totals row; the portfolio KPIs; mobility since the previous
 * map (migration matrix of counts and revenue) when there is one; each dimension crossed with the
 * segments, over/under-represented cells highlighted; and, when the data names sales reps, the calls and
 * money at stake per rep. Cost: O(segments × dimension values), O(customers) for the per-rep table.
 */
import type { Analysis, CrossTab } from "../analysis";
import { runDate } from "../insights/segment-moves";
import { movedCount } from "../kpi/migration-matrix";
import type { MigrationMatrix } from "../model";
import type { CellValue, Lang } from "../types";
import { CROSS_TAB_SPECIAL_VALUES } from "../segment/cross-tabulate";
import { cellFormat, type FormatContext, type NumberFormatKind, numberCell } from "../format";
import {
  emptySheet,
  figureHeaderBlock,
  fill,
  formatContextOf,
  headerBlock,
  noteBlock,
  sectionBlock,
  sumFinite,
  titleBlock,
} from "./plan-helpers";
import type { FillGroup, SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";
import { sheetName } from "./sheet-names";
import { churnWindowLabel } from "../timeline";
import { tr } from "../language";
import { splitIntoLines, widthFrom } from "./fit-text";
import { texts } from "../../i18n/texts";
import { writePerOwner } from "./insights-sheet";

/** Colors for over/under-representation: blue/orange, distinguishable with the common color-vision deficiencies. */
const OVER_FILL = { fill: "#CFE2F3", fontColor: "#0B3A66" };
const UNDER_FILL = { fill: "#FCE4D6", fontColor: "#843C0C" };
const STAYED_FILL = { fill: "#E7E6E6", fontColor: "#000000" };
/** Dimension values shown per cross-tab; the rest are summed into "Other" so wide dimensions stay readable. */
const MAX_CROSS_TAB_VALUES = 21;
export const SEGMENT_TABLE_FIRST_ROW = 3;
/** Least width of a figure's column, before fit-text.ts widens it to its numbers and heading words. */
const FIGURE_WIDTH = 9;
/** Width the recommended action wraps in. */
const ACTION_WIDTH = 29;

const T = {
  ...COLUMN_LABELS,
  title: texts((t) => t.plan.segmentsSheet.title),
  customerShare: texts((t) => t.plan.segmentsSheet.customerShare),
  averageLtv: texts((t) => t.plan.segmentsSheet.averageLtv),
  churnRate: texts((t) => t.plan.segmentsSheet.churnRate),
  note: texts((t) => t.plan.segmentsSheet.note),
  noMargin: texts((t) => t.plan.segmentsSheet.noMargin),
  noTrend: texts((t) => t.plan.segmentsSheet.noTrend),
  tooSmall: texts((t) => t.plan.segmentsSheet.tooSmall),
  total: texts((t) => t.plan.segmentsSheet.total),
  kpis: texts((t) => t.plan.segmentsSheet.kpis),
  kpi: texts((t) => t.plan.segmentsSheet.kpi),
  value: texts((t) => t.plan.segmentsSheet.value),
  unavailable: texts((t) => t.plan.segmentsSheet.unavailable),
  mobility: texts((t) => t.plan.segmentsSheet.mobility),
  mobilityCounts: texts((t) => t.plan.segmentsSheet.mobilityCounts),
  mobilityRevenue: texts((t) => t.plan.segmentsSheet.mobilityRevenue),
  noChange: texts((t) => t.plan.segmentsSheet.noChange),
  noMoves: texts((t) => t.plan.segmentsSheet.noMoves),
  moved: texts((t) => t.plan.segmentsSheet.moved),
  previousMap: texts((t) => t.plan.segmentsSheet.previousMap),
  mobilityNote: texts((t) => t.plan.segmentsSheet.mobilityNote),
  fromTo: texts((t) => t.plan.segmentsSheet.fromTo),
  crossTab: texts((t) => t.plan.segmentsSheet.crossTab),
  crossTabNote: texts((t) => t.plan.segmentsSheet.crossTabNote),
  lift: texts((t) => t.plan.segmentsSheet.lift),
  other: texts((t) => t.plan.segmentsSheet.other),
  blank: texts((t) => t.plan.segmentsSheet.blank),
};

/** Builds the Segments sheet plan. */
export function buildSegmentsSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("segments", lang);
  const context = formatContextOf(analysis, lang);
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, context);
  const { segments } = analysis.segmentation;
  const data = analysis.read.customers;
  const totalCustomers = data.count;
  const totalRevenue = sumFinite(data.revenue);
  const totalMargin = data.available.marginAmount ? sumFinite(data.marginAmount) : NaN;
  // One figure, one value: the total row's margin % and churn are the portfolio KPIs themselves.
  const kpiOf = (id: string): number => {
    const value = analysis.kpis.find((kpi) => kpi.id === id)?.value;
    return value === null || value === undefined ? NaN : value;
  };
  const churnPer = churnWindowLabel(analysis.timeline.churn.windowMonths);
  const segmentFills: FillGroup[] = segments.map((segment) => ({
    fill: segment.color,
    fontColor: segment.textColor,
    rects: [],
    bold: true,
  }));
  const overFill: FillGroup = { ...OVER_FILL, rects: [] };
  const underFill: FillGroup = { ...UNDER_FILL, rects: [] };
  const stayedFill: FillGroup = { ...STAYED_FILL, rects: [] };

  sheet.blocks.push(titleBlock(0, 0, tr(T.title, lang)));
  // Missing inputs change the method: say so where the segments are read, not only on the About sheet.
  const missing = [
    data.available.marginAmount ? "" : tr(T.noMargin, lang),
    data.available.previousRevenue ? "" : tr(T.noTrend, lang),
  ].filter((text) => text !== "");
  if (missing.length > 0) sheet.blocks.push(noteBlock(1, 0, missing.join(" ")));
  // The note column says which segments are too small to act on: left out when none is.
  const withNote = segments.some((segment) => segment.tooSmall);
  const headers = [
    T.segment,
    T.customers,
    T.customerShare,
    T.revenue,
    T.revenueShare,
    T.margin,
    T.marginPercent,
    T.averageTicket,
    T.averageLtv,
    fill(T.churnRate, { per: tr(churnPer, lang) }),
    T.action,
    ...(withNote ? [T.note] : []),
  ].map((text) => tr(text, lang));
  const formats = [
    null,
    formatCode("integer"),
    formatCode("percent"),
    formatCode("money"),
    formatCode("percent"),
    formatCode("money"),
    formatCode("percent"),
    formatCode("money"),
    formatCode("money"),
    formatCode("percent"),
    null,
    ...(withNote ? [null] : []),
  ];
  const headerRow = SEGMENT_TABLE_FIRST_ROW - 1;
  sheet.blocks.push(headerBlock(headerRow, 0, headers));
  const kpisById = new Map(analysis.segmentKpis.map((kpis) => [kpis.segmentId, kpis]));
  const rows: CellValue[][] = segments.map((segment) => {
    const kpis = kpisById.get(segment.id);
    return [
      tr(segment.name, lang),
      segment.customers,
      numberCell(totalCustomers === 0 ? NaN : segment.customers / totalCustomers),
      numberCell(segment.revenue),
      numberCell(totalRevenue === 0 ? NaN : segment.revenue / totalRevenue),
      numberCell(segment.margin),
      numberCell(kpis?.marginPercent ?? NaN),
      numberCell(kpis?.averageTicket ?? NaN),
      numberCell(kpis?.averageLtv ?? NaN),
      numberCell(kpis?.churnRatePerWindow ?? NaN),
      tr(segment.action, lang),
      ...(withNote ? [segment.tooSmall ? tr(T.tooSmall, lang) : ""] : []),
    ];
  });
  rows.push([
    tr(T.total, lang),
    totalCustomers,
    numberCell(totalCustomers === 0 ? NaN : 1),
    numberCell(totalRevenue),
    numberCell(totalRevenue === 0 || !Number.isFinite(totalRevenue) ? NaN : 1),
    numberCell(totalMargin),
    numberCell(kpiOf("marginPercent")),
    numberCell(kpiOf("averageTicket")),
    null,
    numberCell(kpiOf("churnRatePerWindow")),
    "",
    ...(withNote ? [""] : []),
  ]);
  // The action and the note are sentences: wrapped in their columns, so the sheet prints one page wide at a
  // readable size instead of running the text off to the right.
  sheet.blocks.push({
    row: SEGMENT_TABLE_FIRST_ROW,
    column: 0,
    values: rows.slice(0, -1),
    columnFormats: formats,
    wrap: true,
  });
  sheet.blocks.push({
    row: SEGMENT_TABLE_FIRST_ROW + segments.length,
    column: 0,
    values: rows.slice(-1),
    columnFormats: formats,
    bold: true,
  });
  segments.forEach((_, s) =>
    segmentFills[s].rects.push({ row: SEGMENT_TABLE_FIRST_ROW + s, column: 0, rows: 1, columns: 1 }),
  );
  let row = SEGMENT_TABLE_FIRST_ROW + segments.length + 2;

  // The figures' columns start narrow (a percentage, a count): fit-text.ts widens each to its longest number or
  // heading word (a sum of money, a bold "Agroalimentario" of a cross-tab), never all nine to the widest.
  // With the action wrapped in ACTION_WIDTH, the sheet prints one page wide at about 80 % on a landscape page.
  sheet.columnWidths = [
    { column: 0, width: 30 },
    ...Array.from({ length: 9 }, (_, i) => ({ column: i + 1, width: FIGURE_WIDTH })),
    { column: 10, width: ACTION_WIDTH },
    ...(withNote ? [{ column: 11, width: 22 }] : []),
  ];
  // A note runs over the empty cells beside it up to the segment table's last column, one line per row.
  const noteRoom = (column: number) => widthFrom(sheet.columnWidths, column, headers.length - 1);

  // Portfolio KPIs: one block per KPI because each row has its own number format.
  sheet.blocks.push(sectionBlock(row, 0, tr(T.kpis, lang)));
  sheet.blocks.push(headerBlock(row + 1, 0, [tr(T.kpi, lang), tr(T.value, lang), tr(T.note, lang)]));
  row += 2;
  for (const kpi of analysis.kpis) {
    const note =
      kpi.value === null
        ? tr(fill(T.unavailable, { reason: tr(kpi.unavailableReason, lang) ?? "" }), lang)
        : (tr(kpi.note, lang) ?? "");
    sheet.blocks.push({ row, column: 0, values: [[tr(kpi.label, lang)]], wrap: true });
    const lines = splitIntoLines(note, noteRoom(2));
    sheet.blocks.push({
      row,
      column: 1,
      values: [[kpi.value === null ? null : numberCell(kpi.value), lines[0] ?? ""]],
      columnFormats: [formatCode(kpi.format), null],
    });
    if (lines.length > 1)
      sheet.blocks.push({ row: row + 1, column: 2, values: lines.slice(1).map((line) => [line]) });
    row += Math.max(1, lines.length);
  }
  row++;

  if (analysis.mobility) {
    row = writeMobility(sheet, analysis.mobility, lang, row, stayedFill, context);
  }
  for (const crossTab of analysis.crossTabs) {
    row = writeCrossTab(sheet, crossTab, analysis, lang, row, segmentFills, overFill, underFill);
  }
  // Per sales rep, under the segments × rep table: the calls of the Insights sheet's list that fall to each.
  const owners = data.dimensions.owner;
  if (owners) writePerOwner(sheet, analysis, lang, row, owners);

  sheet.fills = [...segmentFills, overFill, underFill, stayedFill].filter((group) => group.rects.length > 0);
  sheet.freeze = { rows: SEGMENT_TABLE_FIRST_ROW, columns: 1 };
  return sheet;
}

function writeMobility(
  sheet: SheetPlan,
  mobility: MigrationMatrix,
  lang: Lang,
  startRow: number,
  stayedFill: FillGroup,
  context: FormatContext = { lang },
): number {
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, context);
  let row = startRow;
  sheet.blocks.push(sectionBlock(row, 0, tr(T.mobility, lang)));
  // An all-diagonal table is not news: say plainly that nothing changed, and since when.
  const date = runDate(mobility.since) || tr(T.previousMap, lang);
  const moved = movedCount(mobility);
  if (moved === 0) {
    const stayed = mobility.counts.reduce((sum, counts) => sum + counts.reduce((a, b) => a + b, 0), 0);
    const text =
      mobility.joined === 0 && mobility.left === 0
        ? tr(fill(T.noChange, { date, customers: stayed }), lang)
        : tr(fill(T.noMoves, { date, joined: mobility.joined, left: mobility.left }), lang);
    sheet.blocks.push({ row: row + 1, column: 0, values: [[text]], bold: true });
    return row + 3;
  }
  sheet.blocks.push({
    row: row + 1,
    column: 0,
    values: [[tr(fill(T.moved, { moved, date, sheet: sheetName("insights", lang) }), lang)]],
    bold: true,
  });
  row++;
  sheet.blocks.push(
    noteBlock(row + 1, 0, tr(fill(T.mobilityNote, { left: mobility.left, joined: mobility.joined }), lang)),
  );
  row += 2;
  const toLabels = mobility.toLabels.map((label) => tr(label, lang));
  const matrices: { title: string; values: number[][]; format: string }[] = [
    { title: tr(T.mobilityCounts, lang), values: mobility.counts, format: formatCode("integer") },
    { title: tr(T.mobilityRevenue, lang), values: mobility.revenue, format: formatCode("money") },
  ];
  for (const matrix of matrices) {
    sheet.blocks.push({ row, column: 0, values: [[matrix.title]], bold: true });
    sheet.blocks.push(headerBlock(row + 1, 0, [tr(T.fromTo, lang)]));
    sheet.blocks.push(figureHeaderBlock(row + 1, 1, [...toLabels, tr(T.total, lang)]));
    const body: CellValue[][] = mobility.fromLabels.map((label, f) => {
      const cells = toLabels.map((_, t) => numberCell(matrix.values[f]?.[t] ?? NaN));
      const total = (matrix.values[f] ?? []).reduce(
        (sum, value) => sum + (Number.isFinite(value) ? value : 0),
        0,
      );
      return [tr(label, lang), ...cells, total];
    });
    if (body.length > 0) {
      sheet.blocks.push({
        row: row + 2,
        column: 0,
        values: body,
        columnFormats: [null, ...toLabels.map(() => matrix.format), matrix.format],
      });
    }
    // Same label before and now = stayed; segments are matched by their label in the output language.
    mobility.fromLabels.forEach((label, f) => {
      const t = toLabels.indexOf(tr(label, lang));
      if (t >= 0) stayedFill.rects.push({ row: row + 2 + f, column: 1 + t, rows: 1, columns: 1 });
    });
    row += 2 + body.length + 1;
  }
  return row + 1;
}

/** Limits a cross-tab to its largest values, summing the rest into "Other", and recomputes lift for it. */
function limitCrossTab(
  crossTab: CrossTab,
  maxValues: number,
): { values: string[]; counts: number[][]; lift: number[][]; kept: number[] } {
  const valueTotals = crossTab.values.map((_, v) =>
    crossTab.counts.reduce((sum, row) => sum + (row[v] ?? 0), 0),
  );
  if (crossTab.values.length <= maxValues) {
    return {
      values: crossTab.values,
      counts: crossTab.counts,
      lift: crossTab.lift,
      kept: crossTab.values.map((_, v) => v),
    };
  }
  const order = crossTab.values.map((_, v) => v).sort((a, b) => valueTotals[b] - valueTotals[a] || a - b);
  const kept = order.slice(0, maxValues - 1).sort((a, b) => a - b);
  const keptSet = new Set(kept);
  const grandTotal = valueTotals.reduce((a, b) => a + b, 0);
  const otherTotal = valueTotals.reduce((sum, total, v) => sum + (keptSet.has(v) ? 0 : total), 0);
  const counts = crossTab.counts.map((row) => {
    const other = row.reduce((sum, count, v) => sum + (keptSet.has(v) ? 0 : count), 0);
    return [...kept.map((v) => row[v]), other];
  });
  const lift = crossTab.counts.map((row, s) => {
    const segmentTotal = row.reduce((a, b) => a + b, 0);
    const otherLift =
      segmentTotal === 0 || otherTotal === 0
        ? NaN
        : counts[s][kept.length] / segmentTotal / (otherTotal / grandTotal);
    return [...kept.map((v) => crossTab.lift[s][v]), otherLift];
  });
  return { values: [...kept.map((v) => crossTab.values[v]), "\u0000other"], counts, lift, kept };
}

function writeCrossTab(
  sheet: SheetPlan,
  crossTab: CrossTab,
  analysis: Analysis,
  lang: Lang,
  startRow: number,
  segmentFills: FillGroup[],
  overFill: FillGroup,
  underFill: FillGroup,
): number {
  const { segments } = analysis.segmentation;
  const formatCode = (kind: NumberFormatKind) => cellFormat(kind, formatContextOf(analysis, lang));
  const limited = limitCrossTab(crossTab, MAX_CROSS_TAB_VALUES);
  const labels = limited.values.map((value) =>
    value === "\u0000other"
      ? tr(T.other, lang)
      : value === ""
        ? tr(T.blank, lang)
        : (tr(CROSS_TAB_SPECIAL_VALUES[value], lang) ?? value),
  );
  let row = startRow;
  const dimension = tr(crossTab.dimensionLabel, lang);
  sheet.blocks.push(sectionBlock(row, 0, tr(fill(T.crossTab, { dimension }), lang)));
  sheet.blocks.push(noteBlock(row + 1, 0, tr(fill(T.crossTabNote, { dimension }), lang)));
  row += 2;
  // Lift sits under the counts (not beside them) so the sheet stays one page wide; one blank row between them
  // and one after, so two cross-tabs share a page.
  const liftRow = row + segments.length + 1;
  // The figures' headings right-aligned, over their numbers: in a column made wide by the segment table's
  // action above (the tenth rep), a heading on the left would sit far from its figures.
  sheet.blocks.push(headerBlock(row, 0, [tr(T.segment, lang)]));
  sheet.blocks.push(figureHeaderBlock(row, 1, labels));
  sheet.blocks.push(headerBlock(liftRow, 0, [tr(T.lift, lang)]));
  sheet.blocks.push(figureHeaderBlock(liftRow, 1, labels));
  const countRows: CellValue[][] = segments.map((segment, s) => [
    tr(segment.name, lang),
    ...labels.map((_, v) => numberCell(limited.counts[s]?.[v] ?? NaN)),
  ]);
  const liftRows: CellValue[][] = segments.map((segment, s) => [
    tr(segment.name, lang),
    ...labels.map((_, v) => numberCell(limited.lift[s]?.[v] ?? NaN)),
  ]);
  if (segments.length > 0) {
    sheet.blocks.push({
      row: row + 1,
      column: 0,
      values: countRows,
      columnFormats: [null, ...labels.map(() => formatCode("integer"))],
    });
    sheet.blocks.push({
      row: liftRow + 1,
      column: 0,
      values: liftRows,
      columnFormats: [null, ...labels.map(() => formatCode("ratio"))],
    });
  }
  segments.forEach((_, s) => {
    segmentFills[s].rects.push({ row: row + 1 + s, column: 0, rows: 1, columns: 1 });
    segmentFills[s].rects.push({ row: liftRow + 1 + s, column: 0, rows: 1, columns: 1 });
  });
  for (const highlight of crossTab.highlights) {
    const v = limited.kept.indexOf(highlight.value);
    if (v < 0 || highlight.segment < 0 || highlight.segment >= segments.length) continue;
    const group = highlight.lift >= 1 ? overFill : underFill;
    group.rects.push({ row: row + 1 + highlight.segment, column: 1 + v, rows: 1, columns: 1 });
    group.rects.push({ row: liftRow + 1 + highlight.segment, column: 1 + v, rows: 1, columns: 1 });
  }
  return liftRow + 1 + segments.length + 1;
}
