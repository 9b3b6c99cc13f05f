/**
 * The result of one run of the pipeline (read → segment → KPIs → insights), from which the workbook plan,
 * the pane's results view, the CLI summary and the custom functions draw. Plain data.
 */
import type {
  ColumnMapping,
  CustomerData,
  DataShape,
  Insight,
  Kpi,
  Method,
  MigrationMatrix,
  ReadReport,
  Role,
  Segmentation,
} from "./model";
import type { LtvBacktest } from "./ltv/backtest";
import type { CustomerTimeline } from "./timeline";
import type { CurrencyCode } from "./format";
import type { Lang, Localized } from "./types";

/** What `readCustomerGrid` returns: the customer data and everything said about how it was read. */
export interface ReadResult {
  kind: DataShape;
  kindReason: Localized;
  /** Where the table was found inside the grid (0-based), header row included. */
  table: { headerRow: number; firstRow: number; lastRow: number; firstColumn: number; lastColumn: number };
  mapping: ColumnMapping[];
  report: ReadReport;
  /** The currency the money column shows (cell formats or typed symbols), or null: money then has no symbol. */
  currency?: CurrencyCode | null;
  customers: CustomerData;
}

export interface ReadOptions {
  /** Force the shape instead of detecting it. */
  shape?: DataShape;
  /** Role per header text (exact header as in the sheet); null = leave unmapped. */
  overrides?: Record<string, Role | null>;
  /** Excel number formats of the grid cells, when the host gives them (same shape as the grid). */
  numberFormats?: readonly (readonly string[])[];
  /** "Today" as an epoch day, for future-date warnings and customer sheets without dates. */
  todayDay?: number;
}

/** Per-customer scores from the KPI/LTV models. NaN where a model does not apply. */
export interface CustomerScores {
  /** Simple LTV (money, margin based, discounted). */
  ltv: Float64Array;
  /** Predictive: probability the customer is still active (BG/NBD), NaN without purchase history. */
  probabilityAlive: Float64Array;
  /** Predictive CLV over the stated horizon, NaN when not computable. */
  predictiveClv: Float64Array;
  /** Short flags per customer ("negative-margin", "outlier", "declining"...). */
  flags: string[][];
}

/**
 * Whether probability active and predictive CLV are shown, and the backtest that decided it (About sheet,
 * JSON `ltv`). Predictions are shown only when the model converged and its backtest fits.
 */
interface PredictiveLtvReport {
  shown: boolean;
  /** Why they are not shown (absent when shown). */
  reason?: Localized;
  /** Absent when no model could be fitted at all (no dates, too few repeat buyers). */
  backtest?: LtvBacktest;
  horizonMonths: number;
}

/** KPIs of one segment, aligned with `segmentation.segments`. */
export interface SegmentKpis {
  segmentId: string;
  averageTicket: number;
  marginPercent: number;
  averageLtv: number;
  /**
   * Churn rate per churn window of the segment's customers: of those who bought in the previous window, the
   * share with no purchase in the current one (the portfolio churn, `timeline.ts`); NaN when none bought then.
   */
  churnRatePerWindow: number;
  revenueShare: number;
}

/** A segment × dimension cross-tab with lift (share in cell / share overall). */
export interface CrossTab {
  dimension: string;
  dimensionLabel: Localized;
  values: string[];
  /** counts[segment][value] */
  counts: number[][];
  lift: number[][];
  /** Cells flagged as over/under-represented (lift far from 1 with enough customers). */
  highlights: { segment: number; value: number; lift: number }[];
}

/** One earlier map as the history sheet records it. */
export interface HistoryRun {
  method: Method;
  runAt: string;
  /** customer id → segment id */
  assignments: Record<string, string>;
}

export interface AnalysisOptions {
  method: Method;
  lang: Lang;
  shape?: DataShape;
  overrides?: Record<string, Role | null>;
  seed?: number;
  /** For clusters: a fixed k instead of automatic. */
  k?: number;
  /** Threshold overrides by threshold id. */
  thresholds?: Record<string, number>;
  /**
   * The runs recorded by earlier maps of this workbook (its hidden history sheet, newest first; empty on a
   * first map). The latest run of this method is the previous map: mobility, movers and "no change since …"
   * compare with it. The plan records this run first and carries the other methods' runs over.
   */
  history?: readonly HistoryRun[];
  todayDay?: number;
  /** Run time written to the About sheet (ISO string); injected so outputs are reproducible in tests. */
  runAt?: string;
}

/** Rows without any purchase, taken out of the customers (they only feed conversion). */
export interface LeadSummary {
  count: number;
  /** Of them, leads whose status says lost or rejected. */
  lost: number;
  ids: string[];
}

export interface Analysis {
  options: AnalysisOptions;
  read: ReadResult;
  segmentation: Segmentation;
  kpis: Kpi[];
  scores: CustomerScores;
  segmentKpis: SegmentKpis[];
  /** The run's one observation window and customer timeline (`timeline.ts`). */
  timeline: CustomerTimeline;
  /** Leads taken out of `read.customers` (absent in analyses built by hand: none). */
  leads?: LeadSummary;
  insights: Insight[];
  crossTabs: CrossTab[];
  mobility?: MigrationMatrix;
  /**
   * Per customer (aligned with `read.customers`), the segment id on the previous map, or null when the
   * customer was not on it. Present only when a previous map was given (mobility).
   */
  previousSegmentIds?: (string | null)[];
  /** The predictive model's check (see PredictiveLtvReport). */
  ltv?: PredictiveLtvReport;
  runAt: string;
}
