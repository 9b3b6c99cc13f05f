/**
 * A scripted PaneHost for component tests: records every call, lets a test decide what detection returns and
 * hold a build open (to see progress and Cancel) or make it fail.
 */
import type { ColumnMapping, Role } from "../../src/core/model";
import type {
  BuildOptions,
  BuildProgress,
  BuildResult,
  DetectOptions,
  DetectedData,
  PaneHost,
  PaneSettings,
} from "../../src/taskpane/pane-host";
import { abortError } from "../../src/taskpane/pane-error";

export function column(column: number, header: string, role: Role | null, confidence: number): ColumnMapping {
  return { column, header, role, confidence, reason: { en: `header ${header}`, es: `cabecera ${header}` } };
}

export function detectedFixture(overrides: Record<string, Role | null> = {}): DetectedData {
  const mapping = [
    column(0, "Cliente", "customerId", 1),
    column(1, "Ventas", "revenue", 1),
    column(2, "Margen", "marginPercent", 0.7),
    column(3, "Zona", "region", 0.5),
    column(4, "Notas", null, 0),
  ].map((m) => (m.header in overrides ? { ...m, role: overrides[m.header], confidence: 1 } : m));
  return {
    sheetName: "Clientes",
    address: "Clientes!A3:E203",
    source: "table",
    kind: "customers",
    kindReason: { en: "one row per customer id", es: "una fila por id de cliente" },
    rows: 200,
    columns: 5,
    customers: 197,
    mapping,
    report: {
      rowsRead: 200,
      rowsUsed: 197,
      rowsSkipped: 3,
      skipped: [
        {
          reason: "totals-row",
          label: { en: "totals row", es: "fila de totales" },
          rows: 1,
          examples: [203],
        },
        { reason: "blank", label: { en: "blank row", es: "fila vacía" }, rows: 2, examples: [50, 90] },
      ],
      warnings: [],
      conventions: [
        {
          column: "Ventas",
          kind: "number",
          convention: "comma-decimal",
          message: { en: "Ventas read with comma decimals", es: "Ventas leída con coma decimal" },
        },
      ],
    },
  };
}

export function resultFixture(): BuildResult {
  return {
    method: "portfolio",
    customers: 197,
    segments: [
      {
        id: "strategic",
        name: { en: "Strategic / VIP", es: "Estratégico / VIP" },
        action: { en: "Loyalty", es: "Fidelizar" },
        color: "#1F77B4",
        textColor: "#FFFFFF",
        customers: 40,
        share: 40 / 197,
        revenue: 600_000,
        revenueShare: 0.6,
        tooSmall: false,
      },
      {
        id: "at-risk",
        name: { en: "At risk", es: "En riesgo" },
        action: { en: "Re-engage", es: "Reactivar" },
        color: "#D62728",
        textColor: "#FFFFFF",
        customers: 157,
        share: 157 / 197,
        revenue: 400_000,
        revenueShare: 0.4,
        tooSmall: true,
      },
    ],
    kpis: [
      { id: "revenue", label: { en: "Revenue", es: "Ventas" }, value: 1_000_000, format: "money" },
      {
        id: "ltvCac",
        label: { en: "LTV:CAC", es: "LTV:CAC" },
        value: null,
        format: "ratio",
        unavailableReason: { en: "no acquisition cost column", es: "no hay columna de coste de captación" },
      },
    ],
    sheets: [
      { key: "map", name: "Customer Map" },
      { key: "segments", name: "Segments" },
      { key: "customers", name: "Customers" },
    ],
    insights: [
      {
        kind: "abrupt-drop",
        subject: { en: "Acme SL", es: "Acme SL" },
        title: { en: "Revenue dropped", es: "Las ventas cayeron" },
        figure: { en: "−62 % vs previous quarter", es: "−62 % frente al trimestre anterior" },
        action: { en: "Call to re-engage", es: "Llamar para reactivar" },
        moneyAtStake: 30_000,
        owner: "Marta Soler",
        contact: "Nuria Rubio",
      },
    ],
    thresholds: [
      {
        id: "valueShare",
        label: { en: "Value: share of revenue", es: "Valor: cuota de ventas" },
        value: 0.8,
        format: "percent",
      },
    ],
    report: detectedFixture().report,
    seed: 42,
  };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface BuildCall {
  options: BuildOptions;
  onProgress: (progress: BuildProgress) => void;
  signal: AbortSignal;
  result: Deferred<BuildResult>;
}

export interface FakeHost extends PaneHost {
  detectCalls: DetectOptions[];
  buildCalls: BuildCall[];
  activated: string[];
  sampleInserts: number;
  sampleLangs: string[];
  saved: PaneSettings[];
  /** Fires the selection-changed callbacks. */
  changeSelection(): void;
  /** What the next detections return (or throw). */
  detectImpl: (options: DetectOptions) => Promise<DetectedData>;
}

export function createFakeHost(
  init: { displayLanguage?: string; settings?: PaneSettings | null } = {},
): FakeHost {
  const listeners = new Set<() => void>();
  let stored: PaneSettings | null = init.settings ?? null;
  const host: FakeHost = {
    displayLanguage: init.displayLanguage ?? "en-US",
    detectCalls: [],
    buildCalls: [],
    activated: [],
    sampleInserts: 0,
    sampleLangs: [],
    saved: [],
    detectImpl: async (options) => detectedFixture(options.overrides ?? {}),
    async detectData(options = {}) {
      host.detectCalls.push(options);
      return host.detectImpl(options);
    },
    build(options, onProgress, signal) {
      const result = deferred<BuildResult>();
      // Like the real host: an abort before writing rejects with AbortError.
      signal.addEventListener("abort", () => result.reject(abortError()));
      host.buildCalls.push({ options, onProgress, signal, result });
      return result.promise;
    },
    async activateSheet(name) {
      host.activated.push(name);
    },
    async insertSampleData(lang) {
      host.sampleInserts += 1;
      host.sampleLangs.push(lang);
    },
    async loadSettings() {
      return stored;
    },
    async saveSettings(settings) {
      stored = settings;
      host.saved.push(settings);
    },
    onSelectionChanged(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    changeSelection() {
      listeners.forEach((listener) => listener());
    },
  };
  return host;
}
