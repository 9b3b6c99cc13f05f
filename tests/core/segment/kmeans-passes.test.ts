import { fusedBoundsPass, fusedPass, UNROLLED_MAX_K } from "../../../src/core/segment/kmeans-passes";
import { kernelReference, passCase } from "./kmeans-pass.cases";

describe("k-means passes specialised on k (generated)", () => {
  test("k = 2..8 and 1..8 features get a specialised pass; other shapes the kernel's", () => {
    for (let cols = 1; cols <= 8; cols++) {
      const width = cols <= 4 ? 4 : cols <= 6 ? 6 : 8;
      for (let k = 2; k <= UNROLLED_MAX_K; k++) {
        expect(fusedPass(cols, k).name).toBe(`pass${width}x${k}`);
        expect(fusedBoundsPass(cols, k).name).toBe(`bounds${width}x${k}`);
      }
    }
    expect(fusedPass(6, 1).name).not.toMatch(/^pass/);
    expect(fusedPass(9, 5).name).not.toMatch(/^pass/);
    expect(fusedBoundsPass(6, UNROLLED_MAX_K + 1).name).not.toMatch(/^bounds/);
  });

  test("bit for bit the generic kernel: labels, changed count, sums (padding untouched), counts, inertia, bounds", () => {
    let cases = 0;
    for (let cols = 1; cols <= 10; cols++) {
      for (let k = 1; k <= UNROLLED_MAX_K + 1; k++) {
        for (const seed of [1, 2, 3]) {
          const rows = 40 + seed * 37;
          const c = passCase(cols, k, rows, cols * 1000 + k * 10 + seed);
          const { points, centres, labels, stride } = c;
          const expected = kernelReference(c, cols, k, rows);
          const got = {
            labels: labels.slice(),
            sums: new Float64Array(k * stride),
            counts: new Float64Array(k),
            out: new Float64Array(2),
          };
          expect(
            fusedPass(cols, k)(points, rows, cols, centres, got.labels, got.sums, got.counts, got.out),
          ).toBe(expected.changed);
          expect(got).toEqual({
            ...expected.plain,
            out: Float64Array.of(expected.inertia, expected.unusedOut),
          });

          const gotBounds = {
            labels: labels.slice(),
            sums: new Float64Array(k * stride),
            counts: new Float64Array(k),
            upper: new Float64Array(rows),
            lower: new Float64Array(rows),
          };
          expect(
            fusedBoundsPass(cols, k)(
              points,
              rows,
              cols,
              centres,
              gotBounds.labels,
              gotBounds.sums,
              gotBounds.counts,
              gotBounds.upper,
              gotBounds.lower, // prettier-ignore
            ),
          ).toBe(expected.boundsChanged);
          expect(gotBounds).toEqual(expected.bounds);
          cases++;
        }
      }
    }
    expect(cases).toBe(10 * (UNROLLED_MAX_K + 1) * 3);
  });
});
