/**
 * The one interface through which the task pane acts on the workbook. The pane never builds Excel calls
 * itself: `office-pane-host.ts` implements this over `src/office/*` and the core pipeline, tests pass a fake.
 * Everything crossing it is plain data (Localized texts, numbers), so the UI can render it in either language.
 */
import type { CurrencyCode } from "../core/format";
import type {
  ColumnMapping,
  DataShape,
  InsightKind,
  Kpi,
  Method,
  ReadReport,
  Role,
  SegmentSummary,
} from "../core/model";
import type { SheetKey } from "../core/plan/workbook-plan";
import type { BuildProgress, BuildStage } from "../orchestrator/analyze-and-plan";
import type { Lang, Localized } from "../core/types";

/** How the customer data was located in the workbook. */
export type DataSource = "table" | "region" | "largest-block";

/** What `detectData` found: where the data is, its shape and how each column was mapped. */
export interface DetectedData {
  sheetName: string;
  /** A1 address of the block read, header included, e.g. "Ventas!B3:H120". */
  address: string;
  source: DataSource;
  kind: DataShape;
  kindReason: Localized;
  /** Data rows below the header (before skipping). */
  rows: number;
  columns: number;
  /** Distinct customers the rows resolve to. */
  customers: number;
  mapping: ColumnMapping[];
  report: ReadReport;
  /**
   * Other sheets of the workbook whose customer attributes (region, sector, channel, size, acquisition
   * cost...) were joined by customer id, in workbook order; absent or empty when none matched.
   */
  joinedSheets?: string[];
  /** Other sheets left unread because reading them would pass the cap on cells read for attributes. */
  unreadSheets?: { names: string[]; maxCells: number };
}

/** What the user can override when detecting: the shape and the role of any header. */
export interface DetectOptions {
  shape?: DataShape;
  overrides?: Record<string, Role | null>;
}

/** Everything the Build button sends. */
export interface BuildOptions {
  method: Method;
  /** Language of the sheets written (may differ from the pane's). */
  lang: Lang;
  shape?: DataShape;
  overrides?: Record<string, Role | null>;
  /** Clusters only: fixed number of clusters; undefined = automatic (2–8 by silhouette). */
  k?: number;
  seed?: number;
  /** Threshold overrides by threshold id (ids come from a previous result's `thresholds`). */
  thresholds?: Record<string, number>;
  /**
   * Also write the segment of each row in the column just right of the user's table, only if that column is
   * empty (otherwise the build still succeeds and `BuildResult.segmentColumnWarning` says why it was not written).
   */
  segmentColumn?: boolean;
}

// The build's stages and progress are the orchestrator's, shared with the CLI and the web page.
export type { BuildProgress, BuildStage };

/** A segment as the results view shows it: the core's summary without margin, plus its revenue share. */
interface ResultSegment extends Pick<
  SegmentSummary,
  "id" | "name" | "action" | "color" | "textColor" | "customers" | "share" | "revenue" | "tooSmall"
> {
  /** revenue / all revenue. */
  revenueShare: number;
}

export interface ResultThreshold {
  id: string;
  label: Localized;
  value: number;
  format: Kpi["format"];
}

export interface ResultInsight {
  kind: InsightKind;
  /** Customer display name, or the group ("region = Norte") for group insights. */
  subject: Localized;
  title: Localized;
  figure: Localized;
  action: Localized;
  moneyAtStake: number;
  /** The customer's sales rep and contact (email, phone...), as written; absent when the data has none. */
  owner?: string;
  contact?: string;
}

/** What the results view shows after a successful build. */
export interface BuildResult {
  method: Method;
  customers: number;
  segments: ResultSegment[];
  /** A few headline KPIs (revenue, margin %, LTV...). */
  kpis: Kpi[];
  /** Sheets written (visible ones), in workbook order, with their real names. */
  sheets: { key: SheetKey; name: string }[];
  /** Top of the call list, most money at stake first. */
  insights: ResultInsight[];
  thresholds: ResultThreshold[];
  report: ReadReport;
  /** The currency the data shows (money is written with its symbol), null when none. */
  currency?: CurrencyCode | null;
  /** Seed actually used (stored in the workbook too). */
  seed?: number;
  /** A1 address of the segment column written beside the user's table, when asked for and written. */
  segmentColumnAddress?: string;
  /** Why the segment column asked for was not written (its column is not empty...); the sheets still were. */
  segmentColumnWarning?: Localized;
}

/** Choices remembered per workbook (document settings). */
export interface PaneSettings {
  method?: Method;
  /** Clusters: null/undefined = automatic. */
  k?: number | null;
  seed?: number;
  /** Output language. */
  lang?: Lang;
  thresholds?: Record<string, number>;
  /** The pane language the user picked, when they overrode Office's. */
  paneLang?: Lang;
  /** Also write the segment column beside the user's table. */
  segmentColumn?: boolean;
}

export interface PaneHost {
  /** Office's display language as reported by the host, e.g. "es-ES". */
  readonly displayLanguage: string;
  /** Finds and reads the customer data around the selection. Throws CoreError when there is none. */
  detectData(options?: DetectOptions): Promise<DetectedData>;
  /**
   * Reads, analyses and writes the map. Calls `onProgress` between stages, yields to the UI, and rejects with
   * an error named "AbortError" when `signal` aborts (the workbook is then left as it was).
   */
  build(
    options: BuildOptions,
    onProgress: (progress: BuildProgress) => void,
    signal: AbortSignal,
  ): Promise<BuildResult>;
  activateSheet(name: string): Promise<void>;
  /** Inserts the bundled sample workbook's sheets (the Spanish or the English sample) and selects its data. */
  insertSampleData(lang: Lang): Promise<void>;
  /** null when this workbook has never been used with the add-in. */
  loadSettings(): Promise<PaneSettings | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** Calls back when the user changes sheet or selection; returns the unsubscribe function. */
  onSelectionChanged(callback: () => void): () => void;
}
