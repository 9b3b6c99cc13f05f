/**
 * One story per customer, no figure contradicting another (issue 11). Over both bundled samples, read and
 * written by the CLI exactly as a user runs it (the workbook is read back), and over generated portfolios:
 * every figure shown twice has one value; per-window and yearly churn agree; no decline alert on a growing
 * customer; no loss-maker in strategic or growth; leads never counted; customers[] revenue sums to the total.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { analyzeGrid, summarizeAnalysis, type AnalysisSummary } from "../../src/core/pipeline";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import { materialise, sheetOf } from "./plan/plan-test-helpers";
import type { CellValue } from "../../src/core/types";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { captureIo } from "../cli/capture-io";

const ASSETS = path.join(__dirname, "../../assets");
const RUN_AT = "2025-01-15T10:00:00.000Z";
/** Segments that claim profit or growth: a loss-maker never belongs there. */
const NOT_FOR_LOSS_MAKERS = ["strategic", "growth-potential", "high-value"];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-coherence-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Built {
  summary: AnalysisSummary;
  sheets: Record<string, CellValue[][]>;
}

/** Runs `customer-map build` like a user and reads the written workbook back. */
async function build(file: string, lang: "en" | "es"): Promise<Built> {
  const out = path.join(dir, `${lang}.xlsx`);
  const json = path.join(dir, `${lang}.json`);
  const io = captureIo();
  const code = await main(
    ["build", path.join(ASSETS, file), "--out", out, "--lang", lang, "--json", json, "--run-at", RUN_AT],
    io,
  );
  expect(code).toBe(0);
  const summary = JSON.parse(await fs.readFile(json, "utf8")) as AnalysisSummary;
  const book = await readWorkbookFile(out);
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of book.sheetNames) sheets[name] = (await readWorkbookFile(out, { sheet: name })).grid;
  return { summary, sheets };
}

function rowStartingWith(grid: CellValue[][], label: string): CellValue[] {
  const row = grid.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
}

/** The value under a headline card label on the map sheet. */
function headline(grid: CellValue[][], label: string): number {
  for (let r = 0; r + 1 < grid.length; r++) {
    const c = grid[r].indexOf(label);
    if (c >= 0) return grid[r + 1][c] as number;
  }
  throw new Error(`no headline "${label}"`);
}

function expectSame(a: unknown, b: unknown): void {
  expect(typeof a).toBe("number");
  expect(typeof b).toBe("number");
  expect(a as number).toBeCloseTo(b as number, 9);
}

