import fc from "fast-check";
import { buildWorkbookPlan } from "../../../src/core/plan/build-workbook-plan";
import { CUSTOMERS_TABLE_NAME } from "../../../src/core/plan/customers-sheet";
import { historyRunOf, readAssignmentHistory } from "../../../src/core/plan/history-sheet";
import { hasChartPoints, MAP_CELL_LINES, mapGridOf, mapLayout } from "../../../src/core/plan/map-sheet";
import { SEGMENT_TABLE_FIRST_ROW } from "../../../src/core/plan/segments-sheet";
import { SHEET_NAMES } from "../../../src/core/plan/sheet-names";
import { createCustomerData } from "../../../src/core/customer-data";
import type { Analysis } from "../../../src/core/analysis";
import type { CellValue, Grid } from "../../../src/core/types";
import { makeAnalysisFixture } from "../../fixtures/plan/analysis-fixture";
import { filledCells, materialise, planProblems, sheetOf } from "./plan-test-helpers";

describe("buildWorkbookPlan on the hand-built analysis", () => {
  const analysis = makeAnalysisFixture();
  const data = analysis.read.customers;
  const segments = analysis.segmentation.segments;

  it.each(["en", "es"] as const)(
    "writes the six sheets in order with %s names, history hidden, no structural problem",
    (lang) => {
      const plan = buildWorkbookPlan(analysis, lang);
      expect(plan.lang).toBe(lang);
      const SHEET_ORDER = [
        "map",
        "segments",
        "customers",
        "insights",
        "patterns",
        "about",
        "history",
      ] as const;
      expect(plan.sheets.map((sheet) => sheet.key)).toEqual(SHEET_ORDER);
      expect(plan.sheets.map((sheet) => sheet.name)).toEqual(
        SHEET_ORDER.map((key) => SHEET_NAMES[key][lang]),
      );
      expect(plan.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.key)).toEqual(["history"]);
      expect(planProblems(plan)).toEqual([]);
    },
  );

  it("is deterministic: the same analysis gives the same plan", () => {
    expect(buildWorkbookPlan(makeAnalysisFixture(), "es")).toEqual(
      buildWorkbookPlan(makeAnalysisFixture(), "es"),
    );
  });

  it("draws every map cell with its segment name, customers, revenue, margin and margin %, filled in the segment color", () => {
    const plan = buildWorkbookPlan(analysis, "en");
    const sheet = sheetOf(plan, "map");
    const cells = materialise(sheet);
    const fills = filledCells(sheet);
    const grid = mapGridOf(analysis);
    const layout = mapLayout(grid, 7, hasChartPoints(analysis));
    let customers = 0;
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const top = layout.gridRows[r];
        const column = layout.gridColumns[c];
        expect(cells.value(top, column)).toBe(segments[cell.segment].name.en);
        expect(cells.value(top + 1, column)).toBe(cell.customers);
        expect(cells.value(top + 2, column)).toBe(cell.revenue);
        expect(cells.value(top + 3, column)).toBe(cell.margin);
        expect(cells.value(top + 4, column)).toBeCloseTo(cell.margin / cell.revenue, 12);
        // "1 customer", "36 customers"; a loss keeps its minus on the number ("Margin -€13,609").
        expect(cells.format(top + 1, column)).toBe('[=1]0" customer";#,##0" customers"');
        expect(cells.format(top + 3, column)).toBe('"Margin "#,##0;"Margin "-#,##0');
        for (let line = 0; line < MAP_CELL_LINES; line++)
          expect(fills.get(`${top + line},${column}`)).toBe(segments[cell.segment].color);
        customers += cell.customers;
      }),
    );
    expect(customers).toBe(data.count);
    // Fills are grouped per segment: one group per color, never one per cell.
    expect(new Set(sheet.fills.map((group) => group.fill)).size).toBe(sheet.fills.length);
  });

  it("prints the map on its own page, then the chart as wide as the map with the segment legend under it", () => {
    for (const lang of ["en", "es"] as const) {
      const sheet = sheetOf(buildWorkbookPlan(analysis, lang), "map");
      const layout = mapLayout(mapGridOf(analysis), 7, true);
      const [chart] = sheet.charts;
      const mapEnd = layout.gridRows[layout.gridRows.length - 1] + MAP_CELL_LINES;
      // A page break under the map; the chart starts the next page, spanning the map's columns.
      expect(sheet.print?.rowBreaks).toEqual([chart.anchor.row - 1]);
      expect(chart.anchor.row - 1).toBeGreaterThanOrEqual(mapEnd);
      expect(chart.anchor.column).toBe(1);
      expect(chart.anchor.column + chart.anchor.columns).toBe(sheet.printArea!.columns);
      // The legend follows the chart, inside the printed area; the chart's data stays outside it.
      expect(layout.legendRow).toBeGreaterThan(chart.anchor.row + chart.anchor.rows - 1);
      expect(sheet.printArea!.rows).toBeGreaterThan(layout.legendRow);
      for (const series of chart.series)
        expect(series.xRect.column).toBeGreaterThanOrEqual(sheet.printArea!.columns);
      // One page wide, as tall as the break makes it (a fixed page count would drop the break).
      expect(sheet.print).toEqual(expect.objectContaining({ fitToWidth: 1, fitToHeight: 0 }));
    }
  });

  it("shows headline KPIs: customers, revenue, margin from the data; margin % is the KPI's (one value)", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "en"), "map");
    const cells = materialise(sheet);
    const revenue = [...data.revenue].reduce((a, b) => a + b, 0);
    const margin = [...data.marginAmount].filter(Number.isFinite).reduce((a, b) => a + b, 0);
    expect([cells.value(3, 1), cells.value(3, 2), cells.value(3, 4), cells.value(3, 6)]).toEqual([
      "Customers",
      "Revenue",
      "Margin",
      "Margin %",
    ]);
    expect(cells.value(4, 1)).toBe(10);
    expect(cells.value(4, 2)).toBe(revenue);
    expect(cells.value(4, 4)).toBe(margin);
    expect(cells.value(4, 6)).toBe(analysis.kpis.find((kpi) => kpi.id === "marginPercent")!.value);
    expect(cells.format(4, 6)).toBe("0.0%");
  });

  it("charts value × margin % with one series per segment pointing at that segment's customers", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "en"), "map");
    const cells = materialise(sheet);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("scatter");
    expect(chart.series.map((series) => series.color)).toEqual(segments.map((segment) => segment.color));
    chart.series.forEach((series, s) => {
      // Customers with a known margin % in this segment (C10's margin is unknown, so it has no point).
      const members = [...Array(data.count).keys()].filter(
        (i) => analysis.segmentation.assignment[i] === s && Number.isFinite(data.marginAmount[i]),
      );
      const xs = cells.columnValues(series.xRect);
      const ys = cells.columnValues(series.yRect);
      expect([...xs].sort()).toEqual(members.map((i) => data.revenue[i]).sort());
      expect(ys.map((y) => Number(y).toFixed(6)).sort()).toEqual(
        members.map((i) => (data.marginAmount[i] / data.revenue[i]).toFixed(6)).sort(),
      );
    });
    // Chart data stays out of the printed page.
    const printArea = sheet.printArea!;
    expect(chart.series[0].xRect.column).toBeGreaterThanOrEqual(printArea.column + printArea.columns);
  });

  it("summarises one row per segment with shares and margin % recomputed from the segment totals, plus a totals row", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "en"), "segments");
    const cells = materialise(sheet);
    const totalRevenue = segments.reduce((sum, segment) => sum + segment.revenue, 0);
    segments.forEach((segment, s) => {
      const row = SEGMENT_TABLE_FIRST_ROW + s;
      expect(cells.value(row, 0)).toBe(segment.name.en);
      expect(cells.value(row, 1)).toBe(segment.customers);
      expect(cells.value(row, 2)).toBeCloseTo(segment.customers / data.count, 12);
      expect(cells.value(row, 3)).toBe(segment.revenue);
      expect(cells.value(row, 4)).toBeCloseTo(segment.revenue / totalRevenue, 12);
      expect(cells.value(row, 6)).toBeCloseTo(segment.margin / segment.revenue, 12);
      expect(cells.value(row, 7)).toBe(analysis.segmentKpis[s].averageTicket);
      expect(cells.value(row, 10)).toBe(segment.action.en);
      expect(filledCells(sheet).get(`${row},0`)).toBe(segment.color);
    });
    const totalsRow = SEGMENT_TABLE_FIRST_ROW + segments.length;
    expect(cells.value(totalsRow, 1)).toBe(data.count);
    expect(cells.value(totalsRow, 3)).toBe(totalRevenue);
    expect(cells.value(SEGMENT_TABLE_FIRST_ROW, 11)).toBe("Too small to act on");
  });

  it("writes the mobility matrix and the cross-tab with highlights on the Segments sheet", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "es"), "segments");
    const grid = materialise(sheet).grid();
    const text = grid.flat().filter((value) => typeof value === "string");
    expect(text).toContain("Movilidad desde el mapa anterior");
    expect(text).toContain("Segmentos × Región");
    // The over-represented cell (Strategic × Norte, lift 2.5) is highlighted in both count and lift tables.
    const crossTabHeaderRow = grid.findIndex((row) => row[0] === "Segmento" && row[1] === "Norte");
    const fills = filledCells(sheet);
    expect(fills.get(`${crossTabHeaderRow + 1},1`)).toBe("#CFE2F3");
    expect(grid[crossTabHeaderRow + 1][1]).toBe(1);
    // Mobility counts: rows are the previous segments; row totals add up.
    const mobilityRow = grid.findIndex((row) => row[0] === "Antes \\ Ahora");
    expect(grid[mobilityRow + 1].slice(0, 6)).toEqual(["Estratégicos / VIP", 1, 1, 0, 0, 2]);
    expect(grid[mobilityRow + 2].slice(0, 6)).toEqual(["Mantener", 0, 0, 2, 4, 6]);
  });

  it("lists every customer once in an Excel table, segment cells colored by one fill group per segment", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "en"), "customers");
    const grid = materialise(sheet).grid();
    const headers = grid[0] as string[];
    const idColumn = headers.indexOf("Customer ID");
    const segmentColumn = headers.indexOf("Segment");
    const nameColumn = headers.indexOf("Name");
    expect(sheet.tables).toEqual([
      {
        name: CUSTOMERS_TABLE_NAME,
        rect: { row: 0, column: 0, rows: data.count + 1, columns: headers.length },
        style: "TableStyleLight1",
      },
    ]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 2 });
    const rows = grid.slice(1);
    expect(rows.map((row) => row[idColumn]).sort()).toEqual([...data.ids].sort());
    // User text stays the same string, whatever it starts with.
    const names = rows.map((row) => row[nameColumn]);
    for (const risky of ['=HYPERLINK("http://x","y")', "+34 600 000 000", "-Gamma", "@Delta"])
      expect(names).toContain(risky);
    // Each row's segment column matches the analysis, and is filled in that segment's color.
    const fills = filledCells(sheet);
    rows.forEach((row, r) => {
      const i = data.ids.indexOf(row[idColumn] as string);
      const segment = segments[analysis.segmentation.assignment[i]];
      expect(row[segmentColumn]).toBe(segment.name.en);
      expect(fills.get(`${r + 1},${segmentColumn}`)).toBe(segment.color);
    });
    expect(sheet.fills).toHaveLength(segments.length);
    expect(fills.size).toBe(data.count);
    // Unknown numbers are empty cells, never 0: C10 has no margin.
    const c10 = rows.find((row) => row[idColumn] === "C10")!;
    expect(c10[headers.indexOf("Margin")]).toBeNull();
    expect(headers).toEqual(
      expect.arrayContaining(["LTV", "Probability active", "Flags", "Value rank", "Region", "Reason"]),
    );
  });

  it("leaves a map cell no customer falls in blank: no fill, no figures", () => {
    const base = makeAnalysisFixture();
    const grid = structuredClone(base.segmentation.grid!);
    grid.cells[0][0] = { ...grid.cells[0][0], customers: 0, revenue: 0, margin: 0 };
    const emptied: Analysis = { ...base, segmentation: { ...base.segmentation, grid } };
    const sheet = sheetOf(buildWorkbookPlan(emptied, "en"), "map");
    const layout = mapLayout(mapGridOf(emptied), 7, hasChartPoints(emptied));
    const values = materialise(sheet).grid();
    const fills = filledCells(sheet);
    const row = layout.gridRows[0];
    const [empty, full] = layout.gridColumns;
    for (let line = 0; line < MAP_CELL_LINES; line++) {
      expect(fills.has(`${row + line},${empty}`)).toBe(false);
      expect(values[row + line]?.[empty] ?? null).toBeNull();
      expect(fills.has(`${row + line},${full}`)).toBe(true);
    }
  });

  it("lists named customers to call by money at stake; the patterns of groups in plain words on their own sheet", () => {
    const plan = buildWorkbookPlan(analysis, "en");
    const sheet = sheetOf(plan, "insights");
    const grid = materialise(sheet).grid();
    const [table] = sheet.tables;
    expect(sheet.tables).toHaveLength(1);
    const header = grid[table.rect.row] as string[];
    expect(header.slice(0, 4)).toEqual(["#", "Customer ID", "Name", "Segment"]);
    const rows = grid.slice(table.rect.row + 1, table.rect.row + table.rect.rows);
    // Customers only (the group insight is a pattern, not a call), most money first.
    expect(rows.map((row) => row[1])).toEqual(["C06", "C08"]);
    const money = rows.map((row) => row[header.indexOf("Money at stake")] as number);
    expect(money).toEqual([7500, 150]);
    const why = rows[0][header.indexOf("Why call")] as string;
    expect(why).toBe("Revenue dropped: revenue −60 %.");
    // Printing repeats the call list's header on every page; nothing else is under it to get that header.
    expect(sheet.print?.titleRows).toEqual({ first: table.rect.row, last: table.rect.row });
    expect(grid.length).toBe(table.rect.row + table.rect.rows);
    // The group insight is a pattern, on the Patterns sheet under its own header, named the way a reader names it.
    const patterns = sheetOf(plan, "patterns");
    const patternGrid = materialise(patterns).grid();
    const [patternTable] = patterns.tables;
    expect(patternGrid[patternTable.rect.row]).toEqual([
      "#",
      "Group",
      "Money at stake",
      "What we see",
      "Suggested action",
    ]);
    expect(patterns.print?.titleRows).toEqual({ first: patternTable.rect.row, last: patternTable.rect.row });
    const text = patternGrid.flat().filter((value): value is string => typeof value === "string");
    expect(text).toContain("Patterns: groups of customers that stand out");
    expect(text).toContain("Region Sur");
    expect(text.some((line) => /\w+ = \w+/.test(line))).toBe(false);
  });

  it("shows each customer's contact beside the rep on Customers and last on the call list, as text, never a dimension", () => {
    // C06 and C08 are the two calls; C06's phone and C08's formula-looking text must stay the strings written.
    const contact = data.ids.map((id) =>
      id === "C06"
        ? "+34 600 123 456"
        : id === "C08"
          ? "=cmd|' /C calc'!A0"
          : id === "C01"
            ? "ana@ejemplo.es"
            : "",
    );
    const withContact: Analysis = {
      ...analysis,
      read: { ...analysis.read, customers: { ...data, contact } },
    };
    for (const lang of ["en", "es"] as const) {
      const plan = buildWorkbookPlan(withContact, lang);
      const label = lang === "en" ? "Contact" : "Contacto";
      const customers = materialise(sheetOf(plan, "customers")).grid();
      const headers = customers[0] as string[];
      // Who, which segment, then how to reach them: before any figure.
      expect(headers.indexOf(label)).toBe(headers.indexOf(lang === "en" ? "Segment" : "Segmento") + 1);
      const byId = new Map(customers.slice(1).map((row) => [row[0], row[headers.indexOf(label)]]));
      expect(byId.get("C01")).toBe("ana@ejemplo.es");
      expect(byId.get("C06")).toBe("+34 600 123 456");
      expect(byId.get("C02")).toBe("");

      const insights = sheetOf(plan, "insights");
      const grid = materialise(insights).grid();
      const [table] = insights.tables;
      const header = grid[table.rect.row] as string[];
      expect(header[header.length - 1]).toBe(label);
      const rows = grid.slice(table.rect.row + 1, table.rect.row + table.rect.rows);
      expect(rows.map((row) => [row[1], row[header.length - 1]])).toEqual([
        ["C06", "+34 600 123 456"],
        ["C08", "=cmd|' /C calc'!A0"],
      ]);
      // Never crossed: no "Contact" cross-tab or pattern on the Segments sheet.
      const segmentsText = materialise(sheetOf(plan, "segments")).grid().flat();
      expect(segmentsText).not.toContain(label);
    }
    // Without a contact column there is no contact column anywhere.
    const plain = buildWorkbookPlan(analysis, "en");
    expect(materialise(sheetOf(plain, "customers")).grid()[0]).not.toContain("Contact");
  });

  it("explains the run on the About sheet: method, rows used and skipped with reasons, thresholds, assumptions, time", () => {
    const sheet = sheetOf(buildWorkbookPlan(analysis, "es"), "about");
    const grid = materialise(sheet).grid();
    // Long labels are cut into lines short of their column.
    const pairs = new Map(
      grid
        .filter((row) => typeof row[0] === "string")
        .map((row) => [(row[0] as string).replace(/\n/g, " "), row[1]]),
    );
    expect(pairs.get("Método")).toBe("Mapa de cartera (valor × margen)");
    expect(pairs.get("Filas leídas")).toBe(12);
    expect(pairs.get("Filas usadas")).toBe(10);
    expect(pairs.get("Filas descartadas")).toBe(2);
    expect(pairs.get("Fila de totales")).toBe(1);
    expect(pairs.get("Umbral de valor (ventas)")).toBe(20000);
    expect(pairs.get("Umbral de margen")).toBe(0.2);
    expect(pairs.get("Momento de la ejecución")).toBe("15/01/2025 10:00 UTC");
    expect(pairs.get("Código de repetición (mismo código, mismo mapa)")).toBe(42);
    const text = grid.flat().filter((value): value is string => typeof value === "string");
    expect(text.some((line) => line.includes("moneda"))).toBe(true);
    expect(text).toContain("Ventas: 1.234,56 (coma decimal)");
  });
});

