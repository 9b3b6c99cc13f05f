/**
 * The results view's data from an analysis: the segments with their revenue share, the headline KPIs, the top
 * of the call list and the thresholds. Plain data only (no class instances, no functions), so it crosses the
 * analysis worker's message channel unchanged. Cost: O(segments + KPIs + insights log insights).
 */
import type { Analysis } from "../core/analysis";
import { headlineKpis } from "../core/kpi/headline-kpis";
import { customerCalls } from "../core/insights/call-list";
import type { BuildResult, ResultInsight } from "./pane-host";
import { untranslated } from "../core/language";
import {
  analyzeAndPlan,
  type AnalysisOutcome,
  type AnalysisRequest,
  type BuildProgress,
} from "../orchestrator/analyze-and-plan";

/** The orchestrator's outcome as the pane receives it: the results view's data, the plan, the segment column. */
export type PaneOutcome = AnalysisOutcome<BuildResult>;

/**
 * The build's heavy part for the pane: the one orchestrator with the results view's summary. The analysis
 * worker and the in-thread fallback both run exactly this; they differ only in `pause` (the UI thread yields
 * to the event loop and checks Cancel there, the worker has nothing to yield to).
 */
export function analyzeForPane(
  request: AnalysisRequest,
  onProgress: (progress: BuildProgress) => void,
  pause: () => Promise<void>,
): Promise<PaneOutcome> {
  return analyzeAndPlan(request, {
    onProgress,
    pause,
    summarize: (analysis) => summarizeForPane(analysis, []),
  });
}

/** How many headline KPIs the results view shows. */
const HEADLINE_KPI_COUNT = 4;
const INSIGHTS_SHOWN = 5;

/** The results view's data from an analysis and the names of the sheets actually written. */
export function summarizeForPane(analysis: Analysis, sheets: BuildResult["sheets"]): BuildResult {
  const { segmentation, read } = analysis;
  const names = read.customers.names;
  const owners = read.customers.dimensions.owner;
  const contacts = read.customers.contact;
  // The named customers to call, as on the Insights sheet (groups are patterns, not calls).
  const insights: ResultInsight[] = customerCalls(analysis)
    .slice(0, INSIGHTS_SHOWN)
    .map(({ insight, customer, money }) => ({
      kind: insight.kind,
      subject: untranslated(names[customer] ?? ""),
      title: insight.title,
      figure: insight.figure,
      action: insight.action,
      moneyAtStake: money,
      ...(owners?.[customer] ? { owner: owners[customer] } : {}),
      ...(contacts?.[customer] ? { contact: contacts[customer] } : {}),
    }));
  const seed = segmentation.settings.seed;
  return {
    method: segmentation.method,
    customers: read.customers.count,
    segments: segmentation.segments.map((segment, s) => ({
      id: segment.id,
      name: segment.name,
      action: segment.action,
      color: segment.color,
      textColor: segment.textColor,
      customers: segment.customers,
      share: segment.share,
      revenue: segment.revenue,
      // The core's share (summarizeSegments), as the Segments sheet shows it; the view has no "missing" state.
      revenueShare: shareOrZero(analysis.segmentKpis[s]?.revenueShare),
      tooSmall: segment.tooSmall,
    })),
    kpis: headlineKpis(analysis.kpis, HEADLINE_KPI_COUNT),
    sheets,
    insights,
    thresholds: segmentation.thresholds.map((t) => ({
      id: t.id,
      label: t.label,
      value: t.value,
      format: t.format,
    })),
    report: read.report,
    currency: read.currency ?? null,
    ...(typeof seed === "number" ? { seed } : {}),
  };
}

function shareOrZero(share: number | undefined): number {
  return share !== undefined && Number.isFinite(share) ? share : 0;
}
