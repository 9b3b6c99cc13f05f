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

const DAYS_PER_YEAR = 365.25;
/** Default yearly discount rate for LTV (10 %), stated in the LTV KPI's note. */
export const DEFAULT_DISCOUNT_RATE_PER_YEAR = 0.1;
/** The seed's rule of thumb: LTV should be at least 3 times CAC. */
export const DEFAULT_LTV_TO_CAC_TARGET = 3;

export interface PortfolioKpiOptions extends BasicsOptions {
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
  customers: { en: "Customers", es: "Clientes" },
  revenue: GLOSSARY.revenue,
  grossMargin: { en: "Gross margin", es: "Margen bruto" },
  marginPercent: GLOSSARY.marginPercent,
  top20Share: {
    en: "Revenue share of the top 20 % of customers",
    es: "Peso en ventas del 20 % de clientes principales",
  },
  averageTicket: GLOSSARY.averageTicket,
  purchaseFrequency: { en: "Purchases per customer per year", es: "Compras por cliente al año" },
  tenure: { en: "Average tenure (years)", es: "Antigüedad media (años)" },
  belowAverage: {
    en: "Revenue share of customers below the portfolio margin %",
    es: "Peso en ventas de clientes bajo el margen % de la cartera",
  },
  negativeMargin: { en: "Loss-making customers", es: "Clientes con margen negativo" },
  retention: { en: "Retention rate", es: "Tasa de retención" },
  churn: { en: "Churn rate", es: "Tasa de abandono" },
  churnWindow: { en: "Churn window (months)", es: "Ventana de abandono (meses)" },
  churnYear: { en: "Churn rate per year", es: "Tasa de abandono por año" },
  newCustomers: { en: "New customers (CAC period)", es: "Clientes nuevos (periodo del CAC)" },
  cac: { en: "Customer acquisition cost (CAC)", es: "Coste de adquisición de clientes (CAC)" },
  ltv: { en: "Average customer LTV (simple)", es: "LTV medio por cliente (simple)" },
  ltvToCac: { en: "LTV:CAC", es: "LTV:CAC" },
  payback: { en: "CAC payback (months)", es: "Recuperación del CAC (meses)" },
  conversion: { en: "Conversion rate (closed / leads)", es: "Tasa de conversión (cierres / leads)" },
  leads: { en: "Leads without a purchase", es: "Leads sin compras" },
} satisfies Record<string, Localized>;

const NO_MARGIN: Localized = {
  en: "No margin, cost or margin % column: map one to get margins.",
  es: "No hay columna de margen, coste o margen %: asigne una para obtener márgenes.",
};
const NO_CUSTOMERS: Localized = {
  en: "There are no customers in the data.",
  es: "No hay clientes en los datos.",
};

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
      {
        en: `acquisitionSpend is ${acquisitionSpend}: give the money spent on acquiring customers (0 or more).`,
        es: `acquisitionSpend es ${acquisitionSpend}: indique el dinero invertido en captar clientes (0 o más).`,
      },
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
      kpiValue("leads", L.leads, options.leadCount, "integer", {
        en: "rows without any purchase: counted for conversion only, not on the map, in segments or totals",
        es: "filas sin ninguna compra: cuentan solo para la conversión, no en el mapa, los segmentos ni los totales",
      }),
    );
  const conversion = options.conversion ?? conversionRate(data);
  kpis.push(
    conversion.rate === null
      ? kpiUnavailable("conversionRate", L.conversion, "percent", conversion.unavailableReason as Localized)
      : kpiValue("conversionRate", L.conversion, conversion.rate, "percent", {
          en: `${conversion.closed} closed of ${conversion.leads} leads`,
          es: `${conversion.closed} cierres de ${conversion.leads} leads`,
        }),
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
        ? {
            en: `${basics.customersWithoutMargin} customers without margin are left out`,
            es: `${basics.customersWithoutMargin} clientes sin margen quedan fuera`,
          }
        : undefined;
    kpis.push(kpiValue("grossMargin", L.grossMargin, basics.totalMargin, "money", partial));
    kpis.push(
      kpiValue("marginPercent", L.marginPercent, basics.marginPercent, "percent", partial, {
        en: "Revenue of the customers with margin is 0: margin % is undefined.",
        es: "Las ventas de los clientes con margen son 0: el margen % no está definido.",
      }),
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
        {
          en: "No positive revenue with a known margin.",
          es: "No hay ventas positivas con margen conocido.",
        },
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
        { en: `top ${top} customers`, es: `${top} clientes principales` },
        { en: "Total revenue is not positive.", es: "Las ventas totales no son positivas." },
      ),
    );
  }
  const orders = basics.orders;
  if (!orders) {
    const reason: Localized = {
      en: "No orders column and no transactions: map an orders column or use invoice lines.",
      es: "No hay columna de pedidos ni transacciones: asigne una columna de pedidos o use líneas de factura.",
    };
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
        {
          en: "No orders recorded: the average ticket is undefined.",
          es: "No hay pedidos registrados: el ticket promedio no está definido.",
        },
      ),
    );
    kpis.push(
      kpiValue(
        "purchasesPerCustomerPerYear",
        L.purchaseFrequency,
        customersWithOrders > 0 ? totalOrders / customersWithOrders / basics.windowYears : NaN,
        "number",
        { en: `period: ${basics.windowSource.en}`, es: `periodo: ${basics.windowSource.es}` },
        NO_CUSTOMERS,
      ),
    );
  }
  if (!data.available.firstPurchaseDay) {
    kpis.push(
      kpiUnavailable("averageTenureYears", L.tenure, "number", {
        en: "No first-purchase dates: map a first purchase (or customer since) column, or use transactions.",
        es: "No hay fechas de primera compra: asigne una columna de primera compra (o cliente desde) o use transacciones.",
      }),
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
  const churnLabel: Localized = { en: `${L.churn.en} ${per.en}`, es: `${L.churn.es} ${per.es}` };
  const retentionLabel: Localized = { en: `${L.retention.en} ${per.en}`, es: `${L.retention.es} ${per.es}` };
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
    kpiValue("churnRatePerYear", L.churnYear, churn.perYear, "percent", {
      en: `= 1 − (1 − ${formatPercent(churn.perWindow, "en", 1)})^(12 / ${churn.windowMonths}): the churn ${per.en}, per year`,
      es: `= 1 − (1 − ${formatPercent(churn.perWindow, "es", 1)})^(12 / ${churn.windowMonths}): el abandono ${per.es}, por año`,
    }),
  );
  return kpis;
}

