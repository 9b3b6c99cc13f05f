import fc from "fast-check";
import { createCustomerData } from "../../../src/core/customer-data";
import { CoreError } from "../../../src/core/errors";
import type { Method } from "../../../src/core/model";
import { defaultMinSegmentSize } from "../../../src/core/segment/segmentation-builder";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";
// Every registered method gets these invariants, a new one included.
import { METHODS } from "../../../src/core/segment/methods";
import { formatNumber, formatPercent } from "../../../src/core/format";

const asOfDay = 20_000;

/** Arbitrary portfolios: duplicated values, zero and negative revenue and margin, some missing fields. */
const portfolio = fc
  .array(
    fc.record({
      revenue: fc.oneof(fc.constantFrom(0, 100, 100, 5000), fc.double({ min: -500, max: 1e6, noNaN: true })),
      marginRatio: fc.oneof(fc.constant(NaN), fc.double({ min: -1, max: 1, noNaN: true })),
      previous: fc.oneof(fc.constant(NaN), fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
      orders: fc.integer({ min: 0, max: 40 }),
      firstAgo: fc.integer({ min: 0, max: 1500 }),
      gapAgo: fc.integer({ min: 0, max: 1500 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) =>
    createCustomerData({
      ids: rows.map((_, i) => `c${i}`),
      revenue: rows.map((r) => r.revenue),
      numeric: {
        marginAmount: rows.map((r) => r.revenue * r.marginRatio),
        previousRevenue: rows.map((r) => r.previous),
        orders: rows.map((r) => r.orders),
        firstPurchaseDay: rows.map((r) => asOfDay - r.firstAgo),
        lastPurchaseDay: rows.map((r) => asOfDay - Math.min(r.firstAgo, r.gapAgo)),
      },
      dimensions: { region: rows.map((_, i) => (i % 3 === 0 ? "N" : "S")) },
      asOfDay,
    }),
  );

describe("segmentCustomers invariants (all methods)", () => {
  test.each(METHODS)(
    "%s: every customer in exactly one segment, shares sum to 1, totals add up, no NaN",
    (method) => {
      fc.assert(
        fc.property(portfolio, (data) => {
          const result = segmentCustomers(data, { method, seed: 1 });
          expect(result.assignment).toHaveLength(data.count);
          const counts = new Array(result.segments.length).fill(0);
          result.assignment.forEach((s) => {
            expect(s >= 0 && s < result.segments.length).toBe(true);
            counts[s]++;
          });
          expect(counts).toEqual(result.segments.map((s) => s.customers));
          expect(result.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 9);
          const revenue = result.segments.reduce((s, x) => s + x.revenue, 0);
          expect(revenue).toBeCloseTo(
            data.revenue.reduce((s, x) => s + x, 0),
            3,
          );
          result.segments.forEach((s) => {
            expect(Number.isFinite(s.share) && Number.isFinite(s.revenue)).toBe(true);
            // Margin is NaN exactly when the data have no margin at all (the contract's "unknown").
            expect(Number.isFinite(s.margin)).toBe(data.available.marginAmount);
            expect(s.color).toMatch(/^#[0-9A-F]{6}$/);
          });
          expect(result.reasons).toHaveLength(data.count);
          result.reasons.forEach((r) => {
            expect(r.en.length).toBeGreaterThan(0);
            expect(r.es.length).toBeGreaterThan(0);
            expect(r.en + r.es).not.toMatch(/NaN|undefined/);
          });
          result.thresholds.forEach((t) => expect(Number.isFinite(t.value)).toBe(true));
          result.extraColumns.forEach((c) => {
            expect(c.values).toHaveLength(data.count);
            c.values.forEach((v) => expect(typeof v === "string" || Number.isFinite(v)).toBe(true));
          });
        }),
        { numRuns: method === "clusters" ? 40 : 120, seed: 4242 },
      );
    },
  );

  test("same input → same output (deterministic) for every method", () => {
    const data = createCustomerData({
      ids: ["a", "b", "c", "d", "e", "f"],
      revenue: [10, 200, 3000, 45, 45, 600],
      numeric: {
        marginAmount: [1, 50, 300, 9, -3, 60],
        orders: [1, 4, 9, 2, 2, 5],
        lastPurchaseDay: [19990, 19900, 19999, 19500, 19800, 19950],
        firstPurchaseDay: [19000, 19000, 18000, 19400, 19500, 19000],
      },
      asOfDay,
    });
    for (const method of METHODS) {
      const a = segmentCustomers(data, { method });
      const b = segmentCustomers(data, { method });
      expect(JSON.stringify({ ...a, assignment: Array.from(a.assignment) })).toBe(
        JSON.stringify({ ...b, assignment: Array.from(b.assignment) }),
      );
    }
  });

  test("too-small flags: default minimum documented, override honoured, note in both languages", () => {
    expect(defaultMinSegmentSize(10)).toBe(5);
    expect(defaultMinSegmentSize(2_000)).toBe(20);
    expect(defaultMinSegmentSize(1_000_000)).toBe(500);
    const data = createCustomerData({ ids: ["a", "b", "c"], revenue: [1000, 10, 10], asOfDay });
    const result = segmentCustomers(data, { method: "abc", minSegmentSize: 2 });
    const a = result.segments.find((s) => s.id === "A")!;
    expect(a.customers).toBe(1);
    expect(a.tooSmall).toBe(true);
    expect(result.segments.find((s) => s.id === "C")!.tooSmall).toBe(false);
    expect(result.segments.find((s) => s.id === "B")!.tooSmall).toBe(false); // empty, not "too small"
    expect(result.notes.some((n) => n.es.includes("demasiado pequeño"))).toBe(true);
    expect(result.settings.minSegmentSize).toBe(2);
    expect(() => segmentCustomers(data, { method: "abc", minSegmentSize: 0 })).toThrow(CoreError);
  });

  test("bad revenue and unknown methods are CoreErrors naming the customer / method", () => {
    const data = createCustomerData({ ids: ["a", "Acme"], revenue: [1, NaN], asOfDay });
    expect(() => segmentCustomers(data, { method: "abc" })).toThrow(/"Acme"/);
    const ok = createCustomerData({ ids: ["a"], revenue: [1], asOfDay });
    expect(() => segmentCustomers(ok, { method: "nope" as Method })).toThrow(/portfolio, rfm/);
  });
});

describe("number formatting in reasons", () => {
  test("English and Spanish separators", () => {
    expect(formatNumber(1234567.891, "en", 2)).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, "es", 2)).toBe("1.234.567,89");
    expect(formatNumber(-0.0001, "en", 1)).toBe("0.0");
    expect(formatNumber(-1500, "es")).toBe("−1.500");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(0.125, "es")).toBe("12,5\u00a0%");
  });
});
