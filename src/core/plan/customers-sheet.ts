/**
 * The Customers sheet: one row per customer — id, name, features, segment, reason, the method's extra
 * columns, LTV, probability alive, flags — as an Excel table with filters and a frozen header. Rows are
 * ordered by segment (display order) then revenue, so each segment's cells form one rectangle and the
 * segment column is colored with one fill group per segment (never per-cell styles).
 *
 * Cost: O(n log n) for the ordering, O(n × columns) cells; no per-cell objects beyond the row arrays.
 */
import type { Analysis } from "../analysis";
import type { CustomerData, CustomerNumericField, NumberFormatKind } from "../model";
import type { CellValue, Lang, Localized } from "../types";
import { asHeading, DIMENSION_LABELS, DIMENSIONS, ROLE_LABELS } from "../role-labels";
import { cellFormat, numberCell } from "../format";
import {
  emptySheet,
  fill,
  fitColumnWidths,
  formatContextOf,
  headerBlock,
  mergeWidths,
  uniqueHeaders,
} from "./plan-helpers";
import type { SheetPlan } from "./workbook-plan";
import { COLUMN_LABELS } from "./column-labels";
import { seriesIn, tr } from "../language";
import { texts } from "../../i18n/texts";

export const CUSTOMERS_TABLE_NAME = "CmapCustomers";
/** Column widths (characters) that print on one landscape page with text still readable (about 75 %). */
const PRINTED_WIDTH_CHARACTERS = 180;

const FLAG_LABELS: Record<string, Localized> = {
  "negative-margin": texts((t) => t.plan.customersSheet.flagLabelsNegativeMargin),
  "below-average-margin": texts((t) => t.plan.customersSheet.flagLabelsBelowAverageMargin),
  "likely-lost": texts((t) => t.plan.customersSheet.flagLabelsLikelyLost),
  outlier: texts((t) => t.plan.customersSheet.flagLabelsOutlier),
  declining: texts((t) => t.plan.customersSheet.flagLabelsDeclining),
  growing: texts((t) => t.plan.customersSheet.flagLabelsGrowing),
  silent: texts((t) => t.plan.customersSheet.flagLabelsSilent),
  inactive: texts((t) => t.plan.customersSheet.flagLabelsInactive),
  lost: texts((t) => t.plan.customersSheet.flagLabelsLost),
  "abrupt-drop": texts((t) => t.plan.customersSheet.flagLabelsAbruptDrop),
  "abrupt-jump": texts((t) => t.plan.customersSheet.flagLabelsAbruptJump),
  "cross-sell-gap": texts((t) => t.plan.customersSheet.flagLabelsCrossSellGap),
  "margin-over-100": texts((t) => t.plan.customersSheet.marginAbove),
};

/** Localized text of a flag code; unknown codes are shown as they are. */
function flagLabel(code: string, lang: Lang): string {
  return tr(FLAG_LABELS[code], lang) ?? code;
}

const T = {
  ...COLUMN_LABELS,
  id: texts((t) => t.plan.customersSheet.id),
  name: texts((t) => t.plan.customersSheet.name),
  orders: texts((t) => t.plan.customersSheet.orders),
  firstPurchase: texts((t) => t.plan.customersSheet.firstPurchase),
  lastPurchase: texts((t) => t.plan.customersSheet.lastPurchase),
  recencyDays: texts((t) => t.plan.customersSheet.recencyDays),
  previousRevenue: texts((t) => t.plan.customersSheet.previousRevenue),
  previousWindowRevenue: texts((t) => t.plan.customersSheet.previousWindowRevenue),
  recentWindowRevenue: texts((t) => t.plan.customersSheet.recentWindowRevenue),
  trend: texts((t) => t.plan.customersSheet.trend),
  trendWindow: texts((t) => t.plan.customersSheet.trendWindow),
  rhythm: texts((t) => t.plan.customersSheet.rhythm),
  acquisitionSpend: texts((t) => t.plan.customersSheet.acquisitionSpend),
  onlineShare: texts((t) => t.plan.customersSheet.onlineShare),
  costToServe: texts((t) => t.plan.customersSheet.costToServe),
  referrals: texts((t) => t.plan.customersSheet.referrals),
  nps: texts((t) => t.plan.customersSheet.nps),
  shareOfWallet: texts((t) => t.plan.customersSheet.shareOfWallet),
  leadStatus: texts((t) => t.plan.customersSheet.leadStatus),
  reason: texts((t) => t.plan.customersSheet.reason),
  ltv: texts((t) => t.plan.customersSheet.ltv),
  probabilityAlive: texts((t) => t.plan.customersSheet.probabilityAlive),
  predictiveClv: texts((t) => t.plan.customersSheet.predictiveClv),
  flags: texts((t) => t.plan.customersSheet.flags),
};

