import { createCustomerData } from "../../../src/core/customer-data";
import { CoreError } from "../../../src/core/errors";
import { valueThresholdForShare, weightedMarginPercent } from "../../../src/core/segment/portfolio-map";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

const asOfDay = 20_000;

describe("portfolio map thresholds", () => {
  test("value threshold: revenue of the last customer inside the first 80\u00a0% of revenue", () => {
    // Total 1000: 500 (50\u00a0%), 300 (80\u00a0%) → threshold 300.
    expect(valueThresholdForShare(Float64Array.of(100, 500, 50, 300, 50), 0.8)).toBe(300);
    // 81\u00a0%: 500 + 300 = 80\u00a0% is not enough, 100 is needed → 100.
    expect(valueThresholdForShare(Float64Array.of(100, 500, 50, 300, 50), 0.81)).toBe(100);
    // Negative and zero revenue never count; no positive revenue → 0.
    expect(valueThresholdForShare(Float64Array.of(-10, 0), 0.8)).toBe(0);
  });

  test("margin threshold: total margin / total revenue of customers with a known margin", () => {
    const data = createCustomerData({
      ids: ["a", "b", "c"],
      revenue: [100, 300, 50],
      numeric: { marginAmount: [50, 30, NaN] },
      asOfDay,
    });
    expect(weightedMarginPercent(data)).toBeCloseTo(80 / 400, 12);
  });
});

