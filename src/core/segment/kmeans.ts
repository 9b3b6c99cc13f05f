/**
 * k-means clustering (Lloyd's algorithm, exact) on a row-major Float64Array, built for 10^6 rows in a browser
 * tab: one flat centroid array, typed work buffers allocated once per call, no allocation inside iterations.
 *
 * - Seeding: greedy k-means++ (Arthur & Vassilvitskii 2007; the "2 + ln k local trials" variant used by
 *   scikit-learn and ml-kmeans): each new centre is the best of a few D²-sampled candidates.
 * - Iterations: fused Lloyd passes while many rows move (assignment and per-cluster sums in one sweep over the
 *   rows, no other bookkeeping), then Hamerly's bounds (Hamerly 2010, "Making k-means even faster") once
 *   fewer than 5 % of the rows move (`BOUNDS_PAY_FRACTION`; 1 % with the SIMD passes): each point keeps an
 *   upper bound on the distance to its centre and a lower bound on the distance to the second closest; when
 *   the bounds prove the assignment cannot change, the k distance computations are skipped. The result is the
 *   same as textbook Lloyd (same partition after every iteration, up to exact distance ties), only faster.
 * - Empty clusters: an emptied cluster takes the point farthest from its own centre (from a cluster with
 *   more than one point), the usual recovery; when every point sits on its centre (fewer distinct points
 *   than k) the empty cluster keeps its previous centre and stays empty.
 * - Stops when no point changes cluster, when no centre moves more than `tolerance` (squared distance,
 *   relative to the data's mean per-column variance, as scikit-learn does, so it does not depend on units),
 *   or after `maxIterations`.
 * - Restarts: `restarts` independent seedings, each refined by Lloyd; the lowest inertia wins (first on ties).
 *   Above 4 096 rows the restarts run on a seeded sample (see `restartSampleRows`) with a looser tolerance
 *   (`SAMPLE_TOLERANCE`, they only rank the seedings) and the winner's centres start one exact run on all rows
 *   with the caller's tolerance.
 * - Distances: unrolled kernels over centres padded to 4 or 8 slots (`kmeans-kernels.ts`), bit for bit the
 *   plain loop's sums. The two full passes (plain, and the one that sets the bounds) are also specialised on k
 *   for k = 2..8 (`kmeans-passes.ts`, generated): the centres sit in local constants for the whole pass, about
 *   1.4× faster per plain pass at 10^6 × 6, k = 5, with the same numbers. From `SIMD_MIN_ROWS` rows and up to
 *   8 features, where the engine has WebAssembly SIMD, the two full passes run there instead
 *   (`kmeans-simd.ts`: two rows per instruction, no branch on the closest centre), about 3× faster again and
 *   still bit for bit the same numbers; elsewhere (no SIMD, a policy that forbids WebAssembly) the JavaScript
 *   passes run, with the same results.
 * - Buffers: labels and sums always; the bounds (2 doubles per row) only once a run reaches the bounded phase;
 *   the k-means++ buffers ((3 + ln k) doubles per row) only for a workspace that seeds. With the SIMD passes, a
 *   copy of the points, the labels and the bounds live in the WebAssembly memory (scratch, like the others).
 *
 * Cost: O(rows · cols) memory for the work arrays; seeding O(k · (2 + ln k) · rows · cols) per restart (on the
 * sample above 4 096 rows); a plain pass O(rows · k · cols); a bounded one O(rows) plus k distances for the
 * points near a border.
 * Deterministic: same data, options and seed → same labels, on every machine.
 *
 * @throws CoreError "kmeans-bad-input" when sizes do not match, k is not an integer in 1..rows, or a value
 *   is not finite.
 * Example: see `kmeans` below.
 */
import { CoreError } from "../errors";
import { createRandom, DEFAULT_SEED, randomIndex, sampleIndices, type RandomSource } from "../random";
import { centreStride, distanceKernels, type DistanceKernels } from "./kmeans-kernels";
import { fusedBoundsPass, fusedPass, type FusedBoundsPass, type FusedPass } from "./kmeans-passes";
import { simdPasses, type SimdEngine, type SimdPasses } from "./kmeans-simd";
import type { Localized } from "../language";
import { texts } from "../../i18n/texts";

