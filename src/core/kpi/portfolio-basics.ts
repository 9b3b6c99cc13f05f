/**
 * The portfolio aggregates that several KPIs, the per-customer scores and the insights share: totals, the
 * observation window in years, orders per customer, and the yearly churn rate with where it came from.
 * Computed once per run in O(customers × periods).
 */
import { CoreError } from "../errors";
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { type PeriodGrid, lastPeriodIsPartial, periodGrid, periodsPerYear } from "./periods";

const DAYS_PER_YEAR = 365.25;

export interface BasicsOptions {
  /** Length in years of the period the revenue column covers, for customer sheets (default 1, stated in notes). */
  periodYears?: number;
  /** Yearly churn rate to use instead of the one measured from the data (fraction in (0, 1]). */
  churnRatePerYear?: number;
}

export interface YearlyChurn {
  churnRatePerYear: number | null;
  source: Localized;
  unavailableReason?: Localized;
}

export interface PortfolioBasics {
  count: number;
  totalRevenue: number;
  /** Margin totals over the customers whose margin is known. */
  marginKnown: boolean;
  totalMargin: number;
  revenueOfMarginKnown: number;
  customersWithoutMargin: number;
  /** Revenue-weighted margin %: Σ margin / Σ revenue over customers with margin (NaN when unknown). */
  marginPercent: number;
  /** Orders per customer (orders column, else distinct purchase days), or null when neither exists. */
  orders: Float64Array | null;
  /** Length in years of the period the revenue covers. */
  windowYears: number;
  windowSource: Localized;
  churn: YearlyChurn;
}

/** Orders per customer: the orders column, else distinct purchase days from transactions, else null. */
export function ordersOf(data: CustomerData): Float64Array | null {
  if (data.available.orders) return data.orders;
  if (data.history) return Float64Array.from(data.history.purchaseDays);
  return null;
}

/** Computes the shared aggregates. Throws CoreError on an invalid `periodYears` or `churnRatePerYear` option. */
export function portfolioBasics(data: CustomerData, options: BasicsOptions = {}): PortfolioBasics {
  let totalRevenue = 0;
  let totalMargin = 0;
  let revenueOfMarginKnown = 0;
  let withoutMargin = 0;
  for (let i = 0; i < data.count; i++) {
    totalRevenue += data.revenue[i];
    const margin = data.marginAmount[i];
    if (Number.isNaN(margin)) {
      withoutMargin++;
      continue;
    }
    totalMargin += margin;
    revenueOfMarginKnown += data.revenue[i];
  }
  const marginKnown = data.available.marginAmount && withoutMargin < data.count;
  const marginPercent = marginKnown && revenueOfMarginKnown !== 0 ? totalMargin / revenueOfMarginKnown : NaN;
  const { windowYears, windowSource } = observationWindow(data, options.periodYears);
  return {
    count: data.count,
    totalRevenue,
    marginKnown,
    totalMargin: marginKnown ? totalMargin : NaN,
    revenueOfMarginKnown,
    customersWithoutMargin: withoutMargin,
    marginPercent,
    orders: ordersOf(data),
    windowYears,
    windowSource,
    churn: yearlyChurn(data, windowYears, options.churnRatePerYear),
  };
}

function observationWindow(
  data: CustomerData,
  periodYears?: number,
): { windowYears: number; windowSource: Localized } {
  if (periodYears !== undefined) {
    if (!(Number.isFinite(periodYears) && periodYears > 0)) {
      throw new CoreError(
        "kpi-invalid-period-years",
        {
          en: `periodYears is ${periodYears}: give the length in years of the period the revenue covers (e.g. 1).`,
          es: `periodYears es ${periodYears}: indique la duración en años del periodo que cubren las ventas (p. ej. 1).`,
        },
        "periodYears",
      );
    }
    return { windowYears: periodYears, windowSource: { en: "set by user", es: "indicado por el usuario" } };
  }
  const history = data.history;
  if (history && history.periodLabels.length > 0) {
    const grid = periodGrid(history);
    const first = grid?.ranges[0];
    if (first) {
      const days = Math.max(1, data.asOfDay - first.startDay + 1);
      return {
        windowYears: days / DAYS_PER_YEAR,
        windowSource: { en: "span of the transactions", es: "periodo cubierto por las transacciones" },
      };
    }
  }
  return {
    windowYears: 1,
    windowSource: {
      en: "assumed: the revenue column covers one year (add purchase dates to measure the period)",
      es: "supuesto: la columna de ventas cubre un año (añada fechas de compra para medir el periodo)",
    },
  };
}

