/**
 * Portfolio KPIs (PRODUCT.md "KPIs", seeds ltv-cac-kpis and kbox-customer-map): revenue, gross margin,
 * margin %, contribution concentration, average ticket, purchase frequency per year, tenure, profitability
 * index, retention and churn (one figure per churn window and per year, see `timeline.ts`), CAC with LTV:CAC (3× rule) and payback months, conversion rate.
 * A KPI that cannot be computed is reported with `value: null` and the reason, never as 0.
 */
import { formatPercent } from "../format";
import type { CustomerData, Kpi } from "../model";
import type { Localized } from "../types";
import { checkDiscountRate } from "../ltv/predictive-clv";
import { CoreError } from "../errors";
import { GLOSSARY } from "../glossary";
import { type ConversionResult, conversionRate } from "./conversion-rate";
import { kpiUnavailable, kpiValue } from "./kpi-builders";
import { type BasicsOptions, type PortfolioBasics, portfolioBasics } from "./portfolio-basics";
import { churnWindowLabel } from "../timeline";
import { texts } from "../../i18n/texts";

const DAYS_PER_YEAR = 365.25;
/** Default yearly discount rate for LTV (10 %), stated in the LTV KPI's note. */
export const DEFAULT_DISCOUNT_RATE_PER_YEAR = 0.1;
/** The seed's rule of thumb: LTV should be at least 3 times CAC. */
const DEFAULT_LTV_TO_CAC_TARGET = 3;

interface PortfolioKpiOptions extends BasicsOptions {
  /**
   * Conversion measured on every row, leads included, when `data` holds the buyers only (the pipeline
   * takes leads out of the map); default: measured on `data`.
   */
  conversion?: ConversionResult;
  /** Leads (rows without any purchase) taken out of `data`: reported as a count, never as customers. */
  leadCount?: number;
  /** Total acquisition spend (marketing + sales, money) in the CAC period; else the acquisition-cost column. */
  acquisitionSpend?: number;
  /** First day (epoch day) of the CAC period; customers whose first purchase is on/after it are new. Default asOfDay − 365. */
  cacPeriodStartDay?: number;
  /** Yearly discount rate for LTV, fraction (default 0.1). */
  discountRatePerYear?: number;
  /** LTV:CAC target (default 3). */
  ltvToCacTarget?: number;
}

const L = {
  customers: texts((t) => t.kpi.portfolioKpis.customers),
  revenue: GLOSSARY.revenue,
  grossMargin: texts((t) => t.kpi.portfolioKpis.grossMargin),
  marginPercent: GLOSSARY.marginPercent,
  top20Share: texts((t) => t.kpi.portfolioKpis.top20Share),
  averageTicket: GLOSSARY.averageTicket,
  purchaseFrequency: texts((t) => t.kpi.portfolioKpis.purchaseFrequency),
  tenure: texts((t) => t.kpi.portfolioKpis.tenure),
  belowAverage: texts((t) => t.kpi.portfolioKpis.belowAverage),
  negativeMargin: texts((t) => t.kpi.portfolioKpis.negativeMargin),
  retention: texts((t) => t.kpi.portfolioKpis.retention),
  churn: texts((t) => t.kpi.portfolioKpis.churn),
  churnWindow: texts((t) => t.kpi.portfolioKpis.churnWindow),
  churnYear: texts((t) => t.kpi.portfolioKpis.churnYear),
  newCustomers: texts((t) => t.kpi.portfolioKpis.newCustomers),
  cac: texts((t) => t.kpi.portfolioKpis.cac),
  ltv: texts((t) => t.kpi.portfolioKpis.ltv),
  ltvToCac: texts((t) => t.kpi.portfolioKpis.ltvToCac),
  payback: texts((t) => t.kpi.portfolioKpis.payback),
  conversion: texts((t) => t.kpi.portfolioKpis.conversion),
  leads: texts((t) => t.kpi.portfolioKpis.leads),
} satisfies Record<string, Localized>;