export interface KMeansOptions {
  k: number;
  /** Seed of the k-means++ sampling (default 42). */
  seed?: number;
  /** Lloyd iterations cap per restart (default 300). */
  maxIterations?: number;
  /**
   * Relative squared centre movement under which a run has converged (default 1e-6; 0 = until no point moves).
   * Restarts on a sample (above 4 096 rows) use at least `SAMPLE_TOLERANCE`; the final run uses this one.
   */
  tolerance?: number;
  /** Independent k-means++ seedings; the lowest inertia wins (default 3). */
  restarts?: number;
  /** Start from these k centres (k arrays of `cols` numbers): skips k-means++ and restarts. */
  initialCentroids?: number[][];
}

export interface KMeansResult {
  /** Cluster of each row, 0..k-1. */
  labels: Int32Array;
  /** k centres, each the mean of its rows (an empty cluster keeps its last centre). */
  centroids: number[][];
  /** Sum of squared distances of rows to their centres. */
  inertia: number;
  /** Lloyd iterations of the winning run. */
  iterations: number;
  converged: boolean;
}

export const KMEANS_DEFAULTS = {
  seed: DEFAULT_SEED,
  maxIterations: 300,
  tolerance: 1e-6,
  restarts: 3,
} as const;

/**
 * Work buffers for one `kmeans` call, shared by its restarts. Centres (and their sums) are stored `stride`
 * slots apart (see `centreStride`), the padding slots always 0, so the distance kernels can unroll.
 */
interface Workspace {
  rows: number;
  cols: number;
  k: number;
  stride: number;
  kernels: DistanceKernels;
  /** The plain fused pass for this width and k (specialised for k = 2..8, see `kmeans-passes.ts`). */
  pass: FusedPass;
  /** The fused pass that also sets Hamerly's bounds, specialised like `pass`. */
  boundsPass: FusedBoundsPass;
  /**
   * The WebAssembly SIMD passes when this workspace runs on at least `SIMD_MIN_ROWS` rows and the engine has
   * them (see `kmeans-simd.ts`): then `pass`/`boundsPass` are theirs and `labels`/`upper`/`lower` are views
   * into their memory. Same numbers as the JavaScript passes.
   */
  simd: SimdPasses | null;
  centroids: Float64Array;
  previous: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  shift: Float64Array;
  halfGap: Float64Array;
  /**
   * Hamerly bounds, allocated by `assignWithBounds` when a run first reaches the bounded phase, and stored
   * relative to their centre's cumulative movement so that a bounded iteration writes nothing for the rows it
   * skips: row i's upper bound is `upper[i] + drift[labels[i]]`, its lower bound `lower[i] − fall[labels[i]]`.
   */
  upper: Float64Array;
  lower: Float64Array;
  /** Per centre, since the bounds were set: the sum of its movements (raises the upper bounds of its rows). */
  drift: Float64Array;
  /** Per centre: the sum of the largest movement of the other centres (lowers its rows' lower bounds). */
  fall: Float64Array;
  /** Fresh when the caller gets it (see `createWorkspace`), else scratch. */
  labels: Int32Array;
  /** k-means++: squared distance of each row to its closest chosen centre. */
  closest: Float64Array;
  /** k-means++: the candidate centres of one step (`trials` × stride) and their distances (rows × `trials`). */
  trialCentres: Float64Array;
  trialDistances: Float64Array;
  /** `nearestTwo` output: closest and second-closest squared distances. */
  nearest: Float64Array;
}

interface RunOutcome {
  iterations: number;
  converged: boolean;
  inertia: number;
}

/**
 * Clusters `rows` points of `cols` features (row-major in `points`) into `options.k` groups. See the file doc.
 *
 * @example
 * // 4 points in 2 dimensions (row-major): two pairs far apart.
 * kmeans(Float64Array.of(0, 0, 0, 1, 10, 10, 10, 11), 4, 2, { k: 2 }).inertia // => 1
 */