/**
 * Yearly churn: the option when given; else from transactions, retention between two consecutive windows
 * of complete periods (12 months when the data allow, shorter windows annualised as retention^(1/years));
 * else from previous-period revenue (customers who bought before and still buy); else unavailable.
 */
function yearlyChurn(data: CustomerData, windowYears: number, override?: number): YearlyChurn {
  if (override !== undefined) {
    if (!(Number.isFinite(override) && override > 0 && override <= 1)) {
      throw new CoreError(
        "kpi-invalid-churn",
        {
          en: `churnRatePerYear is ${override}: give a yearly fraction above 0 and at most 1 (0.2 = 20 %).`,
          es: `churnRatePerYear es ${override}: indique una fracción anual mayor que 0 y como máximo 1 (0,2 = 20 %).`,
        },
        "churnRatePerYear",
      );
    }
    return { churnRatePerYear: override, source: { en: "set by user", es: "indicada por el usuario" } };
  }
  if (data.history && data.history.periodLabels.length > 0) {
    const grid = periodGrid(data.history);
    if (grid) {
      const measured = windowRetention(grid, data.asOfDay);
      if (measured) return measured;
    }
  }
  if (data.available.previousRevenue) {
    let base = 0;
    let retained = 0;
    for (let i = 0; i < data.count; i++) {
      if (data.previousRevenue[i] > 0) {
        base++;
        if (data.revenue[i] > 0) retained++;
      }
    }
    if (base > 0) {
      const retentionPerYear = Math.pow(retained / base, 1 / windowYears);
      return {
        churnRatePerYear: 1 - retentionPerYear,
        source: {
          en: `customers with previous-period revenue still buying (${retained} of ${base})`,
          es: `clientes con ventas en el periodo anterior que siguen comprando (${retained} de ${base})`,
        },
      };
    }
  }
  return {
    churnRatePerYear: null,
    source: { en: "not measurable", es: "no medible" },
    unavailableReason: {
      en: "Churn needs transactions over at least two periods or a previous-period revenue column (or set churnRatePerYear).",
      es: "La tasa de abandono necesita transacciones de al menos dos periodos o una columna de ventas del periodo anterior (o indique churnRatePerYear).",
    },
  };
}

function windowRetention(grid: PeriodGrid, asOfDay: number): YearlyChurn | null {
  const complete = grid.labels.length - (lastPeriodIsPartial(grid, asOfDay) ? 1 : 0);
  const perYear = periodsPerYear(grid.unit);
  const windowPeriods = Math.min(perYear, Math.floor(complete / 2));
  if (windowPeriods < 1) return null;
  const periods = grid.labels.length;
  const currentStart = complete - windowPeriods;
  const previousStart = currentStart - windowPeriods;
  let base = 0;
  let retained = 0;
  for (let i = 0; i < grid.customers; i++) {
    let before = false;
    let after = false;
    for (let p = previousStart; p < currentStart; p++) if (grid.revenue[i * periods + p] > 0) before = true;
    if (!before) continue;
    for (let p = currentStart; p < complete; p++) if (grid.revenue[i * periods + p] > 0) after = true;
    base++;
    if (after) retained++;
  }
  if (base === 0) return null;
  const years = windowPeriods / perYear;
  const retentionPerYear = Math.pow(retained / base, 1 / years);
  const from = `${grid.labels[previousStart]}..${grid.labels[currentStart - 1]}`;
  const to = `${grid.labels[currentStart]}..${grid.labels[complete - 1]}`;
  return {
    churnRatePerYear: 1 - retentionPerYear,
    source: {
      en: `customers active in ${from} still active in ${to} (${retained} of ${base})${years !== 1 ? ", annualised" : ""}`,
      es: `clientes activos en ${from} que siguen activos en ${to} (${retained} de ${base})${years !== 1 ? ", anualizado" : ""}`,
    },
  };
}
