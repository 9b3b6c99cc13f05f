/**
 * The parts every segmentation method shares: overridable thresholds, segment summaries (size, share, revenue,
 * margin, colors, too-small flag) and the map grid's cell totals. Each method decides who goes where; this
 * file turns that into the `Segmentation` contract the same way for all of them.
 */
import { formatCount } from "../format";
import { NOUNS } from "../glossary";
import { CoreError } from "../errors";
import type {
  CustomerData,
  MapGrid,
  Method,
  NumberFormatKind,
  SegmentSummary,
  Segmentation,
  Threshold,
} from "../model";
import type { Localized } from "../types";
import { textColorOn } from "./palette";
import { listIn, untranslated } from "../language";
import { texts } from "../../i18n/texts";

export interface SegmentDefinition {
  id: string;
  name: Localized;
  action: Localized;
  color: string;
}

/**
 * The reason of every customer when reasons are not built (`explain: false`): one shared, frozen object, so
 * skipping reasons allocates nothing per customer.
 */
const NO_REASON: Localized = Object.freeze(untranslated(""));

/** `count` references to NO_REASON: the `reasons` of a segmentation built without explanations. */
export function noReasons(count: number): Localized[] {
  return new Array<Localized>(count).fill(NO_REASON);
}

/** What a method produces before summaries are computed (its id is added from the registry's descriptor). */
export interface SegmentationDraft extends Omit<Segmentation, "method" | "segments" | "grid"> {
  /** Segments without their sizes and totals, which `finishSegmentation` computes. */
  definitions: SegmentDefinition[];
  grid?: GridDraft;
}

/** A map grid before its totals: labels, the segment of each cell, and each customer's cell. */
export interface GridDraft {
  title: Localized;
  rowAxis: Localized;
  columnAxis: Localized;
  rowLabels: Localized[];
  columnLabels: Localized[];
  /** cellSegments[row][column]: index into the definitions (-1 for none). */
  cellSegments: number[][];
  /** Per customer: row × columns + column of its cell, or -1 when it is on no cell. */
  cellOf: Int32Array;
}

/**
 * Default minimum segment size: 1 % of the customers, at least 5 and at most 500. Below 5 customers a segment
 * is anecdotal; above 500 it is big enough for its own campaign whatever the portfolio size.
 */
export function defaultMinSegmentSize(customerCount: number): number {
  return Math.max(5, Math.min(500, Math.ceil(customerCount * 0.01)));
}

/**
 * Thresholds of one run: each default can be replaced by the caller's value under the same id; every one used
 * is recorded (with where it came from) for the About sheet. Ids the method does not know are an error, so a
 * typo never passes silently.
 */
export class ThresholdSet {
  readonly used: Threshold[] = [];
  private readonly overrides: Record<string, number>;

  constructor(overrides: Record<string, number> | undefined) {
    this.overrides = overrides ?? {};
  }

  /** The value of threshold `id`: the caller's override if any, else `defaultValue`. */
  take(
    id: string,
    label: Localized,
    defaultValue: number,
    format: NumberFormatKind,
    source: Localized,
  ): number {
    const override = this.overrides[id];
    if (override !== undefined) {
      if (typeof override !== "number" || !Number.isFinite(override)) {
        throw new CoreError(
          "bad-threshold",
          texts((t, textLang) =>
            t.segment.segmentationBuilder.thresholdMustBe(id, label[textLang], String(override)),
          ),
          id,
        );
      }
      this.used.push({
        id,
        label,
        value: override,
        format,
        source: texts((t) => t.segment.segmentationBuilder.source),
      });
      return override;
    }
    this.used.push({ id, label, value: defaultValue, format, source });
    return defaultValue;
  }

  /** Throws when an override names a threshold this method never asked for. */
  rejectUnknown(method: string, known: readonly string[]): void {
    for (const id of Object.keys(this.overrides)) {
      if (!known.includes(id)) {
        throw new CoreError(
          "unknown-threshold",
          texts((t, textLang) =>
            t.segment.segmentationBuilder.methodHasNo(method, id, listIn(textLang, known)),
          ),
          id,
        );
      }
    }
  }
}