/** A column of the Customers table: header, format, and how to get customer i's cell. */
interface CustomerColumnSpec {
  header: string;
  format: NumberFormatKind | null;
  cell: (i: number) => CellValue;
  width?: number;
  /** Set on the columns other code needs to find (the segment column gets the fills). */
  key?: "id" | "name" | "segment";
}

function anyFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) return true;
  return false;
}

function numericColumn(
  data: CustomerData,
  field: CustomerNumericField,
  header: Localized,
  kind: NumberFormatKind,
  lang: Lang,
): CustomerColumnSpec | null {
  if (!data.available[field]) return null;
  const values = data[field];
  return { header: tr(header, lang), format: kind, cell: (i) => numberCell(values[i], kind) };
}

/** The columns present for this analysis, in display order. */
function customerColumns(analysis: Analysis, lang: Lang): CustomerColumnSpec[] {
  const data = analysis.read.customers;
  const { segmentation, scores } = analysis;
  const columns: (CustomerColumnSpec | null)[] = [];
  columns.push({ key: "id", header: tr(T.id, lang), format: "text", cell: (i) => data.ids[i] });
  const hasNames = data.names.some((name, i) => name !== data.ids[i]);
  if (hasNames)
    columns.push({
      key: "name",
      header: tr(T.name, lang),
      format: "text",
      cell: (i) => data.names[i],
      width: 28,
    });
  // Who, then which segment: the three columns a reader looks for first, and the first on a printout.
  columns.push({
    key: "segment",
    header: tr(T.segment, lang),
    format: "text",
    cell: (i) => tr(segmentation.segments[segmentation.assignment[i]]?.name, lang) ?? "",
    // The colored segment cell is never cut by the next column: wider for a longer name (or language).
    width: Math.min(
      40,
      Math.max(26, ...segmentation.segments.map((segment) => tr(segment.name, lang).length + 2)),
    ),
  });
  // The rep who calls the customer comes right after who and which segment: a printout split by rep reads.
  const owners = data.dimensions.owner;
  if (owners)
    columns.push({
      header: tr(asHeading(DIMENSION_LABELS.owner), lang),
      format: "text",
      cell: (i) => owners[i],
      width: 18,
    });
  // How to reach them, beside who calls: a rep reads name, segment, rep and contact together.
  const contact = data.contact;
  if (contact?.some((value) => value !== ""))
    columns.push({
      header: tr(asHeading(ROLE_LABELS.contact), lang),
      format: "text",
      cell: (i) => contact[i],
      width: 26,
    });
  columns.push({ header: tr(T.revenue, lang), format: "money", cell: (i) => numberCell(data.revenue[i]) });
  if (data.available.marginAmount) {
    columns.push({
      header: tr(T.margin, lang),
      format: "money",
      cell: (i) => numberCell(data.marginAmount[i]),
    });
    columns.push({
      header: tr(T.marginPercent, lang),
      format: "percent",
      cell: (i) => (data.revenue[i] === 0 ? null : numberCell(data.marginAmount[i] / data.revenue[i])),
    });
  }
  if (data.available.orders) {
    columns.push({ header: tr(T.orders, lang), format: "integer", cell: (i) => numberCell(data.orders[i]) });
    columns.push({
      header: tr(T.averageTicket, lang),
      format: "money",
      cell: (i) => (data.orders[i] > 0 ? numberCell(data.revenue[i] / data.orders[i]) : null),
    });
  }
  columns.push(numericColumn(data, "firstPurchaseDay", T.firstPurchase, "date", lang));
  columns.push(numericColumn(data, "lastPurchaseDay", T.lastPurchase, "date", lang));
  if (data.available.lastPurchaseDay && Number.isFinite(data.asOfDay)) {
    columns.push({
      header: tr(T.recencyDays, lang),
      format: "days",
      cell: (i) => numberCell(analysis.timeline.daysSinceLastPurchase[i]),
    });
  }
  const timeline = analysis.timeline;
  if (anyFinite(timeline.rhythmDays)) {
    columns.push({
      header: tr(T.rhythm, lang),
      format: "days",
      cell: (i) => numberCell(timeline.rhythmDays[i], "days"),
    });
  }
  if (data.available.previousRevenue) {
    // The trend is the timeline's (the map's): with transactions, the last N months vs the N before.
    const months = timeline.trendMonths;
    const recent = data.history?.recentRevenue;
    if (months !== null && recent) {
      const label = (template: Localized) => tr(fill(template, { months }), lang);
      columns.push({
        header: label(T.previousWindowRevenue),
        format: "money",
        cell: (i) => numberCell(data.previousRevenue[i]),
      });
      columns.push({
        header: label(T.recentWindowRevenue),
        format: "money",
        cell: (i) => numberCell(recent[i]),
      });
    } else {
      columns.push(numericColumn(data, "previousRevenue", T.previousRevenue, "money", lang));
    }
    columns.push({
      header: months === null ? tr(T.trend, lang) : tr(fill(T.trendWindow, { months }), lang),
      format: "percent",
      cell: (i) => (Number.isFinite(timeline.trend[i]) ? numberCell(timeline.trend[i]) : null),
    });
  }
  columns.push(numericColumn(data, "acquisitionSpend", T.acquisitionSpend, "money", lang));
  columns.push(numericColumn(data, "onlineShare", T.onlineShare, "percent", lang));
  columns.push(numericColumn(data, "costToServe", T.costToServe, "money", lang));
  columns.push(numericColumn(data, "referrals", T.referrals, "integer", lang));
  columns.push(numericColumn(data, "nps", T.nps, "number", lang));
  columns.push(numericColumn(data, "shareOfWallet", T.shareOfWallet, "percent", lang));
  for (const dimension of DIMENSIONS) {
    if (dimension === "owner") continue; // already beside the segment
    const values = data.dimensions[dimension];
    if (values)
      columns.push({
        header: tr(asHeading(DIMENSION_LABELS[dimension]), lang),
        format: "text",
        cell: (i) => values[i],
      });
  }
  if (data.leadStatus.some((status) => status !== "")) {
    columns.push({ header: tr(T.leadStatus, lang), format: "text", cell: (i) => data.leadStatus[i] });
  }
  columns.push({
    header: tr(T.reason, lang),
    format: "text",
    cell: (i) => tr(segmentation.reasons[i], lang) ?? "",
    width: 50,
  });
  // A method's column for a figure the table already has (margin %, days since last purchase, revenue
  // change) is the same concept: shown once, never as "Margin % (2)".
  const shown = new Set(columns.map((column) => column?.header.toLowerCase()));
  for (const extra of segmentation.extraColumns) {
    if (shown.has(tr(extra.header, lang).toLowerCase())) continue;
    columns.push({
      header: tr(extra.header, lang),
      format: extra.format,
      cell: (i) => {
        const value = extra.values[i];
        return typeof value === "number" ? numberCell(value, extra.format) : (value ?? "");
      },
    });
  }
  if (anyFinite(scores.ltv))
    columns.push({ header: tr(T.ltv, lang), format: "money", cell: (i) => numberCell(scores.ltv[i]) });
  if (anyFinite(scores.probabilityAlive)) {
    columns.push({
      header: tr(T.probabilityAlive, lang),
      format: "percent",
      cell: (i) => numberCell(scores.probabilityAlive[i]),
    });
  }
  if (anyFinite(scores.predictiveClv)) {
    columns.push({
      header: tr(T.predictiveClv, lang),
      format: "money",
      cell: (i) => numberCell(scores.predictiveClv[i]),
    });
  }
  columns.push({
    header: tr(T.flags, lang),
    format: "text",
    cell: (i) =>
      seriesIn(
        lang,
        (scores.flags[i] ?? []).map((code) => flagLabel(code, lang)),
      ),
    width: 24,
  });
  return columns.filter((column): column is CustomerColumnSpec => column !== null);
}

