/**
 * Clusters: k-means on the scaled customer features (see cluster-features.ts), with automatic k, profile names
 * and a stable order.
 *
 * - k: given by the caller, or chosen by `chooseClusterK` (also used by CMAP.CLUSTER, so both agree): for each
 *   k in 2..8, k-means on a seeded sample of up to `SILHOUETTE_SAMPLE` customers; a k is **usable** when its
 *   largest cluster holds at most `MAX_CLUSTER_SHARE` (80 %) of the sample, every cluster has its own profile
 *   (no two centres share the same high/low pattern, see below) and its mean silhouette reaches
 *   `MIN_SILHOUETTE` (0.25, below which Kaufman & Rousseeuw find "no substantial structure"). The usable k
 *   with the highest silhouette wins (ties → the smaller k). When no k is usable the data has **no clear
 *   groups**: everyone goes into one group that says so, instead of one 97 % "typical" group beside a
 *   sliver. Every k's silhouette and largest share are reported in the settings. k never exceeds the
 *   distinct profiles in the sample.
 * - The final fit runs on all customers: k-means++ with restarts and the fixed default seed (stored).
 * - Order: clusters sorted by mean revenue, highest first (then size, then first member), so the same data
 *   gives the same cluster numbers and colors. Empty clusters (k above the distinct profiles) are dropped and
 *   the note says so.
 * - Names: a cluster's centre is compared with the population on each feature, in population standard
 *   deviations of the scaled feature; the (up to) three largest differences of at least 0.5 name it, e.g.
 *   "High value, low margin, declining"; none → "Typical profile". Duplicate names get " (2)", " (3)" (only
 *   possible with a k fixed by the user). Each gets a concrete action from the seeds' list (`clusterAction`).
 * - Protected attributes are never used; the note says which were left out.
 *
 * Cost: feature matrix O(n · features); k selection O(m² · features) on the sample; final fit see kmeans.ts.
 */
import { NOUNS } from "../glossary";
import { CoreError } from "../errors";
import type { CustomerData } from "../model";
import { createRandom, DEFAULT_SEED, sampleIndices } from "../random";
import type { Lang, Localized } from "../types";
import { buildFeatureMatrix, type FeatureMatrix } from "./cluster-features";
import {
  type CurrencyCode,
  formatChange,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
} from "../format";
import { kmeans, KMEANS_DEFAULTS, type KMeansResult } from "./kmeans";
import { clusterColor } from "./palette";
import { PORTFOLIO_SEGMENTS } from "./portfolio-map";
import { noReasons, type SegmentationDraft, type SegmentDefinition } from "./segmentation-builder";
import { meanSilhouettes } from "./silhouette";
import { capitalize } from "../text";
import type { MethodDescriptor } from "./method-registry";
import { listIn, localize, tr, type TextLang } from "../language";
import { texts } from "../../i18n/texts";

const SILHOUETTE_SAMPLE = 1500;
export const AUTO_K_MIN = 2;
export const AUTO_K_MAX = 8;
/** A centre this many population standard deviations away from the mean on a feature names the cluster. */
const DESCRIPTOR_MIN_EFFECT = 0.5;
/** Automatic k rejects a split whose largest cluster holds more than this share of the customers. */
export const MAX_CLUSTER_SHARE = 0.8;
/** Automatic k rejects a split whose mean silhouette is below this (no substantial structure). */
const MIN_SILHOUETTE = 0.25;

interface ClusterOptions {
  seed?: number;
  k?: number;
  restarts?: number;
  includeProtected?: boolean;
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (default true); false leaves one shared empty reason per customer. */
  explain?: boolean;
  /** The data's currency for money in the reasons ("€33,068" / "33.068 €"); none: the bare number. */
  currency?: CurrencyCode | null;
}

