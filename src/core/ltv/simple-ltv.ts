/**
 * Simple (margin-based) lifetime value, the formulas of the LTV/CAC seed and of most sales teams:
 * - lifetime form: average ticket × purchases per year × margin % × expected lifetime in years, where the
 *   expected lifetime is 1 / churn rate per year; with a discount rate the yearly margins (received at the
 *   end of each year the customer is still there) are discounted: m / (1 + d − r), r = 1 − churn, which is
 *   exactly m / churn when d = 0;
 * - retention form (Gupta & Lehmann): margin per period × r / (1 + d − r): the first margin only comes if
 *   the customer is retained, so it is the lifetime form × r.
 * Negative margins are valid (loss-making customers have a negative LTV).
 */
import { CoreError } from "../errors";
import type { Localized } from "../types";
import { checkDiscountRate, checkMarginFraction } from "./predictive-clv";
import { texts } from "../../i18n/texts";

interface SimpleLtvInput {
  /** Average money per purchase. */
  averageTicket: number;
  purchasesPerYear: number;
  /** Gross margin as a fraction of revenue, −1..1 (0.3 = 30 %). */
  marginPercent: number;
  /** Share of customers lost per year, (0, 1]. */
  churnRatePerYear: number;
  /** Yearly discount rate as a fraction, ≥ 0 (default 0). */
  discountRatePerYear?: number;
}

/**
 * Expected customer lifetime in years from a yearly churn rate: 1 / churn. Throws CoreError unless churn in (0, 1].
 *
 * @example
 * expectedLifetimeYears(0.2) // => 5
 * expectedLifetimeYears(1.5) // => throws CoreError
 */
export function expectedLifetimeYears(churnRatePerYear: number): number {
  checkChurnRate(churnRatePerYear);
  return 1 / churnRatePerYear;
}

/**
 * Lifetime-form simple LTV (money): ticket × purchases/year × margin % / (1 + d − (1 − churn)).
 * O(1). Throws CoreError (en/es) on a margin outside −100 %..100 %, churn outside (0, 1], a negative
 * ticket or purchase count, or a negative discount rate.
 * Why: the LTV a sales team can check by hand; the predictive CLV (BG/NBD × Gamma-Gamma) needs dated transactions.
 * Reference: Gupta & Lehmann (2003), "Customers as assets", J. Interactive Marketing 17(1).
 *
 * @example
 * simpleLtv({ averageTicket: 100, purchasesPerYear: 4, marginPercent: 0.25, churnRatePerYear: 0.2 }) // => 500
 * simpleLtv({ averageTicket: 100, purchasesPerYear: 4, marginPercent: 0.25, churnRatePerYear: 0.2, discountRatePerYear: 0.05 }) // => 400
 * simpleLtv({ averageTicket: 100, purchasesPerYear: 4, marginPercent: 0.25, churnRatePerYear: 0 }) // => throws CoreError
 */
export function simpleLtv(input: SimpleLtvInput): number {
  checkNonNegative(
    "averageTicket",
    input.averageTicket,
    texts((t) => t.ltv.simpleLtv.averageTicket),
  );
  checkNonNegative(
    "purchasesPerYear",
    input.purchasesPerYear,
    texts((t) => t.ltv.simpleLtv.purchasesPerYear),
  );
  checkMarginFraction(input.marginPercent);
  checkChurnRate(input.churnRatePerYear);
  const discount = input.discountRatePerYear ?? 0;
  checkDiscountRate(discount);
  const marginPerYear = input.averageTicket * input.purchasesPerYear * input.marginPercent;
  return marginPerYear / (input.churnRatePerYear + discount);
}

interface RetentionLtvInput {
  /** Margin (money) a retained customer brings per period; may be negative. */
  marginPerPeriod: number;
  /** Share of customers kept from one period to the next, in [0, 1). */
  retentionRate: number;
  /** Discount rate per period as a fraction, ≥ 0. */
  discountRatePerPeriod: number;
}

/**
 * Retention-form LTV (money): m × r / (1 + d − r). O(1). Throws CoreError unless retention is in [0, 1)
 * (r = 1 means customers never leave and the sum has no end) and the discount rate is ≥ 0.
 *
 * @example
 * retentionLtv({ marginPerPeriod: 100, retentionRate: 0.8, discountRatePerPeriod: 0.1 }) // => 266.67
 * retentionLtv({ marginPerPeriod: 100, retentionRate: 1, discountRatePerPeriod: 0.1 }) // => throws CoreError
 */
export function retentionLtv(input: RetentionLtvInput): number {
  if (!Number.isFinite(input.marginPerPeriod)) {
    throw new CoreError(
      "ltv-invalid-margin-amount",
      texts((t) => t.ltv.simpleLtv.marginPerPeriod(input.marginPerPeriod)),
      "marginPerPeriod",
    );
  }
  const r = input.retentionRate;
  if (!(Number.isFinite(r) && r >= 0 && r < 1)) {
    throw new CoreError(
      "ltv-invalid-retention",
      texts((t) => t.ltv.simpleLtv.retentionRateIs(r)),
      "retentionRate",
    );
  }
  const d = input.discountRatePerPeriod;
  if (!(Number.isFinite(d) && d >= 0)) {
    throw new CoreError(
      "ltv-invalid-discount-rate",
      texts((t) => t.ltv.simpleLtv.discountRatePer(d)),
      "discountRatePerPeriod",
    );
  }
  return (input.marginPerPeriod * r) / (1 + d - r);
}

function checkChurnRate(churnRatePerYear: number): void {
  if (!(Number.isFinite(churnRatePerYear) && churnRatePerYear > 0 && churnRatePerYear <= 1)) {
    throw new CoreError(
      "ltv-invalid-churn",
      texts((t) => t.ltv.simpleLtv.churnRateIs(churnRatePerYear)),
      "churnRatePerYear",
    );
  }
}

/** `name` is the input's field (what the caller wrote); `label` says it in the message's language. */
function checkNonNegative(name: string, value: number, label: Localized): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new CoreError(
      "ltv-invalid-input",
      texts((t, textLang) => t.ltv.simpleLtv.mustNotBeNegative(label[textLang], value)),
      name,
    );
  }
}