export function kmeans(
  points: Float64Array,
  rows: number,
  cols: number,
  options: KMeansOptions,
): KMeansResult {
  validate(points, rows, cols, options);
  const k = options.k;
  const maxIterations = Math.max(0, Math.floor(options.maxIterations ?? KMEANS_DEFAULTS.maxIterations));
  const tolerance = Math.max(0, options.tolerance ?? KMEANS_DEFAULTS.tolerance);
  const sampled = !options.initialCentroids && rows > RESTART_SAMPLE_THRESHOLD;
  // Tolerance 0 means "until no row moves": skip the variance pass unless the sample runs need it.
  const columnVariance = tolerance > 0 || sampled ? meanColumnVariance(points, rows, cols) : 0;
  const toleranceSquared = tolerance * columnVariance;
  // The runs that end in `ws` (from given centres, the final run after the sample) return its labels.
  const ws = createWorkspace(
    points,
    rows,
    cols,
    k,
    !options.initialCentroids && !sampled,
    !!options.initialCentroids || sampled,
  );

  if (options.initialCentroids) {
    for (let j = 0; j < k; j++) {
      for (let f = 0; f < cols; f++) ws.centroids[j * ws.stride + f] = options.initialCentroids[j][f];
    }
    const outcome = refine(points, ws, maxIterations, toleranceSquared);
    return toResult(ws.labels, ws.centroids, ws, outcome);
  }

  const restarts = Math.max(1, Math.floor(options.restarts ?? KMEANS_DEFAULTS.restarts));
  const random = createRandom(options.seed ?? KMEANS_DEFAULTS.seed);
  if (sampled) {
    // Larger data: seed and restart on a sample, then one exact run on all rows from the best sample centres.
    const sampleRows = restartSampleRows(rows);
    const sample = gatherRows(points, cols, sampleIndices(random, rows, sampleRows), SLOT_SAMPLE);
    const sampleWs = createWorkspace(sample, sampleRows, cols, k, true, false, SLOT_SIMD_SAMPLE);
    // The sample runs only rank the seedings; the final run below meets the caller's tolerance.
    const sampleToleranceSquared = Math.max(tolerance, SAMPLE_TOLERANCE) * columnVariance;
    const best = bestOfRestarts(sample, sampleWs, random, restarts, maxIterations, sampleToleranceSquared);
    ws.centroids.set(best.centroids);
    const outcome = refine(points, ws, maxIterations, toleranceSquared);
    return toResult(ws.labels, ws.centroids, ws, outcome);
  }
  const best = bestOfRestarts(points, ws, random, restarts, maxIterations, toleranceSquared);
  return toResult(best.labels, best.centroids, ws, best.outcome);
}

/**
 * Above this many rows, k-means++ seeding and the restarts run on a seeded sample (the idea of scikit-learn's
 * `init_size`): each restart costs a seeding (k · (2 + ln k) passes) plus a full Lloyd run, which would dominate
 * on large data, while a sample of a few thousand rows already places the centres in the right basin; the final
 * run on all rows is exact Lloyd from the best sample centres (and usually needs few iterations).
 */
const RESTART_SAMPLE_THRESHOLD = 4096;

/**
 * From this many rows a run uses the WebAssembly SIMD passes when the engine has them: below it, copying the
 * points and starting an instance costs about what the passes save.
 */
const SIMD_MIN_ROWS = 1024;

/**
 * Relative tolerance of the restarts on a sample (scikit-learn's default `tol`): those runs only rank the
 * seedings, and their last iterations (a handful of rows moving back and forth) do not change the ranking;
 * the caller's tolerance (default 1e-6) applies to the final run on all rows.
 */
const SAMPLE_TOLERANCE = 1e-4;

/** Sample size for the restarts: an eighth of the rows, at least 2 048 and at most 32 768. */
function restartSampleRows(rows: number): number {
  return Math.min(rows, Math.max(2048, Math.min(32_768, Math.ceil(rows / 8))));
}

interface BestRun {
  labels: Int32Array;
  centroids: Float64Array;
  outcome: RunOutcome;
}

function bestOfRestarts(
  points: Float64Array,
  ws: Workspace,
  random: RandomSource,
  restarts: number,
  maxIterations: number,
  toleranceSquared: number,
): BestRun {
  const labels = new Int32Array(ws.rows);
  const centroids = new Float64Array(ws.centroids.length);
  let best: RunOutcome | null = null;
  for (let run = 0; run < restarts; run++) {
    seedPlusPlus(points, ws, random);
    const outcome = refine(points, ws, maxIterations, toleranceSquared);
    if (best === null || outcome.inertia < best.inertia) {
      best = outcome;
      labels.set(ws.labels);
      centroids.set(ws.centroids);
    }
  }
  return { labels, centroids, outcome: best as RunOutcome };
}

/** The rows at `indices`, gathered into a scratch buffer (see `scratchBuffer`). */
function gatherRows(points: Float64Array, cols: number, indices: Int32Array, slot: number): Float64Array {
  const out = scratchBuffer(slot, indices.length * cols, float64);
  for (let s = 0; s < indices.length; s++) {
    const from = indices[s] * cols;
    for (let f = 0; f < cols; f++) out[s * cols + f] = points[from + f];
  }
  return out;
}

