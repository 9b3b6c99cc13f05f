import { civilToEpochDay } from "../../../src/core/read/parse-date";
import { summarizeTransactions, type TransactionTable } from "../../../src/core/read/summarize-transactions";

const day = civilToEpochDay;

/** rows: customer, day, amount, category (-1 = none). Customer 1 has no row and must be left out. */
function table(rows: [number, number, number, number][], customers: number): TransactionTable {
  return {
    rowCount: rows.length,
    customerIds: Array.from({ length: customers }, (_, i) => `K${i}`),
    customer: Int32Array.from(rows.map((r) => r[0])),
    day: Float64Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    category: Int32Array.from(rows.map((r) => r[3])),
    categoryNames: ["Wood", "Paint", "Tools"],
  };
}

describe("summarizeTransactions: revenue per category bought", () => {
  it("nets each customer's rows per category, aligned with the sorted category names", () => {
    const data = summarizeTransactions(
      table(
        [
          [0, day(2024, 1, 2), 100, 0],
          [0, day(2024, 1, 3), 40, 2],
          [0, day(2024, 2, 3), -10, 0], // a return netted into Wood
          [2, day(2024, 1, 5), 7, 1],
          [0, day(2024, 3, 1), 5, 1],
          [2, day(2024, 1, 9), 3, -1], // no category: counted in revenue only
          [3, day(2024, 2, 1), 9, -1],
        ],
        4,
      ),
    );
    const h = data.history!;
    expect(data.ids).toEqual(["K0", "K2", "K3"]);
    expect(h.categories).toEqual([["Paint", "Tools", "Wood"], ["Paint"], []]);
    const cr = h.categoryRevenue!;
    expect(Array.from(cr.offsets)).toEqual([0, 3, 4, 4]);
    expect(Array.from(cr.revenue)).toEqual([5, 40, 90, 7]);
  });

  it("sums to the revenue of categorised rows on random tables (property)", () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows: [number, number, number, number][] = [];
    for (let r = 0; r < 2000; r++)
      rows.push([
        Math.floor(rand() * 50),
        day(2024, 1, 1) + Math.floor(rand() * 300),
        Math.round(rand() * 200 - 20),
        Math.floor(rand() * 4) - 1,
      ]);
    const data = summarizeTransactions(table(rows, 50));
    const cr = data.history!.categoryRevenue!;
    for (let j = 0; j < data.count; j++) {
      const c = Number(data.ids[j].slice(1));
      const expected = new Map<string, number>();
      for (const [cust, , amount, cat] of rows)
        if (cust === c && cat >= 0) {
          const name = ["Wood", "Paint", "Tools"][cat];
          expected.set(name, (expected.get(name) ?? 0) + amount);
        }
      const names = data.history!.categories[j];
      expect(names).toEqual([...expected.keys()].sort());
      expect(cr.offsets[j + 1] - cr.offsets[j]).toBe(names.length);
      names.forEach((name, t) => expect(cr.revenue[cr.offsets[j] + t]).toBeCloseTo(expected.get(name)!, 9));
    }
  });

  it("is absent without a category column", () => {
    const t = table([[0, day(2024, 1, 2), 100, 0]], 1);
    delete t.category;
    expect(summarizeTransactions(t).history!.categoryRevenue).toBeUndefined();
  });
});
