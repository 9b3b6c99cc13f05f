import { isMissingCell } from "../../../src/core/read/missing-values";
import {
  civilToEpochDay,
  decideDateOrder,
  epochDayToMonthIndex,
  formatEpochDay,
  numberToEpochDay,
  parseDateCell,
  parseDateText,
} from "../../../src/core/read/parse-date";
import {
  decideNumberConvention,
  parseNumberText,
  separatorEvidence,
} from "../../../src/core/read/parse-number";

describe("parseNumberText", () => {
  it.each([
    ["1.234,56 €", ",", 1234.56],
    ["1,234.56", ".", 1234.56],
    ["$ 1,234", ".", 1234],
    ["(1,234)", ".", -1234],
    ["-", ".", 0],
    ["12%", ".", 0.12],
    ["12,5 %", ",", 0.125],
    ["6.300", ",", 6300],
    ["6.300", ".", 6.3],
    ["1 234 567,8", ",", 1234567.8],
    ["1.234.567", ",", 1234567],
    ["EUR 99,90", ",", 99.9],
    ["250-", ".", -250],
    ["+7", ".", 7],
    ["1.5E+03", ".", 1500],
    ["US$ (2,500.50)", ".", -2500.5],
  ] as const)("%s with decimal %s → %d", (text, decimal, expected) => {
    expect(parseNumberText(text, decimal)).toBeCloseTo(expected, 10);
  });
  it.each(["abc", "12abc", "1,2,3.4.5", "", "€"])("%s is not a number", (text) => {
    expect(Number.isNaN(parseNumberText(text, "."))).toBe(true);
  });
  // Plain digits take a short path: it must agree with the full rules at its edges.
  it.each([
    ["007", ".", 7],
    ["123.", ".", 123],
    ["0.5", ".", 0.5],
    [".5", ".", 0.5],
    ["1234.56", ",", 123456],
    ["1.234", ",", 1234],
    ["12345678901234567890123", ".", 1.2345678901234568e22],
  ] as const)("plain %s with decimal %s → %d", (text, decimal, expected) => {
    expect(parseNumberText(text, decimal)).toBe(expected);
  });
  it.each(["1.2.3", "1..2", "12.3.", "."])("%s is not a number with decimal .", (text) => {
    expect(Number.isNaN(parseNumberText(text, "."))).toBe(true);
  });
});

describe("decideNumberConvention", () => {
  it("reads the separators from unambiguous values", () => {
    expect(separatorEvidence("1.234,56")).toBe(",");
    expect(separatorEvidence("1,234.56")).toBe(".");
    expect(separatorEvidence("1.234")).toBe("?");
    expect(separatorEvidence("1.234.567")).toBe(",");
    expect(separatorEvidence("0,123")).toBe(",");
    expect(decideNumberConvention(["1.234", "12,5", 7], ".")).toMatchObject({ decimal: ",", basis: "data" });
    expect(decideNumberConvention(["1.234", "6.300"], ",")).toMatchObject({ decimal: ",", basis: "assumed" });
    expect(decideNumberConvention([1, 2], ".")).toMatchObject({ basis: "numbers", texts: 0 });
    expect(decideNumberConvention(["1.5", "2,5"], ".").mixed).toBe(true);
  });
});

describe("dates", () => {
  it("converts civil dates and back", () => {
    expect(civilToEpochDay(1970, 1, 1)).toBe(0);
    expect(civilToEpochDay(2000, 3, 1)).toBe(11017);
    expect(formatEpochDay(civilToEpochDay(2024, 2, 29))).toBe("2024-02-29");
    expect(epochDayToMonthIndex(civilToEpochDay(1997, 9, 30))).toBe(1997 * 12 + 8);
    // Cross-check with the built-in Date on a range of days.
    for (let d = -800; d < 40000; d += 37) {
      expect(formatEpochDay(d)).toBe(new Date(d * 86400000).toISOString().slice(0, 10));
    }
  });
  it("reads Excel serials and YYYYMMDD numbers", () => {
    expect(numberToEpochDay(45292)).toBe(civilToEpochDay(2024, 1, 1));
    expect(numberToEpochDay(45292.75)).toBe(civilToEpochDay(2024, 1, 1));
    expect(numberToEpochDay(19970930)).toBe(civilToEpochDay(1997, 9, 30));
    expect(Number.isNaN(numberToEpochDay(19971340))).toBe(true);
    expect(Number.isNaN(numberToEpochDay(12))).toBe(true);
  });
  it.each([
    ["2024-03-04", "dmy", [2024, 3, 4]],
    ["2024-03-04T23:59:00Z", "mdy", [2024, 3, 4]],
    ["04/03/2024", "dmy", [2024, 3, 4]],
    ["04/03/2024", "mdy", [2024, 4, 3]],
    ["31/12/24", "mdy", [2024, 12, 31]], // only valid day first
    ["1.2.99", "dmy", [1999, 2, 1]],
    ["15-ene-2024", "mdy", [2024, 1, 15]],
    ["Jan 15, 2024", "dmy", [2024, 1, 15]],
    ["15 de enero de 2024", "dmy", [2024, 1, 15]],
    ["3 Sept 2023", "dmy", [2023, 9, 3]],
    ["19970101", "dmy", [1997, 1, 1]],
    ["2024-12-31", "mdy", [2024, 12, 31]],
    ["2024-1-05 ", "dmy", [2024, 1, 5]],
  ] as const)("%s (%s)", (text, order, [y, m, d]) => {
    expect(parseDateText(text, order)).toBe(civilToEpochDay(y, m, d));
  });
  it.each([
    "31/02/2024",
    "soon",
    "2024-13-01",
    "45/45/45",
    "2023-02-29",
    "2024-00-10",
    "2024-04-31",
    "2024-1a-01",
    "0999-01-01",
    "20a4-01-01",
  ])("%s is not a date", (text) => {
    expect(Number.isNaN(parseDateCell(text, "dmy"))).toBe(true);
  });
  it("decides the order per column", () => {
    expect(decideDateOrder(["01/02/2024", "13/02/2024"], "mdy")).toMatchObject({
      order: "dmy",
      basis: "data",
    });
    expect(decideDateOrder(["01/02/2024", "02/13/2024"], "dmy")).toMatchObject({
      order: "mdy",
      basis: "data",
    });
    expect(decideDateOrder(["01/02/2024"], "mdy")).toMatchObject({ order: "mdy", basis: "assumed" });
    expect(decideDateOrder(["13/01/2024", "01/13/2024"], "dmy").mixed).toBe(true);
  });
});

describe("isMissingCell", () => {
  it.each(["", "  ", "NA", "n/a", "#N/A", "#DIV/0!", "None", "nan", "NaN", "n/d", "null", "—", null])(
    "%s is missing",
    (cell) => {
      expect(isMissingCell(cell)).toBe(true);
    },
  );
  it.each(["0", "-", "Nadia", "Madrid", "S.L.", 0, false, "#1"])("%s is a value", (cell) => {
    expect(isMissingCell(cell)).toBe(false);
  });
});
