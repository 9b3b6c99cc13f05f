import { HEADLINE_KPI_IDS, headlineKpis } from "../../../src/core/kpi/headline-kpis";
import type { Kpi } from "../../../src/core/model";

const kpi = (id: string, value: number | null): Kpi => ({
  id,
  label: { en: id, es: id },
  value,
  format: "number",
});

describe("headlineKpis (the one choice of the pane and the map sheet)", () => {
  test("preferred ids first, unavailable ones skipped, filled up to the count in the analysis' order", () => {
    const chosen = headlineKpis(
      [
        kpi("customers", 10),
        kpi("marginPercent", 0.3),
        kpi("revenue", 100),
        kpi("churnRatePerWindow", null),
        kpi("x", 1),
        kpi("y", 2),
      ],
      4,
    );
    expect(chosen.map((k) => k.id)).toEqual(["revenue", "marginPercent", "customers", "x"]);
  });

  test("a KPI without a finite value is never a headline", () => {
    const chosen = headlineKpis([kpi("revenue", Number.NaN), kpi("averageTicket", 5)], 4);
    expect(chosen.map((k) => k.id)).toEqual(["averageTicket"]);
  });

  test("excluded ids are left out, and the preference is the list's order", () => {
    const all = [...HEADLINE_KPI_IDS].reverse().map((id, i) => kpi(id, i));
    const chosen = headlineKpis(all, 3, ["revenue", "marginPercent"]);
    expect(chosen.map((k) => k.id)).toEqual(HEADLINE_KPI_IDS.slice(2, 5));
  });

  test("a count of zero or less chooses nothing", () => {
    expect(headlineKpis([kpi("revenue", 1)], 0)).toEqual([]);
    expect(headlineKpis([kpi("revenue", 1)], -2)).toEqual([]);
  });
});
