import fc from "fast-check";
import { AVGTICKET, CAC, CHURN, CONVERSION, LTVCAC, RETENTION } from "../../src/functions/functions";
import { codes, column, plain, withDisplayLanguage } from "./helpers";

describe("formula table: ratio functions (English inputs)", () => {
  const table: [string, () => unknown[][], (number | string)[][]][] = [
    ["=CMAP.AVGTICKET(1000, 4)", () => AVGTICKET([[1000]], [[4]]), [[1000 / 4]]],
    [
      "=CMAP.AVGTICKET(A1:A3, B1:B3)",
      () => AVGTICKET(column([1000, 90, -50]), column([4, 3, 2])),
      [[250], [30], [-25]],
    ],
    [
      "=CMAP.AVGTICKET(A1:A2, 5) broadcasts the scalar",
      () => AVGTICKET(column([100, 55]), [[5]]),
      [[20], [11]],
    ],
    ['=CMAP.AVGTICKET("$ 1,234.56", 2)', () => AVGTICKET([["$ 1,234.56"]], [[2]]), [[1234.56 / 2]]],
    ["=CMAP.CAC(12000, 30)", () => CAC([[12000]], [[30]]), [[12000 / 30]]],
    ["=CMAP.LTVCAC(A1:A2, 400)", () => LTVCAC(column([1200, -400]), [[400]]), [[3], [-1]]],
    ["=CMAP.CONVERSION(12, 48)", () => CONVERSION([[12]], [[48]]), [[0.25]]],
    ["=CMAP.RETENTION(100, 95, 15)", () => RETENTION([[100]], [[95]], [[15]]), [[(95 - 15) / 100]]],
    ["=CMAP.CHURN(100, 95, 15)", () => CHURN([[100]], [[95]], [[15]]), [[1 - (95 - 15) / 100]]],
    ["=CMAP.CHURN(200, 150) (no new customers)", () => CHURN([[200]], [[150]]), [[1 - 150 / 200]]],
    [
      "blank row → empty cell",
      () => AVGTICKET(column([100, null, 30]), column([2, 3, ""])),
      [[50], [""], [""]],
    ],
  ];
  it.each(table)("%s", (_formula, run, expected) => {
    const result = run() as (number | string)[][];
    expect(result.length).toBe(expected.length);
    result.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof expected[r][c] === "number")
          expect(cell as number).toBeCloseTo(expected[r][c] as number, 10);
        else expect(cell).toBe(expected[r][c]);
      }),
    );
  });
});

describe("formula table: Spanish inputs and messages", () => {
  it("reads '1.234,56 €' and '6.300' the Spanish way when Office is in Spanish", () => {
    const result = withDisplayLanguage("es-ES", () =>
      AVGTICKET(column(["1.234,56 €", "6.300"]), column([2, 3])),
    );
    expect(result[0][0] as number).toBeCloseTo(1234.56 / 2, 10);
    expect(result[1][0] as number).toBeCloseTo(6300 / 3, 10);
  });

  it("a range whose texts show a decimal point is read with a point, even in Spanish", () => {
    const result = withDisplayLanguage("es-ES", () => CAC(column(["1,234.50", "12.5"]), column([1, 1])));
    expect(codes(result)).toEqual([[1234.5], [12.5]]);
  });

  it("messages follow Office's display language", () => {
    const es = plain(withDisplayLanguage("es-MX", () => AVGTICKET([[100]], [[0]])));
    expect(es).toEqual([
      [{ error: "#DIV/0!", message: "pedidos (fila 1) es 0: no se puede dividir entre 0." }],
    ]);
    const en = plain(withDisplayLanguage("en-US", () => AVGTICKET([[100]], [[0]])));
    expect(en).toEqual([[{ error: "#DIV/0!", message: "orders (row 1) is 0: cannot divide by 0." }]]);
  });

  it('numbers stored as text are read: CONVERSION("3", "10")', () => {
    expect(codes(CONVERSION([["3"]], [["10"]]))).toEqual([[0.3]]);
  });
});