function segmentClusters(data: CustomerData, options: ClusterOptions = {}): SegmentationDraft {
  const seed = options.seed ?? DEFAULT_SEED;
  const restarts = options.restarts ?? KMEANS_DEFAULTS.restarts;
  const n = data.count;
  const givenK = options.k;
  if (givenK !== undefined && (!Number.isInteger(givenK) || givenK < 1 || givenK > Math.max(1, n))) {
    throw new CoreError(
      "clusters-bad-k",
      texts((t) => t.segment.clusters.numberOfClusters(n, givenK)),
      "k",
    );
  }
  const features = buildFeatureMatrix(data);
  const notes: Localized[] = [];
  const settings: Record<string, number | string | boolean> = {
    seed,
    restarts,
    protectedAttributesUsed: false,
  };
  protectedNote(data, options.includeProtected === true, notes);
  featureNotes(features, notes, settings);

  // k-means++ and the k sample draw rows by position: fitting on the customers in id order makes the map
  // independent of the order the rows came in (a re-sorted sheet, or DuckDB's table, gives the same groups).
  const byId = idOrder(data.ids);
  let labels: Int32Array;
  let centroids: number[][];
  let k: number;
  let noClearGroups = false;
  if (features.cols === 0 || n < 2) {
    k = 1;
    labels = new Int32Array(n);
    centroids = [new Array<number>(features.cols).fill(0)];
    settings.kMode = "single";
    notes.push(texts((t) => t.segment.clusters.tooLittleVariation));
  } else {
    const points = rowsInOrder(features.points, features.cols, byId);
    if (options.k !== undefined) {
      k = options.k;
      settings.kMode = "fixed";
    } else {
      const choice = chooseClusterK(points, n, features.cols, { seed, restarts });
      k = choice.k;
      recordChoice(choice, settings, notes);
      settings.kMode = choice.noClearGroups ? "no-clear-groups" : "auto";
      noClearGroups = choice.noClearGroups;
    }
    const fit = kmeans(points, n, features.cols, { k, seed, restarts });
    if (byId === null) labels = fit.labels;
    else {
      labels = new Int32Array(n);
      for (let j = 0; j < n; j++) labels[byId[j]] = fit.labels[j];
    }
    centroids = fit.centroids;
    settings.iterations = fit.iterations;
    settings.converged = fit.converged;
    settings.inertia = fit.inertia;
  }

  // Stable order: mean revenue desc, then size desc, then the smallest customer id (not row order, see above).
  const sizes = new Float64Array(k);
  const revenueSums = new Float64Array(k);
  const firstMember = new Float64Array(k).fill(Infinity);
  let rankById: Int32Array | null = null;
  if (byId !== null) {
    rankById = new Int32Array(n);
    for (let rank = 0; rank < n; rank++) rankById[byId[rank]] = rank;
  }
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c] += 1;
    revenueSums[c] += data.revenue[i];
    const rank = rankById === null ? i : rankById[i];
    if (rank < firstMember[c]) firstMember[c] = rank;
  }
  const kept = [...Array(k).keys()].filter((c) => sizes[c] > 0);
  kept.sort(
    (a, b) =>
      revenueSums[b] / sizes[b] - revenueSums[a] / sizes[a] ||
      sizes[b] - sizes[a] ||
      firstMember[a] - firstMember[b],
  );
  if (kept.length < k) {
    notes.push(
      texts((t, textLang) =>
        t.segment.clusters.emptyClustersDropped(
          formatCount(kept.length, NOUNS.profile, textLang),
          k,
          formatCount(k - kept.length, NOUNS.emptyGroup, textLang),
        ),
      ),
    );
  }
  const newIndex = new Int32Array(k).fill(-1);
  kept.forEach((c, position) => (newIndex[c] = position));
  const assignment = new Int32Array(n);
  for (let i = 0; i < n; i++) assignment[i] = newIndex[labels[i]];
  const orderedCentroids = kept.map((c) => centroids[c]);
  settings.k = kept.length;

  const definitions = noClearGroups ? [NO_CLEAR_GROUPS] : nameClusters(features, orderedCentroids);
  const { reasons, distances } = clusterReasons(
    features,
    assignment,
    orderedCentroids,
    definitions,
    options.explain ?? true,
    options.currency ?? null,
  );
  return {
    definitions,
    assignment,
    reasons,
    thresholds: [],
    settings,
    notes,
    extraColumns: [
      {
        id: "clusterDistance",
        header: texts((t) => t.segment.clusters.header),
        format: "number",
        values: Array.from(distances),
      },
    ],
  };
}

/**
 * Customer positions sorted by id (code-unit order: the same on every machine; ties keep row order), or null
 * when the ids are already in that order (sheets and tables sorted by id, common): one O(n) check instead of an
 * O(n log n) sort of strings, and no reordering copies.
 */
function idOrder(ids: readonly string[]): Int32Array | null {
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) if (ids[i - 1] > ids[i]) sorted = false;
  if (sorted) return null;
  // A plain array: its sort (TimSort) takes runs that are already in order in one sweep; ties → row order.
  const order = Array.from(ids.keys());
  order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  return Int32Array.from(order);
}

