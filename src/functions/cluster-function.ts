/**
 * CLUSTER(data, [k], [seed]): k-means cluster number (1..k) of each row of a block of numeric columns.
 *
 * - `data`: one row per customer, one numeric column per feature; a first row without numbers is a header
 *   (its result cell is the title "Cluster"/"Grupo"). Rows with a blank give "", rows with an Excel error
 *   give that error, other text gives #VALUE!; such rows take no part in the fit.
 * - Features are robust-scaled as the clusters method scales its own (`robustScale` in cluster-features.ts:
 *   minus the median, divided by the interquartile range, or the standard deviation when the IQR is 0) so
 *   money columns in thousands do not drown counts; constant columns are dropped.
 * - k: given (a whole number 1..rows), or the clusters method's own automatic choice (`chooseClusterK`: 2..8 on
 *   a seeded sample of up to 1,500 rows, rejecting splits with one group over 80 % of the rows, repeated
 *   profiles or a silhouette under 0.25). When no split qualifies the data has no clear groups: every row
 *   gets 1.
 * - Numbers are stable: cluster 1 is the cluster of the first usable row, 2 the next new one, and so on.
 * - Deterministic: the seed (default 42) drives k-means++ and the sample.
 *
 * Cost: O(rows × features × k × iterations) for the fit plus O(m² · features) for the silhouette sample.
 */
import { CoreError } from "../core/errors";
import { DEFAULT_SEED } from "../core/random";
import { robustScale, scaleValue } from "../core/segment/cluster-features";
import { chooseClusterK } from "../core/segment/clusters";
import { kmeans } from "../core/segment/kmeans";
import type { Lang, Localized } from "../core/types";
import {
  asGrid,
  CELL_NUMBER,
  problemCell,
  readNumberArgument,
  readOptionalNumber,
  type ResultCell,
  type ResultGrid,
} from "./cells";
import { isErrorValue } from "./excel-error";
import { parameterName } from "./function-catalog";
import { guard } from "./guard";
import { say, sayAll } from "./function-texts";

export function cluster(data: unknown, kInput: unknown, seedInput: unknown, lang: Lang): ResultGrid {
  return guard(lang, () => {
    const k = readOptionalNumber(kInput, NaN, parameterName("CLUSTER", 1), lang);
    if (isErrorValue(k)) return [[k]];
    const seed = readOptionalNumber(seedInput, DEFAULT_SEED, parameterName("CLUSTER", 2), lang);
    if (isErrorValue(seed)) return [[seed]];
    const grid = asGrid(data);
    const first = readNumberArgument([grid[0]], lang);
    let hasHeader = grid.length > 1;
    for (let c = 0; c < first.cols && hasHeader; c++) if (first.status[c] === CELL_NUMBER) hasHeader = false;
    if (hasHeader && first.invalid.size === 0) hasHeader = false; // an all-blank first row is data, not a header
    const body = hasHeader ? grid.slice(1) : grid;
    const matrix = readNumberArgument(body, lang);
    const { rows, cols } = matrix;
    const name = parameterName("CLUSTER", 0);
    const names = new Array<Localized>(cols).fill(name);
    const problems: (ResultCell | undefined)[] = new Array(rows);
    const usable: number[] = [];
    // problemCell reads each argument at its own flat index: the matrix serves as every column argument.
    const columnArgs = new Array(cols).fill(matrix);
    const indexes = new Array<number>(cols);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) indexes[c] = r * cols + c;
      const problem = problemCell(columnArgs, names, indexes, r + 1 + (hasHeader ? 1 : 0), lang);
      if (problem !== null) problems[r] = problem;
      else usable.push(r);
    }
    const n = usable.length;
    const out: ResultGrid = [];
    if (hasHeader) out.push([say("clusterTitle", lang)]);
    if (n === 0) {
      for (let r = 0; r < rows; r++) out.push([problems[r] ?? ""]);
      return out;
    }
    if (!Number.isNaN(k) && !(Number.isInteger(k) && k >= 1 && k <= n)) {
      throw new CoreError("cluster-bad-k", sayAll("clusterBadK", { k, rows: n }));
    }
    // The clusters method's robust scaling (cluster-features.ts), dropping constant columns.
    const kept: { column: number; center: number; spread: number }[] = [];
    const columnValues = new Float64Array(n);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < n; i++) columnValues[i] = matrix.values[usable[i] * cols + c];
      const scale = robustScale(columnValues);
      if (scale.spread > 0) kept.push({ column: c, ...scale });
    }
    const labels = new Int32Array(n);
    if (kept.length > 0 && n > 1) {
      const features = kept.length;
      const points = new Float64Array(n * features);
      for (let i = 0; i < n; i++) {
        for (let f = 0; f < features; f++) {
          const { column, center, spread } = kept[f];
          points[i * features + f] = scaleValue(matrix.values[usable[i] * cols + column], center, spread);
        }
      }
      // The clusters method's own choice (balance, distinct profiles, silhouette), so both always agree.
      const chosenK = Number.isNaN(k) ? chooseClusterK(points, n, features, { seed }).k : k;
      if (chosenK > 1) labels.set(kmeans(points, n, features, { k: chosenK, seed }).labels);
    }
    // Renumber by first appearance so the numbers do not depend on k-means' internal order.
    const renumber = new Map<number, number>();
    for (let i = 0; i < n; i++) if (!renumber.has(labels[i])) renumber.set(labels[i], renumber.size + 1);
    const bodyOut: ResultCell[][] = new Array(rows);
    for (let r = 0; r < rows; r++) bodyOut[r] = [problems[r] ?? ""];
    for (let i = 0; i < n; i++) bodyOut[usable[i]] = [renumber.get(labels[i])!];
    return out.concat(bodyOut);
  });
}
