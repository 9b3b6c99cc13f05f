/**
 * k-means clustering (Lloyd's algorithm, exact) on a row-major Float64Array, built for 10^6 rows in a browser
 * tab: one flat centroid array, typed work buffers allocated once per call, no allocation inside iterations.
 *
 * - Seeding: greedy k-means++ (Arthur & Vassilvitskii 2007; the "2 + ln k local trials" variant used by
 *   scikit-learn and ml-kmeans): each new centre is the best of a few D²-sampled candidates.
 * - Iterations: Hamerly's bounds (Hamerly 2010, "Making k-means even faster"). Each point keeps an upper bound
 *   on the distance to its centre and a lower bound on the distance to the second closest; when the bounds
 *   prove the assignment cannot change, the k distance computations are skipped. The result is the same as
 *   textbook Lloyd (same partition after every iteration, up to exact distance ties), only faster once
 *   centres settle.
 * - Empty clusters: an emptied cluster takes the point farthest from its own centre (from a cluster with
 *   more than one point), the usual recovery; when every point sits on its centre (fewer distinct points
 *   than k) the empty cluster keeps its previous centre and stays empty.
 * - Stops when no point changes cluster, when no centre moves more than `tolerance` (squared distance,
 *   relative to the data's mean per-column variance, as scikit-learn does, so it does not depend on units),
 *   or after `maxIterations`.
 * - Restarts: `restarts` independent seedings, each refined by Lloyd; the lowest inertia wins (first on ties).
 *   Above 4 096 rows the restarts run on a seeded sample (see `restartSampleRows`) and the winner's centres
 *   start one exact run on all rows.
 *
 * Cost: O(rows · cols) memory for 4 work arrays; seeding O(k · (2 + ln k) · rows · cols) per restart; first
 * assignment O(rows · k · cols); later iterations O(rows · cols) plus k distances for points near a border.
 * Deterministic: same data, options and seed → same labels, on every machine.
 *
 * @throws CoreError "kmeans-bad-input" when sizes do not match, k is not an integer in 1..rows, or a value
 *   is not finite.
 * @example kmeans(Float64Array.of(0, 0, 0, 1, 10, 10, 10, 11), 4, 2, { k: 2 }).inertia // → 1
 */
import { CoreError } from "../errors";
import { createRandom, DEFAULT_SEED, randomIndex, sampleIndices, type RandomSource } from "../random";

export interface KMeansOptions {
  k: number;
  /** Seed of the k-means++ sampling (default 42). */
  seed?: number;
  /** Lloyd iterations cap per restart (default 300). */
  maxIterations?: number;
  /** Relative squared centre movement under which a run has converged (default 1e-6; 0 = until no point moves). */
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

/** Work buffers for one `kmeans` call, shared by its restarts. */
interface Workspace {
  rows: number;
  cols: number;
  k: number;
  centroids: Float64Array;
  previous: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  shift: Float64Array;
  halfGap: Float64Array;
  upper: Float64Array;
  lower: Float64Array;
  labels: Int32Array;
  /** k-means++: squared distance of each row to its closest chosen centre. */
  closest: Float64Array;
}

interface RunOutcome {
  iterations: number;
  converged: boolean;
  inertia: number;
}

/** Clusters `rows` points of `cols` features (row-major in `points`) into `options.k` groups. See the file doc. */
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
  const toleranceSquared = tolerance * meanColumnVariance(points, rows, cols);
  const ws = createWorkspace(rows, cols, k);

  if (options.initialCentroids) {
    for (let j = 0; j < k; j++) {
      for (let f = 0; f < cols; f++) ws.centroids[j * cols + f] = options.initialCentroids[j][f];
    }
    const outcome = refine(points, ws, maxIterations, toleranceSquared);
    return toResult(ws.labels, ws.centroids, k, cols, outcome);
  }

