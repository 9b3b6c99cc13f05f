/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's metadata generator maps "any" to cells of any type. */
/*
 * The CMAP custom functions. Each is a thin wrapper: it picks the user's language and calls one function of
 * the pure modules beside it, which coerce the cells, call the core and return a 2-D result with Excel
 * errors in place of problems. The JSDoc below is what Excel shows while typing (English; the Spanish text is
 * in src/i18n/es/function-metadata.ts → functions.es.json). The webpack metadata plugin generates functions.json from
 * this file and appends the CustomFunctions.associate calls.
 *
 * Input rules shared by all: blank cells give an empty result for their row and are left out of fits and
 * rankings; Excel errors in inputs give an error in that row; other text gives #VALUE! naming the cell.
 */
import { userLanguage } from "./language";
import * as clusterFunction from "./cluster-function";
import * as ltvFunctions from "./ltv-functions";
import * as ratios from "./ratio-functions";
import * as segmentFunctions from "./segment-functions";

/**
 * Average ticket: revenue divided by the number of orders, row by row.
 * @customfunction AVGTICKET
 * @param revenue Revenue (amount) of each customer or period.
 * @param orders Number of orders of each customer or period (0 or more).
 * @returns Revenue per order.
 */
export function AVGTICKET(revenue: any[][], orders: any[][]): any[][] {
  return ratios.avgTicket(revenue, orders, userLanguage());
}

/**
 * Customer acquisition cost: sales and marketing spend divided by the new customers won.
 * @customfunction CAC
 * @param spend Marketing and sales spend of the period (0 or more).
 * @param new_customers New customers won in that period.
 * @returns Cost per new customer.
 */
export function CAC(spend: any[][], new_customers: any[][]): any[][] {
  return ratios.cac(spend, new_customers, userLanguage());
}

/**
 * LTV:CAC ratio (customer lifetime value divided by acquisition cost). The usual rule asks for 3 or more.
 * @customfunction LTVCAC
 * @param ltv Customer lifetime value (LTV), in money.
 * @param cac Customer acquisition cost (CAC), above 0.
 * @returns LTV divided by CAC.
 */
export function LTVCAC(ltv: any[][], cac: any[][]): any[][] {
  return ratios.ltvCac(ltv, cac, userLanguage());
}

/**
 * Conversion rate: closed (won) deals divided by leads.
 * @customfunction CONVERSION
 * @param closed Leads that became customers.
 * @param leads Leads or opportunities worked (above 0).
 * @returns Closed / leads, a fraction between 0 and 1.
 */
export function CONVERSION(closed: any[][], leads: any[][]): any[][] {
  return ratios.conversion(closed, leads, userLanguage());
}

/**
 * Churn rate of a period: 1 − (customers at the end − new customers) / customers at the start.
 * @customfunction CHURN
 * @param customers_start Customers at the start of the period (above 0).
 * @param customers_end Customers at the end of the period.
 * @param [new_customers] New customers won during the period (0 when omitted).
 * @returns Share of the starting customers lost in the period.
 */
export function CHURN(customers_start: any[][], customers_end: any[][], new_customers?: any[][]): any[][] {
  return ratios.churn(customers_start, customers_end, new_customers, userLanguage());
}

/**
 * Retention rate of a period: (customers at the end − new customers) / customers at the start.
 * @customfunction RETENTION
 * @param customers_start Customers at the start of the period (above 0).
 * @param customers_end Customers at the end of the period.
 * @param [new_customers] New customers won during the period (0 when omitted).
 * @returns Share of the starting customers kept.
 */
export function RETENTION(
  customers_start: any[][],
  customers_end: any[][],
  new_customers?: any[][],
): any[][] {
  return ratios.retention(customers_start, customers_end, new_customers, userLanguage());
}

/**
 * Simple customer lifetime value: average ticket × purchases per year × margin × expected lifetime, discounted.
 * @customfunction LTV
 * @param avg_ticket Average amount per purchase.
 * @param purchases_per_year Purchases per year of each customer.
 * @param margin Gross margin as a fraction between −100 % and 100 % (25 % = 0.25).
 * @param [years_or_retention] Expected lifetime in years (1 or more), or a yearly retention rate between 0 and 1 (0.8 = 80 %). Omitted: 3 years.
 * @param [discount_rate] Yearly discount rate as a fraction (0.1 = 10 %). Omitted: 0.
 * @returns Lifetime margin of the customer, in money.
 */
export function LTV(
  avg_ticket: any[][],
  purchases_per_year: any[][],
  margin: any[][],
  years_or_retention?: any[][],
  discount_rate?: any[][],
): any[][] {
  return ltvFunctions.ltv(
    avg_ticket,
    purchases_per_year,
    margin,
    years_or_retention,
    discount_rate,
    userLanguage(),
  );
}

