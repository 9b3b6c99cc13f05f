/**
 * Mobility a director can read: a re-run on unchanged data says "no change since <date>" instead of an
 * all-diagonal table; customers who moved down head the call list, strategic → at risk first, each with a
 * reason sentence; the analysis exposes every customer's previous segment.
 */
import { movePriority } from "../../../src/core/insights/segment-moves";
import { methodOf } from "../../../src/core/segment/methods";
import { analyzeGrid } from "../../../src/core/pipeline";
import { historyRunOf } from "../../../src/core/plan/history-sheet";
import { buildSegmentsSheet } from "../../../src/core/plan/segments-sheet";
import { rankInsights } from "../../../src/core/insights/find-insights";
import { buildEnglishSample, type SampleCell } from "../../../src/sample";
import { summarizeForPane } from "../../../src/taskpane/summarize-for-pane";
import { dateToExcelSerial } from "../../../src/core/excel-serial";

function excelGrid(rows: SampleCell[][]): (string | number | null)[][] {
  return rows.map((row) => row.map((v) => (v instanceof Date ? dateToExcelSerial(v) : v)));
}

const grid = excelGrid(buildEnglishSample().sheets[0].rows);
const FIRST = "2025-01-15T10:00:00.000Z";
const SECOND = "2025-02-15T10:00:00.000Z";
const first = analyzeGrid(grid, { method: "portfolio", lang: "en", runAt: FIRST });
const firstRun = historyRunOf(first);

function sheetText(analysis: typeof first, lang: "en" | "es"): string {
  return buildSegmentsSheet(analysis, lang)
    .blocks.flatMap((block) => block.values.flat())
    .map(String)
    .join("\n");
}

describe("re-run on unchanged data", () => {
  const second = analyzeGrid(grid, {
    method: "portfolio",
    lang: "en",
    runAt: SECOND,
    history: [firstRun],
  });

  it("says 'no change since <date>' in both languages, with no movement table", () => {
    const en = sheetText(second, "en");
    expect(en).toContain(`No change since 2025-01-15: all ${first.read.customers.count} customers`);
    expect(en).not.toContain("Before \\ Now");
    expect(sheetText(second, "es")).toContain("Sin cambios desde 2025-01-15");
  });

  it("exposes each customer's previous segment (equal to the current one) and lists no movers", () => {
    const { segments, assignment } = second.segmentation;
    expect(second.previousSegmentIds).toEqual(Array.from(assignment, (s) => segments[s].id));
    expect(second.insights.filter((item) => item.kind === "segment-move")).toHaveLength(0);
  });
});

describe("movers head the call list", () => {
  const { segments, assignment } = first.segmentation;
  const ids = first.read.customers.ids;
  const indexIn = (segmentId: string): number[] =>
    ids.map((_, i) => i).filter((i) => segments[assignment[i]].id === segmentId);
  const atRisk = indexIn("at-risk");
  const maintain = indexIn("maintain");
  // Pretend the previous map had: the smallest at-risk customer as strategic, another at-risk customer as
  // growth potential, a maintain customer as strategic; everyone else where they are now.
  const bySmallest = atRisk.sort((x, y) => first.read.customers.revenue[x] - first.read.customers.revenue[y]);
  const fallen = bySmallest[0];
  const slipped = bySmallest[bySmallest.length - 1];
  const downgraded = maintain[0];
  const previous = { ...firstRun.assignments };
  previous[ids[fallen]] = "strategic";
  previous[ids[slipped]] = "growth-potential";
  previous[ids[downgraded]] = "strategic";
  const second = analyzeGrid(grid, {
    method: "portfolio",
    lang: "en",
    runAt: SECOND,
    history: [{ method: "portfolio", runAt: FIRST, assignments: previous }],
  });
  const ranked = rankInsights(second.insights);

  it("strategic → at risk comes first even with the least money, then the others by priority", () => {
    expect(atRisk.length).toBeGreaterThan(1);
    expect(ranked[0]).toMatchObject({ kind: "segment-move", customer: fallen, priority: 3 });
    expect(ranked[1]).toMatchObject({ kind: "segment-move", customer: slipped, priority: 2 });
    expect(ranked[2]).toMatchObject({ kind: "segment-move", customer: downgraded, priority: 1 });
    expect(ranked[3].kind).not.toBe("segment-move");
  });

  it("gives a reason sentence in both languages and the current segment's action", () => {
    const item = ranked[0];
    expect(item.title.en).toBe("Moved from Strategic / VIP to At risk");
    expect(item.title.es).toBe("Pasó de Estratégicos / VIP a En riesgo");
    expect(item.figure.en).toMatch(/^Was Strategic \/ VIP on the map of 2025-01-15; now At risk: /);
    expect(item.figure.es).toMatch(/^Era Estratégicos \/ VIP en el mapa del 2025-01-15; ahora En riesgo: /);
    expect(item.action).toEqual(segments.find((s) => s.id === "at-risk")!.action);
  });

  it("the pane's top of the call list and the mobility note agree", () => {
    expect(summarizeForPane(second, []).insights[0].title.en).toBe("Moved from Strategic / VIP to At risk");
    expect(sheetText(second, "en")).toContain("3 customers changed segment since 2025-01-15");
    expect(sheetText(second, "es")).toContain("3 clientes han cambiado de segmento desde 2025-01-15");
    expect(second.previousSegmentIds![fallen]).toBe("strategic");
  });

  it("priorities: valuable → slipping 3, into slipping 2, out of valuable 1, upward 0", () => {
    const standing = (method: string) => methodOf(method).segmentStanding;
    expect(movePriority(standing("rfm"), "champions", "hibernating")).toBe(3);
    expect(movePriority(standing("portfolio"), "strategic", "at-risk")).toBe(3);
    expect(movePriority(standing("rfm"), "new", "at-risk")).toBe(2);
    expect(movePriority(standing("lifecycle"), "occasional", "lost")).toBe(2);
    expect(movePriority(standing("abc"), "A", "C")).toBe(1);
    expect(movePriority(standing("portfolio"), "at-risk", "strategic")).toBe(0);
    expect(movePriority(standing("portfolio"), "strategic", "strategic")).toBe(0);
    expect(movePriority(standing("clusters"), "cluster-1", "cluster-2")).toBe(0);
  });
});