const NO_MARGIN: Localized = texts((t) => t.kpi.portfolioKpis.noMargin);
const NO_CUSTOMERS: Localized = texts((t) => t.kpi.portfolioKpis.noCustomers);

/**
 * Computes the portfolio KPIs. O(customers × periods + customers log customers) (the top-20 % share sorts
 * revenue). Throws CoreError on invalid options (negative spend, discount rate below 0, invalid churn or
 * period length); bad data never throws: it makes the KPI unavailable with the reason.
 *
 * @example
 * import { readCustomerGrid } from "../read/read-customer-grid";
 * const { customers } = readCustomerGrid([["Customer", "Revenue"], ["Ana", 100], ["Luis", 300]]);
 * const kpis = computePortfolioKpis(customers);
 * kpis.find((kpi) => kpi.id === "revenue")?.value // => 400
 * // No margin column: the margin KPIs are there, unavailable, with the reason (never 0).
 * kpis.find((kpi) => kpi.id === "grossMargin")?.value // => null
 */
export function computePortfolioKpis(data: CustomerData, options: PortfolioKpiOptions = {}): Kpi[] {
  const discountRatePerYear = options.discountRatePerYear ?? DEFAULT_DISCOUNT_RATE_PER_YEAR;
  checkDiscountRate(discountRatePerYear);
  const acquisitionSpend = options.acquisitionSpend;
  if (acquisitionSpend !== undefined && !(Number.isFinite(acquisitionSpend) && acquisitionSpend >= 0)) {
    throw new CoreError(
      "kpi-invalid-acquisition-spend",
      texts((t) => t.kpi.portfolioKpis.invalidAcquisitionSpend(acquisitionSpend)),
      "acquisitionSpend",
    );
  }
  const basics = portfolioBasics(data, options);
  const kpis: Kpi[] = [];
  kpis.push(kpiValue("customers", L.customers, data.count, "integer"));
  kpis.push(kpiValue("revenue", L.revenue, basics.totalRevenue, "money"));
  kpis.push(...marginKpis(data, basics));
  kpis.push(...activityKpis(data, basics));
  kpis.push(...retentionKpis(basics));
  kpis.push(...acquisitionKpis(data, basics, options, discountRatePerYear));
  if (options.leadCount !== undefined)
    kpis.push(
      kpiValue(
        "leads",
        L.leads,
        options.leadCount,
        "integer",
        texts((t) => t.kpi.portfolioKpis.rowsWithoutAnyPurchase),
      ),
    );
  const conversion = options.conversion ?? conversionRate(data);
  kpis.push(
    conversion.rate === null
      ? kpiUnavailable("conversionRate", L.conversion, "percent", conversion.unavailableReason as Localized)
      : kpiValue(
          "conversionRate",
          L.conversion,
          conversion.rate,
          "percent",
          texts((t) => t.kpi.portfolioKpis.closedOfLeads(conversion.closed, conversion.leads)),
        ),
  );
  return kpis;
}

function marginKpis(data: CustomerData, basics: PortfolioBasics): Kpi[] {
  const kpis: Kpi[] = [];
  if (!basics.marginKnown) {
    kpis.push(kpiUnavailable("grossMargin", L.grossMargin, "money", NO_MARGIN));
    kpis.push(kpiUnavailable("marginPercent", L.marginPercent, "percent", NO_MARGIN));
    kpis.push(kpiUnavailable("belowAverageMarginRevenueShare", L.belowAverage, "percent", NO_MARGIN));
    kpis.push(kpiUnavailable("negativeMarginCustomers", L.negativeMargin, "integer", NO_MARGIN));
  } else {
    const partial: Localized | undefined =
      basics.customersWithoutMargin > 0
        ? texts((t) => t.kpi.portfolioKpis.customersWithoutMarginLeftOut(basics.customersWithoutMargin))
        : undefined;
    kpis.push(kpiValue("grossMargin", L.grossMargin, basics.totalMargin, "money", partial));
    kpis.push(
      kpiValue(
        "marginPercent",
        L.marginPercent,
        basics.marginPercent,
        "percent",
        partial,
        texts((t) => t.kpi.portfolioKpis.revenueOfTheCustomers),
      ),
    );
    let below = 0;
    let negative = 0;
    for (let i = 0; i < data.count; i++) {
      const revenue = data.revenue[i];
      const margin = data.marginAmount[i];
      if (Number.isNaN(margin)) continue;
      if (margin < 0) negative++;
      if (revenue > 0 && margin / revenue < basics.marginPercent) below += revenue;
    }
    kpis.push(
      kpiValue(
        "belowAverageMarginRevenueShare",
        L.belowAverage,
        basics.revenueOfMarginKnown > 0 ? below / basics.revenueOfMarginKnown : NaN,
        "percent",
        undefined,
        texts((t) => t.kpi.portfolioKpis.noRevenueWithMargin),
      ),
    );
    kpis.push(kpiValue("negativeMarginCustomers", L.negativeMargin, negative, "integer"));
  }
  return kpis;
}

