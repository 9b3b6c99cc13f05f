import fc from "fast-check";
import { median, robustZScores } from "../../../src/core/insights/robust-z";

/** The definition: sort the finite values (a sorted Float64Array puts -0 before +0), take the middle. */
function sortedMedian(values: readonly number[]): number {
  const finite = Float64Array.from(values).filter(Number.isFinite).sort();
  const n = finite.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? finite[(n - 1) >> 1] : (finite[n / 2 - 1] + finite[n / 2]) / 2;
}

describe("median (selection, not a sort)", () => {
  it("gives the sorted middle, -0 and non-finite values included", () => {
    const special = fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1, -1, 2.5);
    const value = fc.oneof(special, fc.double({ noNaN: false }), fc.integer({ min: -5, max: 5 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        expect(Object.is(median(values), sortedMedian(values))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles sorted, reversed and constant inputs of every parity", () => {
    for (const n of [1, 2, 3, 10, 1001, 1000]) {
      const up = Array.from({ length: n }, (_, i) => i * 0.5 - 3);
      expect(median(up)).toBe(sortedMedian(up));
      expect(median([...up].reverse())).toBe(sortedMedian(up));
      expect(median(new Array(n).fill(7))).toBe(7);
    }
    expect(median([])).toBeNaN();
    expect(median([NaN, Infinity])).toBeNaN();
    expect(Object.is(median([-0, 0]), 0)).toBe(true);
    expect(Object.is(median([-0, -0, 0]), -0)).toBe(true);
  });

  it("leaves its input unchanged", () => {
    const values = Float64Array.from([5, 1, 4, 2, 3]);
    median(values);
    expect(Array.from(values)).toEqual([5, 1, 4, 2, 3]);
    expect(Array.from(robustZScores(values))).toHaveLength(5);
  });
});
