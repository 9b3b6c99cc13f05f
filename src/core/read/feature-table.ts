/**
 * The customer-feature table: what the SQL feature query (src/sql/feature-query.ts) returns, one row per
 * customer, computed by a database (DuckDB in the CLI, or the company's own warehouse) from invoice lines with
 * the rules of `summarize-transactions`. Read as a customer sheet, plus the columns only transactions can
 * give (purchase days, revenue of the recent window, mean repeat spend, the trend window and the as-of day),
 * which become a `PurchaseHistory` so trend, purchase rhythm and the customer-base-analysis triple are the
 * ones the in-process path computes: the same customers, revenue and segments.
 *
 * Also carried, as text lists (so the history sheet, cross-sell, churn per window and the LTV backtest are those
 * of the invoice-line path): each customer's purchase days and revenue (and margin) per month as offsets from
 * the observation start, and the categories bought with their revenue. The purchase rhythm is computed from the
 * days by the timeline; a `rhythm_days` column (tables written before the lists) is still read.
 *
 * The column names live here, once: the SQL builder writes them and the reader recognises them.
 */
import { createCustomerData } from "../customer-data";
import type { CustomerData, PurchaseHistory } from "../model";
import type { CellValue, Grid } from "../types";
import { isMissingCell } from "./missing-values";
import type { CellParser } from "./column-parsers";
import { cellText } from "./read-context";
import { moneyOfUnits, unitsOfMoney } from "./money-units";
import { epochDayToMonthIndex } from "./parse-date";
import { choosePeriodUnit, periodLabel, periodOfMonthIndex } from "./summarize-transactions";
import { rhythmIrregularity, trendChanceVariance } from "../trend-noise";

/** Output columns of the feature query, in order. Margin and name columns appear only when mapped. */
export const FEATURE_COLUMNS = {
  customerId: "customer_id",
  customerName: "customer_name",
  revenue: "revenue",
  marginAmount: "margin_amount",
  orders: "orders",
  firstPurchase: "first_purchase",
  lastPurchase: "last_purchase",
  previousRevenue: "previous_revenue",
  recentRevenue: "recent_revenue",
  purchaseDays: "purchase_days",
  meanRepeatSpend: "mean_repeat_spend",
  rhythmDays: "rhythm_days",
  trendWindowDays: "trend_window_days",
  asOf: "as_of",
  observationStart: "observation_start",
  purchaseDayList: "purchase_day_list",
  revenueByMonth: "revenue_by_month",
  marginByMonth: "margin_by_month",
  categoryRevenue: "category_revenue",
  trendSpendSquares: "trend_spend_squares",
  trendDays: "trend_days",
} as const;

/** The columns a customer sheet does not have: all present (exact names, any case) = a feature table. */
const HISTORY_COLUMNS = [
  FEATURE_COLUMNS.purchaseDays,
  FEATURE_COLUMNS.recentRevenue,
  FEATURE_COLUMNS.meanRepeatSpend,
  FEATURE_COLUMNS.trendWindowDays,
  FEATURE_COLUMNS.asOf,
] as const;

/**
 * History columns a feature table may carry: the rhythm (tables written before the purchase-day list), and the
 * lists the query writes (days and months as offsets from the observation start, categories with revenue).
 */
const OPTIONAL_HISTORY_COLUMNS = [
  FEATURE_COLUMNS.rhythmDays,
  FEATURE_COLUMNS.observationStart,
  FEATURE_COLUMNS.purchaseDayList,
  FEATURE_COLUMNS.revenueByMonth,
  FEATURE_COLUMNS.marginByMonth,
  FEATURE_COLUMNS.categoryRevenue,
  FEATURE_COLUMNS.trendSpendSquares,
  FEATURE_COLUMNS.trendDays,
] as const;

/** Index (0-based, inside the table) of each history column, or null when the headers are not a feature table. */
type FeatureHistoryColumns = Record<(typeof HISTORY_COLUMNS)[number], number> &
  Partial<Record<(typeof OPTIONAL_HISTORY_COLUMNS)[number], number>>;

