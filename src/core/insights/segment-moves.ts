/**
 * Movers for the call list: customers whose segment got worse since the previous map, above all those who
 * went from a valuable segment (Strategic / VIP, Champions, Loyal, A...) to one of customers slipping away
 * (At risk, Hibernating, Inactive, Lost...). They head the call list (`Insight.priority`), each with a reason
 * sentence: where they were, when, where they are now and why.
 *
 * The rule, by segment id (same ids across runs of one method; cluster numbers are not comparable between
 * runs, so clusters give no movers):
 * - priority 3: valuable → slipping ("strategic" → "at-risk" is the case the director must hear first);
 * - priority 2: any other segment → slipping;
 * - priority 1: valuable → any other non-slipping segment (a downgrade, e.g. ABC A → C);
 * - upward and sideways moves are not calls (they still show in the mobility table).
 * Cost O(customers).
 */
import type { CustomerData, Insight, Segmentation } from "../model";
import type { Localized } from "../types";
import { methodOf } from "../segment/methods";

/** Segments whose customers the business most wants to keep, across methods. */
export const VALUABLE_SEGMENTS: ReadonlySet<string> = new Set([
  "strategic",
  "champions",
  "loyal",
  "cant-lose-them",
  "A",
  "habitual",
  "exclusive",
  "evangelist",
]);
/** Segments of customers slipping away, across methods. */
export const SLIPPING_SEGMENTS: ReadonlySet<string> = new Set([
  "at-risk",
  "about-to-sleep",
  "hibernating",
  "inactive",
  "lost",
]);

/** How urgent a move from `from` to `to` is (0 = not a call; see the module doc). */
export function movePriority(from: string, to: string): number {
  if (from === to) return 0;
  const wasValuable = VALUABLE_SEGMENTS.has(from);
  const nowSlipping = SLIPPING_SEGMENTS.has(to);
  if (wasValuable && nowSlipping) return 3;
  if (nowSlipping && !SLIPPING_SEGMENTS.has(from)) return 2;
  if (wasValuable && !VALUABLE_SEGMENTS.has(to)) return 1;
  return 0;
}

/** The date of a run for sentences ("2025-01-15"), or "" when unknown. */
export function runDate(runAt: string | undefined): string {
  return runAt && /^\d{4}-\d{2}-\d{2}/.test(runAt) ? runAt.slice(0, 10) : "";
}

/**
 * One insight per customer who moved down (see the rule). `previousSegmentIds[i]` is customer i's segment
 * id on the previous map (null when they were not on it); `previousRunAt` dates it.
 */
export function findSegmentMoves(
  data: CustomerData,
  segmentation: Segmentation,
  previousSegmentIds: readonly (string | null)[],
  previousRunAt?: string,
): Insight[] {
  // Only methods whose segment ids mean the same group from run to run (not clusters): registry flag.
  if (!methodOf(segmentation.method).stableSegmentIds) return [];
  const byId = new Map(segmentation.segments.map((segment) => [segment.id, segment]));
  const date = runDate(previousRunAt);
  const when: Localized = date
    ? { en: `on the map of ${date}`, es: `en el mapa del ${date}` }
    : { en: "on the previous map", es: "en el mapa anterior" };
  const items: Insight[] = [];
  for (let i = 0; i < data.count; i++) {
    const from = previousSegmentIds[i];
    const current = segmentation.segments[segmentation.assignment[i]];
    if (from === null || from === undefined || !current) continue;
    const priority = movePriority(from, current.id);
    if (priority === 0) continue;
    const was = byId.get(from)?.name ?? { en: from, es: from };
    const why = segmentation.reasons[i];
    const slipping = SLIPPING_SEGMENTS.has(current.id);
    items.push({
      kind: "segment-move",
      customer: i,
      title: {
        en: `Moved from ${was.en} to ${current.name.en}`,
        es: `Pasó de ${was.es} a ${current.name.es}`,
      },
      figure: {
        en: `Was ${was.en} ${when.en}; now ${why.en || current.name.en}`,
        es: `Era ${was.es} ${when.es}; ahora ${why.es || current.name.es}`,
      },
      moneyAtStake: Math.abs(data.revenue[i]) || 0,
      priority,
      actionId: slipping ? "reengage" : "loyalty",
      action: current.action,
    });
  }
  return items;
}
