import fc from "fast-check";
import { centreStride, distanceKernels } from "../../../src/core/segment/kmeans-kernels";

/** The plain loop every kernel must reproduce bit for bit (same terms, same left-to-right order). */
function plainDistance(row: number[], centre: number[]): number {
  let sum = 0;
  for (let f = 0; f < row.length; f++) {
    const delta = row[f] - centre[f];
    sum += delta * delta;
  }
  return sum;
}

/** Centres laid out the way `kmeans` stores them: `centreStride(cols)` slots each, padding left at 0. */
function padded(centres: number[][], cols: number): Float64Array {
  const stride = centreStride(cols);
  const out = new Float64Array(centres.length * stride);
  centres.forEach((c, j) => c.forEach((v, f) => (out[j * stride + f] = v)));
  return out;
}

describe("kmeans distance kernels", () => {
  test("stride: 4 up to 4 features, 8 up to 8, else the feature count", () => {
    expect([1, 4, 5, 8, 9, 12].map(centreStride)).toEqual([4, 4, 8, 8, 9, 12]);
  });

  test("every width gives exactly the plain-loop distances, nearest and second nearest", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cols, k, rows, seed) => {
          // Integer-heavy values with a fraction: ties between centres happen, and must break to the lowest index.
          let state = seed;
          const next = (): number => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return (state % 7) - 3 + (state % 3) / 4;
          };
          const data = Array.from({ length: rows }, () => Array.from({ length: cols }, next));
          const centres = Array.from({ length: k }, () => Array.from({ length: cols }, next));
          const points = Float64Array.from(data.flat());
          const packed = padded(centres, cols);
          const kernels = distanceKernels(cols);
          const out = new Float64Array(2);
          const all = new Float64Array(k);
          data.forEach((row, i) => {
            const expected = centres.map((c) => plainDistance(row, c));
            centres.forEach((_, j) => expect(kernels.distance(points, i, cols, packed, j)).toBe(expected[j]));
            kernels.distances(points, i, cols, packed, k, all);
            expect(Array.from(all)).toEqual(expected);
            const best = kernels.nearestTwo(points, i, cols, packed, k, out);
            const smallest = Math.min(...expected);
            expect(best).toBe(expected.indexOf(smallest));
            expect(out[0]).toBe(smallest);
            const rest = expected.filter((_, j) => j !== best);
            expect(out[1]).toBe(rest.length ? Math.min(...rest) : Infinity);
          });
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  test("the fused passes: nearest labels, changed count, row-order sums and counts, inertia or bounds, padding untouched", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cols, k, rows, seed) => {
          let state = seed;
          const next = (): number => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return (state % 7) - 3 + (state % 3) / 4 + (state % 11) / 1e3;
          };
          const data = Array.from({ length: rows }, () => Array.from({ length: cols }, next));
          const centres = Array.from({ length: k }, () => Array.from({ length: cols }, next));
          const stride = centreStride(cols);
          const points = Float64Array.from(data.flat());
          const labels = Int32Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? -1 : i % k));
          const before = labels.slice();
          const sums = new Float64Array(k * stride);
          const counts = new Float64Array(k);
          const out = new Float64Array(2);
          const changed = distanceKernels(cols).assignAndSum(
            points,
            rows,
            cols,
            padded(centres, cols),
            k,
            labels,
            sums,
            counts,
            out,
          );
          const expectedSums = new Float64Array(k * stride);
          const expectedCounts = new Float64Array(k);
          let inertia = 0;
          let moved = 0;
          data.forEach((row, i) => {
            const distances = centres.map((c) => plainDistance(row, c));
            const best = distances.indexOf(Math.min(...distances));
            expect(labels[i]).toBe(best);
            if (before[i] !== best) moved++;
            inertia += distances[best];
            expectedCounts[best] += 1;
            row.forEach((v, f) => (expectedSums[best * stride + f] += v));
          });
          expect(changed).toBe(moved);
          expect(out[0]).toBe(inertia);
          expect(Array.from(counts)).toEqual(Array.from(expectedCounts));
          expect(Array.from(sums)).toEqual(Array.from(expectedSums));
          // The variant that sets Hamerly's bounds: same pass, plus closest / second-closest distances.
          const boundLabels = before.slice();
          const boundSums = new Float64Array(k * stride);
          const boundCounts = new Float64Array(k);
          const upper = new Float64Array(rows);
          const lower = new Float64Array(rows);
          const boundChanged = distanceKernels(cols).assignAndSumBounds(
            points,
            rows,
            cols,
            padded(centres, cols),
            k,
            boundLabels,
            boundSums,
            boundCounts,
            upper,
            lower,
          );
          expect(boundChanged).toBe(moved);
          expect(boundLabels).toEqual(labels);
          expect(boundSums).toEqual(sums);
          expect(boundCounts).toEqual(counts);
          data.forEach((row, i) => {
            const sorted = centres.map((c) => plainDistance(row, c)).sort((a, b) => a - b);
            expect(upper[i]).toBe(Math.sqrt(sorted[0]));
            expect(lower[i]).toBe(k > 1 ? Math.sqrt(sorted[1]) : Infinity);
          });
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
  test("sumByLabel: the plain loop's row-order sums and counts per label, padding left at 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (cols, k, values) => {
          const rows = Math.max(1, Math.floor(values.length / cols));
          const points = Float64Array.from(
            { length: rows * cols },
            (_, i) => values[i % values.length] * (1 + i),
          );
          const labels = Int32Array.from({ length: rows }, (_, i) => (i * 7 + (i >> 1)) % k);
          const stride = centreStride(cols);
          const sums = new Float64Array(k * stride);
          const counts = new Float64Array(k);
          distanceKernels(cols).sumByLabel(points, rows, cols, labels, sums, counts);
          const expectedSums = new Float64Array(k * stride);
          const expectedCounts = new Float64Array(k);
          for (let i = 0; i < rows; i++) {
            expectedCounts[labels[i]] += 1;
            for (let f = 0; f < cols; f++) expectedSums[labels[i] * stride + f] += points[i * cols + f];
          }
          expect(Array.from(counts)).toEqual(Array.from(expectedCounts));
          // Object.is per slot: the same numbers bit for bit, and +0 (not -0) in the padding.
          sums.forEach((v, at) => expect(Object.is(v, expectedSums[at])).toBe(true));
        },
      ),
    );
  });
});
