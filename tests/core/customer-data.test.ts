import { createCustomerData, marginPercentOf, revenueTrendOf } from "../../src/core/customer-data";
import type { PurchaseHistory } from "../../src/core/model";

describe("createCustomerData", () => {
  it("adopt: uses the reader's arrays as given, the same data as copies would give", () => {
    const input = {
      ids: ["a", "b"],
      names: ["Ana", "Bea"],
      revenue: Float64Array.of(10, 20),
      numeric: { orders: Float64Array.of(1, NaN), nps: Float64Array.of(NaN, NaN), marginAmount: [3, 4] },
      leadStatus: ["", "open"],
      dimensions: { region: ["North", "South"] },
      asOfDay: 100,
    };
    const adopted = createCustomerData({ ...input, adopt: true });
    const copied = createCustomerData(input);
    expect(adopted.revenue).toBe(input.revenue);
    expect(adopted.orders).toBe(input.numeric.orders);
    expect(adopted.ids).toBe(input.ids);
    expect(adopted.dimensions.region).toBe(input.dimensions.region);
    expect(copied.revenue).not.toBe(input.revenue);
    expect(copied.ids).not.toBe(input.ids);
    // A number[] column is still copied into a Float64Array; an all-NaN column is unavailable either way.
    expect(adopted.marginAmount).toBeInstanceOf(Float64Array);
    expect(adopted.available).toEqual(copied.available);
    expect(adopted.available.nps).toBe(false);
    expect(adopted.available.orders).toBe(true);
    for (const field of ["revenue", "orders", "nps", "marginAmount", "referrals", "lastPurchaseDay"] as const)
      expect(Array.from(adopted[field])).toEqual(Array.from(copied[field]));
    expect({ ...adopted, revenue: [], orders: [], nps: [] }).toEqual({
      ...copied,
      revenue: [],
      orders: [],
      nps: [],
    });
  });

  it("fills missing numeric fields with NaN and marks them unavailable", () => {
    const data = createCustomerData({ ids: ["a", "b"], revenue: [100, 50], asOfDay: 20000 });
    expect(data.count).toBe(2);
    expect(Number.isNaN(data.marginAmount[0])).toBe(true);
    expect(data.available.marginAmount).toBe(false);
    expect(data.names).toEqual(["a", "b"]);
    expect(data.leadStatus).toEqual(["", ""]);
  });
  it("keeps given fields and marks them available", () => {
    const data = createCustomerData({
      ids: ["a", "b"],
      revenue: [100, 0],
      numeric: { marginAmount: [-20, 5] },
      asOfDay: 20000,
    });
    expect(data.available.marginAmount).toBe(true);
    expect(marginPercentOf(data, 0)).toBeCloseTo(-0.2);
    expect(Number.isNaN(marginPercentOf(data, 1))).toBe(true);
  });
  it("rejects arrays of the wrong length", () => {
    expect(() => createCustomerData({ ids: ["a"], revenue: [1, 2], asOfDay: 0 })).toThrow(RangeError);
  });
});

describe("revenueTrendOf", () => {
  it("compares a customer sheet's revenue with its previous-period revenue", () => {
    const data = createCustomerData({
      ids: ["grows", "new", "silent", "unknown"],
      revenue: [150, 80, 0, 10],
      numeric: { previousRevenue: [100, 0, 0, NaN] },
      asOfDay: 20000,
    });
    expect(revenueTrendOf(data, 0)).toBeCloseTo(0.5);
    expect(revenueTrendOf(data, 1)).toBe(Infinity);
    expect(revenueTrendOf(data, 2)).toBe(0);
    expect(Number.isNaN(revenueTrendOf(data, 3))).toBe(true);
  });
  it("uses the recent window, not the whole observation, for transaction data", () => {
    // 300 over two years: 100 in the previous window, 200 in the recent one → +100 %, not +200 %.
    const history = { recentRevenue: Float64Array.from([200]) } as unknown as PurchaseHistory;
    const data = createCustomerData({
      ids: ["a"],
      revenue: [300],
      numeric: { previousRevenue: [100] },
      asOfDay: 20000,
      history,
    });
    expect(revenueTrendOf(data, 0)).toBeCloseTo(1);
  });
});
