/**
 * Transactions → customer features. One pass to filter, one counting sort by customer (rows copied into
 * customer-ordered typed arrays) and one sequential sweep that merges each customer's same-day rows with
 * a per-day scratch array: O(rows + customers + days spanned) time, typed arrays only, no per-row objects.
 *
 * Documented rules:
 * - **Observation window**: rows on or before `observationEndDay` (default: the latest date). Later rows are
 *   ignored (the reader reports them). `asOfDay` = `observationEndDay` when given, else the latest date.
 * - **Returns and cancellations** (`isReturn`: negative quantity or amount, or an invoice id starting with
 *   C + digit) are netted: their amount (made negative) counts in revenue, margin and the period totals, but
 *   they are not orders and not purchase days, and they do not move first/last purchase.
 * - **Purchase days**: calendar days with at least one non-return row; all rows of one customer on one day
 *   are one transaction whose spend is the day's net amount (the CDNOW rule).
 * - **Orders**: distinct non-cancelled invoice ids; without an invoice column, purchase days.
 * - **Revenue** = net revenue over the whole window. **Trend inputs**: with L = 365 days when the window
 *   spans at least 730 days, else half the span (whole days), `history.recentRevenue` = revenue in the last
 *   L days (asOf − L, asOf] and `previousRevenue` = revenue in the L days before (asOf − 2L, asOf − L].
 *   Trend = recentRevenue / previousRevenue − 1 (the same two windows for every customer).
 *   `trendChanceVariance` = how much the difference of the two windows varies by chance for a steady customer,
 *   from the day spends in them and the regularity of the purchase days (`trend-noise.ts`).
 * - **Periods** for revenue/margin by period: months when the window covers ≤ 24 months, quarters up to
 *   72 months, years beyond; labels "2024-01", "2024-Q1", "2024"; the first period is the one holding the
 *   earliest date.
 * - **Customer-base-analysis triple** in `timeUnit` (weeks by default, the unit of the published CDNOW
 *   results): frequency = purchase days − 1, recency = (last − first purchase day) / unit, age =
 *   (asOf − first purchase day) / unit; meanRepeatSpend = mean day spend over purchase days after the first.
 * - Customers with no row inside the window are left out; customers with only returns are kept (negative
 *   revenue, 0 orders, NaN dates and triple).
 * - **Money** (amounts and margins) is summed in whole units of a hundredth of a cent (money-units.ts): each
 *   line rounded once, totals exact in any order, so the SQL feature query gives the same figures to the bit.
 */
import { createCustomerData } from "../customer-data";
import { CoreError } from "../errors";
import type { CustomerData, DimensionField, PurchaseHistory } from "../model";
import { moneyOfUnits, moneyUnits } from "./money-units";
import { epochDayToMonthIndex } from "./parse-date";
import { rhythmIrregularity, trendChanceVariance } from "../trend-noise";
import { texts } from "../../i18n/texts";

/** Columnar transactions: one entry per row in every array. */
export interface TransactionTable {
  rowCount: number;
  /** Customer ids; `customer[i]` indexes into it. */
  customerIds: readonly string[];
  customer: Int32Array;
  /** Epoch day of each row (NaN rows are ignored). */
  day: Float64Array;
  /** Net line amount (revenue), negative for returns. */
  amount: Float64Array;
  /** Line margin amount, NaN when unknown. Omit when the data has no margin at all. */
  margin?: Float64Array;
  /**
   * Invoice key per row: rows with equal keys belong to one invoice; NaN = no invoice. Numeric invoice ids
   * can be used as they are (no hashing); the reader encodes text ids as −1e15 − index. Omit when there
   * is no invoice column.
   */
  invoice?: Float64Array;
  /** 1 = return or cancellation (netted, not an order). */
  isReturn?: Uint8Array;
  /** Interned category per row (-1 = none) and the names. */
  category?: Int32Array;
  categoryNames?: readonly string[];
}

