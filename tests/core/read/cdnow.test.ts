/**
 * The CDNOW reproduction: from the raw transactions (CDNOW_sample.txt) to the published calibration summary
 * (x, t_x, T, zbar for all 2,357 customers), through the whole reading path and through
 * summarizeTransactions directly. Rules: ../shared/data/cdnow/README.md (same-day rows merged, calibration
 * ends 1997-09-30 inclusive, weeks).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { civilToEpochDay } from "../../../src/core/read/parse-date";
import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";
import { summarizeTransactions } from "../../../src/core/read/summarize-transactions";
import type { CellValue } from "../../../src/core/types";
import { CDNOW_DIR } from "../../fixtures/cdnow-path";

const DATA = CDNOW_DIR;
const CALIBRATION_END = civilToEpochDay(1997, 9, 30);

interface Expected {
  id: string;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

function loadExpected(): Expected[] {
  const lines = readFileSync(path.join(DATA, "cdnow_customers_summary_with_transactions.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe("ID,x,t_x,T,zbar");
  return lines.slice(1).map((line) => {
    const [id, x, tx, T, zbar] = line.split(",");
    return { id, x: Number(x), tx: Number(tx), T: Number(T), zbar: Number(zbar) };
  });
}

/** Raw file → grid with a header row, as a user would paste it: sample id, yyyymmdd date, CDs, dollars. */
function loadGrid(): CellValue[][] {
  const lines = readFileSync(path.join(DATA, "CDNOW_sample.txt"), "utf8").trim().split(/\r?\n/);
  const grid: CellValue[][] = [["Customer ID", "Date", "CDs", "Dollars"]];
  for (const line of lines) {
    const [, sampleId, date, cds, dollars] = line.trim().split(/\s+/);
    grid.push([Number(sampleId), Number(date), Number(cds), Number(dollars)]);
  }
  return grid;
}

/** The published file has 2 decimals, rounded half up from the exact value. */
const matches2 = (actual: number, published: number): boolean => Math.abs(actual - published) <= 0.005 + 1e-9;

describe("CDNOW reproduction", () => {
  const expected = loadExpected();
  const grid = loadGrid();

  it("reads the raw file as transactions and reproduces x, t_x, T, zbar for all 2,357 customers", () => {
    expect(grid.length - 1).toBe(6919);
    const result = readCustomerGrid(grid, { observationEndDay: CALIBRATION_END, timeUnit: "weeks" });
    expect(result.kind).toBe("transactions");
    const { customers } = result;
    const history = customers.history!;
    expect(customers.count).toBe(2357);
    expect(history.timeUnit).toBe("weeks");
    expect(customers.asOfDay).toBe(CALIBRATION_END);
    const index = new Map(customers.ids.map((id, i) => [id, i]));
    const mismatches: string[] = [];
    let repeatBuyers = 0;
    let repeatTransactions = 0;
    let maxX = 0;
    for (const row of expected) {
      const i = index.get(row.id);
      if (i === undefined) {
        mismatches.push(`${row.id} missing`);
        continue;
      }
      const ok =
        history.frequency[i] === row.x &&
        matches2(history.recency[i], row.tx) &&
        matches2(history.age[i], row.T) &&
        matches2(history.meanRepeatSpend[i], row.zbar);
      if (!ok)
        mismatches.push(
          `${row.id}: ${history.frequency[i]} ${history.recency[i]} ${history.age[i]} ${history.meanRepeatSpend[i]}`,
        );
      if (history.frequency[i] > 0) repeatBuyers++;
      repeatTransactions += history.frequency[i];
      maxX = Math.max(maxX, history.frequency[i]);
    }
    expect(mismatches).toEqual([]);
    // The counts the README states.
    expect(repeatBuyers).toBe(946);
    expect(repeatTransactions).toBe(2457);
    expect(maxX).toBe(29);
    // Rows after the calibration end are skipped and counted, not dropped silently.
    const after = result.report.skipped.find((s) => s.reason === "after-observation-end")!;
    expect(after.rows + result.report.rowsUsed).toBe(6919);
  });

  it("summarizeTransactions alone gives the same triple, and 6,696 customer-days over the whole period", () => {
    const ids = new Map<number, number>();
    const customerIds: string[] = [];
    const n = grid.length - 1;
    const customer = new Int32Array(n);
    const day = new Float64Array(n);
    const amount = new Float64Array(n);
    for (let r = 1; r <= n; r++) {
      const [id, date, , dollars] = grid[r] as number[];
      let c = ids.get(id);
      if (c === undefined) {
        c = customerIds.length;
        ids.set(id, c);
        customerIds.push(String(id));
      }
      customer[r - 1] = c;
      day[r - 1] = civilToEpochDay(Math.floor(date / 10000), Math.floor(date / 100) % 100, date % 100);
      amount[r - 1] = dollars;
    }
    const calibration = summarizeTransactions(
      { rowCount: n, customerIds, customer, day, amount },
      { observationEndDay: CALIBRATION_END },
    );
    const byId = new Map(expected.map((e) => [e.id, e]));
    for (let i = 0; i < calibration.count; i++) {
      const e = byId.get(calibration.ids[i])!;
      expect(calibration.history!.frequency[i]).toBe(e.x);
      expect(matches2(calibration.history!.age[i], e.T)).toBe(true);
    }
    const whole = summarizeTransactions(
      { rowCount: n, customerIds, customer, day, amount },
      { timeUnit: "days" },
    );
    const days = whole.history!.purchaseDays.reduce((sum, v) => sum + v, 0);
    expect(days).toBe(6696);
    // Orders without an invoice column are purchase days.
    expect(Array.from(whole.orders)).toEqual(Array.from(whole.history!.purchaseDays));
    let total = 0;
    for (let i = 0; i < n; i++) total += amount[i];
    expect(whole.revenue.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
  });
});
