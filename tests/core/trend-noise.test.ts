import { createCustomerData } from "../../src/core/customer-data";
import type { PurchaseHistory } from "../../src/core/model";
import {
  rhythmIrregularity,
  TREND_NOISE_Z,
  trendChanceVariance,
  trendIsClear,
} from "../../src/core/trend-noise";

describe("rhythmIrregularity", () => {
  it("is 0 for clockwork, the gaps' coefficient of variation otherwise, at most 1", () => {
    expect(rhythmIrregularity([0, 30, 60, 90, 120], 0, 5)).toBe(0);
    // Gaps 10, 30, 10, 30: mean 20, sample sd √((4 · 100) / 3) = 11.547 → 0.577.
    expect(rhythmIrregularity([0, 10, 40, 50, 80], 0, 5)).toBeCloseTo(Math.sqrt(400 / 3) / 20, 12);
    // Gaps 1, 1, 1, 97: sd 48.5 over a mean of 25 → capped at 1.
    expect(rhythmIrregularity([0, 1, 2, 3, 100], 0, 5)).toBe(1);
    // Reads only its slice of a shared list.
    expect(rhythmIrregularity([999, 0, 30, 60, 90, 120, -5], 1, 5)).toBe(0);
  });
  it("says 1 (as random as Poisson) with fewer than 4 gaps", () => {
    expect(rhythmIrregularity([0, 30, 60, 90], 0, 4)).toBe(1);
    expect(rhythmIrregularity([], 0, 0)).toBe(1);
  });
});

describe("trendChanceVariance", () => {
  it("is Σx² for a Poisson buyer and only the spend's own spread for clockwork", () => {
    // Days of 100, 100, 200, 200 (Σx = 600, Σx² = 100,000, mean 150, N·v = 100,000 − 90,000 = 10,000).
    expect(trendChanceVariance(100_000, 600, 4, 1)).toBe(100_000);
    expect(trendChanceVariance(100_000, 600, 4, 0)).toBeCloseTo(10_000, 9);
    // c = 0.5: 100,000 − 0.75 · 90,000 = 32,500.
    expect(trendChanceVariance(100_000, 600, 4, 0.5)).toBeCloseTo(32_500, 9);
    expect(trendChanceVariance(0, 0, 0, 1)).toBe(0);
  });
});

describe("trendIsClear", () => {
  /** Customers who bought `recent` and `previous` purchases of 100 in the two trend windows, one per day. */
  function buyers(split: [number, number][]) {
    const history = {
      recentRevenue: Float64Array.from(split.map(([recent]) => recent * 100)),
      trendChanceVariance: Float64Array.from(
        split.map(([recent, previous]) => (recent + previous) * 100 * 100),
      ),
    } as unknown as PurchaseHistory;
    return createCustomerData({
      ids: split.map((_, i) => `c${i}`),
      revenue: split.map(([recent]) => recent * 100),
      numeric: { previousRevenue: split.map(([, previous]) => previous * 100) },
      asOfDay: 20000,
      history,
    });
  }

  it("counts a change only when it is larger than a steady buyer's chance variation", () => {
    // Ten equal purchases: |recent − previous| / (100 · √10) = 6 / 3.16 = 1.90 for 2 vs 8 (clear), 0.63 for
    // 4 vs 6 (chance). One purchase last year and none this year: 1 / 1 = 1.00 (chance: judged by silence).
    // Fifty purchases 20 vs 30 (−33 %): 10 / √50 = 1.41 (chance); 200 purchases 80 vs 120: 40 / √200 = 2.83.
    const data = buyers([
      [2, 8],
      [4, 6],
      [0, 1],
      [20, 30],
      [80, 120],
      [8, 2],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => trendIsClear(data, i))).toEqual([
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(TREND_NOISE_Z).toBeCloseTo(1.645, 3);
  });

  it("sits exactly at the one-sided 5 % level", () => {
    // Σx² = 1,000² (e.g. one large day), so the bar is 1.645 × 1,000 = 1,645 of change: reached, then missed by 1.
    const history = {
      recentRevenue: Float64Array.from([1645, 1644]),
      trendChanceVariance: Float64Array.from([1000 * 1000, 1000 * 1000]),
    } as unknown as PurchaseHistory;
    const data = createCustomerData({
      ids: ["at", "below"],
      revenue: [1645, 1644],
      numeric: { previousRevenue: [0, 0] },
      asOfDay: 20000,
      history,
    });
    expect(trendIsClear(data, 0)).toBe(true);
    expect(trendIsClear(data, 1)).toBe(false);
  });

  it("trusts every change when the data has no day spends (a customer sheet's previous-period column)", () => {
    const data = createCustomerData({
      ids: ["a"],
      revenue: [101],
      numeric: { previousRevenue: [100] },
      asOfDay: 20000,
    });
    expect(trendIsClear(data, 0)).toBe(true);
  });
});
