import { createCustomerData } from "../../../src/core/customer-data";
import { CoreError } from "../../../src/core/errors";
import { quintileScores, rfSegmentIndex, RFM_SEGMENTS } from "../../../src/core/segment/rfm";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

/** The standard R×F table as written in RFM guides (R digit then F digit, regex style). */
const STANDARD_TABLE: [RegExp, string][] = [
  [/^[1-2][1-2]$/, "hibernating"],
  [/^[1-2][3-4]$/, "at-risk"],
  [/^[1-2]5$/, "cant-lose-them"],
  [/^3[1-2]$/, "about-to-sleep"],
  [/^33$/, "need-attention"],
  [/^[3-4][4-5]$/, "loyal"],
  [/^41$/, "promising"],
  [/^51$/, "new"],
  [/^[4-5][2-3]$/, "potential-loyalists"],
  [/^5[4-5]$/, "champions"],
];

describe("quintileScores", () => {
  test("ten distinct values: exact quintiles, two per score", () => {
    const { scores } = quintileScores(Float64Array.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5));
    // value v (1..10) → 1 + floor(5 (v − 1) / 10)
    expect(Array.from(scores)).toEqual([5, 1, 5, 1, 4, 2, 4, 2, 3, 3]);
  });

  test("ties share the lowest rank of their group", () => {
    // sorted: 1 1 1 2 3 ; below(1)=0 → 1 ; below(2)=3 → 1+floor(15/5)=4 ; below(3)=4 → 5
    const result = quintileScores(Float64Array.of(1, 3, 1, 2, 1));
    expect(Array.from(result.scores)).toEqual([1, 5, 1, 4, 1]);
    expect(result.distinct).toBe(3);
    expect(Number.isNaN(result.minimum[1])).toBe(true); // score 2 unused
    expect(result.minimum[3]).toBe(2);
  });

  test("all equal values → all score 1; one customer → 1; NaN → 1 and not counted as known", () => {
    expect(Array.from(quintileScores(Float64Array.of(4, 4, 4)).scores)).toEqual([1, 1, 1]);
    expect(Array.from(quintileScores(Float64Array.of(7)).scores)).toEqual([1]);
    const withNaN = quintileScores(Float64Array.of(NaN, 1, 2));
    expect(withNaN.known).toBe(2);
    expect(Array.from(withNaN.scores)).toEqual([1, 1, 3]);
  });
});

describe("R×F grid", () => {
  test("every one of the 25 cells maps to exactly the standard segment", () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const matches = STANDARD_TABLE.filter(([pattern]) => pattern.test(`${r}${f}`));
        expect(matches).toHaveLength(1);
        expect(RFM_SEGMENTS[rfSegmentIndex(r, f)].id).toBe(matches[0][1]);
      }
    }
  });
});

describe("segmentCustomers rfm", () => {
  const asOfDay = 20_000;
  // Ten customers with distinct recency, frequency and revenue so scores are exact quintiles.
  const recency = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const data = createCustomerData({
    ids: recency.map((_, i) => `c${i}`),
    revenue: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000],
    numeric: {
      lastPurchaseDay: recency.map((d) => asOfDay - d),
      orders: [10, 9, 1, 2, 3, 4, 5, 6, 7, 8],
    },
    asOfDay,
  });

  test("recency reversed, scores in extra columns, segment from the grid, RFM code", () => {
    const result = segmentCustomers(data, { method: "rfm" });
    const column = (id: string) => result.extraColumns.find((c) => c.id === id)!.values;
    // recency 1 day (most recent) → R 5; 10 days → R 1
    expect(column("rScore")[0]).toBe(5);
    expect(column("rScore")[9]).toBe(1);
    // c0: R5, F5 (10 orders), M1 → champions, code "551"
    expect(column("rfmCode")[0]).toBe("551");
    expect(result.segments[result.assignment[0]].id).toBe("champions");
    // c2: R4 (3 days), F1 (1 order) → promising
    expect(result.segments[result.assignment[2]].id).toBe("promising");
    expect(result.reasons[0].en).toContain("R 5 × F 5");
    expect(result.reasons[0].es).toContain("cuadrícula R×F");
    // Thresholds: recency score 5 at most 2 days, frequency score 5 at least 9 orders.
    expect(result.thresholds.find((t) => t.id === "recencyScore5")!.value).toBe(2);
    expect(result.thresholds.find((t) => t.id === "frequencyScore5")!.value).toBe(9);
    // The grid counts add up per segment.
    const grid = result.grid!;
    const perSegment = new Array(result.segments.length).fill(0);
    grid.cells.flat().forEach((cell) => (perSegment[cell.segment] += cell.customers));
    expect(perSegment).toEqual(result.segments.map((s) => s.customers));
  });

  test("few distinct values are reported instead of silently empty scores", () => {
    const fewOrders = createCustomerData({
      ids: ["a", "b", "c", "d", "e", "f"],
      revenue: [1, 2, 3, 4, 5, 6],
      numeric: { lastPurchaseDay: [1, 2, 3, 4, 5, 6].map((d) => asOfDay - d), orders: [1, 1, 1, 1, 2, 2] },
      asOfDay,
    });
    const result = segmentCustomers(fewOrders, { method: "rfm" });
    const note = result.notes.map((n) => n.en).find((n) => n.startsWith("Frequency has only 2 values"));
    // orders 1 → 0 below → F 1; orders 2 → 4 of 6 below → 1 + floor(20 / 6) = F 4; so 2, 3 and 5 are unused.
    expect(note).toContain("scores 2, 3 and 5 are not used");
    const nota = result.notes.map((n) => n.es).find((n) => n.includes(" sin usar"));
    expect(nota).toContain("2, 3 y 5");
  });

  test("missing recency or frequency columns are CoreErrors that say what to map", () => {
    const noDates = createCustomerData({ ids: ["a"], revenue: [1], numeric: { orders: [1] }, asOfDay });
    expect(() => segmentCustomers(noDates, { method: "rfm" })).toThrow(CoreError);
    expect(() => segmentCustomers(noDates, { method: "rfm" })).toThrow(/Last purchase/);
    const noOrders = createCustomerData({
      ids: ["a"],
      revenue: [1],
      numeric: { lastPurchaseDay: [1] },
      asOfDay,
    });
    expect(() => segmentCustomers(noOrders, { method: "rfm" })).toThrow(/Orders/);
  });

  test("one customer: scores 1 1 1 → hibernating, no NaN anywhere", () => {
    const one = createCustomerData({
      ids: ["x"],
      revenue: [5],
      numeric: { lastPurchaseDay: [asOfDay], orders: [1] },
      asOfDay,
    });
    const result = segmentCustomers(one, { method: "rfm" });
    expect(result.segments[result.assignment[0]].id).toBe("hibernating");
    expect(result.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    expect(result.reasons[0].en).not.toMatch(/NaN|n\/a/);
  });
});
