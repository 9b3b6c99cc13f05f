/**
 * The streaming writer draws each ChartPlan as a native Excel chart: the package holds the chart and drawing
 * parts with their relationships and content types, the chart has one series per non-empty segment with the
 * segment's name and color, its points read from the plan's cells (references) and cached (the same numbers
 * the cells hold, the same numbers the analysis gives), and the drawing sits at the plan's anchor.
 */
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import * as path from "path";
import { buildWorkbookPlan } from "../../src/core/plan/build-workbook-plan";
import {
  LOG_AXIS_MIN_SPAN,
  MAX_CHART_POINTS_PER_SEGMENT,
  valueAxisScale,
} from "../../src/core/plan/map-sheet";
import { printAreaOf } from "../../src/core/plan/print-setup";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/core/plan/workbook-plan";
import { marginPercentOf } from "../../src/core/customer-data";
import { OKABE_ITO, contrastRatio, markerOutlineOf } from "../../src/core/segment/palette";
import { METHOD_DESCRIPTORS } from "../../src/core/segment/method-registry";
import { analyzeGrid } from "../../src/core/pipeline";
import type { Analysis } from "../../src/core/analysis";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeWorkbookBytes } from "../../src/xlsx/write-workbook-bytes";
import { makeAnalysisFixture } from "../fixtures/plan/analysis-fixture";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Parses a part after a strict well-formedness check (xmldom alone recovers from some errors silently). */
function parse(xml: string): Document {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
}

function children(parent: Element | Document, namespace: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, name));
}

function directChild(parent: Element, namespace: string, name: string): Element | undefined {
  return Array.from(parent.childNodes).find(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).localName === name &&
      (node as Element).namespaceURI === namespace,
  );
}