/** Average simple LTV per customer (money) and why it is unavailable when it is. */
export function portfolioSimpleLtv(
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
      reason: {
        en: "No churn observed and no discount rate: the expected lifetime is unbounded. Give a yearly churn rate or a discount rate.",
        es: "No se observa abandono y no hay tasa de descuento: la vida esperada no tiene límite. Indique una tasa de abandono anual o una tasa de descuento.",
      },
    };
  }
  const customersWithMargin = basics.count - basics.customersWithoutMargin;
  const marginPerCustomerPerYear = basics.totalMargin / customersWithMargin / basics.windowYears;
  return {
    value: marginPerCustomerPerYear / (churn + discountRatePerYear),
    note: {
      en: `margin per customer per year ÷ (churn ${formatPercent(churn, "en", 1)} a year + discount ${formatPercent(discountRatePerYear, "en", 1)})`,
      es: `margen por cliente al año ÷ (abandono ${formatPercent(churn, "es", 1)} anual + descuento ${formatPercent(discountRatePerYear, "es", 1)})`,
    },
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
      kpiUnavailable("newCustomers", L.newCustomers, "integer", {
        en: "No first-purchase dates: new customers cannot be told apart.",
        es: "No hay fechas de primera compra: no se distinguen los clientes nuevos.",
      }),
    );
  }

  let cac: number | null = null;
  let cacReason: Localized | undefined;
  let cacNote: Localized | undefined;
  const acquisitionSpend = options.acquisitionSpend;
  if (acquisitionSpend !== undefined) {
    if (newCustomers === null) {
      cacReason = {
        en: "Acquisition spend given but no first-purchase dates to count new customers.",
        es: "Hay inversión de captación pero no fechas de primera compra para contar clientes nuevos.",
      };
    } else if (newCustomers === 0) {
      cacReason = {
        en: "No new customers in the CAC period: the cost per new customer is undefined.",
        es: "No hay clientes nuevos en el periodo del CAC: el coste por cliente nuevo no está definido.",
      };
    } else {
      cac = acquisitionSpend / newCustomers;
      cacNote = {
        en: `${acquisitionSpend} spent / ${newCustomers} new customers`,
        es: `${acquisitionSpend} invertidos / ${newCustomers} clientes nuevos`,
      };
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
      cacNote = {
        en: `average of the acquisition cost column over ${known} customers`,
        es: `promedio de la columna de coste de adquisición en ${known} clientes`,
      };
    } else {
      cacReason = {
        en: "The acquisition cost column has no usable values.",
        es: "La columna de coste de adquisición no tiene valores utilizables.",
      };
    }
  } else {
    cacReason = {
      en: "No acquisition spend: add an acquisition cost column or give the marketing and sales spend of the period.",
      es: "No hay inversión de captación: añada una columna de coste de adquisición o indique la inversión en marketing y ventas del periodo.",
    };
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
      kpiUnavailable("ltvToCac", L.ltvToCac, "ratio", {
        en: "CAC is 0: the ratio is unbounded.",
        es: "El CAC es 0: la razón no tiene límite.",
      }),
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
          ? { en: `meets the ${target}× rule`, es: `cumple la regla de ${target}×` }
          : {
              en: `below the ${target}× rule: acquisition costs too much for the value customers bring`,
              es: `por debajo de la regla de ${target}×: captar cuesta demasiado para el valor que dejan los clientes`,
            },
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
        : kpiUnavailable("cacPaybackMonths", L.payback, "months", {
            en: "Margin per customer is not positive: the acquisition cost is never paid back.",
            es: "El margen por cliente no es positivo: el coste de adquisición nunca se recupera.",
          }),
    );
  }
  return kpis;
}