describe("error cases", () => {
  const cases: [string, () => unknown[][], string, RegExp][] = [
    ["AVGTICKET orders 0", () => AVGTICKET([[10]], [[0]]), "#DIV/0!", /orders \(row 1\) is 0/],
    ["AVGTICKET negative orders", () => AVGTICKET([[10]], [[-1]]), "#VALUE!", /orders .* 0 or more/],
    ["AVGTICKET text", () => AVGTICKET([["n/a x"]], [[1]]), "#VALUE!", /revenue \(row 1\) is "n\/a x"/],
    ["AVGTICKET boolean", () => AVGTICKET([[true]], [[1]]), "#VALUE!", /"TRUE", not a number/],
    [
      "AVGTICKET size mismatch",
      () => AVGTICKET(column([1, 2, 3]), column([1, 2])),
      "#VALUE!",
      /different sizes/,
    ],
    ["CAC negative spend", () => CAC([[-5]], [[1]]), "#VALUE!", /spend .* 0 or more/],
    ["CAC no new customers", () => CAC([[500]], [[0]]), "#DIV/0!", /new_customers/],
    ["LTVCAC cac 0", () => LTVCAC([[500]], [[0]]), "#DIV/0!", /cac/],
    ["CONVERSION closed > leads", () => CONVERSION([[12]], [[10]]), "#VALUE!", /exceeds leads/],
    ["CONVERSION leads 0", () => CONVERSION([[0]], [[0]]), "#DIV/0!", /leads/],
    ["CHURN start 0", () => CHURN([[0]], [[5]]), "#DIV/0!", /customers_start/],
    ["RETENTION kept above start", () => RETENTION([[10]], [[30]], [[5]]), "#VALUE!", /customers kept/],
    ["RETENTION negative new", () => RETENTION([[10]], [[8]], [[-1]]), "#VALUE!", /new_customers/],
  ];
  it.each(cases)("%s", (_name, run, code, message) => {
    const [[cell]] = plain(run() as never);
    expect(cell).toEqual({ error: code, message: expect.stringMatching(message) });
  });

  it("an Excel error in the input propagates in its row only, with a message", () => {
    const result = plain(AVGTICKET(column([100, "#DIV/0!", { code: "#REF!" }]), column([4, 2, 2])));
    expect(result[0]).toEqual([25]);
    expect(result[1]).toEqual([
      { error: "#DIV/0!", message: expect.stringMatching(/revenue \(row 2\) holds the error #DIV\/0!/) },
    ]);
    // Excel does not let a function return #REF!: it becomes #N/A with the reason.
    expect(result[2]).toEqual([{ error: "#N/A", message: expect.stringMatching(/#REF!/) }]);
  });

  it("never returns NaN or Infinity (huge values overflow to #NUM!)", () => {
    expect(codes(AVGTICKET([[1e308]], [[1e-308]]))).toEqual([["#NUM!"]]);
  });

  it("uses CustomFunctions.Error when the runtime defines it", () => {
    class RuntimeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const holder = globalThis as { CustomFunctions?: unknown };
    holder.CustomFunctions = {
      Error: RuntimeError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        notAvailable: "#N/A",
      },
    };
    try {
      const [[cell]] = AVGTICKET([[1]], [[0]]);
      expect(cell).toBeInstanceOf(RuntimeError);
      expect((cell as RuntimeError).code).toBe("#DIV/0!");
    } finally {
      delete holder.CustomFunctions;
    }
  });
});

describe("properties", () => {
  it("AVGTICKET is revenue / orders for any finite revenue and positive orders, cell by cell", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 10000 })),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (pairs) => {
          const result = AVGTICKET(
            pairs.map(([r]) => [r]),
            pairs.map(([, o]) => [o]),
          );
          pairs.forEach(([r, o], i) => expect(result[i][0]).toBe(r / o));
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("RETENTION + CHURN = 1 wherever both are defined", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (start, kept) => {
        fc.pre(kept <= start);
        const r = RETENTION([[start]], [[kept + 7]], [[7]])[0][0] as number;
        const c = CHURN([[start]], [[kept + 7]], [[7]])[0][0] as number;
        expect(r + c).toBeCloseTo(1, 12);
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
