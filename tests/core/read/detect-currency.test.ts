import { detectCurrency } from "../../../src/core/read/detect-currency";
import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";

describe("detectCurrency: the money column says its currency, or nothing is claimed", () => {
  test("from cell number formats", () => {
    expect(detectCurrency(['#,##0.00 "€"', '#,##0.00 "€"'], [1, 2])).toBe("EUR");
    expect(detectCurrency(['"$"#,##0.00'], [1])).toBe("USD");
    expect(detectCurrency(["[$£-809]#,##0"], [1])).toBe("GBP");
    expect(detectCurrency(["#,##0.00", undefined], [1, 2])).toBeNull();
  });
  test("from symbols typed in text cells", () => {
    expect(detectCurrency([], ["1.234,56 €", 12])).toBe("EUR");
    expect(detectCurrency([], ["$ 1,234.56"])).toBe("USD");
    expect(detectCurrency([], ["1234", "56"])).toBeNull();
  });
  test("two currencies, or another dollar, claim none", () => {
    expect(detectCurrency(['"$"#,##0'], ["12 €"])).toBeNull();
    expect(detectCurrency([], ["R$ 1.234,56"])).toBeNull();
  });
  test("the reader carries it on the read result", () => {
    const grid = [
      ["Cliente", "Ventas"],
      ["A", "1.234,56 €"],
      ["B", "99,00 €"],
    ];
    expect(readCustomerGrid(grid).currency).toBe("EUR");
    expect(
      readCustomerGrid([
        ["Customer", "Revenue"],
        ["A", 10],
      ]).currency,
    ).toBeNull();
  });
});
