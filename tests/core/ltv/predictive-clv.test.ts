import { CoreError } from "../../../src/core/errors";
import { bgNbdExpectedPurchases } from "../../../src/core/ltv/bg-nbd";
import { fitGammaGamma, gammaGammaExpectedSpend } from "../../../src/core/ltv/gamma-gamma";
import { convertTime, predictiveClv } from "../../../src/core/ltv/predictive-clv";

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const customers = {
  frequency: [0, 2, 7],
  recency: [0, 30.43, 29.43],
  age: [38.86, 38.86, 31.57],
  meanSpend: [0, 22.35, 40],
};

describe("predictiveClv", () => {
  it("without discount is expected purchases over the horizon × expected spend × margin, horizon converted to weeks", () => {
    const result = predictiveClv({
      bgNbd: BG,
      gammaGamma: GG,
      ...customers,
      timeUnit: "weeks",
      horizon: 12,
      horizonUnit: "months",
      discountRatePerYear: 0,
      marginPercent: 0.3,
    });
    const weeks = 365.25 / 7;
    expect(result.horizonInModelUnits).toBeCloseTo(weeks, 10);
    for (let i = 0; i < 3; i++) {
      const purchases = bgNbdExpectedPurchases(
        BG,
        weeks,
        customers.frequency[i],
        customers.recency[i],
        customers.age[i],
      );
      const spend = gammaGammaExpectedSpend(GG, customers.frequency[i], customers.meanSpend[i]);
      expect(result.clv[i]).toBeCloseTo(purchases * spend * 0.3, 9);
    }
    // 12 months is not 12 weeks.
    const twelveWeeks = bgNbdExpectedPurchases(BG, 12, 2, 30.43, 38.86);
    expect(result.expectedPurchases[1]).toBeGreaterThan(2 * twelveWeeks);
  });

  it("gives the same value for 1 year, 12 months and 365.25 days; discounting lowers it; days model agrees", () => {
    const base = {
      bgNbd: BG,
      gammaGamma: GG,
      ...customers,
      timeUnit: "weeks" as const,
      discountRatePerYear: 0.1,
      marginPercent: 0.3,
    };
    const year = predictiveClv({ ...base, horizon: 1, horizonUnit: "years" }).clv;
    const months = predictiveClv({ ...base, horizon: 12, horizonUnit: "months" }).clv;
    const undiscounted = predictiveClv({
      ...base,
      discountRatePerYear: 0,
      horizon: 1,
      horizonUnit: "years",
    }).clv;
    const daysModel = predictiveClv({
      ...base,
      bgNbd: { ...BG, alpha: BG.alpha * 7 },
      recency: customers.recency.map((w) => w * 7),
      age: customers.age.map((w) => w * 7),
      timeUnit: "days",
      horizon: 365.25,
      horizonUnit: "days",
    }).clv;
    for (let i = 0; i < 3; i++) {
      expect(months[i]).toBeCloseTo(year[i], 9);
      expect(daysModel[i]).toBeCloseTo(year[i], 6);
      expect(year[i]).toBeLessThan(undiscounted[i]);
      expect(year[i]).toBeGreaterThan(undiscounted[i] / 1.1);
    }
    expect(convertTime(1, "years", "weeks")).toBeCloseTo(52.178571, 5);
  });

  it("negative margins give negative CLV; invalid margins and horizons are CoreErrors", () => {
    const base = {
      bgNbd: BG,
      gammaGamma: GG,
      ...customers,
      timeUnit: "weeks" as const,
      discountRatePerYear: 0.1,
      horizon: 1,
      horizonUnit: "years" as const,
    };
    const result = predictiveClv({ ...base, marginPercent: [-0.2, 0.1, 0.5] });
    expect(result.clv[0]).toBeLessThan(0);
    expect(() => predictiveClv({ ...base, marginPercent: 2 })).toThrow(CoreError);
    expect(() => predictiveClv({ ...base, marginPercent: 0.2, horizon: 0 })).toThrow(CoreError);
    expect(() => predictiveClv({ ...base, marginPercent: 0.2, discountRatePerYear: -1 })).toThrow(CoreError);
  });
});

describe("Gamma-Gamma spend model", () => {
  it("expected spend mixes the population mean and the customer's own mean", () => {
    const population = (GG.p * GG.gamma) / (GG.q - 1);
    expect(gammaGammaExpectedSpend(GG, 0, 0)).toBeCloseTo(population, 10);
    const own = 50;
    const x = 4;
    const weight = (GG.p * x) / (GG.p * x + GG.q - 1);
    expect(gammaGammaExpectedSpend(GG, x, own)).toBeCloseTo((1 - weight) * population + weight * own, 10);
    expect(Number.isNaN(gammaGammaExpectedSpend(GG, 3, -5))).toBe(true);
    expect(Number.isNaN(gammaGammaExpectedSpend({ ...GG, q: 0.9 }, 3, 5))).toBe(true);
  });

  it("ignores and counts customers with no repeat purchase or non-positive spend; needs 2 usable customers", () => {
    const fit = fitGammaGamma([0, 1, 2, 3, 4, 2, 5, 1], [0, 10, -3, 12, 30, 8, 20, 15]);
    expect(fit.customersUsed).toBe(6);
    expect(fit.ignoredNoRepeat).toBe(1);
    expect(fit.ignoredNonPositiveSpend).toBe(1);
    expect(() => fitGammaGamma([0, 1], [0, 5])).toThrow(CoreError);
  });
});