describe("portfolio map rules", () => {
  // Revenue total 2000; first 80\u00a0% = 1000 + 600 → value threshold 600.
  const data = createCustomerData({
    ids: ["strategic", "hvlm", "lvhm", "maintain", "growth", "risk-decline", "risk-silent"],
    revenue: [1000, 600, 100, 100, 100, 50, 50],
    numeric: {
      marginAmount: [400, 60, 50, 5, 10, 10, 10],
      previousRevenue: [1000, 600, 100, 100, 50, 100, 50],
      orders: [12, 12, 12, 12, 12, 12, 3],
      firstPurchaseDay: [
        asOfDay - 330,
        asOfDay - 330,
        asOfDay - 330,
        asOfDay - 330,
        asOfDay - 330,
        asOfDay - 330,
        asOfDay - 300,
      ],
      lastPurchaseDay: [
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 200,
      ],
    },
    asOfDay,
  });

  test("each rule on a hand-built customer", () => {
    const result = segmentCustomers(data, { method: "portfolio" });
    const segmentOf = (i: number) => result.segments[result.assignment[i]].id;
    // Weighted margin = 545 / 2000 = 27.25\u00a0%.
    expect(result.thresholds.find((t) => t.id === "marginPercentMin")!.value).toBeCloseTo(0.2725, 12);
    expect(result.thresholds.find((t) => t.id === "valueMin")!.value).toBe(600);
    expect(segmentOf(0)).toBe("strategic"); // 1000, 40\u00a0%
    expect(segmentOf(1)).toBe("high-volume-low-margin"); // 600 (= threshold), 10\u00a0%
    expect(segmentOf(2)).toBe("low-volume-high-margin"); // 100, 50\u00a0%
    expect(segmentOf(3)).toBe("maintain"); // 100, 5\u00a0%, stable
    expect(segmentOf(4)).toBe("growth-potential"); // +100\u00a0%
    expect(segmentOf(5)).toBe("at-risk"); // −50\u00a0%
    // Silent: 3 purchases between day −300 and day −200 → own gap 50 days, limit 3 × 50 = 150 < 200 days of silence.
    expect(segmentOf(6)).toBe("at-risk");
    expect(result.reasons[6].en).toContain("no purchase for 200 days");
    expect(result.reasons[5].es).toContain("−50,0\u00a0%");
  });

  test("boundaries: exactly +15\u00a0% is growth, exactly −15\u00a0% is decline, just inside is stable", () => {
    const edge = createCustomerData({
      ids: ["up", "down", "flat-up", "flat-down", "big"],
      revenue: [115, 85, 114.9, 85.1, 10_000],
      numeric: { previousRevenue: [100, 100, 100, 100, 10_000] },
      asOfDay,
    });
    const result = segmentCustomers(edge, { method: "portfolio" });
    const ids = Array.from(result.assignment, (s) => result.segments[s].id);
    expect(ids[0]).toBe("growth-potential");
    expect(ids[1]).toBe("at-risk");
    expect(ids[2]).not.toBe("growth-potential");
    expect(ids[3]).not.toBe("at-risk");
    // Without margin data a growing high-value customer stays High value (value alone decides).
    const big = createCustomerData({
      ids: ["b", "s"],
      revenue: [1000, 10],
      numeric: { previousRevenue: [500, 10] },
      asOfDay,
    });
    const bigResult = segmentCustomers(big, { method: "portfolio" });
    expect(bigResult.segments[bigResult.assignment[0]].id).toBe("high-value");
  });

  test("only revenue and margin: works, negative margin is its own segment, no trend notes missing", () => {
    const simple = createCustomerData({
      ids: ["a", "b", "c", "d"],
      revenue: [1000, 800, 100, 50],
      numeric: { marginAmount: [300, -200, 40, -5] },
      asOfDay,
    });
    const result = segmentCustomers(simple, { method: "portfolio" });
    const ids = Array.from(result.assignment, (s) => result.segments[s].id);
    expect(ids).toEqual(["strategic", "loss-making", "low-volume-high-margin", "loss-making"]);
    expect(result.notes.some((n) => n.en.startsWith("No previous-period revenue"))).toBe(true);
    // Without trend data: value (2 rows) × margin negative / low / high (3 columns).
    expect(result.grid!.cells.length).toBe(2);
    expect(result.grid!.cells[0].length).toBe(3);
    // Reading order: negative margin at the left, then low, high margin at the right.
    expect(result.grid!.cells[0][0].margin).toBe(-200);
    expect(result.grid!.cells[1][0].margin).toBe(-5);
  });

  test("without margin: value × trend, and the note says so", () => {
    const noMargin = createCustomerData({ ids: ["a", "b"], revenue: [900, 100], asOfDay });
    const result = segmentCustomers(noMargin, { method: "portfolio" });
    expect(Array.from(result.assignment, (s) => result.segments[s].id)).toEqual(["high-value", "low-value"]);
    // Margin-free names only: nothing claims a margin the data does not have.
    // No trend and no dates either: Growth potential and At risk cannot be filled, so they are not shown.
    expect(result.segments.map((s) => s.id)).toEqual(["high-value", "low-value"]);
    expect(result.segments.some((s) => /margin|VIP/i.test(s.name.en) || /margen|VIP/i.test(s.name.es))).toBe(
      false,
    );
    expect(result.notes[0].en).toContain("No margin data");
    expect(result.segments.every((s) => Number.isNaN(s.margin))).toBe(true);
    expect(result.grid!.columnLabels).toHaveLength(1);
  });

  test("overrides by id are used and reported as set by user; unknown ids and non-numbers are errors", () => {
    const result = segmentCustomers(data, {
      method: "portfolio",
      thresholds: { valueMin: 50, marginPercentMin: 0.3 },
    });
    const valueMin = result.thresholds.find((t) => t.id === "valueMin")!;
    expect(valueMin.value).toBe(50);
    expect(valueMin.source.en).toBe("set by user");
    // With value ≥ 50 everyone is high value: "lvhm" (50\u00a0%) becomes strategic.
    expect(result.segments[result.assignment[2]].id).toBe("strategic");
    expect(() => segmentCustomers(data, { method: "portfolio", thresholds: { valueMinn: 5 } })).toThrow(
      CoreError,
    );
    expect(() => segmentCustomers(data, { method: "portfolio", thresholds: { valueMin: NaN } })).toThrow(
      /finite/,
    );
  });

  test("grid cells add up to the segment totals", () => {
    const result = segmentCustomers(data, { method: "portfolio" });
    const grid = result.grid!;
    const customers = new Array(result.segments.length).fill(0);
    const revenue = new Array(result.segments.length).fill(0);
    grid.cells.flat().forEach((cell) => {
      customers[cell.segment] += cell.customers;
      revenue[cell.segment] += cell.revenue;
    });
    expect(customers).toEqual(result.segments.map((s) => s.customers));
    expect(revenue).toEqual(result.segments.map((s) => s.revenue));
    expect(grid.rowLabels).toHaveLength(6);
  });
});