  const restarts = Math.max(1, Math.floor(options.restarts ?? KMEANS_DEFAULTS.restarts));
  const random = createRandom(options.seed ?? KMEANS_DEFAULTS.seed);
  if (rows > RESTART_SAMPLE_THRESHOLD) {
    // Larger data: seed and restart on a sample, then one exact run on all rows from the best sample centres.
    const sampleRows = restartSampleRows(rows);
    const sample = gatherRows(points, cols, sampleIndices(random, rows, sampleRows));
    const sampleWs = createWorkspace(sampleRows, cols, k);
    const best = bestOfRestarts(sample, sampleWs, random, restarts, maxIterations, toleranceSquared);
    ws.centroids.set(best.centroids);
    const outcome = refine(points, ws, maxIterations, toleranceSquared);
    return toResult(ws.labels, ws.centroids, k, cols, outcome);
  }
  const best = bestOfRestarts(points, ws, random, restarts, maxIterations, toleranceSquared);
  return toResult(best.labels, best.centroids, k, cols, best.outcome);
}

/**
 * Above this many rows, k-means++ seeding and the restarts run on a seeded sample (the idea of scikit-learn's
 * `init_size`): each restart costs a seeding (k · (2 + ln k) passes) plus a full Lloyd run, which would dominate
 * on large data, while a sample of a few thousand rows already places the centres in the right basin; the final
 * run on all rows is exact Lloyd from the best sample centres (and usually needs few iterations).
 */
export const RESTART_SAMPLE_THRESHOLD = 4096;

/** Sample size for the restarts: an eighth of the rows, at least 4 096 and at most 32 768. */
export function restartSampleRows(rows: number): number {
  return Math.min(rows, Math.max(RESTART_SAMPLE_THRESHOLD, Math.min(32_768, Math.ceil(rows / 8))));
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
  const centroids = new Float64Array(ws.k * ws.cols);
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

function gatherRows(points: Float64Array, cols: number, indices: Int32Array): Float64Array {
  const out = new Float64Array(indices.length * cols);
  for (let s = 0; s < indices.length; s++) {
    const from = indices[s] * cols;
    for (let f = 0; f < cols; f++) out[s * cols + f] = points[from + f];
  }
  return out;
}

function validate(points: Float64Array, rows: number, cols: number, options: KMeansOptions): void {
  const fail = (en: string, es: string): never => {
    throw new CoreError("kmeans-bad-input", { en, es });
  };
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    fail(
      `k-means needs at least one row and one column (got ${rows} rows × ${cols} columns).`,
      `k-means necesita al menos una fila y una columna (hay ${rows} filas × ${cols} columnas).`,
    );
  }
  if (points.length !== rows * cols) {
    fail(
      `k-means got ${points.length} values for ${rows} rows × ${cols} columns; pass rows × columns values, row after row.`,
      `k-means recibió ${points.length} valores para ${rows} filas × ${cols} columnas; pase filas × columnas valores, fila tras fila.`,
    );
  }
  const k = options.k;
  if (!Number.isInteger(k) || k < 1 || k > rows) {
    fail(
      `The number of clusters k must be a whole number from 1 to the number of rows (${rows}); got ${k}.`,
      `El número de grupos k debe ser un entero entre 1 y el número de filas (${rows}); se recibió ${k}.`,
    );
  }
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i])) {
      const row = Math.floor(i / cols) + 1;
      fail(
        `k-means needs finite numbers: row ${row}, column ${(i % cols) + 1} is ${points[i]}. Fill or drop missing values first.`,
        `k-means necesita números finitos: la fila ${row}, columna ${(i % cols) + 1} es ${points[i]}. Complete o quite los valores que faltan.`,
      );
    }
  }
  const initial = options.initialCentroids;
  if (initial) {
    if (
      initial.length !== k ||
      initial.some((c) => c.length !== cols || c.some((v) => !Number.isFinite(v)))
    ) {
      fail(
        `initialCentroids must be ${k} arrays of ${cols} finite numbers.`,
        `initialCentroids debe ser ${k} listas de ${cols} números finitos.`,
      );
    }
  }
}

