import fc from "fast-check";
import { CoreError } from "../../../src/core/errors";
import { createRandom } from "../../../src/core/random";
import { kmeans } from "../../../src/core/segment/kmeans";

/** Plain textbook Lloyd, written independently: assign to nearest (lowest index on ties), recompute means. */
function textbookLloyd(
  points: number[][],
  start: number[][],
): { labels: number[]; centroids: number[][]; inertia: number } {
  let centroids = start.map((c) => c.slice());
  let labels: number[] = [];
  for (let iteration = 0; iteration < 1000; iteration++) {
    const next = points.map((p) => {
      let best = 0;
      let bestDistance = Infinity;
      centroids.forEach((c, j) => {
        const d = p.reduce((s, v, f) => s + (v - c[f]) ** 2, 0);
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      });
      return best;
    });
    const same = next.every((l, i) => l === labels[i]);
    labels = next;
    centroids = centroids.map((c, j) => {
      const members = points.filter((_, i) => labels[i] === j);
      if (members.length === 0) return c;
      return c.map((_, f) => members.reduce((s, p) => s + p[f], 0) / members.length);
    });
    if (same) break;
  }
  const inertia = points.reduce(
    (s, p, i) => s + p.reduce((t, v, f) => t + (v - centroids[labels[i]][f]) ** 2, 0),
    0,
  );
  return { labels, centroids, inertia };
}

function blobs(rows: number, cols: number, k: number, seed: number, spread: number): Float64Array {
  const random = createRandom(seed);
  const centres = Array.from({ length: k }, () => Array.from({ length: cols }, () => random() * 20 - 10));
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const c = centres[Math.floor(random() * k)];
    for (let f = 0; f < cols; f++) {
      const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      out[i * cols + f] = c[f] + spread * gaussian;
    }
  }
  return out;
}

function toRows(points: Float64Array, cols: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < points.length / cols; i++)
    rows.push(Array.from(points.subarray(i * cols, (i + 1) * cols)));
  return rows;
}