/**
 * Customer indices in the order of the sheet: by segment display order, then revenue (largest first), then
 * original position (stable, deterministic).
 */
function customerOrder(analysis: Analysis): Int32Array {
  const data = analysis.read.customers;
  const { assignment } = analysis.segmentation;
  const order = new Int32Array(data.count);
  for (let i = 0; i < data.count; i++) order[i] = i;
  const revenue = data.revenue;
  order.sort((a, b) => {
    const bySegment = assignment[a] - assignment[b];
    if (bySegment !== 0) return bySegment;
    const ra = Number.isFinite(revenue[a]) ? revenue[a] : -Infinity;
    const rb = Number.isFinite(revenue[b]) ? revenue[b] : -Infinity;
    return rb > ra ? 1 : rb < ra ? -1 : a - b;
  });
  return order;
}

/** Builds the Customers sheet plan. */
export function buildCustomersSheet(analysis: Analysis, lang: Lang): SheetPlan {
  const sheet = emptySheet("customers", lang);
  const data = analysis.read.customers;
  const { segmentation } = analysis;
  const columns = customerColumns(analysis, lang);
  const headers = uniqueHeaders(columns.map((column) => column.header));
  const order = customerOrder(analysis);
  const values: CellValue[][] = new Array(data.count);
  for (let r = 0; r < data.count; r++) {
    const i = order[r];
    const row: CellValue[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) row[c] = columns[c].cell(i);
    values[r] = row;
  }
  sheet.blocks.push(headerBlock(0, 0, headers));
  if (data.count > 0) {
    sheet.blocks.push({
      row: 1,
      column: 0,
      values,
      columnFormats: columns.map((column) =>
        column.format ? cellFormat(column.format, formatContextOf(analysis, lang)) : null,
      ),
    });
    sheet.tables.push({
      name: CUSTOMERS_TABLE_NAME,
      rect: { row: 0, column: 0, rows: data.count + 1, columns: columns.length },
      style: "TableStyleLight1",
    });
  }

  // One fill group per segment over its contiguous run of rows in the segment column.
  const segmentColumn = columns.findIndex((column) => column.key === "segment");
  let start = 0;
  const rectsBySegment = new Map<number, { row: number; rows: number }[]>();
  for (let r = 1; r <= data.count; r++) {
    const current = segmentation.assignment[order[start]];
    if (r === data.count || segmentation.assignment[order[r]] !== current) {
      const list = rectsBySegment.get(current) ?? [];
      list.push({ row: 1 + start, rows: r - start });
      rectsBySegment.set(current, list);
      start = r;
    }
  }
  sheet.fills = segmentation.segments
    .map((segment, s) => ({
      fill: segment.color,
      fontColor: segment.textColor,
      rects: (rectsBySegment.get(s) ?? []).map((run) => ({
        row: run.row,
        column: segmentColumn,
        rows: run.rows,
        columns: 1,
      })),
    }))
    .filter((group) => group.rects.length > 0);

  const fitted = fitColumnWidths(sheet.blocks, { max: 40 });
  const fixed = columns.flatMap((column, c) => (column.width ? [{ column: c, width: column.width }] : []));
  sheet.columnWidths = mergeWidths(fitted, fixed);
  // The printout keeps the first columns that fit one landscape page at a readable size (who, segment, the
  // money and dates); the rest stay on screen, in the table.
  let printedColumns = 0;
  let printedWidth = 0;
  for (const { column, width } of sheet.columnWidths) {
    if (column !== printedColumns || (printedColumns >= 3 && printedWidth + width > PRINTED_WIDTH_CHARACTERS))
      break;
    printedWidth += width;
    printedColumns++;
  }
  if (data.count > 0)
    sheet.printArea = { row: 0, column: 0, rows: data.count + 1, columns: Math.max(1, printedColumns) };
  sheet.freeze = { rows: 1, columns: columns[1]?.key === "name" ? 2 : 1 };
  return sheet;
}
