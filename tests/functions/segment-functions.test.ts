import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { RFM_SEGMENTS } from "../../src/core/segment/rfm";
import { segmentCustomers } from "../../src/core/segment/segment-customers";
import { ABC, CLUSTER, RFM, SEGMENT, SEGMENTREASON } from "../../src/functions/functions";
import { codes, column, plain, withDisplayLanguage } from "./helpers";
import { BLOBS, ENGLISH_CUSTOMERS, SPANISH_INVOICES } from "./message-scenarios";

const english = ENGLISH_CUSTOMERS;
const spanishInvoices = SPANISH_INVOICES;

describe("SEGMENT on the English customer sample", () => {
  const result = SEGMENT(english) as string[][];
  const reference = readCustomerGrid(english);
  const segmentation = segmentCustomers(reference.customers, { method: "portfolio" });
  const segmentOf = new Map(
    reference.customers.ids.map((id, i) => [id, segmentation.segments[segmentation.assignment[i]].name.en]),
  );

  it("returns one column aligned row for row with the data, the header cell holding the title", () => {
    expect(result).toHaveLength(english.length);
    for (const row of result) expect(row).toHaveLength(1);
    expect(result[0][0]).toBe("Segment");
  });

  it("gives each customer row its customer's portfolio segment; the blank and totals rows stay empty", () => {
    for (let r = 1; r < english.length; r++) {
      const id = english[r][0];
      if (id === null || id === "Total") expect(result[r][0]).toBe("");
      else expect(result[r][0]).toBe(segmentOf.get(String(id)));
    }
    expect(new Set(result.slice(1).map((r) => r[0])).size).toBeGreaterThanOrEqual(5);
  });

  it("is deterministic: the same cells give the same column", () => {
    expect(SEGMENT(english)).toEqual(result);
    expect(SEGMENT(english, "clusters")).toEqual(SEGMENT(english, "clusters"));
  });

  it.each([
    ["rfm", "rfm"],
    ["abc", "pareto"],
    ["lifecycle", "Ciclo de vida"],
    ["clusters", "grupos"],
  ])("method %s (also written %s) matches the core's assignment", (method, alias) => {
    const core = segmentCustomers(reference.customers, { method: method as never });
    const column = SEGMENT(english, alias) as string[][];
    reference.customers.ids.forEach((id, i) => {
      const r = english.findIndex((row) => row[0] === id);
      expect(column[r][0]).toBe(core.segments[core.assignment[i]].name.en);
    });
  });

  it("options: thresholds by id and a two-column range give the same as the core with those thresholds", () => {
    const core = segmentCustomers(reference.customers, {
      method: "abc",
      thresholds: { aCumulativeShare: 0.5 },
    });
    const expected = english.map((row) => {
      const i = reference.customers.ids.indexOf(String(row[0]));
      return i < 0 ? "" : core.segments[core.assignment[i]].name.en;
    });
    expected[0] = "Segment";
    expect((SEGMENT(english, "abc", [["aCumulativeShare=50%"]]) as string[][]).map((r) => r[0])).toEqual(
      expected,
    );
    expect((SEGMENT(english, "abc", [["aCumulativeShare", 0.5]]) as string[][]).map((r) => r[0])).toEqual(
      expected,
    );
  });
});

describe("SEGMENT on Spanish invoice lines, in Spanish Excel", () => {
  const result = withDisplayLanguage("es-ES", () => SEGMENT(spanishInvoices, "cartera")) as string[][];

  it("title row empty, header 'Segmento', Spanish segment names, one segment per customer", () => {
    expect(result[0][0]).toBe("");
    expect(result[1][0]).toBe("Segmento");
    const perCustomer = new Map<string, Set<string>>();
    for (let r = 2; r < spanishInvoices.length; r++) {
      const id = spanishInvoices[r][0];
      if (id === null || id === "Total") {
        expect(result[r][0]).toBe("");
        continue;
      }
      const set = perCustomer.get(String(id)) ?? new Set<string>();
      set.add(result[r][0]);
      perCustomer.set(String(id), set);
    }
    for (const set of perCustomer.values()) expect(set.size).toBe(1);
    const names = new Set([...perCustomer.values()].map((s) => [...s][0]));
    expect([...names].some((n) => /Estratégico|Mantener|En riesgo|Potencial/i.test(n))).toBe(true);
  });

  it("SEGMENTREASON gives a Spanish reason per row, under 'Motivo'", () => {
    const reasons = withDisplayLanguage("es-ES", () => SEGMENTREASON(spanishInvoices)) as string[][];
    expect(reasons[1][0]).toBe("Motivo");
    expect(reasons[2][0].length).toBeGreaterThan(20);
  });
});

