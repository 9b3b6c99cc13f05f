import * as fs from "fs";
import * as path from "path";
import { predictiveClv } from "../../src/core/ltv/predictive-clv";
import { CLV, LTV, PALIVE } from "../../src/functions/functions";
import { codes, column, plain, withDisplayLanguage } from "./helpers";

/** CDNOW calibration summary (Fader, Hardie & Lee 2005): x, t_x, T in weeks, zbar = mean repeat spend. */
const rows = fs
  .readFileSync(path.join(__dirname, "fixtures/cdnow-summary.csv"), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",").map(Number));
const x = rows.map((r) => r[1]);
const tx = rows.map((r) => r[2]);
const T = rows.map((r) => r[3]);
const zbar = rows.map((r) => r[4]);
const PUBLISHED_BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PUBLISHED_GG = { p: 6.25, q: 3.74, gamma: 15.44 };

/** P(alive) of BG/NBD written out from the paper (eq. in Fader, Hardie & Lee 2005), independently of the core. */
function publishedPAlive(frequency: number, recency: number, age: number): number {
  const { r, alpha, a, b } = PUBLISHED_BG_NBD;
  if (frequency === 0) return 1;
  return 1 / (1 + (a / (b + frequency - 1)) * Math.pow((alpha + age) / (alpha + recency), r + frequency));
}

describe("LTV formula table", () => {
  const table: [string, () => unknown[][], number[][]][] = [
    [
      "=CMAP.LTV(100, 4, 25%) → 3 years by default",
      () => LTV([[100]], [[4]], [[0.25]]),
      [[100 * 4 * 0.25 * 3]],
    ],
    ["=CMAP.LTV(100, 4, 25%, 5)", () => LTV([[100]], [[4]], [[0.25]], [[5]]), [[100 * 4 * 0.25 * 5]]],
    [
      "=CMAP.LTV(100, 4, 25%, 5, 10%) discounts: m / (1/years + d)",
      () => LTV([[100]], [[4]], [[0.25]], [[5]], [[0.1]]),
      [[100 / (0.2 + 0.1)]],
    ],
    [
      "=CMAP.LTV(100, 4, 25%, 80%, 10%) retention form m·r/(1+d−r)",
      () => LTV([[100]], [[4]], [[0.25]], [[0.8]], [[0.1]]),
      [[(100 * 0.8) / (1 + 0.1 - 0.8)]],
    ],
    [
      "=CMAP.LTV(A1:A2, B1:B2, -10%) loss-making customers have negative LTV",
      () => LTV(column([50, 200]), column([10, 2]), [[-0.1]]),
      [[-50 * 3], [-40 * 3]],
    ],
  ];
  it.each(table)("%s", (_formula, run, expected) => {
    const result = run() as number[][];
    result.forEach((row, r) => expect(row[0]).toBeCloseTo(expected[r][0], 9));
  });

  it("Spanish text inputs: '25 %' and '1.200,00'", () => {
    const result = withDisplayLanguage("es-ES", () => LTV([["1.200,00"]], [[2]], [["25 %"]], [[2]]));
    expect(result[0][0] as number).toBeCloseTo(1200 * 2 * 0.25 * 2, 9);
  });

  it.each([
    ["margin above 100 %", () => LTV([[100]], [[4]], [[1.5]]), /margin is 1.5/],
    ["negative lifetime", () => LTV([[100]], [[4]], [[0.2]], [[-2]]), /retention rate is -2/],
    ["negative discount", () => LTV([[100]], [[4]], [[0.2]], [[3]], [[-0.1]]), /discount rate/],
    ["negative ticket", () => LTV([[-100]], [[4]], [[0.2]]), /average ticket is -100/],
  ])("error: %s → #VALUE! with the core's message", (_name, run, message) => {
    expect(plain(run() as never)[0][0]).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(message),
    });
  });

  it("the margin message is Spanish in Spanish Excel", () => {
    const [[cell]] = plain(withDisplayLanguage("es-ES", () => LTV([[100]], [[4]], [[1.5]])));
    expect(cell).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^El margen es 1.5/) });
  });
});