async function packageOf(plan: WorkbookPlan): Promise<JSZip> {
  return JSZip.loadAsync(await writeWorkbookBytes(plan));
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the package`);
  return file.async("string");
}

interface WrittenSeries {
  name: string;
  color: string | undefined;
  outline: string | undefined;
  xRef: string;
  yRef: string;
  xCount: number;
  xs: number[];
  ys: number[];
}

function seriesOf(chart: Document): WrittenSeries[] {
  return children(chart, C, "ser").map((ser) => {
    const cache = (tag: string) => {
      const values = children(ser, C, tag)[0];
      const numCache = children(values, C, "numCache")[0];
      return {
        ref: children(values, C, "f")[0].textContent ?? "",
        count: Number(children(numCache, C, "ptCount")[0].getAttribute("val")),
        values: children(numCache, C, "pt")
          .sort((a, b) => Number(a.getAttribute("idx")) - Number(b.getAttribute("idx")))
          .map((pt) => Number(children(pt, C, "v")[0].textContent)),
      };
    };
    const x = cache("xVal");
    const y = cache("yVal");
    const marker = children(ser, C, "marker")[0];
    return {
      name: children(directChild(ser, C, "tx")!, C, "v")[0].textContent ?? "",
      color: marker ? (children(marker, A, "srgbClr")[0]?.getAttribute("val") ?? undefined) : undefined,
      outline: marker
        ? (children(children(marker, A, "ln")[0], A, "srgbClr")[0]?.getAttribute("val") ?? undefined)
        : undefined,
      xRef: x.ref,
      yRef: y.ref,
      xCount: x.count,
      xs: x.values,
      ys: y.values,
    };
  });
}

/** The analysis' own chart points per segment: revenue and margin % of customers with both, largest first. */
function expectedPoints(analysis: Analysis): { segment: number; xs: number[]; ys: number[] }[] {
  const data = analysis.read.customers;
  const { segments, assignment } = analysis.segmentation;
  return segments
    .map((_, s) => {
      const members = [...Array(data.count).keys()]
        .filter((i) => assignment[i] === s && Number.isFinite(marginPercentOf(data, i)))
        .sort((a, b) => data.revenue[b] - data.revenue[a] || a - b)
        .slice(0, MAX_CHART_POINTS_PER_SEGMENT);
      return {
        segment: s,
        xs: members.map((i) => data.revenue[i]),
        ys: members.map((i) => marginPercentOf(data, i)),
      };
    })
    .filter((points) => points.xs.length > 0);
}

const mapOf = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((sheet) => sheet.key === "map")!;

describe("the map's chart in the written file (hand-built analysis)", () => {
  const analysis = makeAnalysisFixture();

  it.each(["en", "es"] as const)(
    "%s: one series per segment with points, named and colored by the segment, reading the plan's cells",
    async (lang) => {
      const plan = buildWorkbookPlan(analysis, lang);
      const map = mapOf(plan);
      const chartPlan = map.charts[0];
      const zip = await packageOf(plan);
      const chart = parse(await text(zip, "xl/charts/chart1.xml"));
      // A scatter chart with markers only (no line joins a segment's customers).
      expect(children(chart, C, "scatterChart")).toHaveLength(1);
      expect(children(chart, C, "scatterStyle")[0].getAttribute("val")).toBe("lineMarker");
      for (const ser of children(chart, C, "ser")) {
        const line = children(directChild(ser, C, "spPr")!, A, "ln")[0];
        expect(children(line, A, "noFill")).toHaveLength(1);
      }
      // Title and axis titles in the plan's language.
      const titles = children(chart, C, "title").map((title) =>
        children(title, A, "t")
          .map((t) => t.textContent)
          .join(""),
      );
      expect(titles).toEqual([chartPlan.title, chartPlan.xAxisTitle, chartPlan.yAxisTitle]);
      expect(chartPlan.title).toBe(
        lang === "es" ? "Valor × margen % por segmento" : "Value × margin % by segment",
      );

      const written = seriesOf(chart);
      const expected = expectedPoints(analysis);
      expect(written.map((s) => s.name)).toEqual(
        expected.map(({ segment }) => analysis.segmentation.segments[segment].name[lang]),
      );
      expect(written.map((s) => `#${s.color}`)).toEqual(
        expected.map(({ segment }) => analysis.segmentation.segments[segment].color.toUpperCase()),
      );
      // A darker outline of the same hue, as Excel draws it (markerForegroundColor).
      expect(written.map((s) => `#${s.outline}`)).toEqual(
        expected.map(({ segment }) => markerOutlineOf(analysis.segmentation.segments[segment].color)),
      );
      written.forEach((series, s) => {
        expect(series.xCount).toBe(expected[s].xs.length);
        expect(series.xs).toEqual(expected[s].xs);
        expect(series.ys.map((y) => y.toFixed(12))).toEqual(expected[s].ys.map((y) => y.toFixed(12)));
      });
      // The references point at the plan's data cells, on the map sheet.
      const quoted = `'${map.name}'!`;
      chartPlan.series.forEach((s, i) => {
        const col = (column: number) => String.fromCharCode(65 + column);
        expect(written[i].xRef).toBe(
          `${quoted}$${col(s.xRect.column)}$${s.xRect.row + 1}:$${col(s.xRect.column)}$${s.xRect.row + s.xRect.rows}`,
        );
        expect(written[i].yRef).toBe(
          `${quoted}$${col(s.yRect.column)}$${s.yRect.row + 1}:$${col(s.yRect.column)}$${s.yRect.row + s.yRect.rows}`,
        );
      });
    },
  );

  it("caches the very numbers the referenced cells hold in the file", async () => {
    const plan = buildWorkbookPlan(analysis, "en");
    const bytes = await writeWorkbookBytes(plan);
    const zip = await JSZip.loadAsync(bytes);
    const written = seriesOf(parse(await text(zip, "xl/charts/chart1.xml")));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(mapOf(plan).name)!;
    const cellsAt = (ref: string) => {
      const [, first, row1, , row2] = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
      return Array.from({ length: Number(row2) - Number(row1) + 1 }, (_, k) =>
        Number(sheet.getCell(`${first}${Number(row1) + k}`).value),
      );
    };
    expect(written.length).toBeGreaterThan(1);
    for (const series of written) {
      expect(series.xs).toEqual(cellsAt(series.xRef));
      expect(series.ys).toEqual(cellsAt(series.yRef));
    }
  });

  it("anchors the drawing at the plan's cells and wires parts, relationships and content types", async () => {
    const plan = buildWorkbookPlan(analysis, "es");
    const mapIndex = plan.sheets.findIndex((sheet) => sheet.key === "map");
    const anchor = mapOf(plan).charts[0].anchor;
    const zip = await packageOf(plan);
    const drawing = parse(await text(zip, "xl/drawings/drawing1.xml"));
    const anchors = children(drawing, XDR, "twoCellAnchor");
    expect(anchors).toHaveLength(1);
    const corner = (tag: string) => {
      const element = children(anchors[0], XDR, tag)[0];
      const number = (name: string) => Number(children(element, XDR, name)[0].textContent);
      return { col: number("col"), row: number("row"), colOff: number("colOff"), rowOff: number("rowOff") };
    };
    expect(corner("from")).toEqual({ col: anchor.column, row: anchor.row, colOff: 0, rowOff: 0 });
    expect(corner("to")).toEqual({
      col: anchor.column + anchor.columns,
      row: anchor.row + anchor.rows,
      colOff: 0,
      rowOff: 0,
    });
    // sheet → drawing → chart, and the content types of both parts.
    const sheetXml = await text(zip, `xl/worksheets/sheet${mapIndex + 1}.xml`);
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    expect(drawingId).toBeDefined();
    const sheetRels = parse(await text(zip, `xl/worksheets/_rels/sheet${mapIndex + 1}.xml.rels`));
    const toDrawing = Array.from(sheetRels.getElementsByTagName("Relationship")).find(
      (rel) => rel.getAttribute("Id") === drawingId,
    );
    expect(toDrawing?.getAttribute("Target")).toBe("../drawings/drawing1.xml");
    const chartId = children(drawing, C, "chart")[0].getAttributeNS(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "id",
    );
    const drawingRels = parse(await text(zip, "xl/drawings/_rels/drawing1.xml.rels"));
    const toChart = Array.from(drawingRels.getElementsByTagName("Relationship")).find(
      (rel) => rel.getAttribute("Id") === chartId,
    );
    expect(toChart?.getAttribute("Target")).toBe("../charts/chart1.xml");
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    // Only the map has a chart; no other sheet gets a drawing.
    expect(Object.keys(zip.files).filter((name) => name.startsWith("xl/drawings/drawing"))).toEqual([
      "xl/drawings/drawing1.xml",
    ]);
    // No note stands in for the chart any more.
    expect(await text(zip, "xl/sharedStrings.xml")).not.toMatch(/Chart not drawn|no se dibuja/);
  });

  it("prints the chart on a page of its own under the map: a manual break above it, inside the print area", async () => {
    const plan = buildWorkbookPlan(analysis, "en");
    const map = mapOf(plan);
    const anchor = map.charts[0].anchor;
    const zip = await packageOf(plan);
    const workbookXml = await text(zip, "xl/workbook.xml");
    const area = /_xlnm\.Print_Area" localSheetId="0">[^!]+!\$A\$1:\$([A-Z]+)\$(\d+)</.exec(workbookXml);
    expect(area).not.toBeNull();
    const lastColumn = area![1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(lastColumn).toBe(anchor.column + anchor.columns - 1);
    expect(Number(area![2])).toBeGreaterThanOrEqual(anchor.row + anchor.rows);
    // The break starts a page at the blank row above the chart (id = that 0-based row), kept by spreadsheets
    // because the map is fitted one page wide only, not to a page count.
    const sheetXml = await text(zip, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toContain(
      `<rowBreaks count="1" manualBreakCount="1"><brk id="${anchor.row - 1}" max="16383" man="1"/></rowBreaks>`,
    );
    expect(sheetXml).toMatch(/<pageSetup orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/);
    // A writer that draws no chart prints the same area (the legend follows the chart's place).
    expect(printAreaOf(map, false)).toEqual(map.printArea);
    expect(printAreaOf(map, true)).toEqual(map.printArea);
    expect(map.print).toEqual(expect.objectContaining({ fitToWidth: 1, fitToHeight: 0 }));
  });
});