function validate(points: Float64Array, rows: number, cols: number, options: KMeansOptions): void {
  const fail = (text: Localized): never => {
    throw new CoreError("kmeans-bad-input", text);
  };
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    fail(texts((t) => t.segment.kmeans.noRowsOrColumns(rows, cols)));
  }
  if (points.length !== rows * cols) {
    fail(texts((t) => t.segment.kmeans.wrongValueCount(points.length, rows, cols)));
  }
  const k = options.k;
  if (!Number.isInteger(k) || k < 1 || k > rows) {
    fail(texts((t) => t.segment.kmeans.badK(rows, k)));
  }
  // x · 0 is 0 for finite x and NaN for NaN or ±Infinity: one branch-free pass, the slow search only on failure.
  // Four independent sums, so the pass is not one long chain of dependent additions.
  let check = 0;
  let check1 = 0;
  let check2 = 0;
  let check3 = 0;
  const whole = points.length - (points.length % 4);
  for (let i = 0; i < whole; i += 4) {
    check += points[i] * 0;
    check1 += points[i + 1] * 0;
    check2 += points[i + 2] * 0;
    check3 += points[i + 3] * 0;
  }
  for (let i = whole; i < points.length; i++) check += points[i] * 0;
  check += check1 + check2 + check3;
  for (let i = 0; check !== 0 && i < points.length; i++) {
    if (!Number.isFinite(points[i])) {
      const row = Math.floor(i / cols) + 1;
      const value = points[i];
      fail(texts((t) => t.segment.kmeans.notFinite(row, (i % cols) + 1, value)));
    }
  }
  const initial = options.initialCentroids;
  if (initial) {
    if (
      initial.length !== k ||
      initial.some((c) => c.length !== cols || c.some((v) => !Number.isFinite(v)))
    ) {
      fail(texts((t) => t.segment.kmeans.badInitialCentroids(k, cols)));
    }
  }
}

/**
 * Scratch buffers shared by the `kmeans` calls of one synchronous task (the restarts, the k tried by the
 * automatic choice, a benchmark's repetitions) and dropped when the task ends (a promise job clears them), so
 * nothing stays allocated after clustering. Fresh memory is not free: the first write to each page of a new
 * 16 MB array costs more than a whole Lloyd pass over 10^6 × 6 on some machines (measured 60–190 ms against
 * 2–10 ms for the same writes to a reused array). Every user writes a buffer before reading it. A slot holds
 * one buffer; two buffers in use at the same time take different slots.
 */
const scratchSlots: (Float64Array | Int32Array | SimdEngine | undefined)[] = [];
let scratchDropScheduled = false;

const SLOT_UPPER = 0;
const SLOT_LOWER = 1;
const SLOT_LABELS = 2;
const SLOT_CLOSEST = 3;
const SLOT_TRIAL_DISTANCES = 4;
const SLOT_SAMPLE = 5;
/** The SIMD engines (`kmeans-simd.ts`) of the workspace on all rows and of the one on a sample. */
const SLOT_SIMD_ALL = 6;
const SLOT_SIMD_SAMPLE = 7;

/** Keeps `value` in `slot` until the current synchronous task ends. */
function keepScratch(slot: number, value: Float64Array | Int32Array | SimdEngine): void {
  if (!scratchDropScheduled) {
    scratchDropScheduled = true;
    void Promise.resolve().then(() => {
      scratchSlots.length = 0;
      scratchDropScheduled = false;
    });
  }
  scratchSlots[slot] = value;
}

function scratchBuffer<T extends Float64Array | Int32Array>(
  slot: number,
  length: number,
  make: (length: number) => T,
): T {
  const held = scratchSlots[slot] as T | undefined;
  if (held !== undefined && held.length >= length) return held.subarray(0, length) as T;
  const buffer = make(length);
  keepScratch(slot, buffer);
  return buffer;
}

/** The SIMD passes for a workspace on `points` (null below `SIMD_MIN_ROWS` or where unavailable). */
function workspaceSimd(
  points: Float64Array,
  rows: number,
  cols: number,
  k: number,
  stride: number,
  slot: number,
): SimdPasses | null {
  if (rows < SIMD_MIN_ROWS) return null;
  const simd = simdPasses(points, rows, cols, k, stride, scratchSlots[slot] as SimdEngine | undefined);
  if (simd) keepScratch(slot, simd.engine);
  return simd;
}

const float64 = (length: number): Float64Array => new Float64Array(length);
const int32 = (length: number): Int32Array => new Int32Array(length);

