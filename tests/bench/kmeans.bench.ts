/**
 * k-means benchmark: ours vs ml-kmeans vs simple-statistics on the same seeded data, in the same process.
 *
 * Data: 10^4, 10^5, 10^6 customers × 6 features, 5 Gaussian blobs (centres uniform in ±10, sd 4 per axis, so
 * they overlap and Lloyd needs real iterations), k = 5.
 * - Per iteration: both libraries start from the same 5 initial centres (the first 5 rows) and run to
 *   convergence; time / iterations. ml-kmeans tolerance 1e-6 (its default); ours tolerance 0 (until no row moves,
 *   the stricter stop).
 * - End to end: ours with its defaults (greedy k-means++, 3 restarts, seed 42) vs ml-kmeans defaults (greedy
 *   k-means++, one run, seed 42); inertia of both, recomputed here the same way.
 * - simple-statistics kMeansCluster (random initial points, runs until no centre moves, no iteration cap):
 *   only on 10^4 and 10^5 rows (3 runs) — its nested arrays make 10^6 rows take minutes.
 * Built for a noisy shared machine: after a warm-up, ours and ml-kmeans run interleaved (ours, peer, ours, peer…)
 * for REPETITIONS rounds, so a slow spell hits both; times are medians, and each ratio is the median of the
 * per-round ratios (peer / ours from the same round), which is steadier than a ratio of medians.
 * - scikit-learn (optional, 10^6 rows): per iteration from scikit-learn's own k-means++ start, both sides
 *   capped at SKLEARN_ITERATIONS Lloyd iterations (below convergence, so both do the same work), then run to
 *   convergence (tolerance 0), scikit-learn's
 *   KMeans(algorithm="lloyd") on one thread (OMP_NUM_THREADS=1 and threadpoolctl), timed around fit() in
 *   `sklearn-kmeans.py` on the same data written to a temp file; then end to end, each with its own defaults
 *   (ours: k-means++ with restarts; scikit-learn: k-means++, n_init=1), time and inertia. Skipped, with a
 *   message, when no python3 with
 *   scikit-learn is found (CI does not install it; `apt-get install python3-sklearn`, or CMAP_PYTHON=path).
 * Run: npx tsx -e 'import("./tests/bench/kmeans.bench.ts").then(m=>(m.run??m.default.run)())'
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { kmeans as mlKmeans } from "ml-kmeans";
import { kMeansCluster } from "simple-statistics";
import { createRandom } from "../../src/core/random";
import { kmeans } from "../../src/core/segment/kmeans";

const COLS = 6;
const K = 5;

export function blobs(rows: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const centres = Array.from({ length: K }, () => Array.from({ length: COLS }, () => random() * 20 - 10));
  const out = new Float64Array(rows * COLS);
  for (let i = 0; i < rows; i++) {
    const c = centres[Math.floor(random() * K)];
    for (let f = 0; f < COLS; f++) {
      const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      out[i * COLS + f] = c[f] + 4 * gaussian;
    }
  }
  return out;
}

function nested(points: Float64Array, rows: number): number[][] {
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = Array.from(points.subarray(i * COLS, (i + 1) * COLS));
  return out;
}

function inertiaOf(
  points: Float64Array,
  rows: number,
  labels: ArrayLike<number>,
  centroids: number[][],
): number {
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const c = centroids[labels[i]];
    for (let f = 0; f < COLS; f++) sum += (points[i * COLS + f] - c[f]) ** 2;
  }
  return sum;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

const fmt = (v: number, d = 1): string => v.toFixed(d);

/**
 * The reference a Lloyd kernel has to beat: one fused pass per iteration (nearest centre + running sums, no
 * bounds), plain loops over typed arrays, until no row changes cluster. Same start → same partitions as ours.
 */
function fusedLloyd(
  points: Float64Array,
  rows: number,
  start: number[][],
): { iterations: number; inertia: number } {
  const centres = Float64Array.from(start.flat());
  const sums = new Float64Array(K * COLS);
  const counts = new Float64Array(K);
  const labels = new Int32Array(rows).fill(-1);
  let iterations = 0;
  for (;;) {
    sums.fill(0);
    counts.fill(0);
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      const a = i * COLS;
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0; j < K; j++) {
        let d = 0;
        for (let f = 0; f < COLS; f++) {
          const delta = points[a + f] - centres[j * COLS + f];
          d += delta * delta;
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      }
      if (labels[i] !== best) changed++;
      labels[i] = best;
      counts[best]++;
      for (let f = 0; f < COLS; f++) sums[best * COLS + f] += points[a + f];
    }
    if (changed === 0 || iterations >= 1000) break;
    iterations++;
    for (let j = 0; j < K; j++)
      if (counts[j] > 0)
        for (let f = 0; f < COLS; f++) centres[j * COLS + f] = sums[j * COLS + f] / counts[j];
  }
  return {
    iterations: Math.max(1, iterations),
    inertia: inertiaOf(
      points,
      rows,
      labels,
      [...Array(K)].map((_, j) => Array.from(centres.subarray(j * COLS, (j + 1) * COLS))),
    ),
  };
}

