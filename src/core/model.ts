/**
 * The shared data model of the core: what reading a sheet produces and what every segmentation, KPI,
 * insight and the workbook plan consume. Plain data only (typed arrays, strings, numbers) so results can be
 * serialised, posted to a worker and compared in tests.
 *
 * Conventions used everywhere:
 * - Missing numbers are `NaN` in typed arrays (never 0: 0 is a real value). `available` says which fields
 *   the source data had at all.
 * - Dates are whole **epoch days**: days since 1970-01-01 UTC (Excel serial = epoch day + 25569).
 * - Money is in the sheet's currency, unconverted.
 */
import type { BuiltInMethodId } from "./segment/methods";
import type { Localized } from "./types";

/** What a source column means. `protected` marks age, gender, ethnicity, religion...: kept out of clustering. */
export type Role =
  | "customerId"
  | "customerName"
  | "revenue"
  | "quantity"
  | "unitPrice"
  | "marginAmount"
  | "marginPercent"
  | "cost"
  | "orders"
  | "date"
  | "firstPurchase"
  | "lastPurchase"
  | "previousRevenue"
  | "invoiceId"
  | "lineNumber"
  | "category"
  | "region"
  | "country"
  | "city"
  | "sector"
  | "channel"
  | "size"
  | "owner"
  | "contact"
  | "leadStatus"
  | "acquisitionSpend"
  | "onlineShare"
  | "costToServe"
  | "referrals"
  | "nps"
  | "shareOfWallet"
  | "protected";

export type DataShape = "customers" | "transactions";

/** One source column and the role it was given. */
export interface ColumnMapping {
  /** 0-based column index inside the table found. */
  column: number;
  header: string;
  role: Role | null;
  /** 0..1; 1 = exact synonym, lower for partial matches; 0 when unmapped. */
  confidence: number;
  reason: Localized;
}

/** Rows skipped for one reason, counted. */
export interface SkipCount {
  /** Stable code, e.g. "blank", "totals-row", "missing-customer-id", "unparseable-amount", "duplicate-row". */
  reason: string;
  label: Localized;
  rows: number;
  /** A few 1-based sheet row numbers, so the user can find them. */
  examples: number[];
}

export interface ReadWarning {
  code: string;
  message: Localized;
  column?: string;
}

/** A per-column decision about how values were read (number convention, date order), said to the user. */
export interface ColumnConvention {
  column: string;
  kind: "number" | "date" | "percent" | "text";
  convention: string;
  message: Localized;
}

export interface ReadReport {
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
  skipped: SkipCount[];
  warnings: ReadWarning[];
  conventions: ColumnConvention[];
}

/** Names of the optional numeric per-customer fields. */
export type CustomerNumericField =
  | "marginAmount"
  | "orders"
  | "firstPurchaseDay"
  | "lastPurchaseDay"
  | "previousRevenue"
  | "acquisitionSpend"
  | "onlineShare"
  | "costToServe"
  | "referrals"
  | "nps"
  | "shareOfWallet";

/** Text attributes that segmentations can be crossed with. */
/** `owner` is the sales rep or account manager in charge of the customer: the call list is split by it. */
export type DimensionField = "region" | "country" | "city" | "sector" | "channel" | "size" | "owner";

/**
 * Customer-level dataset: one entry per customer in every array (index i = customer i). Built from a
 * customer sheet directly, or from transactions by `summarizeTransactions`.
 */
