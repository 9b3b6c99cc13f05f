import { createCustomerData } from "../../../src/core/customer-data";
import { crossTabulate } from "../../../src/core/segment/cross-tabulate";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

const asOfDay = 20_000;

describe("crossTabulate", () => {
  // 20 customers: ABC classes by revenue; region North holds all A customers.
  const revenue = [1000, 900, 800, 700, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
  const region = revenue.map((r, i) => (r >= 700 ? "North" : i % 2 === 0 ? "South" : ""));
  const data = createCustomerData({
    ids: revenue.map((_, i) => `c${i}`),
    revenue,
    dimensions: { region },
    asOfDay,
  });
  const segmentation = segmentCustomers(data, { method: "abc" });

  test("counts and lift = observed / expected, computed by hand", () => {
    // A = the 4 big customers (700 starts at 75.8 % < 80 %); expected A in North = 4 × 4 / 20 = 0.8 customers.
    const [tab] = crossTabulate(data, segmentation, { minCount: 0.8 });
    expect(tab.dimension).toBe("region");
    expect(tab.dimensionLabel.es).toBe("Región");
    // Values by frequency: South 8, (blank) 8, North 4 → tie South/(blank) broken alphabetically: "(blank)" < "South".
    expect(tab.values).toEqual(["(blank)", "South", "North"]);
    const a = segmentation.segments.findIndex((s) => s.id === "A");
    const aCount = segmentation.segments[a].customers;
    const north = tab.values.indexOf("North");
    expect(tab.counts[a][north]).toBe(4);
    // A has aCount customers; expected in North = aCount × 4 / 20.
    expect(aCount).toBe(4);
    expect(tab.lift[a][north]).toBeCloseTo(4 / ((aCount * 4) / 20), 12); // = 5
    expect(tab.highlights.some((h) => h.segment === a && h.value === north)).toBe(true);
    // Totals preserved.
    expect(tab.counts.flat().reduce((s, v) => s + v, 0)).toBe(20);
  });

  test("minimum-count guard: nothing is highlighted when expected counts are small", () => {
    // Default guard (expected ≥ 5): the lift of 5 above rests on 0.8 expected customers, so it is not flagged.
    const [tab] = crossTabulate(data, segmentation);
    expect(tab.lift.flat().some((l) => l >= 1.5)).toBe(true);
    expect(tab.highlights).toEqual([]);
  });

  test("empty segments have lift 0, never NaN; many values are pooled as (other)", () => {
    const many = createCustomerData({
      ids: ["a", "b", "c", "d"],
      revenue: [1, 1, 1, 1],
      dimensions: { sector: ["s1", "s2", "s3", "s4"] },
      asOfDay,
    });
    const result = segmentCustomers(many, { method: "portfolio" });
    const [tab] = crossTabulate(many, result, { maxValues: 3 });
    expect(tab.values).toEqual(["s1", "s2", "(other)"]);
    tab.lift.flat().forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });
});