export function featureHistoryColumns(headers: readonly string[]): FeatureHistoryColumns | null {
  const lower = headers.map((header) => header.trim().toLowerCase());
  const found = {} as FeatureHistoryColumns;
  for (const name of HISTORY_COLUMNS) {
    const column = lower.indexOf(name);
    if (column < 0) return null;
    found[name] = column;
  }
  for (const name of OPTIONAL_HISTORY_COLUMNS) {
    const column = lower.indexOf(name);
    if (column >= 0) found[name] = column;
  }
  return found;
}

/** "3:120.5 4:99" → [[3, 120.5], [4, 99]] (a month offset and an amount per entry); bad entries are left out. */
function pairsOf(cell: CellValue | undefined): [number, number][] {
  if (typeof cell !== "string" || cell.trim() === "") return [];
  const pairs: [number, number][] = [];
  for (const entry of cell.trim().split(/\s+/)) {
    const colon = entry.indexOf(":");
    const key = Number(entry.slice(0, colon));
    const value = Number(entry.slice(colon + 1));
    if (colon > 0 && Number.isInteger(key) && key >= 0 && Number.isFinite(value)) pairs.push([key, value]);
  }
  return pairs;
}

/** "17 0 3" → day offsets, ascending (whole, any order in the cell). A number cell is one offset. */
function offsetsOf(cell: CellValue | undefined): number[] {
  if (typeof cell === "number") return Number.isInteger(cell) ? [cell] : [];
  if (typeof cell !== "string" || cell.trim() === "") return [];
  const days: number[] = [];
  for (const entry of cell.trim().split(/\s+/)) {
    const day = Number(entry);
    if (Number.isInteger(day) && day >= 0) days.push(day);
  }
  return days.sort((x, y) => x - y);
}

/** Category name → revenue: entries separated by U+001E, each "name U+001F amount" (the query's CHR(30)/CHR(31)). */
function categoriesOf(cell: CellValue | undefined): [string, number][] {
  if (typeof cell !== "string" || cell === "") return [];
  const found: [string, number][] = [];
  for (const entry of cell.split("\u001e")) {
    const cut = entry.lastIndexOf("\u001f");
    if (cut < 0) continue;
    const name = entry.slice(0, cut).trim();
    const value = Number(entry.slice(cut + 1));
    if (name !== "" && Number.isFinite(value)) found.push([name, value]);
  }
  return found.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}

