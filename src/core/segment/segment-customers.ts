/**
 * The one entry point for segmenting customers: finds the method in the method registry (methods.ts), runs its
 * `segment()` and turns the draft into the `Segmentation` contract (summaries, shares, colors, too-small
 * flags, grid totals).
 *
 * Each method's file doc states its rules and default thresholds; `thresholds` overrides them by id (ids the
 * method's descriptor does not list are an error, checked here once for every method). Deterministic: same data and options → same result (the seed is fixed by default and stored).
 *
 * @throws CoreError when the data cannot support the method (missing columns, bad revenue, bad options).
 */
import { CoreError } from "../errors";
import type { CurrencyCode } from "../format";
import type { CustomerData, Method, Segmentation } from "../model";
import { DEFAULT_SEED } from "../random";
import { flatText } from "../text";
import type { Localized } from "../types";
import { methodOf } from "./methods";
import { finishSegmentation, ThresholdSet } from "./segmentation-builder";
import { texts } from "../../i18n/texts";

interface SegmentOptions {
  method: Method;
  /** Seed for clustering (default 42); stored in the settings. */
  seed?: number;
  /** Clusters: a fixed k instead of the automatic choice. */
  k?: number;
  /** Threshold overrides by threshold id. */
  thresholds?: Record<string, number>;
  /** Segments with fewer customers are flagged too small (default: 1 % of customers, between 5 and 500). */
  minSegmentSize?: number;
  /** Clusters: ask to use protected attributes (the data model keeps none, so the note says none were used). */
  includeProtected?: boolean;
  /**
   * Build each customer's reason text, in English and Spanish (default true). Reasons are most of the cost of
   * segmenting (about 1 s per 10^5 customers); callers that only need the segments (the SEGMENT worksheet
   * function) pass false, and then `reasons` holds, for every customer, one shared empty { en: "", es: "" }
   * object (do not mutate it). Assignments, thresholds, notes and extra columns are the same either way.
   */
  explain?: boolean;
  /**
   * The currency the data shows (`read.currency`): money inside the reasons carries it ("€33,068" / "33.068 €"),
   * as money cells and the call list do; absent or null, money reads as the bare number.
   */
  currency?: CurrencyCode | null;
}

/**
 * The segmentation entry point: runs the method of `options.method` from the method registry (portfolio map,
 * RFM, clusters, lifecycle, ABC) and completes its draft with sizes, shares, colors and small-segment notes.
 * Why: one call for every surface (pipeline, SEGMENT worksheet function), whatever the method.
 * Cost: the method's (O(n log n) for ranks and quantiles; clusters O(n · k · features) per iteration).
 * Throws CoreError on an unknown method or invalid thresholds.
 *
 * @example
 * import { readCustomerGrid } from "../read/read-customer-grid";
 * const { customers } = readCustomerGrid([["Customer", "Revenue"], ["A", 800], ["B", 150], ["C", 50]]);
 * segmentCustomers(customers, { method: "abc" }).segments.length // => 3
 */
export function segmentCustomers(data: CustomerData, options: SegmentOptions): Segmentation {
  checkRevenue(data);
  const method = methodOf(options.method);
  new ThresholdSet(options.thresholds).rejectUnknown(method.id, method.thresholdIds);
  const draft = method.segment(data, {
    thresholds: options.thresholds,
    explain: options.explain ?? true,
    seed: options.seed ?? DEFAULT_SEED,
    k: options.k,
    includeProtected: options.includeProtected,
    currency: options.currency ?? null,
  });
  if (options.explain ?? true) compactReasons(draft.reasons);
  // A method registered at run time has an id outside the compile-time `Method` union (see methods.ts).
  return finishSegmentation(data, method.id as Method, draft, options.minSegmentSize);
}

/**
 * Every reason stored flat (see flatText): the built-in methods flatten theirs as they make them; this covers
 * methods registered at run time. The texts themselves do not change.
 */
function compactReasons(reasons: readonly (Localized | undefined)[]): void {
  for (const reason of reasons) {
    if (reason) {
      for (const text of Object.values(reason)) flatText(text);
    }
  }
}

/** Revenue is the one required field: every value must be a finite number. */
function checkRevenue(data: CustomerData): void {
  for (let i = 0; i < data.count; i++) {
    if (!Number.isFinite(data.revenue[i])) {
      throw new CoreError(
        "revenue-not-number",
        texts((t) => t.segment.segmentCustomers.revenueOfCustomerIs(data.ids[i], data.revenue[i])),
        data.ids[i],
      );
    }
  }
}
