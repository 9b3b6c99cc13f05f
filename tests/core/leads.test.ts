import { analyzeGrid } from "../../src/core/pipeline";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { segmentCustomers } from "../../src/core/segment/segment-customers";
import type { CellValue } from "../../src/core/types";

const HEADER = [
  "Customer",
  "Revenue",
  "Gross margin",
  "Orders",
  "Revenue previous year",
  "Region",
  "Sector",
  "Lead status",
];

/** 130 customers (North grows, South shrinks) and, when asked, 20 leads with no sales (half of them lost). */
function sheet(withLeads: boolean): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < 130; i++) {
    const north = i % 2 === 0;
    const revenue = 2000 + 150 * i;
    rows.push([
      `C${String(i).padStart(3, "0")}`,
      revenue,
      revenue * (0.1 + (i % 5) * 0.05),
      3 + (i % 7),
      north ? revenue / 1.6 : revenue / 0.6,
      north ? "North" : "South",
      i % 3 === 0 ? "Retail" : "Industry",
      "Customer",
    ]);
  }
  if (withLeads)
    for (let k = 0; k < 20; k++)
      rows.push([`L${k}`, "", "", "", "", k % 2 ? "North" : "South", "Retail", k % 2 ? "Lost" : "Open"]);
  return rows;
}

describe("customers are buyers; leads only feed conversion", () => {
  const withLeads = analyzeGrid(sheet(true), { method: "portfolio", lang: "en" });
  const without = analyzeGrid(sheet(false), { method: "portfolio", lang: "en" });
  const kpi = (id: string) => withLeads.kpis.find((k) => k.id === id)?.value;

  it("130 customers and 20 leads: the map, the segments and the totals hold the 130 only", () => {
    expect(withLeads.read.customers.count).toBe(130);
    expect(kpi("customers")).toBe(130);
    expect(kpi("leads")).toBe(20);
    expect(withLeads.leads).toMatchObject({ count: 20, lost: 10 });
    expect(withLeads.segmentation.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(130);
    expect(withLeads.read.customers.ids.some((id) => id.startsWith("L"))).toBe(false);
    expect(kpi("revenue")).toBe(without.kpis.find((k) => k.id === "revenue")?.value);
  });

  it("the segments are exactly those of the same sheet without the leads", () => {
    expect(withLeads.segmentation.segments.map((s) => [s.id, s.customers])).toEqual(
      without.segmentation.segments.map((s) => [s.id, s.customers]),
    );
  });

  it("region/sector growth patterns survive the leads' blank prior-year sales", () => {
    const groups = (analysis: typeof withLeads) =>
      analysis.insights.filter((i) => i.kind === "group-difference").map((i) => i.group?.en);
    expect(groups(without).length).toBeGreaterThan(0);
    expect(groups(withLeads)).toEqual(groups(without));
  });

  it("conversion counts the leads: 130 closed of 150", () => {
    expect(kpi("conversionRate")).toBeCloseTo(130 / 150, 12);
  });

  it("a lost lead is never Potential in the customer-type ladder", () => {
    const read = readCustomerGrid(sheet(true));
    const ladder = segmentCustomers(read.customers, { method: "lifecycle" });
    const potential = ladder.segments.findIndex((s) => s.id === "potential");
    const lost = ladder.segments.findIndex((s) => s.id === "lost");
    read.customers.ids.forEach((id, i) => {
      if (!id.startsWith("L")) return;
      const isLost = read.customers.leadStatus[i] === "Lost";
      expect(ladder.assignment[i]).toBe(isLost ? lost : potential);
    });
  });
});