function activityKpis(data: CustomerData, basics: PortfolioBasics): Kpi[] {
  const kpis: Kpi[] = [];
  if (data.count === 0) {
    kpis.push(kpiUnavailable("top20RevenueShare", L.top20Share, "percent", NO_CUSTOMERS));
  } else {
    const sorted = Float64Array.from(data.revenue).sort().reverse();
    const top = Math.max(1, Math.round(data.count * 0.2));
    let topRevenue = 0;
    for (let i = 0; i < top; i++) topRevenue += sorted[i];
    kpis.push(
      kpiValue(
        "top20RevenueShare",
        L.top20Share,
        basics.totalRevenue > 0 ? topRevenue / basics.totalRevenue : NaN,
        "percent",
        texts((t) => t.kpi.portfolioKpis.topCustomers(top)),
        texts((t) => t.kpi.portfolioKpis.totalRevenueNotPositive),
      ),
    );
  }
  const orders = basics.orders;
  if (!orders) {
    const reason: Localized = texts((t) => t.kpi.portfolioKpis.reason);
    kpis.push(kpiUnavailable("averageTicket", L.averageTicket, "money", reason));
    kpis.push(kpiUnavailable("purchasesPerCustomerPerYear", L.purchaseFrequency, "number", reason));
  } else {
    let totalOrders = 0;
    let revenueWithOrders = 0;
    let customersWithOrders = 0;
    for (let i = 0; i < data.count; i++) {
      if (Number.isNaN(orders[i])) continue;
      totalOrders += orders[i];
      revenueWithOrders += data.revenue[i];
      customersWithOrders++;
    }
    kpis.push(
      kpiValue(
        "averageTicket",
        L.averageTicket,
        totalOrders > 0 ? revenueWithOrders / totalOrders : NaN,
        "money",
        undefined,
        texts((t) => t.kpi.portfolioKpis.noOrdersRecorded),
      ),
    );
    kpis.push(
      kpiValue(
        "purchasesPerCustomerPerYear",
        L.purchaseFrequency,
        customersWithOrders > 0 ? totalOrders / customersWithOrders / basics.windowYears : NaN,
        "number",
        texts((t, textLang) => t.kpi.portfolioKpis.period(basics.windowSource[textLang])),
        NO_CUSTOMERS,
      ),
    );
  }
  if (!data.available.firstPurchaseDay) {
    kpis.push(
      kpiUnavailable(
        "averageTenureYears",
        L.tenure,
        "number",
        texts((t) => t.kpi.portfolioKpis.noFirstPurchaseDates),
      ),
    );
  } else {
    let sum = 0;
    let known = 0;
    for (let i = 0; i < data.count; i++) {
      const first = data.firstPurchaseDay[i];
      if (Number.isNaN(first)) continue;
      sum += Math.max(0, data.asOfDay - first) / DAYS_PER_YEAR;
      known++;
    }
    kpis.push(
      kpiValue(
        "averageTenureYears",
        L.tenure,
        known > 0 ? sum / known : NaN,
        "number",
        undefined,
        NO_CUSTOMERS,
      ),
    );
  }
  return kpis;
}

