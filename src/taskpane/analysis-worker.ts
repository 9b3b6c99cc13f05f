/**
 * The analysis worker's entry (its own webpack chunk, spawned by `spawn-analysis-worker.ts`): runs
 * `analyzeAndPlan` off the UI thread so the pane keeps painting and answering clicks during a big analysis.
 * Protocol in `analysis-protocol.ts`. One request per worker: the pane terminates it after the answer or on
 * Cancel.
 */
import { isLocalized } from "../core/language";
import type { HistoryRun } from "../core/plan/history-sheet";
import type { AnalysisWorkerMessage } from "./analysis-protocol";
import type { AnalysisRequest } from "../orchestrator/analyze-and-plan";
import { analyzeForPane } from "./summarize-for-pane";

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisWorkerMessage): void;
}

// tsconfig's lib is DOM (not WebWorker): name only the two members of the worker scope used here.
const scope = self as unknown as WorkerScope;

/**
 * History assignments are built without a prototype (a customer called "toString" or "__proto__" must be an
 * ordinary key); structured clone gives them Object.prototype back, so restore the null prototype.
 */
function withoutPrototype(history: HistoryRun[]): HistoryRun[] {
  return history.map((run) => ({
    ...run,
    assignments: Object.assign(Object.create(null) as Record<string, string>, run.assignments),
  }));
}

function post(message: AnalysisWorkerMessage): void {
  scope.postMessage(message);
}

async function handle(request: AnalysisRequest): Promise<void> {
  try {
    const outcome = await analyzeForPane(
      { ...request, options: { ...request.options, history: withoutPrototype(request.options.history) } },
      (progress) => post({ type: "progress", progress }),
      () => Promise.resolve(),
    );
    post({ type: "result", outcome });
  } catch (error) {
    // Duck-typed like the pane's describeError: a CoreError is the user's data speaking, in both languages.
    const candidate = error as {
      code?: unknown;
      localized?: unknown;
      where?: unknown;
    };
    if (typeof candidate?.code === "string" && isLocalized(candidate.localized)) {
      post({
        type: "error",
        error: {
          code: candidate.code,
          localized: candidate.localized,
          ...(typeof candidate.where === "string" ? { where: candidate.where } : {}),
        },
      });
    } else {
      post({ type: "crash", message: error instanceof Error ? error.message : String(error) });
    }
  }
}

scope.onmessage = (event) => {
  void handle(event.data);
};
