/**
 * The customer-feature table: what the SQL feature query (src/sql/feature-query.ts) returns, one row per
 * customer, computed by a database (DuckDB in the CLI, or the company's own warehouse) from invoice lines with
 * the rules of `summarize-transactions`. Read as a customer sheet, plus the columns only transactions can
 * give (purchase days, revenue of the recent window, mean repeat spend, the trend window and the as-of day),
 * which become a `PurchaseHistory` so trend, purchase rhythm and the customer-base-analysis triple are the
 * ones the in-process path computes: the same customers, revenue and segments.
 *
 * Not carried (so those parts of a workbook differ from the invoice-line path): revenue by period, categories
 * bought, and each customer's list of purchase days (the LTV backtest and the churn rate by window need it;
 * the purchase rhythm, its median gap, is carried as a column).
 *
 * The column names live here, once: the SQL builder writes them and the reader recognises them.
 */
import { createCustomerData } from "../customer-data";
import type { CustomerData, PurchaseHistory } from "../model";
import type { CellValue, Grid } from "../types";
import { isMissingCell } from "./missing-values";
import type { CellParser } from "./column-parsers";
import { cellText } from "./read-context";

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
} as const;

/** The columns a customer sheet does not have: all present (exact names, any case) = a feature table. */
const HISTORY_COLUMNS = [
  FEATURE_COLUMNS.purchaseDays,
  FEATURE_COLUMNS.recentRevenue,
  FEATURE_COLUMNS.meanRepeatSpend,
  FEATURE_COLUMNS.rhythmDays,
  FEATURE_COLUMNS.trendWindowDays,
  FEATURE_COLUMNS.asOf,
] as const;

/** Index (0-based, inside the table) of each history column, or null when the headers are not a feature table. */
export type FeatureHistoryColumns = Record<(typeof HISTORY_COLUMNS)[number], number>;

export function featureHistoryColumns(headers: readonly string[]): FeatureHistoryColumns | null {
  const lower = headers.map((header) => header.trim().toLowerCase());
  const found = {} as FeatureHistoryColumns;
  for (const name of HISTORY_COLUMNS) {
    const column = lower.indexOf(name);
    if (column < 0) return null;
    found[name] = column;
  }
  return found;
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
  const cellOf = (r: number, name: keyof FeatureHistoryColumns) =>
    grid[r]?.[table.firstColumn + columns[name]];
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
  const history: PurchaseHistory = {
    purchaseDays,
    categories: Array.from({ length: n }, () => []),
    hasCategories: false,
    periodUnit: "month",
    periodLabels: [],
    revenueByPeriod: new Float64Array(0),
    marginByPeriod: new Float64Array(0),
    timeUnit,
    frequency,
    recency,
    age,
    meanRepeatSpend,
    rhythmDays,
    recentRevenue: hasTrendWindow ? recentRevenue : new Float64Array(n).fill(NaN),
    trendWindowDays: hasTrendWindow ? trendWindowDays : 0,
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
