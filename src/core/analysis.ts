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

/** KPIs of one segment, aligned with `segmentation.segments`. */
export interface SegmentKpis {
  segmentId: string;
  averageTicket: number;
  marginPercent: number;
  averageLtv: number;
  /** Mean churn risk (1 − probability alive, or a recency-based proxy), 0..1; NaN when unknown. */
  churnRisk: number;
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
  /** Assignments of the previous map (customer id → segment id), for mobility. */
  previousAssignments?: Record<string, string>;
  todayDay?: number;
  /** Run time written to the About sheet (ISO string); injected so outputs are reproducible in tests. */
  runAt?: string;
}

export interface Analysis {
  options: AnalysisOptions;
  read: ReadResult;
  segmentation: Segmentation;
  kpis: Kpi[];
  scores: CustomerScores;
  segmentKpis: SegmentKpis[];
  insights: Insight[];
  crossTabs: CrossTab[];
  mobility?: MigrationMatrix;
  runAt: string;
}
