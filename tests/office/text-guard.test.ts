/** Text written by the renderer stays exactly the same text in Excel (checked through the Excel double). */
import fc from "fast-check";
import { createExcelDouble } from "../fixtures/excel-double";
import { guardText, needsTextGuard } from "../../src/office/text-guard";

const risky = [
  '=HYPERLINK("http://x","y")',
  "+34 600 000 000",
  "-5",
  "@SUM(A1)",
  "'quoted",
  "00123",
  "1,234.50",
  "12%",
  "TRUE",
  "false",
  "2024-03-05",
  " -7",
  "#N/A",
  "=",
];

async function roundTrip(texts: string[]): Promise<{ values: unknown[]; formulas: number }> {
  const excel = createExcelDouble();
  excel.context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, texts.length, 1).values =
    texts.map((t) => [guardText(t)]);
  await excel.context.sync();
  return {
    values: excel.inspect.getRangeValues("Sheet1", `A1:A${texts.length}`).map((r) => r[0]),
    formulas: excel.inspect.formulasWritten.length,
  };
}

test("formula-, number-, boolean- and date-looking strings keep their exact text", async () => {
  expect(await roundTrip(risky)).toEqual({ values: risky, formulas: 0 });
});

test("ordinary names are written without a prefix", () => {
  for (const name of ["Acme S.L.", "Café Núñez", "Zürich AG", "O'Brien Ltd", "May Co"]) {
    expect(needsTextGuard(name)).toBe(false);
    expect(guardText(name)).toBe(name);
  }
});

test("any string round-trips as the same text (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.oneof(
          fc.string({ minLength: 1 }),
          fc.constantFrom(...risky),
          fc.string({ unit: "binary", minLength: 1 }),
        ),
        {
          minLength: 1,
          maxLength: 20,
        },
      ),
      async (texts) => {
        expect(await roundTrip(texts)).toEqual({ values: texts, formulas: 0 });
      },
    ),
    { seed: 11, numRuns: 200 },
  );
});
