/**
 * Mobility: who moved from which segment to which between two assignments (the previous map vs now, or
 * period vs period), with counts and current revenue per cell (KBOX's "movilidad de clientes").
 */
import type { MigrationMatrix, Segmentation } from "../model";
import type { Localized } from "../types";
import { untranslated } from "../language";

interface MigrationInput {
  /** Previous assignment: customer id → segment id. */
  previous: Readonly<Record<string, string>>;
  /** Current customers (ids aligned with `revenue` and `segmentation.assignment`). */
  ids: readonly string[];
  revenue: ArrayLike<number>;
  segmentation: Segmentation;
  /** Labels for previous segment ids the current segmentation does not know (default: the id itself). */
  previousLabels?: Readonly<Record<string, Localized>>;
  /** When the previous map was made (ISO), carried into the matrix for the sheet's wording. */
  previousRunAt?: string;
}

/**
 * Builds the migration matrix. Rows ("from") are the current segments in display order followed by any
 * other segment id found in the previous map (sorted); columns ("to") are the current segments. Customers
 * only in the previous map count as `left`, only now as `joined`. O(customers + segments²).
 */
export function computeMigrationMatrix(input: MigrationInput): MigrationMatrix {
  const segments = input.segmentation.segments;
  const rowOf = new Map<string, number>();
  const fromLabels: Localized[] = [];
  segments.forEach((segment, s) => {
    rowOf.set(segment.id, s);
    fromLabels.push(segment.name);
  });
  const currentIds = new Set(input.ids);
  const extra = new Set<string>();
  let left = 0;
  for (const [id, segmentId] of Object.entries(input.previous)) {
    if (!currentIds.has(id)) left++;
    else if (!rowOf.has(segmentId)) extra.add(segmentId);
  }
  for (const segmentId of [...extra].sort()) {
    rowOf.set(segmentId, fromLabels.length);
    fromLabels.push(input.previousLabels?.[segmentId] ?? untranslated(segmentId));
  }
  const counts = fromLabels.map(() => new Array<number>(segments.length).fill(0));
  const revenue = fromLabels.map(() => new Array<number>(segments.length).fill(0));
  let joined = 0;
  const hasOwn = Object.prototype.hasOwnProperty;
  for (let i = 0; i < input.ids.length; i++) {
    const id = input.ids[i];
    if (!hasOwn.call(input.previous, id)) {
      joined++;
      continue;
    }
    const from = rowOf.get(input.previous[id]) as number;
    const to = input.segmentation.assignment[i];
    counts[from][to]++;
    revenue[from][to] += input.revenue[i];
  }
  return {
    fromLabels,
    toLabels: segments.map((s) => s.name),
    counts,
    revenue,
    left,
    joined,
    ...(input.previousRunAt ? { since: input.previousRunAt } : {}),
  };
}

/** Customers on both maps whose segment changed (off the diagonal, or from a segment this map no longer has). */
export function movedCount(matrix: MigrationMatrix): number {
  let moved = 0;
  matrix.counts.forEach((row, from) =>
    row.forEach((count, to) => {
      if (from !== to) moved += count;
    }),
  );
  return moved;
}

/**
 * Per customer (aligned with `ids`), the segment id on the previous map, or null when the customer was not on
 * it. What the call list's movers and the per-customer JSON (`previousSegment`) read.
 */
export function previousSegmentIdsOf(
  previous: Readonly<Record<string, string>>,
  ids: readonly string[],
): (string | null)[] {
  const hasOwn = Object.prototype.hasOwnProperty;
  return ids.map((id) => (hasOwn.call(previous, id) ? previous[id] : null));
}
