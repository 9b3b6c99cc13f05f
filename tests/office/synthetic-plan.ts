/**
 * Hand-built workbook plans for the renderer tests (independent of the plan builder in src/core/plan):
 * a customers sheet of n rows × 12 columns with the segment column filled per segment, a small map sheet with
 * a scatter chart, and a hidden history sheet.
 */
import type { CellValue } from "../../src/core/types";
import type { CellRect, FillGroup, SheetPlan, WorkbookPlan } from "../../src/core/plan/workbook-plan";
import { createRandom } from "../../src/core/random";

export const SEGMENTS = [
  { name: "Strategic", fill: "#1F7A1F", font: "#FFFFFF" },
  { name: "High volume, low margin", fill: "#F4B183", font: "#000000" },
  { name: "Low volume, high margin", fill: "#9DC3E6", font: "#000000" },
  { name: "Growth potential", fill: "#C5E0B4", font: "#000000" },
  { name: "At risk", fill: "#C00000", font: "#FFFFFF" },
  { name: "Maintain", fill: "#D9D9D9", font: "#000000" },
] as const;

/** The core's seeded generator, so the synthetic plans are reproducible. */
export const seededRandom = (seed: number) => createRandom(seed);

export const CUSTOMER_HEADERS = [
  "Customer id",
  "Customer",
  "Segment",
  "Revenue",
  "Margin %",
  "Orders",
  "Last purchase",
  "Recency days",
  "LTV",
  "P(alive)",
  "Region",
  "Reason",
];

export interface SyntheticOptions {
  customers: number;
  seed?: number;
  /** Sort rows by segment (contiguous fills) or leave them interleaved. */
  sortedBySegment?: boolean;
  /** Names to put first (e.g. formula-looking strings). */
  specialNames?: string[];
  lang?: "en" | "es";
}

export function customersSheet(options: SyntheticOptions): { sheet: SheetPlan; segmentOf: Int32Array } {
  const random = seededRandom(options.seed ?? 7);
  const n = options.customers;
  const segmentOf = new Int32Array(n);
  for (let i = 0; i < n; i++) segmentOf[i] = Math.floor(random() * SEGMENTS.length);
  if (options.sortedBySegment) segmentOf.sort();
  const values: CellValue[][] = [CUSTOMER_HEADERS.slice()];
  for (let i = 0; i < n; i++) {
    const name = options.specialNames?.[i] ?? `Customer ${i + 1} ${i % 7 === 0 ? "S.L." : "Ltd"}`;
    values.push([
      `C${String(i + 1).padStart(6, "0")}`,
      name,
      SEGMENTS[segmentOf[i]].name,
      Math.round(random() * 1e6) / 100,
      Math.round(random() * 1000) / 1000,
      1 + Math.floor(random() * 40),
      45000 + Math.floor(random() * 1500),
      Math.floor(random() * 900),
      Math.round(random() * 1e7) / 100,
      i % 11 === 0 ? null : Math.round(random() * 1000) / 1000,
      ["North", "South", "East", "West"][i % 4],
      "Revenue in the top 80 %, margin above the weighted average",
    ]);
  }
  // One FillGroup per segment: maximal runs of equal segment in the segment column (column C).
  const fills: FillGroup[] = SEGMENTS.map((s) => ({
    fill: s.fill,
    fontColor: s.font,
    rects: [] as CellRect[],
  }));
  for (let i = 0; i < n;) {
    let end = i + 1;
    while (end < n && segmentOf[end] === segmentOf[i]) end++;
    fills[segmentOf[i]].rects.push({ row: 1 + i, column: 2, rows: end - i, columns: 1 });
    i = end;
  }
  const sheet: SheetPlan = {
    key: "customers",
    name: options.lang === "es" ? "Clientes" : "Customers",
    tabColor: "#2F5597",
    blocks: [
      {
        row: 0,
        column: 0,
        values,
        columnFormats: [
          null,
          null,
          null,
          "#,##0.00",
          "0.0%",
          "0",
          "yyyy-mm-dd",
          "0",
          "#,##0",
          "0%",
          null,
          null,
        ],
      },
      { row: 0, column: 0, values: [CUSTOMER_HEADERS.slice()], bold: true, fill: "#DDEBF7" },
    ],
    fills: fills.filter((f) => f.rects.length > 0),
    tables: [
      {
        name: "CmapCustomers",
        rect: { row: 0, column: 0, rows: n + 1, columns: 12 },
        style: "TableStyleLight9",
      },
    ],
    charts: [],
    columnWidths: CUSTOMER_HEADERS.map((h, column) => ({ column, width: Math.max(10, h.length + 2) })),
    freeze: { rows: 1, columns: 2 },
  };
  return { sheet, segmentOf };
}

export function mapSheet(lang: "en" | "es" = "en"): SheetPlan {
  const rows: CellValue[][] = [["Segment", "Revenue", "Margin %"]];
  SEGMENTS.forEach((s, i) => rows.push([s.name, 1000 * (i + 1), 0.1 * (i + 1)]));
  return {
    key: "map",
    name: lang === "es" ? "Mapa de clientes" : "Customer Map",
    tabColor: "#1F7A1F",
    blocks: [
      {
        row: 0,
        column: 0,
        values: [[lang === "es" ? "Mapa de clientes" : "Customer map"]],
        bold: true,
        fontSize: 16,
      },
      { row: 2, column: 0, values: rows, columnFormats: [null, "#,##0", "0.0%"] },
    ],
    fills: SEGMENTS.map((s, i) => ({
      fill: s.fill,
      fontColor: s.font,
      rects: [{ row: 3 + i, column: 0, rows: 1, columns: 1 }],
    })),
    tables: [],
    charts: [
      {
        type: "scatter",
        title: "Value × margin",
        xAxisTitle: "Revenue",
        yAxisTitle: "Margin %",
        series: SEGMENTS.map((s, i) => ({
          name: s.name,
          xRect: { row: 3 + i, column: 1, rows: 1, columns: 1 },
          yRect: { row: 3 + i, column: 2, rows: 1, columns: 1 },
          color: s.fill,
        })),
        anchor: { row: 2, column: 5, rows: 15, columns: 8 },
      },
    ],
    columnWidths: [{ column: 0, width: 28 }],
  };
}

export function historySheet(): SheetPlan {
  return {
    key: "history",
    name: "CMAP history",
    hidden: true,
    blocks: [
      {
        row: 0,
        column: 0,
        values: [
          ["CMAP history", 1],
          ["run", "2024-01-01"],
        ],
      },
    ],
    fills: [],
    tables: [],
    charts: [],
    columnWidths: [],
  };
}

export function syntheticPlan(options: SyntheticOptions): WorkbookPlan {
  const lang = options.lang ?? "en";
  return { lang, sheets: [mapSheet(lang), customersSheet(options).sheet, historySheet()] };
}