export interface CustomerData {
  count: number;
  ids: string[];
  /** Display name; the id when no name column exists. */
  names: string[];
  /** Revenue in the analysed period (net of returns). Always present. */
  revenue: Float64Array;
  /** Gross margin amount (revenue − cost). NaN when unknown. */
  marginAmount: Float64Array;
  /** Number of orders (distinct invoices, or the orders column). NaN when unknown. */
  orders: Float64Array;
  firstPurchaseDay: Float64Array;
  lastPurchaseDay: Float64Array;
  /** Revenue of the previous comparable period (for trend). NaN when unknown. */
  previousRevenue: Float64Array;
  acquisitionSpend: Float64Array;
  /** 0..1 share of orders placed online. */
  onlineShare: Float64Array;
  costToServe: Float64Array;
  referrals: Float64Array;
  nps: Float64Array;
  /** 0..1 share of the customer's spend in our category that comes to us. */
  shareOfWallet: Float64Array;
  /** Lead status text as written ("" when none); a lead with no purchase is a Potential customer. */
  leadStatus: string[];
  /**
   * How to reach the customer (email, phone, contact person) as written, first non-empty value per customer
   * ("" when none). Present only when the source has a contact column. Shown on the call list and the
   * Customers sheet; never a dimension (values are unique per customer, so there is nothing to cross).
   */
  contact?: string[];
  /** Dimension values as written, trimmed ("" when missing). Only dimensions present in the data are keys. */
  dimensions: Partial<Record<DimensionField, string[]>>;
  /** Which optional fields the source had (true = the column existed and had at least one value). */
  available: Record<CustomerNumericField, boolean>;
  /** Headers of protected-attribute columns found (never used for clustering unless asked). */
  protectedColumns: string[];
  /** End of observation (epoch day): the latest date in the data, or the run date for customer sheets without dates. */
  asOfDay: number;
  /** Present only for transaction data. */
  history?: PurchaseHistory;
}

/** What only transaction data can tell: periods, categories and the customer-base-analysis triple. */
export interface PurchaseHistory {
  /** Distinct purchase days per customer. */
  purchaseDays: Int32Array;
  /** Categories bought, per customer (sorted, distinct). Empty arrays when there is no category column. */
  categories: string[][];
  hasCategories: boolean;
  /** Period grid used for revenue and margin per period. */
  periodUnit: "month" | "quarter" | "year";
  /** Labels like "2024-01", "2024-Q1", "2024", oldest first. */
  periodLabels: string[];
  /** Row-major count × periods. */
  revenueByPeriod: Float64Array;
  marginByPeriod: Float64Array;
  /**
   * Customer-base-analysis triple in `timeUnit` (Fader-Hardie): frequency = repeat purchase days,
   * recency = last − first purchase, age = end of observation − first purchase.
   */
  timeUnit: "days" | "weeks";
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  /** Mean spend over repeat purchase days (first day excluded); 0 when frequency = 0. */
  meanRepeatSpend: Float64Array;
  /**
   * Trend inputs for transaction data (added by the reader, issue 3): revenue in the last `trendWindowDays`
   * days up to `asOfDay`; `CustomerData.previousRevenue` holds the `trendWindowDays` days before that.
   * Trend = recentRevenue / previousRevenue − 1. (`CustomerData.revenue` is the whole window's total.)
   */
  recentRevenue?: Float64Array;
  trendWindowDays?: number;
  /**
   * How much `recentRevenue − previousRevenue` varies by chance for a steady customer with this one's spend per
   * day and regularity of rhythm (`trend-noise.ts`); decline and growth are said only beyond it. Absent =
   * unknown (every change counts).
   */
  trendChanceVariance?: Float64Array;
  /**
   * Purchase days (epoch days, ascending, distinct) per customer: customer i's are
   * `days[offsets[i]] .. days[offsets[i + 1] − 1]`; `offsets` has count + 1 entries. Used by the customer
   * timeline (own purchase rhythm, activity per churn window) and the LTV backtest. Absent in histories built by hand.
   */
  purchaseDayList?: { offsets: Int32Array; days: Int32Array };
  /**
   * Each customer's purchase rhythm (mean days between purchase days, NaN below two), when
   * computed outside (the SQL feature query) and there is no `purchaseDayList` to compute it from.
   */
  rhythmDays?: Float64Array;
  /**
   * Net revenue per category bought, aligned with `categories` (added for cross-sell estimates): customer i's
   * category `categories[i][t]` has revenue `revenue[offsets[i] + t]`; `offsets` has count + 1 entries.
   * Absent without a category column (and in histories built by hand).
   */
  categoryRevenue?: { offsets: Int32Array; revenue: Float64Array };
}

// ---------------------------------------------------------------- segmentation results

/**
 * A segmentation method's id: the union of the built-in methods' ids, derived from the method registry's
 * built-in list (segment/methods.ts), so a new method's id joins it by being listed there.
 */