/**
 * Work buffers; the k-means++ ones (`closest`, `trialDistances`: (3 + ln k) doubles per row) only when this
 * workspace will seed: the final run on all rows and runs from given centres never do. The per-row buffers are
 * scratch (see `scratchBuffer`), except `labels` when `ownLabels`: the caller gets them, without a copy (with
 * the SIMD passes the labels live in the WebAssembly memory, and `toResult` copies them out).
 */
function createWorkspace(
  points: Float64Array,
  rows: number,
  cols: number,
  k: number,
  seeds: boolean,
  ownLabels: boolean,
  simdSlot = SLOT_SIMD_ALL,
): Workspace {
  const stride = centreStride(cols);
  const trials = seeds ? seedingTrials(k) : 0;
  const simd = workspaceSimd(points, rows, cols, k, stride, simdSlot);
  return {
    rows,
    cols,
    k,
    stride,
    kernels: distanceKernels(cols),
    pass: simd ? simd.pass : fusedPass(cols, k),
    boundsPass: simd ? simd.boundsPass : fusedBoundsPass(cols, k),
    simd,
    centroids: new Float64Array(k * stride),
    previous: new Float64Array(k * stride),
    sums: new Float64Array(k * stride),
    counts: new Float64Array(k),
    shift: new Float64Array(k),
    halfGap: new Float64Array(k),
    upper: new Float64Array(0),
    lower: new Float64Array(0),
    drift: new Float64Array(k),
    fall: new Float64Array(k),
    labels: simd ? simd.labels : ownLabels ? new Int32Array(rows) : scratchBuffer(SLOT_LABELS, rows, int32),
    closest: seeds ? scratchBuffer(SLOT_CLOSEST, rows, float64) : new Float64Array(0),
    trialCentres: new Float64Array(trials * stride),
    trialDistances:
      seeds && k > 1 ? scratchBuffer(SLOT_TRIAL_DISTANCES, trials * rows, float64) : new Float64Array(0),
    nearest: new Float64Array(2),
  };
}

/** Candidates per greedy k-means++ step: 2 + ⌊ln k⌋, as in scikit-learn and ml-kmeans. */
function seedingTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/**
 * Mean of the per-column population variances; scales the tolerance so it is unit-free. One row-order pass
 * (cache friendly), shifted by the first row so large offsets do not cancel catastrophically.
 */
function meanColumnVariance(points: Float64Array, rows: number, cols: number): number {
  const sums = new Float64Array(cols);
  const squares = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const a = i * cols;
    for (let f = 0; f < cols; f++) {
      const delta = points[a + f] - points[f];
      sums[f] += delta;
      squares[f] += delta * delta;
    }
  }
  let total = 0;
  for (let f = 0; f < cols; f++) {
    const mean = sums[f] / rows;
    total += Math.max(0, squares[f] / rows - mean * mean);
  }
  return total / cols;
}

function copyRowToCentre(
  points: Float64Array,
  row: number,
  cols: number,
  centres: Float64Array,
  j: number,
  stride: number,
): void {
  for (let f = 0; f < cols; f++) centres[j * stride + f] = points[row * cols + f];
}

/**
 * Greedy k-means++ seeding into `ws.centroids`. Candidates are drawn with probability proportional to the
 * squared distance to the closest centre chosen so far; the one that lowers the total most is kept (its
 * distances are kept too, so no extra pass is needed to update them). When all points already sit on chosen
 * centres (fewer distinct points than k), a random point is repeated.
 */