describe("SEGMENT errors", () => {
  it.each([
    ["unknown method", () => SEGMENT(english, "astrology"), /Unknown method "astrology"/],
    ["bad option", () => SEGMENT(english, "abc", [["k"]]), /not key=value/],
    [
      "option value not a number",
      () => SEGMENT(english, "abc", [["aCumulativeShare=lots"]]),
      /must be a number/,
    ],
    ["unknown threshold id (core)", () => SEGMENT(english, "abc", [["nonsense=1"]]), /nonsense/],
    [
      "no customer table",
      () =>
        SEGMENT([
          [1, 2],
          [3, 4],
        ]),
      /./,
    ],
    [
      "RFM without dates (core message)",
      () =>
        SEGMENT(
          [
            ["Customer", "Revenue"],
            ["a", 1],
            ["b", 2],
          ],
          "rfm",
        ),
      /last purchase/i,
    ],
  ])("%s → #VALUE! with a message", (_name, run, message) => {
    expect(plain(run() as never)).toEqual([[{ error: "#VALUE!", message: expect.stringMatching(message) }]]);
  });

  it("Spanish message for an unknown method", () => {
    const [[cell]] = plain(withDisplayLanguage("es-ES", () => SEGMENT(english, "astrología")));
    expect(cell).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^Método desconocido/) });
  });
});

describe("RFM", () => {
  // Scores by the rank rule 1 + floor(5 × worse / n), computed by hand for 5 customers.
  const recency = [1, 10, 100, 5, 30];
  const frequency = [10, 2, 1, 8, 3];
  const monetary = [1000, 200, 50, 800, 100];

  it("=CMAP.RFM(A1:A5, B1:B5, C1:C5) → 'RFM' codes", () => {
    expect(RFM(column(recency), column(frequency), column(monetary))).toEqual([
      ["555"],
      ["323"],
      ["111"],
      ["444"],
      ["232"],
    ]);
  });

  it("output 'segment' / 'segmento' gives the R×F segment names; 'r' gives the number", () => {
    const en = RFM(column(recency), column(frequency), column(monetary), "segment") as string[][];
    expect(en[0][0]).toBe("Champions"); // R5 F5
    expect(en[2][0]).toBe("Hibernating"); // R1 F1
    const es = withDisplayLanguage("es-ES", () =>
      RFM(column(recency), column(frequency), column(monetary), "segmento"),
    ) as string[][];
    expect(es[0][0]).toBe(RFM_SEGMENTS[0].name.es);
    expect(RFM(column(recency), column(frequency), column(monetary), "r")).toEqual([[5], [3], [1], [4], [2]]);
  });

  it("blank rows are left out of the ranking; errors stay in their row", () => {
    const result = codes(
      RFM(column([...recency, null, "#N/A"]), column([...frequency, 3, 1]), column([...monetary, 5, 5])),
    );
    expect(result.slice(0, 5)).toEqual([["555"], ["323"], ["111"], ["444"], ["232"]]);
    expect(result[5]).toEqual([""]);
    expect(result[6]).toEqual(["#N/A"]);
  });

  it.each([
    ["negative recency", () => RFM([[-1]], [[1]], [[1]]), /recency_days \(row 1\) is -1/],
    ["unknown output", () => RFM([[1]], [[1]], [[1]], "colour"), /Unknown output "colour"/],
    ["different sizes", () => RFM(column([1, 2]), column([1]), column([1, 2])), /same size/],
  ])("error: %s", (_name, run, message) => {
    expect(plain(run() as never)[0][0]).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(message),
    });
  });
});

