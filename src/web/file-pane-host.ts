/**
 * The PaneHost of the web page: the pane's working screen (data step, method, build, results) runs unchanged
 * on a dropped file instead of the open workbook. Detection describes the chosen sheet the way the pane
 * describes a block of Excel cells (`describeData`); a build runs the one orchestrator (`analyzeAndPlan`, in
 * the pane's analysis Web Worker, on the page's thread where workers are refused, e.g. from file://) and asks it for the .xlsx file too, written by the command line's writer. The file and the plan go
 * to the page (`onBuilt`) for the download and the preview; "open sheet" shows that sheet in the preview.
 *
 * Inputs are the command line's: the other sheets of the workbook are offered as customer attributes, and the
 * history record of an earlier result (dropped beside the data) gives mobility.
 */
import { CoreError } from "../core/errors";
import type { Method } from "../core/model";
import type { WorkbookPlan } from "../core/plan/workbook-plan";
import type { Lang } from "../core/types";
import { a1, quoteSheet } from "../office/a1";
import { describeData } from "../taskpane/describe-data";
import type {
  BuildOptions,
  BuildProgress,
  BuildResult,
  DetectOptions,
  DetectedData,
  PaneHost,
  PaneSettings,
} from "../taskpane/pane-host";
import { runAnalysis } from "../taskpane/run-analysis";
import { inLang } from "../core/language";
import { fillTemplate } from "../core/text";
import { webStrings } from "./web-strings";
import type { LoadedData, PreviousMap } from "./load-files";
import { texts } from "../i18n/texts";
import { epochDayOfTime } from "../core/excel-serial";

/** A finished build: the file to download and the plan it was written from (for the preview). */
export interface BuiltMap {
  /** The data it was built from (`LoadedData.id`): a build finishing after the user changed file is stale. */
  dataId: number;
  fileName: string;
  workbook: Uint8Array;
  plan: WorkbookPlan;
  lang: Lang;
  previous: PreviousMap | null;
}

interface FilePaneHostOptions {
  displayLanguage: string;
  /** The data and the earlier result as they are now (the page changes them). */
  inputs: () => { data: LoadedData | null; previous: PreviousMap | null };
  onBuilt: (built: BuiltMap) => void;
  onShowSheet: (name: string) => void;
  /** Makes the bundled sample the data (the data step's "try the sample data"). */
  loadSample: (lang: Lang) => void;
  /** Clock, injected so tests are reproducible. */
  now?: () => Date;
}

/** "Facturas.xlsx" → "Facturas - mapa de clientes.xlsx". */
export function resultFileName(input: string, lang: Lang): string {
  const base = input.replace(/\.[^.]+$/, "") || "data";
  return fillTemplate(inLang(webStrings, lang).resultFileName, { name: base });
}

export function createFilePaneHost(options: FilePaneHostOptions): PaneHost {
  const now = options.now ?? (() => new Date());

  function currentData(): LoadedData {
    const { data } = options.inputs();
    if (!data) {
      throw new CoreError(
        "web/no-file",
        texts((t) => t.web.filePaneHost.chooseOrDrop),
      );
    }
    return data;
  }

  /** The chosen sheet and the others (possible customer attributes, as the command line joins them). */
  async function sheetsOf(data: LoadedData) {
    const { attributeGridsOf } = await import(
      /* webpackChunkName: "file-reader" */ "../xlsx/workbook-inputs"
    );
    const sheet = data.book.sheet(data.sheetName);
    return { sheet, attributeGrids: attributeGridsOf(data.book, data.sheetName) };
  }

  return {
    displayLanguage: options.displayLanguage,

    async detectData(detect: DetectOptions = {}): Promise<DetectedData> {
      const data = currentData();
      const { sheet, attributeGrids } = await sheetsOf(data);
      const width = sheet.grid.reduce((max, row) => Math.max(max, row.length), 0);
      return describeData(
        {
          sheetName: data.sheetName,
          address: `${quoteSheet(data.sheetName)}!${a1({ row: 0, column: 0, rows: Math.max(1, sheet.grid.length), columns: Math.max(1, width) })}`,
          source: "largest-block",
          grid: sheet.grid,
          numberFormats: sheet.numberFormats,
        },
        attributeGrids,
        detect,
        epochDayOfTime(now().getTime()),
      );
    },

    async build(build: BuildOptions, report: (progress: BuildProgress) => void, signal: AbortSignal) {
      let done = 0;
      const onProgress = (progress: BuildProgress) => {
        done = Math.max(done, progress.fraction);
        report({ stage: progress.stage, fraction: done });
      };
      onProgress({ stage: "reading", fraction: 0.02 });
      const data = currentData();
      const { previous } = options.inputs();
      const { sheet, attributeGrids } = await sheetsOf(data);
      const outcome = await runAnalysis(
        {
          grid: sheet.grid,
          numberFormats: sheet.numberFormats,
          attributeGrids,
          options: {
            method: build.method as Method,
            lang: build.lang,
            shape: build.shape,
            overrides: build.overrides,
            seed: build.seed,
            k: build.k,
            thresholds: build.thresholds,
            runAt: now().toISOString(),
            history: previous?.runs ?? [],
            workbookFile: true,
          },
        },
        onProgress,
        signal,
      );
      if (!outcome.workbookFile) throw new Error("the analysis returned no workbook file");
      onProgress({ stage: "writing", fraction: 1 });
      options.onBuilt({
        dataId: data.id,
        fileName: resultFileName(data.fileName, build.lang),
        workbook: outcome.workbookFile,
        plan: outcome.plan,
        lang: build.lang,
        previous,
      });
      const result: BuildResult = {
        ...outcome.summary,
        sheets: outcome.plan.sheets
          .filter((sheet) => !sheet.hidden)
          .map((sheet) => ({ key: sheet.key, name: sheet.name })),
      };
      return result;
    },

    async activateSheet(name: string) {
      options.onShowSheet(name);
    },

    async insertSampleData(lang: Lang) {
      options.loadSample(lang);
    },

    // Choices live in the page's memory for the visit: a local page keeps nothing behind.
    async loadSettings(): Promise<PaneSettings | null> {
      return null;
    },
    async saveSettings() {},

    onSelectionChanged() {
      return () => undefined;
    },
  };
}