const REPETITIONS = 7;

/** Median of peer / ours over rounds run back to back. */
function pairedRatio(peer: number[], ours: number[]): number {
  return median(peer.map((value, round) => value / ours[round]));
}

/** The machine's 1, 5 and 15-minute load averages (other jobs share it: quote them with the numbers). */
function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
}

export async function run(): Promise<void> {
  console.log(`load average at start: ${load()}`);
  const sizes = [10_000, 100_000, 1_000_000];
  const lines: string[] = [];
  lines.push(
    "| rows | ours ms/iter | fused Lloyd ms/iter | fused / ours | ml-kmeans ms/iter | per-iter ratio | ours e2e ms | ml-kmeans e2e ms | e2e ratio | ours inertia / ml | simple-statistics e2e ms |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  const verdicts: string[] = [];
  for (const rows of sizes) {
    const points = blobs(rows, 2024);
    const data = nested(points, rows);
    const start = data.slice(0, K).map((r) => r.slice());
    const oursFromStart = () =>
      kmeans(points, rows, COLS, { k: K, initialCentroids: start, tolerance: 0, maxIterations: 1000 });
    const peerFromStart = () =>
      mlKmeans(data, K, { initialization: start.map((r) => r.slice()), maxIterations: 1000 });
    const oursEndToEnd = () => kmeans(points, rows, COLS, { k: K });
    const peerEndToEnd = () => mlKmeans(data, K, { seed: 42 });

    // Warm-up so both sides are JIT-compiled before timing (the small sizes get a few rounds).
    for (let round = 0; round < (rows <= 100_000 ? 3 : 1); round++) {
      oursFromStart();
      oursEndToEnd();
      if (rows <= 100_000) {
        peerFromStart();
        peerEndToEnd();
      }
    }

    const oursIter: number[] = [];
    const fusedIter: number[] = [];
    const mlIter: number[] = [];
    const oursE2e: number[] = [];
    const mlE2e: number[] = [];
    let oursInertia = 0;
    let mlInertia = 0;
    for (let round = 0; round < REPETITIONS; round++) {
      const a = time(oursFromStart);
      oursIter.push(a.ms / a.value.iterations);
      const fused = time(() => fusedLloyd(points, rows, start));
      fusedIter.push(fused.ms / fused.value.iterations);
      const b = time(peerFromStart);
      mlIter.push(b.ms / b.value.iterations);
      const c = time(oursEndToEnd);
      oursE2e.push(c.ms);
      oursInertia = c.value.inertia;
      const d = time(peerEndToEnd);
      mlE2e.push(d.ms);
      mlInertia = inertiaOf(points, rows, d.value.clusters, d.value.centroids);
    }
    let simple = "skipped (too slow)";
    if (rows <= 100_000) {
      const simpleTimes: number[] = [];
      for (let rep = 0; rep < 3; rep++) {
        const random = createRandom(rep + 1);
        simpleTimes.push(time(() => kMeansCluster(data, K, random)).ms);
      }
      simple = fmt(median(simpleTimes), 0);
    }
    const iterRatio = pairedRatio(mlIter, oursIter);
    const endRatio = pairedRatio(mlE2e, oursE2e);
    const inertiaRatio = oursInertia / mlInertia;
    lines.push(
      `| ${rows.toLocaleString("en")} | ${fmt(median(oursIter), 2)} | ${fmt(median(fusedIter), 2)} | ${fmt(pairedRatio(fusedIter, oursIter), 2)}× | ${fmt(median(mlIter), 2)} | ${fmt(iterRatio)}× | ${fmt(median(oursE2e), 0)} | ${fmt(median(mlE2e), 0)} | ${fmt(endRatio)}× | ${inertiaRatio.toFixed(5)} | ${simple} |`,
    );
    const mark = (ok: boolean): string => (ok ? "ok" : "MISSED");
    verdicts.push(
      `${rows.toLocaleString("en")} rows: per-iter ≥ 2× ${mark(iterRatio >= 2)}, e2e ≥ 3× ${mark(endRatio >= 3)}, inertia ≤ ml + 0.1 % ${mark(inertiaRatio <= 1.001)}` +
        (rows === 1_000_000 ? `, e2e < 1.5 s ${mark(median(oursE2e) < 1500)}` : ""),
    );
  }
  console.log(
    `k-means, ${COLS} features, k = ${K} (${REPETITIONS} interleaved rounds; times are medians; ratio = median over rounds of ml-kmeans time / ours; inertia ratio < 1 = ours better)`,
  );
  console.log(lines.join("\n"));
  console.log(`goals: ${verdicts.join("; ")}`);
  compareWithScikitLearn(blobs(1_000_000, 2024), 1_000_000);
  console.log(`load average at end: ${load()}`);
}

/** Lloyd iterations both sides run in the scikit-learn comparison: fewer than either needs to converge. */
const SKLEARN_ITERATIONS = 10;
const SKLEARN_ROUNDS = 5;

/** A python3 that imports scikit-learn and threadpoolctl: $CMAP_PYTHON, `python3` on PATH, /usr/bin/python3. */
function findScikitLearnPython(): { python: string | null; tried: string[] } {
  const tried = [process.env.CMAP_PYTHON, "python3", "/usr/bin/python3"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  for (const python of tried) {
    const probe = spawnSync(python, ["-c", "import numpy, sklearn, threadpoolctl"], { stdio: "ignore" });
    if (probe.status === 0) return { python, tried };
  }
  return { python: null, tried };
}

function runPython(python: string, args: string[]): string {
  const result = spawnSync(python, [path.join(__dirname, "sklearn-kmeans.py"), ...args], {
    encoding: "utf8",
    env: { ...process.env, OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1", MKL_NUM_THREADS: "1" },
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`sklearn-kmeans.py ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Per-iteration time against scikit-learn's KMeans (lloyd, one thread) from scikit-learn's own k-means++
 * start, SKLEARN_ITERATIONS iterations each, rounds interleaved (ours, scikit-learn, ours…). Prints a skip
 * message instead when python3/scikit-learn is missing.
 */
export function compareWithScikitLearn(points: Float64Array, rows: number): void {
  const { python, tried } = findScikitLearnPython();
  if (python === null) {
    console.log(
      `scikit-learn comparison skipped: no python3 with scikit-learn and threadpoolctl (tried ${tried.join(", ")}; apt-get install python3-sklearn, or set CMAP_PYTHON).`,
    );
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cmap-kmeans-"));
  try {
    const dataFile = path.join(folder, "points.f64");
    const startFile = path.join(folder, "start.json");
    fs.writeFileSync(dataFile, new Uint8Array(points.buffer, points.byteOffset, points.byteLength));
    const shape = [dataFile, String(rows), String(COLS)];
    const start = JSON.parse(runPython(python, ["init", ...shape, String(K), "0"])) as number[][];
    fs.writeFileSync(startFile, JSON.stringify(start));
    console.log(
      `\nscikit-learn KMeans(algorithm="lloyd"), one thread (${python}), ${rows.toLocaleString("en")} × ${COLS}, k = ${K}, from scikit-learn's k-means++ start (random_state 0), ${SKLEARN_ROUNDS} interleaved rounds; ratio = median over rounds of scikit-learn / ours`,
    );
    console.log(
      "| iteration cap | ours ms/iter | scikit-learn ms/iter | ratio | iterations ours / scikit-learn | inertia ours / scikit-learn |",
    );
    console.log("|---:|---:|---:|---:|---:|---:|");
    // The fixed cap (both sides do the same iterations, the early ones that move many rows), then to
    // convergence (tolerance 0: until no row moves; scikit-learn counts its last, confirming pass too).
    for (const cap of [SKLEARN_ITERATIONS, 300]) {
      const ours = () =>
        kmeans(points, rows, COLS, { k: K, initialCentroids: start, tolerance: 0, maxIterations: cap });
      ours(); // warm-up
      const oursIter: number[] = [];
      const peerIter: number[] = [];
      let oursRun = { iterations: 0, inertia: 0 };
      let peerRun = { iterations: 0, inertia: 0, ms: 0 };
      for (let round = 0; round < SKLEARN_ROUNDS; round++) {
        const a = time(ours);
        oursRun = a.value;
        oursIter.push(a.ms / a.value.iterations);
        peerRun = JSON.parse(runPython(python, ["time", ...shape, startFile, String(cap)])) as typeof peerRun;
        peerIter.push(peerRun.ms / peerRun.iterations);
      }
      console.log(
        `| ${cap} | ${fmt(median(oursIter), 2)} | ${fmt(median(peerIter), 2)} | ${fmt(pairedRatio(peerIter, oursIter), 2)}× | ${oursRun.iterations} / ${peerRun.iterations} | ${(oursRun.inertia / peerRun.inertia).toFixed(8)} |`,
      );
    }
    // End to end, each with its own defaults: ours (k-means++ with 3 restarts on a sample, then one exact run)
    // against scikit-learn's k-means++ and one run (n_init=1, its tolerance), one thread.
    const oursDefault = () => kmeans(points, rows, COLS, { k: K });
    oursDefault(); // warm-up
    const oursTimes: number[] = [];
    const peerTimes: number[] = [];
    let oursInertia = 0;
    const peerInertias: number[] = [];
    for (let round = 0; round < SKLEARN_ROUNDS; round++) {
      const a = time(oursDefault);
      oursTimes.push(a.ms);
      oursInertia = a.value.inertia;
      const peer = JSON.parse(runPython(python, ["fit", ...shape, String(K), String(round)])) as {
        ms: number;
        inertia: number;
      };
      peerTimes.push(peer.ms);
      peerInertias.push(peer.inertia);
    }
    console.log(
      `\nend to end, each with its defaults (ours: k-means++, 3 restarts on a sample, seed 42; scikit-learn: k-means++, n_init=1, random_state = round): ours ${fmt(median(oursTimes), 0)} ms, scikit-learn ${fmt(median(peerTimes), 0)} ms, ratio ${fmt(pairedRatio(peerTimes, oursTimes), 2)}×; inertia ours / scikit-learn's median over its seeds ${(oursInertia / median(peerInertias)).toFixed(4)}`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
