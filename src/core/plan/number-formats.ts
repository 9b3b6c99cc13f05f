/**
 * Excel number format codes for every kind of quantity the plan writes, and the conversions the plan needs
 * to put dates and missing numbers into cells. Format codes are Excel's invariant codes (`,` thousands and
 * `.` decimals in the code); the spreadsheet program shows them with the user's locale separators.
 */
import type { NumberFormatKind } from "../model";
import type { CellValue, Lang } from "../types";

/** Days between the Excel epoch (serial 0 = 1899-12-30) and 1970-01-01. */
export const EXCEL_SERIAL_OF_EPOCH_DAY_0 = 25569;

const FORMAT_CODES: Record<NumberFormatKind, string> = {
  money: "#,##0",
  percent: "0.0%",
  number: "#,##0.00",
  integer: "#,##0",
  days: "#,##0",
  date: "yyyy-mm-dd",
  ratio: "0.00",
  months: "0.0",
  text: "@",
};

/**
 * The Excel format code for a kind of quantity. Money has no currency symbol on purpose: the currency of
 * the source sheet is not converted or assumed (the About sheet says so).
 */
export function formatCode(kind: NumberFormatKind): string {
  return FORMAT_CODES[kind];
}

/**
 * A numeric format with a localized literal suffix, e.g. `#,##0" customers"`, so the cell stays a number
 * (sortable, summable) while reading as a sentence on the colored map. Quotes in the text are dropped.
 */
export function formatWithSuffix(kind: NumberFormatKind, suffix: string): string {
  return `${FORMAT_CODES[kind]}" ${suffix.replace(/"/g, "")}"`;
}

/** A numeric format with a localized literal prefix, e.g. `"Revenue "#,##0`. */
export function formatWithPrefix(kind: NumberFormatKind, prefix: string): string {
  return `"${prefix.replace(/"/g, "")} "${FORMAT_CODES[kind]}`;
}

/**
 * A number as a cell value: `NaN`/±Infinity become an empty cell (null), never 0, so a missing value
 * never reads as a real zero. Dates (epoch days) become Excel serials.
 */
export function numberCell(value: number, kind: NumberFormatKind = "number"): CellValue {
  if (!Number.isFinite(value)) return null;
  return kind === "date" ? value + EXCEL_SERIAL_OF_EPOCH_DAY_0 : value;
}

/** Epoch day → ISO date text (yyyy-mm-dd), for sentences where a cell format cannot apply. */
export function isoDateOfEpochDay(epochDay: number): string {
  if (!Number.isFinite(epochDay)) return "";
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A number as text for sentences (About sheet, notes), with the language's separators:
 * en `1,234.5`, es `1.234,5`. Percent kinds are multiplied by 100 and get a `%`.
 */
export function formatNumberText(value: number, kind: NumberFormatKind, lang: Lang): string {
  if (!Number.isFinite(value)) return "—";
  if (kind === "date") return isoDateOfEpochDay(value);
  let digits = 0;
  let scaled = value;
  let suffix = "";
  switch (kind) {
    case "percent":
      scaled = value * 100;
      digits = 1;
      suffix = " %";
      break;
    case "number":
    case "ratio":
      digits = 2;
      break;
    case "months":
      digits = 1;
      break;
    default:
      digits = 0;
  }
  const fixed = Math.abs(scaled).toFixed(digits);
  const [whole, fraction] = fixed.split(".");
  const thousands = lang === "es" ? "." : ",";
  const decimal = lang === "es" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? decimal + fraction : ""}${kind === "percent" ? suffix : ""}`;
}
