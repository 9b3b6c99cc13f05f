import { createCustomerData } from "../../../src/core/customer-data";
import { CoreError } from "../../../src/core/errors";
import type { Kpi } from "../../../src/core/model";
import { computePortfolioKpis } from "../../../src/core/kpi/portfolio-kpis";
import { periodGrid } from "../../../src/core/kpi/periods";
import { conversionRate } from "../../../src/core/kpi/conversion-rate";
import { day, makeHistory } from "./kpi-fixtures";

const byId = (kpis: Kpi[], id: string): Kpi => {
  const kpi = kpis.find((k) => k.id === id);
  if (!kpi) throw new Error(`no KPI ${id}`);
  return kpi;
};
const expectUnavailable = (kpi: Kpi, pattern: RegExp): void => {
  expect(kpi.value).toBeNull();
  expect(kpi.unavailableReason?.en).toMatch(pattern);
  expect(kpi.unavailableReason?.es.length).toBeGreaterThan(10);
};

const AS_OF = day("2024-12-31");
const basic = createCustomerData({
  ids: ["a", "b", "c", "d"],
  revenue: [100, 200, 300, 400],
  numeric: {
    marginAmount: [10, 40, -30, 80],
    orders: [1, 2, 3, 4],
    firstPurchaseDay: [day("2020-12-31"), day("2022-12-31"), day("2024-06-01"), day("2024-12-01")],
  },
  asOfDay: AS_OF,
});

describe("computePortfolioKpis — hand-computed portfolio", () => {
  const kpis = computePortfolioKpis(basic, {
    periodYears: 1,
    churnRatePerYear: 0.25,
    discountRatePerYear: 0.05,
  });

  it("totals, margin %, average ticket, frequency and concentration", () => {
    expect(byId(kpis, "customers").value).toBe(4);
    expect(byId(kpis, "revenue").value).toBe(1000);
    expect(byId(kpis, "grossMargin").value).toBe(100);
    expect(byId(kpis, "marginPercent").value).toBeCloseTo(0.1, 12);
    expect(byId(kpis, "averageTicket").value).toBeCloseTo(100, 12); // 1000 / 10 orders
    expect(byId(kpis, "purchasesPerCustomerPerYear").value).toBeCloseTo(2.5, 12);
    expect(byId(kpis, "top20RevenueShare").value).toBeCloseTo(0.4, 12); // 1 customer of 4: 400 / 1000
    expect(byId(kpis, "negativeMarginCustomers").value).toBe(1);
    // margins % 10, 20, −10, 20 vs portfolio 10 %: only c (revenue 300) is below.
    expect(byId(kpis, "belowAverageMarginRevenueShare").value).toBeCloseTo(0.3, 12);
    // tenure: 4, 2, (2024-06-01 → 12-31 = 213 days), 30 days.
    expect(byId(kpis, "averageTenureYears").value).toBeCloseTo((1461 + 731 + 213 + 30) / 365.25 / 4, 10);
  });

  it("LTV = margin per customer per year ÷ (churn + discount) = 25 / 0.3", () => {
    expect(byId(kpis, "averageLtv").value).toBeCloseTo(25 / 0.3, 10);
    expect(byId(kpis, "churnRatePerYear").value).toBe(0.25);
  });

  it("missing CAC spend → CAC, LTV:CAC and payback unavailable with the reason, not 0", () => {
    expectUnavailable(byId(kpis, "cac"), /acquisition spend/);
    expectUnavailable(byId(kpis, "ltvToCac"), /acquisition spend/);
    expectUnavailable(byId(kpis, "cacPaybackMonths"), /acquisition spend/);
  });

  it("CAC = spend / new customers, LTV:CAC flags the 3× rule, payback in months", () => {
    const withSpend = computePortfolioKpis(basic, {
      periodYears: 1,
      churnRatePerYear: 0.25,
      discountRatePerYear: 0.05,
      acquisitionSpend: 100,
    });
    expect(byId(withSpend, "newCustomers").value).toBe(2); // c and d started within the last 365 days
    expect(byId(withSpend, "cac").value).toBeCloseTo(50, 12);
    expect(byId(withSpend, "ltvToCac").value).toBeCloseTo(25 / 0.3 / 50, 10);
    expect(byId(withSpend, "ltvToCac").note?.en).toMatch(/below the 3× rule/);
    expect(byId(withSpend, "cacPaybackMonths").value).toBeCloseTo(50 / (25 / 12), 10);
    const cheap = computePortfolioKpis(basic, {
      periodYears: 1,
      churnRatePerYear: 0.25,
      discountRatePerYear: 0.05,
      acquisitionSpend: 10,
    });
    expect(byId(cheap, "ltvToCac").note?.en).toMatch(/meets the 3× rule/);
  });
});