function numberOf(cell: CellValue | undefined): number {
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string" || isMissingCell(cell) || cell.trim() === "") return NaN;
  const value = Number(cell.trim());
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Adds the purchase history carried by a feature table to the customers read from it (one row per id) and
 * sets `asOfDay` to the table's as-of day. `parseDate` is the reader's parser of the last-purchase column (the
 * query writes both dates the same way). Rows are found by the id text the reader used.
 */
export function withFeatureHistory(
  data: CustomerData,
  grid: Grid,
  table: { firstRow: number; lastRow: number; firstColumn: number },
  idColumn: number,
  columns: FeatureHistoryColumns,
  parseDate: CellParser | undefined,
  timeUnit: "days" | "weeks" = "weeks",
): CustomerData {
  const rowOf = new Map<string, number>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const cell = grid[r]?.[idColumn];
    if (cell === undefined || isMissingCell(cell)) continue;
    const id = cellText(cell);
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, r);
  }
  const cellOf = (r: number, name: keyof FeatureHistoryColumns) => {
    const column = columns[name];
    return column === undefined ? undefined : grid[r]?.[table.firstColumn + column];
  };
  const rowOfCustomer = Int32Array.from(data.ids, (id) => rowOf.get(id) ?? -1);
  const n = data.count;
  const unit = timeUnit === "weeks" ? 7 : 1;
  const purchaseDays = new Int32Array(n);
  const recentRevenue = new Float64Array(n);
  const meanRepeatSpend = new Float64Array(n);
  const rhythmDays = new Float64Array(n).fill(NaN);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const age = new Float64Array(n);
  let asOfDay = NaN;
  let trendWindowDays = NaN;
  for (let i = 0; i < n; i++) {
    const r = rowOf.get(data.ids[i]);
    if (r === undefined) continue;
    if (Number.isNaN(asOfDay) && parseDate) asOfDay = parseDate(cellOf(r, "as_of"));
    if (Number.isNaN(trendWindowDays)) trendWindowDays = numberOf(cellOf(r, "trend_window_days"));
    const days = numberOf(cellOf(r, "purchase_days"));
    purchaseDays[i] = days > 0 ? days : 0;
    recentRevenue[i] = numberOf(cellOf(r, "recent_revenue"));
    meanRepeatSpend[i] = numberOf(cellOf(r, "mean_repeat_spend"));
    rhythmDays[i] = numberOf(cellOf(r, "rhythm_days"));
  }
  if (Number.isNaN(asOfDay)) asOfDay = data.asOfDay;
  const lists = listsOf(rowOfCustomer, cellOf, columns, parseDate, asOfDay, n);
  for (let i = 0; i < n; i++) {
    const first = data.firstPurchaseDay[i];
    const last = data.lastPurchaseDay[i];
    // The customer-base-analysis triple, as summarize-transactions computes it (NaN for returns only).
    if (purchaseDays[i] > 0 && !Number.isNaN(first)) {
      frequency[i] = purchaseDays[i] - 1;
      recency[i] = (last - first) / unit;
      age[i] = (asOfDay - first) / unit;
      if (purchaseDays[i] === 1) meanRepeatSpend[i] = 0;
    } else {
      frequency[i] = NaN;
      recency[i] = NaN;
      age[i] = NaN;
      meanRepeatSpend[i] = NaN;
    }
  }
  const hasTrendWindow = trendWindowDays >= 1;
  // The trend's chance variation, as summarize-transactions computes it (trend-noise.ts), when the table has
  // the day-spend sums and the purchase days that give the rhythm's irregularity.
  let chanceVariance: Float64Array | undefined;
  const dayList = lists.purchaseDayList;
  if (
    hasTrendWindow &&
    dayList &&
    columns.trend_spend_squares !== undefined &&
    columns.trend_days !== undefined
  ) {
    chanceVariance = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = rowOf.get(data.ids[i]);
      if (r === undefined) continue;
      const start = dayList.offsets[i];
      chanceVariance[i] = trendChanceVariance(
        numberOf(cellOf(r, "trend_spend_squares")),
        moneyOfUnits(unitsOfMoney(recentRevenue[i]) + unitsOfMoney(data.previousRevenue[i])),
        numberOf(cellOf(r, "trend_days")),
        rhythmIrregularity(dayList.days, start, dayList.offsets[i + 1] - start),
      );
    }
  }
  const history: PurchaseHistory = {
    purchaseDays,
    categories: lists.categories ?? Array.from({ length: n }, () => []),
    hasCategories: lists.categories !== undefined,
    periodUnit: lists.periods?.unit ?? "month",
    periodLabels: lists.periods?.labels ?? [],
    revenueByPeriod: lists.periods?.revenue ?? new Float64Array(0),
    marginByPeriod: lists.periods?.margin ?? new Float64Array(0),
    ...(lists.purchaseDayList ? { purchaseDayList: lists.purchaseDayList } : {}),
    ...(lists.categoryRevenue ? { categoryRevenue: lists.categoryRevenue } : {}),
    timeUnit,
    frequency,
    recency,
    age,
    meanRepeatSpend,
    ...(columns.rhythm_days !== undefined ? { rhythmDays } : {}),
    recentRevenue: hasTrendWindow ? recentRevenue : new Float64Array(n).fill(NaN),
    trendWindowDays: hasTrendWindow ? trendWindowDays : 0,
    ...(chanceVariance ? { trendChanceVariance: chanceVariance } : {}),
  };
  const dimensions = data.dimensions;
  return createCustomerData({
    ids: data.ids,
    names: data.names,
    revenue: data.revenue,
    numeric: {
      ...(data.available.marginAmount ? { marginAmount: data.marginAmount } : {}),
      orders: data.orders,
      firstPurchaseDay: data.firstPurchaseDay,
      lastPurchaseDay: data.lastPurchaseDay,
      previousRevenue: hasTrendWindow ? data.previousRevenue : new Float64Array(n).fill(NaN),
    },
    leadStatus: data.leadStatus,
    contact: data.contact,
    dimensions,
    protectedColumns: data.protectedColumns,
    asOfDay,
    history,
  });
}