function seedPlusPlus(points: Float64Array, ws: Workspace, random: RandomSource): void {
  const { rows, cols, k, stride, kernels, centroids, closest, trialCentres, trialDistances } = ws;
  const trials = seedingTrials(k);
  const candidates = new Int32Array(trials);
  const targets = new Float64Array(trials);
  const potentials = new Float64Array(trials);
  const distances = new Float64Array(trials);
  copyRowToCentre(points, randomIndex(random, rows), cols, centroids, 0, stride);
  let potential = 0;
  for (let i = 0; i < rows; i++) {
    const d = kernels.distance(points, i, cols, centroids, 0);
    closest[i] = d;
    potential += d;
  }
  for (let c = 1; c < k; c++) {
    if (!(potential > 0)) {
      copyRowToCentre(points, randomIndex(random, rows), cols, centroids, c, stride);
      continue;
    }
    for (let t = 0; t < trials; t++) targets[t] = random() * potential;
    targets.sort();
    // One cumulative scan serves all (sorted) targets.
    let t = 0;
    let cumulative = 0;
    let lastPositive = 0;
    for (let i = 0; i < rows && t < trials; i++) {
      if (closest[i] > 0) lastPositive = i;
      cumulative += closest[i];
      while (t < trials && cumulative > targets[t]) candidates[t++] = i;
    }
    // Rounding can leave the last targets unreached: they fall on the last point with weight.
    while (t < trials) candidates[t++] = lastPositive;
    for (let s = 0; s < trials; s++) copyRowToCentre(points, candidates[s], cols, trialCentres, s, stride);
    potentials.fill(0);
    // Row-major (rows × trials) so each row is read once for all candidates.
    for (let i = 0, at = 0; i < rows; i++, at += trials) {
      kernels.distances(points, i, cols, trialCentres, trials, distances);
      const own = closest[i];
      for (let s = 0; s < trials; s++) {
        const d = distances[s];
        trialDistances[at + s] = d;
        potentials[s] += d < own ? d : own;
      }
    }
    let bestTrial = 0;
    for (let s = 1; s < trials; s++) if (potentials[s] < potentials[bestTrial]) bestTrial = s;
    copyRowToCentre(points, candidates[bestTrial], cols, centroids, c, stride);
    potential = 0;
    for (let i = 0, at = bestTrial; i < rows; i++, at += trials) {
      const d = trialDistances[at];
      if (d < closest[i]) closest[i] = d;
      potential += closest[i];
    }
  }
}

/**
 * One fused pass of plain Lloyd (`ws.pass`, i.e. `kernels.assignAndSum`, unrolled for k ≤ 8): every row to its closest centre, per-cluster sums
 * and counts accumulated in row order (the same sums `updateMeans` would compute). Returns how many rows
 * changed cluster; `ws.nearest[0]` gets the inertia against the centres used.
 */
function lloydPass(points: Float64Array, ws: Workspace): number {
  const { rows, cols, centroids, labels, sums, counts, nearest } = ws;
  sums.fill(0);
  counts.fill(0);
  return ws.pass(points, rows, cols, centroids, labels, sums, counts, nearest);
}

/**
 * `lloydPass` that also sets both Hamerly bounds exactly (closest and second-closest distance), to start the
 * bounded iterations. Allocates the bounds on first use: runs that never reach the bounded phase never pay.
 */
function assignWithBounds(points: Float64Array, ws: Workspace): number {
  if (ws.upper.length !== ws.rows) {
    ws.upper = ws.simd ? ws.simd.upper : scratchBuffer(SLOT_UPPER, ws.rows, float64);
    ws.lower = ws.simd ? ws.simd.lower : scratchBuffer(SLOT_LOWER, ws.rows, float64);
  }
  const { rows, cols, centroids, labels, upper, lower, sums, counts } = ws;
  sums.fill(0);
  counts.fill(0);
  return ws.boundsPass(points, rows, cols, centroids, labels, sums, counts, upper, lower);
}

/** Recomputes `sums`/`counts` from the labels (exact, in row order) and sets each centre to its mean. */
function updateMeans(points: Float64Array, ws: Workspace): void {
  const { rows, cols, sums, counts, labels } = ws;
  sums.fill(0);
  counts.fill(0);
  ws.kernels.sumByLabel(points, rows, cols, labels, sums, counts);
  meansFromSums(ws);
}

/** Each centre = its running sum / count; an empty cluster keeps its centre. O(k · cols). */
function meansFromSums(ws: Workspace): void {
  const { cols, k, stride, centroids, sums, counts } = ws;
  for (let j = 0; j < k; j++) {
    if (counts[j] === 0) continue;
    const b = j * stride;
    for (let f = 0; f < cols; f++) centroids[b + f] = sums[b + f] / counts[j];
  }
}

/**
 * Refills each empty cluster with the row farthest from its own centre, taken from a cluster of 2+ rows.
 * Rare (seeding avoids it), so the O(rows · cols) scan per empty cluster does not matter. Returns whether
 * it moved a row (the sums are then no longer those of a plain pass).
 */
