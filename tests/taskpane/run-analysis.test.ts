/**
 * runAnalysis: on the UI thread when there is no Worker; in a worker otherwise, with the protocol exercised
 * through a fake Worker class that runs the real worker entry (`analysis-worker.ts`) in-process behind
 * structured clones — progress forwarded, the outcome equal to calling the core directly, CoreErrors rebuilt
 * in both languages, Cancel terminating the worker, and any worker failure falling back to the UI thread.
 */
import { CoreError } from "../../src/core/errors";
import { analyzeGrid } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { historyRunOf, type HistoryRun } from "../../src/core/plan/history-sheet";
import { buildEnglishSample } from "../../src/sample";
import type { Grid } from "../../src/core/types";
import type { AnalysisWorkerMessage } from "../../src/taskpane/analysis-protocol";
import type { AnalysisRequest } from "../../src/orchestrator/analyze-and-plan";
import { sampleSheetsOf } from "../../src/sample/sample-sheets";
import type { BuildProgress } from "../../src/taskpane/pane-host";
import { ANALYSIS_PATH_ATTRIBUTE, runAnalysis } from "../../src/taskpane/run-analysis";
import { spawnAnalysisWorker } from "../../src/taskpane/spawn-analysis-worker";
import { summarizeForPane, type PaneOutcome } from "../../src/taskpane/summarize-for-pane";

// The real module uses import.meta (webpack only); every test decides what "spawning" gives.
jest.mock("../../src/taskpane/spawn-analysis-worker", () => ({ spawnAnalysisWorker: jest.fn() }));
const spawn = spawnAnalysisWorker as jest.MockedFunction<typeof spawnAnalysisWorker>;

const RUN_AT = "2025-01-15T10:00:00Z";
const SAMPLE_GRID: Grid = sampleSheetsOf(buildEnglishSample())[0].grid;

function requestFor(grid: Grid, history: HistoryRun[] = []): AnalysisRequest {
  return {
    grid,
    attributeGrids: [],
    options: { method: "portfolio", lang: "es", runAt: RUN_AT, seed: 7, history },
  };
}

/** What the pane must get: the core called directly, without any of the code under test's staging. */
function direct(request: AnalysisRequest): PaneOutcome {
  const { options } = request;
  const analysis = analyzeGrid(request.grid, {
    method: options.method,
    lang: options.lang,
    seed: options.seed,
    runAt: options.runAt,
    attributeGrids: request.attributeGrids,
    history: options.history,
  });
  return {
    summary: summarizeForPane(analysis, []),
    plan: buildWorkbookPlan(analysis, options.lang),
  };
}

type Behaviour = (worker: FakeWorker, request: AnalysisRequest) => void;