/**
 * Predictive customer lifetime value (BG/NBD × Gamma-Gamma × margin), fitted on the ranges given; one result per row.
 * @customfunction CLV
 * @param frequency Repeat purchases of each customer (purchases − 1).
 * @param recency Weeks between the first and the last purchase.
 * @param age Weeks from the first purchase to the end of the observation.
 * @param avg_spend Average amount of the repeat purchases.
 * @param margin Gross margin as a fraction between −100 % and 100 %.
 * @param [horizon] Horizon in months. Omitted: 12.
 * @param [discount_rate] Yearly discount rate as a fraction. Omitted: 0.1 (10 %).
 * @returns Discounted expected margin over the horizon, per customer.
 */
export function CLV(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  avg_spend: any[][],
  margin: any[][],
  horizon?: any,
  discount_rate?: any,
): any[][] {
  return ltvFunctions.clv(frequency, recency, age, avg_spend, margin, horizon, discount_rate, userLanguage());
}

/**
 * Probability that each customer is still active (BG/NBD model fitted on the ranges given).
 * @customfunction PALIVE
 * @param frequency Repeat purchases of each customer (purchases − 1).
 * @param recency Time between the first and the last purchase.
 * @param age Time from the first purchase to the end of the observation (same unit as recency).
 * @returns Probability alive, between 0 and 1, per customer.
 */
export function PALIVE(frequency: any[][], recency: any[][], age: any[][]): any[][] {
  return ltvFunctions.pAlive(frequency, recency, age, userLanguage());
}

/**
 * RFM quintile scores (e.g. "545") or the RFM segment name of each row.
 * @customfunction RFM
 * @param recency_days Days since the last purchase (fewer is better).
 * @param frequency Number of purchases or orders.
 * @param monetary Revenue of each customer.
 * @param [output] "score" (default), "segment", "r", "f" or "m".
 * @returns One score or segment per row.
 */
export function RFM(recency_days: any[][], frequency: any[][], monetary: any[][], output?: any): any[][] {
  return segmentFunctions.rfm(recency_days, frequency, monetary, output, userLanguage());
}

/**
 * k-means cluster number of each row, on numeric columns (automatic k when omitted).
 * @customfunction CLUSTER
 * @param data Numeric columns, one row per customer; a header row is allowed.
 * @param [k] Number of clusters (automatic 2 to 8 when omitted).
 * @param [seed] Random seed (42 when omitted): same data, same result.
 * @returns Cluster number per row.
 */
export function CLUSTER(data: any[][], k?: any, seed?: any): any[][] {
  return clusterFunction.cluster(data, k, seed, userLanguage());
}

/**
 * ABC (Pareto) class of each value: A up to 80 % of the cumulative total, B up to 95 %, C the rest.
 * @customfunction ABC
 * @param values Revenue (or another value) of each customer.
 * @param [a_share] Cumulative share that closes class A (80 % when omitted).
 * @param [b_share] Cumulative share that closes class B (95 % when omitted).
 * @returns "A", "B" or "C" per row.
 */
export function ABC(values: any[][], a_share?: any, b_share?: any): any[][] {
  return segmentFunctions.abc(values, a_share, b_share, userLanguage());
}

// The [method] lists below are the method registry's built-ins (core/segment/methods.ts), by hand because the
// metadata is read from this JSDoc at build time; tests/functions/metadata.test.ts keeps them in step.
/**
 * Segment of each row of the customer table (header row included); returns one column aligned with the data.
 * @customfunction SEGMENT
 * @param data The customer or invoice-line table, with its header row.
 * @param [method] "portfolio" (default), "rfm", "clusters", "lifecycle" or "abc".
 * @param [options] Settings such as "k=4; seed=7" or thresholds by id; or a two-column range of keys and values.
 * @returns Segment name per row; the header row gets the column title.
 */
export function SEGMENT(data: any[][], method?: any, options?: any[][]): any[][] {
  return segmentFunctions.segmentColumn(data, method, options, "name", userLanguage());
}

/**
 * Why each customer is in its segment: its values and the thresholds used.
 * @customfunction SEGMENTREASON
 * @param data The customer or invoice-line table, with its header row.
 * @param [method] "portfolio" (default), "rfm", "clusters", "lifecycle" or "abc".
 * @param [options] Settings such as "k=4; seed=7" or thresholds by id; or a two-column range of keys and values.
 * @returns Reason per row; the header row gets the column title.
 */
export function SEGMENTREASON(data: any[][], method?: any, options?: any[][]): any[][] {
  return segmentFunctions.segmentColumn(data, method, options, "reason", userLanguage());
}
