import fc from "fast-check";
import { meanSilhouette, meanSilhouettes, pairwiseDistances } from "../../../src/core/segment/silhouette";

describe("silhouette", () => {
  test("two tight pairs far apart: checked by hand", () => {
    // Points 0, 1 at x = 0, 1 and points 2, 3 at x = 10, 11 (one feature).
    const points = Float64Array.of(0, 1, 10, 11);
    const labels = Int32Array.of(0, 0, 1, 1);
    // Point 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5; point 1: a = 1, b = 9.5, s = 8.5 / 9.5;
    // points 2 and 3 mirror points 1 and 0.
    const expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    expect(meanSilhouette(pairwiseDistances(points, 4, 1), 4, labels, 2)).toBeCloseTo(expected, 14);
    expect(meanSilhouettes(points, 4, 1, [{ labels, k: 2 }])[0]).toBeCloseTo(expected, 14);
  });

  test("meanSilhouettes gives meanSilhouette's numbers bit for bit, for every labelling at once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cols, rows, ks, seed) => {
          let state = seed;
          const next = (): number => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state;
          };
          // Coarse values: repeated points and zero distances happen.
          const points = Float64Array.from({ length: rows * cols }, () => (next() % 9) / 4 - 1);
          // Labels skewed to low clusters: empty clusters and singletons happen.
          const labellings = ks.map((k) => ({
            k,
            labels: Int32Array.from({ length: rows }, () => Math.min(next() % (k + 2), k - 1)),
          }));
          const distances = pairwiseDistances(points, rows, cols);
          const expected = labellings.map(({ labels, k }) => meanSilhouette(distances, rows, labels, k));
          expect(meanSilhouettes(points, rows, cols, labellings)).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