describe.each([
  {
    file: "muestra-clientes.xlsx",
    lang: "es" as const,
    sheet: { map: "Mapa de clientes", segments: "Segmentos", customers: "Clientes" },
    label: {
      margin: "Margen %",
      total: "Total",
      kpiHeader: "KPI",
      decline: "en descenso",
      trend: "Tendencia",
    },
  },
  {
    file: "sample-customers.xlsx",
    lang: "en" as const,
    sheet: { map: "Customer Map", segments: "Segments", customers: "Customers" },
    label: { margin: "Margin %", total: "Total", kpiHeader: "KPI", decline: "declining", trend: "Trend" },
  },
])("coherence of $file", ({ file, lang, sheet, label }) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(file, lang);
  }, 120_000);

  it("margin %: the headline, the Segments total, the KPI table and the JSON are one value", () => {
    const { summary, sheets } = built;
    const segments = sheets[sheet.segments];
    const header = segments.find((row) => row[0] !== "" && row.includes(label.margin))!;
    const marginColumn = header.indexOf(label.margin);
    const total = rowStartingWith(segments, label.total);
    const kpiRow = segments.slice(segments.findIndex((row) => row[0] === label.kpiHeader));
    const kpiMargin = rowStartingWith(kpiRow, label.margin)[1];
    expectSame(headline(sheets[sheet.map], label.margin), summary.kpis.marginPercent);
    expectSame(total[marginColumn], summary.kpis.marginPercent);
    expectSame(kpiMargin, summary.kpis.marginPercent);
    // Each segment's margin % is over its own revenue.
    const revenueColumn = 3;
    const marginAmountColumn = 5;
    for (const row of segments.slice(segments.indexOf(header) + 1, segments.indexOf(total))) {
      expectSame(row[marginColumn], (row[marginAmountColumn] as number) / (row[revenueColumn] as number));
    }
  });

  it("customers: the map, the Segments total, customers[] and the KPI count agree; revenue sums to the total", () => {
    const { summary, sheets } = built;
    const total = rowStartingWith(sheets[sheet.segments], label.total);
    expect(summary.customers).toHaveLength(summary.customerCount);
    expect(total[1]).toBe(summary.customerCount);
    expect(summary.kpis.customers).toBe(summary.customerCount);
    expect(summary.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(summary.customerCount);
    const sum = summary.customers.reduce((acc, c) => acc + c.revenue, 0);
    expect(Math.abs(sum - summary.totals.revenue)).toBeLessThan(0.01 * summary.customerCount);
    expectSame(total[3], summary.kpis.revenue);
  });

  it("churn is one figure: per window and per year agree, and the Segments sheet shows the same one", () => {
    const { summary, sheets } = built;
    const months = summary.kpis.churnWindowMonths as number;
    const perWindow = summary.kpis.churnRatePerWindow as number;
    expect(months).toBeGreaterThanOrEqual(1);
    expect(months).toBeLessThanOrEqual(12);
    expect(summary.kpis.churnRatePerYear).toBeCloseTo(1 - Math.pow(1 - perWindow, 12 / months), 12);
    expect(summary.kpis.retentionRatePerWindow).toBeCloseTo(1 - perWindow, 12);
    const segments = sheets[sheet.segments];
    const per = lang === "es" ? `por ${months} meses` : `per ${months} months`;
    const header = segments.find((row) => row.some((cell) => String(cell).includes(per)))!;
    const churnColumn = header.findIndex((cell) => String(cell).includes(per));
    expect(churnColumn).toBeGreaterThan(0);
    expectSame(rowStartingWith(segments, label.total)[churnColumn], perWindow);
    // A 12-month window is already a year: its per-year note does not raise to the power 12 / 12.
    expect(
      segments.flat().filter((cell) => String(cell).includes(`^(12 / ${months})`) && months === 12),
    ).toEqual([]);
  });

  it("no decline alert on a customer who grew; alerts follow the map's trend", () => {
    const { summary, sheets } = built;
    const declines = summary.customers.filter((c) => c.alerts.includes("decline"));
    expect(declines.length).toBeGreaterThan(0);
    for (const c of summary.customers) {
      if (c.alerts.includes("decline")) expect(c.trend).toBeLessThanOrEqual(-0.15 + 1e-9);
      if (c.alerts.includes("growth") && c.trend !== null)
        expect(c.trend).toBeGreaterThanOrEqual(0.15 - 1e-9);
    }
    // The same in the written Customers sheet: the flag column never says "declining" on a positive trend.
    const customers = sheets[sheet.customers];
    const header = customers[0].map(String);
    const trendColumn = header.findIndex((h) => h.startsWith(label.trend));
    const flagColumn = header.length - 1;
    let flagged = 0;
    for (const row of customers.slice(1)) {
      if (!String(row[flagColumn]).split(", ").includes(label.decline)) continue;
      flagged++;
      expect(row[trendColumn] as number).toBeLessThan(0);
    }
    expect(flagged).toBe(declines.length);
  });

  it("no loss-maker is strategic or growth", () => {
    const { summary } = built;
    const losers = summary.customers.filter((c) => c.margin !== null && c.margin < 0);
    expect(losers.length).toBeGreaterThan(0);
    for (const c of losers) {
      expect(NOT_FOR_LOSS_MAKERS).not.toContain(c.segment);
      expect(c.alerts).toContain("loss");
    }
  });
});

// ---------------------------------------------------------------- generated portfolios

interface Generated {
  revenue: number;
  /** null = this customer's margin cell is blank. */
  marginShare: number | null;
  previous: number;
  orders: number;
  daysAgo: number;
}

const customerArb = fc.record<Generated>({
  revenue: fc.integer({ min: 0, max: 200_000 }),
  marginShare: fc.option(fc.double({ min: -0.4, max: 0.6, noNaN: true }), { nil: null, freq: 8 }),
  previous: fc.integer({ min: 0, max: 200_000 }),
  orders: fc.integer({ min: 1, max: 40 }),
  daysAgo: fc.integer({ min: 0, max: 700 }),
});

const AS_OF_SERIAL = 45_600;

