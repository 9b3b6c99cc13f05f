/**
 * The one orchestrator of a build, shared by every surface: the command line, the pane's analysis worker
 * (and its in-thread fallback) and the web page. It runs the core pipeline (`analyzeGrid`: the grid, the
 * other sheets' attributes and the history record → the analysis), the workbook plan (`buildWorkbookPlan`),
 * the caller's summary of the analysis and, when asked, the segment column beside the user's table and the
 * .xlsx bytes. The surfaces differ only in their hooks: how they pause between stages (the pane yields to the
 * event loop and checks Cancel), how they summarize (the pane's results view, the CLI's JSON contract) and
 * whether they let the input go early (the CLI, at 10^6 rows).
 *
 * Everything in and out is plain data (grids, Localized texts, numbers, typed arrays), so the request and the
 * outcome cross a worker's message channel by structured clone; the hooks stay on the side that calls.
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

/** The stages of a build, in order; the surfaces name them to the user. */
export type BuildStage = "reading" | "analyzing" | "planning" | "writing";

export interface BuildProgress {
  stage: BuildStage;
  /** 0..1 of the whole build, reading and writing included. */
  fraction: number;
  /** Within "analyzing": the core's step (read, segment, kpis, insights, mobility, done), for the CLI's lines. */
  step?: string;
}

/** How a surface takes part in the build (see the module comment). */
interface BuildHooks<Summary> {
  onProgress(progress: BuildProgress): void;
  /** Awaited before each stage; may throw to cancel. */
  pause(): Promise<void>;
  /** The surface's plain-data view of the analysis, taken before the analysis is let go. */
  summarize(analysis: Analysis, plan: WorkbookPlan): Summary;
  /**
   * Called once the input's cells are no longer needed (after the analysis and the segment column), so the
   * caller can drop every reference it holds to them, the request's grids included, before the plan is built.
   */
  releaseInput?(): void;
}

/** The build's result: the surface's summary, the plan to render and what was asked for besides. */
export interface AnalysisOutcome<Summary> {
  summary: Summary;
  plan: WorkbookPlan;
  /** When asked for: the segment column's rows (relative to the grid), header, values and fills. */
  segmentColumn?: SegmentColumnData;
  /** When asked for: the .xlsx file of the plan. */
  workbookFile?: Uint8Array;
}

/** Overall fractions of the build's progress at which the analysis and the planning start and end. */
const ANALYZING_FROM = 0.2;
const PLANNING_FROM = 0.55;
export const WRITING_FROM = 0.65;

/**
 * Analyses, plans and summarizes, calling `hooks.pause` before each stage. Progress is reported as overall
 * fractions from `ANALYZING_FROM` (reading is the caller's) to `WRITING_FROM` (or to the end, when the
 * workbook file is written here).
 */
export async function analyzeAndPlan<Summary>(
  request: AnalysisRequest,
  hooks: BuildHooks<Summary>,
): Promise<AnalysisOutcome<Summary>> {
  const { options } = request;
  const { onProgress, pause } = hooks;
  onProgress({ stage: "analyzing", fraction: ANALYZING_FROM });
  await pause();
  let analysis: Analysis | undefined = analyzeGrid(request.grid, {
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
    onProgress: (step, fraction) =>
      onProgress({
        stage: "analyzing",
        fraction: ANALYZING_FROM + (PLANNING_FROM - ANALYZING_FROM) * fraction,
        step,
      }),
  });
  const segmentColumn = options.segmentColumn
    ? segmentColumnValues(request.grid, analysis.read, analysis.segmentation, options.lang)
    : undefined;
  hooks.releaseInput?.();
  onProgress({ stage: "planning", fraction: PLANNING_FROM });
  await pause();
  const plan = buildWorkbookPlan(analysis, options.lang);
  const outcome: AnalysisOutcome<Summary> = { summary: hooks.summarize(analysis, plan), plan };
  // The plan and the summary hold what the rest needs; the analysis (per-customer scores, the reasons in
  // the other language...) is let go before the longest step, writing the file.
  analysis = undefined;
  if (segmentColumn) outcome.segmentColumn = segmentColumn;
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
