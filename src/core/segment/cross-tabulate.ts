/**
 * Segment × dimension cross-tabs (region, sector, channel, size...): counts, lift and highlighted cells.
 *
 * lift[s][v] = observed / expected customers, with expected = (customers in segment s) × (customers with
 * value v) / (all customers): 1 = as in the whole portfolio, 2 = twice as common, 0.5 = half. Lift is 0 where
 * the expected count is 0 (an empty segment), so outputs are always finite.
 * Highlights (minimum-count guard): cells whose expected count is at least `minCount` (default 5) and whose lift
 * is ≥ `liftHigh` (1.5) or ≤ 1 / liftHigh — so a lift computed on two customers is never highlighted.
 * Values: blanks shown as "(blank)" / "(vacío)"; at most `maxValues` (20) values by frequency, the rest pooled
 * as "(other)" / "(otros)".
 *
 * Cost: O(n) per dimension plus the distinct values.
 */
import type { CrossTab } from "../analysis";
import type { CustomerData, DimensionField, Segmentation } from "../model";
import type { Localized } from "../types";
import { asHeading, DIMENSION_LABELS } from "../role-labels";
import { texts } from "../../i18n/texts";

interface CrossTabOptions {
  /** Minimum expected customers in a cell before it can be highlighted (default 5). */
  minCount?: number;
  /** Lift at or above which a cell is over-represented; its inverse marks under-representation (default 1.5). */
  liftHigh?: number;
  /** Most distinct values kept per dimension before pooling the rest (default 20). */
  maxValues?: number;
  /** Dimensions to cross (default: every dimension present in the data). */
  dimensions?: DimensionField[];
}

const BLANK = "(blank)";
const OTHER = "(other)";

/** The two values the cross-tab invents, with their labels for rendering ("(blank)", "(other)"). */
export const CROSS_TAB_SPECIAL_VALUES: Record<string, Localized> = {
  [BLANK]: texts((t) => t.segment.crossTabulate.crossTabSpecialValues),
  [OTHER]: texts((t) => t.segment.crossTabulate.other),
};

export function crossTabulate(
  data: CustomerData,
  segmentation: Segmentation,
  options: CrossTabOptions = {},
): CrossTab[] {
  const minCount = options.minCount ?? 5;
  const liftHigh = options.liftHigh ?? 1.5;
  const maxValues = options.maxValues ?? 20;
  const dimensions = options.dimensions ?? (Object.keys(data.dimensions) as DimensionField[]);
  const segmentCount = segmentation.segments.length;
  const n = data.count;
  const segmentTotals = new Float64Array(segmentCount);
  for (let i = 0; i < n; i++) segmentTotals[segmentation.assignment[i]] += 1;
  const tabs: CrossTab[] = [];
  for (const dimension of dimensions) {
    const column = data.dimensions[dimension];
    if (!column) continue;
    const frequency = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const value = column[i] === "" ? BLANK : column[i];
      frequency.set(value, (frequency.get(value) ?? 0) + 1);
    }
    // Most frequent first, then alphabetical, so the layout is stable.
    let values = [...frequency.keys()].sort(
      (a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    const pooled = values.length > maxValues;
    if (pooled) values = values.slice(0, maxValues - 1);
    const position = new Map<string, number>();
    values.forEach((v, index) => position.set(v, index));
    if (pooled) values.push(OTHER);
    const counts: number[][] = Array.from({ length: segmentCount }, () =>
      new Array<number>(values.length).fill(0),
    );
    const valueTotals = new Float64Array(values.length);
    for (let i = 0; i < n; i++) {
      const value = column[i] === "" ? BLANK : column[i];
      const v = position.get(value) ?? values.length - 1;
      counts[segmentation.assignment[i]][v] += 1;
      valueTotals[v] += 1;
    }
    const lift: number[][] = [];
    const highlights: CrossTab["highlights"] = [];
    for (let s = 0; s < segmentCount; s++) {
      const row: number[] = [];
      for (let v = 0; v < values.length; v++) {
        const expected = n > 0 ? (segmentTotals[s] * valueTotals[v]) / n : 0;
        const cellLift = expected > 0 ? counts[s][v] / expected : 0;
        row.push(cellLift);
        if (expected >= minCount && (cellLift >= liftHigh || cellLift <= 1 / liftHigh)) {
          highlights.push({ segment: s, value: v, lift: cellLift });
        }
      }
      lift.push(row);
    }
    tabs.push({
      dimension,
      dimensionLabel: asHeading(DIMENSION_LABELS[dimension]),
      values,
      counts,
      lift,
      highlights,
    });
  }
  return tabs;
}