export type Method = BuiltInMethodId;

export type NumberFormatKind =
  "money" | "percent" | "number" | "integer" | "days" | "date" | "ratio" | "months" | "text";

export interface Threshold {
  id: string;
  label: Localized;
  value: number;
  format: NumberFormatKind;
  /** How the default was derived ("revenue-weighted average margin"), or "set by user". */
  source: Localized;
}

export interface SegmentSummary {
  /** Stable id, e.g. "strategic", "champions", "cluster-1", "A". */
  id: string;
  name: Localized;
  /** Recommended action (from the seed's action list). */
  action: Localized;
  /** Fill color "#RRGGBB" and a readable text color on it. */
  color: string;
  textColor: string;
  customers: number;
  /** customers / total customers. */
  share: number;
  revenue: number;
  /** NaN when margin unknown. */
  margin: number;
  /** True when the segment is too small to act on (below the minimum size). */
  tooSmall: boolean;
}

/** An extra per-customer column a method contributes to the Customers sheet (RFM scores, ABC cumulative share...). */
export interface CustomerColumn {
  id: string;
  header: Localized;
  format: NumberFormatKind;
  values: (number | string)[];
}

/** A 2-D map (portfolio matrix, RFM 5×5) drawn on the Customer Map sheet. */
export interface MapGrid {
  title: Localized;
  rowAxis: Localized;
  columnAxis: Localized;
  rowLabels: Localized[];
  columnLabels: Localized[];
  /** cells[row][column]: the segment the cell belongs to (index into segments, -1 for none) and its totals. */
  cells: { segment: number; customers: number; revenue: number; margin: number }[][];
}

export interface Segmentation {
  method: Method;
  /** In display order; `assignment` indexes into it. */
  segments: SegmentSummary[];
  /** Per customer, index into `segments`. Every customer has exactly one. */
  assignment: Int32Array;
  /**
   * Per customer: why it is in its segment, with the thresholds and its own values. When segmented with
   * `explain: false` (segmentCustomers option, for speed) every entry is one shared empty { en: "", es: "" }.
   */
  reasons: Localized[];
  thresholds: Threshold[];
  /** Settings actually used (seed, k, restarts, period...), for the About sheet. */
  settings: Record<string, number | string | boolean>;
  /** Notes and warnings (few distinct values, protected attributes excluded, small segments...). */
  notes: Localized[];
  extraColumns: CustomerColumn[];
  grid?: MapGrid;
}

// ---------------------------------------------------------------- KPIs, LTV, insights

export interface Kpi {
  id: string;
  label: Localized;
  /** null when unavailable; then `unavailableReason` says why (never a silent 0). */
  value: number | null;
  format: NumberFormatKind;
  unavailableReason?: Localized;
  note?: Localized;
}

export interface MigrationMatrix {
  fromLabels: Localized[];
  toLabels: Localized[];
  /** counts[from][to] and revenue[from][to] (revenue now). */
  counts: number[][];
  revenue: number[][];
  /** Customers only in the previous map / only now. */
  left: number;
  joined: number;
  /** When the previous map was made (ISO text as recorded), for "no change since …". */
  since?: string;
}

export type ActionId = "loyalty" | "optimise" | "develop" | "reengage" | "maintain" | "review" | "reprice";

export type InsightKind =
  | "abrupt-drop"
  | "abrupt-jump"
  | "group-difference"
  | "cross-sell-gap"
  | "outlier"
  | "negative-margin"
  | "segment-move";

/** One line of the call list. */
export interface Insight {
  kind: InsightKind;
  /** Customer index, or -1 for a group insight. */
  customer: number;
  /** For group insights: "region = Norte". */
  group?: Localized;
  title: Localized;
  /** The figure behind it, in words ("revenue −62 % vs previous quarter (48,200 → 18,300)"). */
  figure: Localized;
  /** Money at stake, used for ranking (absolute value). */
  moneyAtStake: number;
  /** Items with a higher priority head the call list whatever their money (movers, see segment-moves.ts); absent = 0. */
  priority?: number;
  actionId: ActionId;
  action: Localized;
}