function recoverEmptyClusters(points: Float64Array, ws: Workspace): boolean {
  const { rows, cols, k, stride, kernels, centroids, sums, counts, labels, upper, lower, drift, fall } = ws;
  let moved = false;
  for (let empty = 0; empty < k; empty++) {
    if (counts[empty] !== 0) continue;
    let farthest = -1;
    let farthestDistance = 0;
    for (let i = 0; i < rows; i++) {
      if (counts[labels[i]] < 2) continue;
      const d = kernels.distance(points, i, cols, centroids, labels[i]);
      if (d > farthestDistance) {
        farthestDistance = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue; // every row sits on its centre: nothing to split.
    const donor = labels[farthest];
    const a = farthest * cols;
    counts[donor] -= 1;
    counts[empty] = 1;
    for (let f = 0; f < cols; f++) {
      sums[donor * stride + f] -= points[a + f];
      sums[empty * stride + f] = points[a + f];
      centroids[donor * stride + f] = sums[donor * stride + f] / counts[donor];
      centroids[empty * stride + f] = points[a + f];
    }
    labels[farthest] = empty;
    moved = true;
    // Valid (loose) bounds, when the run keeps bounds: the point is re-examined next pass.
    if (upper.length === rows) {
      upper[farthest] = 0 - drift[empty];
      lower[farthest] = 0 + fall[empty];
    }
  }
  return moved;
}

/**
 * Plain passes continue while more than rows / BOUNDS_PAY_FRACTION rows (5 %) change cluster in a pass; then
 * one pass sets Hamerly's bounds and the bounded iterations take over. Chosen by measurement (10^5 and 10^6 ×
 * 6, k = 5, from the first rows and from scikit-learn's k-means++ start; 5, 20, 50 and 100 tried): 20 was
 * best or tied everywhere. Never switching is about twice as slow per iteration over a 20-iteration run:
 * once most rows have settled, the bounds skip them.
 */
const BOUNDS_PAY_FRACTION = 20;

/**
 * The same with the SIMD plain passes (1 %): they cost about what a bounded pass (JavaScript) costs while 5 %
 * of the rows still move, so the bounds pay later. Measured at 10^6 × 6, k = 5, both starts, 10-iteration cap
 * and to convergence (20, 50, 100, 200, 500 tried): 100 and 200 were best, about 30 % faster per iteration
 * than 20 and than never switching; at 10^5 rows 20, 50 and 100 were within the noise.
 */
const SIMD_BOUNDS_PAY_FRACTION = 100;

/**
 * Lloyd iterations from the centres in `ws.centroids`. Leaves labels and means in `ws`.
 *
 * Early iterations move many rows, and bounds would fail for most of them: fused plain passes
 * (`lloydPass`: assignment and sums in one sweep, no bounds) until fewer than 1/BOUNDS_PAY_FRACTION of the
 * rows move; then `assignWithBounds` starts Hamerly's bounds, which skip the rows far from any border. All
 * three are exact Lloyd: same partitions after every iteration.
 */
function refine(
  points: Float64Array,
  ws: Workspace,
  maxIterations: number,
  toleranceSquared: number,
): RunOutcome {
  const { rows, cols, k, stride, centroids, previous, shift, halfGap, labels } = ws;
  const { nearest, kernels, drift, fall } = ws;
  labels.fill(-1);
  // The bounds are set by one exact pass, at zero drift (see `Workspace.upper`).
  drift.fill(0);
  fall.fill(0);
  let phase = phaseAfter(lloydPass(points, ws), ws, PLAIN);
  // True while `sums`/`counts` are exactly a plain pass's over the current labels (no running updates).
  let sumsExact = true;
  // The inertia of the last plain pass, against the current centres while `passFresh`.
  let passInertia = nearest[0];
  let passFresh = true;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    previous.set(centroids);
    meansFromSums(ws);
    // The centres moved on from the ones the last pass measured: its inertia no longer applies.
    passFresh = false;
    if (recoverEmptyClusters(points, ws)) sumsExact = false;
    let largest = 0;
    let secondLargest = 0;
    let largestAt = -1;
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let f = 0; f < cols; f++) {
        const delta = centroids[j * stride + f] - previous[j * stride + f];
        sum += delta * delta;
      }
      const moved = Math.sqrt(sum);
      shift[j] = moved;
      if (moved > largest) {
        secondLargest = largest;
        largest = moved;
        largestAt = j;
      } else if (moved > secondLargest) secondLargest = moved;
    }
    if (largest * largest <= toleranceSquared) {
      converged = true;
      break;
    }
    if (phase !== BOUNDED) {
      const moved = phase === PLAIN ? lloydPass(points, ws) : assignWithBounds(points, ws);
      passInertia = nearest[0];
      passFresh = phase === PLAIN;
      sumsExact = true;
      if (moved === 0) {
        converged = true;
        break;
      }
      phase = phaseAfter(moved, ws, phase);
      continue;
    }
    for (let j = 0; j < k; j++) {
      let closestCentre = Infinity;
      for (let other = 0; other < k; other++) {
        if (other === j) continue;
        let sum = 0;
        for (let f = 0; f < cols; f++) {
          const delta = centroids[j * stride + f] - centroids[other * stride + f];
          sum += delta * delta;
        }
        if (sum < closestCentre) closestCentre = sum;
      }
      halfGap[j] = 0.5 * Math.sqrt(closestCentre);
    }
    sumsExact = false;
    for (let j = 0; j < k; j++) {
      drift[j] += shift[j];
      fall[j] += j === largestAt ? secondLargest : largest;
    }
    const changed = boundedPass(points, ws);
    if (changed === 0) {
      converged = true;
      break;
    }
  }
  // Exact means of the final labels: running sums drift by rounding, and a cap may stop between the two
  // steps. After a plain pass the sums are already exact, so the means need no extra sweep.
  if (sumsExact) {
    previous.set(centroids);
    meansFromSums(ws);
  } else {
    passFresh = false;
    updateMeans(points, ws);
  }
  if (recoverEmptyClusters(points, ws)) passFresh = false;
  // The last plain pass measured the inertia against the centres now in `previous`; when the final centres
  // are the same numbers (a run that stopped because no row moved), that is the inertia: no extra sweep.
  if (!passFresh || !sameNumbers(centroids, previous)) {
    passInertia = 0;
    for (let i = 0; i < rows; i++) passInertia += kernels.distance(points, i, cols, centroids, labels[i]);
  }
  return { iterations, converged, inertia: passInertia };
}

