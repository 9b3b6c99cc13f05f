import { createCustomerData } from "../../../src/core/customer-data";
import { findInsights } from "../../../src/core/insights/find-insights";
import { ACTIONS, LOYALTY_MARGIN_UNKNOWN } from "../../../src/core/insights/actions";
import { texts } from "../../../src/i18n/texts";
import { formatNumber, formatPercent } from "../../../src/core/format";
import { robustZScores } from "../../../src/core/insights/robust-z";
import { day, makeHistory, makeSegmentation } from "../kpi/kpi-fixtures";

const AS_OF = day("2024-12-31");
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

describe("findInsights", () => {
  it("an exceptionally large customer gets loyalty, never called profitable without a margin column; the map's wording", () => {
    const revenue = [1000, 1100, 900, 1000, 1050, 950, 1000, 60_000];
    const segmentation = makeSegmentation(["All"], new Array(8).fill(0));
    const withoutMargin = createCustomerData({ ids: ids(8), revenue, asOfDay: AS_OF });
    const [large] = findInsights(withoutMargin, segmentation).filter((i) => i.customer === 7);
    expect(large.actionId).toBe("loyalty");
    expect(large.action).toEqual(LOYALTY_MARGIN_UNKNOWN);
    expect(large.action).toEqual(texts((t) => t.segment.portfolioMap.loyaltyKeepThisBusiness));
    const withMargin = createCustomerData({
      ids: ids(8),
      revenue,
      numeric: { marginAmount: revenue.map((r) => r * 0.3) },
      asOfDay: AS_OF,
    });
    const [largeWithMargin] = findInsights(withMargin, segmentation).filter((i) => i.customer === 7);
    expect(largeWithMargin.actionId).toBe("loyalty");
    expect(largeWithMargin.action).toEqual(texts((t) => t.segment.portfolioMap.strategicVipAction));
    // One wording per action: the call list says what the map says.
    expect(ACTIONS.reengage).toEqual(
      texts((t) => t.segment.portfolioMap.reEngagementPersonalisedRetentionCampaigns),
    );
    expect(ACTIONS.reprice).toEqual(texts((t) => t.segment.portfolioMap.repriceRenegotiateOrStop));
  });

  it("abrupt drop and jump vs the previous period; tiny customers are not listed", () => {
    const previous = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 10];
    const revenue = [1000, 1000, 1000, 1000, 1000, 1000, 200, 2500, 0];
    const data = createCustomerData({
      ids: ids(9),
      revenue,
      numeric: { previousRevenue: previous },
      asOfDay: AS_OF,
    });
    const items = findInsights(data, makeSegmentation(["All"], new Array(9).fill(0))).filter((i) =>
      i.kind.startsWith("abrupt"),
    );
    expect(items.map((i) => [i.kind, i.customer, i.moneyAtStake])).toEqual([
      ["abrupt-jump", 7, 1500],
      ["abrupt-drop", 6, 800],
    ]);
    expect(items[1].actionId).toBe("reengage");
    expect(items[1].figure.en).toContain("−80%");
    expect(items[1].figure.en).toContain("1,000 → 200");
    expect(items[1].figure.es).toContain("1.000 → 200");
    expect(items[0].actionId).toBe("develop");
  });

  it("a customer with nothing in the previous period reads as all new revenue, not 'revenue new activity'", () => {
    const previous = [1000, 1000, 1000, 1000, 0];
    const revenue = [1000, 1000, 1000, 1000, 3000];
    const data = createCustomerData({
      ids: ids(5),
      revenue,
      numeric: { previousRevenue: previous },
      asOfDay: AS_OF,
    });
    const [jump] = findInsights(data, makeSegmentation(["All"], new Array(5).fill(0))).filter(
      (i) => i.kind === "abrupt-jump",
    );
    expect(jump.customer).toBe(4);
    expect(jump.figure.en).toMatch(/^all new revenue, .+ \(0 → 3,000\)$/);
    expect(jump.figure.es).toMatch(/^ventas nuevas, .+ \(0 → 3\.000\)$/);
    for (const text of [jump.figure.en, jump.figure.es])
      expect(text).not.toMatch(/new activity|actividad nueva/);
  });

  it("drop vs the previous period must also be a drop vs the customer's own history", () => {
    // c0: steady 100, then 20 → drop. c1: usually 20 (median), one spike of 100, then 20 → not a drop vs own history.
    const history = makeHistory(
      "month",
      ["2024-09", "2024-10", "2024-11", "2024-12"],
      [
        [100, 100, 100, 20],
        [20, 20, 100, 20],
      ],
    );
    const data = createCustomerData({ ids: ids(2), revenue: [320, 160], asOfDay: AS_OF, history });
    const items = findInsights(data, makeSegmentation(["All"], [0, 0]), { minCustomerRevenue: 50 });
    expect(items.map((i) => [i.kind, i.customer])).toEqual([["abrupt-drop", 0]]);
    expect(items[0].figure.en).toContain("2024-12 vs 2024-11");
  });

  it("negative-margin customers, with the loss as money at stake and 'reprice'", () => {
    const data = createCustomerData({
      ids: ids(3),
      revenue: [1000, 2000, 500],
      numeric: { marginAmount: [200, -300, -50] },
      asOfDay: AS_OF,
    });
    const items = findInsights(data, makeSegmentation(["All"], [0, 0, 0])).filter(
      (i) => i.kind === "negative-margin",
    );
    expect(items.map((i) => [i.customer, i.moneyAtStake, i.actionId])).toEqual([
      [1, 300, "reprice"],
      [2, 50, "reprice"],
    ]);
    expect(items[0].figure.en).toBe("margin −300 on revenue 2,000 (−15.0%)");
  });

  it("regions that grow differently and are over-represented in a segment", () => {
    const region = ["N", "N", "N", "N", "N", "S", "S", "S", "S", "S"];
    const data = createCustomerData({
      ids: ids(10),
      revenue: [50, 50, 50, 50, 50, 100, 100, 100, 100, 100],
      numeric: { previousRevenue: new Array(10).fill(100) },
      dimensions: { region },
      asOfDay: AS_OF,
    });
    const segmentation = makeSegmentation(["At risk", "Stable"], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const groups = findInsights(data, segmentation).filter((i) => i.kind === "group-difference");
    // Portfolio growth −25\u00a0%: N −50\u00a0% (lags), S 0\u00a0% (ahead); money |now − before × 0.75| = 125 each.
    const growth = groups.filter((g) => /grows|lags/.test(g.title.en));
    expect(growth.map((g) => [g.group?.en, g.actionId, g.moneyAtStake])).toEqual([
      ["Region N", "reengage", 125],
      ["Region S", "develop", 125],
    ]);
    // Lift 2× for N in At risk and S in Stable: (5 − 2.5) × average revenue.
    const lift = groups.filter((g) => /than the average/.test(g.title.en));
    expect(lift[0].figure.en).toMatch(/^5 of \d+ customers are .+, 2\.0 times the average/);
    expect(lift[0].figure.es).not.toMatch(/lift/i);
    expect(lift.map((g) => [g.group?.en, g.moneyAtStake])).toEqual([
      ["Region S", 250],
      ["Region N", 125],
    ]);
    expect(lift[1].action.en).toBe("act on At risk");
    expect(lift[1].figure.en).toContain("2.0 times the average");
  });

  it("groups below the minimum size are not reported", () => {
    const data = createCustomerData({
      ids: ids(6),
      revenue: [10, 100, 100, 100, 100, 100],
      numeric: { previousRevenue: new Array(6).fill(100) },
      dimensions: { region: ["X", "Y", "Y", "Y", "Y", "Y"] },
      asOfDay: AS_OF,
    });
    const items = findInsights(data, makeSegmentation(["All"], new Array(6).fill(0)), {
      minGroupCustomers: 2,
    });
    expect(
      items.filter((i) => i.kind === "group-difference").every((i) => i.group?.en !== "region = X"),
    ).toBe(true);
  });

  it("cross-sell gap: a category 80\u00a0% of the segment buys and this customer does not", () => {
    const categories = [["A", "B"], ["A", "B"], ["A", "B"], ["A", "B"], ["A"], ["C"]];
    const history = makeHistory(
      "month",
      ["2024-12"],
      categories.map(() => [100]),
      { categories, hasCategories: true },
    );
    const data = createCustomerData({
      ids: ids(6),
      revenue: [100, 100, 100, 100, 100, 100],
      asOfDay: AS_OF,
      history,
    });
    const segmentation = makeSegmentation(["Core", "Other"], [0, 0, 0, 0, 0, 1]);
    const items = findInsights(data, segmentation, { minSegmentCustomers: 5 }).filter(
      (i) => i.kind === "cross-sell-gap",
    );
    expect(items).toHaveLength(1);
    expect(items[0].customer).toBe(4);
    // B buyers spend 100 over 2 categories: 50 per category.
    expect(items[0].moneyAtStake).toBeCloseTo(50, 12);
    expect(items[0].title.en).toContain("does not buy B");
    expect(items[0].figure.en).toContain("80% of Core customers buy this category");
    expect(items[0].actionId).toBe("develop");
  });

  it("robust outliers and the cap, ranked by money at stake", () => {
    const revenue = [95, 100, 105, 98, 102, 97, 103, 99, 101, 100, 96, 104, 10000];
    const margin = revenue.map((r) => r * 0.2);
    margin[3] = -500;
    const data = createCustomerData({
      ids: ids(13),
      revenue,
      numeric: { marginAmount: margin },
      asOfDay: AS_OF,
    });
    const items = findInsights(data, makeSegmentation(["All"], new Array(13).fill(0)));
    expect(items[0]).toMatchObject({ kind: "outlier", customer: 12, actionId: "loyalty" });
    expect(items[0].moneyAtStake).toBeCloseTo(10000 - 100, 10); // median of the 13 revenues is 100
    expect(items[1]).toMatchObject({ kind: "negative-margin", customer: 3, moneyAtStake: 500 });
    const capped = findInsights(data, makeSegmentation(["All"], new Array(13).fill(0)), { maxItems: 1 });
    expect(capped).toHaveLength(1);
    for (let i = 1; i < items.length; i++)
      expect(items[i - 1].moneyAtStake).toBeGreaterThanOrEqual(items[i].moneyAtStake);
  });

  it("no data, no items (never throws)", () => {
    const data = createCustomerData({ ids: [], revenue: [], asOfDay: AS_OF });
    expect(findInsights(data, makeSegmentation(["All"], []))).toEqual([]);
  });
});

describe("helpers", () => {
  it("formats numbers in English and Spanish", () => {
    expect(formatNumber(48200.5, "en", 1)).toBe("48,200.5");
    expect(formatNumber(48200.5, "es", 1)).toBe("48.200,5");
    expect(formatNumber(-1234567, "en")).toBe("−1,234,567");
    expect(formatPercent(-0.62, "es", 0, true)).toBe("−62\u00a0%");
    expect(formatPercent(0.15, "en", 0, true)).toBe("+15%");
  });

  it("robust z: median/MAD, MAD = 0 falls back to the mean absolute deviation", () => {
    const z = robustZScores([1, 2, 3, 4, 100]);
    expect(z[2]).toBe(0);
    expect(z[4]).toBeCloseTo(97 / 1.4826, 10);
    const flat = robustZScores([5, 5, 5, 5, 9]);
    expect(flat[4]).toBeCloseTo(4 / (1.2533 * 0.8), 10); // deviations 0,0,0,0,4: mean 0.8
  });
});
