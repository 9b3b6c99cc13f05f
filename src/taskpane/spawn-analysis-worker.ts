/**
 * Starts the analysis worker. Kept alone because `import.meta.url` is what webpack 5 needs to bundle
 * `analysis-worker.ts` as its own chunk, and CommonJS (jest) cannot parse it: `run-analysis.ts` loads this
 * module only when `Worker` exists, and tests replace it with `jest.mock`.
 * @throws whatever the Worker constructor throws (bad URL, security policy); the caller falls back.
 */
export function spawnAnalysisWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "analysis-worker" */ new URL("./analysis-worker.ts", import.meta.url),
    { name: "cmap-analysis" },
  );
}
