/**
 * Money is summed in whole units of 1/MONEY_SCALE (a hundredth of a cent) on every path that turns lines into
 * customer figures: the in-process summary (summarize-transactions.ts), the SQL feature query
 * (src/sql/feature-query.ts, in 64-bit integers) and the reader of its lists (feature-table.ts). A sum of whole
 * numbers is exact in any order, so the same lines give bit-identical revenue, margin, period, category and
 * trend figures whatever order a database adds them in (a sum of doubles depends on the order: on 10^5 lines,
 * DuckDB's parallel SUM and the line-order sum differed in the 8th significant digit).
 *
 * Each line is rounded to the unit once, the same way everywhere: floor(amount × MONEY_SCALE + 0.5), with IEEE
 * doubles (the SQL writes that same expression). A total is units / MONEY_SCALE, one division. Exact while a
 * customer's total stays below 2^53 units (about 900,000 million in the currency).
 */
export const MONEY_SCALE = 10_000;

/** A line amount in whole money units (see the module comment); NaN stays NaN. */
export function moneyUnits(amount: number): number {
  return Math.floor(amount * MONEY_SCALE + 0.5);
}

/** A total in money units back to an amount. */
export function moneyOfUnits(units: number): number {
  return units / MONEY_SCALE;
}

/** An amount a database wrote (already a whole number of units, maybe printed with fewer digits) as units. */
export function unitsOfMoney(amount: number): number {
  return Math.round(amount * MONEY_SCALE);
}