describe("PALIVE on CDNOW", () => {
  const result = PALIVE(column(x), column(tx), column(T)) as number[][];

  it("returns one probability per row, matching the published model within 0.01", () => {
    expect(result).toHaveLength(rows.length);
    let worst = 0;
    for (let i = 0; i < rows.length; i++) {
      worst = Math.max(worst, Math.abs(result[i][0] - publishedPAlive(x[i], tx[i], T[i])));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it("blank rows give empty cells and do not change the other rows; errors stay in their row", () => {
    const withGaps = PALIVE(column([null, ...x, "#N/A"]), column([null, ...tx, 1]), column([null, ...T, 2]));
    expect(withGaps[0][0]).toBe("");
    expect(codes(withGaps)[rows.length + 1][0]).toBe("#N/A");
    for (let i = 0; i < 50; i++) expect(withGaps[i + 1][0] as number).toBeCloseTo(result[i][0], 12);
  });

  it.each([
    ["recency above age", () => PALIVE([[2]], [[10]], [[5]]), /recency of customer 1 is 10 with age 5/],
    ["different sizes", () => PALIVE(column([1, 2]), column([1]), column([3, 4])), /same size/],
    ["no usable row", () => PALIVE(column([null]), column([null]), column([null])), /No row has a valid/],
  ])("error: %s", (_name, run, message) => {
    const cells = plain(run() as never);
    expect(cells.flat()).toContainEqual({ error: "#VALUE!", message: expect.stringMatching(message) });
  });
});

describe("CLV on CDNOW", () => {
  it("matches the discounted CLV of the published BG/NBD and Gamma-Gamma parameters within 2 %", () => {
    const spend = zbar.map((z, i) => (x[i] === 0 ? null : z)); // blank spend allowed for frequency 0
    const result = CLV(
      column(x),
      column(tx),
      column(T),
      column(spend),
      [[0.3]],
      [[12]],
      [[0.1]],
    ) as number[][];
    const reference = predictiveClv({
      bgNbd: PUBLISHED_BG_NBD,
      gammaGamma: PUBLISHED_GG,
      frequency: x,
      recency: tx,
      age: T,
      meanSpend: zbar,
      timeUnit: "weeks",
      horizon: 12,
      horizonUnit: "months",
      discountRatePerYear: 0.1,
      marginPercent: 0.3,
    }).clv;
    let total = 0;
    let totalReference = 0;
    for (let i = 0; i < rows.length; i++) {
      total += result[i][0];
      totalReference += reference[i];
    }
    expect(Math.abs(total / totalReference - 1)).toBeLessThan(0.02);
    expect(result[0][0] / reference[0]).toBeCloseTo(1, 1);
  });

  it.each([
    ["margin out of range", () => CLV([[1]], [[1]], [[2]], [[10]], [[2]]), /margin is 2/],
    ["horizon not a number", () => CLV([[1]], [[1]], [[2]], [[10]], [[0.3]], "soon"), /horizon is "soon"/],
    ["a range as horizon", () => CLV([[1]], [[1]], [[2]], [[10]], [[0.3]], [[1], [2]]), /single value/],
  ])("error: %s", (_name, run, message) => {
    expect(plain(run() as never).flat()).toContainEqual({
      error: "#VALUE!",
      message: expect.stringMatching(message),
    });
  });
});

describe("predictive functions never return numbers from a model that did not fit", () => {
  it("CLV with no repeat buyer is #NUM! saying why and what to do", () => {
    const result = plain(
      CLV(column([0, 0]), column([0, 0]), column([3, 4]), column([null, null]), [[0.3]]) as never,
    );
    expect(result.flat()).toContainEqual({
      error: "#NUM!",
      message: expect.stringMatching(/repeat purchase/),
    });
  });
  it("PALIVE with no repeat buyer is #NUM! too", () => {
    const result = plain(PALIVE(column([0, 0, 0]), column([0, 0, 0]), column([3, 4, 5])) as never);
    expect(result.flat()).toContainEqual({ error: "#NUM!", message: expect.stringMatching(/BG\/NBD/) });
  });
});

describe("CLV and PALIVE with a negative frequency or recency (issue: never misread a user's data)", () => {
  const frequency = column([1, 2, -1, 3, 0]);
  const recency = column([5, 6, 1, -7, 0]);
  const age = column([10, 10, 10, 10, 10]);

  it("give that row #VALUE! naming it, not one range-wide #NUM!", () => {
    for (const result of [
      plain(PALIVE(frequency, recency, age)),
      plain(CLV(frequency, recency, age, column([10, 20, 30, 40, 0]), [[0.3]])),
    ]) {
      expect(result).toHaveLength(5);
      expect(result[2][0]).toEqual({ error: "#VALUE!", message: expect.stringContaining("customer 3") });
      expect(result[3][0]).toEqual(expect.objectContaining({ error: "#VALUE!" }));
      // The other rows: a value, or the fit's own #NUM! when these few rows cannot fit the model.
      for (const r of [0, 1, 4]) {
        const cell = result[r][0];
        expect(typeof cell === "number" || (typeof cell === "object" && cell.error === "#NUM!")).toBe(true);
      }
    }
  });
});