/** A customer sheet; revenue 0 rows with no orders, dates or previous revenue are leads. */
function gridOf(customers: Generated[], withMargin: boolean, leads: number): CellValue[][] {
  const header = [
    "Customer",
    "Revenue",
    "Orders",
    "First purchase",
    "Last purchase",
    "Revenue previous year",
  ];
  if (withMargin) header.push("Gross margin");
  header.push("Lead status");
  const rows: CellValue[][] = [header];
  customers.forEach((c, i) => {
    const revenue = Math.max(c.revenue, 1);
    const row: CellValue[] = [
      `C${i}`,
      revenue,
      c.orders,
      AS_OF_SERIAL - 900,
      AS_OF_SERIAL - c.daysAgo,
      c.previous,
    ];
    if (withMargin) row.push(c.marginShare === null ? "" : Math.round(revenue * c.marginShare));
    row.push("Won");
    rows.push(row);
  });
  for (let k = 0; k < leads; k++) {
    const row: CellValue[] = [`L${k}`, "", "", "", "", ""];
    if (withMargin) row.push("");
    row.push(k % 2 ? "Lost" : "Open");
    rows.push(row);
  }
  return rows;
}

describe("coherence over generated portfolios", () => {
  it("holds whatever the portfolio: leads, totals, churn units, alerts vs trend, loss-makers, call actions", () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { minLength: 5, maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        (customers, withMargin, leads) => {
          const analysis = analyzeGrid(gridOf(customers, withMargin, leads), {
            method: "portfolio",
            lang: "en",
          });
          const summary = summarizeAnalysis(analysis, []);
          // Leads are never customers, but they count for conversion.
          expect(summary.customerCount).toBe(customers.length);
          expect(summary.leads).toBe(leads);
          expect(summary.customers.some((c) => c.id.startsWith("L"))).toBe(false);
          expect(summary.kpis.conversionRate).toBeCloseTo(customers.length / (customers.length + leads), 12);
          // Totals.
          expect(summary.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(customers.length);
          const sum = summary.customers.reduce((acc, c) => acc + c.revenue, 0);
          expect(Math.abs(sum - summary.totals.revenue)).toBeLessThan(0.01 * customers.length + 1e-6);
          // Churn: one figure in two units.
          const perWindow = summary.kpis.churnRatePerWindow;
          const months = summary.kpis.churnWindowMonths as number;
          if (perWindow !== null)
            expect(summary.kpis.churnRatePerYear).toBeCloseTo(1 - Math.pow(1 - perWindow, 12 / months), 12);
          for (const c of summary.customers) {
            // Alerts never contradict the trend the map uses.
            if (c.alerts.includes("decline")) expect(c.trend).toBeLessThan(0);
            if (c.alerts.includes("growth") && c.trend !== null) expect(c.trend).toBeGreaterThan(0);
            // A loss-maker is never strategic or growth.
            if (c.margin !== null && c.margin < 0) expect(NOT_FOR_LOSS_MAKERS).not.toContain(c.segment);
          }
          // The call list never tells a loss-maker or a high-volume, low-margin account to grow, nor a customer at
          // risk anything but re-engagement: its action is the one the map's rules allow.
          const { segments, assignment } = analysis.segmentation;
          for (const insight of analysis.insights) {
            if (insight.customer < 0) continue;
            if (analysis.read.customers.marginAmount[insight.customer] < 0)
              expect(insight.actionId).toBe("reprice");
            else if (segments[assignment[insight.customer]].id === "high-volume-low-margin")
              expect(insight.actionId).toBe("optimise");
            // A customer at risk is re-engaged, as its segment says, whatever the singularity.
            else if (segments[assignment[insight.customer]].id === "at-risk")
              expect(insight.actionId).toBe("reengage");
          }
          // One figure, one value: the map's headline margin % is the KPI's, even when some margins are blank.
          const map = materialise(sheetOf(buildWorkbookPlan(analysis, "en"), "map"));
          const marginKpi = summary.kpis.marginPercent;
          if (marginKpi !== null) expect(map.value(4, 6)).toBe(marginKpi);
          // Without margins no segment name claims one.
          if (!withMargin) for (const s of summary.segments) expect(s.name).not.toMatch(/margin|VIP/i);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
});

// ---------------------------------------------------------------- trends from invoice lines

/** Invoice lines: one purchase of 100 on each of `dates` (ISO). */
function on(customer: string, dates: string[]): CellValue[][] {
  return dates.map((date) => [customer, date, 100]);
}

/** Invoice lines: `count` purchases of `amount` spread evenly over [from, to] (ISO dates). */
function purchases(customer: string, count: number, from: string, to: string, amount = 100): CellValue[][] {
  const start = Date.parse(from);
  const step = count > 1 ? (Date.parse(to) - start) / (count - 1) : 0;
  return Array.from({ length: count }, (_, k) => [
    customer,
    new Date(start + k * step).toISOString().slice(0, 10),
    amount,
  ]);
}

describe("trends from invoice lines: a change chance explains is stable everywhere", () => {
  // Windows: 12 months to 2024-12-20 against the 12 before. Each of these buys at least every few months and
  // bought in the last two, so none is silent; only the size of the change against chance decides.
  const lines: CellValue[][] = [
    ["Customer", "Date", "Amount"],
    // Buys at irregular times (gaps from 7 to 285 days: about as random as Poisson). 5 purchases of 100, then
    // 3: −40 %, but |300 − 500| is 0.7 standard errors of such a buyer's chance variation (√Σx² ≈ 283).
    ...on("Wobbles down", ["2023-01-10", "2023-01-20", "2023-05-03", "2023-06-01", "2023-12-10"]),
    ...on("Wobbles down", ["2024-02-02", "2024-02-09", "2024-11-20"]),
    // 3, then 5: +67 %, also about 0.7.
    ...on("Wobbles up", ["2023-03-01", "2023-03-08", "2023-10-30"]),
    ...on("Wobbles up", ["2024-01-05", "2024-01-12", "2024-06-20", "2024-07-01", "2024-12-18"]),
    // Like clockwork, every month, 100 then 75 a month: −25 % is no chance for a buyer this regular.
    ...purchases("Clockwork", 12, "2023-01-15", "2023-12-15"),
    ...purchases("Clockwork", 12, "2024-01-15", "2024-12-15", 75),
    // 20 then 4: −80 %, |400 − 2,000| / √(24 · 100²) = 3.3: a decline.
    ...purchases("Falls", 20, "2023-01-05", "2023-12-20"),
    ...purchases("Falls", 4, "2024-09-15", "2024-12-15"),
    // 4 then 20: +400 %, 3.3: growth.
    ...purchases("Grows", 4, "2023-09-15", "2023-12-15"),
    ...purchases("Grows", 20, "2024-01-05", "2024-12-20"),
    // Large steady buyers: they make the high-value group, so the four above are judged on their trend alone.
    ...["S1", "S2", "S3", "S4"].flatMap((id) => [
      ...purchases(id, 6, "2023-01-20", "2023-12-20", 1000),
      ...purchases(id, 6, "2024-01-20", "2024-12-20", 1000),
    ]),
  ];

  it.each(["en", "es"] as const)("the map, the flags, the alerts and the reason agree (%s)", (lang) => {
    const analysis = analyzeGrid(lines, { method: "portfolio", lang });
    const summary = summarizeAnalysis(analysis, []);
    const byId = new Map(summary.customers.map((c) => [c.id, c]));
    const index = (id: string) => analysis.read.customers.ids.indexOf(id);
    const reason = (id: string) => analysis.segmentation.reasons[index(id)][lang];

    const down = byId.get("Wobbles down")!;
    expect(down.trend).toBeCloseTo(-0.4, 12);
    expect(down.segment).not.toBe("at-risk");
    expect(down.alerts).not.toContain("decline");
    expect(analysis.scores.flags[index("Wobbles down")]).not.toContain("declining");
    expect(reason("Wobbles down")).toContain(
      lang === "en" ? "within the normal ups and downs of its purchases" : "dentro de los altibajos normales",
    );

    const up = byId.get("Wobbles up")!;
    expect(up.trend).toBeCloseTo(2 / 3, 12);
    expect(up.segment).not.toBe("growth-potential");
    expect(up.alerts).not.toContain("growth");
    expect(analysis.scores.flags[index("Wobbles up")]).not.toContain("growing");

    const clockwork = byId.get("Clockwork")!;
    expect(clockwork.trend).toBeCloseTo(-0.25, 12);
    expect(clockwork.segment).toBe("at-risk");
    expect(clockwork.alerts).toContain("decline");

    const falls = byId.get("Falls")!;
    expect(falls.segment).toBe("at-risk");
    expect(falls.alerts).toContain("decline");
    expect(analysis.scores.flags[index("Falls")]).toContain("declining");
    expect(reason("Falls")).not.toContain(lang === "en" ? "ups and downs" : "altibajos");

    const grows = byId.get("Grows")!;
    expect(grows.segment).toBe("growth-potential");
    expect(analysis.scores.flags[index("Grows")]).toContain("growing");
  });
});