/**
 * Churn and retention: ONE figure from the customer timeline (customers who bought in the previous churn
 * window and not in the current one), shown per window and per year; the two always agree
 * (per year = 1 − (1 − per window)^(12 / window months)).
 */
function retentionKpis(basics: PortfolioBasics): Kpi[] {
  const kpis: Kpi[] = [];
  const churn = basics.churn.figure;
  const per = churnWindowLabel(churn.windowMonths);
  const churnLabel: Localized = texts((t, textLang) =>
    t.kpi.portfolioKpis.churnLabel(L.churn[textLang], per[textLang]),
  );
  const retentionLabel: Localized = texts((t, textLang) =>
    t.kpi.portfolioKpis.churnLabel(L.retention[textLang], per[textLang]),
  );
  const reason = churn.unavailableReason as Localized;
  kpis.push(kpiValue("churnWindowMonths", L.churnWindow, churn.windowMonths, "integer"));
  if (churn.perWindow === null || churn.perYear === null) {
    kpis.push(kpiUnavailable("retentionRatePerWindow", retentionLabel, "percent", reason));
    kpis.push(kpiUnavailable("churnRatePerWindow", churnLabel, "percent", reason));
    kpis.push(kpiUnavailable("churnRatePerYear", L.churnYear, "percent", reason));
    return kpis;
  }
  kpis.push(kpiValue("retentionRatePerWindow", retentionLabel, 1 - churn.perWindow, "percent", churn.source));
  kpis.push(kpiValue("churnRatePerWindow", churnLabel, churn.perWindow, "percent", churn.source));
  kpis.push(
    kpiValue(
      "churnRatePerYear",
      L.churnYear,
      churn.perYear,
      "percent",
      // A 12-month window is already a year: no formula that raises to the power 12 / 12.
      texts((t, textLang) =>
        churn.windowMonths === 12
          ? t.kpi.portfolioKpis.churnPerYearIsWindow(per[textLang])
          : t.kpi.portfolioKpis.churnPerYear(
              formatPercent(churn.perWindow, textLang, 1),
              churn.windowMonths,
              per[textLang],
            ),
      ),
    ),
  );
  return kpis;
}

/** Average simple LTV per customer (money) and why it is unavailable when it is. */
function portfolioSimpleLtv(
  basics: PortfolioBasics,
  discountRatePerYear: number,
): { value: number | null; reason?: Localized; note?: Localized } {
  if (basics.count === 0) return { value: null, reason: NO_CUSTOMERS };
  if (!basics.marginKnown) return { value: null, reason: NO_MARGIN };
  const churn = basics.churn.churnRatePerYear;
  if (churn === null) return { value: null, reason: basics.churn.unavailableReason };
  if (churn + discountRatePerYear <= 0) {
    return {
      value: null,
      reason: texts((t) => t.kpi.portfolioKpis.noChurnObservedAnd),
    };
  }
  const customersWithMargin = basics.count - basics.customersWithoutMargin;
  const marginPerCustomerPerYear = basics.totalMargin / customersWithMargin / basics.windowYears;
  return {
    value: marginPerCustomerPerYear / (churn + discountRatePerYear),
    note: texts((t, textLang) =>
      t.kpi.portfolioKpis.marginPerCustomerPer(
        formatPercent(churn, textLang, 1),
        formatPercent(discountRatePerYear, textLang, 1),
      ),
    ),
  };
}

