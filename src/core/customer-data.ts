import type { CustomerData, CustomerNumericField, DimensionField, PurchaseHistory } from "./model";

const NUMERIC_FIELDS: readonly CustomerNumericField[] = [
  "marginAmount",
  "orders",
  "firstPurchaseDay",
  "lastPurchaseDay",
  "previousRevenue",
  "acquisitionSpend",
  "onlineShare",
  "costToServe",
  "referrals",
  "nps",
  "shareOfWallet",
];

/** Input of `createCustomerData`: ids and revenue are required; every other field is optional. */
export interface CustomerDataInput {
  ids: readonly string[];
  revenue: ArrayLike<number>;
  names?: readonly string[];
  numeric?: Partial<Record<CustomerNumericField, ArrayLike<number>>>;
  leadStatus?: readonly string[];
  dimensions?: Partial<Record<DimensionField, readonly string[]>>;
  protectedColumns?: readonly string[];
  asOfDay: number;
  history?: PurchaseHistory;
}

/**
 * Builds a well-formed `CustomerData` (every array of length `count`, missing fields as NaN and marked
 * unavailable). The one constructor used by the reader, the tests and the custom functions, so the
 * invariants hold everywhere.
 */
export function createCustomerData(input: CustomerDataInput): CustomerData {
  const count = input.ids.length;
  if (input.revenue.length !== count) {
    throw new RangeError(`revenue has ${input.revenue.length} entries for ${count} customers`);
  }
  const numeric = {} as Record<CustomerNumericField, Float64Array>;
  const available = {} as Record<CustomerNumericField, boolean>;
  for (const field of NUMERIC_FIELDS) {
    const source = input.numeric?.[field];
    const values = new Float64Array(count).fill(NaN);
    let any = false;
    if (source) {
      if (source.length !== count)
        throw new RangeError(`${field} has ${source.length} entries for ${count} customers`);
      for (let i = 0; i < count; i++) {
        values[i] = source[i];
        if (!Number.isNaN(source[i])) any = true;
      }
    }
    numeric[field] = values;
    available[field] = any;
  }
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const [key, values] of Object.entries(input.dimensions ?? {}) as [
    DimensionField,
    readonly string[],
  ][]) {
    if (values.length !== count)
      throw new RangeError(`${key} has ${values.length} entries for ${count} customers`);
    dimensions[key] = values.slice();
  }
  return {
    count,
    ids: input.ids.slice(),
    names: input.names ? input.names.slice() : input.ids.slice(),
    revenue: Float64Array.from(input.revenue),
    ...numeric,
    leadStatus: input.leadStatus ? input.leadStatus.slice() : new Array<string>(count).fill(""),
    dimensions,
    available,
    protectedColumns: input.protectedColumns ? input.protectedColumns.slice() : [],
    asOfDay: input.asOfDay,
    history: input.history,
  };
}

/** Margin % of one customer (margin / revenue), NaN when unknown or revenue is 0. */
export function marginPercentOf(data: CustomerData, i: number): number {
  const revenue = data.revenue[i];
  const margin = data.marginAmount[i];
  return revenue === 0 || Number.isNaN(margin) ? NaN : margin / revenue;
}

/**
 * Revenue of the current comparison window, the one `previousRevenue` is compared with. For transaction data
 * `revenue` covers the whole observation window while `previousRevenue` covers only the window before the
 * last one, so the trend must use `history.recentRevenue`; customer sheets compare `revenue` directly.
 */
export function currentWindowRevenue(data: CustomerData): ArrayLike<number> {
  return data.history?.recentRevenue ?? data.revenue;
}

/**
 * Relative revenue change of customer i, current window vs previous: NaN when unknown, +∞ for new business
 * (previous 0, now > 0), 0 when both are 0.
 */
export function revenueTrendOf(data: CustomerData, i: number): number {
  const previous = data.previousRevenue[i];
  const now = currentWindowRevenue(data)[i];
  if (Number.isNaN(previous) || previous < 0) return NaN;
  if (previous === 0) return now > 0 ? Infinity : 0;
  return now / previous - 1;
}