describe("marker outlines", () => {
  it("keep every segment color's points visible on white (contrast at least 3:1), in the same hue", () => {
    const colors = [
      ...METHOD_DESCRIPTORS.flatMap((method) => Object.values(method.segmentColors)),
      ...OKABE_ITO,
    ];
    expect(colors.length).toBeGreaterThan(10);
    for (const color of colors) {
      const outline = markerOutlineOf(color);
      expect([color, contrastRatio(outline, "#FFFFFF") >= 3]).toEqual([color, true]);
    }
    expect(markerOutlineOf("#D9D9D9")).toBe("#828282");
  });
});

describe("charts of hand-built plans", () => {
  const rect = (row: number, column: number, rows: number) => ({ row, column, rows, columns: 1 });
  function planWith(charts: ChartPlan[]): WorkbookPlan {
    return {
      lang: "en",
      sheets: [
        {
          key: "map",
          name: "R&D <map> 'x'",
          blocks: [
            {
              row: 0,
              column: 0,
              values: [
                ["a", 1, 0.5],
                ["b", 2, -0.25],
                ["c", 3, 0.125],
              ],
            },
          ],
          fills: [],
          tables: [],
          charts,
          columnWidths: [],
        },
      ],
    };
  }
  const base: Omit<ChartPlan, "type" | "series"> = {
    title: 'Sales & "margin" <%>',
    xAxisTitle: "x & y",
    yAxisTitle: "y",
    anchor: { row: 4, column: 4, rows: 10, columns: 6 },
  };

  it("escapes names and titles, quotes the sheet name, and skips series without points", async () => {
    const zip = await packageOf(
      planWith([
        {
          ...base,
          type: "scatter",
          series: [
            { name: "A & <B>", xRect: rect(0, 1, 3), yRect: rect(0, 2, 3), color: "#112233" },
            { name: "Empty", xRect: rect(3, 1, 0), yRect: rect(3, 2, 0), color: "#445566" },
          ],
        },
      ]),
    );
    const written = seriesOf(parse(await text(zip, "xl/charts/chart1.xml")));
    expect(written).toEqual([
      {
        name: "A & <B>",
        color: "112233",
        outline: "0A141F",
        xRef: "'R&D <map> ''x'''!$B$1:$B$3",
        yRef: "'R&D <map> ''x'''!$C$1:$C$3",
        xCount: 3,
        xs: [1, 2, 3],
        ys: [0.5, -0.25, 0.125],
      },
    ]);
    parse(await text(zip, "xl/drawings/drawing1.xml"));
  });

  it("writes no drawing for a chart with no points", async () => {
    const zip = await packageOf(
      planWith([
        {
          ...base,
          type: "scatter",
          series: [{ name: "E", xRect: rect(0, 1, 0), yRect: rect(0, 2, 0), color: "#000000" }],
        },
      ]),
    );
    expect(Object.keys(zip.files).filter((name) => /drawing|chart/.test(name))).toEqual([]);
    expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
  });

  it.each([
    ["bubble", "bubbleChart", "bubbleSize"],
    ["bar", "barChart", "cat"],
  ] as const)("writes a %s chart as a well-formed %s", async (type, element, values) => {
    const zip = await packageOf(
      planWith([
        {
          ...base,
          type,
          series: [
            {
              name: "S",
              xRect: rect(0, 1, 3),
              yRect: rect(0, 2, 3),
              sizeRect: rect(0, 1, 3),
              color: "#00FF00",
            },
          ],
        },
      ]),
    );
    const chart = parse(await text(zip, "xl/charts/chart1.xml"));
    expect(children(chart, C, element)).toHaveLength(1);
    expect(children(chart, C, values)).toHaveLength(1);
    expect(children(chart, C, "ser")).toHaveLength(1);
  });
});