interface FeatureLists {
  periods?: {
    unit: "month" | "quarter" | "year";
    labels: string[];
    revenue: Float64Array;
    margin: Float64Array;
  };
  purchaseDayList?: { offsets: Int32Array; days: Int32Array };
  categories?: string[][];
  categoryRevenue?: { offsets: Int32Array; revenue: Float64Array };
}

/**
 * The lists a feature table carries, rebuilt into the history's own shapes with summarize-transactions' rules:
 * the period grid (months, quarters or years from the span observation start → as-of) summed from the monthly
 * amounts, the purchase days (epoch days) and the categories bought with their revenue (sorted by name).
 */
function listsOf(
  rowOfCustomer: Int32Array,
  cellOf: (r: number, name: keyof FeatureHistoryColumns) => CellValue | undefined,
  columns: FeatureHistoryColumns,
  parseDate: CellParser | undefined,
  asOfDay: number,
  n: number,
): FeatureLists {
  const lists: FeatureLists = {};
  let startDay = NaN;
  for (let i = 0; i < n && Number.isNaN(startDay) && parseDate; i++)
    if (rowOfCustomer[i] >= 0) startDay = parseDate(cellOf(rowOfCustomer[i], "observation_start"));
  if (Number.isFinite(startDay) && Number.isFinite(asOfDay)) {
    if (columns.revenue_by_month !== undefined) {
      const firstMonth = epochDayToMonthIndex(startDay);
      const lastMonth = epochDayToMonthIndex(asOfDay);
      const unit = choosePeriodUnit(lastMonth - firstMonth + 1);
      const firstPeriod = periodOfMonthIndex(firstMonth, unit);
      const count = periodOfMonthIndex(lastMonth, unit) - firstPeriod + 1;
      const revenue = new Float64Array(n * count);
      const margin = new Float64Array(n * count).fill(columns.margin_by_month !== undefined ? 0 : NaN);
      // Months added into periods in whole money units, as summarize-transactions sums them (exact in any order).
      const add = (target: Float64Array, i: number, cell: CellValue | undefined) => {
        for (const [month, value] of pairsOf(cell)) {
          const period = periodOfMonthIndex(firstMonth + month, unit) - firstPeriod;
          if (period < count) target[i * count + period] += unitsOfMoney(value);
        }
      };
      for (let i = 0; i < n; i++) {
        const r = rowOfCustomer[i];
        if (r < 0) continue;
        add(revenue, i, cellOf(r, "revenue_by_month"));
        if (columns.margin_by_month !== undefined) add(margin, i, cellOf(r, "margin_by_month"));
      }
      for (let k = 0; k < n * count; k++) {
        revenue[k] = moneyOfUnits(revenue[k]);
        margin[k] = moneyOfUnits(margin[k]);
      }
      const labels: string[] = [];
      for (let p = 0; p < count; p++) labels.push(periodLabel(firstPeriod + p, unit));
      lists.periods = { unit, labels, revenue, margin };
    }
    if (columns.purchase_day_list !== undefined) {
      const offsets = new Int32Array(n + 1);
      const days: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = rowOfCustomer[i];
        if (r >= 0)
          for (const offset of offsetsOf(cellOf(r, "purchase_day_list"))) days.push(startDay + offset);
        offsets[i + 1] = days.length;
      }
      lists.purchaseDayList = { offsets, days: Int32Array.from(days) };
    }
  }
  if (columns.category_revenue !== undefined) {
    const categories: string[][] = [];
    const offsets = new Int32Array(n + 1);
    const revenue: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = rowOfCustomer[i];
      const bought = r >= 0 ? categoriesOf(cellOf(r, "category_revenue")) : [];
      categories.push(bought.map(([name]) => name));
      for (const [, value] of bought) revenue.push(moneyOfUnits(unitsOfMoney(value)));
      offsets[i + 1] = revenue.length;
    }
    lists.categories = categories;
    lists.categoryRevenue = { offsets, revenue: Float64Array.from(revenue) };
  }
  return lists;
}
