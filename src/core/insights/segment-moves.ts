/**
 * Movers for the call list: customers whose segment got worse since the previous map, above all those who
 * went from a valuable segment (Strategic / VIP, Champions, Loyal, A...) to one of customers slipping away
 * (At risk, Hibernating, Inactive, Lost...). They head the call list (`Insight.priority`), each with a reason
 * sentence: where they were, when, where they are now and why.
 *
 * The rule, by segment id and the method's standing of its segments (registry descriptor's `segmentStanding`:
 * valuable or slipping; same ids across runs of one method; cluster numbers are not comparable between runs,
 * so clusters give no movers):
 * - priority 3: valuable → slipping ("strategic" → "at-risk" is the case the director must hear first);
 * - priority 2: any other segment → slipping;
 * - priority 1: valuable → any other non-slipping segment (a downgrade, e.g. ABC A → C);
 * - upward and sideways moves are not calls (they still show in the mobility table).
 * Cost O(customers).
 */
import type { CustomerData, Insight, Segmentation } from "../model";
import type { Localized } from "../types";
import { methodOf, type SegmentStanding } from "../segment/methods";
import { untranslated } from "../language";
import { texts } from "../../i18n/texts";

/**
 * How urgent a move from `from` to `to` is (0 = not a call; see the module doc). `standing` is the method's
 * (its registry descriptor's `segmentStanding`): which segments are valuable and which are slipping away.
 */
export function movePriority(
  standing: Readonly<Record<string, SegmentStanding>>,
  from: string,
  to: string,
): number {
  if (from === to) return 0;
  const wasValuable = standing[from] === "valuable";
  const nowSlipping = standing[to] === "slipping";
  if (wasValuable && nowSlipping) return 3;
  if (nowSlipping && standing[from] !== "slipping") return 2;
  if (wasValuable && standing[to] !== "valuable") return 1;
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
  const method = methodOf(segmentation.method);
  // Only methods whose segment ids mean the same group from run to run (not clusters): registry flag.
  if (!method.stableSegmentIds) return [];
  const standing = method.segmentStanding;
  const byId = new Map(segmentation.segments.map((segment) => [segment.id, segment]));
  const date = runDate(previousRunAt);
  const when: Localized = date
    ? texts((t) => t.insights.segmentMoves.onTheMap(date))
    : texts((t) => t.insights.segmentMoves.onThePreviousMap);
  const items: Insight[] = [];
  for (let i = 0; i < data.count; i++) {
    const from = previousSegmentIds[i];
    const current = segmentation.segments[segmentation.assignment[i]];
    if (from === null || from === undefined || !current) continue;
    const priority = movePriority(standing, from, current.id);
    if (priority === 0) continue;
    const was = byId.get(from)?.name ?? untranslated(from);
    const why = segmentation.reasons[i];
    const slipping = standing[current.id] === "slipping";
    items.push({
      kind: "segment-move",
      customer: i,
      title: texts((t, textLang) =>
        t.insights.segmentMoves.movedFromTo(was[textLang], current.name[textLang]),
      ),
      figure: texts((t, textLang) =>
        t.insights.segmentMoves.figure(
          was[textLang],
          when[textLang],
          why[textLang] || current.name[textLang],
        ),
      ),
      moneyAtStake: Math.abs(data.revenue[i]) || 0,
      priority,
      actionId: slipping ? "reengage" : "loyalty",
      action: current.action,
    });
  }
  return items;
}