describe("the map's chart of the Spanish sample", () => {
  it("has one series per segment with points, each as many points as the plan's data rows", async () => {
    const book = await readWorkbookFile(path.join(__dirname, "../../assets/muestra-clientes.xlsx"));
    const analysis = analyzeGrid(book.grid, {
      method: "portfolio",
      lang: "es",
      runAt: "2025-01-15T10:00:00.000Z",
      numberFormats: book.numberFormats,
    });
    const plan = buildWorkbookPlan(analysis, "es");
    const zip = await packageOf(plan);
    const written = seriesOf(parse(await text(zip, "xl/charts/chart1.xml")));
    const expected = expectedPoints(analysis);
    expect(written.length).toBe(expected.length);
    expect(written.length).toBeGreaterThan(3);
    written.forEach((series, s) => {
      expect(series.name).toBe(analysis.segmentation.segments[expected[s].segment].name.es);
      expect(series.xCount).toBe(mapOf(plan).charts[0].series[s].xRect.rows);
      expect(series.xs).toEqual(expected[s].xs);
    });
  }, 60_000);
});

describe("a value axis spanning orders of magnitude is logarithmic", () => {
  it("decides from the values: all positive and more than 100× apart", () => {
    expect(valueAxisScale([1_000, 50_000, 150_000])).toBe("logarithmic");
    expect(valueAxisScale([1_000, 50_000, 99_000])).toBe("linear");
    expect(valueAxisScale([-5, 1_000, 500_000])).toBe("linear");
    expect(valueAxisScale([0, 1_000, 500_000])).toBe("linear");
    expect(valueAxisScale([7])).toBe("linear");
    expect(LOG_AXIS_MIN_SPAN).toBe(100);
  });

  it("the Spanish sample's revenue axis is base-10 logarithmic in the file, and its title says so", async () => {
    const book = await readWorkbookFile(path.join(__dirname, "../../assets/muestra-clientes.xlsx"));
    for (const lang of ["es", "en"] as const) {
      const analysis = analyzeGrid(book.grid, {
        method: "portfolio",
        lang,
        runAt: "2025-01-15T10:00:00.000Z",
        numberFormats: book.numberFormats,
      });
      const plan = buildWorkbookPlan(analysis, lang);
      const chart = mapOf(plan).charts[0];
      const revenue = analysis.read.customers.revenue;
      const shown = chart.series.flatMap((s) =>
        Array.from({ length: s.xRect.rows }, (_, r) => s.xRect.row + r),
      ).length;
      expect(shown).toBeGreaterThan(100);
      expect(Math.max(...revenue) / Math.min(...revenue.filter((v) => v > 0))).toBeGreaterThan(100);
      expect(chart.xAxisScale).toBe("logarithmic");
      expect(chart.xAxisTitle).toBe(
        lang === "es" ? "Ventas (escala logarítmica)" : "Revenue (logarithmic scale)",
      );
      const doc = parse(await text(await packageOf(plan), "xl/charts/chart1.xml"));
      const axes = children(doc, C, "valAx");
      expect(axes).toHaveLength(2);
      const logBaseOf = (axis: Element) =>
        children(axis, C, "logBase").map((node) => node.getAttribute("val"));
      const position = (axis: Element) => children(axis, C, "axPos")[0]?.getAttribute("val");
      const horizontal = axes.find((axis) => position(axis) === "b");
      const vertical = axes.find((axis) => position(axis) === "l");
      expect(horizontal && logBaseOf(horizontal)).toEqual(["10"]);
      expect(vertical && logBaseOf(vertical)).toEqual([]);
    }
  }, 60_000);

  it("a linear axis writes no logBase", async () => {
    const plan = buildWorkbookPlan(makeAnalysisFixture(), "en");
    const chart = mapOf(plan).charts[0];
    expect(chart.xAxisScale).toBe("linear");
    const xml = await text(await packageOf(plan), "xl/charts/chart1.xml");
    expect(xml).not.toContain("logBase");
    expect(chart.xAxisTitle).toBe("Revenue");
  });
});
