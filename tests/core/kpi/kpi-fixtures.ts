/** Small builders for hand-made KPI/insight cases (not a test file). */
import type { PurchaseHistory, Segmentation } from "../../../src/core/model";

export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A monthly/quarterly/yearly history from per-customer revenue rows (margin = 0 unless given). */
export function makeHistory(
  unit: PurchaseHistory["periodUnit"],
  labels: string[],
  revenueRows: number[][],
  extra: Partial<PurchaseHistory> = {},
): PurchaseHistory {
  const n = revenueRows.length;
  return {
    purchaseDays: new Int32Array(n).fill(1),
    categories: revenueRows.map(() => []),
    hasCategories: false,
    periodUnit: unit,
    periodLabels: labels,
    revenueByPeriod: Float64Array.from(revenueRows.flat()),
    marginByPeriod: new Float64Array(n * labels.length),
    timeUnit: "weeks",
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    age: new Float64Array(n).fill(10),
    meanRepeatSpend: new Float64Array(n),
    ...extra,
  };
}

export function makeSegmentation(names: string[], assignment: number[]): Segmentation {
  return {
    method: "portfolio",
    segments: names.map((name, s) => ({
      id: name.toLowerCase().replace(/\s+/g, "-"),
      name: { en: name, es: `${name} (es)` },
      action: { en: `act on ${name}`, es: `actuar sobre ${name}` },
      color: "#000000",
      textColor: "#FFFFFF",
      customers: assignment.filter((a) => a === s).length,
      share: 0,
      revenue: 0,
      margin: NaN,
      tooSmall: false,
    })),
    assignment: Int32Array.from(assignment),
    reasons: assignment.map(() => ({ en: "", es: "" })),
    thresholds: [],
    settings: {},
    notes: [],
    extraColumns: [],
  };
}
