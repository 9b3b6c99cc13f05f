/**
 * Runs the build's analysis and plan (`analyzeAndPlan`) in a dedicated Web Worker when the host has workers,
 * so a 100 000-row analysis never freezes the pane; otherwise — no `Worker` (jsdom, old hosts), a worker that
 * cannot start, fails to load or crashes — on the UI thread in stages with yields between them. Either way the
 * same function does the work and the pane sees the same result, progress and errors.
 *
 * Which path ran is written to `<html data-cmap-analysis="worker|in-thread">` (not shown; the browser
 * end-to-end test reads it).
 *
 * Cost: besides the analysis, one structured clone of the grids into the worker (on the UI thread, linear in
 * cells) and of the plan back.
 * @throws CoreError (rebuilt from the worker's message, English and Spanish intact) on bad data or options;
 *   the pane's AbortError when `signal` aborts (the worker is terminated at once).
 */
import { CoreError } from "../core/errors";
import type { AnalysisWorkerMessage } from "./analysis-protocol";
import type { AnalysisRequest } from "../orchestrator/analyze-and-plan";
import { analyzeForPane, type PaneOutcome } from "./summarize-for-pane";
import { abortError } from "./pane-error";
import type { BuildProgress } from "./pane-host";

type AnalysisPath = "worker" | "in-thread";

/** The attribute of the document element that records which path the last analysis took. */
export const ANALYSIS_PATH_ATTRIBUTE = "data-cmap-analysis";

/** Lets the browser paint and handle clicks (Cancel) between heavy synchronous stages. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

function recordPath(path: AnalysisPath): void {
  if (typeof document !== "undefined") document.documentElement.setAttribute(ANALYSIS_PATH_ATTRIBUTE, path);
}

/** The fallback: the same stages on the UI thread, yielding and checking Cancel before each. */
function analyzeInThread(
  request: AnalysisRequest,
  onProgress: (progress: BuildProgress) => void,
  signal: AbortSignal,
): Promise<PaneOutcome> {
  return analyzeForPane(request, onProgress, async () => {
    await yieldToUi();
    throwIfAborted(signal);
  });
}

/** A new analysis worker, or null when this host cannot give one. */
async function startWorker(): Promise<Worker | null> {
  if (typeof Worker === "undefined") return null;
  try {
    // Eager: bundled into the caller's chunk (no extra request), but only evaluated where workers exist.
    const { spawnAnalysisWorker } = await import(/* webpackMode: "eager" */ "./spawn-analysis-worker");
    return spawnAnalysisWorker();
  } catch (error) {
    console.warn("Customer Map: analysis worker could not start; analysing on the UI thread.", error);
    return null;
  }
}

/**
 * Sends the request to `worker` and settles with its outcome, its CoreError or the AbortError; resolves
 * null when the worker itself failed (load error, crash, unclonable data), so the caller falls back.
 * The worker is terminated whatever happens.
 */
function analyzeInWorker(
  worker: Worker,
  request: AnalysisRequest,
  onProgress: (progress: BuildProgress) => void,
  signal: AbortSignal,
): Promise<PaneOutcome | null> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
      settle();
    };
    const fallBack = (why: unknown) => {
      if (settled) return;
      console.warn("Customer Map: analysis worker failed; analysing on the UI thread.", why);
      finish(() => resolve(null));
    };
    const onAbort = () => finish(() => reject(abortError()));

    worker.onmessage = (event: MessageEvent<AnalysisWorkerMessage>) => {
      if (settled) return;
      const message = event.data;
      switch (message.type) {
        case "progress":
          onProgress(message.progress);
          break;
        case "result":
          finish(() => resolve(message.outcome));
          break;
        case "error": {
          const { code, localized, where } = message.error;
          finish(() => reject(new CoreError(code, localized, where)));
          break;
        }
        case "crash":
          fallBack(message.message);
          break;
        default:
          fallBack(`unknown message ${JSON.stringify(message)}`);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: keep it from surfacing as an uncaught page error.
      event.preventDefault?.();
      fallBack(event.message || "worker error");
    };
    worker.onmessageerror = () => fallBack("unreadable worker message");

    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) {
      onAbort();
      return;
    }
    try {
      worker.postMessage(request);
    } catch (error) {
      fallBack(error);
    }
  });
}

/** See the module comment. */
export async function runAnalysis(
  request: AnalysisRequest,
  onProgress: (progress: BuildProgress) => void,
  signal: AbortSignal,
): Promise<PaneOutcome> {
  throwIfAborted(signal);
  const worker = await startWorker();
  if (worker) {
    const outcome = await analyzeInWorker(worker, request, onProgress, signal);
    if (outcome) {
      recordPath("worker");
      return outcome;
    }
  }
  const outcome = await analyzeInThread(request, onProgress, signal);
  recordPath("in-thread");
  return outcome;
}