describe("ABC", () => {
  it("=CMAP.ABC(A1:A6): A until 80 % of the total is reached, B until 95 %, C the rest; blank → ''", () => {
    // Total 195; shares before each: 0, 51 %, 77 %, 92 %, 97 %.
    expect(ABC(column([100, 50, 30, 10, 5, null]))).toEqual([["A"], ["A"], ["A"], ["B"], ["C"], [""]]);
  });

  it("custom cut points, also as Spanish percent text", () => {
    // Shares before each customer: 0, 51 %, 77 %, 92 %, 97 % → A below 50 %, B below 90 %.
    expect(ABC(column([100, 50, 30, 10, 5]), [[0.5]], [[0.9]])).toEqual([["A"], ["B"], ["B"], ["C"], ["C"]]);
    const es = withDisplayLanguage("es-ES", () => ABC(column([100, 50, 30, 10, 5]), [["50 %"]], [["90 %"]]));
    expect(es).toEqual([["A"], ["B"], ["B"], ["C"], ["C"]]);
  });

  it.each([
    ["A above B", () => ABC(column([1, 2]), [[0.9]], [[0.5]]), /A ≤ B/],
    ["text value", () => ABC(column([1, "lots"]), undefined, undefined), /values \(row 2\) is "lots"/],
    ["range as share", () => ABC(column([1, 2]), column([0.5, 0.6])), /single value/],
  ])("error: %s", (_name, run, message) => {
    expect(plain(run() as never).flat()).toContainEqual({
      error: "#VALUE!",
      message: expect.stringMatching(message),
    });
  });
});

describe("CLUSTER", () => {
  const blobs = BLOBS;

  it("finds the two obvious groups, numbers them by first appearance, titles the header", () => {
    expect(CLUSTER(blobs)).toEqual([["Cluster"], [1], [1], [1], [2], [2], [2]]);
    expect(withDisplayLanguage("es-ES", () => CLUSTER(blobs))[0][0]).toBe("Grupo");
  });

  it("k given; blank rows give '' and are left out; same seed same result", () => {
    const withBlank = [...blobs, [null, null]];
    const result = CLUSTER(withBlank, [[3]], [[7]]);
    expect(result).toHaveLength(withBlank.length);
    expect(result[7][0]).toBe("");
    expect(new Set(result.slice(1, 7).map((r) => r[0])).size).toBe(3);
    expect(CLUSTER(withBlank, [[3]], [[7]])).toEqual(result);
  });

  it.each([
    ["k above rows", () => CLUSTER(blobs, [[10]]), /k is 10/],
    ["k not whole", () => CLUSTER(blobs, [[2.5]]), /k is 2.5/],
    [
      "text inside the numbers",
      () =>
        CLUSTER([
          [1, 2],
          ["x", 3],
        ]),
      /data \(row 2\) is "x"/,
    ],
  ])("error: %s", (_name, run, message) => {
    expect(plain(run() as never).flat()).toContainEqual({
      error: "#VALUE!",
      message: expect.stringMatching(message),
    });
  });
});

describe("SEGMENT with Excel errors in the data (issue: never misread a user's data)", () => {
  const grid: unknown[][] = [["Cliente", "Ventas", "Margen"]];
  for (let i = 1; i <= 12; i++) grid.push([`C${i}`, 1000 + i * 100, 100 + i * 10]);
  grid[3][1] = { code: "#N/A" };
  grid[5][2] = { code: "#DIV/0!" };
  grid[7][1] = "#N/A";

  it("gives a row holding #N/A or #DIV/0! (also in the margin) that error, naming row and column", () => {
    const result = plain(SEGMENT(grid));
    expect(result[3][0]).toEqual({
      error: "#N/A",
      message: expect.stringContaining('Row 4, column "Ventas"'),
    });
    expect(result[5][0]).toEqual({ error: "#DIV/0!", message: expect.stringContaining('column "Margen"') });
    expect(result[7][0]).toEqual(expect.objectContaining({ error: "#N/A" }));
    for (const r of [1, 2, 4, 6, 8, 9, 10, 11, 12]) expect(typeof result[r][0]).toBe("string");
    expect(result[4][0]).not.toBe("");
  });

  it("says it in Spanish with Spanish display language", () => {
    const result = withDisplayLanguage("es-ES", () => plain(SEGMENT(grid)));
    expect(result[5][0]).toEqual({
      error: "#DIV/0!",
      message: expect.stringContaining('La fila 6, columna "Margen"'),
    });
  });
});
