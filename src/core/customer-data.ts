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
interface CustomerDataInput {
  ids: readonly string[];
  revenue: ArrayLike<number>;
  names?: readonly string[];
  numeric?: Partial<Record<CustomerNumericField, ArrayLike<number>>>;
  leadStatus?: readonly string[];
  /** Contact per customer (email, phone...); omit when the source has no contact column. */
  contact?: readonly string[];
  dimensions?: Partial<Record<DimensionField, readonly string[]>>;
  protectedColumns?: readonly string[];
  asOfDay: number;
  history?: PurchaseHistory;
  /**
   * The caller gives its arrays away (the reader, which built them for this): Float64Array columns of the
   * right length and the string arrays are used as they are instead of copied, and the absent numeric fields
   * share one NaN column (nothing writes into a CustomerData). Saves about 10 MB of fresh memory at 10^5
   * customers.
   */
  adopt?: boolean;
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
  const adopt = input.adopt === true;
  let sharedAbsent: Float64Array | undefined;
  for (const field of NUMERIC_FIELDS) {
    const source = input.numeric?.[field];
    let any = false;
    if (source && source.length !== count)
      throw new RangeError(`${field} has ${source.length} entries for ${count} customers`);
    if (adopt && source instanceof Float64Array) {
      for (let i = 0; i < count && !any; i++) if (!Number.isNaN(source[i])) any = true;
      numeric[field] = source;
    } else if (adopt && !source) {
      numeric[field] = sharedAbsent ??= new Float64Array(count).fill(NaN);
    } else {
      const values = new Float64Array(count).fill(NaN);
      if (source) {
        for (let i = 0; i < count; i++) {
          values[i] = source[i];
          if (!Number.isNaN(source[i])) any = true;
        }
      }
      numeric[field] = values;
    }
    available[field] = any;
  }
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const [key, values] of Object.entries(input.dimensions ?? {}) as [
    DimensionField,
    readonly string[],
  ][]) {
    if (values.length !== count)
      throw new RangeError(`${key} has ${values.length} entries for ${count} customers`);
    dimensions[key] = adopt ? (values as string[]) : values.slice();
  }
  if (input.contact && input.contact.length !== count)
    throw new RangeError(`contact has ${input.contact.length} entries for ${count} customers`);
  return {
    count,
    ids: adopt ? (input.ids as string[]) : input.ids.slice(),
    names: input.names ? (adopt ? (input.names as string[]) : input.names.slice()) : input.ids.slice(),
    revenue:
      adopt && input.revenue instanceof Float64Array ? input.revenue : Float64Array.from(input.revenue),
    ...numeric,
    leadStatus: input.leadStatus
      ? adopt
        ? (input.leadStatus as string[])
        : input.leadStatus.slice()
      : new Array<string>(count).fill(""),
    ...(input.contact ? { contact: adopt ? (input.contact as string[]) : input.contact.slice() } : {}),
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
function currentWindowRevenue(data: CustomerData): ArrayLike<number> {
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

/**
 * True when row i is a lead rather than a customer: nothing in the data says it ever bought — revenue 0 (a
 * lead row without revenue reads as 0), no previous-period revenue, no orders, no purchase date. A row with
 * transactions is always a customer (even returns only). Customers who bought before but not in this period
 * (previous revenue, or a last purchase date) are customers: they are the churned ones.
 */
export function isLead(data: CustomerData, i: number): boolean {
  if (data.history) return false;
  return (
    data.revenue[i] === 0 &&
    !(data.previousRevenue[i] > 0) &&
    !(data.orders[i] > 0) &&
    Number.isNaN(data.lastPurchaseDay[i]) &&
    Number.isNaN(data.firstPurchaseDay[i])
  );
}

/**
 * The customers at the given indices, every per-customer array cut alike; `available` is recomputed.
 * Customer sheets only (histories are never cut: transaction data has no leads). O(kept × fields).
 */
export function selectCustomers(data: CustomerData, keep: readonly number[]): CustomerData {
  if (data.history) throw new RangeError("selectCustomers: transaction histories are not cut");
  const numeric: Partial<Record<CustomerNumericField, Float64Array>> = {};
  for (const field of NUMERIC_FIELDS)
    if (data.available[field]) numeric[field] = Float64Array.from(keep, (i) => data[field][i]);
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const [field, values] of Object.entries(data.dimensions) as [DimensionField, string[]][])
    dimensions[field] = keep.map((i) => values[i]);
  return createCustomerData({
    ids: keep.map((i) => data.ids[i]),
    names: keep.map((i) => data.names[i]),
    revenue: Float64Array.from(keep, (i) => data.revenue[i]),
    numeric,
    leadStatus: keep.map((i) => data.leadStatus[i]),
    contact: data.contact ? keep.map((i) => data.contact![i]) : undefined,
    dimensions,
    protectedColumns: data.protectedColumns,
    asOfDay: data.asOfDay,
  });
}
