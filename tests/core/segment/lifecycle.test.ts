import { createCustomerData } from "../../../src/core/customer-data";
import { CoreError } from "../../../src/core/errors";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

const asOfDay = 20_000;

describe("lifecycle ladder", () => {
  // Each customer built to hit one rule; comments give the hand computation.
  const data = createCustomerData({
    ids: [
      "lead",
      "lost-rhythm",
      "lost-365",
      "inactive",
      "new",
      "buyer",
      "evangelist",
      "exclusive",
      "habitual",
      "occasional",
      "active-weekly",
    ],
    revenue: [0, 500, 500, 500, 100, 100, 900, 800, 700, 300, 400],
    numeric: {
      // lost-rhythm: gap (550 − 350)/(5 − 1) = 50 days, silence 350 > 6 × 50 = 300 (and < a year) → lost.
      // lost-365: one purchase 400 days ago → > 365 → lost.
      // inactive: gap (160 − 100)/2 = 30, silence 100 > max(3 × 30, 30) = 90 and < 6 × 30 = 180 → inactive.
      // buyer: one purchase 120 days ago (not new after 90 days, not inactive before 180).
      // habitual: 8 purchases over 2 years → 4 a year → habitual. occasional: 3 over 2 years → 1.5 → occasional.
      orders: [0, 5, 1, 3, 2, 1, 6, 6, 8, 3, 50],
      firstPurchaseDay: [
        NaN,
        asOfDay - 550,
        asOfDay - 400,
        asOfDay - 160,
        asOfDay - 40,
        asOfDay - 120,
        asOfDay - 730,
        asOfDay - 730,
        asOfDay - 730,
        asOfDay - 730,
        asOfDay - 700,
      ],
      lastPurchaseDay: [
        NaN,
        asOfDay - 350,
        asOfDay - 400,
        asOfDay - 100,
        asOfDay - 5,
        asOfDay - 120,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 10,
        asOfDay - 20,
      ],
      referrals: [NaN, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0],
      shareOfWallet: [NaN, 0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 0.95, 0.5, 0.5, 0.5],
    },
    leadStatus: ["lead", "", "", "", "", "", "", "", "", "", ""],
    asOfDay,
  });

  test("each step on a hand-built customer", () => {
    const result = segmentCustomers(data, { method: "lifecycle" });
    const ids = Array.from(result.assignment, (s) => result.segments[s].id);
    expect(ids).toEqual([
      "potential",
      "lost",
      "lost",
      "inactive",
      "new",
      "buyer",
      "evangelist",
      "exclusive",
      "habitual",
      "occasional",
      // weekly-ish buyer (gap 680/49 ≈ 13.9 days) silent 20 days: 20 < max(27.8, 30) → still active, habitual.
      "habitual",
    ]);
    expect(result.reasons[1].en).toContain("own gap 50 days");
    expect(result.reasons[3].es).toContain("Inactivo");
  });

  test("Exclusive and Evangelist exist only with their data", () => {
    const plain = createCustomerData({ ids: ["a"], revenue: [10], numeric: { orders: [3] }, asOfDay });
    const result = segmentCustomers(plain, { method: "lifecycle" });
    const ids = result.segments.map((s) => s.id);
    expect(ids).not.toContain("exclusive");
    expect(ids).not.toContain("evangelist");
    expect(result.notes.map((n) => n.en).join(" ")).toContain("Evangelist step is left out");
    // Without dates, habitual is judged on purchases: 3 < 4 → occasional.
    expect(result.segments[result.assignment[0]].id).toBe("occasional");
  });

  test("thresholds are overridable by id", () => {
    const result = segmentCustomers(data, {
      method: "lifecycle",
      thresholds: { lostDays: 1000, lostMultiple: 10 },
    });
    // lost-365 (one purchase 400 days ago) is now inactive (> 180 days without rhythm).
    expect(result.segments[result.assignment[2]].id).toBe("inactive");
  });

  test("no purchase counts at all is a CoreError", () => {
    const none = createCustomerData({ ids: ["a"], revenue: [1], asOfDay });
    expect(() => segmentCustomers(none, { method: "lifecycle" })).toThrow(CoreError);
    expect(() => segmentCustomers(none, { method: "lifecycle" })).toThrow(/Orders/);
  });
});