describe("history record", () => {
  const gridOf = (analysis: Analysis, previous?: Grid): Grid => {
    // The history the analysis was given is what the plan carries over.
    const history = previous ? readAssignmentHistory(previous) : [];
    const plan = buildWorkbookPlan({ ...analysis, options: { ...analysis.options, history } }, "en");
    return materialise(sheetOf(plan, "history"))
      .grid()
      .map((row) => row.map((value) => (value === undefined ? null : value)));
  };

  it("round-trips this run's assignments (customer id → segment id)", () => {
    const analysis = makeAnalysisFixture();
    const expected: Record<string, string> = {};
    analysis.read.customers.ids.forEach((id, i) => {
      expected[id] = analysis.segmentation.segments[analysis.segmentation.assignment[i]].id;
    });
    const runs = readAssignmentHistory(gridOf(analysis));
    expect(runs.map((run) => run.method)).toEqual(["portfolio"]);
    expect({ ...runs[0].assignments }).toEqual(expected);
  });

  it("writes this run's rows in the order of the record's object: numeric ids first, repeated ids once", () => {
    const analysis = makeAnalysisFixture();
    const odd = ["b", "10", "2", "__proto__", "b", "4294967295", "4294967294", "01", "-1", "1.5", "0", "7"];
    const ids = analysis.read.customers.ids;
    ids.forEach((_, i) => (ids[i] = odd[i % odd.length] + (i >= odd.length ? "x" : "")));
    const rows = gridOf(analysis).slice(4);
    const expected = Object.entries(historyRunOf(analysis).assignments);
    expect(rows.map((row) => [row[0], row[1]])).toEqual(expected);
    const numeric = rows
      .map((row) => String(row[0]))
      .filter((id) => /^(0|[1-9]\d*)$/.test(id) && Number(id) < 4294967295);
    expect(numeric.length).toBeGreaterThan(1);
    expect(rows.slice(0, numeric.length).map((row) => row[0])).toEqual(
      [...numeric].sort((a, b) => Number(a) - Number(b)),
    );
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
  });

  it("keeps other methods' runs and replaces the same method's", () => {
    const first = makeAnalysisFixture();
    const rfm = makeAnalysisFixture({ runAt: "2025-02-01T00:00:00.000Z" });
    rfm.segmentation = { ...rfm.segmentation, method: "rfm" };
    const afterRfm = gridOf(rfm, gridOf(first));
    const runs = readAssignmentHistory(afterRfm);
    expect(runs.map((run) => [run.method, run.runAt])).toEqual([
      ["rfm", "2025-02-01T00:00:00.000Z"],
      ["portfolio", "2025-01-15T10:00:00.000Z"],
    ]);
    const again = readAssignmentHistory(
      gridOf(makeAnalysisFixture({ runAt: "2025-03-01T00:00:00.000Z" }), afterRfm),
    );
    expect(again.map((run) => [run.method, run.runAt])).toEqual([
      ["portfolio", "2025-03-01T00:00:00.000Z"],
      ["rfm", "2025-02-01T00:00:00.000Z"],
    ]);
  });

  it("reads nothing from a grid that is not a history record, and treats odd ids as plain keys", () => {
    expect(
      readAssignmentHistory([
        ["Customer", "Revenue"],
        ["A", 1],
      ]),
    ).toEqual([]);
    expect(readAssignmentHistory([])).toEqual([]);
    const grid: CellValue[][] = [
      ["CMAP history", 1],
      ["abc", ""],
      ["2025", ""],
      ["customerId", "segmentId"],
      ["__proto__", "A"],
      [123, "B"],
      ["", "C"],
    ];
    const assignments = readAssignmentHistory(grid)[0].assignments;
    expect(Object.keys(assignments).sort()).toEqual(["123", "__proto__"]);
    expect(assignments["__proto__"]).toBe("A");
  });
});