interface SummarizeOptions {
  /** Last day of the observation window (epoch day, inclusive). Default: the latest date in the data. */
  observationEndDay?: number;
  /** Unit of frequency/recency/age. Default "weeks". */
  timeUnit?: "days" | "weeks";
  /** Force the period grid instead of choosing it from the span. */
  periodUnit?: "month" | "quarter" | "year";
  /** Per-customer attributes aligned with `customerIds` (first non-empty value seen, as the reader keeps them). */
  names?: readonly string[];
  leadStatus?: readonly string[];
  /** Contact per customer (email, phone...), when the source has a contact column. */
  contact?: readonly string[];
  dimensions?: Partial<Record<DimensionField, readonly string[]>>;
  protectedColumns?: readonly string[];
}

/** Chooses the period grid from the number of calendar months the window touches. */
export function choosePeriodUnit(spanMonths: number): "month" | "quarter" | "year" {
  if (spanMonths <= 24) return "month";
  if (spanMonths <= 72) return "quarter";
  return "year";
}

export function periodOfMonthIndex(monthIndex: number, unit: "month" | "quarter" | "year"): number {
  if (unit === "month") return monthIndex;
  if (unit === "quarter") return Math.floor(monthIndex / 3);
  return Math.floor(monthIndex / 12);
}

export function periodLabel(period: number, unit: "month" | "quarter" | "year"): string {
  if (unit === "month") return `${Math.floor(period / 12)}-${String((period % 12) + 1).padStart(2, "0")}`;
  if (unit === "quarter") return `${Math.floor(period / 4)}-Q${(period % 4) + 1}`;
  return String(period);
}

/**
 * Aggregates transactions into one `CustomerData` entry per customer, with `history`. See the module
 * comment for every rule.
 *
 * @throws CoreError "no-transactions-in-window" when no row has a date inside the observation window.
 */
