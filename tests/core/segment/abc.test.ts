import { createCustomerData } from "../../../src/core/customer-data";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

const asOfDay = 20_000;

describe("ABC / Pareto", () => {
  test("A = first 80 % (crossing customer included), B = next 15 %, C = rest", () => {
    // Total 1000: 500 (before 0 %) A, 250 (before 50 %) A, 100 (before 75 %) A, 60 (before 85 %) B,
    // 40 (before 91 %) B, 30 (before 95 %) C, 20 (before 98 %) C.
    const data = createCustomerData({
      ids: ["a", "b", "c", "d", "e", "f", "g"],
      revenue: [60, 500, 20, 250, 40, 100, 30],
      asOfDay,
    });
    const result = segmentCustomers(data, { method: "abc" });
    expect(Array.from(result.assignment, (s) => result.segments[s].id)).toEqual([
      "B",
      "A",
      "C",
      "A",
      "B",
      "A",
      "C",
    ]);
    const cumulative = result.extraColumns[0].values;
    expect(cumulative[1]).toBeCloseTo(0.5, 12);
    expect(cumulative[2]).toBeCloseTo(1, 12);
  });

  test("equal revenue → equal class, even across a cut point", () => {
    // 400 (A), then two of 300: the group starts at 40 % → both A, although the second starts at 70 %.
    // Then 0 and −10: no positive revenue → C.
    const data = createCustomerData({
      ids: ["a", "b", "c", "d", "e"],
      revenue: [400, 300, 300, 0, -10],
      asOfDay,
    });
    const result = segmentCustomers(data, {
      method: "abc",
      thresholds: { aCumulativeShare: 0.5, bCumulativeShare: 0.9 },
    });
    expect(Array.from(result.assignment, (s) => result.segments[s].id)).toEqual(["A", "A", "A", "C", "C"]);
  });

  test("configurable cut points are validated", () => {
    const data = createCustomerData({ ids: ["a"], revenue: [1], asOfDay });
    expect(() =>
      segmentCustomers(data, { method: "abc", thresholds: { aCumulativeShare: 0.9, bCumulativeShare: 0.5 } }),
    ).toThrow(/A ≤ B/);
  });

  test("no positive revenue: everyone C, with a note", () => {
    const data = createCustomerData({ ids: ["a", "b"], revenue: [0, 0], asOfDay });
    const result = segmentCustomers(data, { method: "abc" });
    expect(Array.from(result.assignment)).toEqual([2, 2]);
    expect(result.notes[0].en).toContain("everyone is class C");
  });
});