describe("kmeans", () => {
  test("two obvious groups: labels, centres and inertia checked by hand", () => {
    // (0,0),(0,1) around (0,0.5); (10,10),(10,11) around (10,10.5); each point 0.5 away → inertia 4 × 0.25 = 1.
    const result = kmeans(Float64Array.of(0, 0, 0, 1, 10, 10, 10, 11), 4, 2, { k: 2 });
    expect(result.inertia).toBeCloseTo(1, 12);
    expect(result.labels[0]).toBe(result.labels[1]);
    expect(result.labels[2]).toBe(result.labels[3]);
    expect(result.labels[0]).not.toBe(result.labels[2]);
    const centres = result.centroids.map((c) => c.join(",")).sort();
    expect(centres).toEqual(["0,0.5", "10,10.5"]);
    expect(result.converged).toBe(true);
  });

  test("agrees with a textbook Lloyd from the same start (inertia within 1e-9 relative, same labels)", () => {
    for (const [rows, cols, k, seed, spread] of [
      [400, 3, 4, 1, 3],
      [1000, 6, 5, 2, 4],
      [300, 2, 7, 3, 6],
      // One case per distance-kernel width: 1 and 4 features (width 4), 5 and 8 (width 8), 11 (plain loop).
      [500, 1, 3, 4, 2],
      [500, 4, 5, 5, 4],
      [600, 5, 6, 6, 4],
      [600, 8, 4, 7, 5],
      [400, 11, 5, 8, 5],
      // Enough rows that the first passes run plain (over 1 % of rows moving) and the last ones on bounds.
      [20_000, 6, 5, 10, 4],
    ]) {
      const points = blobs(rows, cols, k, seed, spread);
      const start = toRows(points, cols).slice(0, k);
      const ours = kmeans(points, rows, cols, {
        k,
        initialCentroids: start,
        tolerance: 0,
        maxIterations: 1000,
      });
      const reference = textbookLloyd(toRows(points, cols), start);
      expect(Math.abs(ours.inertia - reference.inertia) / reference.inertia).toBeLessThan(1e-9);
      expect(Array.from(ours.labels)).toEqual(reference.labels);
      ours.centroids.forEach((c, j) =>
        c.forEach((v, f) => expect(v).toBeCloseTo(reference.centroids[j][f], 9)),
      );
    }
  });

  test("same seed → same labels; the result does not depend on anything else", () => {
    const points = blobs(2000, 4, 5, 9, 3);
    const a = kmeans(points, 2000, 4, { k: 5, seed: 7 });
    const b = kmeans(points, 2000, 4, { k: 5, seed: 7 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(b.inertia);
  });

  test("restarts never make the inertia worse than a single run with the same seed", () => {
    const points = blobs(1500, 3, 6, 11, 5);
    const one = kmeans(points, 1500, 3, { k: 6, seed: 3, restarts: 1 });
    const five = kmeans(points, 1500, 3, { k: 6, seed: 3, restarts: 5 });
    expect(five.inertia).toBeLessThanOrEqual(one.inertia);
  });

  test("large data (above the restart-sample threshold) still converges to a good partition", () => {
    const rows = 120_000;
    const points = blobs(rows, 2, 3, 5, 0.5);
    const result = kmeans(points, rows, 2, { k: 3, seed: 1 });
    expect(result.converged).toBe(true);
    // Three tight blobs (sd 0.5 per axis): inertia ≈ rows × 2 × 0.25.
    expect(result.inertia / rows).toBeLessThan(0.6);
    expect(new Set(result.labels).size).toBe(3);
  });

  test("sampled restarts (above the threshold) end on an exact Lloyd fixed point of all the rows", () => {
    // The restarts use a sample and a looser tolerance; the final run must still be exact on every row:
    // with tolerance 0 each row sits at its nearest centre and each centre is the mean of its rows.
    const rows = 9000;
    const cols = 6;
    const k = 5;
    const points = blobs(rows, cols, k, 21, 4);
    const result = kmeans(points, rows, cols, { k, tolerance: 0 });
    expect(result.converged).toBe(true);
    const data = toRows(points, cols);
    const sums = Array.from({ length: k }, () => new Array<number>(cols).fill(0));
    const counts = new Array<number>(k).fill(0);
    data.forEach((p, i) => {
      const distances = result.centroids.map((c) => p.reduce((s, v, f) => s + (v - c[f]) ** 2, 0));
      expect(distances[result.labels[i]]).toBeLessThanOrEqual(Math.min(...distances) * (1 + 1e-12));
      counts[result.labels[i]]++;
      p.forEach((v, f) => (sums[result.labels[i]][f] += v));
    });
    result.centroids.forEach((c, j) => c.forEach((v, f) => expect(v).toBeCloseTo(sums[j][f] / counts[j], 9)));
    // And it is as good as textbook Lloyd started from its own centres would leave it (a fixed point).
    const again = textbookLloyd(data, result.centroids);
    expect(Math.abs(again.inertia - result.inertia) / result.inertia).toBeLessThan(1e-9);
  });

  test("sampled restarts are deterministic and restarts still help", () => {
    const rows = 6000;
    const points = blobs(rows, 3, 8, 31, 5);
    const a = kmeans(points, rows, 3, { k: 8, seed: 5 });
    const b = kmeans(points, rows, 3, { k: 8, seed: 5 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(b.inertia);
    // Best of 6 restarts vs each single restart from the same seeds is not comparable run by run, but the
    // best of many cannot be far worse than one: same data, same sample.
    const one = kmeans(points, rows, 3, { k: 8, seed: 5, restarts: 1 });
    const six = kmeans(points, rows, 3, { k: 8, seed: 5, restarts: 6 });
    expect(six.inertia).toBeLessThanOrEqual(one.inertia * 1.001);
  });

  test("all-identical rows: zero inertia, no NaN, every row in one cluster", () => {
    const points = new Float64Array(20).fill(3);
    const result = kmeans(points, 10, 2, { k: 3 });
    expect(result.inertia).toBe(0);
    expect(new Set(result.labels).size).toBe(1);
    result.centroids.forEach((c) => c.forEach((v) => expect(v).toBe(3)));
  });

  test("k larger than the distinct points: the distinct points get their own clusters, the rest stay empty", () => {
    // Three distinct points, each twice; k = 5.
    const points = Float64Array.of(0, 0, 0, 0, 5, 5, 5, 5, 9, 1, 9, 1);
    const result = kmeans(points, 6, 2, { k: 5, seed: 4 });
    expect(result.inertia).toBe(0);
    expect(result.labels[0]).toBe(result.labels[1]);
    expect(result.labels[2]).toBe(result.labels[3]);
    expect(result.labels[4]).toBe(result.labels[5]);
    expect(new Set(result.labels).size).toBe(3);
    result.centroids.forEach((c) => c.forEach((v) => expect(Number.isFinite(v)).toBe(true)));
  });

  test("k = 1 and a single row", () => {
    const one = kmeans(Float64Array.of(1, 2, 3, 4), 2, 2, { k: 1 });
    expect(one.centroids).toEqual([[2, 3]]);
    expect(one.inertia).toBeCloseTo(4, 12); // (1,1)² + (1,1)²
    const single = kmeans(Float64Array.of(7, 8), 1, 2, { k: 1 });
    expect(Array.from(single.labels)).toEqual([0]);
    expect(single.inertia).toBe(0);
  });

  test("an emptied cluster is refilled with the farthest point", () => {
    // Start with a centre far from everything: it gets no point in the first assignment.
    const points = Float64Array.of(0, 0, 1, 0, 0, 1, 10, 10, 11, 10);
    const result = kmeans(points, 5, 2, {
      k: 3,
      initialCentroids: [
        [0, 0],
        [10, 10],
        [100, 100],
      ],
      tolerance: 0,
    });
    const sizes = [0, 0, 0];
    result.labels.forEach((l) => sizes[l]++);
    expect(sizes.every((s) => s > 0)).toBe(true);
  });

  test("bad input is a CoreError naming the problem", () => {
    expect(() => kmeans(Float64Array.of(1, 2, 3), 2, 2, { k: 1 })).toThrow(CoreError);
    expect(() => kmeans(Float64Array.of(1, 2), 2, 1, { k: 3 })).toThrow(/whole number from 1/);
    expect(() => kmeans(Float64Array.of(1, NaN), 2, 1, { k: 1 })).toThrow(/row 2, column 1/);
    expect(() => kmeans(Float64Array.of(1, 2), 2, 1, { k: 2, initialCentroids: [[1]] })).toThrow(
      /initialCentroids/,
    );
  });

  test("properties: labels in range, centres are the means of their rows, inertia matches the labels", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, cols, kWanted, seed) => {
          const k = Math.min(kWanted, rows);
          const random = createRandom(seed);
          // Rounded values create ties and duplicate rows on purpose.
          const points = Float64Array.from({ length: rows * cols }, () => Math.round(random() * 6));
          const result = kmeans(points, rows, cols, { k, seed });
          const sums = Array.from({ length: k }, () => new Array<number>(cols).fill(0));
          const counts = new Array<number>(k).fill(0);
          let inertia = 0;
          for (let i = 0; i < rows; i++) {
            const l = result.labels[i];
            expect(l >= 0 && l < k).toBe(true);
            counts[l]++;
            for (let f = 0; f < cols; f++) sums[l][f] += points[i * cols + f];
          }
          for (let j = 0; j < k; j++) {
            if (counts[j] === 0) continue;
            for (let f = 0; f < cols; f++)
              expect(result.centroids[j][f]).toBeCloseTo(sums[j][f] / counts[j], 9);
          }
          for (let i = 0; i < rows; i++) {
            for (let f = 0; f < cols; f++)
              inertia += (points[i * cols + f] - result.centroids[result.labels[i]][f]) ** 2;
          }
          expect(result.inertia).toBeCloseTo(inertia, 6);
          expect(Number.isNaN(result.inertia)).toBe(false);
        },
      ),
      { numRuns: 150, seed: 20240601 },
    );
  });
});