/**
 * One bounded (Hamerly) iteration over the rows, with `ws.drift`/`ws.fall` already advanced by this
 * iteration's centre movements and `ws.halfGap` set: rows whose bounds prove their centre is still the closest
 * are skipped without a write; the others get their distances, fresh bounds and, when their closest centre
 * changed, the running sums and counts updated. Returns how many rows changed cluster. A function of its own
 * (not a loop inside `refine`) so V8 optimises it as a whole rather than through on-stack replacement.
 */
function boundedPass(points: Float64Array, ws: Workspace): number {
  const { rows, cols, k, stride, kernels, centroids, labels, sums, counts, upper, lower } = ws;
  const { drift, fall, halfGap, nearest } = ws;
  let changed = 0;
  for (let i = 0; i < rows; i++) {
    const own = labels[i];
    let bound = upper[i] + drift[own];
    const low = lower[i] - fall[own];
    const floor = halfGap[own] > low ? halfGap[own] : low;
    if (bound <= floor) continue;
    bound = Math.sqrt(kernels.distance(points, i, cols, centroids, own));
    if (bound <= floor) {
      upper[i] = bound - drift[own];
      continue;
    }
    const best = kernels.nearestTwo(points, i, cols, centroids, k, nearest);
    upper[i] = Math.sqrt(nearest[0]) - drift[best];
    lower[i] = Math.sqrt(nearest[1]) + fall[best];
    if (best !== own) {
      labels[i] = best;
      changed++;
      counts[own] -= 1;
      counts[best] += 1;
      const a = i * cols;
      const from = own * stride;
      const to = best * stride;
      for (let f = 0; f < cols; f++) {
        sums[from + f] -= points[a + f];
        sums[to + f] += points[a + f];
      }
    }
  }
  return changed;
}

const PLAIN = 0;
const SET_BOUNDS = 1;
const BOUNDED = 2;

/** The next pass kind after a pass of kind `phase` in which `moved` rows changed cluster. */
function phaseAfter(moved: number, ws: Workspace, phase: number): number {
  if (phase !== PLAIN) return BOUNDED;
  const fraction = ws.simd ? SIMD_BOUNDS_PAY_FRACTION : BOUNDS_PAY_FRACTION;
  return moved * fraction > ws.rows ? PLAIN : SET_BOUNDS;
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function toResult(
  labels: Int32Array,
  centroids: Float64Array,
  ws: Workspace,
  outcome: RunOutcome,
): KMeansResult {
  const { k, cols, stride } = ws;
  const rowsOfCentroids: number[][] = [];
  for (let j = 0; j < k; j++) {
    rowsOfCentroids.push(Array.from(centroids.subarray(j * stride, j * stride + cols)));
  }
  return {
    // Never scratch: the final run's own labels or bestOfRestarts' copy. Labels in the SIMD memory are copied
    // out, so the caller does not hold the whole memory (the points' copy) through them.
    labels: ws.simd && labels === ws.simd.labels ? labels.slice() : labels,
    centroids: rowsOfCentroids,
    inertia: outcome.inertia,
    iterations: outcome.iterations,
    converged: outcome.converged,
  };
}
