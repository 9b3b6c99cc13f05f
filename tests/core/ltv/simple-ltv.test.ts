import { CoreError } from "../../../src/core/errors";
import { expectedLifetimeYears, retentionLtv, simpleLtv } from "../../../src/core/ltv/simple-ltv";

function errorOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

describe("simpleLtv (ticket × purchases/year × margin % × lifetime)", () => {
  it("is ticket × purchases × margin ÷ churn without discount (100 × 4 × 25 % × 5 years = 500)", () => {
    expect(
      simpleLtv({ averageTicket: 100, purchasesPerYear: 4, marginPercent: 0.25, churnRatePerYear: 0.2 }),
    ).toBeCloseTo(500, 10);
    expect(expectedLifetimeYears(0.2)).toBeCloseTo(5, 12);
  });

  it("discounts yearly margins: m / (churn + d) = 100 / 0.3", () => {
    expect(
      simpleLtv({
        averageTicket: 100,
        purchasesPerYear: 4,
        marginPercent: 0.25,
        churnRatePerYear: 0.2,
        discountRatePerYear: 0.1,
      }),
    ).toBeCloseTo(100 / 0.3, 10);
  });

  it("allows negative margins (a loss-making customer has a negative LTV)", () => {
    expect(
      simpleLtv({ averageTicket: 100, purchasesPerYear: 4, marginPercent: -0.25, churnRatePerYear: 0.2 }),
    ).toBeCloseTo(-500, 10);
  });

  it("rejects margins outside −100 %..100 %, churn outside (0, 1] and negative inputs, in en and es", () => {
    const margin = errorOf(() =>
      simpleLtv({ averageTicket: 1, purchasesPerYear: 1, marginPercent: 1.5, churnRatePerYear: 0.2 }),
    );
    expect(margin.code).toBe("ltv-invalid-margin");
    expect(margin.localized.en).toMatch(/between -1 and 1/);
    expect(margin.localized.es).toMatch(/entre -1 y 1/);
    expect(
      errorOf(() =>
        simpleLtv({ averageTicket: 1, purchasesPerYear: 1, marginPercent: 0.2, churnRatePerYear: 0 }),
      ).code,
    ).toBe("ltv-invalid-churn");
    expect(
      errorOf(() =>
        simpleLtv({ averageTicket: -1, purchasesPerYear: 1, marginPercent: 0.2, churnRatePerYear: 0.5 }),
      ).code,
    ).toBe("ltv-invalid-input");
    expect(
      errorOf(() =>
        simpleLtv({
          averageTicket: 1,
          purchasesPerYear: 1,
          marginPercent: 0.2,
          churnRatePerYear: 0.5,
          discountRatePerYear: -0.1,
        }),
      ).code,
    ).toBe("ltv-invalid-discount-rate");
  });
});

describe("retentionLtv (m × r / (1 + d − r))", () => {
  it("matches the hand computation 100 × 0.8 / 0.3", () => {
    expect(
      retentionLtv({ marginPerPeriod: 100, retentionRate: 0.8, discountRatePerPeriod: 0.1 }),
    ).toBeCloseTo(80 / 0.3, 10);
    expect(retentionLtv({ marginPerPeriod: 100, retentionRate: 0, discountRatePerPeriod: 0.1 })).toBe(0);
    expect(retentionLtv({ marginPerPeriod: -50, retentionRate: 0.5, discountRatePerPeriod: 0 })).toBeCloseTo(
      -50,
      10,
    );
  });

  it("is the lifetime form × r", () => {
    const lifetime = simpleLtv({
      averageTicket: 50,
      purchasesPerYear: 2,
      marginPercent: 0.4,
      churnRatePerYear: 0.3,
      discountRatePerYear: 0.08,
    });
    const retention = retentionLtv({ marginPerPeriod: 40, retentionRate: 0.7, discountRatePerPeriod: 0.08 });
    expect(retention).toBeCloseTo(lifetime * 0.7, 10);
  });

  it("rejects retention of 1 or more (no end to the sum) and below 0", () => {
    expect(
      errorOf(() => retentionLtv({ marginPerPeriod: 1, retentionRate: 1, discountRatePerPeriod: 0 })).code,
    ).toBe("ltv-invalid-retention");
    expect(
      errorOf(() => retentionLtv({ marginPerPeriod: 1, retentionRate: -0.1, discountRatePerPeriod: 0 })).code,
    ).toBe("ltv-invalid-retention");
    expect(
      errorOf(() => retentionLtv({ marginPerPeriod: NaN, retentionRate: 0.5, discountRatePerPeriod: 0 }))
        .code,
    ).toBe("ltv-invalid-margin-amount");
  });
});