/** The rows of a row-major matrix in the given order (a copy; the matrix itself for the identity order). */
function rowsInOrder(points: Float64Array, cols: number, order: Int32Array | null): Float64Array {
  if (order === null) return points;
  const result = new Float64Array(points.length);
  for (let j = 0; j < order.length; j++) {
    const from = order[j] * cols;
    const to = j * cols;
    for (let f = 0; f < cols; f++) result[to + f] = points[from + f];
  }
  return result;
}

/** One k tried by `chooseClusterK`, on the sample. */
interface KTrial {
  k: number;
  silhouette: number;
  /** Share of the sample in the largest cluster. */
  largestShare: number;
  /** Every cluster's high/low pattern differs from the others'. */
  distinctProfiles: boolean;
  usable: boolean;
}

interface KChoice {
  /** The chosen k; 1 when there are no clear groups (or a single profile). */
  k: number;
  noClearGroups: boolean;
  sampleSize: number;
  distinctRows: number;
  tried: KTrial[];
}

/**
 * The automatic choice of k (see the module doc), on a row-major matrix of already scaled features. Shared by
 * the clusters method and CMAP.CLUSTER so the two always agree. `random` continues an existing seeded stream
 * (default: a new one from `seed`). Cost O(m² · cols) for the sample's distances plus one k-means per k; O(m)
 * memory for the silhouettes (no m × m matrix).
 */
export function chooseClusterK(
  points: Float64Array,
  rows: number,
  cols: number,
  options: { seed: number; restarts?: number; random?: () => number },
): KChoice {
  const random = options.random ?? createRandom(options.seed);
  const indices = sampleIndices(random, rows, SILHOUETTE_SAMPLE);
  const m = indices.length;
  const sample = new Float64Array(m * cols);
  for (let s = 0; s < m; s++) {
    for (let f = 0; f < cols; f++) sample[s * cols + f] = points[indices[s] * cols + f];
  }
  const distinct = countDistinctRows(sample, m, cols);
  const kMax = Math.min(AUTO_K_MAX, distinct, m);
  const tried: KTrial[] = [];
  if (kMax < AUTO_K_MIN) return { k: 1, noClearGroups: false, sampleSize: m, distinctRows: distinct, tried };
  const { mean, deviation } = columnMoments(sample, m, cols);
  const fits: KMeansResult[] = [];
  for (let k = AUTO_K_MIN; k <= kMax; k++) {
    fits.push(kmeans(sample, m, cols, { k, seed: options.seed, restarts: options.restarts }));
  }
  // All the k's silhouettes in one sweep over the sample's distances (see meanSilhouettes).
  const silhouettes = meanSilhouettes(
    sample,
    m,
    cols,
    fits.map((fit, at) => ({ labels: fit.labels, k: AUTO_K_MIN + at })),
  );
  let best: KTrial | null = null;
  for (let at = 0; at < fits.length; at++) {
    const fit = fits[at];
    const k = AUTO_K_MIN + at;
    const silhouette = silhouettes[at];
    const sizes = new Float64Array(k);
    for (let i = 0; i < m; i++) sizes[fit.labels[i]]++;
    const largestShare = Math.max(...sizes) / m;
    const patterns = new Set<string>();
    let nonEmpty = 0;
    fit.centroids.forEach((centre, c) => {
      if (sizes[c] === 0) return;
      nonEmpty++;
      patterns.add(profilePattern(centre, mean, deviation));
    });
    const distinctProfiles = patterns.size === nonEmpty;
    const usable = largestShare <= MAX_CLUSTER_SHARE && distinctProfiles && silhouette >= MIN_SILHOUETTE;
    const trial = { k, silhouette, largestShare, distinctProfiles, usable };
    tried.push(trial);
    if (usable && (best === null || silhouette > best.silhouette + 1e-12)) best = trial;
  }
  return best
    ? { k: best.k, noClearGroups: false, sampleSize: m, distinctRows: distinct, tried }
    : { k: 1, noClearGroups: true, sampleSize: m, distinctRows: distinct, tried };
}

/** Per-feature mean and population standard deviation of a row-major matrix. */
function columnMoments(
  points: Float64Array,
  rows: number,
  cols: number,
): { mean: Float64Array; deviation: Float64Array } {
  const mean = new Float64Array(cols);
  const deviation = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let f = 0; f < cols; f++) mean[f] += points[i * cols + f];
  for (let f = 0; f < cols; f++) mean[f] /= Math.max(1, rows);
  for (let i = 0; i < rows; i++) {
    for (let f = 0; f < cols; f++) deviation[f] += (points[i * cols + f] - mean[f]) ** 2;
  }
  for (let f = 0; f < cols; f++) deviation[f] = Math.sqrt(deviation[f] / Math.max(1, rows));
  return { mean, deviation };
}

