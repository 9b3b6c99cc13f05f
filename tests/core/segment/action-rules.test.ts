import {
  PORTFOLIO_RULES,
  type PortfolioSituation,
  type TrendState,
  portfolioRule,
} from "../../../src/core/segment/action-rules";
import { ACTIONS } from "../../../src/core/insights/actions";

type Row = [
  margin: "high" | "low" | "negative" | "unknown",
  value: "high" | "low",
  trend: TrendState,
  silent: boolean,
  segment: string,
  action: string,
];

/** The decision table, row by row: situation → segment → action (segment/action-rules.ts). */
const TABLE: Row[] = [
  // Negative margin: its own situation, whatever value or trend.
  ["negative", "high", "growing", false, "loss-making", "reprice"],
  ["negative", "high", "stable", false, "loss-making", "reprice"],
  ["negative", "low", "growing", false, "loss-making", "reprice"],
  ["negative", "low", "declining", true, "loss-making", "reprice"],
  // High value + low margin: renegotiate whatever the trend.
  ["low", "high", "growing", false, "high-volume-low-margin", "optimise"],
  ["low", "high", "stable", false, "high-volume-low-margin", "optimise"],
  ["low", "high", "declining", false, "high-volume-low-margin", "optimise"],
  ["low", "high", "stable", true, "high-volume-low-margin", "optimise"],
  // High value + high margin.
  ["high", "high", "stable", false, "strategic", "loyalty"],
  ["high", "high", "growing", false, "strategic", "loyalty"],
  ["high", "high", "declining", false, "at-risk", "reengage"],
  ["high", "high", "stable", true, "at-risk", "reengage"],
  // Low value.
  ["high", "low", "stable", false, "low-volume-high-margin", "develop"],
  ["high", "low", "growing", false, "growth-potential", "develop"],
  ["high", "low", "declining", false, "at-risk", "reengage"],
  ["low", "low", "stable", false, "maintain", "maintain"],
  ["low", "low", "growing", false, "growth-potential", "develop"],
  ["low", "low", "stable", true, "at-risk", "reengage"],
  // No margin data: value × trend, margin-free names.
  ["unknown", "high", "stable", false, "high-value", "loyalty"],
  ["unknown", "high", "growing", false, "high-value", "loyalty"],
  ["unknown", "high", "declining", false, "at-risk", "reengage"],
  ["unknown", "low", "growing", false, "growth-potential", "develop"],
  ["unknown", "low", "stable", false, "low-value", "maintain"],
  ["unknown", "low", "stable", true, "at-risk", "reengage"],
];

function situation(margin: Row[0], value: Row[1], trend: TrendState, silent: boolean): PortfolioSituation {
  return {
    marginKnown: margin !== "unknown",
    negativeMargin: margin === "negative",
    highMargin: margin === "high",
    highValue: value === "high",
    trend,
    silent,
  };
}

describe("portfolio action rules (segment × condition → action)", () => {
  test.each(TABLE)(
    "margin %s, value %s, %s, silent %s → %s (%s)",
    (margin, value, trend, silent, segment, action) => {
      const rule = portfolioRule(situation(margin, value, trend, silent));
      expect(rule.segment).toBe(segment);
      expect(rule.actionId).toBe(action);
    },
  );

  test("over every situation: a loss-maker is never strategic or growth, high value + low margin is renegotiated", () => {
    const margins: Row[0][] = ["high", "low", "negative", "unknown"];
    const trends: TrendState[] = ["growing", "stable", "declining"];
    let checked = 0;
    for (const margin of margins)
      for (const value of ["high", "low"] as const)
        for (const trend of trends)
          for (const silent of [false, true]) {
            const rule = portfolioRule(situation(margin, value, trend, silent));
            if (margin === "negative") expect(rule.segment).toBe("loss-making");
            if (margin === "low" && value === "high") expect(rule.actionId).toBe("optimise");
            if (margin === "unknown")
              expect(["high-value", "growth-potential", "at-risk", "low-value"]).toContain(rule.segment);
            else expect(["high-value", "low-value"]).not.toContain(rule.segment);
            checked++;
          }
    expect(checked).toBe(48);
  });

  test("every rule has a condition and an action in both languages", () => {
    for (const rule of PORTFOLIO_RULES) {
      expect(rule.when.en.length).toBeGreaterThan(0);
      expect(rule.when.es.length).toBeGreaterThan(0);
      expect(ACTIONS[rule.actionId].en.length).toBeGreaterThan(0);
      expect(ACTIONS[rule.actionId].es.length).toBeGreaterThan(0);
    }
  });
});