function acquisitionKpis(
  data: CustomerData,
  basics: PortfolioBasics,
  options: PortfolioKpiOptions,
  discountRatePerYear: number,
): Kpi[] {
  const kpis: Kpi[] = [];
  const ltv = portfolioSimpleLtv(basics, discountRatePerYear);
  kpis.push(
    ltv.value === null
      ? kpiUnavailable("averageLtv", L.ltv, "money", ltv.reason as Localized)
      : kpiValue("averageLtv", L.ltv, ltv.value, "money", ltv.note),
  );

  // New customers in the CAC period.
  const startDay = options.cacPeriodStartDay ?? data.asOfDay - 365;
  let newCustomers: number | null = null;
  if (data.available.firstPurchaseDay) {
    newCustomers = 0;
    for (let i = 0; i < data.count; i++) {
      const first = data.firstPurchaseDay[i];
      if (first >= startDay && first <= data.asOfDay) newCustomers++;
    }
    kpis.push(kpiValue("newCustomers", L.newCustomers, newCustomers, "integer"));
  } else {
    kpis.push(
      kpiUnavailable(
        "newCustomers",
        L.newCustomers,
        "integer",
        texts((t) => t.kpi.portfolioKpis.noFirstPurchaseDatesNew),
      ),
    );
  }

  let cac: number | null = null;
  let cacReason: Localized | undefined;
  let cacNote: Localized | undefined;
  const acquisitionSpend = options.acquisitionSpend;
  if (acquisitionSpend !== undefined) {
    if (newCustomers === null) {
      cacReason = texts((t) => t.kpi.portfolioKpis.spendWithoutFirstPurchaseDates);
    } else if (newCustomers === 0) {
      cacReason = texts((t) => t.kpi.portfolioKpis.noNewCustomersIn);
    } else {
      cac = acquisitionSpend / newCustomers;
      cacNote = texts((t) => t.kpi.portfolioKpis.spentNewCustomers(acquisitionSpend, newCustomers));
    }
  } else if (data.available.acquisitionSpend) {
    let sum = 0;
    let known = 0;
    for (let i = 0; i < data.count; i++) {
      const spend = data.acquisitionSpend[i];
      if (Number.isFinite(spend) && spend >= 0) {
        sum += spend;
        known++;
      }
    }
    if (known > 0) {
      cac = sum / known;
      cacNote = texts((t) => t.kpi.portfolioKpis.averageOfTheAcquisition(known));
    } else {
      cacReason = texts((t) => t.kpi.portfolioKpis.acquisitionCostColumn);
    }
  } else {
    cacReason = texts((t) => t.kpi.portfolioKpis.noAcquisitionSpendAdd);
  }
  kpis.push(
    cac === null
      ? kpiUnavailable("cac", L.cac, "money", cacReason as Localized)
      : kpiValue("cac", L.cac, cac, "money", cacNote),
  );

  // LTV:CAC with the 3× rule.
  const target = options.ltvToCacTarget ?? DEFAULT_LTV_TO_CAC_TARGET;
  if (cac === null || ltv.value === null) {
    kpis.push(
      kpiUnavailable("ltvToCac", L.ltvToCac, "ratio", (cac === null ? cacReason : ltv.reason) as Localized),
    );
  } else if (cac === 0) {
    kpis.push(
      kpiUnavailable(
        "ltvToCac",
        L.ltvToCac,
        "ratio",
        texts((t) => t.kpi.portfolioKpis.zeroCac),
      ),
    );
  } else {
    const ratio = ltv.value / cac;
    const meets = ratio >= target;
    kpis.push(
      kpiValue(
        "ltvToCac",
        L.ltvToCac,
        ratio,
        "ratio",
        meets
          ? texts((t) => t.kpi.portfolioKpis.meetsTheRule(target))
          : texts((t) => t.kpi.portfolioKpis.belowTheRuleAcquisition(target)),
      ),
    );
  }

  // Payback: months of margin per customer needed to recover CAC.
  if (cac === null) {
    kpis.push(kpiUnavailable("cacPaybackMonths", L.payback, "months", cacReason as Localized));
  } else if (!basics.marginKnown || basics.count === basics.customersWithoutMargin) {
    kpis.push(kpiUnavailable("cacPaybackMonths", L.payback, "months", NO_MARGIN));
  } else {
    const monthlyMargin =
      basics.totalMargin / (basics.count - basics.customersWithoutMargin) / basics.windowYears / 12;
    kpis.push(
      monthlyMargin > 0
        ? kpiValue("cacPaybackMonths", L.payback, cac / monthlyMargin, "months")
        : kpiUnavailable(
            "cacPaybackMonths",
            L.payback,
            "months",
            texts((t) => t.kpi.portfolioKpis.marginPerCustomerIs),
          ),
    );
  }
  return kpis;
}