/** The effect of a centre on each feature, in standard deviations (0 for a constant feature). */
function effectsOf(centre: readonly number[], mean: Float64Array, deviation: Float64Array): number[] {
  return centre.map((v, f) => (deviation[f] > 0 ? (v - mean[f]) / deviation[f] : 0));
}

/** "+0-": per feature, whether the centre stands out above (+) or below (-) the population, or not (0). */
function profilePattern(centre: readonly number[], mean: Float64Array, deviation: Float64Array): string {
  return effectsOf(centre, mean, deviation)
    .map((e) => (e >= DESCRIPTOR_MIN_EFFECT ? "+" : e <= -DESCRIPTOR_MIN_EFFECT ? "-" : "0"))
    .join("");
}

/** Settings and notes for an automatic choice. */
function recordChoice(
  choice: KChoice,
  settings: Record<string, number | string | boolean>,
  notes: Localized[],
): void {
  settings.silhouetteSampleSize = choice.sampleSize;
  for (const trial of choice.tried) {
    settings[`silhouetteK${trial.k}`] = trial.silhouette;
    settings[`largestShareK${trial.k}`] = trial.largestShare;
  }
  const m = choice.sampleSize;
  if (choice.tried.length === 0) {
    notes.push(texts((t) => t.segment.clusters.sameProfileOneCluster));
    return;
  }
  const list = texts((t, textLang) =>
    choice.tried
      .map((trial) =>
        (trial.distinctProfiles ? t.segment.clusters.trial : t.segment.clusters.trialRepeatedProfiles)(
          trial.k,
          formatNumber(trial.silhouette, textLang, 2),
          formatPercent(trial.largestShare, textLang, 0),
        ),
      )
      .join("; "),
  );
  const share = localize((lang) => formatPercent(MAX_CLUSTER_SHARE, lang, 0));
  const floor = localize((lang) => formatNumber(MIN_SILHOUETTE, lang, 2));
  if (choice.noClearGroups) {
    notes.push(
      texts((t, textLang) =>
        t.segment.clusters.noClearGroupsIn(
          m,
          choice.tried.length + 1,
          share[textLang],
          floor[textLang],
          list[textLang],
        ),
      ),
    );
    return;
  }
  const chosen = choice.tried.find((t) => t.k === choice.k)!;
  settings.meanSilhouette = chosen.silhouette;
  notes.push(
    texts((t, textLang) =>
      t.segment.clusters.kChosenAutomatically(choice.k, m, share[textLang], list[textLang]),
    ),
  );
  if (choice.tried.length + 1 < AUTO_K_MAX) {
    notes.push(
      texts((t, textLang) =>
        t.segment.clusters.fewDistinctProfiles(
          formatCount(choice.distinctRows, NOUNS.profile, textLang),
          choice.tried.length + 1,
        ),
      ),
    );
  }
}

/** The single group of data without clear groups: says so, and points to the methods that still apply. */
const NO_CLEAR_GROUPS: SegmentDefinition = {
  id: "no-clear-groups",
  name: texts((t) => t.segment.clusters.noClearGroupsName),
  action: texts((t) => t.segment.clusters.noClearGroupsAction),
  color: clusterColor(0),
};

/** Distinct rows of a small sample (sort-free: string keys; only used on ≤ SILHOUETTE_SAMPLE rows). */
function countDistinctRows(points: Float64Array, rows: number, cols: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < rows; i++) seen.add(Array.from(points.subarray(i * cols, (i + 1) * cols)).join(","));
  return seen.size;
}

function protectedNote(data: CustomerData, includeProtected: boolean, notes: Localized[]): void {
  if (data.protectedColumns.length === 0) return;
  const list = (textLang: TextLang) => listIn(textLang, data.protectedColumns);
  notes.push(
    includeProtected
      ? texts((t, textLang) => t.segment.clusters.protectedRequestedButEmpty(list(textLang)))
      : texts((t, textLang) => t.segment.clusters.protectedLeftOut(list(textLang))),
  );
}