/** Stands in for the browser's Worker: messages cross by structured clone and arrive asynchronously. */
class FakeWorker {
  onmessage: ((event: MessageEvent<AnalysisWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted = 0;

  constructor(private readonly behaviour: Behaviour) {}

  postMessage(data: AnalysisRequest): void {
    this.posted++;
    const copy = structuredClone(data);
    setTimeout(() => this.behaviour(this, copy), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** A message from the worker's side; a terminated worker sends nothing. */
  emit(message: AnalysisWorkerMessage): void {
    if (this.terminated) return;
    const copy = structuredClone(message);
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<AnalysisWorkerMessage>), 0);
  }
}

/** Runs the real worker entry behind a fake `self`, as the browser would in the worker's own scope. */
const realWorkerEntry: Behaviour = (worker, request) => {
  const scope: { onmessage: ((event: { data: AnalysisRequest }) => void) | null; postMessage: unknown } = {
    onmessage: null,
    postMessage: (message: AnalysisWorkerMessage) => worker.emit(message),
  };
  const global = globalThis as unknown as { self?: unknown };
  const saved = global.self;
  global.self = scope;
  try {
    jest.isolateModules(() => {
      // A fresh module per worker: the entry assigns `self.onmessage` when it is evaluated.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/analysis-worker");
    });
  } finally {
    global.self = saved;
  }
  scope.onmessage?.({ data: request });
};

let workers: FakeWorker[] = [];
function useWorkers(behaviour: Behaviour): void {
  spawn.mockImplementation(() => {
    const worker = new FakeWorker(behaviour);
    workers.push(worker);
    return worker as unknown as Worker;
  });
}

const globals = globalThis as unknown as { Worker?: unknown; document?: unknown };
let warn: jest.SpyInstance;

beforeEach(() => {
  workers = [];
  spawn.mockReset();
  globals.Worker = FakeWorker;
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  delete globals.Worker;
  delete globals.document;
  warn.mockRestore();
});

function collect(): { progress: BuildProgress[]; onProgress: (p: BuildProgress) => void } {
  const progress: BuildProgress[] = [];
  return { progress, onProgress: (p) => progress.push(p) };
}

function expectStagedProgress(progress: BuildProgress[]): void {
  expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(["analyzing", "planning"]));
  for (const p of progress) {
    expect(p.fraction).toBeGreaterThanOrEqual(0.2);
    expect(p.fraction).toBeLessThanOrEqual(0.55);
  }
  // More than the two stage marks: the core's own steps are forwarded too.
  expect(progress.length).toBeGreaterThan(2);
}

describe("without Worker", () => {
  test("analyses on the UI thread with the core's result and records the path", async () => {
    delete globals.Worker;
    const setAttribute = jest.fn();
    globals.document = { documentElement: { setAttribute } };
    const request = requestFor(SAMPLE_GRID);
    const { progress, onProgress } = collect();
    const outcome = await runAnalysis(request, onProgress, new AbortController().signal);
    expect(outcome).toEqual(direct(request));
    expect(spawn).not.toHaveBeenCalled();
    expectStagedProgress(progress);
    expect(setAttribute).toHaveBeenCalledWith(ANALYSIS_PATH_ATTRIBUTE, "in-thread");
  });

  test("a CoreError from the core reaches the caller as is", async () => {
    delete globals.Worker;
    const grid: Grid = [
      ["x", "y"],
      ["a", "b"],
    ];
    const thrown = await runAnalysis(requestFor(grid), () => undefined, new AbortController().signal).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(CoreError);
  });

  test("an aborted signal rejects with AbortError before any work", async () => {
    delete globals.Worker;
    const controller = new AbortController();
    controller.abort();
    await expect(
      runAnalysis(requestFor(SAMPLE_GRID), () => undefined, controller.signal),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("with a Worker", () => {
  test("the real worker entry: progress forwarded, outcome equal to the core's, worker terminated", async () => {
    useWorkers(realWorkerEntry);
    const setAttribute = jest.fn();
    globals.document = { documentElement: { setAttribute } };
    // A previous run of the same method in the history: mobility and the history sheet use it.
    const first = analyzeGrid(SAMPLE_GRID, {
      method: "portfolio",
      lang: "es",
      runAt: "2024-12-01T10:00:00Z",
    });
    const request = requestFor(SAMPLE_GRID, [historyRunOf(first)]);
    const { progress, onProgress } = collect();
    const outcome = await runAnalysis(request, onProgress, new AbortController().signal);
    expect(outcome).toEqual(direct(request));
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(1);
    expect(workers[0].terminated).toBe(true);
    expectStagedProgress(progress);
    expect(setAttribute).toHaveBeenCalledWith(ANALYSIS_PATH_ATTRIBUTE, "worker");
    expect(warn).not.toHaveBeenCalled();
  });

  test("a CoreError in the worker is rebuilt with its code, both languages and where", async () => {
    useWorkers(realWorkerEntry);
    const grid: Grid = [
      ["x", "y"],
      ["a", "b"],
    ];
    const expected = (() => {
      try {
        direct(requestFor(grid));
      } catch (error) {
        return error as CoreError;
      }
      throw new Error("the core accepted a grid without customers");
    })();
    const thrown = await runAnalysis(requestFor(grid), () => undefined, new AbortController().signal).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(CoreError);
    const rebuilt = thrown as CoreError;
    expect(rebuilt.code).toBe(expected.code);
    expect(rebuilt.localized).toEqual(expected.localized);
    expect(rebuilt.localized.es).not.toBe(rebuilt.localized.en);
    expect(rebuilt.where).toBe(expected.where);
    expect(rebuilt.message).toBe(expected.localized.en);
    expect(workers[0].terminated).toBe(true);
  });

  test("a hand-made error message keeps `where` and the Spanish text", async () => {
    useWorkers((worker) =>
      worker.emit({
        type: "error",
        error: {
          code: "read/no-amount",
          localized: { en: "No amount.", es: "Sin importe." },
          where: "Total",
        },
      }),
    );
    const thrown = (await runAnalysis(
      requestFor(SAMPLE_GRID),
      () => undefined,
      new AbortController().signal,
    ).catch((error: unknown) => error)) as CoreError;
    expect(thrown).toBeInstanceOf(CoreError);
    expect(thrown.messageIn("es")).toBe("Sin importe.");
    expect(thrown.messageIn("en")).toBe("No amount.");
    expect(thrown.where).toBe("Total");
  });

  test("Cancel terminates the worker and rejects with AbortError; late messages are ignored", async () => {
    useWorkers((worker) =>
      worker.emit({ type: "progress", progress: { stage: "analyzing", fraction: 0.3 } }),
    );
    const controller = new AbortController();
    const { progress, onProgress } = collect();
    const running = runAnalysis(requestFor(SAMPLE_GRID), onProgress, controller.signal);
    // Wait for the worker's first message (a fixed 20 ms was too short on a loaded machine).
    for (let waited = 0; progress.length === 0 && waited < 5_000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(progress).toEqual([{ stage: "analyzing", fraction: 0.3 }]);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    expect(workers[0].terminated).toBe(true);
    // The worker is gone: nothing it would still have said reaches the pane.
    workers[0].onmessage?.({
      data: { type: "progress", progress: { stage: "planning", fraction: 0.5 } },
    } as MessageEvent<AnalysisWorkerMessage>);
    expect(progress).toHaveLength(1);
  });

  test("a worker 'error' event (e.g. its script failed to load) falls back to the UI thread", async () => {
    const preventDefault = jest.fn();
    useWorkers((worker) =>
      worker.onerror?.({ message: "Failed to load worker script", preventDefault } as unknown as ErrorEvent),
    );
    const request = requestFor(SAMPLE_GRID);
    const setAttribute = jest.fn();
    globals.document = { documentElement: { setAttribute } };
    const outcome = await runAnalysis(request, () => undefined, new AbortController().signal);
    expect(outcome).toEqual(direct(request));
    expect(workers[0].terminated).toBe(true);
    expect(preventDefault).toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    expect(setAttribute).toHaveBeenLastCalledWith(ANALYSIS_PATH_ATTRIBUTE, "in-thread");
  });

  test("a crash inside the worker (not a CoreError) falls back to the UI thread", async () => {
    useWorkers((worker) => worker.emit({ type: "crash", message: "undefined is not a function" }));
    const request = requestFor(SAMPLE_GRID);
    const outcome = await runAnalysis(request, () => undefined, new AbortController().signal);
    expect(outcome).toEqual(direct(request));
    expect(workers[0].terminated).toBe(true);
  });

  test("a Worker constructor that throws (security policy) falls back to the UI thread", async () => {
    spawn.mockImplementation(() => {
      throw new Error("SecurityError");
    });
    const request = requestFor(SAMPLE_GRID);
    const outcome = await runAnalysis(request, () => undefined, new AbortController().signal);
    expect(outcome).toEqual(direct(request));
  });
});
