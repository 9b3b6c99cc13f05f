/**
 * The call list and the patterns, as every surface counts and shows them: the Customers to call sheet, the
 * Patterns sheet, the pane's results and the CLI's table and JSON summary. Cost: O(insights log insights).
 */
import type { Analysis } from "../analysis";
import type { Insight } from "../model";
import { rankInsights } from "./find-insights";

/** One line per customer: its largest insight, and the others counted in. */
export interface CustomerCall {
  customer: number;
  insight: Insight;
  /** Money at stake of all the customer's insights together. */
  money: number;
  /** The customer's other insights, largest first. */
  others: Insight[];
}

/**
 * The named customers to call, movers since the previous map first, then most money at stake: each customer
 * once, with its largest insight as the reason. Group insights (regions, sectors) are patterns, not calls, and are left out.
 */
export function customerCalls(analysis: Analysis): CustomerCall[] {
  const count = analysis.read.customers.count;
  const byCustomer = new Map<number, CustomerCall>();
  for (const insight of rankInsights(analysis.insights)) {
    if (insight.customer < 0 || insight.customer >= count) continue;
    const money = Math.abs(insight.moneyAtStake);
    const found = byCustomer.get(insight.customer);
    if (found) {
      found.others.push(insight);
      if (Number.isFinite(money)) found.money += money;
    } else {
      byCustomer.set(insight.customer, {
        customer: insight.customer,
        insight,
        money: Number.isFinite(money) ? money : 0,
        others: [],
      });
    }
  }
  // Movers since the previous map come first (their first insight carries the highest priority), then money.
  return [...byCustomer.values()].sort(
    (a, b) =>
      (b.insight.priority ?? 0) - (a.insight.priority ?? 0) || b.money - a.money || a.customer - b.customer,
  );
}

/** The patterns: the group insights (regions, sectors, channels, reps), in the call list's order. */
export function patternInsights(analysis: Analysis): Insight[] {
  return rankInsights(analysis.insights).filter((insight) => insight.customer < 0);
}
