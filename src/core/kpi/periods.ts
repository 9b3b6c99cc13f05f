/**
 * Period grid helpers over `PurchaseHistory`: parse the period labels ("2024-01", "2024-Q1", "2024") into
 * epoch-day ranges, aggregate months into quarters or years, and tell whether the last period is complete
 * (data that ends mid-month would otherwise look like every customer dropped).
 */
import type { PurchaseHistory } from "../model";
import { MS_PER_DAY } from "../excel-serial";

type PeriodUnit = "month" | "quarter" | "year";

const RANK: Record<PeriodUnit, number> = { month: 0, quarter: 1, year: 2 };

interface PeriodRange {
  /** First day of the period (epoch day). */
  startDay: number;
  /** First day after the period (epoch day). */
  endDay: number;
}

function epochDay(year: number, monthIndex: number): number {
  return Math.round(Date.UTC(year, monthIndex, 1) / MS_PER_DAY);
}

/**
 * Epoch-day range of a label "YYYY-MM", "YYYY-Qn" or "YYYY"; null when the label has another form. O(1).
 *
 * For instance "2024-Q2" → { startDay: 19814, endDay: 19905 } (epoch days; the end is exclusive: 2024-04-01 up
 * to 2024-07-01), and "Q2 2024" → null.
 */
function parsePeriodLabel(label: string): PeriodRange | null {
  let match = /^(\d{4})-(\d{2})$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    return month >= 0 && month < 12
      ? { startDay: epochDay(year, month), endDay: epochDay(year, month + 1) }
      : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]) - 1;
    return { startDay: epochDay(year, quarter * 3), endDay: epochDay(year, quarter * 3 + 3) };
  }
  match = /^(\d{4})$/.exec(label);
  if (match) {
    const year = Number(match[1]);
    return { startDay: epochDay(year, 0), endDay: epochDay(year + 1, 0) };
  }
  return null;
}

/** The label of the coarser period that contains `label` ("2024-05" → "2024-Q2" or "2024"). */
function coarserLabel(label: string, unit: PeriodUnit): string {
  const year = label.slice(0, 4);
  if (unit === "year") return year;
  if (unit === "quarter") {
    const month = /^\d{4}-(\d{2})$/.exec(label);
    return month ? `${year}-Q${Math.ceil(Number(month[1]) / 3)}` : label;
  }
  return label;
}

/** Revenue (and margin) per customer and period, possibly aggregated to a coarser unit. */
interface PeriodGrid {
  unit: PeriodUnit;
  labels: string[];
  ranges: (PeriodRange | null)[];
  customers: number;
  /** Row-major customers × periods. */
  revenue: Float64Array;
  margin: Float64Array;
}

/**
 * The history's period grid in `unit` (default: the history's own). Aggregating to a coarser unit sums
 * the periods; a finer unit than the history's is impossible and returns null. O(customers × periods).
 */
export function periodGrid(
  history: PurchaseHistory,
  unit: PeriodUnit = history.periodUnit,
): PeriodGrid | null {
  if (RANK[unit] < RANK[history.periodUnit]) return null;
  const sourceLabels = history.periodLabels;
  const sourceCount = sourceLabels.length;
  const customers = sourceCount === 0 ? 0 : history.revenueByPeriod.length / sourceCount;
  if (unit === history.periodUnit) {
    return {
      unit,
      labels: sourceLabels.slice(),
      ranges: sourceLabels.map(parsePeriodLabel),
      customers,
      revenue: history.revenueByPeriod,
      margin: history.marginByPeriod,
    };
  }
  const labels: string[] = [];
  const target = new Int32Array(sourceCount);
  for (let p = 0; p < sourceCount; p++) {
    const label = coarserLabel(sourceLabels[p], unit);
    if (labels.length === 0 || labels[labels.length - 1] !== label) labels.push(label);
    target[p] = labels.length - 1;
  }
  const periods = labels.length;
  const revenue = new Float64Array(customers * periods);
  const margin = new Float64Array(customers * periods);
  for (let i = 0; i < customers; i++) {
    for (let p = 0; p < sourceCount; p++) {
      revenue[i * periods + target[p]] += history.revenueByPeriod[i * sourceCount + p];
      margin[i * periods + target[p]] += history.marginByPeriod[i * sourceCount + p];
    }
  }
  return { unit, labels, ranges: labels.map(parsePeriodLabel), customers, revenue, margin };
}

/** True when the last period of the grid ends after `asOfDay` (the data stops inside it). */
export function lastPeriodIsPartial(grid: PeriodGrid, asOfDay: number): boolean {
  const last = grid.ranges[grid.ranges.length - 1];
  return last !== null && last !== undefined && asOfDay < last.endDay - 1;
}

/**
 * Number of periods of this unit in a year.
 *
 * @example
 * periodsPerYear("month") // => 12
 */
export function periodsPerYear(unit: PeriodUnit): number {
  return unit === "month" ? 12 : unit === "quarter" ? 4 : 1;
}
