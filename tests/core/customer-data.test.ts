import { createCustomerData, marginPercentOf } from "../../src/core/customer-data";

describe("createCustomerData", () => {
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