function createWorkspace(rows: number, cols: number, k: number): Workspace {
  return {
    rows,
    cols,
    k,
    centroids: new Float64Array(k * cols),
    previous: new Float64Array(k * cols),
    sums: new Float64Array(k * cols),
    counts: new Float64Array(k),
    shift: new Float64Array(k),
    halfGap: new Float64Array(k),
    upper: new Float64Array(rows),
    lower: new Float64Array(rows),
    labels: new Int32Array(rows),
    closest: new Float64Array(rows),
  };
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

/** Squared distance between row `i` of `points` and centre `j` of `centroids`. */
function distanceSquared(
  points: Float64Array,
  i: number,
  centroids: Float64Array,
  j: number,
  cols: number,
): number {
  let sum = 0;
  const a = i * cols;
  const b = j * cols;
  for (let f = 0; f < cols; f++) {
    const delta = points[a + f] - centroids[b + f];
    sum += delta * delta;
  }
  return sum;
}

/**
 * Greedy k-means++ seeding into `ws.centroids`. Candidates are drawn with probability proportional to the
 * squared distance to the closest centre chosen so far; the one that lowers the total most is kept. When all
 * points already sit on chosen centres (fewer distinct points than k), a random point is repeated.
 */
function seedPlusPlus(points: Float64Array, ws: Workspace, random: RandomSource): void {
  const { rows, cols, k, centroids, closest } = ws;
  const trials = 2 + Math.floor(Math.log(k));
  const candidates = new Int32Array(trials);
  const targets = new Float64Array(trials);
  const potentials = new Float64Array(trials);
  copyRow(points, randomIndex(random, rows), centroids, 0, cols);
  let potential = 0;
  for (let i = 0; i < rows; i++) {
    closest[i] = distanceSquared(points, i, centroids, 0, cols);
    potential += closest[i];
  }
  for (let c = 1; c < k; c++) {
    if (!(potential > 0)) {
      copyRow(points, randomIndex(random, rows), centroids, c, cols);
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
    potentials.fill(0);
    for (let i = 0; i < rows; i++) {
      const own = closest[i];
      for (let s = 0; s < trials; s++) {
        const d = distanceToRow(points, i, candidates[s], cols);
        potentials[s] += d < own ? d : own;
      }
    }
    let bestTrial = 0;
    for (let s = 1; s < trials; s++) if (potentials[s] < potentials[bestTrial]) bestTrial = s;
    copyRow(points, candidates[bestTrial], centroids, c, cols);
    potential = 0;
    for (let i = 0; i < rows; i++) {
      const d = distanceSquared(points, i, centroids, c, cols);
      if (d < closest[i]) closest[i] = d;
      potential += closest[i];
    }
  }
}

function distanceToRow(points: Float64Array, i: number, other: number, cols: number): number {
  let sum = 0;
  const a = i * cols;
  const b = other * cols;
  for (let f = 0; f < cols; f++) {
    const delta = points[a + f] - points[b + f];
    sum += delta * delta;
  }
  return sum;
}

function copyRow(points: Float64Array, row: number, centroids: Float64Array, j: number, cols: number): void {
  for (let f = 0; f < cols; f++) centroids[j * cols + f] = points[row * cols + f];
}

/** Assigns every row to its closest centre (lowest index on ties), setting both Hamerly bounds exactly. */
function assignAll(points: Float64Array, ws: Workspace): void {
  const { rows, cols, k, centroids, labels, upper, lower } = ws;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0; j < k; j++) {
      const d = distanceSquared(points, i, centroids, j, cols);
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    labels[i] = best;
    upper[i] = Math.sqrt(bestDistance);
    lower[i] = Math.sqrt(second);
  }
}

/** Recomputes `sums`/`counts` from the labels (exact, in row order) and sets each centre to its mean. */
function updateMeans(points: Float64Array, ws: Workspace): void {
  const { rows, cols, sums, counts, labels } = ws;
  sums.fill(0);
  counts.fill(0);
  for (let i = 0; i < rows; i++) {
    const j = labels[i];
    counts[j] += 1;
    const a = i * cols;
    const b = j * cols;
    for (let f = 0; f < cols; f++) sums[b + f] += points[a + f];
  }
  meansFromSums(ws);
}

/** Each centre = its running sum / count; an empty cluster keeps its centre. O(k · cols). */
function meansFromSums(ws: Workspace): void {
  const { cols, k, centroids, sums, counts } = ws;
  for (let j = 0; j < k; j++) {
    if (counts[j] === 0) continue;
    const b = j * cols;
    for (let f = 0; f < cols; f++) centroids[b + f] = sums[b + f] / counts[j];
  }
}

/**
 * Refills each empty cluster with the row farthest from its own centre, taken from a cluster of 2+ rows.
 * Rare (seeding avoids it), so the O(rows · cols) scan per empty cluster does not matter.
 */
function recoverEmptyClusters(points: Float64Array, ws: Workspace): void {
  const { rows, cols, k, centroids, sums, counts, labels, upper, lower } = ws;
  for (let empty = 0; empty < k; empty++) {
    if (counts[empty] !== 0) continue;
    let farthest = -1;
    let farthestDistance = 0;
    for (let i = 0; i < rows; i++) {
      if (counts[labels[i]] < 2) continue;
      const d = distanceSquared(points, i, centroids, labels[i], cols);
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
      sums[donor * cols + f] -= points[a + f];
      sums[empty * cols + f] = points[a + f];
      centroids[donor * cols + f] = sums[donor * cols + f] / counts[donor];
      centroids[empty * cols + f] = points[a + f];
    }
    labels[farthest] = empty;
    // Valid (loose) bounds; the point is re-examined next pass.
    upper[farthest] = 0;
    lower[farthest] = 0;
  }
}

/** Lloyd iterations with Hamerly's bounds from the centres in `ws.centroids`. Leaves labels and means in `ws`. */
function refine(
  points: Float64Array,
  ws: Workspace,
  maxIterations: number,
  toleranceSquared: number,
): RunOutcome {
  const { rows, cols, k, centroids, previous, shift, halfGap, labels, upper, lower, sums, counts } = ws;
  assignAll(points, ws);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    previous.set(centroids);
    // Sums are computed once, then kept up to date as rows move: later iterations cost O(rows) when few move.
    if (iterations === 1) updateMeans(points, ws);
    else meansFromSums(ws);
    recoverEmptyClusters(points, ws);
    let largest = 0;
    let secondLargest = 0;
    let largestAt = -1;
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let f = 0; f < cols; f++) {
        const delta = centroids[j * cols + f] - previous[j * cols + f];
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
    for (let j = 0; j < k; j++) {
      let nearest = Infinity;
      for (let other = 0; other < k; other++) {
        if (other === j) continue;
        let sum = 0;
        for (let f = 0; f < cols; f++) {
          const delta = centroids[j * cols + f] - centroids[other * cols + f];
          sum += delta * delta;
        }
        if (sum < nearest) nearest = sum;
      }
      halfGap[j] = 0.5 * Math.sqrt(nearest);
    }
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      const own = labels[i];
      let bound = (upper[i] += shift[own]);
      const low = (lower[i] -= own === largestAt ? secondLargest : largest);
      const floor = halfGap[own] > low ? halfGap[own] : low;
      if (bound <= floor) continue;
      bound = Math.sqrt(distanceSquared(points, i, centroids, own, cols));
      upper[i] = bound;
      if (bound <= floor) continue;
      let best = 0;
      let bestDistance = Infinity;
      let second = Infinity;
      for (let j = 0; j < k; j++) {
        const d = distanceSquared(points, i, centroids, j, cols);
        if (d < bestDistance) {
          second = bestDistance;
          bestDistance = d;
          best = j;
        } else if (d < second) second = d;
      }
      upper[i] = Math.sqrt(bestDistance);
      lower[i] = Math.sqrt(second);
      if (best !== own) {
        labels[i] = best;
        changed++;
        counts[own] -= 1;
        counts[best] += 1;
        const a = i * cols;
        for (let f = 0; f < cols; f++) {
          sums[own * cols + f] -= points[a + f];
          sums[best * cols + f] += points[a + f];
        }
      }
    }
    if (changed === 0) {
      converged = true;
      break;
    }
  }
  // Exact means of the final labels (running sums drift by rounding; a cap may stop between the two steps).
  updateMeans(points, ws);
  recoverEmptyClusters(points, ws);
  let inertia = 0;
  for (let i = 0; i < rows; i++) inertia += distanceSquared(points, i, centroids, labels[i], cols);
  return { iterations, converged, inertia };
}

function toResult(
  labels: Int32Array,
  centroids: Float64Array,
  k: number,
  cols: number,
  outcome: RunOutcome,
): KMeansResult {
  const rowsOfCentroids: number[][] = [];
  for (let j = 0; j < k; j++) rowsOfCentroids.push(Array.from(centroids.subarray(j * cols, (j + 1) * cols)));
  return {
    labels: labels.slice(),
    centroids: rowsOfCentroids,
    inertia: outcome.inertia,
    iterations: outcome.iterations,
    converged: outcome.converged,
  };
}
