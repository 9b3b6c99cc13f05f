/**
 * THE rule table of the portfolio map: a customer's situation (margin, value, trend, silence) → segment →
 * action, first matching rule wins. Written once here; the map assigns segments with it, draws its grid
 * cells with it and the tests check it row by row. It follows the seeds (kbox-customer-map): strategic →
 * loyalty, high volume & low margin → optimise profitability / renegotiate conditions, low volume & high
 * margin → develop (cross-sell, frequency), growth potential → develop, at risk → re-engagement; plus two
 * rules the seeds imply and a director expects:
 * - **Negative margin is its own situation** (every sale loses money): reprice, renegotiate or stop —
 *   never growth, never strategic, whatever the value or the trend.
 * - **High value + low margin → renegotiate whatever the trend**: growing a low-margin account grows the
 *   problem, and a declining one is renegotiated before it is re-engaged.
 * Without margin data the margin rules cannot apply and the map is value × trend with margin-free names
 * ("High value", "Low value"): no label claims a margin the data does not have.
 */
import type { ActionId } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

export type PortfolioSegmentId =
  | "strategic"
  | "high-volume-low-margin"
  | "low-volume-high-margin"
  | "growth-potential"
  | "at-risk"
  | "maintain"
  | "loss-making"
  | "high-value"
  | "low-value";

export type TrendState = "growing" | "stable" | "declining";

/** What the rules look at, per customer (or per map cell). */
export interface PortfolioSituation {
  /** The data has margins (a margin, cost or margin % column). */
  marginKnown: boolean;
  /** Margin % below 0 (false when unknown). */
  negativeMargin: boolean;
  /** Margin % at or above the high-margin threshold (false when unknown). */
  highMargin: boolean;
  highValue: boolean;
  trend: TrendState;
  /** Silent longer than the customer's silence limit (own rhythm). */
  silent: boolean;
}

interface PortfolioRule {
  segment: PortfolioSegmentId;
  /** The condition in words, for the About sheet and the tests. */
  when: Localized;
  applies: (s: PortfolioSituation) => boolean;
  actionId: ActionId;
}

/** First match wins. */
export const PORTFOLIO_RULES: readonly PortfolioRule[] = [
  {
    segment: "loss-making",
    when: texts((t) => t.segment.actionRules.negativeMargin),
    applies: (s) => s.marginKnown && s.negativeMargin,
    actionId: "reprice",
  },
  {
    segment: "high-volume-low-margin",
    when: texts((t) => t.segment.actionRules.highValueLowMargin),
    applies: (s) => s.marginKnown && s.highValue && !s.highMargin,
    actionId: "optimise",
  },
  {
    segment: "at-risk",
    when: texts((t) => t.segment.actionRules.decliningOrSilent),
    applies: (s) => s.trend === "declining" || s.silent,
    actionId: "reengage",
  },
  {
    segment: "growth-potential",
    when: texts((t) => t.segment.actionRules.growingAndNotAlready),
    applies: (s) => s.trend === "growing" && !(s.highValue && (s.highMargin || !s.marginKnown)),
    actionId: "develop",
  },
  {
    segment: "strategic",
    when: texts((t) => t.segment.actionRules.highValueHighMargin),
    applies: (s) => s.marginKnown && s.highValue && s.highMargin,
    actionId: "loyalty",
  },
  {
    segment: "high-value",
    when: texts((t) => t.segment.actionRules.highValueMarginUnknown),
    applies: (s) => !s.marginKnown && s.highValue,
    actionId: "loyalty",
  },
  {
    segment: "low-volume-high-margin",
    when: texts((t) => t.segment.actionRules.lowValueHighMargin),
    applies: (s) => s.marginKnown && s.highMargin,
    actionId: "develop",
  },
  {
    segment: "maintain",
    when: texts((t) => t.segment.actionRules.lowValueLowMargin),
    applies: (s) => s.marginKnown,
    actionId: "maintain",
  },
  {
    segment: "low-value",
    when: texts((t) => t.segment.actionRules.lowValueMarginUnknown),
    applies: () => true,
    actionId: "maintain",
  },
];

/** The rule that decides a situation (the last rule always applies). O(rules). */
export function portfolioRule(situation: PortfolioSituation): PortfolioRule {
  for (const rule of PORTFOLIO_RULES) if (rule.applies(situation)) return rule;
  return PORTFOLIO_RULES[PORTFOLIO_RULES.length - 1];
}