function featureNotes(
  features: FeatureMatrix,
  notes: Localized[],
  settings: Record<string, number | string | boolean>,
): void {
  // Machine text: the settings record (history sheet, JSON) keeps feature ids, not names.
  settings.features = features.specs.map((s) => s.id).join(", ");
  settings.transforms = features.specs
    .map((s, f) => `${s.id}: ${features.logged[f] ? "log1p, " : ""}median/IQR`)
    .join("; ");
  if (features.cols > 0) {
    notes.push(
      texts((t, textLang) =>
        t.segment.clusters.clusteredOn(
          listIn(
            textLang,
            features.specs.map((s) => s.label[textLang]),
          ),
        ),
      ),
    );
  }
  if (features.dropped.length > 0) {
    notes.push(
      texts((t, textLang) =>
        t.segment.clusters.constantFeaturesLeftOut(
          listIn(
            textLang,
            features.dropped.map((label) => label[textLang]),
          ),
        ),
      ),
    );
  }
  features.specs.forEach((spec, f) => {
    if (features.imputed[f] > 0) {
      notes.push(
        texts((t, textLang) =>
          t.segment.clusters.medianForMissing(
            spec.label[textLang],
            formatCount(features.imputed[f], NOUNS.customer, textLang),
          ),
        ),
      );
    }
  });
}

/** Names and actions from each centre's profile against the population (see file doc). */
function nameClusters(features: FeatureMatrix, centroids: number[][]): SegmentDefinition[] {
  const { rows, cols, points, specs } = features;
  const { mean, deviation } = columnMoments(points, rows, cols);
  const used = new Map<string, number>();
  return centroids.map((centre, c) => {
    const all = effectsOf(centre, mean, deviation);
    const effects = specs
      .map((spec, f) => ({ f, spec, effect: all[f] }))
      .filter((e) => Math.abs(e.effect) >= DESCRIPTOR_MIN_EFFECT)
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.f - b.f)
      .slice(0, 3)
      .sort((a, b) => a.f - b.f);
    const words = effects.map((e) => (e.effect > 0 ? e.spec.high : e.spec.low));
    // "High value, frequent, recent buyers": a phrase, not a list of tags.
    const phrase = (lang: TextLang): string =>
      words
        .map((w, t) => (t === 0 ? tr(w, lang) : tr(w, lang)[0].toLowerCase() + tr(w, lang).slice(1)))
        .join(", ");
    let name: Localized =
      words.length > 0 ? localize(phrase) : texts((t) => t.segment.clusters.typicalProfile);
    // Equal names come from equal profiles (the features that stand out, and which way): counted by profile.
    const profile = effects.map((e) => `${e.spec.id}${e.effect > 0 ? "+" : "-"}`).join(",");
    const seen = (used.get(profile) ?? 0) + 1;
    used.set(profile, seen);
    if (seen > 1) name = texts((t, textLang) => t.segment.clusters.numberedName(name[textLang], seen));
    const direction = (id: string): number => {
      const e = effects.find((x) => x.spec.id === id);
      return e ? Math.sign(e.effect) : 0;
    };
    return {
      id: `cluster-${c + 1}`,
      name,
      action: clusterAction(direction),
      color: clusterColor(c),
    };
  });
}

/**
 * A concrete action for a profile, from the seeds' list (KBOX: fidelización, optimizar rentabilidad,
 * desarrollar el cliente, reactivación; plus mantener), first match wins:
 * losing ground (declining or long silent) → re-engage; high value with good margin → loyalty; high value
 * with low margin → optimise profitability; growing → develop the customer; frequent → loyalty; high margin →
 * develop (cross-sell, frequency); newer → develop the customer; everything else, the typical profile
 * included → maintain at low cost.
 */
function clusterAction(direction: (id: string) => number): Localized {
  const byId = (id: string): Localized => PORTFOLIO_SEGMENTS.find((s) => s.id === id)!.action;
  if (direction("trend") < 0 || direction("recencyDays") > 0) return byId("at-risk");
  const value = direction("revenue");
  const margin = direction("marginPercent");
  if (value > 0 && margin >= 0) return byId("strategic");
  if (value > 0 && margin < 0) return byId("high-volume-low-margin");
  if (direction("trend") > 0) return byId("growth-potential");
  if (value >= 0 && direction("purchases") > 0 && margin >= 0) return byId("strategic");
  if (margin > 0) return byId("low-volume-high-margin");
  if (direction("tenureDays") < 0) return byId("growth-potential");
  return byId("maintain");
}

/**
 * Each customer's distance to its own cluster centre and, when `explain`, its reason (the distance, the next
 * closest cluster and its raw values). Cost O(n × k × features) plus the reasons' strings.
 */
