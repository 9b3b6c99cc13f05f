/**
 * The one implementation of the build's heavy part: the core pipeline (`analyzeGrid`) then the workbook plan
 * (`buildWorkbookPlan`), plus the results view's summary. Both the analysis worker and the in-thread fallback
 * run exactly this function; they differ only in `pause` (the UI thread yields to the event loop and checks
 * Cancel there, the worker has nothing to yield to).
 *
 * Everything in and out is plain data (grids, Localized texts, numbers, typed arrays), so it crosses a
 * worker's message channel by structured clone.
 *
 * When the build asks for the segment column beside the user's table, its per-row names and fills are
 * computed here too (`segmentColumnValues`), so only plain arrays cross to the pane; when the web page asks for
 * the .xlsx file, it is written here too, off the page's thread.
 *
 * Cost: that of `analyzeGrid` and `buildWorkbookPlan`, O(rows + customers × periods).
 * @throws CoreError from the core on bad data or options; whatever `pause` throws (the pane's AbortError).
 */
import type { Analysis, AnalysisOptions } from "../core/analysis";
import { analyzeGrid } from "../core/pipeline";
import { buildWorkbookPlan } from "../core/plan/build-workbook-plan";
import type { HistoryRun } from "../core/plan/history-sheet";
import { segmentColumnValues, type SegmentColumnData } from "../core/plan/segment-column";
import type { WorkbookPlan } from "../core/plan/workbook-plan";
import type { Grid } from "../core/types";
import type { BuildProgress, BuildResult } from "./pane-host";
import { summarizeForPane } from "./summarize-for-pane";

/** What the build read from the workbook and what the user chose: the analysis' whole input. */
export interface AnalysisRequest {
  grid: Grid;
  /** Excel number formats of the grid's cells. */
  numberFormats?: readonly (readonly string[])[];
  /** The workbook's other sheets that may hold customer attributes. */
  attributeGrids: { name: string; grid: Grid }[];
  options: Pick<AnalysisOptions, "method" | "lang" | "shape" | "overrides" | "seed" | "k" | "thresholds"> & {
    /** ISO time of the run (injected: the pipeline is deterministic). */
    runAt: string;
    /** Runs recorded in the add-in's history sheet, for mobility and to keep the other methods' records. */
    history: HistoryRun[];
    /** Also compute the segment column beside the user's table (per-row names and fills). */
    segmentColumn?: boolean;
    /**
     * Also write the plan as an .xlsx file (the web page's download), with the command line's streaming
     * writer; its code is loaded only when asked for.
     */
    workbookFile?: boolean;
  };
}

/** What the pane needs from the analysis: the results view's data (sheets still empty) and the plan to draw. */
export interface AnalysisOutcome {
  summary: BuildResult;
  plan: WorkbookPlan;
  /** When asked for: the segment column's rows (relative to the grid), header, values and fills. */
  segmentColumn?: SegmentColumnData;
  /** When asked for: the .xlsx file of the plan. */
  workbookFile?: Uint8Array;
}

/** Overall fractions of the build's progress bar at which the analysis and the planning start and end. */
const ANALYZING_FROM = 0.2;
const PLANNING_FROM = 0.55;
export const WRITING_FROM = 0.65;

/**
 * Analyses and plans in two stages, calling `pause` before each (see the module comment). Progress is
 * reported as overall fractions between `ANALYZING_FROM` and `WRITING_FROM`.
 */
export async function analyzeAndPlan(
  request: AnalysisRequest,
  onProgress: (progress: BuildProgress) => void,
  pause: () => Promise<void>,
): Promise<AnalysisOutcome> {
  const { options } = request;
  onProgress({ stage: "analyzing", fraction: ANALYZING_FROM });
  await pause();
  const analysis: Analysis = analyzeGrid(request.grid, {
    method: options.method,
    lang: options.lang,
    shape: options.shape,
    overrides: options.overrides,
    seed: options.seed,
    k: options.k,
    thresholds: options.thresholds,
    numberFormats: request.numberFormats,
    attributeGrids: request.attributeGrids,
    history: options.history,
    runAt: options.runAt,
    onProgress: (_stage, fraction) =>
      onProgress({
        stage: "analyzing",
        fraction: ANALYZING_FROM + (PLANNING_FROM - ANALYZING_FROM) * fraction,
      }),
  });
  onProgress({ stage: "planning", fraction: PLANNING_FROM });
  await pause();
  const plan = buildWorkbookPlan(analysis, options.lang);
  const outcome: AnalysisOutcome = { summary: summarizeForPane(analysis, []), plan };
  if (options.segmentColumn)
    outcome.segmentColumn = segmentColumnValues(
      request.grid,
      analysis.read,
      analysis.segmentation,
      options.lang,
    );
  if (options.workbookFile) {
    onProgress({ stage: "writing", fraction: WRITING_FROM });
    await pause();
    const { writeWorkbookBytes } = await import(
      /* webpackChunkName: "xlsx-writer" */ "../xlsx/write-workbook-bytes"
    );
    outcome.workbookFile = await writeWorkbookBytes(plan);
  }
  return outcome;
}
