import { analyzeGrid, joinCustomerAttributes, summarizeAnalysis } from "../../src/core/pipeline";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { isCoreError } from "../../src/core/errors";
import type { CellValue } from "../../src/core/types";

/** A small customer sheet: 12 customers with revenue, margin, orders, dates and region; plus a totals row. */
function customerGrid(): CellValue[][] {
  const rows: CellValue[][] = [["Customer", "Revenue", "Gross margin", "Orders", "Last purchase", "Region"]];
  for (let i = 0; i < 12; i++) {
    rows.push([
      `K${String(i).padStart(2, "0")}`,
      1000 * (i + 1) ** 2,
      100 * (i + 1) * (i % 3 === 0 ? 5 : 1),
      i + 1,
      45000 + 20 * i,
      i % 2 ? "North" : "South",
    ]);
  }
  rows.push(["Total", 650000, "", "", "", ""]);
  return rows;
}

const RUN_AT = "2025-01-15T10:00:00.000Z";

describe("analyzeGrid", () => {
  it("runs read → segment → KPIs → insights and keeps every customer exactly once", () => {
    const analysis = analyzeGrid(customerGrid(), { method: "portfolio", lang: "en", runAt: RUN_AT });
    const data = analysis.read.customers;
    expect(data.count).toBe(12);
    expect(analysis.read.report.rowsSkipped).toBe(1);
    expect(analysis.segmentation.assignment).toHaveLength(12);
    const counted = analysis.segmentation.segments.reduce((sum, segment) => sum + segment.customers, 0);
    expect(counted).toBe(12);
    expect(analysis.segmentKpis.map((kpis) => kpis.segmentId)).toEqual(
      analysis.segmentation.segments.map((s) => s.id),
    );
    expect(analysis.scores.ltv).toHaveLength(12);
    expect(analysis.crossTabs.map((crossTab) => crossTab.dimension)).toEqual(["region"]);
    expect(analysis.mobility).toBeUndefined();
    expect(analysis.runAt).toBe(RUN_AT);
  });

  it("is deterministic for the same grid, options and runAt", () => {
    const first = analyzeGrid(customerGrid(), { method: "clusters", lang: "es", runAt: RUN_AT, seed: 3 });
    const second = analyzeGrid(customerGrid(), { method: "clusters", lang: "es", runAt: RUN_AT, seed: 3 });
    expect(Array.from(second.segmentation.assignment)).toEqual(Array.from(first.segmentation.assignment));
    expect(second.kpis).toEqual(first.kpis);
    expect(second.insights).toEqual(first.insights);
  });

  it("reports progress in order, from 0 to 1", () => {
    const seen: [string, number][] = [];
    analyzeGrid(customerGrid(), {
      method: "abc",
      lang: "en",
      runAt: RUN_AT,
      onProgress: (stage, fraction) => seen.push([stage, fraction]),
    });
    expect(seen[0]).toEqual(["read", 0]);
    expect(seen[seen.length - 1]).toEqual(["done", 1]);
    const fractions = seen.map(([, fraction]) => fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("computes mobility against the previous assignments", () => {
    const first = analyzeGrid(customerGrid(), { method: "portfolio", lang: "en", runAt: RUN_AT });
    const previous: Record<string, string> = {};
    first.read.customers.ids.forEach((id, i) => {
      previous[id] = first.segmentation.segments[first.segmentation.assignment[i]].id;
    });
    delete previous.K00;
    previous.GONE = first.segmentation.segments[0].id;
    const second = analyzeGrid(customerGrid(), {
      method: "portfolio",
      lang: "en",
      runAt: RUN_AT,
      history: [{ method: "portfolio", runAt: "", assignments: previous }],
    });
    const mobility = second.mobility!;
    expect(mobility.left).toBe(1);
    expect(mobility.joined).toBe(1);
    // Everyone still present stayed: the diagonal holds all 11.
    const diagonal = mobility.counts.reduce((sum, row, s) => sum + (row[s] ?? 0), 0);
    expect(diagonal).toBe(11);
  });

  it("throws the reader's CoreError on a grid without an amount column", () => {
    let error: unknown;
    try {
      analyzeGrid(
        [
          ["Customer", "Notes"],
          ["A", "x"],
          ["B", "y"],
        ],
        { method: "portfolio", lang: "en", runAt: RUN_AT },
      );
    } catch (caught) {
      error = caught;
    }
    expect(isCoreError(error)).toBe(true);
  });
});

describe("joinCustomerAttributes", () => {
  const invoices: CellValue[][] = [
    ["Customer", "Date", "Invoice", "Amount"],
    ["A", 45000, "F1", 100],
    ["A", 45030, "F2", 150],
    ["B", 45010, "F3", 80],
    ["C", 45020, "F4", 60],
  ];
  const customers: CellValue[][] = [
    ["Customer", "Company name", "Region", "Sector", "Acquisition cost"],
    ["A", "Alpha SL", "North", "Retail", 120],
    ["B", "Beta SA", "South", "", ""],
    ["Z", "Zeta", "East", "Retail", 50],
  ];

  it("brings dimensions, names and acquisition cost by id, leaving unmatched customers blank, and says so", () => {
    const read = readCustomerGrid(invoices, { todayDay: 20200 });
    const joined = joinCustomerAttributes(read, customers, "Clientes")!;
    const data = joined.customers;
    const at = (id: string) => data.ids.indexOf(id);
    expect(data.dimensions.region![at("A")]).toBe("North");
    expect(data.dimensions.region![at("B")]).toBe("South");
    expect(data.dimensions.region![at("C")]).toBe("");
    expect(data.dimensions.sector![at("A")]).toBe("Retail");
    expect(data.names[at("A")]).toBe("Alpha SL");
    expect(data.names[at("C")]).toBe("C");
    expect(data.acquisitionSpend[at("A")]).toBe(120);
    expect(Number.isNaN(data.acquisitionSpend[at("B")])).toBe(true);
    expect(data.available.acquisitionSpend).toBe(true);
    const warning = joined.report.warnings.find((w) => w.code === "joined-attributes")!;
    expect(warning.message.en).toContain("2 of 3 customers");
    // The input read result is not mutated.
    expect(read.customers.dimensions.region).toBeUndefined();
  });

  it("brings the contact (email, phone) by id when the invoice lines have none", () => {
    const read = readCustomerGrid(invoices, { todayDay: 20200 });
    const joined = joinCustomerAttributes(
      read,
      [
        ["Customer", "Email"],
        ["A", "a@alpha.es"],
        ["B", ""],
      ],
      "Clientes",
    )!;
    const data = joined.customers;
    expect(data.ids.map((id, i) => [id, data.contact![i]])).toEqual([
      ["A", "a@alpha.es"],
      ["B", ""],
      ["C", ""],
    ]);
    expect(data.dimensions).toEqual({});
  });

  it("does not join when fewer than half of the customers match, or there is no id column", () => {
    const read = readCustomerGrid(invoices, { todayDay: 20200 });
    expect(
      joinCustomerAttributes(
        read,
        [
          ["Customer", "Region"],
          ["X", "N"],
          ["Y", "S"],
        ],
        "Other",
      ),
    ).toBeNull();
    expect(
      joinCustomerAttributes(
        read,
        [
          ["Colour", "Size"],
          ["red", "big"],
        ],
        "Other",
      ),
    ).toBeNull();
    expect(joinCustomerAttributes(read, [], "Empty")).toBeNull();
  });
});

describe("summarizeAnalysis", () => {
  it("leaves out only the per-customer list when asked (the CLI without --json)", () => {
    const analysis = analyzeGrid(customerGrid(), { method: "portfolio", lang: "en", runAt: RUN_AT });
    const full = summarizeAnalysis(analysis, ["Map"], "en");
    const short = summarizeAnalysis(analysis, ["Map"], "en", undefined, { customers: false });
    expect(full.customers).toHaveLength(12);
    expect(short).toEqual({ ...full, customers: [] });
  });

  it("gives each customer's contact (first non-empty value), null when the customer has none", () => {
    const grid = customerGrid().map((row, r) => [
      ...row,
      r === 0 ? "Teléfono" : r === 1 ? "+34 600 111 222" : r === 2 ? "=1+1" : "",
    ]);
    const summary = summarizeAnalysis(
      analyzeGrid(grid, { method: "portfolio", lang: "es", runAt: RUN_AT }),
      [],
    );
    const contactOf = (id: string) => summary.customers.find((c) => c.id === id)!.contact;
    expect(contactOf("K00")).toBe("+34 600 111 222");
    expect(contactOf("K01")).toBe("=1+1");
    expect(contactOf("K02")).toBeNull();
  });

  it("follows the CLI JSON contract with totals recomputed from the customers", () => {
    const analysis = analyzeGrid(customerGrid(), { method: "portfolio", lang: "es", runAt: RUN_AT });
    const summary = summarizeAnalysis(analysis, ["Mapa de clientes", "Segmentos"], "es", "Hoja1");
    const revenue = Array.from({ length: 12 }, (_, i) => 1000 * (i + 1) ** 2).reduce((a, b) => a + b, 0);
    const margin = Array.from({ length: 12 }, (_, i) => 100 * (i + 1) * (i % 3 === 0 ? 5 : 1)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(summary.input).toEqual({
      kind: "customers",
      rows: analysis.read.report.rowsRead,
      rowsUsed: 12,
      rowsSkipped: 1,
      skipped: [expect.objectContaining({ reason: "totals-row", rows: 1 })],
      sheet: "Hoja1",
    });
    expect(summary.customerCount).toBe(12);
    expect(summary.leads).toBe(0);
    expect(summary.customers).toHaveLength(12);
    const first = summary.customers[0];
    expect(first).toEqual({
      id: "K00",
      name: "K00",
      contact: null, // no contact column
      segment: analysis.segmentation.segments[analysis.segmentation.assignment[0]].id,
      revenue: 1000,
      margin: 500,
      orders: 1,
      daysSinceLastPurchase: 220, // as-of = the latest last purchase, 45000 + 220
      trend: null, // no previous period in this sheet
      pAlive: null,
      clv: null,
      previousSegment: null,
      alerts: ["silent"], // one purchase, 220 days ago: beyond the 180 days for customers without a rhythm
    });
    expect(first.segment).toBe("at-risk"); // the map's silence rule, the same as the alert's
    expect(summary.customers.reduce((sum, c) => sum + c.revenue, 0)).toBeCloseTo(revenue, 6);
    expect(summary.method).toBe("portfolio");
    expect(summary.totals.revenue).toBeCloseTo(revenue, 6);
    expect(summary.totals.margin).toBeCloseTo(margin, 6);
    expect(summary.segments.reduce((sum, segment) => sum + segment.customers, 0)).toBe(12);
    expect(summary.segments.reduce((sum, segment) => sum + segment.revenue, 0)).toBeCloseTo(revenue, 6);
    expect(summary.segments[0]).toEqual(
      expect.objectContaining({
        name: analysis.segmentation.segments[0].name.es,
        customers: expect.any(Number),
      }),
    );
    expect(summary.kpis.revenue).toBeCloseTo(revenue, 6);
    expect(summary.sheets).toEqual(["Mapa de clientes", "Segmentos"]);
    // Plain JSON: no NaN survives serialisation.
    expect(JSON.stringify(summary)).not.toContain("NaN");
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
