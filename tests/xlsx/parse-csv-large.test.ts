/**
 * Large CSV texts (over 2 MiB) take a cheaper route in parseCsvText (delimiter guessed on the first MiB, quote-free
 * text split line by line): the rows must be exactly papaparse's on the whole text, and its errors the same.
 */
import Papa from "papaparse";
import { parseCsvText } from "../../src/xlsx/read-bytes";

/** papaparse on the whole text, as parseCsvText did for every size (trailing blank rows dropped, rows padded). */
function papaRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === "")) rows.pop();
  const width = Math.max(...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

function invoiceLines(count: number): string {
  const lines = ["Customer ID,Invoice,Date,Category,Amount,Cost"];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const amount = ((i * 7919) % 200000) / 100 + 1;
    // A short row now and then: padding must match too.
    lines.push(
      i % 997 === 0
        ? `C${i % 5000}`
        : `C${i % 5000},${100000 + (i >> 2)},2024-03-${day},Tools ${i % 5},${amount},${amount / 2}`,
    );
  }
  return lines.join("\n") + "\n";
}

describe("parseCsvText on large texts", () => {
  const base = invoiceLines(60_000);

  it("is long enough to take the large-text route", () => {
    expect(base.length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it.each([
    ["LF", base],
    ["CRLF", base.replace(/\n/g, "\r\n")],
    ["semicolons", base.replace(/,/g, ";")],
    ["tabs, no final newline", base.replace(/,/g, "\t").trimEnd()],
    ["a quoted field after the first MiB", base + 'C1,"1,5",2024-01-01,Tools,5,3\n'],
    ["a quote in the first lines", 'Customer ID,"Invoice"\n' + base.slice(base.indexOf("\n") + 1)],
  ])("gives papaparse's rows (%s)", (_name, text) => {
    const rows = parseCsvText(text);
    expect(rows.length).toBeGreaterThan(60_000);
    expect(rows).toEqual(papaRows(text));
  });

  it("still names the line of a quote that never closes after the first MiB", () => {
    const text = base + 'C1,"1,5,2024-01-01,Tools,5,3\nC2,1,2024-01-01,Tools,5,3\n';
    expect(() => parseCsvText(text)).toThrow(/Line 60002 opens a quoted field/);
  });
});