function clusterReasons(
  features: FeatureMatrix,
  assignment: Int32Array,
  centroids: number[][],
  definitions: SegmentDefinition[],
  explain: boolean,
  currency: CurrencyCode | null,
): { reasons: Localized[]; distances: Float64Array } {
  const { rows, cols, points, specs, raw } = features;
  const k = centroids.length;
  const flat = new Float64Array(k * cols);
  centroids.forEach((centre, c) => centre.forEach((v, f) => (flat[c * cols + f] = v)));
  const reasons: Localized[] = explain ? new Array(rows) : noReasons(rows);
  const distances = new Float64Array(rows);
  // Per feature, computed once: its label as it appears in reasons and whether it is shown as a percentage.
  const labels: Localized[] = specs.map((spec) => localize((lang) => tr(spec.label, lang).toLowerCase()));
  const kinds: ValueKind[] = specs.map((spec) => VALUE_KIND_OF_FEATURE[spec.id] ?? "number");
  for (let i = 0; i < rows; i++) {
    const own = assignment[i];
    let ownDistance = 0;
    let next = -1;
    let nextDistance = Infinity;
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (let f = 0; f < cols; f++) {
        const d = points[i * cols + f] - flat[c * cols + f];
        sum += d * d;
      }
      const distance = Math.sqrt(sum);
      if (c === own) ownDistance = distance;
      else if (distance < nextDistance) {
        nextDistance = distance;
        next = c;
      }
    }
    distances[i] = ownDistance;
    if (!explain) continue;
    const name = definitions[own].name;
    if (next < 0) {
      reasons[i] = texts((t, textLang) =>
        t.segment.clusters.centreReason(
          name[textLang],
          formatNumber(ownDistance, textLang, 2),
          capitalize(describeValues(i, textLang, raw, labels, kinds, currency)),
        ),
      );
    } else {
      const nextName = definitions[next].name;
      reasons[i] = texts((t, textLang) =>
        t.segment.clusters.centreAndNextReason(
          name[textLang],
          formatNumber(ownDistance, textLang, 2),
          nextName[textLang],
          formatNumber(nextDistance, textLang, 2),
          capitalize(describeValues(i, textLang, raw, labels, kinds, currency)),
        ),
      );
    }
  }
  return { reasons, distances };
}

/** How a feature's raw value reads in a reason. */
type ValueKind = "percent" | "change" | "money" | "number";

/**
 * Features that are not plain numbers (ids of FEATURE_SPECS); the rest read as whole numbers (days included:
 * their label already says "days since ...").
 */
const VALUE_KIND_OF_FEATURE: Readonly<Record<string, ValueKind>> = {
  marginPercent: "percent",
  trend: "change",
  onlineShare: "percent",
  shareOfWallet: "percent",
  revenue: "money",
  costToServe: "money",
  acquisitionSpend: "money",
};

/** "revenue €1,234; margin % 25.0%; ...": customer `i`'s raw value of each feature, built without an array. */
function describeValues(
  i: number,
  lang: Lang,
  raw: FeatureMatrix["raw"],
  labels: Localized[],
  kinds: ValueKind[],
  currency: CurrencyCode | null,
): string {
  let text = "";
  for (let f = 0; f < labels.length; f++) {
    const v = raw[f][i];
    const kind = kinds[f];
    const value =
      kind === "percent"
        ? formatPercent(v, lang)
        : kind === "change"
          ? formatChange(v, lang)
          : kind === "money"
            ? formatMoney(v, { lang, currency })
            : formatNumber(v, lang, 0);
    text += f === 0 ? `${tr(labels[f], lang)} ${value}` : `; ${tr(labels[f], lang)} ${value}`;
  }
  return text;
}

/** Clusters in the method registry (method-registry.ts). */
export const clustersMethod: MethodDescriptor<"clusters"> = {
  id: "clusters",
  label: texts((t) => t.segment.clusters.clustersMethodLabel),
  name: texts((t) => t.segment.clusters.clustersMethodName),
  description: texts((t) => t.segment.clusters.clustersMethodDescription),
  argument: texts((t) => t.segment.clusters.clustersMethodArgument),
  aliases: ["cluster", "clustering", "k-means", "grupos", "grupo", "clústeres"],
  // Colors by rank (clusterColor): the groups are only known from the data.
  segmentColors: {},
  segmentStanding: {},
  thresholdIds: [],
  optionIds: ["k", "seed", "includeProtected"],
  // Cluster numbers follow each run's data: cluster-1 today is not last month's cluster-1.
  stableSegmentIds: false,
  segment: (data, options) => segmentClusters(data, options),
};
