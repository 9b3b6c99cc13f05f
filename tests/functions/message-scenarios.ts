/**
 * Calls of every CMAP function that make it return text: each error it can give for bad input (with its
 * reason), the #NUM! of a model that does not fit, the column titles and the SEGMENTREASON / RFM segment texts.
 * Shared by the pseudo-locale test (every text read from a dictionary) and by anyone who wants to see all the
 * functions' messages in one language. `data` lists the user's own texts a result may quote.
 */
import { dateToExcelSerial } from "../../src/core/excel-serial";
import type { Lang } from "../../src/core/language";
import { METHODS } from "../../src/core/segment/methods";
import { buildEnglishSample, buildSpanishSample, type SampleCell } from "../../src/sample";
import type { ResultGrid } from "../../src/functions/cells";
import { cluster } from "../../src/functions/cluster-function";
import { guard } from "../../src/functions/guard";
import { clv, ltv, pAlive } from "../../src/functions/ltv-functions";
import { avgTicket, cac, churn, conversion, ltvCac, retention } from "../../src/functions/ratio-functions";
import { abc, rfm, segmentColumn } from "../../src/functions/segment-functions";

export interface MessageScenario {
  name: string;
  run: (lang: Lang) => ResultGrid;
  /** What the result must hold: an error code somewhere, or a text (a title, a segment, a reason). */
  expects: string;
}

/** Sample rows as Excel hands them to a function: dates as serial numbers, empty cells as null. */
function excelGrid(rows: SampleCell[][]): (string | number | null)[][] {
  return rows.map((row) => row.map((v) => (v instanceof Date ? dateToExcelSerial(v) : v)));
}

export const ENGLISH_CUSTOMERS = excelGrid(buildEnglishSample().sheets[0].rows);
export const SPANISH_INVOICES = excelGrid(buildSpanishSample().sheets[0].rows);

const col = (values: unknown[]): unknown[][] => values.map((v) => [v]);

/** A customer table whose rows hold Excel errors in mapped columns. */
const WITH_ERRORS: unknown[][] = [["Cliente", "Ventas", "Margen"]];
for (let i = 1; i <= 12; i++) WITH_ERRORS.push([`C${i}`, 1000 + i * 100, 100 + i * 10]);
WITH_ERRORS[3][1] = { code: "#N/A" };
WITH_ERRORS[5][2] = { code: "#DIV/0!" };

/** Two obvious groups of customers (revenue, orders) under a header row. */
export const BLOBS = [
  ["Revenue", "Orders"],
  [100, 2],
  [110, 3],
  [105, 2],
  [10000, 40],
  [10500, 42],
  [9800, 38],
];

/** The user's texts the scenarios below put into cells (quoted back by some messages). */
export const SCENARIO_DATA_TEXTS = [
  "n/a x",
  "lots",
  "soon",
  "colour",
  "astrology",
  "aCumulativeShare",
  "nonsense",
  "x",
  "k",
  "Customer",
  "Revenue",
  "Orders",
  "Cliente",
  "Ventas",
  "Margen",
  "C1",
];

