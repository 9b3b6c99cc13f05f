import { computeMigrationMatrix } from "../../../src/core/kpi/migration-matrix";
import { makeSegmentation } from "./kpi-fixtures";

describe("computeMigrationMatrix", () => {
  it("counts and revenue per (previous, current) segment, unknown previous segments as extra rows, left/joined", () => {
    const segmentation = makeSegmentation(["Strategic", "At risk"], [0, 1, 1, 0]);
    const matrix = computeMigrationMatrix({
      previous: { a: "strategic", b: "strategic", c: "dormant", x: "at-risk" },
      ids: ["a", "b", "c", "d"],
      revenue: [100, 20, 5, 70],
      segmentation,
    });
    expect(matrix.fromLabels.map((l) => l.en)).toEqual(["Strategic", "At risk", "dormant"]);
    expect(matrix.toLabels.map((l) => l.en)).toEqual(["Strategic", "At risk"]);
    expect(matrix.counts).toEqual([
      [1, 1],
      [0, 0],
      [0, 1],
    ]);
    expect(matrix.revenue).toEqual([
      [100, 20],
      [0, 0],
      [0, 5],
    ]);
    expect(matrix.left).toBe(1); // x
    expect(matrix.joined).toBe(1); // d
  });
});