describe("methods without a 2-D map", () => {
  it("draws one tile per segment", () => {
    const base = makeAnalysisFixture();
    const analysis: Analysis = {
      ...base,
      segmentation: { ...base.segmentation, method: "abc", grid: undefined },
    };
    const sheet = sheetOf(buildWorkbookPlan(analysis, "en"), "map");
    const cells = materialise(sheet);
    const layout = mapLayout(mapGridOf(analysis), 7, hasChartPoints(analysis));
    expect(layout.gridRows).toHaveLength(1);
    base.segmentation.segments.forEach((segment, s) => {
      expect(cells.value(layout.gridRows[0], layout.gridColumns[s])).toBe(segment.name.en);
      expect(cells.value(layout.gridRows[0] + 1, layout.gridColumns[s])).toBe(segment.customers);
    });
  });
});

describe("property: the Customers sheet colors exactly each customer's segment", () => {
  it("holds for random assignments and revenues", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: -1000, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        (rows) => {
          const base = makeAnalysisFixture();
          const ids = rows.map((_, i) => `K${i}`);
          const customers = createCustomerData({ ids, revenue: rows.map((row) => row[1]), asOfDay: 20000 });
          const analysis: Analysis = {
            ...base,
            read: { ...base.read, customers },
            segmentation: {
              ...base.segmentation,
              assignment: Int32Array.from(rows.map((row) => row[0])),
              reasons: ids.map(() => ({ en: "r", es: "r" })),
              extraColumns: [],
            },
            scores: {
              ltv: new Float64Array(rows.length).fill(NaN),
              probabilityAlive: new Float64Array(rows.length).fill(NaN),
              predictiveClv: new Float64Array(rows.length).fill(NaN),
              flags: ids.map(() => []),
            },
            insights: [],
          };
          const plan = buildWorkbookPlan(analysis, "en");
          const sheet = sheetOf(plan, "customers");
          const grid = materialise(sheet).grid();
          const segmentColumn = (grid[0] as string[]).indexOf("Segment");
          const fills = filledCells(sheet);
          expect(fills.size).toBe(rows.length);
          grid.slice(1).forEach((row, r) => {
            const i = Number(String(row[0]).slice(1));
            const segment = base.segmentation.segments[rows[i][0]];
            expect(row[segmentColumn]).toBe(segment.name.en);
            expect(fills.get(`${r + 1},${segmentColumn}`)).toBe(segment.color);
          });
          // One rectangle per segment present: rows are grouped by segment.
          expect(sheet.fills.reduce((sum, group) => sum + group.rects.length, 0)).toBe(
            new Set(rows.map((row) => row[0])).size,
          );
          expect(planProblems(plan)).toEqual([]);
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  });
});