export const MESSAGE_SCENARIOS: MessageScenario[] = [
  // The coercion layer (cells.ts), through AVGTICKET.
  { name: "AVGTICKET text", run: (l) => avgTicket([["n/a x"]], [[1]], l), expects: "#VALUE!" },
  { name: "AVGTICKET boolean", run: (l) => avgTicket([[true]], [[1]], l), expects: "#VALUE!" },
  { name: "AVGTICKET input error", run: (l) => avgTicket([["#DIV/0!"]], [[1]], l), expects: "#DIV/0!" },
  { name: "AVGTICKET #REF! input", run: (l) => avgTicket([[{ code: "#REF!" }]], [[1]], l), expects: "#N/A" },
  {
    name: "AVGTICKET sizes",
    run: (l) => avgTicket(col([1, 2, 3]), col([1, 2]), l),
    expects: "#VALUE!",
  },
  { name: "AVGTICKET overflow", run: (l) => avgTicket([[1e308]], [[1e-308]], l), expects: "#NUM!" },
  // Ratios.
  { name: "AVGTICKET orders 0", run: (l) => avgTicket([[10]], [[0]], l), expects: "#DIV/0!" },
  { name: "AVGTICKET negative orders", run: (l) => avgTicket([[10]], [[-1]], l), expects: "#VALUE!" },
  { name: "CAC negative spend", run: (l) => cac([[-5]], [[1]], l), expects: "#VALUE!" },
  { name: "LTVCAC cac 0", run: (l) => ltvCac([[500]], [[0]], l), expects: "#DIV/0!" },
  { name: "CONVERSION closed > leads", run: (l) => conversion([[12]], [[10]], l), expects: "#VALUE!" },
  { name: "CHURN start 0", run: (l) => churn([[0]], [[5]], undefined, l), expects: "#DIV/0!" },
  { name: "RETENTION kept above start", run: (l) => retention([[10]], [[30]], [[5]], l), expects: "#VALUE!" },
  // LTV (core messages) and the predictive models.
  {
    name: "LTV margin above 100 %",
    run: (l) => ltv([[100]], [[4]], [[1.5]], undefined, undefined, l),
    expects: "#VALUE!",
  },
  {
    name: "LTV negative lifetime",
    run: (l) => ltv([[100]], [[4]], [[0.2]], [[-2]], undefined, l),
    expects: "#VALUE!",
  },
  { name: "PALIVE recency above age", run: (l) => pAlive([[2]], [[10]], [[5]], l), expects: "#VALUE!" },
  { name: "PALIVE sizes", run: (l) => pAlive(col([1, 2]), col([1]), col([3, 4]), l), expects: "#VALUE!" },
  {
    name: "PALIVE no usable row",
    run: (l) => pAlive(col([null]), col([null]), col([null]), l),
    expects: "#VALUE!",
  },
  {
    name: "PALIVE no repeat buyer",
    run: (l) => pAlive(col([0, 0, 0]), col([0, 0, 0]), col([3, 4, 5]), l),
    expects: "#NUM!",
  },
  {
    name: "CLV no repeat buyer",
    run: (l) =>
      clv(col([0, 0]), col([0, 0]), col([3, 4]), col([null, null]), [[0.3]], undefined, undefined, l),
    expects: "#NUM!",
  },
  {
    name: "CLV a bad row beside a fit that fails",
    run: (l) => clv(col([0, -1]), col([0, 0]), col([3, 4]), col([null, 5]), [[0.3]], undefined, undefined, l),
    expects: "#NUM!",
  },
  {
    name: "CLV margin out of range",
    run: (l) => clv([[1]], [[1]], [[2]], [[10]], [[2]], undefined, undefined, l),
    expects: "#VALUE!",
  },
  {
    name: "CLV missing margin",
    run: (l) => clv([[1]], [[1]], [[2]], [[10]], [[null]], undefined, undefined, l),
    expects: "#VALUE!",
  },
  {
    name: "CLV horizon text",
    run: (l) => clv([[1]], [[1]], [[2]], [[10]], [[0.3]], "soon", undefined, l),
    expects: "#VALUE!",
  },
  {
    name: "CLV horizon range",
    run: (l) => clv([[1]], [[1]], [[2]], [[10]], [[0.3]], [[1], [2]], undefined, l),
    expects: "#VALUE!",
  },
  // RFM, ABC, CLUSTER.
  { name: "RFM negative recency", run: (l) => rfm([[-1]], [[1]], [[1]], undefined, l), expects: "#VALUE!" },
  { name: "RFM unknown output", run: (l) => rfm([[1]], [[1]], [[1]], "colour", l), expects: "#VALUE!" },
  {
    name: "RFM sizes",
    run: (l) => rfm(col([1, 2]), col([1]), col([1, 2]), undefined, l),
    expects: "#VALUE!",
  },
  {
    name: "RFM segment names",
    run: (l) =>
      rfm(col([1, 10, 100, 5, 30]), col([10, 2, 1, 8, 3]), col([1000, 200, 50, 800, 100]), "segment", l),
    expects: "text",
  },
  { name: "ABC A above B", run: (l) => abc(col([1, 2]), [[0.9]], [[0.5]], l), expects: "#VALUE!" },
  { name: "ABC text value", run: (l) => abc(col([1, "lots"]), undefined, undefined, l), expects: "#VALUE!" },
  {
    name: "ABC range as share",
    run: (l) => abc(col([1, 2]), col([0.5, 0.6]), undefined, l),
    expects: "#VALUE!",
  },
  { name: "CLUSTER title", run: (l) => cluster(BLOBS, undefined, undefined, l), expects: "text" },
  { name: "CLUSTER k above rows", run: (l) => cluster(BLOBS, [[10]], undefined, l), expects: "#VALUE!" },
  {
    name: "CLUSTER text inside the numbers",
    run: (l) =>
      cluster(
        [
          [1, 2],
          ["x", 3],
        ],
        undefined,
        undefined,
        l,
      ),
    expects: "#VALUE!",
  },
  // SEGMENT and SEGMENTREASON.
  {
    name: "SEGMENT unknown method",
    run: (l) => segmentColumn(ENGLISH_CUSTOMERS, "astrology", undefined, "name", l),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT bad option",
    run: (l) => segmentColumn(ENGLISH_CUSTOMERS, "abc", [["k"]], "name", l),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT option not a number",
    run: (l) => segmentColumn(ENGLISH_CUSTOMERS, "abc", [["aCumulativeShare=lots"]], "name", l),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT unknown threshold",
    run: (l) => segmentColumn(ENGLISH_CUSTOMERS, "abc", [["nonsense=1"]], "name", l),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT no customer table",
    run: (l) =>
      segmentColumn(
        [
          [1, 2],
          [3, 4],
        ],
        undefined,
        undefined,
        "name",
        l,
      ),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT RFM without dates",
    run: (l) =>
      segmentColumn(
        [
          ["Customer", "Revenue"],
          ["a", 1],
          ["b", 2],
        ],
        "rfm",
        undefined,
        "name",
        l,
      ),
    expects: "#VALUE!",
  },
  {
    name: "SEGMENT rows holding errors",
    run: (l) => segmentColumn(WITH_ERRORS, undefined, undefined, "name", l),
    expects: "#DIV/0!",
  },
  {
    name: "internal error",
    run: (l) =>
      guard(l, () => {
        throw new Error("boom");
      }),
    expects: "#VALUE!",
  },
  ...METHODS.map((method): MessageScenario => ({
    name: `SEGMENT and SEGMENTREASON ${method} on the English customers`,
    run: (l) => [
      ...segmentColumn(ENGLISH_CUSTOMERS, method, undefined, "name", l),
      ...segmentColumn(ENGLISH_CUSTOMERS, method, undefined, "reason", l),
    ],
    expects: "text",
  })),
  {
    name: "SEGMENTREASON on the Spanish invoice lines",
    run: (l) => segmentColumn(SPANISH_INVOICES, undefined, undefined, "reason", l),
    expects: "text",
  },
];

/** Every text of a result: text cells and the messages of error cells. */
export function textsOf(grid: ResultGrid): { codes: string[]; texts: string[] } {
  const codes: string[] = [];
  const texts: string[] = [];
  for (const row of grid)
    for (const cell of row) {
      if (typeof cell === "string" && cell !== "") texts.push(cell);
      else if (typeof cell === "object" && cell !== null) {
        codes.push(cell.code);
        if (cell.message) texts.push(cell.message);
      }
    }
  return { codes, texts };
}