export function summarizeTransactions(table: TransactionTable, options: SummarizeOptions = {}): CustomerData {
  const n = table.rowCount;
  const customerCount = table.customerIds.length;
  const { customer, day, amount } = table;
  const margin = table.margin;
  const isReturn = table.isReturn;
  const end = options.observationEndDay ?? Infinity;
  const unitDays = (options.timeUnit ?? "weeks") === "weeks" ? 7 : 1;

  // Pass 1: rows inside the window, date range, rows per customer.
  let minDay = Infinity;
  let maxDay = -Infinity;
  let included = 0;
  const rowsPerCustomer = new Int32Array(customerCount + 1);
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (!(d <= end) || customer[i] < 0) continue; // NaN days fail the comparison
    if (d !== Math.floor(d)) {
      throw new CoreError(
        "fractional-day",
        texts((t) => t.read.summarizeTransactions.rowHasAFractional(i + 1, d)),
      );
    }
    included++;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    rowsPerCustomer[customer[i] + 1]++;
  }
  if (included === 0) {
    throw new CoreError(
      "no-transactions-in-window",
      texts((t) => t.read.summarizeTransactions.noTransactionInPeriod),
    );
  }
  const asOfDay = Number.isFinite(end) ? end : maxDay;

  // Counting sort by customer: each customer's rows become one contiguous block, copied into sorted
  // arrays so the sweep below reads memory sequentially.
  const daySpan = maxDay - minDay + 1;
  const customerStart = new Int32Array(customerCount + 1);
  for (let c = 0; c < customerCount; c++) customerStart[c + 1] = customerStart[c] + rowsPerCustomer[c + 1];
  const cursor = customerStart.slice(0, customerCount);
  const sortedDay = new Int32Array(included);
  const sortedAmount = new Float64Array(included);
  const sortedMargin = margin ? new Float64Array(included) : null;
  const sortedReturn = new Uint8Array(included);
  const invoice = table.invoice;
  const sortedInvoice = invoice ? new Float64Array(included) : null;
  const category = table.category;
  const sortedCategory = category ? new Int32Array(included) : null;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    const c = customer[i];
    if (!(d <= end) || c < 0) continue;
    const k = cursor[c]++;
    sortedDay[k] = d - minDay;
    // Money in whole units from here on (exact sums); back to amounts when the results are built.
    sortedAmount[k] = moneyUnits(amount[i]);
    if (sortedMargin) sortedMargin[k] = moneyUnits(margin![i]);
    if (isReturn) sortedReturn[k] = isReturn[i];
    if (sortedInvoice) sortedInvoice[k] = invoice![i];
    if (sortedCategory) sortedCategory[k] = category![i];
  }

  // Period grid and trend windows.
  const firstMonth = epochDayToMonthIndex(minDay);
  const lastMonth = epochDayToMonthIndex(asOfDay);
  const periodUnit = options.periodUnit ?? choosePeriodUnit(lastMonth - firstMonth + 1);
  const firstPeriod = periodOfMonthIndex(firstMonth, periodUnit);
  const periodCount = periodOfMonthIndex(lastMonth, periodUnit) - firstPeriod + 1;
  // Period of every day offset, computed once per distinct day instead of once per row.
  const periodOfDay = new Int32Array(daySpan);
  for (let k = 0; k < daySpan; k++)
    periodOfDay[k] = periodOfMonthIndex(epochDayToMonthIndex(minDay + k), periodUnit) - firstPeriod;
  const spanDays = asOfDay - minDay + 1;
  const trendWindowDays = spanDays >= 730 ? 365 : Math.floor(spanDays / 2);
  const recentFrom = asOfDay - trendWindowDays - minDay; // exclusive, as a day offset
  const previousFrom = asOfDay - 2 * trendWindowDays - minDay; // exclusive, as a day offset

  const revenue = new Float64Array(customerCount);
  const marginSum = new Float64Array(customerCount);
  const marginRows = new Int32Array(customerCount);
  const recentRevenue = new Float64Array(customerCount);
  const previousRevenue = new Float64Array(customerCount);
  const chanceVariance = new Float64Array(customerCount);
  const firstPurchase = new Float64Array(customerCount).fill(NaN);
  const lastPurchase = new Float64Array(customerCount).fill(NaN);
  const purchaseDays = new Int32Array(customerCount);
  const repeatSpend = new Float64Array(customerCount);
  const invoiceOrders = new Int32Array(customerCount);
  const revenueByPeriod = new Float64Array(customerCount * periodCount);
  const marginByPeriod = new Float64Array(customerCount * periodCount);
  // Distinct invoices per customer: the customer's invoice keys sorted in a scratch array, then counted.
  let longestBlock = 0;
  for (let c = 0; c < customerCount; c++) longestBlock = Math.max(longestBlock, rowsPerCustomer[c + 1]);
  const invoiceScratch = invoice ? new Float64Array(longestBlock) : null;
  const categoryNames = table.categoryNames ?? [];
  const categorySeenBy = category ? new Int32Array(categoryNames.length).fill(-1) : null;
  const categories: string[][] = new Array(customerCount);
  // Net revenue per (customer, category bought), stored customer after customer in the order of
  // `categories[c]`: at most one pair per included row, so `included` entries always suffice.
  const categoryAmount = category ? new Float64Array(categoryNames.length) : null;
  const pairRevenue = category ? new Float64Array(included) : null;
  const pairStart = new Int32Array(customerCount + 1);
  let pairCount = 0;
  // Per-day scratch, owned by one customer at a time (marker = customer index): the CDNOW same-day merge
  // without sorting by day.
  const dayOwner = new Int32Array(daySpan).fill(-1);
  const daySpend = new Float64Array(daySpan);
  const dayHasPurchase = new Uint8Array(daySpan);
  const touched = new Int32Array(daySpan);
  // Purchase days of every customer (epoch days), ascending, one block per customer (CSR): at most one per
  // included row. The timeline (rhythm, churn windows) and the backtest of the predictive model read them.
  const dayList = new Int32Array(included);
  const dayListStart = new Int32Array(customerCount + 1);
  let dayListCount = 0;

  for (let c = 0; c < customerCount; c++) {
    const from = customerStart[c];
    const to = customerStart[c + 1];
    if (from === to) {
      categories[c] = [];
      pairStart[c + 1] = pairCount;
      dayListStart[c + 1] = dayListCount;
      continue;
    }
    const bought: number[] = [];
    let touchedCount = 0;
    let invoiceKeys = 0;
    const periodBase = c * periodCount;
    for (let k = from; k < to; k++) {
      const offset = sortedDay[k];
      const value = sortedAmount[k];
      if (dayOwner[offset] !== c) {
        dayOwner[offset] = c;
        daySpend[offset] = 0;
        dayHasPurchase[offset] = 0;
        touched[touchedCount++] = offset;
      }
      daySpend[offset] += value;
      revenue[c] += value;
      const period = periodOfDay[offset];
      revenueByPeriod[periodBase + period] += value;
      if (offset > recentFrom) recentRevenue[c] += value;
      else if (offset > previousFrom) previousRevenue[c] += value;
      if (sortedMargin) {
        const m = sortedMargin[k];
        if (m === m) {
          marginSum[c] += m;
          marginRows[c]++;
          marginByPeriod[periodBase + period] += m;
        }
      }
      if (sortedReturn[k] === 0) {
        dayHasPurchase[offset] = 1;
        if (sortedInvoice && invoiceScratch) {
          const key = sortedInvoice[k];
          if (key === key) invoiceScratch[invoiceKeys++] = key;
        }
      }
      if (sortedCategory && categorySeenBy) {
        const cat = sortedCategory[k];
        if (cat >= 0) {
          if (categorySeenBy[cat] !== c) {
            categorySeenBy[cat] = c;
            categoryAmount![cat] = 0;
            bought.push(cat);
          }
          categoryAmount![cat] += value;
        }
      }
    }
    if (invoiceScratch && invoiceKeys > 0) {
      const keys = invoiceScratch.subarray(0, invoiceKeys).sort();
      let distinct = 1;
      for (let t = 1; t < invoiceKeys; t++) if (keys[t] !== keys[t - 1]) distinct++;
      invoiceOrders[c] = distinct;
    }
    // Purchase days: first, last, count, and the spend of the days after the first.
    let first = Infinity;
    let last = -Infinity;
    let days = 0;
    let spendAll = 0;
    let windowDays = 0;
    let windowSquares = 0;
    for (let t = 0; t < touchedCount; t++) {
      const offset = touched[t];
      if (offset > previousFrom) {
        const spend = moneyOfUnits(daySpend[offset]);
        windowDays++;
        // Whole currency² per day, as the feature query rounds it: an exact sum in any order.
        windowSquares += Math.floor(spend * spend + 0.5);
      }
      if (dayHasPurchase[offset] === 0) continue;
      dayList[dayListCount + days] = minDay + offset;
      days++;
      spendAll += daySpend[offset];
      if (offset < first) first = offset;
      if (offset > last) last = offset;
    }
    if (days > 1) dayList.subarray(dayListCount, dayListCount + days).sort();
    chanceVariance[c] = trendChanceVariance(
      windowSquares,
      // From the exact unit sums, as the feature table computes it from the two windows' revenue.
      moneyOfUnits(recentRevenue[c] + previousRevenue[c]),
      windowDays,
      rhythmIrregularity(dayList, dayListCount, days),
    );
    dayListCount += days;
    dayListStart[c + 1] = dayListCount;
    if (days > 0) {
      firstPurchase[c] = minDay + first;
      lastPurchase[c] = minDay + last;
      purchaseDays[c] = days;
      repeatSpend[c] = spendAll - daySpend[first];
    }
    if (bought.length > 1)
      bought.sort((x, y) =>
        categoryNames[x] < categoryNames[y] ? -1 : categoryNames[x] > categoryNames[y] ? 1 : 0,
      );
    categories[c] = bought.length === 0 ? [] : bought.map((cat) => categoryNames[cat]);
    if (pairRevenue && categoryAmount)
      for (const cat of bought) pairRevenue[pairCount++] = categoryAmount[cat];
    pairStart[c + 1] = pairCount;
  }

  // Keep customers with at least one row in the window, in order of first appearance.
  const keep: number[] = [];
  for (let c = 0; c < customerCount; c++) if (rowsPerCustomer[c + 1] > 0) keep.push(c);
  const count = keep.length;
  const pick = (source: Float64Array): Float64Array => {
    const out = new Float64Array(count);
    for (let j = 0; j < count; j++) out[j] = source[keep[j]];
    return out;
  };
  const pickMoney = (units: Float64Array): Float64Array => {
    const out = new Float64Array(count);
    for (let j = 0; j < count; j++) out[j] = moneyOfUnits(units[keep[j]]);
    return out;
  };
  const pickText = (source: readonly string[] | undefined): string[] | undefined =>
    source ? keep.map((c) => source[c] ?? "") : undefined;

  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const age = new Float64Array(count);
  const meanRepeatSpend = new Float64Array(count);
  const orders = new Float64Array(count);
  const marginAmount = new Float64Array(count);
  const keptPurchaseDays = new Int32Array(count);
  const keptRevenueByPeriod = new Float64Array(count * periodCount);
  const keptMarginByPeriod = new Float64Array(count * periodCount).fill(margin ? 0 : NaN);
  for (let j = 0; j < count; j++) {
    const c = keep[j];
    const daysBought = purchaseDays[c];
    keptPurchaseDays[j] = daysBought;
    if (daysBought > 0) {
      frequency[j] = daysBought - 1;
      recency[j] = (lastPurchase[c] - firstPurchase[c]) / unitDays;
      age[j] = (asOfDay - firstPurchase[c]) / unitDays;
      meanRepeatSpend[j] = daysBought > 1 ? moneyOfUnits(repeatSpend[c]) / (daysBought - 1) : 0;
    } else {
      frequency[j] = NaN;
      recency[j] = NaN;
      age[j] = NaN;
      meanRepeatSpend[j] = NaN;
    }
    orders[j] = invoice ? invoiceOrders[c] : daysBought;
    marginAmount[j] = margin && marginRows[c] > 0 ? moneyOfUnits(marginSum[c]) : NaN;
    for (let p = 0; p < periodCount; p++) {
      keptRevenueByPeriod[j * periodCount + p] = moneyOfUnits(revenueByPeriod[c * periodCount + p]);
      if (margin) keptMarginByPeriod[j * periodCount + p] = moneyOfUnits(marginByPeriod[c * periodCount + p]);
    }
  }

  const periodLabels: string[] = [];
  for (let p = 0; p < periodCount; p++) periodLabels.push(periodLabel(firstPeriod + p, periodUnit));
  const history: PurchaseHistory = {
    purchaseDays: keptPurchaseDays,
    categories: keep.map((c) => categories[c]),
    hasCategories: category !== undefined,
    periodUnit,
    periodLabels,
    revenueByPeriod: keptRevenueByPeriod,
    marginByPeriod: keptMarginByPeriod,
    timeUnit: unitDays === 7 ? "weeks" : "days",
    frequency,
    recency,
    age,
    meanRepeatSpend,
    recentRevenue: trendWindowDays >= 1 ? pickMoney(recentRevenue) : new Float64Array(count).fill(NaN),
    trendWindowDays,
    trendChanceVariance: trendWindowDays >= 1 ? pick(chanceVariance) : undefined,
  };
  {
    // Kept customers are exactly those with rows, in index order, so their purchase days are contiguous.
    const offsets = new Int32Array(count + 1);
    for (let j = 0; j < count; j++) offsets[j + 1] = dayListStart[keep[j] + 1];
    history.purchaseDayList = { offsets, days: dayList.slice(0, dayListCount) };
  }
  if (pairRevenue) {
    // Kept customers are exactly those with rows, in index order, so their pairs are already contiguous.
    const offsets = new Int32Array(count + 1);
    for (let j = 0; j < count; j++) offsets[j + 1] = pairStart[keep[j] + 1];
    history.categoryRevenue = {
      offsets,
      revenue: Float64Array.from(pairRevenue.subarray(0, pairCount), moneyOfUnits),
    };
  }
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const [field, values] of Object.entries(options.dimensions ?? {}) as [
    DimensionField,
    readonly string[],
  ][]) {
    dimensions[field] = keep.map((c) => values[c] ?? "");
  }
  const ids = keep.map((c) => table.customerIds[c]);
  const names = pickText(options.names)?.map((name, j) => (name === "" ? ids[j] : name));
  return createCustomerData({
    ids,
    names,
    revenue: pickMoney(revenue),
    numeric: {
      marginAmount,
      orders,
      firstPurchaseDay: pick(firstPurchase),
      lastPurchaseDay: pick(lastPurchase),
      previousRevenue: trendWindowDays >= 1 ? pickMoney(previousRevenue) : new Float64Array(count).fill(NaN),
    },
    leadStatus: pickText(options.leadStatus),
    contact: pickText(options.contact),
    dimensions,
    protectedColumns: options.protectedColumns,
    asOfDay,
    history,
  });
}
