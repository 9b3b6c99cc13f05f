/**
 * The grid view over a CSV text (src/core/read/text-table.ts) against the general path, on generated tables:
 * numbers (plain, negative, decimals, thousands separators, decimal commas, too many digits), ISO and d/m/y
 * dates (real and impossible days), blanks, spaces, text, short rows, trailing blank lines, both line endings
 * and three delimiters. The view must give the general path's cells (papaparse on the same text, trailing
 * blank rows dropped, rows padded), its typed columns exactly the general parsers' values wherever they give
 * one, and the whole read (readCustomerGrid) must be the same object on the view as on the string grid.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { parseDateCell } from "../../../src/core/read/parse-date";
import { parseNumberText } from "../../../src/core/read/parse-number";
import { readCustomerGrid } from "../../../src/core/read/read-customer-grid";
import {
  PLAIN_DECIMAL,
  PLAIN_INTEGER,
  parseTextTable,
  textTableGrid,
  textTableOf,
} from "../../../src/core/read/text-table";

const LIMITS = { maxCells: 10_000_000, maxCellChars: 32_767 };

/** The general path's rows for a quote-free text: papaparse's, trailing blank rows dropped, rows padded. */
function generalRows(text: string, delimiter: string, linebreak: string): string[][] {
  const rows = Papa.parse<string[]>(text, {
    delimiter,
    newline: linebreak as "\n",
    skipEmptyLines: false,
  }).data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === "")) rows.pop();
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`)).filter((s) => s.length >= min);

const numberCell: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.tuple(digits(1, 7), digits(1, 4)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(digits(1, 7), digits(1, 4)).map(([a, b]) => `-${a}.${b}`),
  fc.tuple(digits(1, 3), digits(3, 3), digits(2, 2)).map(([a, b, c]) => `${a},${b}.${c}`),
  fc.tuple(digits(1, 3), digits(3, 3), digits(2, 2)).map(([a, b, c]) => `${a}.${b},${c}`),
  fc.tuple(digits(1, 5), digits(1, 2)).map(([a, b]) => `${a},${b}`),
  digits(14, 20),
  fc.tuple(digits(8, 10), digits(6, 9)).map(([a, b]) => `${a}.${b}`),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
  fc.constantFrom(
    "12.",
    ".5",
    "-",
    "-0",
    "0",
    "007",
    "1.2.3",
    " 12",
    "12 ",
    "1e5",
    "(12)",
    "12%",
    "12-",
    "€ 5",
  ),
);

const dateCell: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1850, max: 2100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 2000, max: 2030 }),
    )
    .map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.constantFrom("2024-3-5", "2024/03/05", "20240305", "45292", "2024-02-29", "2023-02-29", " 2024-01-01"),
);

const textCell: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "", " ", "\t", "n/a", "Total", "Tools", "Señal", "C-12"),
  fc.stringMatching(/^[A-Za-z0-9 ._-]{0,8}$/),
);

const anyCell = fc.oneof(numberCell, dateCell, textCell);

interface Case {
  text: string;
  delimiter: string;
  linebreak: string;
}

/** A table of generated cells (never a quote or the delimiter inside a cell), written as CSV text. */
const csvCase: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom(",", ";", "\t"),
    fc.constantFrom("\n", "\r\n"),
    fc.array(fc.array(anyCell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 25 }),
    fc.constantFrom("", "\n", "\n\n", "\n ;\n"),
  )
  .map(([delimiter, linebreak, rows, tail]) => {
    const clean = (cell: string) => cell.split(delimiter).join(delimiter === "," ? "." : ",");
    const text =
      rows.map((row) => row.map(clean).join(delimiter)).join(linebreak) + tail.replace(/\n/g, linebreak);
    return { text, delimiter, linebreak };
  });

describe("text table: the view gives the general path's cells", () => {
  it("on 300 generated tables: every cell, every typed number and day", () => {
    let typedNumbers = 0;
    let typedDays = 0;
    let canonicalIntegers = 0;
    fc.assert(
      fc.property(csvCase, ({ text, delimiter, linebreak }) => {
        const expected = generalRows(text, delimiter, linebreak);
        const table = parseTextTable(text, delimiter, linebreak, LIMITS);
        if (expected.length === 0) {
          expect(table).toBeUndefined();
          return;
        }
        expect(table).toBeDefined();
        const grid = textTableGrid(table!);
        expect(textTableOf(grid)).toBe(table);
        expect(Array.isArray(grid)).toBe(true);
        expect(grid.length).toBe(expected.length);
        // Array methods and spread see the same rows.
        expect([...grid]).toEqual(expected);
        expect(grid.map((row) => row.length)).toEqual(expected.map((row) => row.length));
        for (let c = 0; c < table!.width; c++) {
          const numbers = table!.numbers(c);
          const days = table!.isoDays(c);
          const distinct = table!.distinct(c);
          const integers = table!.canonicalIntegers(c);
          expect(new Set(distinct.texts).size).toBe(distinct.texts.length);
          for (let r = 0; r < expected.length; r++) {
            const cell = expected[r][c];
            expect(table!.cell(r, c)).toBe(cell);
            expect(distinct.texts[distinct.slot[r]]).toBe(cell);
            // A canonical integer is exactly the cells that Number() reads and String() writes back unchanged.
            const canonical = /^[0-9]{1,15}$/.test(cell) && String(Number(cell)) === cell;
            if (canonical) {
              canonicalIntegers++;
              expect(integers[r]).toBe(Number(cell));
            } else expect(integers[r]).toBeNaN();
            const kind = numbers.kind[r];
            if (kind === PLAIN_INTEGER || kind === PLAIN_DECIMAL) {
              typedNumbers++;
              expect(Object.is(numbers.value[r], parseNumberText(cell, "."))).toBe(true);
              if (kind === PLAIN_INTEGER)
                expect(Object.is(numbers.value[r], parseNumberText(cell, ","))).toBe(true);
            } else expect(numbers.value[r]).toBeNaN();
            if (!Number.isNaN(days[r])) {
              typedDays++;
              expect(days[r]).toBe(parseDateCell(cell, "dmy"));
              expect(days[r]).toBe(parseDateCell(cell, "mdy"));
            }
          }
        }
      }),
      { numRuns: 300, seed: 16 },
    );
    // The generators reach the typed paths (a property that never takes them proves nothing).
    expect(typedNumbers).toBeGreaterThan(500);
    expect(typedDays).toBeGreaterThan(100);
    expect(canonicalIntegers).toBeGreaterThan(100);
  });

  it("on 300 generated invoice-line tables: readCustomerGrid reads the view as the string grid", () => {
    const line = fc.tuple(
      fc.oneof(fc.constantFrom("C1", "C2", "C3", "1001", "01001", "", "Total"), textCell),
      fc.oneof(digits(3, 6), fc.constantFrom("C100", "", "A-7", "0", "00", "-5", "C7")),
      dateCell,
      fc.oneof(fc.constantFrom("Tools", "Parts", ""), textCell),
      numberCell,
      fc.oneof(numberCell, textCell),
    );
    let read = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";"),
        fc.array(line, { minLength: 3, maxLength: 40 }),
        (delimiter, lines) => {
          const clean = (cell: string) => cell.split(delimiter).join(delimiter === "," ? "." : ",");
          const text = ["Customer ID", "Invoice", "Date", "Category", "Amount", "Cost"]
            .join(delimiter)
            .concat("\n", lines.map((cells) => cells.map(clean).join(delimiter)).join("\n"), "\n");
          const table = parseTextTable(text, delimiter, "\n", LIMITS)!;
          const outcome = (grid: Parameters<typeof readCustomerGrid>[0]) => {
            try {
              return readCustomerGrid(grid, { shape: "transactions", todayDay: 20_000 });
            } catch (error) {
              return { error: String(error) };
            }
          };
          const general = outcome(generalRows(text, delimiter, "\n"));
          if (!("error" in general)) read++;
          expect(outcome(textTableGrid(table))).toEqual(general);
        },
      ),
      { numRuns: 300, seed: 1616 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it("past its first buffers (3,000 rows of 1 to 6 cells): every cell and distinct text", () => {
    const lines = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 1 + (r % 6) }, (_, c) => `C${(r * 7 + c) % 97}`).join(","),
    );
    const text = lines.join("\n");
    const expected = generalRows(text, ",", "\n");
    const table = parseTextTable(text, ",", "\n", LIMITS)!;
    expect(table.rows).toBe(3000);
    expect([...textTableGrid(table)]).toEqual(expected);
    const distinct = table.distinct(0);
    expect(distinct.texts.length).toBe(97);
    for (let r = 0; r < 3000; r++) expect(distinct.texts[distinct.slot[r]]).toBe(expected[r][0]);
  });

  it("leaves sparse grids, oversized cells and empty texts to the general path", () => {
    expect(parseTextTable("a,b\n", ",", "\n", LIMITS)).toBeDefined();
    expect(parseTextTable("\n \n", ",", "\n", LIMITS)).toBeUndefined();
    expect(parseTextTable("a,bbbbbb\n", ",", "\n", { maxCells: 10, maxCellChars: 5 })).toBeUndefined();
    expect(parseTextTable("a,b,c\nd\n", ",", "\n", { maxCells: 3, maxCellChars: 5 })).toBeUndefined();
    const wide = "a" + ",".repeat(200_000) + "\n" + "b\n".repeat(10);
    expect(parseTextTable(wide, ",", "\n", LIMITS)).toBeUndefined();
  });

  it("refuses writes: the view is read-only like every grid the readers take", () => {
    const grid = textTableGrid(parseTextTable("a,b\nc,d", ",", "\n", LIMITS)!) as string[][];
    expect(() => {
      grid[0] = ["x"];
    }).toThrow(TypeError);
    expect(grid[1]).toEqual(["c", "d"]);
    expect(grid[2]).toBeUndefined();
  });
});