/** Customers, revenue and margin per segment from an assignment. One pass, O(customers). */
function totalsBySegment(
  data: CustomerData,
  assignment: Int32Array,
  segmentCount: number,
): { customers: Float64Array; revenue: Float64Array; margin: Float64Array } {
  const customers = new Float64Array(segmentCount);
  const revenue = new Float64Array(segmentCount);
  const margin = new Float64Array(segmentCount);
  for (let i = 0; i < data.count; i++) {
    const s = assignment[i];
    customers[s] += 1;
    revenue[s] += data.revenue[i];
    const m = data.marginAmount[i];
    if (!Number.isNaN(m)) margin[s] += m;
  }
  return { customers, revenue, margin };
}

/**
 * Turns a method's draft into the `Segmentation` contract: summaries with shares and colors, too-small flags
 * and their notes, grid totals, and the minimum size in the settings.
 *
 * @throws CoreError "bad-min-segment-size" when `minSegmentSize` is not a positive whole number.
 */
export function finishSegmentation(
  data: CustomerData,
  method: Method,
  draft: SegmentationDraft,
  minSegmentSize?: number,
): Segmentation {
  if (minSegmentSize !== undefined && (!Number.isInteger(minSegmentSize) || minSegmentSize < 1)) {
    throw new CoreError(
      "bad-min-segment-size",
      texts((t) => t.segment.segmentationBuilder.minimumSegmentSize(minSegmentSize)),
    );
  }
  const minSize = minSegmentSize ?? defaultMinSegmentSize(data.count);
  const marginKnown = data.available.marginAmount;
  const totals = totalsBySegment(data, draft.assignment, draft.definitions.length);
  const segments: SegmentSummary[] = draft.definitions.map((definition, s) => {
    const customers = totals.customers[s];
    return {
      id: definition.id,
      name: definition.name,
      action: definition.action,
      color: definition.color,
      textColor: textColorOn(definition.color),
      customers,
      share: data.count > 0 ? customers / data.count : 0,
      revenue: totals.revenue[s],
      margin: marginKnown ? totals.margin[s] : NaN,
      tooSmall: customers > 0 && customers < minSize,
    };
  });
  const notes = draft.notes.slice();
  for (const segment of segments) {
    if (segment.tooSmall) {
      notes.push(
        texts((t, textLang) =>
          t.segment.segmentationBuilder.segmentHasOnlyFewer(
            segment.name[textLang],
            formatCount(segment.customers, NOUNS.customer, textLang),
            minSize,
          ),
        ),
      );
    }
  }
  return {
    method,
    segments,
    assignment: draft.assignment,
    reasons: draft.reasons,
    thresholds: draft.thresholds,
    settings: { ...draft.settings, minSegmentSize: minSize },
    notes,
    extraColumns: draft.extraColumns,
    grid: draft.grid ? finishGrid(data, draft.grid) : undefined,
  };
}

function finishGrid(data: CustomerData, grid: GridDraft): MapGrid {
  const rows = grid.rowLabels.length;
  const columns = grid.columnLabels.length;
  const customers = new Float64Array(rows * columns);
  const revenue = new Float64Array(rows * columns);
  const margin = new Float64Array(rows * columns);
  for (let i = 0; i < data.count; i++) {
    const cell = grid.cellOf[i];
    if (cell < 0) continue;
    customers[cell] += 1;
    revenue[cell] += data.revenue[i];
    const m = data.marginAmount[i];
    if (!Number.isNaN(m)) margin[cell] += m;
  }
  const marginKnown = data.available.marginAmount;
  const cells: MapGrid["cells"] = [];
  for (let r = 0; r < rows; r++) {
    const row: MapGrid["cells"][number] = [];
    for (let c = 0; c < columns; c++) {
      const at = r * columns + c;
      row.push({
        segment: grid.cellSegments[r][c],
        customers: customers[at],
        revenue: revenue[at],
        margin: marginKnown ? margin[at] : NaN,
      });
    }
    cells.push(row);
  }
  return {
    title: grid.title,
    rowAxis: grid.rowAxis,
    columnAxis: grid.columnAxis,
    rowLabels: grid.rowLabels,
    columnLabels: grid.columnLabels,
    cells,
  };
}
