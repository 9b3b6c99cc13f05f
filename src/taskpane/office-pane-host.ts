/**
 * The PaneHost the real pane uses: reads and writes through `src/office/pane-workbook.ts` (the only part that
 * talks to Excel), analyses with the pure core. The pane sees only plain results.
 *
 * Responsiveness: the analysis and the plan run in a Web Worker (`run-analysis.ts`; on the UI thread in
 * stages with yields between them where workers are missing or fail), then the renderer writes in bounded
 * syncs, yielding between them, so the progress bar paints and Cancel can be clicked. Cancel terminates the
 * worker, is checked between stages and inside the renderer, which removes its temporary sheets (the workbook
 * is left as it was).
 *
 * Customer attributes on other sheets are joined like the CLI does (`describeData`, shared with the web page), so the
 * data step shows what the map will use. Cost: detection reads the data once; a build reads it again (it may
 * have changed) with the add-in's history sheet, then renders with a bounded number of syncs.
 */
import { isCoreError } from "../core/errors";
import type { Method } from "../core/model";
import { buildSample } from "../sample";
import type { Lang } from "../core/types";
import type { ExcelRunner } from "../office/excel-run";
import { createPaneWorkbook, MAX_ATTRIBUTE_CELLS } from "../office/pane-workbook";
import type { SourceData } from "../office/read-source";
import { subscribeToOfficeSelection } from "../office/selection-events";
import { langFromDisplayLanguage } from "./i18n/strings";
import { describeData } from "./describe-data";
import { WRITING_FROM } from "../orchestrator/analyze-and-plan";
import { abortError } from "./pane-error";
import { loadPaneSettings, savePaneSettings } from "./pane-settings-store";
import { runAnalysis, yieldToUi } from "./run-analysis";
import type {
  BuildOptions,
  BuildProgress,
  BuildResult,
  DataSource,
  DetectOptions,
  DetectedData,
  PaneHost,
  PaneSettings,
} from "./pane-host";
import { epochDayOfTime } from "../core/excel-serial";

export { PANE_SETTINGS_KEY } from "./pane-settings-store";

interface OfficePaneHostOptions {
  /** `Excel.run`, or the test double's `run`. */
  run: ExcelRunner;
  /** Office's display language ("es-ES"). */
  displayLanguage: string;
  /** Subscribe to selection/sheet changes; default: Office's DocumentSelectionChanged event when present. */
  subscribeSelection?: (callback: () => void) => () => void;
  /** Clock, injected so tests are reproducible. */
  now?: () => Date;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

function sourceOf(kind: SourceData["kind"]): DataSource {
  return kind === "used-range" ? "largest-block" : kind;
}

export function createOfficePaneHost(options: OfficePaneHostOptions): PaneHost {
  const run = options.run;
  const now = options.now ?? (() => new Date());
  const subscribe = options.subscribeSelection ?? subscribeToOfficeSelection;
  const workbook = createPaneWorkbook(run);
  return {
    displayLanguage: options.displayLanguage,

    async detectData(detect: DetectOptions = {}): Promise<DetectedData> {
      const { source, attributes } = await workbook.read(false);
      const detected = describeData(
        {
          sheetName: source.sheetName,
          address: source.address,
          source: sourceOf(source.kind),
          grid: source.grid,
          numberFormats: source.numberFormats,
        },
        attributes.grids,
        detect,
        epochDayOfTime(now().getTime()),
      );
      return {
        ...detected,
        ...(attributes.unread.length > 0
          ? { unreadSheets: { names: attributes.unread, maxCells: MAX_ATTRIBUTE_CELLS } }
          : {}),
      };
    },

    async build(build: BuildOptions, report: (progress: BuildProgress) => void, signal: AbortSignal) {
      // The renderer's phases each count from 0; the bar must only move forward.
      let done = 0;
      const onProgress = (progress: BuildProgress) => {
        done = Math.max(done, progress.fraction);
        report({ stage: progress.stage, fraction: done });
      };
      onProgress({ stage: "reading", fraction: 0.02 });
      const { source, history, attributes } = await workbook.read(true);
      throwIfAborted(signal);

      const { summary, plan, segmentColumn } = await runAnalysis(
        {
          grid: source.grid,
          numberFormats: source.numberFormats,
          attributeGrids: attributes.grids,
          options: {
            method: build.method as Method,
            lang: build.lang,
            shape: build.shape,
            overrides: build.overrides,
            seed: build.seed,
            k: build.k,
            thresholds: build.thresholds,
            runAt: now().toISOString(),
            history,
            segmentColumn: build.segmentColumn === true,
          },
        },
        onProgress,
        signal,
      );
      onProgress({ stage: "writing", fraction: WRITING_FROM });
      await yieldToUi();
      throwIfAborted(signal);

      let rendered;
      try {
        rendered = await workbook.render(plan, {
          signal,
          onProgress: (p) =>
            onProgress({ stage: "writing", fraction: WRITING_FROM + (1 - WRITING_FROM) * p.fraction }),
        });
      } catch (error) {
        // The renderer removed its temporary sheets: to the pane this is a plain Cancel.
        if (signal.aborted) throw abortError();
        throw error;
      }
      const sheets = rendered.sheets
        .filter((sheet) => !sheet.hidden)
        .map((sheet) => ({ key: sheet.key, name: sheet.name }));
      const result: BuildResult = { ...summary, sheets };
      if (segmentColumn) {
        // After the sheets: a refused column (not empty) must not cost the user the map just written.
        try {
          result.segmentColumnAddress = await workbook.writeSegmentColumn(source, segmentColumn);
        } catch (error) {
          if (!isCoreError(error)) throw error;
          result.segmentColumnWarning = error.localized;
        }
      }
      return result;
    },

    async activateSheet(name: string) {
      await workbook.activateSheet(name);
    },

    async insertSampleData(paneLang?: Lang) {
      const lang = paneLang ?? langFromDisplayLanguage(options.displayLanguage);
      const sample = buildSample(lang);
      workbook.forget();
      await workbook.insertSample(sample);
    },

    loadSettings: () => loadPaneSettings(run),
    saveSettings: (settings: PaneSettings) => savePaneSettings(run, settings),

    onSelectionChanged(callback: () => void) {
      return subscribe(callback);
    },
  };
}