describe("computePortfolioKpis — edge cases", () => {
  it("no margin column: margin KPIs and LTV unavailable with a reason (never 0)", () => {
    const data = createCustomerData({
      ids: ["a", "b"],
      revenue: [10, 20],
      numeric: { orders: [1, 1] },
      asOfDay: AS_OF,
    });
    const kpis = computePortfolioKpis(data, { churnRatePerYear: 0.5 });
    for (const id of ["grossMargin", "marginPercent", "averageLtv", "negativeMarginCustomers"]) {
      expectUnavailable(byId(kpis, id), /margin/);
    }
    expect(byId(kpis, "averageTicket").value).toBe(15);
    expect(byId(kpis, "purchasesPerCustomerPerYear").note?.en).toMatch(/assumed/);
  });

  it("all customers new: every one counts for CAC; no previous period → churn unavailable", () => {
    const data = createCustomerData({
      ids: ["a", "b", "c", "d"],
      revenue: [100, 100, 100, 100],
      numeric: {
        marginAmount: [20, 20, 20, 20],
        firstPurchaseDay: [AS_OF - 10, AS_OF - 50, AS_OF - 100, AS_OF - 300],
      },
      asOfDay: AS_OF,
    });
    const kpis = computePortfolioKpis(data, { acquisitionSpend: 1000 });
    expect(byId(kpis, "newCustomers").value).toBe(4);
    expect(byId(kpis, "cac").value).toBe(250);
    expectUnavailable(byId(kpis, "churnRatePerYear"), /Churn needs/);
    expectUnavailable(byId(kpis, "averageLtv"), /Churn needs/);
    expect(byId(kpis, "ltvToCac").value).toBeNull();
    // payback only needs CAC and margin: 250 / (20 / 12) months
    expect(byId(kpis, "cacPaybackMonths").value).toBeCloseTo(150, 10);
  });

  it("negative portfolio margin: payback unavailable (never paid back), LTV negative", () => {
    const data = createCustomerData({
      ids: ["a", "b"],
      revenue: [100, 100],
      numeric: { marginAmount: [-30, 10], acquisitionSpend: [40, 60] },
      asOfDay: AS_OF,
    });
    const kpis = computePortfolioKpis(data, { churnRatePerYear: 0.5, discountRatePerYear: 0 });
    expect(byId(kpis, "marginPercent").value).toBeCloseTo(-0.1, 12);
    expect(byId(kpis, "averageLtv").value).toBeCloseTo(-10 / 0.5, 12);
    expect(byId(kpis, "cac").value).toBe(50); // average of the acquisition cost column
    expectUnavailable(byId(kpis, "cacPaybackMonths"), /never paid back/);
  });

  it("acquisition spend but no new customer in the period → CAC unavailable", () => {
    const data = createCustomerData({
      ids: ["a"],
      revenue: [100],
      numeric: { firstPurchaseDay: [AS_OF - 1000] },
      asOfDay: AS_OF,
    });
    expectUnavailable(byId(computePortfolioKpis(data, { acquisitionSpend: 500 }), "cac"), /No new customers/);
  });

  it("zero customers: no crash, averages unavailable", () => {
    const data = createCustomerData({ ids: [], revenue: [], asOfDay: AS_OF });
    const kpis = computePortfolioKpis(data);
    expect(byId(kpis, "customers").value).toBe(0);
    expect(byId(kpis, "top20RevenueShare").value).toBeNull();
    expect(byId(kpis, "conversionRate").value).toBeNull();
  });

  it("invalid options are CoreErrors", () => {
    expect(() => computePortfolioKpis(basic, { acquisitionSpend: -1 })).toThrow(CoreError);
    expect(() => computePortfolioKpis(basic, { discountRatePerYear: -0.5 })).toThrow(CoreError);
    expect(() => computePortfolioKpis(basic, { churnRatePerYear: 1.5 })).toThrow(CoreError);
    expect(() => computePortfolioKpis(basic, { periodYears: 0 })).toThrow(CoreError);
  });
});

describe("retention per period", () => {
  // Jan: A, B · Feb: A, C · Mar: C, D
  const rows = [
    [10, 10, 0],
    [10, 0, 0],
    [0, 10, 10],
    [0, 0, 10],
  ];
  const history = makeHistory("month", ["2024-01", "2024-02", "2024-03"], rows);
  const data = createCustomerData({
    ids: ["A", "B", "C", "D"],
    revenue: [20, 10, 20, 10],
    asOfDay: day("2024-03-31"),
    history,
  });

  it("churn and retention per window from the period history", () => {
    // One churn figure: no rhythm known → a 12-month window, shortened to half the 3 months (1 month):
    // of A, C (February) only A is gone in March.
    const kpis = computePortfolioKpis(data);
    expect(byId(kpis, "churnWindowMonths").value).toBe(1);
    expect(byId(kpis, "retentionRatePerWindow").value).toBeCloseTo(0.5, 12);
    expect(byId(kpis, "churnRatePerWindow").value).toBeCloseTo(0.5, 12);
    expect(byId(kpis, "churnRatePerWindow").label.en).toBe("Churn rate per 1 month");
    expect(byId(kpis, "churnRatePerYear").value).toBeCloseTo(1 - Math.pow(0.5, 12), 12);
  });

  it("quarterly aggregation sums months", () => {
    const quarter = periodGrid(history, "quarter")!;
    expect(quarter.labels).toEqual(["2024-Q1"]);
    expect(Array.from(quarter.revenue)).toEqual([20, 10, 20, 10]);
  });

  it("an incomplete last period is left out of the churn windows", () => {
    const partial = createCustomerData({
      ids: ["A", "B", "C", "D"],
      revenue: [20, 10, 20, 10],
      asOfDay: day("2024-03-05"),
      history,
    });
    const kpis = computePortfolioKpis(partial);
    expect(byId(kpis, "churnRatePerWindow").value).toBeCloseTo(0.5, 12); // only Jan → Feb: B gone
    expect(byId(kpis, "churnRatePerWindow").note?.en).toMatch(
      /2024-01\.\.2024-01 not active in 2024-02\.\.2024-02/,
    );
  });
});

describe("conversion rate", () => {
  it("closed / leads, where closed = bought or status won", () => {
    const data = createCustomerData({
      ids: ["a", "b", "c", "d", "e"],
      revenue: [0, 0, 0, 100, 50],
      leadStatus: ["Lead", "Cerrado ganado", "Closed lost", "prospect", ""],
      asOfDay: AS_OF,
    });
    expect(conversionRate(data)).toMatchObject({ leads: 4, closed: 2, rate: 0.5 });
    expect(byId(computePortfolioKpis(data), "conversionRate").value).toBe(0.5);
  });
});
